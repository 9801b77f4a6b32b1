package org.rotative.render.kramdown.headerid.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/** Gives each heading of one document its GFM id; one instance per rendering, as ids are unique per document. */
public final class HeaderIdAttributeProvider implements AttributeProvider {

    /** Ruby's {@code [^\p{Word}\- \t]}: \p{Word} is letters, marks, decimal digits and connector punctuation. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{IsAlphabetic}\\p{M}\\p{Nd}\\p{Pc}\\- \\t]");

    private final Map<String, Integer> used = new HashMap<>();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading && !attributes.containsKey("id")) {
            String id = NON_WORD.matcher(text(node).toLowerCase(Locale.ROOT)).replaceAll("")
                    .replace(' ', '-').replace('\t', '-');
            int count = used.merge(id, 0, (old, ignored) -> old + 1);
            attributes.put("id", count == 0 ? id : id + "-" + count);
        }
    }

    /** The heading's text as kramdown gathers it: text and code, not markup. */
    private static String text(Node heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }
}

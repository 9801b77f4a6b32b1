package org.rotative.render.kramdown.headerid.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/** Gives each heading of one document its GFM id; one instance per rendering, as ids are unique per document. */
public final class HeaderIdAttributeProvider implements AttributeProvider {

    private final Map<String, Integer> used = new HashMap<>();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading && !attributes.containsKey("id")) {
            String id = id(text(node).toLowerCase(Locale.ROOT));
            int count = used.merge(id, 0, (old, ignored) -> old + 1);
            if (count > 0 || !id.isEmpty()) { // as kramdown, no empty id ("# !!!"), yet the next one is "-1"
                attributes.put("id", count == 0 ? id : id + "-" + count);
            }
        }
    }

    /**
     * kramdown's {@code gsub(/[^\p{Word}\- \t]/, '')}, then blanks as hyphens. Ruby's \p{Word} is letters, marks,
     * decimal digits and connector punctuation.
     */
    private static String id(String text) {
        StringBuilder id = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == ' ' || c == '\t') {
                id.append('-');
            } else if (c == '-' || isWord(c)) {
                id.appendCodePoint(c);
            }
        });
        return id.toString();
    }

    private static boolean isWord(int c) {
        if (Character.isAlphabetic(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.CONNECTOR_PUNCTUATION;
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

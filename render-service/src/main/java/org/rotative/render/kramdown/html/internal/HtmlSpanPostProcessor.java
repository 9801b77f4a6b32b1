package org.rotative.render.kramdown.html.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.internal.HtmlTags;

/**
 * kramdown's {@code parse_span_html}: in running text, a tag of {@code HTML_BLOCK_ELEMENTS} is text, and an end tag is
 * markup only when it closes the innermost element opened in the same text.
 */
public final class HtmlSpanPostProcessor implements PostProcessor {

    private static final Set<String> BLOCK_ELEMENTS = Set.of("address", "article", "aside", "applet", "body",
            "blockquote", "caption", "col", "colgroup", "dd", "div", "dl", "dt", "fieldset", "figcaption", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "head", "iframe", "legend",
            "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section", "summary", "table", "tbody",
            "td", "th", "thead", "tfoot", "tr", "ul");

    @Override
    public Node process(Node document) {
        List<Node> parents = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline htmlInline) {
                if (!parents.contains(htmlInline.getParent())) {
                    parents.add(htmlInline.getParent());
                }
            }
        });
        parents.forEach(HtmlSpanPostProcessor::escapeStrayTags);
        return document;
    }

    private static void escapeStrayTags(Node parent) {
        Deque<String> open = new ArrayDeque<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            Matcher tag = child instanceof HtmlInline html ? HtmlTags.TAG.matcher(html.getLiteral()) : null;
            if (tag == null || !tag.matches()) {
                continue;
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            boolean end = !tag.group(1).isEmpty();
            if (BLOCK_ELEMENTS.contains(name) || end && !name.equals(open.peek())) {
                Text text = new Text(((HtmlInline) child).getLiteral());
                child.insertAfter(text);
                child.unlink();
                child = text;
            } else if (end) {
                open.pop();
            } else if (tag.group(3).isEmpty() && !HtmlTags.VOID_ELEMENTS.contains(name)) {
                open.push(name);
            }
        }
    }
}

package org.rotative.render.kramdown.list.internal;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.rotative.render.kramdown.internal.SourceLines;

/**
 * Paragraphs with kramdown's rule for {@code <p>} in list items instead of CommonMark's tight and loose lists: only
 * the first paragraph of an item can go without {@code <p>} ("transparent"), when no blank line follows it — or it
 * ends the last item — and, for the last item of a list, when an earlier item's first paragraph went without too
 * ({@code parse_list} in {@code parser/kramdown/list.rb}). Every other paragraph has its {@code <p>}.
 */
public final class ListParagraphRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    public ListParagraphRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Paragraph.class);
    }

    @Override
    public void render(Node node) {
        boolean transparent = isTransparent(node);
        if (!transparent) {
            html.line();
            html.tag("p", context.extendAttributes(node, "p", Map.of()));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        if (!transparent) {
            html.tag("/p");
            html.line();
        }
    }

    private static boolean isTransparent(Node paragraph) {
        if (!(paragraph.getParent() instanceof ListItem item) || item.getFirstChild() != paragraph) {
            return false;
        }
        if (item.getNext() != null || item.getPrevious() == null) {
            return noBlankAfter(paragraph);
        }
        // The last item of a list of several: only if an earlier item starts without a <p>.
        boolean earlierTransparent = false;
        for (Node earlier = item.getParent().getFirstChild(); earlier != item; earlier = earlier.getNext()) {
            earlierTransparent |= !(earlier.getFirstChild() instanceof Paragraph first) || noBlankAfter(first);
        }
        return earlierTransparent && (paragraph.getNext() == null || noBlankAfter(paragraph));
    }

    /** kramdown's first condition: no blank line after the paragraph, or the paragraph ends the list. */
    private static boolean noBlankAfter(Node paragraph) {
        Node next = paragraph.getNext() != null ? paragraph.getNext() : paragraph.getParent().getNext();
        if (next == null) {
            return paragraph.getParent().getParent() instanceof ListBlock;
        }
        return SourceLines.first(next) <= SourceLines.last(paragraph) + 1;
    }
}

package org.rotative.render.kramdown.deflist.internal;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.rotative.render.kramdown.deflist.DefinitionDescription;
import org.rotative.render.kramdown.deflist.DefinitionList;
import org.rotative.render.kramdown.deflist.DefinitionTerm;

/** {@code <dl>}, {@code <dt>} and {@code <dd>}; a definition's first paragraph without {@code <p>} unless flagged. */
public final class DefinitionListRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    public DefinitionListRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(DefinitionList.class, DefinitionTerm.class, DefinitionDescription.class);
    }

    @Override
    public void render(Node node) {
        String tag = node instanceof DefinitionList ? "dl" : node instanceof DefinitionTerm ? "dt" : "dd";
        html.line();
        html.tag(tag, context.extendAttributes(node, tag, Map.of()));
        Node child = node.getFirstChild();
        if (node instanceof DefinitionList) {
            html.line();
        } else if (node instanceof DefinitionDescription description && !description.isFirstAsParagraph()
                && child instanceof Paragraph paragraph) {
            renderChildren(paragraph.getFirstChild());
            child = child.getNext();
        }
        renderChildren(child);
        html.tag("/" + tag);
        html.line();
    }

    private void renderChildren(Node from) {
        for (Node child = from; child != null; child = child.getNext()) {
            context.render(child);
        }
    }
}

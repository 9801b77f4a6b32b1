package org.rotative.render.kramdown.abbreviation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.rotative.render.kramdown.abbreviation.Abbreviation;

/** {@code <abbr title="…">} around an abbreviation, without {@code title} for an empty expansion. */
public final class AbbreviationRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    public AbbreviationRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Abbreviation.class);
    }

    @Override
    public void render(Node node) {
        String title = ((Abbreviation) node).getTitle();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!title.isEmpty()) {
            attributes.put("title", title);
        }
        html.tag("abbr", context.extendAttributes(node, "abbr", attributes));
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/abbr");
    }
}

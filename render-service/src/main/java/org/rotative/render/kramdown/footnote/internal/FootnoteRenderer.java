package org.rotative.render.kramdown.footnote.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.rotative.render.kramdown.footnote.FootnoteBacklinks;
import org.rotative.render.kramdown.footnote.FootnoteDefinition;
import org.rotative.render.kramdown.footnote.FootnoteReference;
import org.rotative.render.kramdown.footnote.Footnotes;

/** Footnotes in kramdown 2.4's HTML, with its ids ({@code fn:label}, {@code fnref:label}) and ARIA roles. */
public final class FootnoteRenderer implements NodeRenderer {

    private static final String BACK = "\u21a9";

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    public FootnoteRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Footnotes.class, FootnoteDefinition.class, FootnoteReference.class, FootnoteBacklinks.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof FootnoteReference reference) {
            html.tag("sup", attributes("id", referenceId(reference.getLabel(), reference.getOccurrence()), "role",
                    "doc-noteref"));
            html.tag("a", attributes("href", "#fn:" + reference.getLabel(), "class", "footnote", "rel", "footnote"));
            html.text(String.valueOf(reference.getNumber()));
            html.tag("/a");
            html.tag("/sup");
        } else if (node instanceof FootnoteBacklinks backlinks) {
            for (int occurrence = 0; occurrence < backlinks.getReferences(); occurrence++) {
                html.text("\u00a0");
                html.tag("a", attributes("href", "#" + referenceId(backlinks.getLabel(), occurrence),
                        "class", "reversefootnote", "role", "doc-backlink"));
                html.text(BACK);
                if (occurrence > 0) {
                    html.tag("sup");
                    html.text(String.valueOf(occurrence + 1));
                    html.tag("/sup");
                }
                html.tag("/a");
            }
        } else if (node instanceof FootnoteDefinition definition) {
            html.line();
            html.tag("li", attributes("id", "fn:" + definition.getLabel(), "role", "doc-endnote"));
            renderChildren(node);
            html.tag("/li");
            html.line();
        } else {
            html.line();
            html.tag("div", attributes("class", "footnotes", "role", "doc-endnotes"));
            html.tag("ol");
            renderChildren(node);
            html.tag("/ol");
            html.tag("/div");
            html.line();
        }
    }

    private void renderChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }

    /** Attributes in the order written, so that the same document always gives the same bytes. */
    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    private static String referenceId(String label, int occurrence) {
        return "fnref:" + label + (occurrence == 0 ? "" : ":" + occurrence);
    }
}

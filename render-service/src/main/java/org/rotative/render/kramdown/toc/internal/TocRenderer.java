package org.rotative.render.kramdown.toc.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.rotative.render.kramdown.footnote.FootnoteReference;
import org.rotative.render.kramdown.headerid.internal.HeaderIdAttributeProvider;
import org.rotative.render.kramdown.ial.AttributeList;
import org.rotative.render.kramdown.internal.Blocks;
import org.rotative.render.kramdown.toc.TableOfContents;

/**
 * kramdown's {@code generate_toc_tree}: one entry per heading of the document not of class {@code no_toc}, nested
 * under the last entry of a lower level. The headings' ids are worked out again in document order with a fresh
 * {@link HeaderIdAttributeProvider}, after the ids their attribute lists give, so they are the ids the headings get
 * when rendered. A table without entries renders nothing, as in kramdown.
 */
public final class TocRenderer implements NodeRenderer {

    private static final Pattern NO_TOC = Pattern.compile("\\bno_toc\\b");
    private static final String DEFAULT_ID = "markdown-toc";

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    public TocRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    /** A heading in the table, with the entries nested under it. */
    private record Entry(int level, String id, Heading heading, List<Entry> children) {
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableOfContents.class);
    }

    @Override
    public void render(Node node) {
        List<Entry> entries = entries(root(node));
        if (entries.isEmpty()) {
            return;
        }
        String tag = ((TableOfContents) node).isOrdered() ? "ol" : "ul";
        Map<String, String> attributes = new LinkedHashMap<>(context.extendAttributes(node, tag, Map.of()));
        attributes.putIfAbsent("id", DEFAULT_ID);
        html.line();
        html.tag(tag, attributes);
        html.line();
        renderEntries(entries, tag, attributes.get("id"));
        html.tag("/" + tag);
        html.line();
    }

    private void renderEntries(List<Entry> entries, String tag, String tocId) {
        for (Entry entry : entries) {
            html.tag("li");
            Map<String, String> link = new LinkedHashMap<>(); // in kramdown's order, for the same bytes every time
            link.put("href", "#" + entry.id());
            link.put("id", tocId + "-" + entry.id());
            html.tag("a", link);
            renderText(entry.heading());
            html.tag("/a");
            if (!entry.children().isEmpty()) {
                html.line();
                html.tag(tag);
                html.line();
                renderEntries(entry.children(), tag, tocId);
                html.tag("/" + tag);
                html.line();
            }
            html.tag("/li");
            html.line();
        }
    }

    /** A heading's content as kramdown's {@code fix_for_toc_entry} leaves it: no footnote references, no links. */
    private void renderText(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link) {
                renderText(child);
            } else if (!(child instanceof FootnoteReference)) {
                context.render(child);
            }
        }
    }

    private static List<Entry> entries(Node document) {
        HeaderIdAttributeProvider ids = new HeaderIdAttributeProvider();
        List<Entry> top = new ArrayList<>();
        Deque<Entry> open = new ArrayDeque<>();
        for (Block block : Blocks.of(document)) {
            if (!(block instanceof Heading heading)) {
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof AttributeList list) {
                    list.getAttributes().forEach((name, value) -> attributes.merge(name, value,
                            (old, added) -> name.equals("class") ? old + " " + added : added));
                }
            }
            ids.setAttributes(heading, "h" + heading.getLevel(), attributes);
            if (NO_TOC.matcher(attributes.getOrDefault("class", "")).find()) {
                continue;
            }
            // kramdown lists a heading without id too, linked to "#"
            Entry entry = new Entry(heading.getLevel(), attributes.getOrDefault("id", ""), heading,
                    new ArrayList<>());
            while (!open.isEmpty() && open.peek().level() >= entry.level()) {
                open.pop();
            }
            (open.isEmpty() ? top : open.peek().children()).add(entry);
            open.push(entry);
        }
        return top;
    }

    private static Node root(Node node) {
        Node root = node;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }
}

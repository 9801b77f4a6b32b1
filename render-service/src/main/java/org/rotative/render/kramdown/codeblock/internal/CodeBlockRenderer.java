package org.rotative.render.kramdown.codeblock.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.rotative.render.kramdown.internal.Rouge;

/** kramdown's {@code convert_codeblock} with Rouge as the highlighter. */
public final class CodeBlockRenderer implements NodeRenderer {

    private static final Map<String, String> HIGHLIGHT = Map.of("class", "highlight");

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    public CodeBlockRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        // kramdown reads a fence's language as one word, Rouge options included (`ruby?start_inline=1`), and gives
        // the block the class of its name; attribute lists add theirs after it.
        String fenceLanguage = node instanceof FencedCodeBlock fenced ? firstWord(fenced.getInfo()) : null;
        Map<String, String> written = new LinkedHashMap<>();
        if (fenceLanguage != null) {
            int options = fenceLanguage.indexOf('?');
            written.put("class", "language-" + (options < 0 ? fenceLanguage : fenceLanguage.substring(0, options)));
        }
        Map<String, String> attributes = new LinkedHashMap<>(context.extendAttributes(node, "pre", written));
        String language = Rouge.language(attributes.get("class"));
        setClasses(attributes, Rouge.withoutLanguage(attributes.get("class")));
        String literal = node instanceof FencedCodeBlock fenced ? fenced.getLiteral()
                : ((IndentedCodeBlock) node).getLiteral();
        html.line();
        if (Rouge.highlights(fenceLanguage != null ? fenceLanguage : language)) {
            setClasses(attributes, Rouge.highlightedClasses(attributes.get("class"),
                    language != null ? language : Rouge.DEFAULT_LANGUAGE));
            html.tag("div", attributes);
            html.tag("div", HIGHLIGHT);
            html.tag("pre", HIGHLIGHT);
            html.tag("code");
            html.text(literal);
            html.tag("/code");
            html.tag("/pre");
            html.tag("/div");
            html.tag("/div");
        } else {
            html.tag("pre", attributes);
            html.tag("code", language == null ? Map.of() : Map.of("class", "language-" + language));
            html.text(literal.endsWith("\n") ? literal : literal + "\n");
            html.tag("/code");
            html.tag("/pre");
        }
        html.line();
    }

    private static void setClasses(Map<String, String> attributes, String classes) {
        if (classes == null) {
            attributes.remove("class");
        } else {
            attributes.put("class", classes);
        }
    }

    private static String firstWord(String info) {
        if (info == null || info.isBlank()) {
            return null;
        }
        return info.strip().split("\\s", 2)[0];
    }
}

package org.rotative.render.kramdown.directive.internal;

import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.rotative.render.kramdown.directive.Comment;
import org.rotative.render.kramdown.directive.InlineComment;
import org.rotative.render.kramdown.directive.InlineRawHtml;
import org.rotative.render.kramdown.directive.RawHtml;

/** kramdown's {@code convert_comment} and {@code convert_raw}. */
public final class DirectiveRenderer implements NodeRenderer {

    /** Each '-' before another: a "--" inside would end the comment early and show the rest to readers. */
    private static final Pattern DOUBLE_HYPHEN = Pattern.compile("-(?=-)");

    private final HtmlWriter html;

    public DirectiveRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Comment.class, InlineComment.class, RawHtml.class, InlineRawHtml.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Comment comment) {
            html.line();
            html.raw(comment(comment.getText()));
            html.line();
        } else if (node instanceof InlineComment comment) {
            html.raw(comment(comment.getText()));
        } else if (node instanceof RawHtml raw) {
            html.line();
            html.raw(raw.getHtml());
            html.line();
        } else if (node instanceof InlineRawHtml raw) {
            html.raw(raw.getHtml());
        }
    }

    private static String comment(String text) {
        return "<!-- " + DOUBLE_HYPHEN.matcher(text).replaceAll("- ") + " -->";
    }
}

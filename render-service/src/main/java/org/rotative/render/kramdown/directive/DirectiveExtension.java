package org.rotative.render.kramdown.directive;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.directive.internal.DirectiveBlockParser;
import org.rotative.render.kramdown.directive.internal.DirectiveRenderer;
import org.rotative.render.kramdown.directive.internal.DirectiveSpanParser;
import org.rotative.render.kramdown.directive.internal.UnclosedDirectivePostProcessor;

/**
 * kramdown's extension tags, on their own lines or inside a paragraph: {@code {::comment}…{:/comment}} becomes an
 * HTML comment (never text readers see), {@code {::nomarkdown}…{:/}} is written as is, and {@code {::options … /}} is
 * taken out (the options themselves are not applied). A tag that is never closed, or names another extension, stays
 * text and what follows it is read as usual, as kramdown does.
 * <p>
 * Register it last: a tag left open is read again, as Markdown, by a parser of the same configuration, whose
 * post-processors have then already run on what it gives.
 */
public final class DirectiveExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private DirectiveExtension() {
    }

    public static Extension create() {
        return new DirectiveExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DirectiveBlockParser.Factory());
        builder.customInlineContentParserFactory(new DirectiveSpanParser.Factory());
        // The builder is complete when a document is parsed: a parser built from it then is the caller's own.
        builder.postProcessor(new UnclosedDirectivePostProcessor(builder::build));
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(DirectiveRenderer::new);
    }
}

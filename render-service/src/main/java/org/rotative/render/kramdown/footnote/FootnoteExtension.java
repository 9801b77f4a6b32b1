package org.rotative.render.kramdown.footnote;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.footnote.internal.FootnoteDefinitionParser;
import org.rotative.render.kramdown.footnote.internal.FootnotePostProcessor;
import org.rotative.render.kramdown.footnote.internal.FootnoteRenderer;

/**
 * kramdown footnotes: {@code texte[^1]} refers to a definition {@code [^1]: La note.} (continued by lines indented
 * by four spaces) written anywhere in the document. Notes are numbered in the order of their first reference and
 * listed at the end in {@code <div class="footnotes" role="doc-endnotes">}, with links back to each reference, in
 * kramdown's HTML. A reference without definition stays text; a definition without reference is not shown.
 */
public final class FootnoteExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private FootnoteExtension() {
    }

    public static Extension create() {
        return new FootnoteExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new FootnoteDefinitionParser.Factory());
        builder.postProcessor(new FootnotePostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(FootnoteRenderer::new);
    }
}

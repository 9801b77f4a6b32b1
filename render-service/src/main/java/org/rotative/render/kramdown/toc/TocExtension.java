package org.rotative.render.kramdown.toc;

import org.commonmark.Extension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.toc.internal.TocPostProcessor;
import org.rotative.render.kramdown.toc.internal.TocRenderer;

/**
 * kramdown's table of contents: the first list followed by {@code {:toc}} ({@code * TOC} or {@code 1. TOC}, other
 * attributes of its lists kept) is replaced by nested lists of links to the document's headings, levels 1 to 6 (Jekyll's
 * {@code toc_levels}), except those of class {@code no_toc}: {@code <ul id="markdown-toc">} with
 * {@code <li><a href="#id" id="markdown-toc-id">heading</a></li>}, footnote references left out and links unwrapped.
 * The ids are those of the {@code headerid} extension. Register this extension before the attribute list one, which
 * forgets the {@code toc} name once it has attached the list.
 */
public final class TocExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private TocExtension() {
    }

    public static Extension create() {
        return new TocExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.includeSourceSpans(IncludeSourceSpans.BLOCKS);
        builder.postProcessor(new TocPostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(TocRenderer::new);
    }
}

package org.rotative.render.kramdown.list;

import org.commonmark.Extension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.list.internal.ListBlockParser;
import org.rotative.render.kramdown.list.internal.ListItemAttributePostProcessor;
import org.rotative.render.kramdown.list.internal.ListParagraphRenderer;

/**
 * Lists as kramdown delimits them: a line right under an item's text belongs to the item even when it is not
 * indented, whatever it starts (a heading, a list of the other kind, a paragraph), unless it starts an item of the
 * same kind of list; {@code -}, {@code *} and {@code +} items make one list; ordered lists take {@code 1.} markers
 * only and ignore their first number, as kramdown writes no {@code start}. Whether an item's paragraph has its
 * {@code <p>} follows kramdown's rule (blank lines around that paragraph) rather than CommonMark's tight lists; the
 * parser records block source spans for it. An attribute list first in an item's text goes to the item.
 */
public final class ListExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private ListExtension() {
    }

    public static Extension create() {
        return new ListExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.includeSourceSpans(IncludeSourceSpans.BLOCKS);
        builder.customBlockParserFactory(new ListBlockParser.Factory());
        builder.postProcessor(new ListItemAttributePostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(ListParagraphRenderer::new);
    }
}

package org.rotative.render.kramdown.ial;

import org.commonmark.Extension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.ial.internal.AttributeListAttributeProvider;
import org.rotative.render.kramdown.ial.internal.AttributeListPostProcessor;
import org.rotative.render.kramdown.ial.internal.AttributeListRenderer;
import org.rotative.render.kramdown.ial.internal.BlockAttributeListParser;
import org.rotative.render.kramdown.ial.internal.SpanAttributeListParser;

/**
 * kramdown's inline attribute lists: a line {@code {: .encadré #id role="presentation"}} right after a block (or
 * alone before one) sets attributes on that block, and {@code [lien](url){:target="_blank"}} right after a link,
 * image, emphasis or code span sets them on that span. Malformed lists are swallowed without effect, as kramdown does.
 * Attribute list definitions ({@code {:encadre: .encadre role="presentation"}}) name attributes that lists reuse
 * ({@code {: encadre .noir}}).
 * <p>
 * The parser records block source spans: whether a blank line separates a list from the block above decides its
 * target. Register this extension before those that read text (typography), so that they never see the lists.
 */
public final class AttributeListExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private AttributeListExtension() {
    }

    public static Extension create() {
        return new AttributeListExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.includeSourceSpans(IncludeSourceSpans.BLOCKS);
        builder.customBlockParserFactory(new BlockAttributeListParser.Factory());
        builder.customInlineContentParserFactory(new SpanAttributeListParser.Factory());
        builder.postProcessor(new AttributeListPostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.attributeProviderFactory(context -> new AttributeListAttributeProvider());
        builder.nodeRendererFactory(context -> new AttributeListRenderer());
    }
}

package org.rotative.render.kramdown.table;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.table.internal.TableAlignmentAttributeProvider;
import org.rotative.render.kramdown.table.internal.TableParser;

/**
 * kramdown tables: at the start of a block, lines holding a {@code |} (outside code spans) up to a blank line make a
 * table, with or without a {@code |---|} header separator, so a lone {@code **Nom**, fonction | service} line is a
 * one-row table as in kramdown. Alignment is written as {@code style="text-align: right"}. The nodes are those of
 * commonmark-java's GFM tables, rendered by its renderer; use this extension instead of {@link TablesExtension}.
 */
public final class TableExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final HtmlRenderer.HtmlRendererExtension gfmRenderer =
            (HtmlRenderer.HtmlRendererExtension) TablesExtension.create();

    private TableExtension() {
    }

    public static Extension create() {
        return new TableExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new TableParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        gfmRenderer.extend(builder);
        builder.attributeProviderFactory(context -> new TableAlignmentAttributeProvider());
    }
}

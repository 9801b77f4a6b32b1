package org.rotative.render.kramdown.blockquote;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.rotative.render.kramdown.blockquote.internal.BlockQuoteParser;

/**
 * Block quotes as kramdown delimits them: every line up to the next blank line belongs to the quote, with or without
 * its {@code >}, so a list written right under {@code > text} is inside the quote. A line that starts an attribute
 * list ({@code {: .encadre}}) or a block-level HTML tag ends the quote, as in kramdown.
 */
public final class BlockQuoteExtension implements Parser.ParserExtension {

    private BlockQuoteExtension() {
    }

    public static Extension create() {
        return new BlockQuoteExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new BlockQuoteParser.Factory());
    }
}

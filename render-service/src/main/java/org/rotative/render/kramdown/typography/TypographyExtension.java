package org.rotative.render.kramdown.typography;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.rotative.render.kramdown.typography.internal.EscapedQuotes;
import org.rotative.render.kramdown.typography.internal.TypographyPostProcessor;

/**
 * kramdown's smart quotes and typographic symbols as Jekyll configures them: {@code l'État} → {@code l’État},
 * {@code "kit"} → {@code “kit”}, {@code --} → en dash, {@code ---} → em dash, {@code ...} → ellipsis,
 * {@code << x >>} → guillemets with no-break spaces. Code, raw HTML and image descriptions are left alone, and so are
 * escaped quotes ({@code \"}).
 */
public final class TypographyExtension implements Parser.ParserExtension {

    private TypographyExtension() {
    }

    public static Extension create() {
        return new TypographyExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(EscapedQuotes.parserFactory());
        builder.postProcessor(new TypographyPostProcessor());
    }
}

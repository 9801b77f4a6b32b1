package org.rotative.render.kramdown.emphasis;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.rotative.render.kramdown.emphasis.internal.EmphasisPostProcessor;
import org.rotative.render.kramdown.emphasis.internal.EscapedDelimiter;

/**
 * Emphasis paired as kramdown pairs it, not by CommonMark's flanking rules: {@code **Titre *} gives
 * {@code <em>*Titre </em>}, {@code **en bref **: lien} can close on a later {@code **}, {@code ***x***} nests
 * {@code <em>} in {@code <strong>}. kramdown reads emphasis from left to right: an opening {@code *} or {@code **}
 * not followed by a blank takes the first matching closing run that does not follow a blank. An escaped {@code \*} or
 * {@code \_} is text that neither opens nor closes.
 */
public final class EmphasisExtension implements Parser.ParserExtension {

    private EmphasisExtension() {
    }

    public static Extension create() {
        return new EmphasisExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(EscapedDelimiter.parserFactory());
        builder.postProcessor(new EmphasisPostProcessor());
    }
}

package org.rotative.render.kramdown.paragraph;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.rotative.render.kramdown.paragraph.internal.ContinuedParagraphParser;

/**
 * Paragraphs as kramdown's GFM parser ends them: a rule or an underline ({@code ***}, {@code ___}, {@code ---},
 * {@code ===}) written right under a paragraph is more of its text, as kramdown interrupts a paragraph only with a
 * blank line, a list, an ATX heading, a quote, a fence or an HTML or attribute list line. Two exceptions, kramdown's
 * too: dashes or equals signs at the start of the line right under a paragraph's only line make it a setext heading,
 * and a rule that starts as a list item ({@code * * *}, {@code - - -}) is a rule.
 */
public final class ParagraphExtension implements Parser.ParserExtension {

    private ParagraphExtension() {
    }

    public static Extension create() {
        return new ParagraphExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new ContinuedParagraphParser.Factory());
    }
}

package org.rotative.render.kramdown.typography.internal;

import java.util.Set;

import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/** Reads {@code \"} and {@code \'} as {@link EscapedQuotes} markers; CommonMark's own parser takes other escapes. */
public final class EscapedQuoteParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState inlineParserState) {
        Scanner scanner = inlineParserState.scanner();
        scanner.next(); // the backslash
        char escaped = scanner.peek();
        if (escaped != '"' && escaped != '\'') {
            return ParsedInline.none();
        }
        scanner.next();
        return ParsedInline.of(new Text(String.valueOf(EscapedQuotes.marker(escaped))), scanner.position());
    }

    public static final class Factory implements InlineContentParserFactory {

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('\\');
        }

        @Override
        public InlineContentParser create() {
            return new EscapedQuoteParser();
        }
    }
}

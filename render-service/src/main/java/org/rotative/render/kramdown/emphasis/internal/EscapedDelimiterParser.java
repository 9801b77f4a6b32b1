package org.rotative.render.kramdown.emphasis.internal;

import java.util.Set;

import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/** Reads {@code \*} and {@code \_} as {@link EscapedDelimiter}s; CommonMark's own parser takes every other escape. */
public final class EscapedDelimiterParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState inlineParserState) {
        Scanner scanner = inlineParserState.scanner();
        scanner.next(); // the backslash
        char escaped = scanner.peek();
        if (escaped != '*' && escaped != '_') {
            return ParsedInline.none();
        }
        scanner.next();
        return ParsedInline.of(new EscapedDelimiter(escaped), scanner.position());
    }

    public static final class Factory implements InlineContentParserFactory {

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('\\');
        }

        @Override
        public InlineContentParser create() {
            return new EscapedDelimiterParser();
        }
    }
}

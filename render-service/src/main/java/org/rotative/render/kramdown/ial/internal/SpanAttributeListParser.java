package org.rotative.render.kramdown.ial.internal;

import java.util.Set;

import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.rotative.render.kramdown.ial.SpanAttributeList;
import org.rotative.render.kramdown.internal.AttributeListBraces;
import org.rotative.render.kramdown.internal.LineAhead;

/**
 * Reads {@code {:…}} inside a paragraph as one piece, before emphasis is looked for, as kramdown's span parser does:
 * the {@code _} of {@code {:target="_blank"}} never opens an emphasis.
 */
public final class SpanAttributeListParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState inlineParserState) {
        Scanner scanner = inlineParserState.scanner();
        Position start = scanner.position();
        // At most the longest list read, within the line: a paragraph of many '{' stays linear.
        String rest = scanner.getSource(start, LineAhead.skip(scanner, AttributeListBraces.MAX_CONTENT + 3)).getContent();
        int end = AttributeListBraces.listEnd(rest, 0);
        scanner.setPosition(start);
        if (end < 0) {
            return ParsedInline.none();
        }
        for (int i = 0; i <= end; i++) {
            scanner.next();
        }
        AttributeListSyntax.Parsed list = AttributeListSyntax.parse(rest.substring(2, end));
        return ParsedInline.of(new SpanAttributeList(list.attributes(), list.references(), rest.substring(0, end + 1)),
                scanner.position());
    }

    public static final class Factory implements InlineContentParserFactory {

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return new SpanAttributeListParser();
        }
    }
}

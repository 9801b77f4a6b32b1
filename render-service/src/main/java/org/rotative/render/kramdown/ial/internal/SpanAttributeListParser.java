package org.rotative.render.kramdown.ial.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.rotative.render.kramdown.ial.SpanAttributeList;

/**
 * Reads {@code {:…}} inside a paragraph as one piece, before emphasis is looked for, as kramdown's span parser does:
 * the {@code _} of {@code {:target="_blank"}} never opens an emphasis.
 */
public final class SpanAttributeListParser implements InlineContentParser {

    private static final Pattern SPAN = Pattern.compile("\\{:(?![:/])" + AttributeListSyntax.CONTENT + "\\}");

    @Override
    public ParsedInline tryParse(InlineParserState inlineParserState) {
        Scanner scanner = inlineParserState.scanner();
        Position start = scanner.position();
        String rest = scanner.getSource(start, endOfLine(scanner)).getContent();
        scanner.setPosition(start);
        Matcher matcher = SPAN.matcher(rest);
        if (!matcher.lookingAt()) {
            return ParsedInline.none();
        }
        for (int i = 0; i < matcher.end(); i++) {
            scanner.next();
        }
        AttributeListSyntax.Parsed list = AttributeListSyntax.parse(matcher.group(1));
        return ParsedInline.of(new SpanAttributeList(list.attributes(), list.references(), matcher.group()),
                scanner.position());
    }

    private static Position endOfLine(Scanner scanner) {
        while (scanner.hasNext() && scanner.peek() != '\n') {
            scanner.next();
        }
        return scanner.position();
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

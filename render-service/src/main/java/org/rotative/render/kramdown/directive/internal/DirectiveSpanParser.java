package org.rotative.render.kramdown.directive.internal;

import java.util.HashSet;
import java.util.Set;

import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.rotative.render.kramdown.internal.LineAhead;

/**
 * kramdown's {@code EXT_SPAN_START}: a start tag in running text and its body, up to the first stop tag of the
 * paragraph, read as one piece (no emphasis, links or typography inside). Without a stop tag the {@code {} is text.
 */
public final class DirectiveSpanParser implements InlineContentParser {

    /** Longer than any start tag written by hand: a paragraph of many '{' stays linear. */
    private static final int MAX_TAG = 500;

    /**
     * Extensions whose stop tag was looked for in vain in this block: none comes after a later start tag either, and
     * looking again for each would be quadratic.
     */
    private final Set<String> neverClosed = new HashSet<>();

    @Override
    public ParsedInline tryParse(InlineParserState inlineParserState) {
        Scanner scanner = inlineParserState.scanner();
        Position start = scanner.position();
        if (!scanner.next('{') || !scanner.next(':') || !scanner.next(':')) {
            return ParsedInline.none();
        }
        // Up to the tag's closing brace (an escaped one is part of its attributes), within the line.
        char previous = ':';
        for (int i = 0; i < MAX_TAG && scanner.hasNext() && scanner.peek() != '\n'; i++) {
            char c = scanner.peek();
            scanner.next();
            if (c == '}' && previous != '\\') {
                break;
            }
            previous = c;
        }
        DirectiveSyntax.Tag tag = DirectiveSyntax.Tag.at(scanner.getSource(start, scanner.position()).getContent());
        scanner.setPosition(start);
        if (tag == null) {
            return ParsedInline.none();
        }
        for (int i = 0; i < tag.length(); i++) {
            scanner.next();
        }
        if (tag.bodiless()) {
            return ParsedInline.of(tag.span(null), scanner.position());
        }
        if (neverClosed.contains(tag.name())) {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        Position bodyStart = scanner.position();
        while (scanner.find('{') >= 0) {
            Position stop = scanner.position();
            String ahead = scanner.getSource(stop, LineAhead.skip(scanner, tag.name().length() + 4)).getContent();
            scanner.setPosition(stop);
            if (tag.closedBy(ahead, 0)) {
                String body = scanner.getSource(bodyStart, stop).getContent();
                for (int i = 0; i < tag.stopLength(ahead, 0); i++) {
                    scanner.next();
                }
                return ParsedInline.of(tag.span(body), scanner.position());
            }
            scanner.next();
        }
        neverClosed.add(tag.name());
        scanner.setPosition(start);
        return ParsedInline.none();
    }

    public static final class Factory implements InlineContentParserFactory {

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return new DirectiveSpanParser();
        }
    }
}

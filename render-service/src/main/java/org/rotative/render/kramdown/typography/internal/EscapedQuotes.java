package org.rotative.render.kramdown.typography.internal;

import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.rotative.render.kramdown.internal.EscapedCharacterParser;

/**
 * Backslash-escaped quotes ({@code \"}, {@code \'}), which kramdown keeps straight. Between inline parsing and
 * typography each is a Unicode noncharacter in its text node, a code point reserved for such internal use: a core
 * text node holding the quote itself would be curled like any other.
 */
public final class EscapedQuotes {

    static final char DOUBLE = '\uFDD0';
    static final char SINGLE = '\uFDD1';

    /** Reads {@code \"} and {@code \'} as markers. */
    public static InlineContentParserFactory parserFactory() {
        return new EscapedCharacterParser.Factory("\"'", quote -> new Text(String.valueOf(quote == '"' ? DOUBLE
                : SINGLE)));
    }

    static boolean isMarker(char c) {
        return c == DOUBLE || c == SINGLE;
    }

    static boolean in(String text) {
        return text.indexOf(DOUBLE) >= 0 || text.indexOf(SINGLE) >= 0;
    }

    /**
     * The text as kramdown's typography reads it, each escaped quote two characters: its backslash, which neighbouring
     * quotes see, and the marker, after which a quote is read apart as after any escape.
     */
    static String asRead(String text) {
        if (!in(text)) {
            return text;
        }
        StringBuilder read = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMarker(c)) {
                read.append('\\');
            }
            read.append(c);
        }
        return read.toString();
    }

    /** The text with its quotes back. */
    static String restored(String text) {
        return in(text) ? text.replace(DOUBLE, '"').replace(SINGLE, '\'') : text;
    }

    private EscapedQuotes() {
    }
}

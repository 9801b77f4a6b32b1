package org.rotative.render.kramdown.emphasis.internal;

import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.rotative.render.kramdown.internal.EscapedCharacterParser;

/**
 * A backslash-escaped {@code *} or {@code _}: text that never opens nor closes an emphasis. Lives only between inline
 * parsing and {@link KramdownEmphasis}, which writes it back as text: as a core text node it would be merged with
 * its neighbours and paired like any {@code *}.
 */
public final class EscapedDelimiter extends CustomNode {

    private final char character;

    /** Reads {@code \*} and {@code \_} as escaped delimiters. */
    public static InlineContentParserFactory parserFactory() {
        return new EscapedCharacterParser.Factory("*_", EscapedDelimiter::new);
    }

    EscapedDelimiter(char character) {
        this.character = character;
    }

    char character() {
        return character;
    }
}

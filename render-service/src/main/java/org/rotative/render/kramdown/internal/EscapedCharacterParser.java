package org.rotative.render.kramdown.internal;

import java.util.Set;
import java.util.function.Function;

import org.commonmark.node.Node;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads a backslash and one of some characters as a node of the extension's own, so that the character keeps
 * being told apart from the same character written plainly; CommonMark's own parser takes the other escapes.
 */
public final class EscapedCharacterParser implements InlineContentParser {

    private final String characters;
    private final Function<Character, Node> node;

    private EscapedCharacterParser(String characters, Function<Character, Node> node) {
        this.characters = characters;
        this.node = node;
    }

    @Override
    public ParsedInline tryParse(InlineParserState inlineParserState) {
        Scanner scanner = inlineParserState.scanner();
        scanner.next(); // the backslash
        char escaped = scanner.peek();
        if (characters.indexOf(escaped) < 0) {
            return ParsedInline.none();
        }
        scanner.next();
        return ParsedInline.of(node.apply(escaped), scanner.position());
    }

    public static final class Factory implements InlineContentParserFactory {

        private final String characters;
        private final Function<Character, Node> node;

        /**
         * @param characters the escaped characters to read
         * @param node       the node that stands for one of them
         */
        public Factory(String characters, Function<Character, Node> node) {
            this.characters = characters;
            this.node = node;
        }

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('\\');
        }

        @Override
        public InlineContentParser create() {
            return new EscapedCharacterParser(characters, node);
        }
    }
}

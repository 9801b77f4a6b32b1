package org.rotative.render.kramdown.footnote.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.footnote.FootnoteDefinition;

/**
 * kramdown's {@code FOOTNOTE_DEFINITION_START}: {@code [^label]:} then the note's first line; lines indented by four
 * spaces (and blank lines between them) continue it, parsed as blocks.
 */
public final class FootnoteDefinitionParser extends AbstractBlockParser {

    private static final Pattern START = Pattern.compile("\\[\\^(\\w[\\w-]*)\\]:[ \\t]*");
    private static final int INDENT = 4;

    private final FootnoteDefinition block;

    private FootnoteDefinitionParser(String label) {
        this.block = new FootnoteDefinition(label);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        return state.getIndent() >= INDENT ? BlockContinue.atColumn(state.getColumn() + INDENT)
                : BlockContinue.none();
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= INDENT || at >= line.length() || line.charAt(at) != '[') {
                return BlockStart.none(); // most lines, told apart without a matcher
            }
            Matcher start = START.matcher(line).region(at, line.length());
            if (!start.lookingAt()) {
                return BlockStart.none();
            }
            return BlockStart.of(new FootnoteDefinitionParser(start.group(1))).atIndex(start.end());
        }
    }
}

package org.rotative.render.kramdown.blockquote.internal;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.internal.LazyLines;

/**
 * kramdown's {@code BLOCKQUOTE_MATCH}: the quote runs until a blank line, an attribute list line or a line starting
 * with an HTML tag other than a span-level one; lines without {@code >} are part of it as they are.
 */
public final class BlockQuoteParser extends AbstractBlockParser {

    private final BlockQuote block = new BlockQuote();

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (hasMarker(state)) {
            return BlockContinue.atColumn(afterMarker(state));
        }
        CharSequence line = state.getLine().getContent();
        if (state.isBlank() || state.getIndent() < 4 && LazyLines.ends(line, state.getNextNonSpaceIndex())) {
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    private static boolean hasMarker(ParserState state) {
        CharSequence line = state.getLine().getContent();
        int at = state.getNextNonSpaceIndex();
        return state.getIndent() < 4 && at < line.length() && line.charAt(at) == '>';
    }

    /** The column after {@code >} and the optional space that follows it. */
    private static int afterMarker(ParserState state) {
        CharSequence line = state.getLine().getContent();
        int next = state.getNextNonSpaceIndex() + 1;
        boolean space = next < line.length() && (line.charAt(next) == ' ' || line.charAt(next) == '\t');
        return state.getColumn() + state.getIndent() + 1 + (space ? 1 : 0);
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            return hasMarker(state) ? BlockStart.of(new BlockQuoteParser()).atColumn(afterMarker(state))
                    : BlockStart.none();
        }
    }
}

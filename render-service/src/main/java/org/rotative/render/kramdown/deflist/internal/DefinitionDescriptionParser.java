package org.rotative.render.kramdown.deflist.internal;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.deflist.DefinitionDescription;
import org.rotative.render.kramdown.internal.LazyLines;

/**
 * One definition: lines indented to its text, blank lines, and lazy lines (any line right after a non-blank one,
 * except what ends kramdown's lazy lines) until the next {@code :} marker.
 */
final class DefinitionDescriptionParser extends AbstractBlockParser {

    private final DefinitionDescription block;
    private final int contentIndent;
    private boolean lastBlank;

    DefinitionDescriptionParser(boolean firstAsParagraph, int contentIndent) {
        this.block = new DefinitionDescription(firstAsParagraph);
        this.contentIndent = contentIndent;
    }

    int contentIndent() {
        return contentIndent;
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

    /** Whether the line belongs to this definition; it does not change the parser. */
    boolean continues(ParserState state) {
        return state.isBlank() || state.getIndent() >= contentIndent
                || !lastBlank && !DefinitionListParser.isStart(state, contentIndent)
                && !LazyLines.ends(state.getLine().getContent(), state.getNextNonSpaceIndex());
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        boolean continues = continues(state) && !DefinitionListParser.isStart(state, contentIndent);
        boolean indented = state.getIndent() >= contentIndent;
        lastBlank = state.isBlank();
        if (!continues) {
            return BlockContinue.none();
        }
        return lastBlank ? BlockContinue.atIndex(state.getNextNonSpaceIndex()) : indented ? BlockContinue.atColumn(state.getColumn() + contentIndent)
                : BlockContinue.atIndex(state.getNextNonSpaceIndex());
    }
}

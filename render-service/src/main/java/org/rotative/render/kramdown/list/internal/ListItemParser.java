package org.rotative.render.kramdown.list.internal;

import org.commonmark.node.Block;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.internal.LazyLines;

/**
 * A list item: indented lines belong to it, and so does kramdown's lazy line, one right under a non-blank line of the
 * item, parsed as blocks inside the item. A blank line inside the item makes the list loose, as in CommonMark.
 */
final class ListItemParser extends AbstractBlockParser {

    private final ListItem block = new ListItem();
    private final int contentIndent;
    private boolean hadBlankLine;
    private boolean previousLineBlank;

    ListItemParser(int markerIndent, int contentIndent) {
        this.contentIndent = contentIndent;
        block.setMarkerIndent(markerIndent);
        block.setContentIndent(contentIndent);
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        if (hadBlankLine && block.getParent() instanceof ListBlock list) {
            list.setTight(false);
        }
        return true;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            if (block.getFirstChild() == null) {
                return BlockContinue.none(); // an item starting with a blank line ends at the second one
            }
            Block active = state.getActiveBlockParser().getBlock();
            hadBlankLine = active instanceof Paragraph || active instanceof ListItem;
            previousLineBlank = true;
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        boolean afterBlank = previousLineBlank;
        previousLineBlank = false;
        if (state.getIndent() >= contentIndent) {
            return BlockContinue.atColumn(state.getColumn() + contentIndent);
        }
        CharSequence line = state.getLine().getContent();
        int at = state.getNextNonSpaceIndex();
        boolean lazy = !afterBlank && !LazyLines.ends(line, at)
                && !ListBlockParser.startsItemOf((ListBlock) block.getParent(), line, at);
        return lazy ? BlockContinue.atIndex(state.getIndex()) : BlockContinue.none();
    }
}

package org.rotative.render.kramdown.ial.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.ial.AttributeListDefinition;
import org.rotative.render.kramdown.ial.BlockAttributeList;

/**
 * A line that is only {@code {: …}} (kramdown's {@code IAL_BLOCK_START}) or an attribute list definition
 * {@code {:name: …}}. It interrupts a paragraph and ends a block quote instead of being a lazy continuation line, as
 * in kramdown.
 */
public final class BlockAttributeListParser extends AbstractBlockParser {

    private static final Pattern LINE = Pattern.compile("\\{:(?![:/])" + AttributeListSyntax.CONTENT + "\\}\\s*");
    /** kramdown's {@code ALD_START}: {@code {:name: …}}. */
    private static final Pattern DEFINITION = Pattern.compile("\\{:(\\w[\\w-]*):" + AttributeListSyntax.CONTENT
            + "\\}\\s*");

    private final Block block;

    private BlockAttributeListParser(Block block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher definition = DEFINITION.matcher(line).region(state.getNextNonSpaceIndex(), line.length());
            Matcher list = LINE.matcher(line).region(state.getNextNonSpaceIndex(), line.length());
            Block block;
            if (definition.matches()) {
                AttributeListSyntax.Parsed parsed = AttributeListSyntax.parse(definition.group(2));
                block = new AttributeListDefinition(definition.group(1), parsed.attributes(), parsed.references());
            } else if (list.matches()) {
                AttributeListSyntax.Parsed parsed = AttributeListSyntax.parse(list.group(1));
                block = new BlockAttributeList(parsed.attributes(), parsed.references());
            } else {
                return BlockStart.none();
            }
            return BlockStart.of(new BlockAttributeListParser(block)).atIndex(line.length());
        }
    }
}

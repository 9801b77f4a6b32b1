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
import org.rotative.render.kramdown.internal.AttributeListBraces;

/**
 * A line that is only {@code {: …}} (kramdown's {@code IAL_BLOCK_START}) or an attribute list definition
 * {@code {:name: …}}. It interrupts a paragraph and ends a block quote instead of being a lazy continuation line, as
 * in kramdown.
 */
public final class BlockAttributeListParser extends AbstractBlockParser {

    /** The start of kramdown's {@code ALD_START}: {@code {:name: …}}. */
    private static final Pattern DEFINITION = Pattern.compile("\\{:(\\w[\\w-]*):");

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
            int start = state.getNextNonSpaceIndex();
            if (start >= line.length() || line.charAt(start) != '{') {
                return BlockStart.none(); // most lines, told apart without a matcher
            }
            Matcher definition = DEFINITION.matcher(line).region(start, line.length());
            String name = definition.lookingAt() ? definition.group(1) : null;
            int contentStart = name != null ? definition.end() : start + 2;
            int end = AttributeListBraces.aloneOnLine(line, name != null
                    ? AttributeListBraces.closingBrace(line, contentStart) : AttributeListBraces.listEnd(line, start));
            if (end < 0) {
                return BlockStart.none();
            }
            AttributeListSyntax.Parsed parsed = AttributeListSyntax.parse(line.subSequence(contentStart, end)
                    .toString());
            Block block = name != null
                    ? new AttributeListDefinition(name, parsed.attributes(), parsed.references())
                    : new BlockAttributeList(parsed.attributes(), parsed.references());
            return BlockStart.of(new BlockAttributeListParser(block)).atIndex(line.length());
        }
    }
}

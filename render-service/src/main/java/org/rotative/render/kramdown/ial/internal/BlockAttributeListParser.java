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

    /** The list's content when its closing brace ends the line (whitespace aside), else null. */
    private static String wholeLine(CharSequence line, int from, int closingBrace) {
        return closingBrace >= 0 && AttributeListBraces.blankFrom(line, closingBrace + 1)
                ? line.subSequence(from, closingBrace).toString() : null;
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            Matcher definition = DEFINITION.matcher(line).region(start, line.length());
            Block block;
            if (definition.lookingAt()) {
                String content = wholeLine(line, definition.end(), AttributeListBraces.closingBrace(line,
                        definition.end()));
                if (content == null) {
                    return BlockStart.none();
                }
                AttributeListSyntax.Parsed parsed = AttributeListSyntax.parse(content);
                block = new AttributeListDefinition(definition.group(1), parsed.attributes(), parsed.references());
            } else {
                String content = wholeLine(line, start + 2, AttributeListBraces.listEnd(line, start));
                if (content == null) {
                    return BlockStart.none();
                }
                AttributeListSyntax.Parsed parsed = AttributeListSyntax.parse(content);
                block = new BlockAttributeList(parsed.attributes(), parsed.references());
            }
            return BlockStart.of(new BlockAttributeListParser(block)).atIndex(line.length());
        }
    }
}

package org.rotative.render.kramdown.abbreviation.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.abbreviation.AbbreviationDefinition;

/**
 * kramdown's {@code ABBREV_DEFINITION_START}: a line {@code *[abbreviation]: expansion}, indented by at most three
 * spaces. It does not interrupt a paragraph: there it stays text, as in kramdown.
 */
public final class AbbreviationDefinitionParser extends AbstractBlockParser {

    private static final Pattern LINE = Pattern.compile("\\*\\[(.+?)\\]:(.*)");

    private final AbbreviationDefinition block;

    private AbbreviationDefinitionParser(AbbreviationDefinition block) {
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
            if (state.getIndent() >= 4 || state.getActiveBlockParser().getBlock() instanceof Paragraph) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (at >= line.length() || line.charAt(at) != '*') {
                return BlockStart.none(); // most lines, told apart without a matcher
            }
            Matcher definition = LINE.matcher(line).region(at, line.length());
            if (!definition.matches()) {
                return BlockStart.none();
            }
            return BlockStart.of(new AbbreviationDefinitionParser(
                    new AbbreviationDefinition(definition.group(1), definition.group(2).strip())))
                    .atIndex(line.length());
        }
    }
}

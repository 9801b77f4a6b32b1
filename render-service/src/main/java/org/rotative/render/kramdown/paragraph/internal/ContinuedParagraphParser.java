package org.rotative.render.kramdown.paragraph.internal;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.text.Characters;
import org.rotative.render.kramdown.ial.BlockAttributeList;
import org.rotative.render.kramdown.internal.RuleLines;
import org.rotative.render.kramdown.internal.SourceLines;

/**
 * A paragraph that went on through a line CommonMark would have made a rule or a setext underline. It takes over the
 * core paragraph's lines at that line; being no core paragraph, it is never underlined into a heading afterwards.
 */
public final class ContinuedParagraphParser extends AbstractBlockParser {

    private final Paragraph block = new Paragraph();
    private final List<SourceLine> lines;

    private ContinuedParagraphParser(List<SourceLine> lines) {
        this.lines = new ArrayList<>(lines);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean canHaveLazyContinuationLines() {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return state.isBlank() ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        lines.add(line);
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        inlineParser.parse(org.commonmark.parser.SourceLines.of(lines), block);
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || at >= line.length()) {
                return BlockStart.none();
            }
            boolean underline = isUnderline(line, at);
            if (!underline && !RuleLines.isRule(line, at) || startsListItem(line, at)) {
                return BlockStart.none(); // not our line, or a rule that ends the paragraph as a list would
            }
            BlockParser open = matchedBlockParser.getMatchedBlockParser();
            List<SourceLine> paragraph = open instanceof ContinuedParagraphParser continued ? continued.lines
                    : matchedBlockParser.getParagraphLines().getLines();
            if (paragraph.isEmpty()) {
                return BlockStart.none();
            }
            if (open instanceof ContinuedParagraphParser) {
                return BlockStart.of(new ContinuedParagraphParser(paragraph)).atIndex(at).replaceActiveBlockParser();
            }
            if (underline && state.getIndent() == 0 && paragraph.size() == 1
                    && afterBlockBoundary(open.getBlock(), state.getLine())) {
                return BlockStart.none(); // CommonMark's setext heading, and kramdown's
            }
            return BlockStart.of(new ContinuedParagraphParser(paragraph)).atIndex(at)
                    .replaceParagraphLines(paragraph.size());
        }

        /**
         * kramdown's {@code after_block_boundary?}, which a setext heading needs: its one line first in its container,
         * or after a blank line or an attribute list line (the parser records block source spans for lists).
         */
        private static boolean afterBlockBoundary(Node paragraph, SourceLine underline) {
            Node previous = paragraph.getPrevious();
            return previous == null || previous instanceof BlockAttributeList
                    || SourceLines.last(previous) + 1 < underline.getSourceSpan().getLineIndex() - 1;
        }

        /** CommonMark's setext underline: {@code =} or {@code -} signs, then spaces or tabs only. */
        private static boolean isUnderline(CharSequence line, int at) {
            char sign = line.charAt(at);
            int end = line.length();
            return (sign == '=' || sign == '-')
                    && Characters.skipSpaceTab(line, Characters.skip(sign, line, at, end), end) == end;
        }

        /** kramdown's {@code LIST_START_UL}, which ends a paragraph: {@code *} or {@code -}, then a space or tab. */
        private static boolean startsListItem(CharSequence line, int at) {
            return (line.charAt(at) == '*' || line.charAt(at) == '-') && Characters.isSpaceOrTab(line, at + 1);
        }
    }
}

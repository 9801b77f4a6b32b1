package org.rotative.render.kramdown.deflist.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.deflist.DefinitionDescription;
import org.rotative.render.kramdown.deflist.DefinitionList;
import org.rotative.render.kramdown.deflist.DefinitionTerm;

/**
 * kramdown's {@code parse_definition_list} ({@code parser/kramdown/list.rb}): a {@code :} indented by at most three
 * spaces and followed by a blank starts a definition when a paragraph is open (its lines become the terms) or ends on
 * the line before a single blank line; the list then goes on over blank lines while definitions follow.
 */
public final class DefinitionListParser extends AbstractBlockParser {

    /** kramdown's {@code DEFINITION_LIST_START}, from the first non-blank character: the marker and its blanks. */
    static final Pattern START = Pattern.compile(":[ \\t]+(?=\\S)");

    private final DefinitionList block;
    private final SourceLines terms;
    private DefinitionDescriptionParser current;
    private boolean lastBlank;
    /** Whether a blank line came before the current line: a definition starting there keeps its first {@code <p>}. */
    private boolean afterBlank;

    private DefinitionListParser(DefinitionList block, SourceLines terms) {
        this.block = block;
        this.terms = terms;
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
        return childBlock instanceof DefinitionDescription;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        boolean blank = state.isBlank();
        boolean continues = blank || isStart(state, current.contentIndent()) || current.continues(state);
        afterBlank = lastBlank;
        lastBlank = blank;
        return continues ? BlockContinue.atIndex(state.getIndex()) : BlockContinue.none();
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        Node first = block.getFirstChild();
        for (SourceLine line : terms.getLines()) {
            DefinitionTerm term = new DefinitionTerm();
            first.insertBefore(term);
            inlineParser.parse(SourceLines.of(SourceLine.of(line.getContent().toString().strip(),
                    line.getSourceSpan())), term);
        }
    }

    /** Whether the line starts a definition: its marker indented less than the current one's text and than 4. */
    static boolean isStart(ParserState state, int contentIndent) {
        CharSequence line = state.getLine().getContent();
        return state.getIndent() < Math.min(contentIndent, 4)
                && START.matcher(line).region(state.getNextNonSpaceIndex(), line.length()).lookingAt();
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || at >= line.length() || line.charAt(at) != ':') {
                return BlockStart.none(); // most lines, told apart without a matcher
            }
            Matcher start = START.matcher(line).region(at, line.length());
            if (!start.lookingAt()) {
                return BlockStart.none();
            }
            int contentIndent = state.getIndent() + start.end() - state.getNextNonSpaceIndex();
            BlockParser matched = matchedBlockParser.getMatchedBlockParser();
            if (matched instanceof DefinitionListParser list) {
                list.current = new DefinitionDescriptionParser(list.afterBlank, contentIndent);
                return BlockStart.of(list.current).atIndex(start.end());
            }
            SourceLines paragraph = matchedBlockParser.getParagraphLines();
            boolean termsAbove = paragraph.isEmpty() && paragraphOneBlankAbove(matched.getBlock(), state);
            if (paragraph.isEmpty() && !termsAbove) {
                return BlockStart.none();
            }
            DefinitionListParser list = new DefinitionListParser(new DefinitionList(termsAbove), paragraph);
            list.current = new DefinitionDescriptionParser(termsAbove, contentIndent);
            BlockStart blockStart = BlockStart.of(list, list.current).atIndex(start.end());
            return termsAbove ? blockStart : blockStart.replaceParagraphLines(paragraph.getLines().size());
        }

        /** kramdown's other case: the container's last block is a paragraph, with exactly one blank line after. */
        private static boolean paragraphOneBlankAbove(Block container, ParserState state) {
            SourceSpan here = state.getLine().getSourceSpan();
            if (!(container.getLastChild() instanceof Paragraph paragraph) || here == null) {
                return false;
            }
            List<SourceSpan> spans = paragraph.getSourceSpans();
            return !spans.isEmpty() && spans.get(spans.size() - 1).getLineIndex() == here.getLineIndex() - 2;
        }
    }
}

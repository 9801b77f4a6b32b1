package org.rotative.render.kramdown.directive.internal;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.text.Characters;

/**
 * kramdown's {@code EXT_BLOCK_START}: a start tag alone on its line (not inside a paragraph, which reads it as a span)
 * and the lines up to its stop tag, alone on its line too. Until that stop tag is seen, the block is an
 * {@link UnclosedDirective}; it becomes the tag's own node, or goes, once closed.
 */
public final class DirectiveBlockParser extends AbstractBlockParser {

    private final DirectiveSyntax.Tag tag;
    private final UnclosedDirective block;
    private boolean closed;
    /** The parser hands over the rest of the start tag's line first: nothing, the tag took it all. */
    private boolean tagLine = true;

    private DirectiveBlockParser(DirectiveSyntax.Tag tag, String startLine) {
        this.tag = tag;
        this.block = new UnclosedDirective(tag.name(), startLine);
        this.closed = tag.bodiless();
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        CharSequence line = state.getLine().getContent();
        int at = state.getNextNonSpaceIndex();
        if (state.getIndent() < 4 && tag.closedBy(line, at) && isBlank(line, at + tag.stopLength(line, at))) {
            closed = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        if (tagLine) {
            tagLine = false;
            return;
        }
        block.addLine(line.getContent());
    }

    @Override
    public void closeBlock() {
        if (!closed) {
            return; // read again as Markdown by UnclosedDirectivePostProcessor
        }
        Node node = tag.block(tag.bodiless() ? null : block.body());
        if (node != null) {
            // Where it was written: lists and attribute lists look for blank lines around blocks.
            node.setSourceSpans(block.getSourceSpans());
            block.insertBefore(node);
        }
        block.unlink();
    }

    private static boolean isBlank(CharSequence line, int from) {
        return Characters.skipSpaceTab(line, from, line.length()) == line.length();
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || at >= line.length() || line.charAt(at) != '{'
                    || matchedBlockParser.getMatchedBlockParser().getBlock() instanceof Paragraph) {
                return BlockStart.none();
            }
            CharSequence rest = line.subSequence(at, line.length());
            DirectiveSyntax.Tag tag = DirectiveSyntax.Tag.at(rest);
            if (tag == null || !isBlank(rest, tag.length())) {
                return BlockStart.none();
            }
            return BlockStart.of(new DirectiveBlockParser(tag, rest.toString())).atIndex(line.length());
        }
    }
}

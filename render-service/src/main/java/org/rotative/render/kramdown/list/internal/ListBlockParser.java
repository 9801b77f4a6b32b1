package org.rotative.render.kramdown.list.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.internal.RuleLines;

/**
 * A list, made of {@link ListItemParser items}; a blank line between two items makes it loose, as in CommonMark. Its
 * items start with kramdown's {@code LIST_START}: {@code [+*-]} or {@code \d+.}, then a space or a tab.
 */
public final class ListBlockParser extends AbstractBlockParser {

    private static final Pattern MARKER = Pattern.compile("([+*-])|\\d{1,9}\\.");

    private final ListBlock block;
    private boolean hadBlankLine;
    private int linesAfterBlank;

    private ListBlockParser(ListBlock block) {
        this.block = block;
        block.setTight(true);
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
        if (!(childBlock instanceof ListItem)) {
            return false;
        }
        if (hadBlankLine && linesAfterBlank == 1) {
            block.setTight(false);
            hadBlankLine = false;
        }
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            hadBlankLine = true;
            linesAfterBlank = 0;
        } else if (hadBlankLine) {
            linesAfterBlank++;
            if (rightAfterBlankLine() && state.getIndent() < 4
                    && RuleLines.isRule(state.getLine().getContent(), state.getNextNonSpaceIndex())) {
                return BlockContinue.none(); // kramdown's list ends at a rule after a blank line, however indented
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** Whether the line being read, which {@link #tryContinue} has counted, comes right after a blank line. */
    private boolean rightAfterBlankLine() {
        return hadBlankLine && linesAfterBlank == 1;
    }

    /** Whether the line starts an item of a list of the same kind (bullet or ordered) as {@code list}. */
    static boolean startsItemOf(ListBlock list, CharSequence line, int markerIndex) {
        Matcher marker = marker(line, markerIndex);
        return marker != null && (marker.group(1) != null) == (list instanceof BulletList);
    }

    private static Matcher marker(CharSequence line, int index) {
        char first = index < line.length() ? line.charAt(index) : ' ';
        if (first != '+' && first != '*' && first != '-' && (first < '0' || first > '9')) {
            return null; // most lines, told apart without a matcher
        }
        Matcher marker = MARKER.matcher(line).region(index, line.length());
        if (!marker.lookingAt()) {
            return null;
        }
        int after = marker.end();
        return after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\t') ? marker : null;
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            CharSequence line = state.getLine().getContent();
            int markerIndex = state.getNextNonSpaceIndex();
            Matcher marker = state.getIndent() >= 4 ? null : marker(line, markerIndex);
            if (marker == null) {
                return BlockStart.none();
            }
            int markerColumn = state.getColumn() + state.getIndent();
            int columnAfterMarker = markerColumn + marker.end() - markerIndex;
            int contentColumn = columnAfterMarker;
            boolean hasContent = false;
            for (int i = marker.end(); i < line.length() && !hasContent; i++) {
                char c = line.charAt(i);
                if (c == '\t') {
                    contentColumn += 4 - contentColumn % 4;
                } else if (c == ' ') {
                    contentColumn++;
                } else {
                    hasContent = true;
                }
            }
            if (!hasContent || contentColumn - columnAfterMarker > 4) {
                contentColumn = columnAfterMarker + 1; // indented code or nothing after the marker
            }
            ListItemParser item = new ListItemParser(state.getIndent(), contentColumn - state.getColumn());
            BlockParser matched = matchedBlockParser.getMatchedBlockParser();
            // kramdown tries rules before lists ("* * *"), but reads an item right under an item
            boolean rule = RuleLines.isRule(line, markerIndex);
            if (matched instanceof ListBlockParser list && startsItemOf(list.block, line, markerIndex)
                    && !(rule && list.rightAfterBlankLine())) {
                return BlockStart.of(item).atColumn(contentColumn);
            }
            if (rule) {
                return BlockStart.none();
            }
            ListBlock list;
            if (marker.group(1) != null) {
                BulletList bullets = new BulletList();
                bullets.setMarker(marker.group(1));
                list = bullets;
            } else {
                OrderedList ordered = new OrderedList();
                ordered.setMarkerStartNumber(1);
                ordered.setMarkerDelimiter(".");
                list = ordered;
            }
            return BlockStart.of(new ListBlockParser(list), item).atColumn(contentColumn);
        }
    }
}

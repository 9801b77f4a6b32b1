package org.rotative.render.kramdown.table.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.internal.AttributeListBraces;

/**
 * kramdown's {@code parse_table} ({@code parser/kramdown/table.rb}): rows split on unescaped pipes outside code
 * spans, a separator line after the first rows makes them the header and gives the alignment, later separators start
 * a new body. Lines that stop being table lines before a blank line make the whole block a paragraph, as kramdown
 * then gives up the table.
 */
public final class TableParser extends AbstractBlockParser {

    private static final Pattern SEPARATOR = Pattern.compile("[+|: \\t-]*?-[+|: \\t-]*?[ \\t]*");
    private static final Pattern ALIGNMENT = Pattern.compile("[ \\t]?(:?)-+(:?)[ \\t]?");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");
    /** Lines that kramdown's earlier block parsers take: quote, heading, list item, fence, HTML, rule, attributes. */
    private static final Pattern OTHER_BLOCK = Pattern.compile(
            ">|#{1,6}[ \\t]|[*+-][ \\t]|\\d+\\.[ \\t]|```|~~~|<[A-Za-z/!]|\\{:");

    private final TableBlock block = new TableBlock();
    private final List<String> lines = new ArrayList<>();
    private boolean table = true;

    @Override
    public boolean canHaveLazyContinuationLines() {
        return true; // a line that kramdown's list item takes lazily: it makes the table a paragraph
    }

    @Override
    public void addLine(SourceLine line) {
        String text = line.getContent().toString();
        table &= isTableLine(text);
        lines.add(text);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        CharSequence content = state.getLine().getContent();
        String line = content.subSequence(state.getIndex(), content.length()).toString();
        if (state.isBlank() || table && isAttributeList(line.strip())) {
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (!table || !buildTable(inlineParser)) {
            Paragraph paragraph = new Paragraph();
            paragraph.setSourceSpans(block.getSourceSpans());
            block.insertBefore(paragraph);
            block.unlink();
            inlineParser.parse(SourceLines.of(lines.stream().map(line -> SourceLine.of(line.strip(), null)).toList()),
                    paragraph);
        }
    }

    /** Rows of cell texts under a header or in a body. */
    private record Section(boolean head, List<List<String>> rows) {
    }

    /** Builds the table; false for kramdown's "table without body". */
    private boolean buildTable(InlineParser inlineParser) {
        boolean leadingPipe = lines.get(0).stripLeading().startsWith("|");
        List<Section> sections = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<TableCell.Alignment> alignments = null;
        for (String line : lines.subList(SEPARATOR.matcher(lines.get(0)).matches() ? 1 : 0, lines.size())) {
            if (!SEPARATOR.matcher(line).matches()) {
                rows.add(cells(line, leadingPipe));
            } else if (!rows.isEmpty()) {
                sections.add(new Section(alignments == null, rows));
                alignments = alignments == null ? alignments(line) : alignments;
                rows = new ArrayList<>();
            }
        }
        if (!rows.isEmpty()) {
            sections.add(new Section(false, rows));
        }
        if (sections.stream().allMatch(Section::head)) {
            return false;
        }
        int columns = sections.stream().flatMap(section -> section.rows().stream()).mapToInt(List::size).max()
                .orElse(0);
        for (Section section : sections) {
            Node node = section.head() ? new TableHead() : new TableBody();
            for (List<String> cells : section.rows()) {
                TableRow row = new TableRow();
                for (int column = 0; column < columns; column++) {
                    TableCell cell = new TableCell();
                    cell.setHeader(section.head());
                    cell.setAlignment(alignments != null && column < alignments.size() ? alignments.get(column) : null);
                    if (column < cells.size()) {
                        inlineParser.parse(SourceLines.of(SourceLine.of(cells.get(column), null)), cell);
                    }
                    row.appendChild(cell);
                }
                node.appendChild(row);
            }
            block.appendChild(node);
        }
        return true;
    }

    private static List<TableCell.Alignment> alignments(String separator) {
        List<TableCell.Alignment> alignments = new ArrayList<>();
        Matcher matcher = ALIGNMENT.matcher(separator);
        while (matcher.find()) {
            boolean left = !matcher.group(1).isEmpty();
            boolean right = !matcher.group(2).isEmpty();
            alignments.add(left && right ? TableCell.Alignment.CENTER : right ? TableCell.Alignment.RIGHT
                    : left ? TableCell.Alignment.LEFT : null);
        }
        return alignments;
    }

    /** The cells of a row: split on pipes that are neither escaped nor in a code span. */
    private static List<String> cells(String line, boolean leadingPipe) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(line);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`' && code.find(i) && code.start() == i) {
                cell.append(line, i, code.end());
                i = code.end() - 1;
            } else if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        if (leadingPipe && cells.size() > 1 && cells.get(0).isEmpty()) {
            cells.remove(0);
        }
        if (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** kramdown's {@code TABLE_PIPE_CHECK}, on the line without its code spans. */
    private static boolean isTableLine(String line) {
        if (line.indexOf('|') < 0) {
            return false; // most lines: no need to take code spans out
        }
        String text = CODE_SPAN.matcher(line).replaceAll("");
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '|' && (i == 0 || text.charAt(i - 1) != '\\')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAttributeList(String line) {
        return AttributeListBraces.aloneOnLine(line, AttributeListBraces.listEnd(line, 0)) >= 0;
    }

    /**
     * A horizontal rule: three or more of one of {@code -*_}, spaces and tabs between. A loop, not a back-reference
     * under a quantifier, which recursed once per character.
     */
    private static boolean isRule(String line) {
        char mark = line.isEmpty() ? 0 : line.charAt(0);
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        int marks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            CharSequence content = state.getLine().getContent();
            String line = content.subSequence(state.getNextNonSpaceIndex(), content.length()).toString();
            if (state.getIndent() >= 4 || state.getActiveBlockParser().getBlock() instanceof Paragraph
                    || !isTableLine(line) || OTHER_BLOCK.matcher(line).lookingAt() || isRule(line)) {
                return BlockStart.none();
            }
            return BlockStart.of(new TableParser()).atIndex(state.getNextNonSpaceIndex());
        }
    }
}

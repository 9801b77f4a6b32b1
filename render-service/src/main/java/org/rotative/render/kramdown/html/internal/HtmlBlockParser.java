package org.rotative.render.kramdown.html.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.rotative.render.kramdown.internal.HtmlTags;

/**
 * One raw HTML element (or comment) at block level, up to its matching end tag, as kramdown's {@code parse_raw_html}
 * finds it: nested elements are counted, void elements and {@code />} need no end tag; an end tag that does not close
 * the innermost open element, or a {@code <} that starts no valid tag, is text, written escaped as kramdown writes it.
 * An element never closed runs to the end of the document, as in kramdown.
 * <p>
 * The parser is a container only so that Markdown written after the end tag, on the same line, becomes a paragraph;
 * {@link HtmlBlockPostProcessor} then moves that paragraph after the block.
 */
public final class HtmlBlockParser extends AbstractBlockParser {

    /** kramdown's {@code HTML_SPAN_ELEMENTS}: these tags at the start of a line begin a paragraph, not a block. */
    private static final Set<String> SPAN_ELEMENTS = Set.of("a", "abbr", "acronym", "b", "big", "bdo", "br", "button",
            "cite", "code", "del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q", "rb",
            "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup", "tt", "u",
            "var");

    private static final String NAME = "[A-Za-z_:][\\w:.-]*";
    /**
     * kramdown's {@code HTML_TAG_RE}: unquoted attribute values may only hold word characters, and each attribute is
     * an atomic group, so {@code href="url "Title">} is no tag (the value ends at the first matching quote). A quoted
     * value is a negated class rather than kramdown's lazy {@code ("|').*?\\3}: the same match, without a step of
     * the regex engine per character.
     */
    private static final Pattern START_TAG = Pattern.compile("<((?>" + NAME + "))\\s*((?>\\s+" + NAME
            + "(?:\\s*=\\s*(?:[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+|\"[^\"]*\"|'[^']*'))?)*)\\s*(/)?>");
    private static final Pattern END_TAG = Pattern.compile("</(" + NAME + ")\\s*>");
    private static final Pattern BLOCK_START = Pattern.compile("<(" + NAME + "|!--)");
    private static final String COMMENT_START = "<!--";
    private static final String COMMENT_END = "-->";
    private static final String ESCAPED_LT = "&lt;";

    private final HtmlBlock block = new HtmlBlock();
    private final StringBuilder html = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private int scanned;
    /** Over {@link #html}, reused for every tag: a block such as a figure has dozens. */
    private final Matcher startTag = START_TAG.matcher(html);
    private final Matcher endTag = END_TAG.matcher(html);
    /** Characters added to the current line by escaping, to map positions in {@link #html} back to the line. */
    private int escapedOnLine;
    private boolean inComment;
    private boolean closed;

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
        return closed;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        html.append('\n');
        return BlockContinue.atIndex(consume(state.getLine().getContent(), state.getIndex()));
    }

    @Override
    public void closeBlock() {
        block.setLiteral(html.toString());
    }

    /** Adds the line from {@code start} up to where the element ends (or the whole line), returns that index. */
    private int consume(CharSequence line, int start) {
        int lineStart = html.length();
        html.append(line, start, line.length());
        escapedOnLine = 0;
        int end = scan();
        if (!closed) {
            return line.length();
        }
        int afterTag = start + end - lineStart - escapedOnLine;
        html.setLength(end);
        while (afterTag < line.length() && (line.charAt(afterTag) == ' ' || line.charAt(afterTag) == '\t')) {
            afterTag++;
        }
        return afterTag;
    }

    /** Scans the HTML read so far for tags; returns where the element closes, or -1 while it is open. */
    private int scan() {
        while (scanned < html.length()) {
            if (inComment) {
                int end = html.indexOf(COMMENT_END, scanned);
                if (end < 0) {
                    scanned = Math.max(scanned, html.length() - COMMENT_END.length() + 1);
                    return -1;
                }
                inComment = false;
                scanned = end + COMMENT_END.length();
                if (open.isEmpty()) {
                    closed = true;
                    return scanned;
                }
                continue;
            }
            int lt = html.indexOf("<", scanned);
            if (lt < 0) {
                scanned = html.length();
                return -1;
            }
            if (startsAt(html, lt, COMMENT_START)) {
                inComment = true;
                scanned = lt + COMMENT_START.length();
                continue;
            }
            Matcher start = startTag.region(lt, html.length());
            Matcher end = endTag.region(lt, html.length());
            if (start.lookingAt()) {
                String name = start.group(1).toLowerCase(Locale.ROOT);
                if (start.group(3) == null && !HtmlTags.VOID_ELEMENTS.contains(name)) {
                    open.push(name);
                }
                scanned = start.end();
            } else if (end.lookingAt() && end.group(1).equalsIgnoreCase(open.peek())) {
                open.pop();
                scanned = end.end();
            } else if (continuesOnNextLine(html, lt, start, end)) {
                return -1;
            } else {
                // kramdown keeps a stray end tag or a "<" that starts no tag as text: escaped
                html.replace(lt, lt + 1, ESCAPED_LT);
                escapedOnLine += ESCAPED_LT.length() - 1;
                scanned = lt + ESCAPED_LT.length();
                continue;
            }
            if (open.isEmpty()) {
                closed = true;
                return scanned;
            }
        }
        return -1;
    }

    private static boolean startsAt(CharSequence text, int at, String prefix) {
        if (text.length() - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A start tag at {@code at}, or one that may end on a later line. */
    private static boolean startsTag(CharSequence line, int at) {
        Matcher start = START_TAG.matcher(line).region(at, line.length());
        return start.lookingAt() || continuesOnNextLine(line, at, start, null);
    }

    /** Whether the tag at {@code lt} failed only for lack of text: no {@code >} follows on this line. */
    private static boolean continuesOnNextLine(CharSequence text, int lt, Matcher start, Matcher end) {
        return text.toString().indexOf('>', lt) < 0 && (start.hitEnd() || end != null && end.hitEnd());
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            // Tried on every line: most lines are plain text, told apart without a matcher.
            if (state.getIndent() >= 4 || at >= line.length() || line.charAt(at) != '<') {
                return BlockStart.none();
            }
            Matcher tag = BLOCK_START.matcher(line).region(at, line.length());
            if (!tag.lookingAt()) {
                return BlockStart.none();
            }
            boolean comment = tag.group(1).equals("!--");
            boolean inParagraph = state.getActiveBlockParser().getBlock() instanceof Paragraph;
            if (comment ? inParagraph : SPAN_ELEMENTS.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
                return BlockStart.none();
            }
            if (!comment && !startsTag(line, at)) {
                return BlockStart.none(); // kramdown cannot read the tag: the line is a paragraph
            }
            HtmlBlockParser parser = new HtmlBlockParser();
            return BlockStart.of(parser).atIndex(parser.consume(line, at));
        }
    }
}

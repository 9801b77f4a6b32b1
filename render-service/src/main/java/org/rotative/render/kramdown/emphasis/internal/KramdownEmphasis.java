package org.rotative.render.kramdown.emphasis.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * kramdown's {@code parse_emphasis} ({@code parser/kramdown/emphasis.rb}) over the inline content of one node: the
 * characters of its texts, each other inline node (link, code…) counting as one non-blank character.
 */
final class KramdownEmphasis {

    /**
     * Consecutive tokens {@code [from, to)} of an emphasis' content; grows while the parser reads on, so that a
     * paragraph's content is a few runs rather than a list of characters.
     */
    private static final class Run {
        final int from;
        int to;

        Run(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    /** An emphasis being built: its delimiter ("*", "**", "_", "__") and its content (tokens and groups). */
    private record Group(String delimiter, List<Object> content) {

        boolean strong() {
            return delimiter.length() == 2;
        }
    }

    /**
     * The tokens: a character of text, or another inline node at the same index of {@link #nodes}, with a newline
     * for line breaks, its character for an escaped delimiter, else NUL.
     */
    private final char[] chars;
    private final Node[] nodes;
    private final int size;
    /** The positions of unescaped {@code *} and {@code _}: scans leap from one to the next. */
    private final BitSet delimiters;
    /** The positions of inline nodes other than escaped delimiters: {@link #build} leaps over the text between. */
    private final BitSet inlines;
    /** The text nodes of the parent and where each starts, in order: {@link #build} puts back those left whole. */
    private final Text[] texts;
    private final int[] textStarts;
    private int nextText;
    /**
     * Whether the children are what {@link #build} makes of content without emphasis: no escaped delimiter to turn
     * back into text, no two texts in a row to join.
     */
    private final boolean plain;
    private final Deque<Boolean> open = new ArrayDeque<>(); // strong? for each emphasis being parsed
    /**
     * For each kind of scan (its delimiter, alone or within the other one), the positions from which one read to the
     * end without closing. kramdown retries a scan from every later opener, cubic on a paragraph of unclosed
     * {@code **a *b}; yet what a scan reads from a position depends only on its kind and that position, so a scan
     * reaching one of these will not close either. Each position fails at most once per kind.
     */
    private final BitSet[] unclosed = new BitSet[8];
    private int pos;

    private KramdownEmphasis(Node parent) {
        int length = 0;
        int textCount = 0;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                length += text.getLiteral().length();
                textCount++;
            } else {
                length++;
            }
        }
        chars = new char[length];
        nodes = new Node[length];
        size = length;
        delimiters = new BitSet(length);
        inlines = new BitSet(length);
        texts = new Text[textCount];
        textStarts = new int[textCount];
        boolean plainSoFar = true;
        int at = 0;
        int t = 0;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                String literal = text.getLiteral();
                literal.getChars(0, literal.length(), chars, at);
                mark(literal, '*', at);
                mark(literal, '_', at);
                texts[t] = text;
                textStarts[t++] = at;
                at += literal.length();
                plainSoFar &= !(child.getNext() instanceof Text);
            } else {
                boolean lineBreak = child instanceof SoftLineBreak || child instanceof HardLineBreak;
                boolean escaped = child instanceof EscapedDelimiter;
                chars[at] = lineBreak ? '\n' : escaped ? ((EscapedDelimiter) child).character() : '\0';
                inlines.set(at, !escaped); // an escaped delimiter is text again
                nodes[at++] = child;
                plainSoFar &= !escaped;
            }
        }
        plain = plainSoFar;
    }

    private void mark(String literal, char delimiter, int offset) {
        for (int i = literal.indexOf(delimiter); i >= 0; i = literal.indexOf(delimiter, i + 1)) {
            delimiters.set(offset + i);
        }
    }

    /** Pairs the {@code *} and {@code _} in the texts directly under {@code parent} into emphasis nodes. */
    static void pair(Node parent) {
        KramdownEmphasis emphasis = new KramdownEmphasis(parent);
        List<Object> content = new ArrayList<>();
        emphasis.parseSpans(content, null);
        if (emphasis.plain && content.stream().noneMatch(Group.class::isInstance)) {
            return; // building would make the same nodes again
        }
        for (Node child = parent.getFirstChild(); child != null; child = parent.getFirstChild()) {
            child.unlink();
        }
        emphasis.build(parent, content);
    }

    /** Reads content until {@code closing}'s delimiter can close it (true), or to the end (false). */
    private boolean parseSpans(List<Object> content, Group closing) {
        BitSet known = closing == null ? null : unclosed(closing);
        int start = pos;
        BitSet read = known == null ? null : new BitSet(); // from start, lest each scan cost its position
        while (pos < size) {
            if (known != null) {
                if (known.get(pos)) {
                    break;
                }
                if (!content.isEmpty()) { // empty content never closes: from here a longer one still might
                    read.set(pos - start);
                }
            }
            if (!delimiters.get(pos)) {
                // nothing opens or closes before the next delimiter
                int next = delimiters.nextSetBit(pos + 1);
                addTokens(content, pos, (next < 0 ? size : next) - pos);
            } else if (closing != null && closes(closing, content)) {
                return true;
            } else {
                parseEmphasis(content);
            }
        }
        if (known != null) {
            read.stream().forEach(offset -> known.set(start + offset));
        }
        return false;
    }

    /** The positions where scans of {@code group}'s kind failed: its delimiter, alone or within the other one. */
    private BitSet unclosed(Group group) {
        int kind = (group.delimiter().charAt(0) == '_' ? 4 : 0) + (group.strong() ? 2 : 0) + open.size() - 1;
        if (unclosed[kind] == null) {
            unclosed[kind] = new BitSet(size);
        }
        return unclosed[kind];
    }

    private void parseEmphasis(List<Object> content) {
        int start = pos;
        char type = chars[start];
        int length = isChar(start + 1, type) ? 2 : 1;
        boolean strong = length == 2;
        if (type == '_' && afterLetter(start) || start + length < size && isBlank(start + length)
                || open.contains(strong)) {
            addTokens(content, start, length);
            return;
        }
        Group group = subParse(start + length, String.valueOf(type).repeat(length));
        if (group == null && strong && !Boolean.FALSE.equals(open.peek())) {
            // kramdown tries an em from the second delimiter on: "**Titre*" is <em>*Titre</em>
            group = subParse(start + 1, String.valueOf(type));
        }
        if (group == null) {
            addTokens(content, start, length);
        } else {
            pos += group.delimiter().length();
            content.add(group);
        }
    }

    /** Parses an emphasis whose content starts at {@code contentStart}; null if it never closes. */
    private Group subParse(int contentStart, String delimiter) {
        Group group = new Group(delimiter, new ArrayList<>());
        pos = contentStart;
        open.push(group.strong());
        boolean found = parseSpans(group.content(), group);
        open.pop();
        return found ? group : null;
    }

    /** kramdown's stop condition: the delimiter, not after a blank, not the start of a longer run for em. */
    private boolean closes(Group group, List<Object> content) {
        String delimiter = group.delimiter();
        char type = delimiter.charAt(0);
        for (int i = 0; i < delimiter.length(); i++) {
            if (!isChar(pos + i, type)) {
                return false;
            }
        }
        int after = pos + delimiter.length();
        return (pos == 0 || !isBlank(pos - 1))
                && (group.strong() || !(isChar(after, type) && !isChar(after + 1, type)))
                && (type != '_' || after >= size || !isAlphanumeric(after))
                && !content.isEmpty();
    }

    private void addTokens(List<Object> content, int start, int length) {
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof Run run && run.to == start) {
            run.to = start + length;
        } else {
            content.add(new Run(start, start + length));
        }
        pos = start + length;
    }

    private boolean isChar(int at, char c) {
        return at < size && nodes[at] == null && chars[at] == c;
    }

    /** Ruby's ASCII {@code \s}; a no-break space is not blank, nor is an inline node other than a line break. */
    private boolean isBlank(int at) {
        return " \t\n\r\f\u000b".indexOf(chars[at]) >= 0 && (nodes[at] == null || chars[at] == '\n');
    }

    private boolean isAlphanumeric(int at) {
        return nodes[at] == null && Character.isLetterOrDigit(chars[at]);
    }

    /** Ruby's {@code pre_match =~ /[[:alpha:]]-?[[:alpha:]]*\z/}: right after a letter, or a letter and a hyphen. */
    private boolean afterLetter(int at) {
        return at > 0 && isLetter(at - 1) || at > 1 && isChar(at - 1, '-') && isLetter(at - 2);
    }

    private boolean isLetter(int at) {
        return nodes[at] == null && Character.isLetter(chars[at]);
    }

    /**
     * Appends the content to {@code parent}: a content list covers consecutive positions, so the text between two
     * nodes is one range of {@link #chars}, written as one text node.
     */
    private void build(Node parent, List<Object> content) {
        int textFrom = -1;
        int textTo = -1;
        for (Object item : content) {
            if (item instanceof Run run) {
                if (textFrom < 0) {
                    textFrom = run.from;
                }
                for (int i = inlines.nextSetBit(run.from); i >= 0 && i < run.to; i = inlines.nextSetBit(i + 1)) {
                    text(parent, textFrom, i);
                    parent.appendChild(nodes[i]);
                    textFrom = i + 1;
                }
                textTo = run.to;
            } else {
                if (textFrom >= 0) {
                    text(parent, textFrom, textTo);
                }
                textFrom = -1;
                Group group = (Group) item;
                Node emphasis = group.strong() ? new StrongEmphasis(group.delimiter())
                        : new Emphasis(group.delimiter());
                build(emphasis, group.content());
                parent.appendChild(emphasis);
            }
        }
        if (textFrom >= 0) {
            text(parent, textFrom, textTo);
        }
    }

    /** Appends the text {@code [from, to)}: the parent's own text node when it is exactly one. */
    private void text(Node parent, int from, int to) {
        if (from >= to) {
            return;
        }
        while (nextText < texts.length && textStarts[nextText] < from) {
            nextText++;
        }
        boolean whole = nextText < texts.length && textStarts[nextText] == from
                && texts[nextText].getLiteral().length() == to - from;
        parent.appendChild(whole ? texts[nextText] : new Text(new String(chars, from, to - from)));
    }
}

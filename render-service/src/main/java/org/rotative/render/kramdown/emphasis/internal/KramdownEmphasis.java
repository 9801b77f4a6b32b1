package org.rotative.render.kramdown.emphasis.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
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

    /** A character of text, or another inline node (with {@code c} a newline for line breaks, else NUL). */
    private record Token(char c, Node node) {

        /** Ruby's ASCII {@code \s}; a no-break space is not blank. */
        boolean isBlank() {
            return " \t\n\r\f\u000b".indexOf(c) >= 0 && (node == null || c == '\n');
        }
    }

    /** An emphasis being built: its delimiter ("*", "**", "_", "__") and its content (tokens and groups). */
    private record Group(String delimiter, List<Object> content) {

        boolean strong() {
            return delimiter.length() == 2;
        }
    }

    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Boolean> open = new ArrayDeque<>(); // strong? for each emphasis being parsed
    private int pos;

    private KramdownEmphasis(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                text.getLiteral().chars().forEach(c -> tokens.add(new Token((char) c, null)));
            } else {
                boolean lineBreak = child instanceof SoftLineBreak || child instanceof HardLineBreak;
                tokens.add(new Token(lineBreak ? '\n' : '\0', child));
            }
        }
    }

    /** Pairs the {@code *} and {@code _} in the texts directly under {@code parent} into emphasis nodes. */
    static void pair(Node parent) {
        KramdownEmphasis emphasis = new KramdownEmphasis(parent);
        List<Object> content = new ArrayList<>();
        emphasis.parseSpans(content, null);
        for (Node child = parent.getFirstChild(); child != null; child = parent.getFirstChild()) {
            child.unlink();
        }
        build(parent, content);
    }

    /** Reads content until {@code closing}'s delimiter can close it (true), or to the end (false). */
    private boolean parseSpans(List<Object> content, Group closing) {
        while (pos < tokens.size()) {
            if (closing != null && closes(closing, content)) {
                return true;
            }
            if (isDelimiter(pos)) {
                parseEmphasis(content);
            } else {
                content.add(tokens.get(pos++));
            }
        }
        return false;
    }

    private void parseEmphasis(List<Object> content) {
        int start = pos;
        char type = tokens.get(start).c();
        int length = start + 1 < tokens.size() && isChar(start + 1, type) ? 2 : 1;
        boolean strong = length == 2;
        if (type == '_' && afterLetter(start) || start + length < tokens.size() && tokens.get(start + length).isBlank()
                || open.contains(strong)) {
            addText(content, start, length);
            return;
        }
        Group group = subParse(start + length, String.valueOf(type).repeat(length));
        if (group == null && strong && !Boolean.FALSE.equals(open.peek())) {
            // kramdown tries an em from the second delimiter on: "**Titre*" is <em>*Titre</em>
            group = subParse(start + 1, String.valueOf(type));
        }
        if (group == null) {
            pos = start;
            addText(content, start, length);
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
        return (pos == 0 || !tokens.get(pos - 1).isBlank())
                && (group.strong() || !(isChar(after, type) && !isChar(after + 1, type)))
                && (type != '_' || after >= tokens.size() || !isAlphanumeric(after))
                && !content.isEmpty();
    }

    private void addText(List<Object> content, int start, int length) {
        for (int i = start; i < start + length; i++) {
            content.add(tokens.get(i));
        }
        pos = start + length;
    }

    private boolean isDelimiter(int at) {
        return isChar(at, '*') || isChar(at, '_');
    }

    private boolean isChar(int at, char c) {
        return at < tokens.size() && tokens.get(at).node() == null && tokens.get(at).c() == c;
    }

    private boolean isAlphanumeric(int at) {
        return tokens.get(at).node() == null && Character.isLetterOrDigit(tokens.get(at).c());
    }

    /** Ruby's {@code pre_match =~ /[[:alpha:]]-?[[:alpha:]]*\z/}: right after a letter, or a letter and a hyphen. */
    private boolean afterLetter(int at) {
        return at > 0 && isLetter(at - 1) || at > 1 && isChar(at - 1, '-') && isLetter(at - 2);
    }

    private boolean isLetter(int at) {
        return tokens.get(at).node() == null && Character.isLetter(tokens.get(at).c());
    }

    private static void build(Node parent, List<Object> content) {
        StringBuilder text = new StringBuilder();
        for (Object item : content) {
            if (item instanceof Token token && token.node() == null) {
                text.append(token.c());
                continue;
            }
            if (!text.isEmpty()) {
                parent.appendChild(new Text(text.toString()));
                text.setLength(0);
            }
            if (item instanceof Token token) {
                parent.appendChild(token.node());
            } else {
                Group group = (Group) item;
                Node emphasis = group.strong() ? new StrongEmphasis(group.delimiter())
                        : new Emphasis(group.delimiter());
                build(emphasis, group.content());
                parent.appendChild(emphasis);
            }
        }
        if (!text.isEmpty()) {
            parent.appendChild(new Text(text.toString()));
        }
    }
}

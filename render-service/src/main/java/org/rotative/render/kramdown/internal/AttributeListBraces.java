package org.rotative.render.kramdown.internal;

/**
 * Where a kramdown attribute list {@code {:…}} ends, found by scanning rather than with kramdown's
 * {@code /(\\\}|[^\}])+\}/}: Java runs an alternation under a quantifier by recursion, one stack frame per
 * character, and a hostile line of a few thousand characters overflowed the stack.
 */
public final class AttributeListBraces {

    /**
     * The longest content read, twenty times the corpus' longest list (47 characters): bounds the work for a line
     * that holds thousands of {@code {:}, and the depth kramdown's expression for a quoted value recurses to.
     */
    public static final int MAX_CONTENT = 1024;

    /**
     * The index of the brace that closes a list whose content starts at {@code from} (just after {@code {:} or
     * {@code {:name:}), or -1. As kramdown's expression reads it: the first brace not escaped by a backslash, else
     * the last escaped one ({@code \}} may be content or the backslash the last character); the content is not empty.
     */
    public static int closingBrace(CharSequence text, int from) {
        int limit = Math.min(text.length(), from + MAX_CONTENT + 1);
        int lastEscaped = -1;
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '}') {
                if (i == from) {
                    return -1;
                }
                if (text.charAt(i - 1) != '\\') {
                    return i;
                }
                lastEscaped = i;
            }
        }
        return lastEscaped;
    }

    /**
     * The index of the brace closing an inline attribute list ({@code {:…}}, not the {@code {::} of extensions nor
     * the {@code {:/} of their end tags) that starts at {@code start}, or -1.
     */
    public static int listEnd(CharSequence text, int start) {
        if (start + 2 >= text.length() || text.charAt(start) != '{' || text.charAt(start + 1) != ':'
                || text.charAt(start + 2) == ':' || text.charAt(start + 2) == '/') {
            return -1;
        }
        return closingBrace(text, start + 2);
    }

    /**
     * The closing brace when only whitespace follows it, else -1: a block list stands alone on its line.
     *
     * @param closingBrace from {@link #closingBrace} or {@link #listEnd}, possibly -1
     */
    public static int aloneOnLine(CharSequence text, int closingBrace) {
        if (closingBrace < 0) {
            return -1;
        }
        for (int i = closingBrace + 1; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return -1;
            }
        }
        return closingBrace;
    }

    private AttributeListBraces() {
    }
}

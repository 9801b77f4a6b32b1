package org.rotative.render.page;

import java.util.Set;

/**
 * The French typography the site's layout applies to a page: the space inside « » and before : becomes a no-break
 * space, before ; ! ? a narrow no-break space, so that no line starts with a lone punctuation mark. Only in text:
 * tags, attribute values, comments, and the content of {@code pre}, {@code code}, {@code script}, {@code style},
 * {@code textarea} stay as written. Spaces are replaced, never added: "http://x" or "«mot»" are untouched.
 *
 * <p>It runs over every page a render writes, so it scans the HTML by hand: a regular expression looking for tags
 * tried its pattern at every character and cost as much as rendering the body.
 */
final class FrenchTypography {

    private static final char NBSP = '\u00A0';
    private static final char NNBSP = '\u202F';
    private static final Set<String> RAW = Set.of("pre", "code", "script", "style", "textarea");
    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";

    private FrenchTypography() {
    }

    static String apply(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int raw = 0; // depth of raw elements around the text being read
        int text = 0; // where the text not yet written starts
        // Where the last tag and comment can end: past them, no search for an end is made, so that the text of
        // one page is read once whatever it holds.
        int lastGt = html.lastIndexOf('>');
        int lastCommentClose = html.lastIndexOf(COMMENT_CLOSE);
        for (int lt = html.indexOf('<'); lt >= 0 && lt < lastGt; lt = html.indexOf('<', lt + 1)) {
            int end = markupEnd(html, lt, lastCommentClose);
            if (end < 0) {
                continue; // a '<' that opens no tag: text
            }
            appendText(out, html, text, lt, raw == 0);
            out.append(html, lt, end);
            if (isRawElement(html, lt)) {
                raw = Math.max(0, raw + (html.charAt(lt + 1) == '/' ? -1 : 1));
            }
            text = end;
            lt = end - 1;
        }
        appendText(out, html, text, html.length(), raw == 0);
        return out.toString();
    }

    /**
     * The end of the tag ({@code <name…>}, {@code </name…>}) or comment that starts at {@code lt}, or -1. A tag
     * ends at the first {@code >}, even inside a quoted value: the layout escapes its values, and a body's raw HTML
     * rarely writes one there.
     */
    private static int markupEnd(String html, int lt, int lastCommentClose) {
        int name = nameStart(html, lt);
        if (name < html.length() && isAsciiLetter(html.charAt(name))) {
            int gt = html.indexOf('>', name);
            return gt < 0 ? -1 : gt + 1;
        }
        if (html.startsWith(COMMENT_OPEN, lt) && lt + COMMENT_OPEN.length() <= lastCommentClose) {
            int close = html.indexOf(COMMENT_CLOSE, lt + COMMENT_OPEN.length());
            return close < 0 ? -1 : close + COMMENT_CLOSE.length();
        }
        return -1;
    }

    /** Whether the markup at {@code lt} opens or closes a raw element. */
    private static boolean isRawElement(String html, int lt) {
        int from = nameStart(html, lt);
        int to = from;
        while (to < html.length() && (isAsciiLetter(html.charAt(to)) || isAsciiDigit(html.charAt(to)))) {
            to++;
        }
        for (String raw : RAW) {
            if (raw.length() == to - from && html.regionMatches(true, from, raw, 0, raw.length())) {
                return true;
            }
        }
        return false;
    }

    private static int nameStart(String html, int lt) {
        return lt + 1 < html.length() && html.charAt(lt + 1) == '/' ? lt + 2 : lt + 1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Appends the text {@code [from, to)}, typeset when asked. Each rule only turns a plain space into another
     * space, next to characters no rule changes, and looks no further than the text (not into the tags around it).
     */
    private static void appendText(StringBuilder out, String html, int from, int to, boolean typeset) {
        if (!typeset) {
            out.append(html, from, to);
            return;
        }
        int written = from;
        for (int space = from; space < to; space++) {
            if (html.charAt(space) != ' ') {
                continue;
            }
            char before = space > from ? html.charAt(space - 1) : 0;
            char after = space + 1 < to ? html.charAt(space + 1) : 0;
            char replacement;
            if (before == '«' || after == '»' || after == ':') {
                replacement = NBSP;
            } else if (after == ';' || after == '!' || after == '?') {
                replacement = NNBSP;
            } else {
                continue;
            }
            out.append(html, written, space).append(replacement);
            written = space + 1;
        }
        out.append(html, written, to);
    }
}

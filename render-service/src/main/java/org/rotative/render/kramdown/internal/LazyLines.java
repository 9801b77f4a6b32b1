package org.rotative.render.kramdown.internal;

import java.util.regex.Pattern;

/**
 * What ends kramdown's lazy lines in block quotes and list items ({@code LAZY_END}): a block attribute list line, or a
 * line starting with the start or end tag of an HTML element other than kramdown's span-level ones.
 */
public final class LazyLines {

    private static final Pattern END = Pattern.compile("\\{:|</?(?!(?:a|abbr|acronym|b|big|bdo|br|button|cite|code"
            + "|del|dfn|em|i|img|input|ins|kbd|label|mark|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong"
            + "|sub|sup|tt|u|var)\\b)[A-Za-z_:]");

    /** Whether the line, from its first non-blank character at {@code from}, ends lazy continuation. */
    public static boolean ends(CharSequence line, int from) {
        return END.matcher(line).region(from, line.length()).lookingAt();
    }

    private LazyLines() {
    }
}

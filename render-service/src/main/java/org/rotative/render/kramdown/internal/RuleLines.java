package org.rotative.render.kramdown.internal;

/**
 * kramdown's {@code HR_START}, the same lines as CommonMark's thematic break: three or more of one of {@code *},
 * {@code -} or {@code _}, with nothing else on the line but spaces and tabs.
 */
public final class RuleLines {

    /** Whether the line, from its first non-blank character at {@code from}, is a rule. */
    public static boolean isRule(CharSequence line, int from) {
        char sign = line.charAt(from);
        if (sign != '*' && sign != '-' && sign != '_') {
            return false;
        }
        int count = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == sign) {
                count++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    private RuleLines() {
    }
}

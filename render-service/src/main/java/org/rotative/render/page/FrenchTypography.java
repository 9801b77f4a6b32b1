package org.rotative.render.page;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French typography the site's layout applies to a page: the space inside « » and before : becomes a no-break
 * space, before ; ! ? a narrow no-break space, so that no line starts with a lone punctuation mark. Only in text:
 * tags, attribute values, and the content of {@code pre}, {@code code}, {@code script}, {@code style},
 * {@code textarea} stay as written. Spaces are replaced, never added: "http://x" or "«mot»" are untouched.
 */
final class FrenchTypography {

    private static final char NBSP = '\u00A0';
    private static final char NNBSP = '\u202F';
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--.*?-->",
            Pattern.DOTALL);
    private static final Pattern RAW = Pattern.compile("pre|code|script|style|textarea");

    private FrenchTypography() {
    }

    static String apply(String html) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher tag = TAG.matcher(html);
        int raw = 0;
        int at = 0;
        while (tag.find()) {
            String text = html.substring(at, tag.start());
            out.append(raw > 0 ? text : text(text)).append(tag.group());
            String name = tag.group(2);
            if (name != null && RAW.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                raw = Math.max(0, raw + (tag.group(1).isEmpty() ? 1 : -1));
            }
            at = tag.end();
        }
        String rest = html.substring(at);
        return out.append(raw > 0 ? rest : text(rest)).toString();
    }

    /** One pass: each rule only turns a plain space into another space, next to characters no rule changes. */
    private static String text(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != ' ') {
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : 0;
            char after = i + 1 < out.length ? text.charAt(i + 1) : 0;
            if (before == '«' || after == '»' || after == ':') {
                out[i] = NBSP;
            } else if (after == ';' || after == '!' || after == '?') {
                out[i] = NNBSP;
            }
        }
        return new String(out);
    }
}

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
    private static final Pattern OPENING_QUOTE = Pattern.compile("« ");
    private static final Pattern CLOSING_QUOTE = Pattern.compile(" »");
    private static final Pattern COLON = Pattern.compile(" :");
    private static final Pattern HIGH_PUNCTUATION = Pattern.compile(" ([;!?])");

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

    private static String text(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        String t = OPENING_QUOTE.matcher(text).replaceAll("«" + NBSP);
        t = CLOSING_QUOTE.matcher(t).replaceAll(NBSP + "»");
        t = COLON.matcher(t).replaceAll(NBSP + ":");
        return HIGH_PUNCTUATION.matcher(t).replaceAll(NNBSP + "$1");
    }
}

package org.rotative.render.kramdown.typography.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's span parsers {@code smart_quotes} and {@code typographic_syms} run over a piece of text as kramdown's
 * scanner runs them: a quote is judged by its neighbours, including the character just before it when that character
 * is still part of the same run of text ({@code SQ_RULES} in {@code parser/kramdown/smart_quotes.rb}).
 */
final class KramdownTypography {

    private static final String PUNCT = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
    private static final String CLOSE = "[^ \\\\\\t\\r\\n\\[{(-]";
    /** Ruby's ASCII {@code \b} and {@code \B} next to a non-word character, as look-aheads. */
    private static final String NOT_WORD_NEXT = "(?![A-Za-z0-9_])";

    /**
     * One of kramdown's {@code SQ_RULES} and what its match becomes, piece by piece: {@code "1"} the text of group 1,
     * {@code "L2"} / {@code "R1"} a left / right quote of the kind (single or double) of group 2 / 1, else that quote.
     */
    private record Rule(Pattern pattern, String... results) {

        Rule(String regex, String... results) {
            this(Pattern.compile(regex, Pattern.MULTILINE | Pattern.DOTALL), results);
        }
    }

    /** kramdown's rules, tried in order; the last two match any quote. */
    private static final Rule[] RULES = {
        new Rule("(\"|')(?=[_*]{1,2}\\S)", "L1"),
        new Rule("(\"|')(?=" + PUNCT + "(?!\\.\\.)" + NOT_WORD_NEXT + ")", "R1"),
        new Rule("(\\s?)\"'(?=\\w)", "1", "“", "‘"),
        new Rule("(\\s?)'\"(?=\\w)", "1", "‘", "“"),
        new Rule("(\\s?)'(?=\\d\\ds)", "1", "’"),
        new Rule("(\\s)('|\")(?=\\w)", "1", "L2"),
        new Rule("(" + CLOSE + ")('|\")", "1", "R2"),
        new Rule("(\"|')(?=\\s|s" + NOT_WORD_NEXT + "|$)", "R1"),
        new Rule("(.?)'", "1", "‘"),
        new Rule("(.?)\"", "1", "“"),
    };

    private static final String[][] SYMBOLS = {
        {"---", "—"}, {"--", "–"}, {"...", "…"}, {"\\<<", "<<"}, {"\\>>", ">>"}, {"<< ", "«\u00a0"},
        {" >>", "\u00a0»"}, {"<<", "«"}, {">>", "»"},
    };

    /**
     * The text with kramdown's typography applied, as one replacement per input character: null for a character that
     * stays as it is, "" for one that a multi-character symbol swallowed, so that callers can cut the text back into
     * the nodes it came from. Null when nothing changes at all.
     */
    static String[] apply(String text) {
        String[] out = null;
        // One matcher per rule for the whole text, made when first needed: French text has an apostrophe every
        // few words.
        Matcher[] matchers = new Matcher[RULES.length];
        int i = 0;
        while (i < text.length()) {
            boolean quote = startsQuote(text, i);
            if (!quote && !startsSymbol(text.charAt(i))) {
                i++;
                continue;
            }
            if (out == null) {
                out = new String[text.length()];
            }
            int next = quote ? quote(text, i, out, matchers) : symbol(text, i, out);
            i = next == i ? i + 1 : next;
        }
        return out;
    }

    private static boolean startsSymbol(char c) {
        return c == '-' || c == '.' || c == '\\' || c == '<' || c == '>' || c == ' ';
    }

    private static boolean startsQuote(String text, int i) {
        return isQuote(text.charAt(i))
                || text.charAt(i) != '\\' && i + 1 < text.length() && isQuote(text.charAt(i + 1));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static int quote(String text, int start, String[] out, Matcher[] matchers) {
        for (int r = 0; r < RULES.length; r++) {
            Rule rule = RULES[r];
            if (matchers[r] == null) {
                matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            Matcher matcher = matchers[r].region(start, text.length());
            if (!matcher.lookingAt()) {
                continue;
            }
            int at = start;
            for (String result : rule.results()) {
                if (result.equals("1")) {
                    at += matcher.end(1) - matcher.start(1); // group 1 starts the match and stays as written
                } else if (result.length() == 2) {
                    boolean single = matcher.group(result.charAt(1) - '0').equals("'");
                    boolean left = result.charAt(0) == 'L';
                    out[at++] = single ? (left ? "‘" : "’") : (left ? "“" : "”");
                } else {
                    out[at++] = result;
                }
            }
            return at;
        }
        throw new IllegalStateException("the last two rules match any quote");
    }

    private static int symbol(String text, int start, String[] out) {
        for (String[] symbol : SYMBOLS) {
            if (text.startsWith(symbol[0], start)) {
                out[start] = symbol[1];
                for (int i = start + 1; i < start + symbol[0].length(); i++) {
                    out[i] = "";
                }
                return start + symbol[0].length();
            }
        }
        return start;
    }

    private KramdownTypography() {
    }
}

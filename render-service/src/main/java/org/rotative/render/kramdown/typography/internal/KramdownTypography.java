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
    /** What {@link #CLOSE} excludes besides blanks. */
    private static final String CLOSE_EXCLUDED = " \\\t\r\n[{(-";
    private static final String READ_APART = "\\*_`" + EscapedQuotes.DOUBLE + EscapedQuotes.SINGLE;
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
    /** For each ASCII character that starts a symbol, the characters that may follow it: a quick filter. */
    private static final String[] SYMBOL_SECONDS = new String[128];
    /**
     * The ASCII characters that may make the character before them, or themselves, start a quote or a symbol: quotes
     * and the second characters of symbols, all rare in prose. A character that is none of them, and is not followed
     * by one, is passed over at once.
     */
    private static final boolean[] NOTABLE = new boolean[128];

    static {
        for (String[] symbol : SYMBOLS) {
            char first = symbol[0].charAt(0);
            SYMBOL_SECONDS[first] = (SYMBOL_SECONDS[first] == null ? "" : SYMBOL_SECONDS[first]) + symbol[0].charAt(1);
            NOTABLE[symbol[0].charAt(1)] = true;
        }
        NOTABLE['"'] = true;
        NOTABLE['\''] = true;
    }

    /**
     * The text with kramdown's typography applied, as one replacement per input character: null for a character that
     * stays as it is, "" for one that a multi-character symbol swallowed, so that callers can cut the text back into
     * the nodes it came from. Null when nothing changes at all.
     */
    static String[] apply(String text) {
        String[] out = null;
        // One matcher per rule for the whole text, made when first needed: French text has an apostrophe every
        // few words.
        Matcher[] matchers = null;
        char[] chars = text.toCharArray(); // every character is looked at: no bounds checks on a String
        int i = 0;
        while (i < chars.length) {
            int notable = i;
            while (notable < chars.length && !isNotable(chars[notable])) {
                notable++;
            }
            if (notable == chars.length) {
                break;
            }
            // What comes before the character before a notable one can start nothing.
            i = Math.max(i, notable - 1);
            boolean quote = startsQuote(chars, i);
            String[] symbol = quote || !startsSymbol(chars, i) ? null : symbol(text, i);
            if (!quote && symbol == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new String[text.length()];
                matchers = new Matcher[RULES.length];
            }
            i = quote ? quote(text, i, out, matchers) : typeset(symbol, i, out);
        }
        return out;
    }

    private static boolean isNotable(char c) {
        return c < NOTABLE.length && NOTABLE[c];
    }

    /** Whether the two characters at {@code i} start one of the {@link #SYMBOLS}, all longer than one. */
    private static boolean startsSymbol(char[] chars, int i) {
        String seconds = chars[i] < SYMBOL_SECONDS.length ? SYMBOL_SECONDS[chars[i]] : null;
        return seconds != null && i + 1 < chars.length && seconds.indexOf(chars[i + 1]) >= 0;
    }

    /**
     * Whether a quote is read from {@code i}: a quote, or the character before one, unless another of kramdown's span
     * parsers reads that character first (an escape, an emphasis delimiter that stayed text, a lone backtick), which
     * leaves the quote without the character before it: {@code *"a"} has an opening quote.
     */
    private static boolean startsQuote(char[] chars, int i) {
        return isQuote(chars[i]) || READ_APART.indexOf(chars[i]) < 0 && i + 1 < chars.length && isQuote(chars[i + 1]);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static int quote(String text, int start, String[] out, Matcher[] matchers) {
        char before = text.charAt(start);
        if (!isQuote(before) && !Character.isWhitespace(before) && CLOSE_EXCLUDED.indexOf(before) < 0) {
            // The common apostrophe, as in "l'État": rules 1 to 6 need a quote or a blank here, so the rule
            // "(CLOSE)('|\")" is the first to match, and the quote closes.
            out[start + 1] = text.charAt(start + 1) == '\'' ? "’" : "”";
            return start + 2;
        }
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

    /** The symbol (written, typeset) that starts at {@code start}, or null. */
    private static String[] symbol(String text, int start) {
        for (String[] symbol : SYMBOLS) {
            if (text.startsWith(symbol[0], start)) {
                return symbol;
            }
        }
        return null;
    }

    private static int typeset(String[] symbol, int start, String[] out) {
        out[start] = symbol[1];
        for (int i = start + 1; i < start + symbol[0].length(); i++) {
            out[i] = "";
        }
        return start + symbol[0].length();
    }

    private KramdownTypography() {
    }
}

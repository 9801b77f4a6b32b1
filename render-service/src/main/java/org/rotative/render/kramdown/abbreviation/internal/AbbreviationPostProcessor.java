package org.rotative.render.kramdown.abbreviation.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.abbreviation.Abbreviation;
import org.rotative.render.kramdown.abbreviation.AbbreviationDefinition;
import org.rotative.render.kramdown.internal.Blocks;

/**
 * kramdown's {@code replace_abbreviations}: removes the definitions, then marks each occurrence of a defined
 * abbreviation in the document's text, longest abbreviation first, where it is neither preceded nor followed by a
 * word character (Ruby's ASCII {@code \w}, so {@code HTMLé} still matches). Image descriptions are left alone: kramdown
 * keeps them as an {@code alt} attribute.
 */
public final class AbbreviationPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Block block : Blocks.of(document)) {
            if (block instanceof AbbreviationDefinition definition) {
                titles.put(definition.getAbbreviation(), definition.getTitle());
                definition.unlink();
            }
        }
        if (titles.isEmpty()) {
            return document;
        }
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                // kramdown keeps an image's description as its alt attribute, without abbreviations.
            }

            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        Defined defined = new Defined(titles);
        texts.forEach(text -> mark(text, defined));
        return document;
    }

    /**
     * The defined abbreviations, looked up at a position by their lengths, longest first. A regular expression of every
     * abbreviation (kramdown's) tries each of them at every character: 10,000 definitions over a long text took seconds.
     */
    private static final class Defined {
        final Map<String, String> titles;
        final int[] lengths;
        final BitSet firstChars = new BitSet();

        Defined(Map<String, String> titles) {
            this.titles = titles;
            this.lengths = titles.keySet().stream().map(String::length).distinct().sorted(Comparator.reverseOrder())
                    .mapToInt(Integer::intValue).toArray();
            titles.keySet().forEach(abbreviation -> firstChars.set(abbreviation.charAt(0)));
        }

        /** The length of the longest abbreviation at {@code at} not followed by a word character, or 0. */
        int longestAt(String literal, int at) {
            if (!firstChars.get(literal.charAt(at)) || at > 0 && isWordChar(literal.charAt(at - 1))) {
                return 0;
            }
            for (int length : lengths) {
                int end = at + length;
                if (end <= literal.length() && (end == literal.length() || !isWordChar(literal.charAt(end)))
                        && titles.containsKey(literal.substring(at, end))) {
                    return length;
                }
            }
            return 0;
        }

        /** Ruby's ASCII {@code \w}. */
        private static boolean isWordChar(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
        }
    }

    /** Splits a text around the abbreviations it holds. */
    private static void mark(Text text, Defined defined) {
        String literal = text.getLiteral();
        int from = 0;
        int at = 0;
        while (at < literal.length()) {
            int length = defined.longestAt(literal, at);
            if (length == 0) {
                at++;
                continue;
            }
            if (at > from) {
                text.insertBefore(new Text(literal.substring(from, at)));
            }
            String abbreviation = literal.substring(at, at + length);
            Abbreviation node = new Abbreviation(defined.titles.get(abbreviation));
            node.appendChild(new Text(abbreviation));
            text.insertBefore(node);
            at += length;
            from = at;
        }
        if (from > 0) {
            if (from < literal.length()) {
                text.setLiteral(literal.substring(from));
            } else {
                text.unlink();
            }
        }
    }
}

package org.rotative.render.kramdown.abbreviation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        Pattern abbreviations = Pattern.compile("(?<!\\w)(?:" + titles.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?!\\w)");
        texts.forEach(text -> mark(text, abbreviations, titles));
        return document;
    }

    /** Splits a text around the abbreviations it holds. */
    private static void mark(Text text, Pattern abbreviations, Map<String, String> titles) {
        String literal = text.getLiteral();
        Matcher abbreviation = abbreviations.matcher(literal);
        int from = 0;
        while (abbreviation.find()) {
            if (abbreviation.start() > from) {
                text.insertBefore(new Text(literal.substring(from, abbreviation.start())));
            }
            Abbreviation node = new Abbreviation(titles.get(abbreviation.group()));
            node.appendChild(new Text(abbreviation.group()));
            text.insertBefore(node);
            from = abbreviation.end();
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

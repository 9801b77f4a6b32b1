package org.rotative.render.kramdown.footnote.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.footnote.FootnoteBacklinks;
import org.rotative.render.kramdown.footnote.FootnoteDefinition;
import org.rotative.render.kramdown.footnote.FootnoteReference;
import org.rotative.render.kramdown.footnote.Footnotes;
import org.rotative.render.kramdown.internal.Blocks;

/**
 * Turns {@code [^label]} in text into references to the document's definitions, numbered in order of first
 * reference, and gathers the referenced definitions at the end of the document, each with its links back.
 */
public final class FootnotePostProcessor implements PostProcessor {

    private static final Pattern REFERENCE = Pattern.compile("\\[\\^(\\w[\\w-]*)\\]");

    /** A referenced note: its number (by first reference) and how many references to it were met so far. */
    private static final class Referenced {
        final int number;
        int count;

        Referenced(int number) {
            this.number = number;
        }
    }

    @Override
    public Node process(Node document) {
        Map<String, FootnoteDefinition> definitions = new HashMap<>();
        for (Block block : Blocks.of(document)) {
            if (block instanceof FootnoteDefinition definition) {
                definitions.putIfAbsent(definition.getLabel(), definition);
            }
        }
        if (definitions.isEmpty()) {
            return document; // a reference to an undefined note stays text
        }
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("[^")) {
                    texts.add(text);
                }
            }
        });
        Map<String, Referenced> references = new LinkedHashMap<>(); // in numbering order
        for (Text text : texts) {
            refer(text, definitions, references);
        }
        definitions.values().forEach(Node::unlink);
        if (!references.isEmpty()) {
            Footnotes footnotes = new Footnotes();
            references.forEach((label, referenced) -> {
                FootnoteDefinition definition = definitions.get(label);
                Node last = definition.getLastChild();
                if (!(last instanceof Paragraph)) {
                    last = new Paragraph();
                    definition.appendChild(last);
                }
                last.appendChild(new FootnoteBacklinks(label, referenced.count));
                footnotes.appendChild(definition);
            });
            document.appendChild(footnotes);
        }
        return document;
    }

    /** Splits a text around the references it holds to defined notes. */
    private static void refer(Text text, Map<String, FootnoteDefinition> definitions,
            Map<String, Referenced> references) {
        if (text.getParent() instanceof Code) {
            return;
        }
        String literal = text.getLiteral();
        Matcher reference = REFERENCE.matcher(literal);
        int from = 0;
        Node before = text;
        while (reference.find()) {
            String label = reference.group(1);
            if (!definitions.containsKey(label)) {
                continue;
            }
            Referenced referenced = references.computeIfAbsent(label, l -> new Referenced(references.size() + 1));
            before = insertAfter(before, new Text(literal.substring(from, reference.start())));
            before = insertAfter(before, new FootnoteReference(label, referenced.number, referenced.count++));
            from = reference.end();
        }
        if (before != text) {
            insertAfter(before, new Text(literal.substring(from)));
            text.unlink();
        }
    }

    private static Node insertAfter(Node before, Node node) {
        if (node instanceof Text text && text.getLiteral().isEmpty()) {
            return before;
        }
        before.insertAfter(node);
        return node;
    }
}

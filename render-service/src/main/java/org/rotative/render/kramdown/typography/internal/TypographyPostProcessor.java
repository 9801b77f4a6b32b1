package org.rotative.render.kramdown.typography.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Applies kramdown's typography to every run of text: consecutive text nodes and the soft line breaks between them,
 * which kramdown sees as one piece of text. Image descriptions are kept as written, as kramdown keeps {@code alt}.
 */
public final class TypographyPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                Node run = null; // the first node of the current run of text
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    if (!isRunPart(child)) {
                        apply(run, child);
                        run = null;
                        child.accept(this);
                    } else if (run == null) {
                        run = child;
                    }
                }
                apply(run, null);
            }

            @Override
            public void visit(Image image) {
                // alt text stays as written
                restoreQuotes(image);
            }
        });
        return document;
    }

    private static boolean isRunPart(Node node) {
        return node instanceof Text || node instanceof SoftLineBreak;
    }

    /** Typesets the run of text nodes from {@code first} to {@code end}, excluded. */
    private static void apply(Node first, Node end) {
        if (first == null) {
            return;
        }
        String[] typeset = KramdownTypography.apply(first.getNext() == end ? literal(first) : text(first, end));
        int at = 0;
        for (Node node = first; node != end; node = node.getNext()) {
            if (node instanceof Text t) {
                String written = t.getLiteral();
                if (EscapedQuotes.in(written)) {
                    t.setLiteral(typeset == null ? EscapedQuotes.restored(written)
                            : typesetAroundEscapedQuotes(written, typeset, at));
                    at += EscapedQuotes.asRead(written).length();
                } else {
                    if (typeset != null) {
                        t.setLiteral(typeset(written, typeset, at));
                    }
                    at += written.length();
                }
            } else {
                at++;
            }
        }
    }

    /** Puts back the escaped quotes of text that is not typeset. */
    private static void restoreQuotes(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                t.setLiteral(EscapedQuotes.restored(t.getLiteral()));
            }
            restoreQuotes(child);
        }
    }

    private static String text(Node first, Node end) {
        StringBuilder text = new StringBuilder();
        for (Node node = first; node != end; node = node.getNext()) {
            text.append(literal(node));
        }
        return text.toString();
    }

    private static String literal(Node node) {
        return node instanceof Text t ? EscapedQuotes.asRead(t.getLiteral()) : "\n";
    }

    /** {@code written}, free of escaped quotes, with the replacements of its characters from {@code from} on. */
    private static String typeset(String written, String[] typeset, int from) {
        StringBuilder literal = null;
        int copied = 0; // written[0, copied) is in literal
        for (int i = 0; i < written.length(); i++) {
            String replacement = typeset[from + i];
            if (replacement != null) {
                if (literal == null) {
                    literal = new StringBuilder(written.length() + 8);
                }
                literal.append(written, copied, i).append(replacement);
                copied = i + 1;
            }
        }
        return literal == null ? written : literal.append(written, copied, written.length()).toString();
    }

    /** {@code written} with its replacements, each escaped quote (two characters in {@code typeset}) straight. */
    private static String typesetAroundEscapedQuotes(String written, String[] typeset, int from) {
        StringBuilder literal = new StringBuilder(written.length());
        int at = from;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (EscapedQuotes.isMarker(c)) {
                literal.append(c == EscapedQuotes.DOUBLE ? '"' : '\'');
                at += 2;
            } else {
                literal.append(typeset[at] == null ? String.valueOf(c) : typeset[at]);
                at++;
            }
        }
        return literal.toString();
    }
}

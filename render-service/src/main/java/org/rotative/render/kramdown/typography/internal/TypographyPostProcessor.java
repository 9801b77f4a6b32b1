package org.rotative.render.kramdown.typography.internal;

import java.util.ArrayList;
import java.util.List;

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
                List<Node> run = new ArrayList<>();
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    if (isRunPart(child)) {
                        run.add(child);
                    } else {
                        apply(run);
                        run.clear();
                        child.accept(this);
                    }
                }
                apply(run);
            }

            @Override
            public void visit(Image image) {
                // alt text stays as written
            }
        });
        return document;
    }

    private static boolean isRunPart(Node node) {
        return node instanceof Text || node instanceof SoftLineBreak;
    }

    private static void apply(List<Node> run) {
        if (run.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        run.forEach(node -> text.append(node instanceof Text t ? t.getLiteral() : "\n"));
        String[] typeset = KramdownTypography.apply(text.toString());
        if (typeset == null) {
            return;
        }
        int at = 0;
        for (Node node : run) {
            if (node instanceof Text t) {
                String written = t.getLiteral();
                StringBuilder literal = new StringBuilder(written.length());
                for (int i = 0; i < written.length(); i++, at++) {
                    if (typeset[at] == null) {
                        literal.append(written.charAt(i));
                    } else {
                        literal.append(typeset[at]);
                    }
                }
                t.setLiteral(literal.toString());
            } else {
                at++;
            }
        }
    }
}

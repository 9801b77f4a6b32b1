package org.rotative.render.kramdown.emphasis.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Undoes CommonMark's emphasis into its delimiters, then pairs them again with {@link KramdownEmphasis} in every node
 * whose text holds {@code *} or {@code _}, escaped or not.
 */
public final class EmphasisPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<Node> emphases = new ArrayList<>();
        Set<Node> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Emphasis emphasis) {
                found(emphasis);
            }

            @Override
            public void visit(StrongEmphasis strongEmphasis) {
                found(strongEmphasis);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof EscapedDelimiter) {
                    parents.add(parentOnceUnwrapped(node)); // to be written back as text
                } else {
                    visitChildren(node);
                }
            }

            @Override
            public void visit(Text text) {
                if (text.getLiteral().indexOf('*') >= 0 || text.getLiteral().indexOf('_') >= 0) {
                    parents.add(parentOnceUnwrapped(text));
                }
            }

            private void found(Node emphasis) {
                emphases.add(emphasis);
                parents.add(parentOnceUnwrapped(emphasis)); // where its delimiters will be
                visitChildren(emphasis);
            }
        });
        emphases.forEach(EmphasisPostProcessor::unwrap);
        parents.forEach(KramdownEmphasis::pair);
        return document;
    }

    /** The parent a node has once every emphasis is unwrapped: its closest ancestor that is no emphasis. */
    private static Node parentOnceUnwrapped(Node node) {
        Node parent = node.getParent();
        while (parent instanceof Emphasis || parent instanceof StrongEmphasis) {
            parent = parent.getParent();
        }
        return parent;
    }

    /** Replaces an emphasis by its opening delimiter, its content and its closing delimiter. */
    private static void unwrap(Node emphasis) {
        String delimiter = emphasis instanceof Emphasis e ? e.getOpeningDelimiter()
                : ((StrongEmphasis) emphasis).getOpeningDelimiter();
        emphasis.insertBefore(new Text(delimiter));
        for (Node child = emphasis.getFirstChild(); child != null; child = emphasis.getFirstChild()) {
            emphasis.insertBefore(child);
        }
        emphasis.insertBefore(new Text(delimiter));
        emphasis.unlink();
    }
}

package org.rotative.render.kramdown.internal;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Block;
import org.commonmark.node.Node;

/**
 * A document's blocks, for code that looks for blocks only: a visitor would also walk every inline node
 * (text, emphasis, links), which are most of a document's nodes.
 */
public final class Blocks {

    /** The blocks under {@code root}, each before its children, in document order; taken before any change. */
    public static List<Block> of(Node root) {
        List<Block> blocks = new ArrayList<>();
        collect(root, blocks);
        return blocks;
    }

    private static void collect(Node parent, List<Block> blocks) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Block block) {
                blocks.add(block);
                collect(block, blocks);
            }
        }
    }

    private Blocks() {
    }
}

package org.rotative.render.kramdown.html.internal;

import org.commonmark.node.Block;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.internal.Blocks;

/** Moves the Markdown that followed an HTML element's end tag out of the element, right after it. */
public final class HtmlBlockPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        for (Block block : Blocks.of(document)) {
            if (!(block instanceof HtmlBlock)) {
                continue;
            }
            Node after = block;
            for (Node child = block.getFirstChild(); child != null; child = block.getFirstChild()) {
                after.insertAfter(child);
                after = child;
            }
        }
        return document;
    }
}

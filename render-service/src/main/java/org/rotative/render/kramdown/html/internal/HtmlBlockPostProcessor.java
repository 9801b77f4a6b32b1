package org.rotative.render.kramdown.html.internal;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/** Moves the Markdown that followed an HTML element's end tag out of the element, right after it. */
public final class HtmlBlockPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<HtmlBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                blocks.add(htmlBlock);
                visitChildren(htmlBlock);
            }
        });
        for (HtmlBlock block : blocks) {
            Node after = block;
            for (Node child = block.getFirstChild(); child != null; child = block.getFirstChild()) {
                after.insertAfter(child);
                after = child;
            }
        }
        return document;
    }
}

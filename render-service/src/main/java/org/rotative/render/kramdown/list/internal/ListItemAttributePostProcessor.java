package org.rotative.render.kramdown.list.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.ial.AttributeList;
import org.rotative.render.kramdown.ial.BlockAttributeList;
import org.rotative.render.kramdown.internal.LeadingAttributeList;

/** Gives an item the attribute list its text starts with ({@code * {:target="_blank"} text}), as kramdown does. */
public final class ListItemAttributePostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                if (item.getFirstChild() instanceof Paragraph first) {
                    LeadingAttributeList.moveTo(first, item);
                } else if (item.getFirstChild() instanceof BlockAttributeList only) {
                    // Alone on the item's line, the list was read as a block's.
                    item.appendChild(new AttributeList(only.getAttributes()));
                    only.unlink();
                }
                visitChildren(item);
            }
        });
        return document;
    }
}

package org.rotative.render.kramdown.internal;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.rotative.render.kramdown.ial.AttributeList;
import org.rotative.render.kramdown.ial.SpanAttributeList;

/**
 * kramdown's {@code LIST_ITEM_IAL}: an attribute list written first in a list item, definition or term
 * ({@code * {:.class} text}) gives its attributes to the item, not to the text after it.
 */
public final class LeadingAttributeList {

    /** Moves a {@code {:…}} that starts {@code content} to {@code item}, with the blanks after it. */
    public static void moveTo(Node content, Node item) {
        if (content.getFirstChild() instanceof SpanAttributeList list) {
            item.appendChild(new AttributeList(list.getAttributes()));
            list.unlink();
            if (content.getFirstChild() instanceof Text text) {
                text.setLiteral(text.getLiteral().stripLeading());
            }
        }
    }

    private LeadingAttributeList() {
    }
}

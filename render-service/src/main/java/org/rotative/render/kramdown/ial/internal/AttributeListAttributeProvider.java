package org.rotative.render.kramdown.ial.internal;

import java.util.Map;

import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.rotative.render.kramdown.ial.AttributeList;

/** Puts the attributes of a node's attribute lists on its tag; classes add up, other attributes replace. */
public final class AttributeListAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributeList list) {
                AttributeListSyntax.merge(attributes, list.getAttributes());
            }
        }
    }
}

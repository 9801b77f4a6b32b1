package org.rotative.render.kramdown.ial.internal;

import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.rotative.render.kramdown.ial.AttributeList;

/** Attribute lists show only through their parent's attributes: the node itself writes nothing. */
public final class AttributeListRenderer implements NodeRenderer {

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(AttributeList.class);
    }

    @Override
    public void render(Node node) {
        // Nothing: AttributeListAttributeProvider has put the attributes on the parent's tag.
    }
}

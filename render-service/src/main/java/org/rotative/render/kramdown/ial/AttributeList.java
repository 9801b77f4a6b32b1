package org.rotative.render.kramdown.ial;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.commonmark.node.CustomNode;

/**
 * The attributes a kramdown inline attribute list ({@code {: .class #id key="value"}}) gives to its parent node, the
 * block or span it was written after. It renders nothing itself; the attributes end up on its parent's tag.
 */
public class AttributeList extends CustomNode {

    private final Map<String, String> attributes;

    public AttributeList(Map<String, String> attributes) {
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Attribute names to values, {@code class} holding the space-separated class names. */
    public Map<String, String> getAttributes() {
        return attributes;
    }
}

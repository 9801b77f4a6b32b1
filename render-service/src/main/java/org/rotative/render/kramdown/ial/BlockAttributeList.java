package org.rotative.render.kramdown.ial;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.node.CustomBlock;

/**
 * A block inline attribute list, a line of its own such as {@code {: .lien-important}}, before it is attached to the
 * block it applies to: the block right above it, or else the next one. One that applies to nothing is dropped.
 */
public class BlockAttributeList extends CustomBlock {

    private final Map<String, String> attributes;
    private final List<String> references;

    public BlockAttributeList(Map<String, String> attributes, List<String> references) {
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.references = List.copyOf(references);
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }

    /** Names of attribute list definitions whose attributes come first. */
    public List<String> getReferences() {
        return references;
    }
}

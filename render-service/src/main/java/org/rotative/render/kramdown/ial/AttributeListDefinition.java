package org.rotative.render.kramdown.ial;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.node.CustomBlock;

/**
 * A kramdown attribute list definition, {@code {:encadre: .encadre role="presentation"}}: a named set of attributes
 * that attribute lists anywhere in the document use by name ({@code {: encadre}}). It renders nothing.
 */
public class AttributeListDefinition extends CustomBlock {

    private final String name;
    private final Map<String, String> attributes;
    private final List<String> references;

    public AttributeListDefinition(String name, Map<String, String> attributes, List<String> references) {
        this.name = name;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.references = List.copyOf(references);
    }

    public String getName() {
        return name;
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }

    /** Names of other definitions whose attributes come first. */
    public List<String> getReferences() {
        return references;
    }
}

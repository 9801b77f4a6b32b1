package org.rotative.render.kramdown.ial;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.node.CustomNode;

/**
 * A span inline attribute list such as {@code {:target="_blank"}}, before it is attached to the link, image, emphasis
 * or code span right before it. After plain text it applies to nothing and becomes text again.
 */
public class SpanAttributeList extends CustomNode {

    private final Map<String, String> attributes;
    private final List<String> references;
    private final String source;

    public SpanAttributeList(Map<String, String> attributes, List<String> references, String source) {
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.references = List.copyOf(references);
        this.source = source;
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }

    /** Names of attribute list definitions whose attributes come first. */
    public List<String> getReferences() {
        return references;
    }

    /** The list as written, for when it stays text. */
    public String getSource() {
        return source;
    }
}

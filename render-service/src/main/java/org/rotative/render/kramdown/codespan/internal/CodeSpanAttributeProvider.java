package org.rotative.render.kramdown.codespan.internal;

import java.util.Map;

import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Adds Rouge's classes for Jekyll's default language, plain text, to every code span. */
public final class CodeSpanAttributeProvider implements AttributeProvider {

    private static final String CLASSES = "language-plaintext highlighter-rouge";

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Code) {
            attributes.merge("class", CLASSES, (written, rouge) -> rouge + " " + written);
        }
    }
}

package org.rotative.render.kramdown.codespan.internal;

import java.util.Map;

import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.rotative.render.kramdown.internal.Rouge;

/**
 * Gives code spans Rouge's classes: the language of a {@code language-xxx} class from an attribute list, else
 * Jekyll's default, plain text. A language Rouge does not know leaves the classes as written, as in kramdown.
 */
public final class CodeSpanAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Code) {
            String classes = attributes.get("class");
            String language = Rouge.language(classes);
            if (Rouge.highlights(language)) {
                attributes.put("class", Rouge.highlightedClasses(classes,
                        language == null ? Rouge.DEFAULT_LANGUAGE : language));
            }
        }
    }
}

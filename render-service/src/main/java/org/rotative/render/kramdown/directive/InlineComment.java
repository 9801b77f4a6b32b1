package org.rotative.render.kramdown.directive;

import org.commonmark.node.CustomNode;

/** A kramdown comment ({@code {::comment}…{:/comment}}) written as a span: an HTML comment in the page. */
public class InlineComment extends CustomNode {

    private final String text;

    public InlineComment(String text) {
        this.text = text;
    }

    /** The comment as written between its tags. */
    public String getText() {
        return text;
    }
}

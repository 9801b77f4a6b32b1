package org.rotative.render.kramdown.directive;

import org.commonmark.node.CustomBlock;

/** A kramdown comment ({@code {::comment}…{:/comment}}) written as a block: an HTML comment in the page. */
public class Comment extends CustomBlock {

    private final String text;

    public Comment(String text) {
        this.text = text;
    }

    /** The comment as written between its tags. */
    public String getText() {
        return text;
    }
}

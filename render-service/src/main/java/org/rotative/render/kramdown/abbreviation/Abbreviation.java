package org.rotative.render.kramdown.abbreviation;

import org.commonmark.node.CustomNode;

/**
 * An occurrence of a defined abbreviation in the text; its child is the abbreviation as {@code Text}, so that what
 * reads the text of a heading (its id) still sees it.
 */
public class Abbreviation extends CustomNode {

    private final String title;

    public Abbreviation(String title) {
        this.title = title;
    }

    /** The expansion of the abbreviation; empty for none. */
    public String getTitle() {
        return title;
    }
}

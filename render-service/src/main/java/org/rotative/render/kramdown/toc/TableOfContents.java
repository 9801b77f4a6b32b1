package org.rotative.render.kramdown.toc;

import org.commonmark.node.CustomBlock;

/** Where the table of contents goes, in place of the list marked {@code {:toc}}; its entries are made when rendered. */
public class TableOfContents extends CustomBlock {

    private final boolean ordered;

    public TableOfContents(boolean ordered) {
        this.ordered = ordered;
    }

    /** Whether the marked list was ordered ({@code 1. TOC}): the table is then made of {@code <ol>}. */
    public boolean isOrdered() {
        return ordered;
    }
}

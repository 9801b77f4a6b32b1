package org.rotative.render.kramdown.footnote;

import org.commonmark.node.CustomNode;

/** The links from the end of a note back to each of its references. */
public class FootnoteBacklinks extends CustomNode {

    private final String label;
    private final int references;

    public FootnoteBacklinks(String label, int references) {
        this.label = label;
        this.references = references;
    }

    public String getLabel() {
        return label;
    }

    /** How many references the note has. */
    public int getReferences() {
        return references;
    }
}

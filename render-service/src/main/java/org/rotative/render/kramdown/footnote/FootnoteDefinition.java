package org.rotative.render.kramdown.footnote;

import org.commonmark.node.CustomBlock;

/** The content of a footnote, {@code [^label]: …}; once referenced, it is moved into {@link Footnotes}. */
public class FootnoteDefinition extends CustomBlock {

    private final String label;

    public FootnoteDefinition(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

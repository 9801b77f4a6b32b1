package org.rotative.render.kramdown.footnote;

import org.commonmark.node.CustomNode;

/** A reference {@code [^label]} to a footnote: its number, and which reference to that note it is (0 for the first). */
public class FootnoteReference extends CustomNode {

    private final String label;
    private final int number;
    private final int occurrence;

    public FootnoteReference(String label, int number, int occurrence) {
        this.label = label;
        this.number = number;
        this.occurrence = occurrence;
    }

    public String getLabel() {
        return label;
    }

    public int getNumber() {
        return number;
    }

    public int getOccurrence() {
        return occurrence;
    }
}

package org.rotative.render.kramdown.deflist;

import org.commonmark.node.CustomBlock;

/** {@code <dl>}: {@link DefinitionTerm}s and {@link DefinitionDescription}s in the order written. */
public class DefinitionList extends CustomBlock {

    private final boolean termsAbove;

    public DefinitionList(boolean termsAbove) {
        this.termsAbove = termsAbove;
    }

    /**
     * Whether its terms are still the paragraph right before it (a blank line came between them and the first
     * definition), to be taken in once parsed.
     */
    public boolean hasTermsAbove() {
        return termsAbove;
    }
}

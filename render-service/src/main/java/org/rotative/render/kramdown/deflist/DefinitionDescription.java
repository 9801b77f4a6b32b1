package org.rotative.render.kramdown.deflist;

import org.commonmark.node.CustomBlock;

/** {@code <dd>}: a definition, made of blocks. */
public class DefinitionDescription extends CustomBlock {

    private final boolean firstAsParagraph;

    public DefinitionDescription(boolean firstAsParagraph) {
        this.firstAsParagraph = firstAsParagraph;
    }

    /** Whether its first paragraph keeps its {@code <p>}: a blank line came before the definition. */
    public boolean isFirstAsParagraph() {
        return firstAsParagraph;
    }
}

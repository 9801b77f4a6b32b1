package org.rotative.render.kramdown.abbreviation;

import org.commonmark.node.CustomBlock;

/** {@code *[HTML]: Hyper Text Markup Language}: defines an abbreviation for the whole document; renders nothing. */
public class AbbreviationDefinition extends CustomBlock {

    private final String abbreviation;
    private final String title;

    public AbbreviationDefinition(String abbreviation, String title) {
        this.abbreviation = abbreviation;
        this.title = title;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    /** The expansion, stripped; empty when the definition gives none. */
    public String getTitle() {
        return title;
    }
}

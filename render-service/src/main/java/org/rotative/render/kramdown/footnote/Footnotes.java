package org.rotative.render.kramdown.footnote;

import org.commonmark.node.CustomBlock;

/** The notes of a document, in number order, at its end; children are {@link FootnoteDefinition}s. */
public class Footnotes extends CustomBlock {
}

package org.rotative.render.kramdown.deflist;

import org.commonmark.node.CustomBlock;

/** {@code <dt>}: one line of the paragraph before the definitions, as inline content. */
public class DefinitionTerm extends CustomBlock {
}

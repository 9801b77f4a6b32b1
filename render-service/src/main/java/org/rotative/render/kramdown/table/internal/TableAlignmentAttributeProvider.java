package org.rotative.render.kramdown.table.internal;

import java.util.Map;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Turns a cell's {@code align} into kramdown's {@code style="text-align: …"}. */
public final class TableAlignmentAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        String align = node instanceof TableCell ? attributes.remove("align") : null;
        if (align != null) {
            attributes.put("style", "text-align: " + align);
        }
    }
}

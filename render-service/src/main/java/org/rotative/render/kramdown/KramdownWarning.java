package org.rotative.render.kramdown;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * Something written that the extensions read as kramdown does, but not as its author most likely meant, and that
 * kramdown warns about too: for the editor, beside the page. Post-processors add it at the end of the document; the
 * renderer takes it off before writing the HTML.
 */
public class KramdownWarning extends CustomNode {

    private final int line;
    private final String message;

    /**
     * @param line    1-based line of the text the document was parsed from; 0 when not known
     * @param message what was read, and how it shows in the page
     */
    public KramdownWarning(int line, String message) {
        this.line = line;
        this.message = message;
    }

    /** Adds a warning at the end of the document that {@code node} belongs to. */
    public static void add(Node node, int line, String message) {
        Node root = node;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        root.appendChild(new KramdownWarning(line, message));
    }

    public int getLine() {
        return line;
    }

    public String getMessage() {
        return message;
    }
}

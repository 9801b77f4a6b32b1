package org.rotative.render.kramdown.internal;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The lines a block spans in its document: kramdown attaches attribute lists, tables of contents and list paragraphs
 * by whether blocks stand on consecutive lines.
 */
public final class SourceLines {

    /** A block without source position (made by a post-processor): never on the line next to another. */
    private static final int UNKNOWN = -2;

    /** The block's first line, 0-based. */
    public static int first(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? UNKNOWN : spans.get(0).getLineIndex();
    }

    /** The block's last line, 0-based. */
    public static int last(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? UNKNOWN : spans.get(spans.size() - 1).getLineIndex();
    }

    /** The 1-based line where the block around {@code node} starts, for messages; 0 when none is known. */
    public static int lineOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                return at.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }

    private SourceLines() {
    }
}

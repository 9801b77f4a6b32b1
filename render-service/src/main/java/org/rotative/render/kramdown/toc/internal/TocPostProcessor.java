package org.rotative.render.kramdown.toc.internal;

import org.commonmark.node.Block;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.ial.BlockAttributeList;
import org.rotative.render.kramdown.internal.Blocks;
import org.rotative.render.kramdown.internal.SourceLines;
import org.rotative.render.kramdown.toc.TableOfContents;

/**
 * Replaces the first list that a {@code {:toc}} attribute list applies to (written on the line right under it, maybe
 * after other attribute lists) by a {@link TableOfContents}, as kramdown's {@code convert_ul} takes the first list
 * referring to {@code toc}. The attribute lists stay, to be attached to the table of contents as they would have
 * been to the list.
 */
public final class TocPostProcessor implements PostProcessor {

    private static final String TOC = "toc";

    @Override
    public Node process(Node document) {
        for (Block block : Blocks.of(document)) {
            ListBlock target = block instanceof BlockAttributeList list && list.getReferences().contains(TOC)
                    ? listAbove(list) : null;
            if (target != null) {
                TableOfContents toc = new TableOfContents(target instanceof OrderedList);
                toc.setSourceSpans(target.getSourceSpans());
                target.insertBefore(toc);
                target.unlink();
                break;
            }
        }
        return document;
    }

    /** The list on the line right above the run of attribute lists this one belongs to. */
    private static ListBlock listAbove(Node list) {
        Node previous = list.getPrevious();
        int line = SourceLines.first(list);
        while (previous instanceof BlockAttributeList && SourceLines.last(previous) == line - 1) {
            line = SourceLines.first(previous);
            previous = previous.getPrevious();
        }
        return previous instanceof ListBlock target && SourceLines.last(target) == line - 1 ? target : null;
    }
}

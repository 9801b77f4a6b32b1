package org.rotative.render.kramdown.deflist.internal;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Block;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.deflist.DefinitionDescription;
import org.rotative.render.kramdown.deflist.DefinitionList;
import org.rotative.render.kramdown.deflist.DefinitionTerm;
import org.rotative.render.kramdown.internal.Blocks;
import org.rotative.render.kramdown.internal.LeadingAttributeList;

/**
 * Finishes the lists: terms written a blank line above are taken in, one per line; an attribute list at the start of
 * a term or of a definition's first paragraph goes to its {@code <dt>} or {@code <dd>} (kramdown's
 * {@code LIST_ITEM_IAL}); a list right after another joins it, as kramdown appends to the list before.
 */
public final class DefinitionListPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<DefinitionList> lists = new ArrayList<>();
        for (Block block : Blocks.of(document)) {
            if (block instanceof DefinitionList list) {
                lists.add(list);
            }
        }
        for (DefinitionList list : lists) {
            if (list.hasTermsAbove() && list.getPrevious() instanceof Paragraph paragraph) {
                takeTerms(paragraph, list);
            }
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                Node content = item instanceof DefinitionDescription ? item.getFirstChild() : item;
                if (content instanceof DefinitionTerm || content instanceof Paragraph) {
                    LeadingAttributeList.moveTo(content, item);
                }
            }
        }
        for (DefinitionList list : lists) {
            if (list.getPrevious() instanceof DefinitionList before) {
                while (list.getFirstChild() != null) {
                    before.appendChild(list.getFirstChild());
                }
                list.unlink();
            }
        }
        return document;
    }

    /** One term per line of the paragraph, before the list's definitions. */
    private static void takeTerms(Paragraph paragraph, DefinitionList list) {
        Node first = list.getFirstChild();
        DefinitionTerm term = new DefinitionTerm();
        first.insertBefore(term);
        while (paragraph.getFirstChild() != null) {
            Node inline = paragraph.getFirstChild();
            if (inline instanceof SoftLineBreak || inline instanceof HardLineBreak) {
                inline.unlink();
                term = new DefinitionTerm();
                first.insertBefore(term);
            } else {
                term.appendChild(inline);
            }
        }
        paragraph.unlink();
    }
}

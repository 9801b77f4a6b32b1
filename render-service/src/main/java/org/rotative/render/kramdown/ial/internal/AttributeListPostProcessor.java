package org.rotative.render.kramdown.ial.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.KramdownWarning;
import org.rotative.render.kramdown.ial.AttributeList;
import org.rotative.render.kramdown.ial.AttributeListDefinition;
import org.rotative.render.kramdown.ial.BlockAttributeList;
import org.rotative.render.kramdown.ial.SpanAttributeList;
import org.rotative.render.kramdown.internal.SourceLines;

/**
 * Attaches attribute lists to what they apply to. A block list goes to the block on the line right above it (several
 * lists in a row all go there), else to the next block (see {@link #below}); otherwise it applies to nothing. A span
 * list {@code {:…}} goes to the link, image, emphasis or code span it directly follows, or to the raw HTML element
 * that ends there (its start tag is written again); after plain text it stays text, as in kramdown. Names in a list
 * bring in the attributes of the definitions ({@code {:name: …}}) of the document, wherever they are written.
 */
public final class AttributeListPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        Collector collector = new Collector();
        document.accept(collector);
        Map<String, AttributeListDefinition> definitions = new HashMap<>();
        for (AttributeListDefinition definition : collector.definitions) {
            definitions.putIfAbsent(definition.getName(), definition);
            definition.unlink();
        }
        Map<BlockAttributeList, RunEnd> runEnds = runEnds(collector.blocks);
        for (BlockAttributeList list : collector.blocks) {
            attachBlock(list, runEnds.get(list),
                    resolve(list.getReferences(), list.getAttributes(), definitions, new HashSet<>()));
        }
        RawTagAttributes rawTags = new RawTagAttributes();
        for (SpanAttributeList list : collector.spans) {
            attachSpan(list, rawTags,
                    resolve(list.getReferences(), list.getAttributes(), definitions, new HashSet<>()));
        }
        return document;
    }

    /** kramdown's {@code update_attr_with_ial}: the referenced definitions' attributes, then the list's own. */
    private static Map<String, String> resolve(List<String> references, Map<String, String> own,
            Map<String, AttributeListDefinition> definitions, Set<String> seen) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String reference : references) {
            AttributeListDefinition definition = definitions.get(reference);
            if (definition != null && seen.add(reference)) {
                AttributeListSyntax.merge(attributes, resolve(definition.getReferences(), definition.getAttributes(),
                        definitions, seen));
            }
        }
        AttributeListSyntax.merge(attributes, own);
        return attributes;
    }

    private static void attachBlock(BlockAttributeList list, RunEnd runEnd, Map<String, String> attributes) {
        Node target = above(list);
        if (target == null) {
            target = below(list, runEnd);
        }
        if (target != null) {
            target.appendChild(new AttributeList(attributes));
        }
        list.unlink();
    }

    /** The block directly above, skipping the other lists of a run of lists. */
    private static Node above(Node list) {
        Node previous = list.getPrevious();
        int line = SourceLines.first(list);
        while (previous instanceof BlockAttributeList && SourceLines.first(previous) == line - 1) {
            line--;
            previous = previous.getPrevious();
        }
        return previous != null && !(previous instanceof BlockAttributeList) && SourceLines.last(previous) == line - 1
                ? previous : null;
    }

    /**
     * The next block, skipping the other lists of a run of lists. Blank lines may come between only when one came
     * before the list too: kramdown gives a list at the start of a container followed by a blank line to that blank.
     */
    private static Node below(Node list, RunEnd runEnd) {
        Node next = runEnd.next();
        return next != null && (SourceLines.first(next) == runEnd.line() + 1 || list.getPrevious() != null) ? next
                : null;
    }

    /**
     * @param next the block after a run of lists, or null
     * @param line the line of the run's last list
     */
    private record RunEnd(Node next, int line) {
    }

    /**
     * Where the run of each list ends, computed from the last list backwards before any list is unlinked: walking
     * forward from each list was quadratic in a run of thousands.
     */
    private static Map<BlockAttributeList, RunEnd> runEnds(List<BlockAttributeList> lists) {
        Map<BlockAttributeList, RunEnd> ends = new IdentityHashMap<>();
        for (int i = lists.size() - 1; i >= 0; i--) {
            BlockAttributeList list = lists.get(i);
            Node next = list.getNext();
            ends.put(list, next instanceof BlockAttributeList following ? ends.get(following)
                    : new RunEnd(next, SourceLines.first(list)));
        }
        return ends;
    }

    /** Attaches a list to the span before it (through a run of lists), or turns it back into text. */
    private static void attachSpan(SpanAttributeList list, RawTagAttributes rawTags,
            Map<String, String> attributes) {
        Node target = list.getPrevious();
        while (target instanceof AttributeList) {
            target = target.getPrevious();
        }
        HtmlInline startTag = target instanceof HtmlInline html ? rawTags.startTagOf(html) : null;
        if (startTag != null) {
            startTag.setLiteral(RawTagAttributes.withAttributes(startTag.getLiteral(), attributes));
        } else if (target instanceof HtmlInline html && html.getLiteral().startsWith("<!--")
                || target instanceof Text text && endsWithTypography(text.getLiteral())) {
            // kramdown gives it to the comment, quote or symbol, elements with no attributes to write.
        } else if (target == null || target instanceof Text || target instanceof SoftLineBreak
                || target instanceof HardLineBreak || target instanceof HtmlInline) {
            KramdownWarning.add(list, SourceLines.lineOf(list), "the attribute list " + list.getSource()
                    + " (in the block starting on that line) follows no link, image, emphasis, code or HTML "
                    + "element, so it applies to nothing: it is written as text");
            list.insertBefore(new Text(list.getSource()));
        } else {
            target.appendChild(new AttributeList(attributes));
        }
        list.unlink();
    }

    /** Whether the text ends with what kramdown reads as a smart quote or typographic symbol, not as text. */
    private static boolean endsWithTypography(String text) {
        return text.endsWith("\"") || text.endsWith("'") || text.endsWith("--") || text.endsWith("...")
                || text.endsWith("<<") || text.endsWith(">>");
    }

    private static final class Collector extends AbstractVisitor {

        final List<AttributeListDefinition> definitions = new ArrayList<>();
        final List<BlockAttributeList> blocks = new ArrayList<>();
        final List<SpanAttributeList> spans = new ArrayList<>();

        @Override
        public void visit(CustomBlock customBlock) {
            if (customBlock instanceof BlockAttributeList list) {
                blocks.add(list);
            } else if (customBlock instanceof AttributeListDefinition definition) {
                definitions.add(definition);
            }
            visitChildren(customBlock);
        }

        @Override
        public void visit(CustomNode customNode) {
            if (customNode instanceof SpanAttributeList list) {
                spans.add(list);
            }
            visitChildren(customNode);
        }
    }
}

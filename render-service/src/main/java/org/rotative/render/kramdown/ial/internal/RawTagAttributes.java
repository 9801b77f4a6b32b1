package org.rotative.render.kramdown.ial.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.rotative.render.kramdown.internal.HtmlTags;

/**
 * Span attribute lists after raw HTML ({@code <a href="…">site</a>{:target="_blank"}}): kramdown reads the HTML
 * element, so the list applies to it. Here the element's start tag is written again with the attributes. One
 * instance per document.
 */
final class RawTagAttributes {

    /** One attribute of a start tag: name, then a value in double, single or no quotes, if any. */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    /** Per parent node: the start tag each of its end tags closes, found once (a walk back per list was quadratic). */
    private final Map<Node, Map<HtmlInline, HtmlInline>> startTags = new IdentityHashMap<>();

    /**
     * The start tag of the element that ends with {@code last}: its matching start tag among the nodes before when it
     * is an end tag, itself when it is a void element or closes itself ({@code />}); else null.
     */
    HtmlInline startTagOf(HtmlInline last) {
        Matcher tag = HtmlTags.TAG.matcher(last.getLiteral());
        if (!tag.matches()) {
            return null; // a comment, a processing instruction
        }
        if (tag.group(1).isEmpty()) {
            return !tag.group(3).isEmpty() || HtmlTags.VOID_ELEMENTS.contains(tag.group(2).toLowerCase(Locale.ROOT))
                    ? last : null;
        }
        return startTags.computeIfAbsent(last.getParent(), RawTagAttributes::matchEndTags).get(last);
    }

    /** Each end tag to the last start tag of its name still open before it. */
    private static Map<HtmlInline, HtmlInline> matchEndTags(Node parent) {
        Map<HtmlInline, HtmlInline> matches = new IdentityHashMap<>();
        Map<String, Deque<HtmlInline>> open = new HashMap<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Matcher tag = node instanceof HtmlInline html ? HtmlTags.TAG.matcher(html.getLiteral()) : null;
            if (tag == null || !tag.matches()) {
                continue;
            }
            Deque<HtmlInline> starts = open.computeIfAbsent(tag.group(2).toLowerCase(Locale.ROOT),
                    name -> new ArrayDeque<>());
            if (tag.group(1).isEmpty()) {
                starts.push((HtmlInline) node);
            } else if (!starts.isEmpty()) {
                matches.put((HtmlInline) node, starts.pop());
            }
        }
        return matches;
    }

    /** The start tag with the attributes: classes added to its own, other values replaced, new attributes last. */
    static String withAttributes(String startTag, Map<String, String> attributes) {
        Matcher tag = HtmlTags.TAG.matcher(startTag);
        if (!tag.matches()) {
            throw new IllegalArgumentException("not a start tag: " + startTag);
        }
        boolean closesItself = !tag.group(3).isEmpty();
        Map<String, String> values = new LinkedHashMap<>(); // as written (escaped), null without a value
        Matcher attribute = ATTRIBUTE.matcher(startTag).region(tag.end(2), startTag.length() - (closesItself ? 2 : 1));
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3).replace("\"", "&quot;") : attribute.group(4);
            values.put(attribute.group(1), value);
        }
        attributes.forEach((name, value) -> values.merge(name, escape(value),
                (old, added) -> "class".equals(name) && old != null ? old + " " + added : added));
        StringBuilder out = new StringBuilder("<").append(tag.group(2));
        values.forEach((name, value) -> {
            out.append(' ').append(name);
            if (value != null) {
                out.append("=\"").append(value).append('"');
            }
        });
        return out.append(closesItself ? " />" : ">").toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}

package org.rotative.render.kramdown.directive.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.rotative.render.kramdown.directive.Comment;
import org.rotative.render.kramdown.directive.InlineComment;
import org.rotative.render.kramdown.directive.InlineRawHtml;
import org.rotative.render.kramdown.directive.RawHtml;

/**
 * kramdown's {@code EXT_START_STR} and {@code EXT_STOP_STR}: {@code {::name attributes}}, {@code {::name … /}} (no
 * body) and {@code {:/name}} or {@code {:/}}; and what each extension it knows makes of its body.
 */
final class DirectiveSyntax {

    /** A start tag: the name, its attribute list ({@code \}} escaped), and a {@code /} when it has no body. */
    static final Pattern START = Pattern.compile("\\{::(\\w+)(?:\\s((?:\\\\\\}|[^}])*?)|)(/)?\\}");
    private static final Pattern NOMARKDOWN_TYPE = Pattern.compile("(?:^|\\s)type=([\"'])(.*?)\\1");

    /** A start tag read: {@link #name}, {@link #attributes} (may be null), {@link #bodiless}. */
    record Tag(String name, String attributes, boolean bodiless, int length) {

        /** The tag at the start of {@code text}, or null: none, or one of an extension kramdown does not have. */
        static Tag at(CharSequence text) {
            Matcher m = START.matcher(text);
            if (!m.lookingAt() || !known(m.group(1))) {
                return null;
            }
            return new Tag(m.group(1), m.group(2), m.group(3) != null, m.end());
        }

        /** {@code {:/}} or {@code {:/name}}, which closes this tag. */
        boolean closedBy(CharSequence text, int at) {
            if (!startsWith(text, at, "{:/")) {
                return false;
            }
            int end = at + 3;
            if (startsWith(text, end, "}")) {
                return true;
            }
            return startsWith(text, end, name) && startsWith(text, end + name.length(), "}");
        }

        /** The length of the stop tag {@link #closedBy} accepted at {@code at}. */
        int stopLength(CharSequence text, int at) {
            return startsWith(text, at + 3, "}") ? 4 : 4 + name.length();
        }

        /** The node a body (null: none) gives as a block, or null for nothing in the page. */
        Node block(String body) {
            if (body == null) {
                return null;
            }
            return switch (name) {
                case "comment" -> new Comment(body);
                case "nomarkdown" -> forHtml() ? new RawHtml(body) : null;
                default -> null; // options: read by kramdown, here taken out
            };
        }

        /** The node a body (null: none) gives in a paragraph; an empty text for nothing. */
        Node span(String body) {
            if (body != null && name.equals("comment")) {
                return new InlineComment(body);
            }
            if (body != null && name.equals("nomarkdown") && forHtml()) {
                return new InlineRawHtml(body);
            }
            return new Text("");
        }

        /** kramdown writes a {@code nomarkdown} body only for the converters its {@code type} names, all if none. */
        private boolean forHtml() {
            Matcher type = attributes == null ? null : NOMARKDOWN_TYPE.matcher(attributes);
            if (type == null || !type.find() || type.group(2).isBlank()) {
                return true;
            }
            for (String converter : type.group(2).trim().split("\\s+")) {
                if (converter.equals("html")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean known(String name) {
        return name.equals("comment") || name.equals("nomarkdown") || name.equals("options");
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private DirectiveSyntax() {
    }
}

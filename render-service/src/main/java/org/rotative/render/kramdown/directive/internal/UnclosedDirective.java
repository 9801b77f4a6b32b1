package org.rotative.render.kramdown.directive.internal;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.CustomBlock;

/** A block start tag and the lines after it, while no stop tag has been seen; left in the document if none comes. */
final class UnclosedDirective extends CustomBlock {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    UnclosedDirective(String name, String startLine) {
        this.name = name;
        lines.add(startLine);
    }

    /** The extension's name. */
    String name() {
        return name;
    }

    /** The start tag's line as written. */
    String tag() {
        return lines.get(0).strip();
    }

    /** The lines after the tag, without the last line break, as kramdown gives a closed tag's body. */
    String body() {
        return String.join("\n", lines.subList(1, lines.size()));
    }

    void addLine(CharSequence line) {
        lines.add(line.toString());
    }

    /**
     * The tag and the lines after it as Markdown in which every start tag of this extension is text: none of them can
     * be closed either (no stop tag follows the first), and each read again would read the rest again.
     */
    String asText() {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            int at = line.length() - line.stripLeading().length();
            DirectiveSyntax.Tag tag = DirectiveSyntax.Tag.at(line.substring(at));
            if (tag != null && tag.name().equals(name) && !tag.bodiless()) {
                text.append(line, 0, at).append('\\').append(line, at, line.length());
            } else {
                text.append(line);
            }
            text.append('\n');
        }
        return text.toString();
    }
}

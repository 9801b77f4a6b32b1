package org.rotative.render.kramdown.directive.internal;

import java.util.function.Supplier;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.KramdownWarning;
import org.rotative.render.kramdown.internal.Blocks;
import org.rotative.render.kramdown.internal.SourceLines;

/**
 * kramdown reads a start tag that is never closed as text, and the lines after it as usual: each
 * {@link UnclosedDirective} is parsed again, as Markdown whose tag is escaped, and replaced by what that gives; a
 * {@link KramdownWarning} says so.
 */
public final class UnclosedDirectivePostProcessor implements PostProcessor {

    private final Supplier<Parser> parsers;

    /** @param parsers a parser of the same configuration as the one this post-processes for */
    public UnclosedDirectivePostProcessor(Supplier<Parser> parsers) {
        this.parsers = parsers;
    }

    @Override
    public Node process(Node document) {
        Parser parser = null;
        for (Block block : Blocks.of(document)) {
            if (block instanceof UnclosedDirective unclosed) {
                parser = parser == null ? parsers.get() : parser;
                int line = SourceLines.lineOf(unclosed);
                KramdownWarning.add(document, line, unclosed.tag() + " is never closed by {:/" + unclosed.name()
                        + "} or {:/}, each alone on its line: it is written as text");
                Node reread = parser.parse(unclosed.asText());
                for (Node child = reread.getFirstChild(); child != null; ) {
                    Node next = child.getNext();
                    if (child instanceof KramdownWarning warning) {
                        // Lines of the text read again, which starts at the tag's line.
                        KramdownWarning.add(document, warning.getLine() == 0 || line == 0 ? 0
                                : warning.getLine() + line - 1, warning.getMessage());
                        child.unlink();
                    } else {
                        unclosed.insertBefore(child);
                    }
                    child = next;
                }
                unclosed.unlink();
            }
        }
        return document;
    }
}

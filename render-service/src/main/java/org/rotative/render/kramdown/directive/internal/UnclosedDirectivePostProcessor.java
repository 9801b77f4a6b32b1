package org.rotative.render.kramdown.directive.internal;

import java.util.function.Supplier;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.rotative.render.kramdown.internal.Blocks;

/**
 * kramdown reads a start tag that is never closed as text, and the lines after it as usual: each
 * {@link UnclosedDirective} is parsed again, as Markdown whose tag is escaped, and replaced by what that gives.
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
                Node reread = parser.parse(unclosed.asText());
                for (Node child = reread.getFirstChild(); child != null; ) {
                    Node next = child.getNext();
                    unclosed.insertBefore(child);
                    child = next;
                }
                unclosed.unlink();
            }
        }
        return document;
    }
}

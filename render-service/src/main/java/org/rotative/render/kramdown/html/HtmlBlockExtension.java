package org.rotative.render.kramdown.html;

import java.util.LinkedHashSet;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.rotative.render.kramdown.html.internal.HtmlBlockParser;
import org.rotative.render.kramdown.html.internal.HtmlBlockPostProcessor;

/**
 * Raw HTML blocks as kramdown delimits them, in place of CommonMark's seven kinds of HTML blocks: a block-level
 * element ({@code <div>}, {@code <figure>}, {@code <iframe>}…, any tag but kramdown's span elements) or a comment at
 * the start of a line runs to its matching end tag, across blank lines; text after that end tag on the same line is
 * Markdown again (a paragraph). A span-level tag such as {@code <br>} or {@code <img>} starts a paragraph instead.
 * The result is the core {@link org.commonmark.node.HtmlBlock}, written as is. This extension disables CommonMark's
 * HTML block parser through {@code enabledBlockTypes}, and CommonMark's lists too, as every list is kramdown's
 * ({@link org.rotative.render.kramdown.list.ListExtension}; CommonMark's took a lone {@code -} or {@code 1)} for a
 * list); the other core block types stay, in CommonMark's order.
 */
public final class HtmlBlockExtension implements Parser.ParserExtension {

    private HtmlBlockExtension() {
    }

    public static Extension create() {
        return new HtmlBlockExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        // The parser tries block starts in this set's order: a Set.of, ordered anew by each JVM, made "text\n---" a
        // heading in one render-service instance and a rule in another.
        builder.enabledBlockTypes(new LinkedHashSet<>(List.of(BlockQuote.class, Heading.class, FencedCodeBlock.class,
                ThematicBreak.class, IndentedCodeBlock.class)));
        builder.customBlockParserFactory(new HtmlBlockParser.Factory());
        builder.postProcessor(new HtmlBlockPostProcessor());
    }
}

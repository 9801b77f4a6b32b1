package org.rotative.render.kramdown.html;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.rotative.render.kramdown.html.internal.HtmlSpanPostProcessor;

/**
 * HTML tags inside paragraphs as kramdown treats them: a block-level tag ({@code <div>}, {@code <p>}…) or an end tag
 * that closes no open element is text, shown escaped, not markup. Register it after typography: kramdown does not
 * curl the quotes of such tags.
 */
public final class HtmlSpanExtension implements Parser.ParserExtension {

    private HtmlSpanExtension() {
    }

    public static Extension create() {
        return new HtmlSpanExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new HtmlSpanPostProcessor());
    }
}

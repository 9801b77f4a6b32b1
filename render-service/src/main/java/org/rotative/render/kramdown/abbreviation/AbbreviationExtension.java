package org.rotative.render.kramdown.abbreviation;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.abbreviation.internal.AbbreviationDefinitionParser;
import org.rotative.render.kramdown.abbreviation.internal.AbbreviationPostProcessor;
import org.rotative.render.kramdown.abbreviation.internal.AbbreviationRenderer;

/**
 * kramdown abbreviations: a line {@code *[HTML]: Hyper Text Markup Language} anywhere in the document (not inside a
 * paragraph) defines an abbreviation and is not shown; every whole-word, case-sensitive occurrence of {@code HTML} in
 * the text (headings, emphasis and link texts included, code spans and URLs not) becomes
 * {@code <abbr title="Hyper Text Markup Language">HTML</abbr>}, without {@code title} when the definition is empty. A
 * later definition of the same abbreviation wins. Register it after the extensions that change text (typography), so
 * that it sees the final text.
 */
public final class AbbreviationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private AbbreviationExtension() {
    }

    public static Extension create() {
        return new AbbreviationExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AbbreviationDefinitionParser.Factory());
        builder.postProcessor(new AbbreviationPostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(AbbreviationRenderer::new);
    }
}

package org.rotative.render.kramdown.deflist;

import org.commonmark.Extension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.deflist.internal.DefinitionListParser;
import org.rotative.render.kramdown.deflist.internal.DefinitionListPostProcessor;
import org.rotative.render.kramdown.deflist.internal.DefinitionListRenderer;

/**
 * kramdown definition lists: the lines of a paragraph are terms ({@code <dt>}) when a line starting with {@code : }
 * follows it, directly or after one blank line; each such line starts a definition ({@code <dd>}), continued by lines
 * indented to its text and by lazy lines, parsed as blocks. A definition's first paragraph goes without {@code <p>}
 * unless a blank line comes before the definition. An attribute list at the start of a term or definition
 * ({@code {:.classe} terme}) is for its {@code <dt>} or {@code <dd>}. Consecutive lists make one. Register this
 * extension before the attribute list one, and before emphasis so that each term is paired on its own.
 */
public final class DefinitionListExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private DefinitionListExtension() {
    }

    public static Extension create() {
        return new DefinitionListExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.includeSourceSpans(IncludeSourceSpans.BLOCKS);
        builder.customBlockParserFactory(new DefinitionListParser.Factory());
        builder.postProcessor(new DefinitionListPostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(DefinitionListRenderer::new);
    }
}

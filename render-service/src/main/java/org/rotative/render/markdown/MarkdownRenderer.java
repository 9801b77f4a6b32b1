package org.rotative.render.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.RenderConfig;
import org.rotative.render.image.UploadImageAttributeProvider;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Markdown to HTML with CommonMark plus GFM tables and strikethrough. The parser and renderer are built once and
 * shared: both are immutable and thread-safe. Raw HTML is kept, as Jekyll does: articles come from the site's own
 * repository, whose authors embed videos and buttons that way.
 */
@Singleton
public class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    @Inject
    public MarkdownRenderer(RenderConfig config) {
        this(UploadImageAttributeProvider.from(config));
    }

    /** @param images decides the attributes of images (the media service's variants for uploads) */
    public MarkdownRenderer(AttributeProvider images) {
        List<Extension> extensions = List.of(TablesExtension.create(),
                // A single tilde is ordinary text ("~ 50 %", "~/docs"): strike through ~~text~~ only.
                StrikethroughExtension.builder().requireTwoTildes(true).build());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(context -> images)
                .build();
    }

    /** The HTML fragment for a Markdown text; null is rendered as an empty text. */
    public String render(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}

package org.rotative.render.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.RenderConfig;
import org.rotative.render.image.UploadImageAttributeProvider;
import org.rotative.render.kramdown.KramdownWarning;
import org.rotative.render.kramdown.abbreviation.AbbreviationExtension;
import org.rotative.render.kramdown.blockquote.BlockQuoteExtension;
import org.rotative.render.kramdown.codeblock.CodeBlockExtension;
import org.rotative.render.kramdown.codespan.CodeSpanExtension;
import org.rotative.render.kramdown.deflist.DefinitionListExtension;
import org.rotative.render.kramdown.directive.DirectiveExtension;
import org.rotative.render.kramdown.emphasis.EmphasisExtension;
import org.rotative.render.kramdown.footnote.FootnoteExtension;
import org.rotative.render.kramdown.headerid.HeaderIdExtension;
import org.rotative.render.kramdown.html.HtmlBlockExtension;
import org.rotative.render.kramdown.html.HtmlSpanExtension;
import org.rotative.render.kramdown.ial.AttributeListExtension;
import org.rotative.render.kramdown.list.ListExtension;
import org.rotative.render.kramdown.paragraph.ParagraphExtension;
import org.rotative.render.kramdown.table.TableExtension;
import org.rotative.render.kramdown.toc.TocExtension;
import org.rotative.render.kramdown.typography.TypographyExtension;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Markdown to HTML as Jekyll's kramdown (GFM input) writes it: CommonMark with GFM strikethrough plus the kramdown
 * extensions of {@code org.rotative.render.kramdown} (fidelity measured in {@code FIDELITY.md}). The parser and renderer are built once and shared: both
 * are immutable and thread-safe. Raw HTML is kept, as Jekyll does: articles come from the site's own repository, whose
 * authors embed videos and buttons that way.
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
        List<Extension> extensions = List.of(TableExtension.create(),
                // A single tilde is ordinary text ("~ 50 %", "~/docs"): strike through ~~text~~ only.
                StrikethroughExtension.builder().requireTwoTildes(true).build(),
                // Order matters, post-processors run in this order: HTML blocks hand the Markdown after them over
                // before attribute lists are attached; definition lists split their terms before emphasis is paired
                // and take the attribute lists starting an item; emphasis is paired before span lists look for the
                // node before them; the table of contents finds its {:toc} list before attribute lists are attached
                // (and forget the name); typography runs after emphasis and lists, so it never curls the quotes of a
                // list, and before the escaping of stray HTML tags, whose quotes kramdown keeps; abbreviations are
                // marked in the final text; an id from a list wins over a generated one; extension tags left open are
                // read again by a parser of this configuration, after every other post-processor.
                HtmlBlockExtension.create(), BlockQuoteExtension.create(), ListExtension.create(),
                ParagraphExtension.create(), DefinitionListExtension.create(), FootnoteExtension.create(),
                EmphasisExtension.create(), TocExtension.create(), AttributeListExtension.create(),
                TypographyExtension.create(), HtmlSpanExtension.create(), AbbreviationExtension.create(),
                HeaderIdExtension.create(), CodeSpanExtension.create(), CodeBlockExtension.create(),
                DirectiveExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(context -> images)
                .build();
    }

    /** Renders images as written, without media service variants: the HTML kramdown itself makes. */
    public static MarkdownRenderer withImagesAsWritten() {
        return new MarkdownRenderer((node, tagName, attributes) -> {
        });
    }

    /**
     * One image as the body's images are written ({@code ![alt](src)}): an upload gets the media service's variants
     * and its size, like the images of the text.
     */
    public String image(String src, String alt) {
        Image image = new Image(src, null);
        image.appendChild(new Text(alt == null ? "" : alt));
        return renderer.render(image);
    }

    /** The HTML fragment for a Markdown text; null is rendered as an empty text. */
    public String render(String markdown) {
        return renderReporting(markdown).html();
    }

    /**
     * The HTML fragment for a Markdown text, and what in it was read otherwise than its author most likely meant.
     *
     * @param html     the HTML fragment
     * @param warnings each with the line of the text it is about, in line order
     */
    public record Rendered(String html, List<String> warnings) {
    }

    /** {@link #render}, with the warnings of the kramdown extensions. */
    public Rendered renderReporting(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        List<KramdownWarning> warnings = new ArrayList<>();
        while (document.getLastChild() instanceof KramdownWarning warning) {
            warnings.add(warning);
            warning.unlink();
        }
        warnings.sort(Comparator.comparingInt(KramdownWarning::getLine));
        return new Rendered(renderer.render(document), warnings.stream()
                .map(w -> "Markdown (line " + w.getLine() + " of the body): " + w.getMessage()).toList());
    }
}

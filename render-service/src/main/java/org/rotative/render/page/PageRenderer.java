package org.rotative.render.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.rotative.contract.event.ArticleParsed;
import org.rotative.render.RenderConfig;
import org.rotative.render.index.IndexPaths;
import org.rotative.render.liquid.LiquidContext;
import org.rotative.render.markdown.BodyRenderer;
import org.rotative.render.markdown.MarkdownRenderer;
import org.rotative.render.sanitize.HtmlSanitizer;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import io.micrometer.core.annotation.Timed;
import jakarta.inject.Singleton;

/** Renders an article to its body fragment and to the complete French HTML page around it. */
@Singleton
public class PageRenderer {

    /** Front matter key of the introduction paragraph on numerique.gouv.fr-style sites. */
    static final String CHAPEAU = "chapeau-text";
    static final String LEAD_IMAGES = "une-ou-diaporama";
    static final String FILES = "files";

    private final MarkdownRenderer markdown;
    private final BodyRenderer bodies;
    private final Template page;
    private final Map<String, Object> site;
    private final LiquidContext.Links links;
    private final HtmlSanitizer sanitizer;

    @Inject
    public PageRenderer(MarkdownRenderer markdown, @Location("page.html") Template page, RenderConfig config,
            StoredPageLinks links, HtmlSanitizer sanitizer) {
        this(markdown, page, Map.of("title", config.siteTitle(), "url", config.siteUrl()), links, sanitizer);
    }

    /**
     * @param site      the {@code site} variables of the bodies' Liquid (the service has no {@code _config.yml})
     * @param links     resolves {@code link} and {@code post_url}
     * @param sanitizer cleans the HTML of articles from untrusted sources
     */
    public PageRenderer(MarkdownRenderer markdown, Template page, Map<String, Object> site,
            LiquidContext.Links links, HtmlSanitizer sanitizer) {
        this.markdown = markdown;
        this.bodies = new BodyRenderer(markdown);
        this.page = page;
        this.site = site;
        this.links = links;
        this.sanitizer = sanitizer;
    }

    @Timed(value = "rotative.render", histogram = true, description = "Time to render one article's page")
    public RenderedPage render(ArticleParsed article) {
        // The service has no site folder: an include cannot be resolved, and leaves the body's Liquid as written.
        BodyRenderer.Body rendered = bodies.render(article.body(),
                new LiquidContext(site, pageVariables(article), LiquidContext.NO_INCLUDES, links));
        HtmlSanitizer.Cleaning cleaning = sanitizer.cleaning(article.trusted());
        String body = cleaning.html(rendered.html());
        List<String> categories = orEmpty(article.categories());
        List<String> tags = orEmpty(article.tags());
        PageView view = new PageView(article.title(), FrenchDate.of(article.date()),
                labels(categories, IndexPaths::category), labels(tags, IndexPaths::tag), chapeau(article, cleaning),
                leadImages(article, cleaning), files(article, cleaning), new RawString(body));
        List<String> warnings = new ArrayList<>(rendered.warnings());
        List<String> removed = cleaning.removed();
        if (!removed.isEmpty()) {
            warnings.add("HTML not allowed from an untrusted source was removed: " + String.join(", ", removed));
        }
        return new RenderedPage(article.articleId(), article.revision(), article.sequence(), article.permalink(),
                article.title(), body, FrenchTypography.apply(page.data("page", view).render()), article.collection(),
                article.date(), categories, tags, List.copyOf(warnings));
    }

    /** Jekyll's {@code page}: the front matter and the document's own fields. */
    private static Map<String, Object> pageVariables(ArticleParsed article) {
        Map<String, Object> page = new HashMap<>();
        if (article.frontMatter() != null) {
            page.putAll(article.frontMatter());
        }
        page.put("title", article.title());
        page.put("url", article.permalink());
        page.put("path", article.sourcePath());
        page.put("collection", article.collection());
        page.put("categories", orEmpty(article.categories()));
        page.put("tags", orEmpty(article.tags()));
        if (article.date() != null) {
            page.put("date", article.date());
        }
        return page;
    }

    private static List<Label> labels(List<String> names, UnaryOperator<String> indexPage) {
        return names.stream().map(name -> {
            String path = indexPage.apply(name);
            return new Label(name, path == null ? null : PageLink.asciiPath(path).toString());
        }).toList();
    }

    /**
     * The introduction, rendered as Markdown like Jekyll's {@code markdownify} filter does on these sites: a quarter
     * of the corpus' introductions hold links or emphasis.
     */
    private RawString chapeau(ArticleParsed article, HtmlSanitizer.Cleaning cleaning) {
        Object chapeau = article.frontMatter() == null ? null : article.frontMatter().get(CHAPEAU);
        return chapeau instanceof String text && !text.isBlank()
                ? new RawString(cleaning.html(markdown.render(text))) : null;
    }

    /** {@code une-ou-diaporama}: entries with an {@code image}, its {@code alternative-textuelle} and {@code legende}.
     */
    private List<LeadImage> leadImages(ArticleParsed article, HtmlSanitizer.Cleaning cleaning) {
        return entries(article, LEAD_IMAGES).stream()
                .filter(entry -> text(entry.get("image")) != null)
                .map(entry -> new LeadImage(new RawString(cleaning.html(markdown.image(text(entry.get("image")),
                        text(entry.get("alternative-textuelle"))))), text(entry.get("legende"))))
                .toList();
    }

    /** {@code files}: entries with a {@code file} and the link text {@code nom} (the file name when absent). */
    private static List<AttachedFile> files(ArticleParsed article, HtmlSanitizer.Cleaning cleaning) {
        return entries(article, FILES).stream()
                .filter(entry -> text(entry.get("file")) != null && cleaning.link(text(entry.get("file"))) != null)
                .map(entry -> {
                    String href = text(entry.get("file"));
                    String name = text(entry.get("nom"));
                    return new AttachedFile(href, name != null ? name : href.substring(href.lastIndexOf('/') + 1));
                })
                .toList();
    }

    /** A front matter list of mappings; anything else in it is skipped, as the site's layout ignores it. */
    private static List<Map<?, ?>> entries(ArticleParsed article, String key) {
        Object value = article.frontMatter() == null ? null : article.frontMatter().get(key);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
    }

    /** A scalar as text, stripped; null when absent or blank. */
    private static String text(Object value) {
        String text = value == null || value instanceof Map || value instanceof List ? null : value.toString().strip();
        return text == null || text.isEmpty() ? null : text;
    }

    /** Null and blank names dropped: front matter defaults often hold {@code categories:} with nothing. */
    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}

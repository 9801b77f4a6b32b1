package org.rotative.render.page;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.rotative.contract.event.ArticleParsed;
import org.rotative.render.markdown.MarkdownRenderer;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Renders an article to its body fragment and to the complete French HTML page around it. */
@Singleton
public class PageRenderer {

    /** Front matter key of the introduction paragraph on numerique.gouv.fr-style sites. */
    static final String CHAPEAU = "chapeau-text";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private final MarkdownRenderer markdown;
    private final Template page;

    @Inject
    public PageRenderer(MarkdownRenderer markdown, @Location("page.html") Template page) {
        this.markdown = markdown;
        this.page = page;
    }

    public RenderedPage render(ArticleParsed article) {
        String body = markdown.render(article.body());
        PageView view = new PageView(article.title(),
                article.date() == null ? null : article.date().toLocalDate().toString(),
                article.date() == null ? null : article.date().format(FRENCH_DATE),
                orEmpty(article.categories()), orEmpty(article.tags()), chapeau(article), new RawString(body));
        return new RenderedPage(article.articleId(), article.revision(), article.permalink(), article.title(), body,
                page.data("page", view).render());
    }

    /**
     * The introduction, rendered as Markdown like Jekyll's {@code markdownify} filter does on these sites: a quarter
     * of the corpus' introductions hold links or emphasis.
     */
    private RawString chapeau(ArticleParsed article) {
        Object chapeau = article.frontMatter() == null ? null : article.frontMatter().get(CHAPEAU);
        return chapeau instanceof String text && !text.isBlank() ? new RawString(markdown.render(text)) : null;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}

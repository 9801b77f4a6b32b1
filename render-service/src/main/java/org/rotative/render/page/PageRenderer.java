package org.rotative.render.page;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.rotative.contract.event.ArticleParsed;
import org.rotative.render.index.IndexPaths;
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

    private final MarkdownRenderer markdown;
    private final Template page;

    @Inject
    public PageRenderer(MarkdownRenderer markdown, @Location("page.html") Template page) {
        this.markdown = markdown;
        this.page = page;
    }

    public RenderedPage render(ArticleParsed article) {
        String body = markdown.render(article.body());
        List<String> categories = orEmpty(article.categories());
        List<String> tags = orEmpty(article.tags());
        PageView view = new PageView(article.title(), FrenchDate.of(article.date()),
                labels(categories, IndexPaths::category), labels(tags, IndexPaths::tag), chapeau(article),
                new RawString(body));
        return new RenderedPage(article.articleId(), article.revision(), article.permalink(), article.title(), body,
                page.data("page", view).render(), article.collection(), article.date(), categories, tags);
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
    private RawString chapeau(ArticleParsed article) {
        Object chapeau = article.frontMatter() == null ? null : article.frontMatter().get(CHAPEAU);
        return chapeau instanceof String text && !text.isBlank() ? new RawString(markdown.render(text)) : null;
    }

    /** Null and blank names dropped: front matter defaults often hold {@code categories:} with nothing. */
    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}

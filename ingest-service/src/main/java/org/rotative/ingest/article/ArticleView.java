package org.rotative.ingest.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An article as {@code GET /api/articles/{id}} shows it.
 *
 * @param id                the article id
 * @param collection        its collection
 * @param sourcePath        its file in the site
 * @param permalink         where its page is served
 * @param title             its title
 * @param date              its date
 * @param revision          the current revision
 * @param state             {@code rendered}, {@code accepted} (on its way), or {@code not published}
 * @param unpublishedReason why Jekyll would not publish it, when it would not
 * @param renderedRevision  the revision whose page is served
 * @param missingImages     referenced {@code /uploads} images the media service does not have
 * @param renderWarnings    what the page could not render as written (Liquid left as written, Markdown
 *                          read otherwise than meant)
 * @param frontMatter       the file's own front matter, as Jekyll parses it
 * @param updatedAt         when the current revision was stored
 */
public record ArticleView(String id, String collection, String sourcePath, String permalink, String title,
        OffsetDateTime date, String revision, String state, String unpublishedReason, String renderedRevision,
        List<String> missingImages, List<String> renderWarnings, Map<String, Object> frontMatter,
        OffsetDateTime updatedAt) {

    static ArticleView of(Article a) {
        String state = !a.publishable() ? "not published"
                : a.revision.equals(a.renderedRevision) ? "rendered" : "accepted";
        return new ArticleView(a.id, a.collection, a.sourcePath, a.permalink, a.title, a.articleDate, a.revision,
                state, a.unpublishedReason, a.renderedRevision, a.missingImages, a.renderWarnings, a.frontMatter,
                a.updatedAt);
    }
}

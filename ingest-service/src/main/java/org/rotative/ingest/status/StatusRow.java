package org.rotative.ingest.status;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of the status page: an article, or a refused file that never became one.
 *
 * @param articleId     the article id; null for a file refused before it was ever accepted without an id
 * @param collection    its collection
 * @param title         its title, or its file when it was never accepted
 * @param sourcePath    its file in the site
 * @param permalink     where its page is served; null when it was never accepted
 * @param revision      the revision this line is about (the refused one for a rejection)
 * @param changedAt     when that revision was stored or refused
 * @param state         where it stands
 * @param reason        why it is refused (with {@code line}) or not published; null otherwise
 * @param line          line of the refused file the reason points at, 0 when none
 * @param missingImages referenced /uploads images that do not exist
 * @param warnings      what the page could not render as written (Liquid left as written, Markdown
 *                      read otherwise than meant)
 */
public record StatusRow(String articleId, String collection, String title, String sourcePath, String permalink,
        String revision, OffsetDateTime changedAt, ArticleState state, String reason, int line,
        List<String> missingImages, List<String> warnings) {

    /** The first characters of the revision hash: enough to tell revisions apart on screen. */
    public String shortRevision() {
        return revision.length() > 10 ? revision.substring(0, 10) : revision;
    }
}

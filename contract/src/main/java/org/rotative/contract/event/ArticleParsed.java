package org.rotative.contract.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An article as Jekyll reads it: accepted by ingest, to be published at {@link #permalink}. Schema:
 * {@code schemas/article-parsed-v1.json}.
 *
 * @param articleId   {@code <collection>/<slug>}, also the record key
 * @param revision    hash of the source file; a new revision means new content
 * @param sequence    rank of this event among the article's parsed and unpublished events, assigned by ingest and
 *                    increasing by one with each: a consumer that holds a higher one ignores this event (it arrived
 *                    late); hashes cannot be ordered, sequences can
 * @param collection  collection name without its underscore ({@code actualites}, {@code posts}…)
 * @param sourcePath  path of the file in its site, e.g. {@code _actualites/foo.markdown}
 * @param permalink   URL path the page is served at (decoded, starts with {@code /})
 * @param title       the {@code title} front matter value, or the slug when absent
 * @param date        publication date (front matter {@code date}, else the file name's date for posts), may be null
 * @param categories  front matter categories (list), possibly empty
 * @param tags        front matter tags, possibly empty
 * @param frontMatter the file's own front matter as JSON values (dates as ISO 8601 strings)
 * @param body        the Markdown body, after the front matter
 * @param trusted     whether the article's source is trusted with raw HTML, kept as written as Jekyll does (a site's
 *                    own repository); false: render passes the HTML through its allowlist sanitizer. Absent (false)
 *                    in events from before it existed, so an unknown source is never trusted
 */
public record ArticleParsed(
        String articleId,
        String revision,
        long sequence,
        String collection,
        String sourcePath,
        String permalink,
        String title,
        OffsetDateTime date,
        List<String> categories,
        List<String> tags,
        Map<String, Object> frontMatter,
        String body,
        boolean trusted) {
}

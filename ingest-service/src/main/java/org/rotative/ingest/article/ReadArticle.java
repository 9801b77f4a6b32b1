package org.rotative.ingest.article;

import java.util.Map;

import org.rotative.ingest.site.JekyllDocument;

/**
 * An article file that was read successfully.
 *
 * @param file        where it came from
 * @param revision    SHA-256 of its bytes, hex
 * @param document    what Jekyll derives from it
 * @param frontMatter its own front matter, as JSON values
 * @param body        its Markdown body
 */
public record ReadArticle(ArticleFile file, String revision, JekyllDocument document,
        Map<String, Object> frontMatter, String body) {
}

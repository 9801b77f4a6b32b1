package org.rotative.ingest.frontmatter;

import java.util.Map;

/**
 * An article file split in two.
 *
 * @param frontMatter the file's own front matter, as JSON values
 * @param body        the Markdown after the front matter
 * @param bodyLine    line number of the body's first line in the file
 */
public record ParsedArticle(Map<String, Object> frontMatter, String body, int bodyLine) {
}

package org.rotative.contract.event;

import java.time.Instant;

/**
 * A page is stored and served at {@link #permalink} for {@link #revision} of the article. Schema:
 * {@code schemas/article-rendered-v1.json}.
 *
 * @param articleId  the article, also the record key
 * @param revision   the revision that was rendered
 * @param permalink  where the page is served
 * @param renderedAt when the page was stored
 */
public record ArticleRendered(String articleId, String revision, String permalink, Instant renderedAt) {
}

package org.rotative.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * A page is stored and served at {@link #permalink} for {@link #revision} of the article. Schema:
 * {@code schemas/article-rendered-v1.json}.
 *
 * @param articleId   the article, also the record key
 * @param revision    the revision that was rendered
 * @param sequence    the sequence of the {@link ArticleParsed} it was rendered from: a reader holding a newer event of
 *                    the article knows this one is outdated; 0 in events from before it existed
 * @param permalink   where the page is served
 * @param renderedAt  when the page was stored
 * @param contentHash SHA-256 of the page as served (hex): a CDN purges when it changes, whatever the revision
 * @param warnings    what the page could not render as the author wrote it (Liquid left as written, Markdown read
 *                    otherwise than meant), possibly
 *                    empty; the article's status shows them
 */
public record ArticleRendered(String articleId, String revision, long sequence, String permalink, Instant renderedAt,
        String contentHash, List<String> warnings) {
}

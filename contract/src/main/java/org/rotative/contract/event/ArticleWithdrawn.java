package org.rotative.contract.event;

import java.time.Instant;

/**
 * The page of an unpublished article is no longer served: its permalink answers 410 Gone. Render's answer to an
 * {@link ArticleUnpublished}, as {@link ArticleRendered} answers an {@link ArticleParsed}. Schema:
 * {@code schemas/article-withdrawn-v1.json}.
 *
 * @param articleId   the article, also the record key
 * @param revision    its revision when it was withdrawn
 * @param sequence    the sequence of the {@link ArticleUnpublished} this answers: a reader holding a newer event of
 *                    the article knows this one is outdated
 * @param permalink   where the page was served; null when the article never had one here
 * @param withdrawnAt when the page stopped being served
 */
public record ArticleWithdrawn(String articleId, String revision, long sequence, String permalink,
        Instant withdrawnAt) {
}

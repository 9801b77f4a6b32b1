package org.rotative.contract.event;

/**
 * A newsroom system asks for an article to be unpublished; ingest answers with {@link ArticleUnpublished} once done.
 * Schema: {@code schemas/article-withdrawal-requested-v1.json}.
 *
 * @param articleId the article, also the record key
 */
public record ArticleWithdrawalRequested(String articleId) {
}

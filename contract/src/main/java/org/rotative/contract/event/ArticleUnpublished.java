package org.rotative.contract.event;

/**
 * An article must no longer be served: removed from its site, unpublished by request, or turned
 * {@code published: false}. Schema: {@code schemas/article-unpublished-v1.json}.
 *
 * @param articleId the article, also the record key
 * @param revision  its revision when it was withdrawn
 * @param sequence  rank among the article's parsed and unpublished events (see {@link ArticleParsed#sequence()})
 * @param permalink where it was served
 * @param reason    why, for people
 */
public record ArticleUnpublished(String articleId, String revision, long sequence, String permalink,
        String reason) {
}

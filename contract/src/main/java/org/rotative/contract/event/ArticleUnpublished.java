package org.rotative.contract.event;

/**
 * An article must no longer be served: removed from its site, unpublished by request, or turned
 * {@code published: false}. Schema: {@code schemas/article-unpublished-v1.json}.
 *
 * @param articleId the article, also the record key
 * @param revision  its revision when it was withdrawn
 * @param permalink where it was served
 * @param reason    why, for people
 */
public record ArticleUnpublished(String articleId, String revision, String permalink, String reason) {
}

package org.rotative.ingest.article;

/**
 * What happened to one submitted file.
 *
 * @param sourcePath  the file
 * @param articleId   its article, null when it could not even be named
 * @param status      created, updated, unchanged or rejected
 * @param unpublished why the accepted article is not published, or null
 * @param rejection   why it was refused, when it was
 * @param article     the article as stored, when it was accepted: an upload answers with it without reading it again
 */
public record Outcome(String sourcePath, String articleId, Status status, String unpublished,
        ArticleRejectedException rejection, ArticleView article) {

    public enum Status {
        CREATED, UPDATED, UNCHANGED, REJECTED;

        /** A new revision was stored. */
        public boolean changed() {
            return this == CREATED || this == UPDATED;
        }
    }

    static Outcome of(Article article, Status status) {
        return new Outcome(article.sourcePath, article.id, status, article.unpublishedReason, null,
                ArticleView.of(article));
    }

    static Outcome rejected(ArticleRejectedException e) {
        return new Outcome(e.sourcePath(), e.articleId(), Status.REJECTED, null, e, null);
    }
}

package org.rotative.ingest.status;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Counts over the whole article registry: what {@code ./pipeline status} prints and waits on.
 *
 * @param articles       articles stored
 * @param published      of those, the ones Jekyll would publish
 * @param rendered       published articles whose current revision is served
 * @param eventsPending  events recorded in the outbox that Kafka has not acknowledged yet
 * @param mediaChecked   published articles whose current revision the media service has checked
 * @param missingImages  referenced {@code /uploads} images missing, over all published articles
 * @param articlesWithMissingImages published articles with at least one missing image
 * @param rejected       source files currently refused
 * @param notPublished   articles stored but not published (published: false, future date…)
 * @param withdrawing    of those, the ones render has not yet reported withdrawn: their page may still be served
 */
public record PipelineStatus(long articles, long published, long rendered, long eventsPending, long mediaChecked,
        long missingImages, long articlesWithMissingImages, long rejected, long notPublished, long withdrawing) {

    /**
     * Every published article is served at its current revision and its images are checked, and no unpublished one is
     * served any more.
     */
    @JsonProperty("settled")
    public boolean settled() {
        return rendered == published && mediaChecked == published && eventsPending == 0 && withdrawing == 0;
    }
}

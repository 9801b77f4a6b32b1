package org.rotative.contract.event;

/**
 * The Kafka topics of the pipeline. Every record is keyed by article id, so all events of one article land on one
 * partition, in order, and compaction keeps the latest per article.
 */
public final class Topics {

    /**
     * What newsroom systems send: {@link ArticleSubmitted} to submit or correct an article,
     * {@link ArticleWithdrawalRequested} to unpublish one. Read by ingest.
     */
    public static final String NEWSROOM_INBOUND = "rotative.newsroom.inbound";

    /**
     * The article stream, written by ingest, read by render and media: {@link ArticleParsed} when an article is
     * (re)published, {@link ArticleUnpublished} when it is withdrawn. One topic for both keeps them in order per
     * article.
     */
    public static final String ARTICLES_PARSED = "rotative.articles.parsed";
    /** {@link ArticleRejected} events, written by ingest: files refused, for the newsroom systems that sent them. */
    public static final String ARTICLES_REJECTED = "rotative.articles.rejected";
    /** {@link ArticleRendered} events, written by render, read by ingest (article status). */
    public static final String ARTICLES_RENDERED = "rotative.articles.rendered";
    /** {@link MediaChecked} events, written by media, read by ingest (article status). */
    public static final String MEDIA_CHECKED = "rotative.media.checked";

    /**
     * Records a consumer could not use (not a CloudEvent, unknown type or schema version, data not matching its
     * schema, refused by the service), as they were, with headers naming their topic, partition, offset, the consumer
     * group and the error (see {@code org.rotative.contract.kafka.DeadLetter}). Written by every service's consumers,
     * read by people. Not compacted: every dead letter is kept until its retention ends.
     */
    public static final String DEAD_LETTER = "rotative.deadletter";

    /** Every topic, for the tools that create them. */
    public static final java.util.List<String> ALL = java.util.List.of(NEWSROOM_INBOUND, ARTICLES_PARSED, ARTICLES_REJECTED,
            ARTICLES_RENDERED, MEDIA_CHECKED, DEAD_LETTER);

    private Topics() {
    }
}

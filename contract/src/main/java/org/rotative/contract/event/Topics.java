package org.rotative.contract.event;

/**
 * The Kafka topics of the pipeline. Every record is keyed by article id, so all events of one article land on one
 * partition, in order, and compaction keeps the latest per article.
 */
public final class Topics {

    /** {@link ArticleParsed} events, written by ingest, read by render and media. */
    public static final String ARTICLES_PARSED = "rotative.articles.parsed";
    /** {@link ArticleRendered} events, written by render, read by ingest (article status). */
    public static final String ARTICLES_RENDERED = "rotative.articles.rendered";
    /** {@link MediaChecked} events, written by media, read by ingest (article status). */
    public static final String MEDIA_CHECKED = "rotative.media.checked";

    /** Every topic, for the tools that create them. */
    public static final java.util.List<String> ALL = java.util.List.of(ARTICLES_PARSED, ARTICLES_RENDERED, MEDIA_CHECKED);

    private Topics() {
    }
}

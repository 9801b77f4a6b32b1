package org.rotative.contract.event;

import java.util.List;
import java.util.Optional;

/**
 * One kind of event: its CloudEvents {@code type} (which carries the schema version), the topic it travels on, the
 * JSON schema of its data and the Java record it maps to. A breaking change gets a new version, never an edit.
 *
 * @param type       CloudEvents {@code type} attribute, e.g. {@code org.rotative.article.parsed.v1}
 * @param topic      the Kafka topic
 * @param dataSchema CloudEvents {@code dataschema}: names the JSON schema shipped in this module under {@code schemas/}
 * @param dataClass  the record the {@code data} maps to
 */
public record EventType<T>(String type, String topic, String dataSchema, Class<T> dataClass) {

    public static final EventType<ArticleParsed> ARTICLE_PARSED = new EventType<>(
            "org.rotative.article.parsed.v1", Topics.ARTICLES_PARSED,
            "urn:rotative:schema:article-parsed-v1", ArticleParsed.class);

    public static final EventType<ArticleRendered> ARTICLE_RENDERED = new EventType<>(
            "org.rotative.article.rendered.v1", Topics.ARTICLES_RENDERED,
            "urn:rotative:schema:article-rendered-v1", ArticleRendered.class);

    public static final EventType<ArticleWithdrawn> ARTICLE_WITHDRAWN = new EventType<>(
            "org.rotative.article.withdrawn.v1", Topics.ARTICLES_RENDERED,
            "urn:rotative:schema:article-withdrawn-v1", ArticleWithdrawn.class);

    public static final EventType<MediaChecked> MEDIA_CHECKED = new EventType<>(
            "org.rotative.media.checked.v1", Topics.MEDIA_CHECKED,
            "urn:rotative:schema:media-checked-v1", MediaChecked.class);

    public static final EventType<ArticleUnpublished> ARTICLE_UNPUBLISHED = new EventType<>(
            "org.rotative.article.unpublished.v1", Topics.ARTICLES_PARSED,
            "urn:rotative:schema:article-unpublished-v1", ArticleUnpublished.class);

    public static final EventType<ArticleRejected> ARTICLE_REJECTED = new EventType<>(
            "org.rotative.article.rejected.v1", Topics.ARTICLES_REJECTED,
            "urn:rotative:schema:article-rejected-v1", ArticleRejected.class);

    public static final EventType<ArticleSubmitted> ARTICLE_SUBMITTED = new EventType<>(
            "org.rotative.newsroom.article.submitted.v1", Topics.NEWSROOM_INBOUND,
            "urn:rotative:schema:article-submitted-v1", ArticleSubmitted.class);

    public static final EventType<ArticleWithdrawalRequested> ARTICLE_WITHDRAWAL_REQUESTED = new EventType<>(
            "org.rotative.newsroom.article.withdrawal-requested.v1", Topics.NEWSROOM_INBOUND,
            "urn:rotative:schema:article-withdrawal-requested-v1", ArticleWithdrawalRequested.class);

    /** Every event type of the system. */
    public static final List<EventType<?>> ALL = List.of(ARTICLE_SUBMITTED, ARTICLE_WITHDRAWAL_REQUESTED,
            ARTICLE_PARSED, ARTICLE_UNPUBLISHED, ARTICLE_REJECTED, ARTICLE_RENDERED, ARTICLE_WITHDRAWN, MEDIA_CHECKED);

    /** The event type with this CloudEvents {@code type}, if the system has one. */
    public static Optional<EventType<?>> of(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    /** The JSON schema file of the data, as a class-path resource of this module. */
    public String schemaResource() {
        return "schemas/" + dataSchema.substring(dataSchema.lastIndexOf(':') + 1) + ".json";
    }
}

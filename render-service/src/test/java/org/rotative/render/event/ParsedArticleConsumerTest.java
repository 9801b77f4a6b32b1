package org.rotative.render.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.ArticleUnpublished;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.CloudEventCodec;

class ParsedArticleConsumerTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec("/rotative/ingest");

    private long offset;

    @Test
    void keepsTheLastEventOfEachArticleInABatch() {
        List<ArticleParsed> latest = parsed(ParsedArticleConsumer.latestPerArticle(List.of(
                record(article("actualites/a", "a1", "/actualites/a/")),
                record(article("actualites/b", "b1", "/actualites/b/")),
                record(article("actualites/a", "a2", "/actualites/a/")))));
        assertEquals(List.of("b1", "a2"), latest.stream().map(ArticleParsed::revision).toList());
    }

    @Test
    void anUnpublishedArticleEndsWithItsWithdrawal() {
        ArticleUnpublished withdrawal = new ArticleUnpublished("actualites/a", "a1", 2, "/actualites/a/", "removed");
        ProducerRecord<String, byte[]> sent = CODEC.encode(EventType.ARTICLE_UNPUBLISHED, "actualites/a", withdrawal);
        List<Object> latest = List.copyOf(ParsedArticleConsumer.latestPerArticle(List.of(
                record(article("actualites/a", "a1", "/actualites/a/")),
                new ConsumerRecord<>(sent.topic(), 0, offset++, 0L, TimestampType.CREATE_TIME, -1, -1, sent.key(),
                        sent.value(), new RecordHeaders(sent.headers().toArray()), Optional.empty()))));
        assertEquals(List.of(withdrawal), latest);
    }

    private static List<ArticleParsed> parsed(java.util.Collection<Object> events) {
        return events.stream().map(ArticleParsed.class::cast).toList();
    }

    @Test
    void skipsWhatCannotBeRendered() {
        ConsumerRecord<String, byte[]> notACloudEvent = new ConsumerRecord<>(Topics.ARTICLES_PARSED, 0, offset++,
                "actualites/x", "{}".getBytes());
        List<ArticleParsed> latest = parsed(ParsedArticleConsumer.latestPerArticle(List.of(
                notACloudEvent,
                record(article("actualites/no-permalink", "r", null)),
                record(article("actualites/relative", "r", "actualites/relative/")),
                record(article("actualites/long", "r", "/" + "x".repeat(2048))),
                record(article("actualites/ok", "r", "/actualites/ok/")))));
        assertEquals(List.of("actualites/ok"), latest.stream().map(ArticleParsed::articleId).toList());
    }

    private ConsumerRecord<String, byte[]> record(ArticleParsed article) {
        ProducerRecord<String, byte[]> sent = CODEC.encode(EventType.ARTICLE_PARSED, article.articleId(), article);
        return new ConsumerRecord<>(sent.topic(), 0, offset++, 0L, TimestampType.CREATE_TIME, -1, -1, sent.key(),
                sent.value(), new RecordHeaders(sent.headers().toArray()), Optional.empty());
    }

    private static ArticleParsed article(String id, String revision, String permalink) {
        return new ArticleParsed(id, revision, 1, "actualites", "_" + id + ".md", permalink, "Titre", null, List.of(),
                List.of(), Map.of(), "Texte");
    }
}

package org.rotative.render.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.rotative.contract.kafka.CloudEventCodec;
import org.rotative.contract.kafka.ConsumedEvent;
import org.rotative.contract.kafka.InvalidEventException;

class ParsedArticleConsumerTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec("/rotative/ingest");

    private long offset;

    @Test
    void keepsTheLastEventOfEachArticleInABatch() {
        List<ArticleParsed> latest = parsed(ParsedArticleConsumer.latestPerArticle(List.of(
                consumed(article("actualites/a", "a1", "/actualites/a/")),
                consumed(article("actualites/b", "b1", "/actualites/b/")),
                consumed(article("actualites/a", "a2", "/actualites/a/")))));
        assertEquals(List.of("b1", "a2"), latest.stream().map(ArticleParsed::revision).toList());
    }

    @Test
    void theHighestSequenceWinsWhateverTheOrder() {
        List<ArticleParsed> latest = parsed(ParsedArticleConsumer.latestPerArticle(List.of(
                consumed(article("actualites/a", "a3", 3, "/actualites/a/")),
                consumed(article("actualites/a", "a2", 2, "/actualites/a/")))));
        assertEquals(List.of("a3"), latest.stream().map(ArticleParsed::revision).toList());
    }

    @Test
    void anUnpublishedArticleEndsWithItsWithdrawal() {
        ArticleUnpublished withdrawal = new ArticleUnpublished("actualites/a", "a1", 2, "/actualites/a/", "removed");
        ProducerRecord<String, byte[]> sent = CODEC.encode(EventType.ARTICLE_UNPUBLISHED, "actualites/a", withdrawal);
        List<Object> latest = ParsedArticleConsumer.latestPerArticle(List.of(
                consumed(article("actualites/a", "a1", "/actualites/a/")), consumed(sent)))
                .stream().map(ConsumedEvent::data).toList();
        assertEquals(List.of(withdrawal), latest);
    }

    private static List<ArticleParsed> parsed(java.util.Collection<ConsumedEvent> events) {
        return events.stream().map(ConsumedEvent::data).map(ArticleParsed.class::cast).toList();
    }

    @Test
    void refusesWhatThePageTableCannotHoldNamingItsRecord() {
        for (ArticleParsed bad : List.of(article("actualites/no-permalink", "r", null),
                article("actualites/relative", "r", "actualites/relative/"),
                article("actualites/long", "r", "/" + "x".repeat(2048)))) {
            ConsumedEvent event = consumed(bad);
            InvalidEventException refused = assertThrows(InvalidEventException.class,
                    () -> ParsedArticleConsumer.latestPerArticle(List.of(consumed(article("actualites/ok", "r",
                            "/actualites/ok/")), event)));
            assertSame(event.record(), refused.record());
            assertTrue(refused.getMessage().contains("article " + bad.articleId() + " not rendered: permalink"),
                    refused.getMessage());
        }
    }

    private ConsumedEvent consumed(ArticleParsed article) {
        return consumed(CODEC.encode(EventType.ARTICLE_PARSED, article.articleId(), article));
    }

    /** The event as the stage hands it over: consumed, then decoded. */
    private ConsumedEvent consumed(ProducerRecord<String, byte[]> sent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, offset++, 0L,
                TimestampType.CREATE_TIME, -1, -1, sent.key(), sent.value(),
                new RecordHeaders(sent.headers().toArray()), Optional.empty());
        return new ConsumedEvent(record, CloudEventCodec.decodeAny(record));
    }

    private static ArticleParsed article(String id, String revision, String permalink) {
        return article(id, revision, 1, permalink);
    }

    private static ArticleParsed article(String id, String revision, long sequence, String permalink) {
        return new ArticleParsed(id, revision, sequence, "actualites", "_" + id + ".md", permalink, "Titre", null, List.of(),
                List.of(), Map.of(), "Texte", true);
    }
}

package org.rotative.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.Event;
import org.rotative.contract.event.EventType;
import org.rotative.contract.kafka.CloudEventCodec;
import org.rotative.contract.kafka.InvalidEventException;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec("/rotative/test");

    @Test
    void roundTripKeepsDataAndContextAttributes() {
        ArticleParsed parsed = new ArticleParsed("actualites/acc-eig5", "abc", 1, "actualites",
                "_actualites/acc-eig5.markdown", "/actualites/acc-eig5/", "L’État recherche",
                OffsetDateTime.parse("2021-03-01T10:10:00+01:00"), List.of("Appel"), List.of(),
                Map.of("title", "L’État recherche"), "> body\n{: .lien-important}", true);
        ProducerRecord<String, byte[]> out = codec.encode(EventType.ARTICLE_PARSED, parsed.articleId(), parsed);

        assertEquals("rotative.articles.parsed", out.topic());
        assertEquals("actualites/acc-eig5", out.key());
        assertEquals("org.rotative.article.parsed.v1",
                new String(out.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));

        Event<ArticleParsed> in = CloudEventCodec.decode(EventType.ARTICLE_PARSED, received(out, out.value()));
        assertEquals(parsed, in.data());
        assertEquals("/rotative/test", in.source());
        assertEquals("actualites/acc-eig5", in.subject());
        assertNotNull(in.id());
        // The offset is part of the article's date as written: it must survive the trip.
        assertEquals("+01:00", in.data().date().getOffset().getId());
    }

    @Test
    void rejectsAnotherTypeAndBrokenData() {
        ArticleParsed parsed = new ArticleParsed("a/b", "r", 1, "a", "_a/b.md", "/a/b/", "t", null,
                List.of(), List.of(), Map.of(), "", true);
        ProducerRecord<String, byte[]> out = codec.encode(EventType.ARTICLE_PARSED, "a/b", parsed);

        InvalidEventException wrongType = assertThrows(InvalidEventException.class,
                () -> CloudEventCodec.decode(EventType.MEDIA_CHECKED, received(out, out.value())));
        assertEquals("rotative.articles.parsed-0@7: expected type org.rotative.media.checked.v1, got "
                + "org.rotative.article.parsed.v1", wrongType.getMessage());

        assertThrows(InvalidEventException.class, () -> CloudEventCodec.decode(EventType.ARTICLE_PARSED,
                received(out, "{not json".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void everyEventTypeShipsItsSchema() {
        for (EventType<?> type : EventType.ALL) {
            assertNotNull(getClass().getClassLoader().getResource(type.schemaResource()), type.schemaResource());
        }
    }

    private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> out, byte[] value) {
        return new ConsumerRecord<>(out.topic(), 0, 7, 0L, TimestampType.CREATE_TIME, 0, 0, out.key(), value,
                out.headers(), Optional.empty());
    }
}

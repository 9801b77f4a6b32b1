package org.rotative.contract.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleUnpublished;
import org.rotative.contract.event.EventType;

class EventLogContextTest {

    @Test
    void logLinesNameTheArticleAndTheEventWhileItIsHandled() {
        ProducerRecord<String, byte[]> sent = new CloudEventCodec("/test").encode(EventType.ARTICLE_UNPUBLISHED,
                "actualites/a", new ArticleUnpublished("actualites/a", "r1", 2, "/a/", "removed"));
        ConsumerRecord<String, byte[]> received = new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(), sent.value());
        sent.headers().forEach(received.headers()::add);
        String eventId = new String(sent.headers().lastHeader("ce_id").value());

        try (EventLogContext context = EventLogContext.of(received)) {
            assertEquals(Map.of("articleId", "actualites/a", "eventId", eventId),
                    Map.of("articleId", MDC.get("articleId"), "eventId", MDC.get("eventId")));
        }
        for (String key : List.of("articleId", "eventId")) {
            assertNull(MDC.get(key), key + " is removed once the article is done");
        }
    }
}

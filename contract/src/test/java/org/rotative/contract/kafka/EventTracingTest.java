package org.rotative.contract.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleUnpublished;
import org.rotative.contract.event.EventType;

import io.opentelemetry.api.OpenTelemetry;

/** The trace an event carries is the one the events answering it carry, article by article. */
class EventTracingTest {

    private static final String TRACE_A = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final String TRACE_B = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private final CloudEventCodec codec = new CloudEventCodec("/test");

    @Test
    void eventsAnsweringARecordContinueItsTrace() throws Exception {
        List<String> answered = new ArrayList<>();
        EventTracing.handleTraced(OpenTelemetry.noop().getTracer("test"), "group",
                List.of(consumed("actualites/a", TRACE_A), consumed("actualites/b", TRACE_B)), events -> {
                    for (ConsumedEvent event : events) {
                        String articleId = event.event().subject();
                        ProducerRecord<String, byte[]> answer = codec.encode(EventType.ARTICLE_UNPUBLISHED,
                                articleId, unpublished(articleId));
                        EventTracing.inject(answer);
                        answered.add(header(answer));
                        answered.add(EventTracing.traceParentFor(articleId));
                    }
                });
        assertEquals(List.of(TRACE_A, TRACE_A, TRACE_B, TRACE_B), answered);
        assertNull(EventTracing.traceParentFor("actualites/a"), "outside a batch and a request there is no trace");
    }

    private ConsumedEvent consumed(String articleId, String traceParent) {
        ProducerRecord<String, byte[]> sent = codec.encode(EventType.ARTICLE_UNPUBLISHED, articleId,
                unpublished(articleId));
        sent.headers().add(EventTracing.TRACEPARENT, traceParent.getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 0, articleId, sent.value());
        sent.headers().forEach(record.headers()::add);
        return new ConsumedEvent(record, CloudEventCodec.decode(EventType.ARTICLE_UNPUBLISHED, record));
    }

    private static ArticleUnpublished unpublished(String articleId) {
        return new ArticleUnpublished(articleId, "r", 1, "/x/", "removed");
    }

    private static String header(ProducerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(EventTracing.TRACEPARENT).value(), StandardCharsets.UTF_8);
    }
}

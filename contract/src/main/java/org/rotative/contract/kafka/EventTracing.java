package org.rotative.contract.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * One trace follows an article through the pipeline: the W3C {@code traceparent} travels in record headers (as the
 * CloudEvents Kafka binding's distributed tracing extension does), each consumed record gets a span of its own, child
 * of the producer's, and the events a stage publishes about that article continue its trace. Without an OpenTelemetry
 * SDK (the default: tracing off) the tracer does nothing, but the trace context still travels, so switching tracing on
 * in one service shows whole traces.
 */
public final class EventTracing {

    /** Header of the W3C trace context. */
    public static final String TRACEPARENT = "traceparent";

    private static final W3CTraceContextPropagator PROPAGATOR = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return () -> Arrays.stream(headers.toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
    private static final TextMapSetter<Headers> SET_HEADER = (headers, key, value) -> {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    };
    /** The spans of the batch the current consumer thread handles, per article: what its outgoing events continue. */
    private static final ThreadLocal<Map<String, Context>> BATCH = new ThreadLocal<>();

    private EventTracing() {
    }

    /**
     * The W3C {@code traceparent} an event about this article continues, or null when there is no trace: the span of
     * the consumed record about the article when a stage handles one, otherwise the current context (an HTTP
     * request's). For events stored now and sent later (an outbox).
     */
    public static String traceParentFor(String articleId) {
        Map<String, String> carrier = new HashMap<>();
        PROPAGATOR.inject(contextFor(articleId), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Adds a stored {@code traceparent} to a record about to be sent. */
    static void addTraceParent(ProducerRecord<String, byte[]> record, String traceParent) {
        if (traceParent != null) {
            SET_HEADER.set(record.headers(), TRACEPARENT, traceParent);
        }
    }

    /** Adds the trace context of an event about to be sent (see {@link #traceParentFor}). */
    static void inject(ProducerRecord<String, byte[]> record) {
        PROPAGATOR.inject(contextFor(record.key()), record.headers(), SET_HEADER);
    }

    private static Context contextFor(String articleId) {
        Map<String, Context> batch = BATCH.get();
        Context context = batch == null ? null : batch.get(articleId);
        return context != null ? context : Context.current();
    }

    /** Runs a batch handler inside one consumer span per record, child of the trace the record carries. */
    static void handleTraced(Tracer tracer, String groupId, List<ConsumedEvent> events, EventStage.Batch handler)
            throws Exception {
        Map<String, Context> spans = new HashMap<>();
        for (ConsumedEvent event : events) {
            ConsumerRecord<String, byte[]> record = event.record();
            Context parent = PROPAGATOR.extract(Context.root(), record.headers(), HEADERS);
            Span span = tracer.spanBuilder(record.topic() + " process").setParent(parent)
                    .setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.consumer.group.name", groupId)
                    .setAttribute("messaging.kafka.message.key", record.key() == null ? "" : record.key())
                    .setAttribute("messaging.kafka.offset", record.offset())
                    .startSpan();
            Context previous = spans.put(record.key(), parent.with(span));
            if (previous != null) {
                // An older event of the same article in the batch: superseded, its span ends now.
                Span.fromContext(previous).end();
            }
        }
        BATCH.set(spans);
        try {
            handler.handle(events);
        } catch (Exception | Error e) {
            spans.values().forEach(c -> Span.fromContext(c).setStatus(StatusCode.ERROR, e.getMessage()));
            throw e;
        } finally {
            BATCH.remove();
            spans.values().forEach(c -> Span.fromContext(c).end());
        }
    }
}

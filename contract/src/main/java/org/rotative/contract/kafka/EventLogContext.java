package org.rotative.contract.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.MDC;

/**
 * Names, in the log context (MDC), the article and the event a thread is working on, so that every log line written
 * meanwhile carries them: as {@code articleId} and {@code eventId} fields of the JSON logs of production. Use it with
 * try-with-resources around the work on one article.
 */
public final class EventLogContext implements AutoCloseable {

    /** Log context key of the article id. */
    public static final String ARTICLE_ID = "articleId";
    /** Log context key of the CloudEvents id of the event being handled. */
    public static final String EVENT_ID = "eventId";

    private EventLogContext() {
    }

    /** The article (the record key) and the event (its CloudEvents id) of a record. */
    public static EventLogContext of(ConsumerRecord<String, byte[]> record) {
        EventLogContext context = ofArticle(record.key());
        Header id = record.headers().lastHeader(CloudEventCodec.H_ID);
        if (id != null) {
            MDC.put(EVENT_ID, new String(id.value(), StandardCharsets.UTF_8));
        }
        return context;
    }

    /** An article worked on outside any event (an upload, an import). */
    public static EventLogContext ofArticle(String articleId) {
        if (articleId != null) {
            MDC.put(ARTICLE_ID, articleId);
        }
        return new EventLogContext();
    }

    @Override
    public void close() {
        MDC.remove(ARTICLE_ID);
        MDC.remove(EVENT_ID);
    }
}

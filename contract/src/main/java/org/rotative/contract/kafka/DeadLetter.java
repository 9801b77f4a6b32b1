package org.rotative.contract.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.rotative.contract.event.Topics;

/**
 * A record a consumer could not use, on its way to {@link Topics#DEAD_LETTER}. The dead letter is the record as it
 * was (key, value and headers, CloudEvents ones included, so it can be produced again once fixed) plus headers that
 * say where it came from and what was wrong. They are plain record headers, not CloudEvents extensions: the record
 * may not be a CloudEvent at all.
 *
 * @param record the record as read
 * @param error  what is wrong with it
 */
public record DeadLetter(ConsumerRecord<String, byte[]> record, String error) {

    /** Topic the record was read from. */
    public static final String H_TOPIC = "rotative-dlq-topic";
    /** Its partition, in decimal. */
    public static final String H_PARTITION = "rotative-dlq-partition";
    /** Its offset, in decimal. */
    public static final String H_OFFSET = "rotative-dlq-offset";
    /** The consumer group that refused it. */
    public static final String H_GROUP = "rotative-dlq-group";
    /** What is wrong, for people. */
    public static final String H_ERROR = "rotative-dlq-error";
    /** When it was refused, ISO 8601. */
    public static final String H_TIME = "rotative-dlq-time";

    /** The dead-letter record. A compacted topic refuses records without a key: those get their origin as key. */
    ProducerRecord<String, byte[]> toProducerRecord(String groupId) {
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        put(headers, H_TOPIC, record.topic());
        put(headers, H_PARTITION, Integer.toString(record.partition()));
        put(headers, H_OFFSET, Long.toString(record.offset()));
        put(headers, H_GROUP, groupId);
        put(headers, H_ERROR, error);
        put(headers, H_TIME, Instant.now().toString());
        String key = record.key() != null ? record.key() : InvalidEventException.where(record);
        return new ProducerRecord<>(Topics.DEAD_LETTER, null, key, record.value(), headers);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

package org.rotative.contract.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.rotative.contract.event.Event;
import org.rotative.contract.event.EventType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes and reads events in the CloudEvents 1.0 Kafka protocol binding, binary content mode: context attributes in
 * {@code ce_*} headers, the JSON data as the record value, the article id as the record key. Binary mode keeps the
 * value a plain JSON document that any newsroom client (kcat, Kafka Connect…) can read.
 */
public final class CloudEventCodec {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    static final String H_SPECVERSION = "ce_specversion";
    static final String H_ID = "ce_id";
    static final String H_SOURCE = "ce_source";
    static final String H_TYPE = "ce_type";
    static final String H_TIME = "ce_time";
    static final String H_SUBJECT = "ce_subject";
    static final String H_DATASCHEMA = "ce_dataschema";
    static final String H_CONTENT_TYPE = "content-type";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // Newer minor versions of a schema may add fields: old readers ignore them.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String source;

    /** @param source the CloudEvents {@code source} of the events this codec writes, e.g. {@code /rotative/ingest} */
    public CloudEventCodec(String source) {
        this.source = source;
    }

    /** A record for {@code data}, keyed and subject-ed by {@code articleId}, with a new event id. */
    public <T> ProducerRecord<String, byte[]> encode(EventType<T> type, String articleId, T data) {
        return encode(type, articleId, serialize(type, articleId, data), UUID.randomUUID().toString(), Instant.now());
    }

    /**
     * A record for data already serialised, with the id and time it was given when it was first recorded: an event
     * relayed again after a failure keeps its id, so consumers can recognise the duplicate.
     */
    public ProducerRecord<String, byte[]> encode(EventType<?> type, String articleId, byte[] data, String id,
            Instant time) {
        Headers headers = new RecordHeaders();
        put(headers, H_SPECVERSION, SPEC_VERSION);
        put(headers, H_ID, id);
        put(headers, H_SOURCE, source);
        put(headers, H_TYPE, type.type());
        put(headers, H_TIME, time.toString());
        put(headers, H_SUBJECT, articleId);
        put(headers, H_DATASCHEMA, type.dataSchema());
        put(headers, H_CONTENT_TYPE, CONTENT_TYPE);
        return new ProducerRecord<>(type.topic(), null, articleId, data, headers);
    }

    /** The JSON data of an event, as it travels. */
    public static <T> byte[] serialize(EventType<T> type, String articleId, T data) {
        try {
            return MAPPER.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialise " + type.type() + " for " + articleId, e);
        }
    }

    /** The CloudEvents {@code type} of a record, or null when it carries none. */
    public static String typeOf(ConsumerRecord<String, byte[]> record) {
        return header(record.headers(), H_TYPE);
    }

    /**
     * Decodes a record of the given type.
     *
     * @throws InvalidEventException when the record is not a CloudEvent of that type or its data does not match the
     *                               schema; the message says which topic, partition and offset
     */
    public static <T> Event<T> decode(EventType<T> type, ConsumerRecord<String, byte[]> record) {
        String actualType = checkContext(record);
        if (!type.type().equals(actualType)) {
            throw new InvalidEventException(record, "expected type " + type.type() + ", got " + actualType);
        }
        try {
            T data = MAPPER.readValue(record.value(), type.dataClass());
            String time = header(record.headers(), H_TIME);
            return new Event<>(header(record.headers(), H_ID), header(record.headers(), H_SOURCE), type,
                    time == null ? null : Instant.parse(time), header(record.headers(), H_SUBJECT), data);
        } catch (IOException | DateTimeParseException e) {
            throw new InvalidEventException(record, "data of " + actualType + " does not match "
                    + type.dataSchema() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes a record as whichever event of the system it says it is.
     *
     * @throws InvalidEventException when it is not a CloudEvent, its type (or that type's schema version) is not one
     *                               of the system, the type does not travel on the record's topic, or its data does
     *                               not match the type's schema
     */
    public static Event<?> decodeAny(ConsumerRecord<String, byte[]> record) {
        String actualType = checkContext(record);
        EventType<?> type = EventType.of(actualType).orElseThrow(() -> new InvalidEventException(record,
                "unknown event type " + actualType + " (not an event of this system, or a schema version this "
                        + "consumer does not know)"));
        if (!type.topic().equals(record.topic())) {
            throw new InvalidEventException(record, "event type " + actualType + " travels on " + type.topic()
                    + ", not on " + record.topic());
        }
        return decode(type, record);
    }

    /** Checks what every event has; returns its type. */
    private static String checkContext(ConsumerRecord<String, byte[]> record) {
        if (!SPEC_VERSION.equals(header(record.headers(), H_SPECVERSION))) {
            throw new InvalidEventException(record, "not a CloudEvent " + SPEC_VERSION + " (header "
                    + H_SPECVERSION + " missing or different)");
        }
        String type = header(record.headers(), H_TYPE);
        if (record.value() == null) {
            throw new InvalidEventException(record, "event " + type + " has no data");
        }
        return type;
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

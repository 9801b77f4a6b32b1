package org.rotative.contract.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.rotative.contract.event.EventType;

/**
 * Publishes events durably: idempotent producer, {@code acks=all}, and {@link #publishAll} returns only once the
 * broker has acknowledged every record, so a caller can record "published" knowing the event is in Kafka.
 */
public final class EventProducer implements AutoCloseable {

    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventCodec codec;

    /**
     * @param config Kafka client configuration (bootstrap servers…)
     * @param source CloudEvents {@code source} of every event written; null for a producer of dead letters alone
     */
    public EventProducer(Map<String, Object> config, String source) {
        Map<String, Object> c = new HashMap<>(config);
        c.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        c.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Every caller waits for the acknowledgement, so lingering only delays it (Kafka 4 waits 5 ms by default):
        // a correction crosses two producers on its way to the page. Records sent meanwhile still share requests.
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        c.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(c);
        this.codec = new CloudEventCodec(source);
    }

    /** One event to publish: its type, key (article id) and data. */
    public record Outgoing<T>(EventType<T> type, String articleId, T data) {
    }

    /**
     * An event recorded earlier (in an outbox), with its data already serialised and its id and time fixed.
     *
     * @param type        the event type
     * @param articleId   the key
     * @param data        the JSON data
     * @param id          the CloudEvents id it was given when recorded
     * @param time        when it was recorded
     * @param traceParent W3C trace context of the work that recorded it ({@link EventTracing#traceParentFor}),
     *                    or null
     */
    public record Recorded(EventType<?> type, String articleId, byte[] data, String id, Instant time,
            String traceParent) {
    }

    /**
     * Sends every event and waits for the broker's acknowledgement of all of them.
     *
     * @throws EventPublishException when one could not be written; some others may have been
     */
    public void publishAll(List<? extends Outgoing<?>> events) {
        send(events.stream().map(this::record).toList());
    }

    /**
     * Sends recorded events in the given order (order per article is kept: same key, same partition, idempotent
     * producer) and waits for the broker's acknowledgement of all of them.
     *
     * @throws EventPublishException when one could not be written; some others may have been
     */
    public void publishRecorded(List<Recorded> events) {
        send(events.stream().map(e -> {
            ProducerRecord<String, byte[]> record = codec.encode(e.type(), e.articleId(), e.data(), e.id(), e.time());
            EventTracing.addTraceParent(record, e.traceParent());
            return record;
        }).toList());
    }

    /**
     * Sends records a consumer group could not use to the dead-letter topic and waits for the broker's
     * acknowledgement, so the caller may commit past them.
     *
     * @throws EventPublishException when one could not be written
     */
    public void publishDeadLetters(String groupId, List<DeadLetter> letters) {
        send(letters.stream().map(letter -> letter.toProducerRecord(groupId)).toList());
    }

    private void send(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (ProducerRecord<String, byte[]> record : records) {
            acks.add(producer.send(record));
        }
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new EventPublishException("Kafka did not acknowledge an event: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EventPublishException("interrupted while waiting for Kafka", e);
            }
        }
    }

    private <T> ProducerRecord<String, byte[]> record(Outgoing<T> event) {
        ProducerRecord<String, byte[]> record = codec.encode(event.type(), event.articleId(), event.data());
        EventTracing.inject(record);
        return record;
    }

    @Override
    public void close() {
        producer.close();
    }
}

package org.rotative.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads topics from their beginning, as a consumer group of the test's own, to check what the services published. */
final class TopicReader {

    /** A consumer subscribed to the topics, from their first record. */
    static KafkaConsumer<String, byte[]> subscribe(String bootstrap, Collection<String> topics) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        consumer.subscribe(topics);
        return consumer;
    }

    /** Every record of the topics, in order per partition: read until none came for 3 s, or the timeout. */
    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, Collection<String> topics,
            Duration timeout) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = subscribe(bootstrap, topics)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int idle = 0;
            while (System.nanoTime() < deadline && idle < 6) {
                var records = consumer.poll(Duration.ofMillis(500));
                idle = records.isEmpty() && !all.isEmpty() ? idle + 1 : 0;
                records.forEach(all::add);
            }
        }
        return all;
    }

    private TopicReader() {
    }
}

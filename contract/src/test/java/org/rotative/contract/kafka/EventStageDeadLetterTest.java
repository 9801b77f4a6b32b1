package org.rotative.contract.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.Topics;

import io.opentelemetry.api.OpenTelemetry;

/** Poison records on the real broker: each goes to the dead-letter topic with its origin, and consumption goes on. */
class EventStageDeadLetterTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap.servers", "127.0.0.1:19092");

    private final String run = "dead-letter-test/" + UUID.randomUUID();
    private final String group = "dead-letter-test-" + UUID.randomUUID();
    private final CloudEventCodec codec = new CloudEventCodec("/rotative/test");

    @Test
    void poisonRecordsAreDeadLetteredAndTheOthersHandled() throws Exception {
        Map<String, Object> kafka = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                // Only what this test sends: the shared topic holds every earlier run's records.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        Set<String> handled = ConcurrentHashMap.newKeySet();
        EventStage.Handler handler = (events, out) -> {
            for (ConsumedEvent event : events) {
                if (event.record().key().endsWith("/refused")) {
                    throw new InvalidEventException(event.record(), "refused by the service");
                }
            }
            events.forEach(event -> handled.add(((ArticleParsed) event.data()).articleId()));
        };
        try (EventStage stage = EventStage.start("dead-letter-test", kafka, group, List.of(Topics.ARTICLES_PARSED),
                null, OpenTelemetry.noop().getTracer("test"), handler);
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP), new StringSerializer(),
                        new ByteArraySerializer())) {
            // The group reads from the end: wait until it has its partitions, i.e. a probe comes through.
            await(() -> {
                send(producer, codec.encode(EventType.ARTICLE_PARSED, run + "/probe", article(run + "/probe")));
                return sleepUntil(() -> handled.contains(run + "/probe"), Duration.ofSeconds(2));
            });

            ProducerRecord<String, byte[]> valid = codec.encode(EventType.ARTICLE_PARSED, run + "/garbage",
                    article(run + "/garbage"));
            RecordMetadata garbage = send(producer, new ProducerRecord<>(Topics.ARTICLES_PARSED, null,
                    run + "/garbage", "{not json".getBytes(StandardCharsets.UTF_8), valid.headers()));
            ProducerRecord<String, byte[]> v2 = codec.encode(EventType.ARTICLE_PARSED, run + "/v2", article(run + "/v2"));
            v2.headers().remove("ce_type").add("ce_type",
                    "org.rotative.article.parsed.v2".getBytes(StandardCharsets.UTF_8));
            RecordMetadata unknownVersion = send(producer, v2);
            RecordMetadata noCloudEvent = send(producer, new ProducerRecord<>(Topics.ARTICLES_PARSED, run + "/plain",
                    run.getBytes(StandardCharsets.UTF_8)));
            RecordMetadata refused = send(producer,
                    codec.encode(EventType.ARTICLE_PARSED, run + "/refused", article(run + "/refused")));
            RecordMetadata ok = send(producer,
                    codec.encode(EventType.ARTICLE_PARSED, run + "/ok", article(run + "/ok")));

            await(() -> handled.contains(run + "/ok"));
            assertEquals(Set.of(run + "/probe", run + "/ok"), handled);

            Map<String, ConsumerRecord<String, byte[]>> letters = deadLetters(4);
            assertDeadLetter(letters, garbage, run + "/garbage", "does not match urn:rotative:schema:article-parsed-v1");
            assertDeadLetter(letters, unknownVersion, run + "/v2",
                    "unknown event type org.rotative.article.parsed.v2");
            assertDeadLetter(letters, noCloudEvent, run + "/plain", "not a CloudEvent 1.0");
            assertDeadLetter(letters, refused, run + "/refused", "refused by the service");
            // The original headers travel along: the unknown version can be produced again once understood.
            assertEquals("org.rotative.article.parsed.v2",
                    header(letters.get(unknownVersion.partition() + "@" + unknownVersion.offset()), "ce_type"));

            // Offsets are committed past every record, poison included.
            await(() -> committed(ok) > ok.offset());
        }
    }

    private static void assertDeadLetter(Map<String, ConsumerRecord<String, byte[]>> letters, RecordMetadata origin,
            String key, String error) {
        ConsumerRecord<String, byte[]> letter = letters.get(origin.partition() + "@" + origin.offset());
        assertTrue(letter != null, "no dead letter for " + origin + " in " + letters.keySet());
        assertEquals(key, letter.key());
        assertEquals(Topics.ARTICLES_PARSED, header(letter, DeadLetter.H_TOPIC));
        String message = header(letter, DeadLetter.H_ERROR);
        assertTrue(message.startsWith(Topics.ARTICLES_PARSED + "-" + origin.partition() + "@" + origin.offset() + ": ")
                && message.contains(error), message);
        assertTrue(header(letter, DeadLetter.H_TIME) != null);
    }

    /** This run's dead letters by origin, {@code partition@offset}. */
    private Map<String, ConsumerRecord<String, byte[]>> deadLetters(int expected) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group + "-reader");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, ConsumerRecord<String, byte[]>> letters = new ConcurrentHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DEAD_LETTER));
            await(() -> {
                for (ConsumerRecord<String, byte[]> letter : consumer.poll(Duration.ofMillis(500))) {
                    if (group.equals(header(letter, DeadLetter.H_GROUP))) {
                        letters.put(header(letter, DeadLetter.H_PARTITION) + "@" + header(letter, DeadLetter.H_OFFSET),
                                letter);
                    }
                }
                return letters.size() >= expected;
            });
        }
        return letters;
    }

    private long committed(RecordMetadata record) throws Exception {
        try (Admin admin = Admin.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS).get(new TopicPartition(record.topic(), record.partition()));
            return offset == null ? -1 : offset.offset();
        }
    }

    private static ArticleParsed article(String id) {
        return new ArticleParsed(id, "r1", 1, "test", "_" + id + ".md", "/" + id + "/", "Titre", null, List.of(),
                List.of(), Map.of(), "Texte", true);
    }

    private static RecordMetadata send(KafkaProducer<String, byte[]> producer, ProducerRecord<String, byte[]> record)
            throws Exception {
        return producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws Exception;
    }

    private static void await(Check check) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + DEADLINE);
            }
            Thread.sleep(200);
        }
    }

    private static boolean sleepUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}

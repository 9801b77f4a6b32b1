package org.rotative.contract.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.rotative.contract.event.Topics;

import io.opentelemetry.api.trace.Tracer;

/**
 * How a service takes part in the pipeline: one consumer group reading some topics and a producer, for the events the
 * service answers with and for dead letters. Closing stops the consumer first, so that the batch in progress can
 * still publish, then the producer.
 * <p>
 * Poison records never block a partition: a record that is not an event of the system (not a CloudEvent, unknown
 * type or schema version, a type that does not travel on its topic, data that does not match the schema) is not
 * handed to the handler but sent to {@link Topics#DEAD_LETTER} with the reason (see {@link DeadLetter}); so is a
 * record the handler refuses by throwing an {@link InvalidEventException} naming it, after which the rest of the batch
 * is handed again. Dead letters are acknowledged by the broker before the offsets are committed: a record is never
 * both skipped and lost.
 */
public final class EventStage implements AutoCloseable {

    /**
     * Handles one batch of valid events (never empty); {@code out} is null for a stage that publishes nothing.
     * Throwing an {@link InvalidEventException} naming one of the records sends it to the dead-letter topic; throwing
     * anything else retries the batch.
     */
    @FunctionalInterface
    public interface Handler {
        void handle(List<ConsumedEvent> events, EventProducer out) throws Exception;
    }

    /** {@link Handler} once its producer is bound. */
    @FunctionalInterface
    interface Batch {
        void handle(List<ConsumedEvent> events) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(EventStage.class);

    private final EventConsumerLoop loop;
    private final EventProducer producer;

    private EventStage(EventConsumerLoop loop, EventProducer producer) {
        this.loop = loop;
        this.producer = producer;
    }

    /**
     * Starts the stage.
     *
     * @param name        names the consumer thread and log lines
     * @param kafkaConfig Kafka client configuration (bootstrap servers…)
     * @param groupId     the consumer group: instances of one service share it, and so share the partitions
     * @param topics      topics to read
     * @param source      CloudEvents {@code source} of the events it publishes, or null when it publishes none
     * @param tracer      makes one span per consumed record (see {@link EventTracing}); a no-op one when tracing is off
     * @param handler     what to do with each batch
     */
    public static EventStage start(String name, Map<String, Object> kafkaConfig, String groupId,
            Collection<String> topics, String source, Tracer tracer, Handler handler) {
        EventProducer producer = new EventProducer(kafkaConfig, source);
        EventProducer out = source == null ? null : producer;
        Map<String, Object> consumer = new HashMap<>(kafkaConfig);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        EventConsumerLoop loop = new EventConsumerLoop(name, consumer, topics,
                records -> handle(name, groupId, records, batch -> EventTracing.handleTraced(tracer, groupId, batch,
                        traced -> handler.handle(traced, out)), producer));
        loop.start();
        return new EventStage(loop, producer);
    }

    /**
     * Hands the valid records of a batch to the handler with the events decoded while checking them, so that no
     * handler decodes a record again; then sends the others to the dead-letter topic.
     */
    private static void handle(String name, String groupId, List<ConsumerRecord<String, byte[]>> records,
            Batch handler, EventProducer producer) throws Exception {
        List<ConsumedEvent> valid = new ArrayList<>(records.size());
        List<DeadLetter> dead = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                valid.add(new ConsumedEvent(record, CloudEventCodec.decodeAny(record)));
            } catch (InvalidEventException e) {
                dead.add(new DeadLetter(record, e.getMessage()));
            }
        }
        while (!valid.isEmpty()) {
            try {
                handler.handle(List.copyOf(valid));
                break;
            } catch (InvalidEventException e) {
                // Records have no equals(): identity tells the batch's own record.
                ConsumedEvent refused = valid.stream().filter(event -> event.record() == e.record())
                        .findFirst().orElseThrow(() -> e);
                valid.remove(refused);
                dead.add(new DeadLetter(refused.record(), e.getMessage()));
            }
        }
        if (!dead.isEmpty()) {
            for (DeadLetter letter : dead) {
                LOG.warnf("%s: dead letter to %s: %s", name, Topics.DEAD_LETTER, letter.error());
            }
            producer.publishDeadLetters(groupId, dead);
        }
    }

    /** False once the consumer has stopped: readiness reports it. */
    public boolean running() {
        return loop.isRunning();
    }

    /** Records of its partitions the group has not read yet, as of the last poll: the consumer lag metric. */
    public long lag() {
        return loop.lag();
    }

    @Override
    public void close() {
        loop.close();
        producer.close();
    }
}

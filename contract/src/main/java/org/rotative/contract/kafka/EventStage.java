package org.rotative.contract.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * How a service takes part in the pipeline: one consumer group reading some topics and, when the service answers with
 * events of its own, a producer. Closing stops the consumer first, so that the batch in progress can still publish,
 * then the producer.
 */
public final class EventStage implements AutoCloseable {

    /** Handles one batch; {@code out} is null for a stage that publishes nothing. Throwing retries the batch. */
    @FunctionalInterface
    public interface Handler {
        void handle(List<ConsumerRecord<String, byte[]>> records, EventProducer out) throws Exception;
    }

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
     * @param handler     what to do with each batch
     */
    public static EventStage start(String name, Map<String, Object> kafkaConfig, String groupId,
            Collection<String> topics, String source, Handler handler) {
        EventProducer producer = source == null ? null : new EventProducer(kafkaConfig, source);
        Map<String, Object> consumer = new HashMap<>(kafkaConfig);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        EventConsumerLoop loop = new EventConsumerLoop(name, consumer, topics,
                records -> handler.handle(records, producer));
        loop.start();
        return new EventStage(loop, producer);
    }

    /** False once the consumer has stopped: readiness reports it. */
    public boolean running() {
        return loop.isRunning();
    }

    @Override
    public void close() {
        loop.close();
        if (producer != null) {
            producer.close();
        }
    }
}

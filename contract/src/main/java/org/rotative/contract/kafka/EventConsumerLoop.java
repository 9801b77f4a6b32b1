package org.rotative.contract.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * One consumer thread that hands batches of records to a handler and commits their offsets only once the handler
 * returned: at-least-once delivery, so handlers must be idempotent (they are keyed by article id and revision).
 * When the handler throws, the batch is read again after a back-off instead of being skipped: a database or broker
 * outage delays articles but never drops them. Records that can never be handled are the handler's business:
 * {@link EventStage} sends them to the dead-letter topic.
 */
public final class EventConsumerLoop implements AutoCloseable {

    /** Processes one batch; throwing makes the whole batch be retried. */
    @FunctionalInterface
    public interface BatchHandler {
        void handle(List<ConsumerRecord<String, byte[]>> records) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(EventConsumerLoop.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long MAX_BACKOFF_MS = 30_000;

    private final String name;
    private final Map<String, Object> config;
    private final Collection<String> topics;
    private final BatchHandler handler;
    private final Thread thread;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile long lag;

    /**
     * @param name    names the thread and the log lines
     * @param config  Kafka client configuration (bootstrap servers…); {@code group.id} must be set
     * @param topics  topics to subscribe to
     * @param handler what to do with each batch
     */
    public EventConsumerLoop(String name, Map<String, Object> config, Collection<String> topics,
            BatchHandler handler) {
        this.name = name;
        this.config = new HashMap<>(config);
        this.config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        if (!this.config.containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
            throw new IllegalArgumentException(name + ": " + ConsumerConfig.GROUP_ID_CONFIG + " is required");
        }
        this.topics = List.copyOf(topics);
        this.handler = handler;
        this.thread = new Thread(this::run, name);
    }

    public void start() {
        thread.start();
    }

    /** False once the loop has stopped, normally or not: readiness reports it. */
    public boolean isRunning() {
        return thread.isAlive();
    }

    private void run() {
        long backoff = 0;
        KafkaConsumer<String, byte[]> c = null;
        try {
            c = new KafkaConsumer<>(config);
            consumer = c;
            c.subscribe(topics);
            while (stopping.getCount() > 0) {
                ConsumerRecords<String, byte[]> batch = c.poll(POLL);
                lag = lagOf(c);
                if (batch.isEmpty()) {
                    continue;
                }
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(batch.count());
                batch.forEach(records::add);
                try {
                    handler.handle(records);
                    c.commitSync();
                    backoff = 0;
                } catch (WakeupException e) {
                    throw e;
                } catch (Exception e) {
                    backoff = Math.min(MAX_BACKOFF_MS, Math.max(500, backoff * 2));
                    LOG.errorf(e, "%s: batch of %d records failed, retrying in %d ms", name, records.size(), backoff);
                    rewind(c, batch);
                    stopping.await(backoff, TimeUnit.MILLISECONDS);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s: consumer stopped", name);
        } finally {
            if (c != null) {
                // A static member (group.instance.id set, the pod's name) stays in the group when it closes by
                // default, its partitions idle until its session times out: a scale-down or a pod replaced under a
                // new name must hand them over now. Only a crash, which closes nothing, keeps the membership, for
                // the restarted container to take back at once under the same id.
                c.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP));
            }
        }
    }

    /**
     * Seeks every partition of a failed batch back to its first record, so the next poll returns it again. A
     * partition taken away meanwhile (rebalance) is skipped: its new owner starts from the last committed offset.
     */
    private static void rewind(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> batch) {
        for (TopicPartition partition : batch.partitions()) {
            if (c.assignment().contains(partition)) {
                c.seek(partition, batch.records(partition).get(0).offset());
            }
        }
    }

    /** Records not read yet in the assigned partitions, as of the last poll. */
    public long lag() {
        return lag;
    }

    /** From the positions the consumer already knows: no request to the broker. */
    private static long lagOf(KafkaConsumer<String, byte[]> c) {
        long total = 0;
        for (TopicPartition partition : c.assignment()) {
            total += c.currentLag(partition).orElse(0);
        }
        return total;
    }

    /** Stops polling; the batch in progress finishes (and is committed) first. */
    @Override
    public void close() {
        stopping.countDown();
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

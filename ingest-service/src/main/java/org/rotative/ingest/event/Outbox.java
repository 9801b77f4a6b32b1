package org.rotative.ingest.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;
import org.rotative.contract.event.EventType;
import org.rotative.contract.kafka.CloudEventCodec;
import org.rotative.contract.kafka.EventProducer;
import org.rotative.contract.kafka.EventProducer.Recorded;
import org.rotative.contract.kafka.EventPublishException;
import org.rotative.contract.kafka.EventTracing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The transactional outbox. {@link #record} writes an event in the caller's transaction, so it exists if and only if
 * the change it announces was committed; the relay then sends the recorded events to Kafka in the order they were
 * recorded and deletes them once acknowledged. A Kafka outage only delays them: imports keep succeeding.
 */
@ApplicationScoped
public class Outbox {

    static final String SOURCE = "/rotative/ingest";
    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final int BATCH = 500;
    /** Only one relay sends at a time, across every ingest instance: two would interleave an article's events. */
    private static final long RELAY_LOCK = 0x526f746174697665L;
    private static final int RELAY_TRANSACTION_SECONDS = 120;
    private static final int SHUTDOWN_SECONDS = 20;

    private final EventProducer producer;
    private final ExecutorService relay = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    @Inject
    public Outbox(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry metrics) {
        this.producer = new EventProducer(kafkaConfig, SOURCE);
        // Read when scraped: the table is the truth, across every ingest instance.
        Gauge.builder("rotative.outbox.backlog", () -> QuarkusTransaction.requiringNew().call(Outbox::backlog))
                .description("Events committed to the outbox and not yet acknowledged by Kafka")
                .register(metrics);
    }

    /** Records an event in the current transaction; it is relayed after the commit. */
    public <T> void record(EventType<T> type, String articleId, T data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID().toString();
        event.eventType = type.type();
        event.articleId = articleId;
        event.data = CloudEventCodec.serialize(type, articleId, data);
        event.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.traceParent = EventTracing.traceParentFor(articleId);
        event.persist();
    }

    /** Events recorded and not yet acknowledged by Kafka. */
    public static long backlog() {
        return OutboxEvent.count();
    }

    /** Asks the relay to run now (after a commit); runs requested meanwhile are merged into one. */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            relay.execute(() -> {
                wakeUpPending.set(false);
                drain();
            });
        }
    }

    /** The safety net: relays what a wake-up missed or a Kafka outage left. */
    @Scheduled(every = "${rotative.ingest.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodic() {
        wakeUp();
    }

    private void drain() {
        try {
            while (relayBatch() == BATCH) {
                // A full batch: more may be waiting.
            }
        } catch (EventPublishException e) {
            LOG.warnf("Kafka did not take the outbox events, retrying later: %s", e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "outbox relay failed, retrying later");
        }
    }

    /** Sends one batch in one transaction; returns how many events were sent. */
    private int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(RELAY_TRANSACTION_SECONDS).call(() -> {
            Object locked = Panache.getEntityManager().createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0; // another instance is relaying
            }
            List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("order by id").page(0, BATCH).list();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Recorded> records = new ArrayList<>(batch.size());
            for (OutboxEvent e : batch) {
                EventType<?> type = EventType.of(e.eventType).orElseThrow(() -> new IllegalStateException(
                        "outbox row " + e.id + " has unknown event type " + e.eventType));
                records.add(new Recorded(type, e.articleId, e.data, e.eventId, e.createdAt.toInstant(),
                        e.traceParent));
            }
            producer.publishRecorded(records);
            OutboxEvent.delete("id in ?1", batch.stream().map(e -> e.id).toList());
            return batch.size();
        });
    }

    /** Lets a relay in progress finish, so that its batch is either sent and deleted, or left for the next start. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        relay.shutdown();
        relay.awaitTermination(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        producer.close();
    }
}

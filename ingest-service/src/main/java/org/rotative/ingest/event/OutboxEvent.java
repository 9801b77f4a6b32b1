package org.rotative.ingest.event;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An event recorded with the change it announces, waiting to be relayed to Kafka. */
@Entity
@Table(name = "outbox")
public class OutboxEvent extends PanacheEntityBase {

    /**
     * From a sequence, in blocks, so that a batch's events are inserted in one JDBC batch (V9). An instance takes ids
     * in the order it records events; across instances, consumers order an article's events by its event sequence.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_ids")
    @SequenceGenerator(name = "outbox_ids", sequenceName = "outbox_id_seq", allocationSize = 50)
    public Long id;
    public String eventId;
    public String eventType;
    public String articleId;
    public byte[] data;
    public OffsetDateTime createdAt;
    /** W3C trace context of the request or event that recorded it: the relay sends it along, later, from its thread. */
    public String traceParent;
}

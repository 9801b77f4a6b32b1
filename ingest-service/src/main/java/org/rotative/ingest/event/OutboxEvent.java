package org.rotative.ingest.event;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event recorded with the change it announces, waiting to be relayed to Kafka. */
@Entity
@Table(name = "outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String eventId;
    public String eventType;
    public String articleId;
    public byte[] data;
    public OffsetDateTime createdAt;
    /** W3C trace context of the request or event that recorded it: the relay sends it along, later, from its thread. */
    public String traceParent;
}

package org.rotative.contract.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rotative.contract.event.Event;

/**
 * An event as a stage hands it to its handler: decoded once, when the stage checked it, beside the record it came in,
 * which the handler names to refuse it ({@link InvalidEventException}) and to log about it ({@link EventLogContext}).
 *
 * @param record the record as consumed
 * @param event  its decoded event, one of the system's {@link org.rotative.contract.event.EventType}s
 */
public record ConsumedEvent(ConsumerRecord<String, byte[]> record, Event<?> event) {

    /** The event's data: one of the records of {@code org.rotative.contract.event}. */
    public Object data() {
        return event.data();
    }
}

package org.rotative.contract.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record that is not a valid event of the expected type; retrying cannot help. A handler of an {@link EventStage}
 * that throws one naming a record of its batch gets that record sent to the dead-letter topic and the rest of the
 * batch handed again; the stage itself sends every record that is not a known event there before the handler sees it.
 */
public class InvalidEventException extends RuntimeException {

    private final transient ConsumerRecord<?, ?> record;

    public InvalidEventException(String message) {
        this(message, (Throwable) null);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
        this.record = null;
    }

    /** @param problem what is wrong; the message starts with the record's {@code topic-partition@offset} */
    public InvalidEventException(ConsumerRecord<?, ?> record, String problem) {
        this(record, problem, null);
    }

    public InvalidEventException(ConsumerRecord<?, ?> record, String problem, Throwable cause) {
        super(where(record) + ": " + problem, cause);
        this.record = record;
    }

    /** The record at fault, or null when the exception was made without it. */
    public ConsumerRecord<?, ?> record() {
        return record;
    }

    static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}

package org.rotative.contract.kafka;

/** Kafka did not take an event; the caller keeps its state "not published" and tries again later. */
public class EventPublishException extends RuntimeException {

    public EventPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}

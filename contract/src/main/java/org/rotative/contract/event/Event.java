package org.rotative.contract.event;

import java.time.Instant;

/**
 * A received event: the CloudEvents context attributes and the decoded data.
 *
 * @param id      CloudEvents {@code id}, unique per event (consumers may use it to drop duplicates)
 * @param source  CloudEvents {@code source}, the service that wrote it
 * @param type    the event type
 * @param time    when it was written
 * @param subject CloudEvents {@code subject}: the article id
 * @param data    the payload
 */
public record Event<T>(String id, String source, EventType<T> type, Instant time, String subject, T data) {
}

package org.rotative.e2e;

import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** Waits on ingest's {@code /api/status}: the pipeline's own account of where every article is. */
final class IngestStatus {

    private static final Duration POLL = Duration.ofMillis(500);

    /**
     * Asks until {@code reached} holds of the status; a service restarting, or its database, is asked again.
     *
     * @param suspects services whose log tails explain a wait that never ends
     * @return the status that satisfied it
     * @throws AssertionError with the last status and the logs after {@code timeout}
     */
    static JsonNode await(ServiceProcess ingest, Predicate<JsonNode> reached, Duration timeout,
            ServiceProcess... suspects) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            try {
                status = Http.getJson(ingest.port, "/api/status");
                if (reached.test(status)) {
                    return status;
                }
            } catch (IOException | URISyntaxException | RuntimeException notAnswering) {
                // ask again
            }
            Thread.sleep(POLL.toMillis());
        }
        StringBuilder failure = new StringBuilder("status not reached within " + timeout + ": " + status);
        for (ServiceProcess suspect : suspects) {
            failure.append("\n").append(suspect.name).append(" log:\n").append(suspect.logTail());
        }
        throw new AssertionError(failure);
    }

    private IngestStatus() {
    }
}

package org.rotative.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.CloudEventCodec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The broker crashes in the middle of an import: the import still succeeds (it only writes PostgreSQL), and once
 * the broker is back every article's events are in Kafka, none lost, none out of order.
 */
class BrokerOutageTest {

    private static final Path ROOT = Path.of(System.getProperty("rotative.root", ".."));
    private static final int ARTICLES = 1500;

    @Test
    void anImportOutlivesABrokerCrashAndLosesNothing() throws Exception {
        Path work = Files.createTempDirectory("rotative-outage");
        Path site = writeSite(work.resolve("site"), "première version");
        try (KafkaBroker broker = KafkaBroker.start(ROOT, work.resolve("kafka"));
                ServiceProcess ingest = ServiceProcess.start(ROOT, "ingest", Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrap(),
                        "QUARKUS_DATASOURCE_JDBC_URL", Http.freshDatabase("rotative_outage"),
                        "QUARKUS_DATASOURCE_USERNAME", Http.user(),
                        "QUARKUS_DATASOURCE_PASSWORD", Http.password(),
                        "ROTATIVE_INGEST_RELAY_INTERVAL", "1s"))) {
            ingest.awaitReady(Duration.ofSeconds(180));
            JsonNode first = Http.post(ingest.uri("/api/imports"), Map.of("siteDir", site.toString()));
            assertEquals(ARTICLES, first.get("accepted").asInt());
            awaitOutboxEmpty(ingest, Duration.ofSeconds(120));

            // Every article changes; the broker dies while the new versions are being imported.
            writeSite(site, "seconde version");
            CompletableFuture<JsonNode> reimport = CompletableFuture.supplyAsync(() -> {
                try {
                    return Http.post(ingest.uri("/api/imports"), Map.of("siteDir", site.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitImportUnderway(ingest, first.get("importId").asLong(), Duration.ofSeconds(60));
            broker.kill();
            JsonNode report = reimport.get(5, TimeUnit.MINUTES);
            assertEquals(ARTICLES, report.get("accepted").asInt(), "the import succeeds without Kafka: " + report);
            assertTrue(Http.getJson(ingest.port, "/api/status").get("eventsPending").asLong() > 0,
                    "with the broker down, events wait in the outbox");
            broker.restart();
            awaitOutboxEmpty(ingest, Duration.ofSeconds(240));

            Map<String, List<String>> revisions = parsedRevisionsPerArticle(broker.bootstrap());
            assertEquals(ARTICLES, revisions.size(), "every article has its events");
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, List<String>> entry : revisions.entrySet()) {
                String current = Http.getJson(ingest.port, "/api/articles/" + entry.getKey()).get("revision")
                        .asText();
                List<String> seen = entry.getValue();
                // At-least-once: a revision may come twice, but the last event is always the current revision.
                if (!seen.get(seen.size() - 1).equals(current) || seen.stream().distinct().count() != 2) {
                    problems.add(entry.getKey() + ": events " + seen + ", current revision " + current);
                }
            }
            assertEquals(List.of(), problems);
        }
    }

    private static Path writeSite(Path site, String version) throws Exception {
        Files.createDirectories(site.resolve("_actualites"));
        Files.writeString(site.resolve("_config.yml"),
                "collections:\n  actualites:\n    output: true\n    permalink: /actualites/:title/\n");
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(site.resolve("_actualites/article-" + i + ".markdown"),
                    "---\ntitle: Article " + i + "\n---\nLa " + version + " de l’article " + i + ".\n");
        }
        return site;
    }

    /**
     * Waits until the import after {@code previousImport} has stored part of its files, not all: the broker is then
     * killed in the middle of it, however fast this machine imports (a fixed pause let a fast import finish first).
     */
    private static void awaitImportUnderway(ServiceProcess ingest, long previousImport, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode latest = null;
        while (System.nanoTime() < deadline) {
            latest = Http.getJson(ingest.port, "/api/imports").get(0);
            if (latest != null && latest.get("id").asLong() != previousImport) {
                int processed = latest.get("processed").asInt();
                if (processed > 0 && processed < latest.get("files").asInt()) {
                    return;
                }
                if (latest.hasNonNull("finishedAt")) {
                    break;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the import was never seen half done: " + latest);
    }

    private static void awaitOutboxEmpty(ServiceProcess ingest, Duration timeout) throws InterruptedException {
        IngestStatus.await(ingest, s -> s.get("eventsPending").asLong() == 0, timeout, ingest);
    }

    /** Every parsed-article event on the topic, per article, in topic order. */
    private static Map<String, List<String>> parsedRevisionsPerArticle(String bootstrap) {
        Map<String, List<String>> revisions = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(bootstrap, List.of(Topics.ARTICLES_PARSED),
                Duration.ofSeconds(60))) {
            ArticleParsed parsed = CloudEventCodec.decode(EventType.ARTICLE_PARSED, record).data();
            revisions.computeIfAbsent(parsed.articleId(), k -> new ArrayList<>()).add(parsed.revision());
        }
        return revisions;
    }
}

package org.rotative.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleRendered;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.CloudEventCodec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Things break for real while 2,000 articles are imported and rendered: the render service is killed, the broker and
 * PostgreSQL are restarted, ingest is killed with events committed but not yet published, a second render instance
 * joins and leaves, every service is restarted in turn. Each scenario publishes a new version of every article; at the end every article must be served at its last version, every version must have
 * been announced, and no page may have gone back to an older version. {@code ./pipeline chaos} runs this test alone;
 * it prints {@code chaos: N scenarios, lost=L, stale=S, duplicated=D} and how long each recovery took.
 */
class ChaosTest {

    private static final Path ROOT = Path.of(System.getProperty("rotative.root", ".."));
    private static final int ARTICLES = Integer.getInteger("rotative.chaos.articles", 2000);
    private static final Duration SETTLE = Duration.ofMinutes(5);
    private static final String RENDER_GROUP = "rotative-render";
    /** How long a group may take to let a member in (a rebalance). */
    private static final Duration MEMBERSHIP = Duration.ofSeconds(60);
    /** Kafka's default {@code session.timeout.ms}, which the services keep. */
    private static final Duration SESSION_TIMEOUT = Duration.ofMillis((Integer) ConsumerConfig.configDef()
            .defaultValues().get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG));
    /** One version of every article per scenario. */
    private static final int LAST_VERSION = 6;

    /** What one scenario broke, and how long the pipeline took to serve every article again once it was repaired. */
    private record Recovery(String scenario, Duration took) {
    }

    @Test
    void noArticleIsLostStaleOrDuplicatedWhenThingsBreak() throws Exception {
        Path work = Files.createTempDirectory("rotative-chaos");
        Path site = work.resolve("site");
        List<Recovery> recoveries = new ArrayList<>();
        List<ServiceProcess> services = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(ROOT, work.resolve("postgres"));
                KafkaBroker broker = KafkaBroker.start(ROOT, work.resolve("kafka"))) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrap(),
                    "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "ROTATIVE_MEDIA_ROOT", Files.createDirectories(work.resolve("uploads")).toString(),
                    "ROTATIVE_MEDIA_SIGNING_REQUIRED", "false",
                    "ROTATIVE_INGEST_RELAY_INTERVAL", "1s"));
            ServiceProcess media = start(services, "media", env);
            env.put("ROTATIVE_RENDER_MEDIA_BASE_URL", "http://127.0.0.1:" + media.port);
            ServiceProcess render = start(services, "render", env);
            ServiceProcess ingest = start(services, "ingest", env);
            for (ServiceProcess service : services) {
                service.awaitReady(Duration.ofSeconds(180));
            }

            // 1. The render service dies (kill -9) while it renders: its uncommitted batch is rendered again.
            writeSite(site, 1);
            CompletableFuture<HttpResponse<String>> running = importAsync(ingest, site);
            awaitStatus(ingest, s -> s.get("rendered").asLong() >= ARTICLES / 10);
            render.kill();
            long repaired = System.nanoTime();
            render.restart(Duration.ofSeconds(120));
            assertEquals(200, running.get(5, TimeUnit.MINUTES).statusCode());
            awaitSettled(ingest);
            recoveries.add(new Recovery("render killed (kill -9) while rendering", since(repaired)));
            // The restarted process took the dead one's place under the same static id (its pod's name in deploy/).
            assertEquals(Set.of("render"), awaitGroupMembers(broker.bootstrap(), RENDER_GROUP, 1, MEMBERSHIP));

            // 2. The broker is stopped and started again during an import: events wait in the outbox.
            writeSite(site, 2);
            running = importAsync(ingest, site);
            Thread.sleep(1000);
            broker.stop();
            Thread.sleep(3000);
            repaired = System.nanoTime();
            broker.restart();
            assertEquals(200, running.get(5, TimeUnit.MINUTES).statusCode());
            awaitSettled(ingest);
            recoveries.add(new Recovery("Kafka broker stopped and restarted during an import", since(repaired)));

            // 3. PostgreSQL restarts during an import: the import fails, its author runs it again; consumers retry.
            writeSite(site, 3);
            running = importAsync(ingest, site);
            Thread.sleep(1000);
            db.stop();
            repaired = System.nanoTime();
            db.restart();
            finishQuietly(running);
            importUntilAccepted(ingest, site);
            awaitSettled(ingest);
            recoveries.add(new Recovery("PostgreSQL restarted during an import", since(repaired)));

            // 4. Ingest dies (kill -9) after committing articles whose events Kafka has not taken yet.
            broker.stop();
            writeSite(site, 4);
            assertEquals(200, importAsync(ingest, site).get(5, TimeUnit.MINUTES).statusCode());
            assertTrue(Http.getJson(ingest.port, "/api/status").get("eventsPending").asLong() > 0,
                    "with the broker down, the new versions' events wait in the outbox");
            ingest.kill();
            repaired = System.nanoTime();
            broker.restart();
            ingest.restart(Duration.ofSeconds(120));
            awaitSettled(ingest);
            recoveries.add(new Recovery("ingest killed (kill -9) between its commit and the publish",
                    since(repaired)));

            // 5. Scale out and back in during an import: a second render instance joins the consumer group (the
            // partitions are rebalanced between the two), then leaves; batches handled twice change nothing.
            writeSite(site, 5);
            running = importAsync(ingest, site);
            ServiceProcess second = start(services, "render", "render-2", env);
            second.awaitReady(Duration.ofSeconds(120));
            assertEquals(Set.of("render", "render-2"),
                    awaitGroupMembers(broker.bootstrap(), RENDER_GROUP, 2, MEMBERSHIP));
            awaitStatus(ingest, s -> s.get("rendered").asLong() >= ARTICLES / 2 || s.get("settled").asBoolean());
            second.stop();
            repaired = System.nanoTime();
            // A static member stopped as Kubernetes stops a pod leaves the group at once: its partitions do not
            // idle until its session times out.
            awaitGroupMembers(broker.bootstrap(), RENDER_GROUP, 1, SESSION_TIMEOUT.dividedBy(3));
            assertEquals(200, running.get(5, TimeUnit.MINUTES).statusCode());
            awaitSettled(ingest);
            recoveries.add(new Recovery("a second render instance joined, then left, during an import",
                    since(repaired)));

            // 6. A rolling restart during an import: each service in turn is stopped as Kubernetes does (SIGTERM)
            // and started again; readiness drops first, work in progress finishes or stays uncommitted.
            writeSite(site, LAST_VERSION);
            running = importAsync(ingest, site);
            repaired = System.nanoTime();
            for (ServiceProcess service : List.of(media, render, ingest)) {
                service.stop();
                service.restart(Duration.ofSeconds(120));
            }
            // The import request may have been cut by ingest's own restart: its author runs it again.
            finishQuietly(running);
            importUntilAccepted(ingest, site);
            awaitSettled(ingest);
            recoveries.add(new Recovery("rolling restart (SIGTERM) of media, render and ingest during an import",
                    since(repaired)));

            Outcome outcome = verify(site, db.jdbcUrl(), broker.bootstrap(), render);
            System.out.println();
            for (Recovery r : recoveries) {
                System.out.printf("chaos: %-60s recovered in %5.1f s%n", r.scenario(), r.took().toMillis() / 1000.0);
            }
            System.out.printf("chaos: %d scenarios, lost=%d, stale=%d, duplicated=%d%n", recoveries.size(),
                    outcome.lost.size(), outcome.stale.size(), outcome.duplicated.size());
            assertEquals(List.of(), outcome.lost, "articles not served at all");
            assertEquals(List.of(), outcome.stale, "articles not served at their last version, or gone back");
            assertEquals(List.of(), outcome.duplicated, "pages served twice");
        } finally {
            for (ServiceProcess service : services) {
                service.close();
            }
        }
    }

    private static final class Outcome {
        final List<String> lost = new ArrayList<>();
        final List<String> stale = new ArrayList<>();
        final List<String> duplicated = new ArrayList<>();
    }

    /**
     * Lost: no page, or a version never announced as rendered. Stale: a page that is not the last version, or a
     * rendered event of an older version after one of a newer (a page overwritten by the past). Duplicated: one page
     * served at more than one URL.
     */
    private static Outcome verify(Path site, String jdbcUrl, String bootstrap, ServiceProcess render)
            throws Exception {
        Map<String, List<String>> versions = new HashMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            List<String> revisions = new ArrayList<>();
            for (int v = 1; v <= LAST_VERSION; v++) {
                revisions.add(sha256(content(i, v)));
            }
            versions.put(id(i), revisions);
        }
        Outcome outcome = new Outcome();
        Map<String, String> pages = new HashMap<>();
        Map<String, Integer> urls = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT article_id, revision, permalink FROM render.page")) {
            while (rows.next()) {
                pages.put(rows.getString(1), rows.getString(2));
                urls.merge(rows.getString(3), 1, Integer::sum);
            }
        }
        urls.forEach((url, count) -> {
            if (count > 1) {
                outcome.duplicated.add(url + " (" + count + " pages)");
            }
        });
        Map<String, List<Integer>> announced = renderedVersions(bootstrap, versions);
        versions.forEach((id, revisions) -> {
            String page = pages.get(id);
            List<Integer> seen = announced.getOrDefault(id, List.of());
            if (page == null) {
                outcome.lost.add(id + ": no page");
            } else if (!page.equals(revisions.get(LAST_VERSION - 1))) {
                outcome.stale.add(id + ": served version " + (revisions.indexOf(page) + 1) + " of " + LAST_VERSION);
            }
            for (int k = 1; k < seen.size(); k++) {
                if (seen.get(k) < seen.get(k - 1)) {
                    outcome.stale.add(id + ": rendered versions went back, " + seen);
                    break;
                }
            }
            for (int v = 1; v <= LAST_VERSION; v++) {
                if (!seen.contains(v)) {
                    outcome.lost.add(id + ": version " + v + " never announced as rendered (" + seen + ")");
                }
            }
        });
        // What readers get: a sample of pages through the render service itself.
        for (int i = 0; i < ARTICLES; i += ARTICLES / 20) {
            HttpResponse<String> page = Http.get(render.port, "/actualites/article-" + i + "/");
            String last = "version " + LAST_VERSION + " de l’article " + i + ".";
            if (page.statusCode() != 200 || !page.body().contains(last)) {
                outcome.stale.add(id(i) + ": GET answered " + page.statusCode() + " without its last version");
            }
        }
        return outcome;
    }

    /** Per article, the version (1 to 4) of every rendered event on the topic, in topic order. */
    private static Map<String, List<Integer>> renderedVersions(String bootstrap, Map<String, List<String>> versions) {
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(bootstrap,
                List.of(Topics.ARTICLES_RENDERED), Duration.ofSeconds(90))) {
            if (!EventType.ARTICLE_RENDERED.type().equals(CloudEventCodec.typeOf(record))) {
                continue; // a withdrawal
            }
            ArticleRendered rendered = CloudEventCodec.decode(EventType.ARTICLE_RENDERED, record).data();
            List<String> revisions = versions.get(rendered.articleId());
            if (revisions != null) {
                seen.computeIfAbsent(rendered.articleId(), k -> new ArrayList<>())
                        .add(revisions.indexOf(rendered.revision()) + 1);
            }
        }
        return seen;
    }

    private static ServiceProcess start(List<ServiceProcess> services, String name, Map<String, String> env)
            throws IOException {
        return start(services, name, name, env);
    }

    private static ServiceProcess start(List<ServiceProcess> services, String name, String instance,
            Map<String, String> env) throws IOException {
        ServiceProcess service = ServiceProcess.start(ROOT, name, instance, env);
        services.add(service);
        return service;
    }

    /**
     * Waits until the consumer group has that many members, each with partitions, and returns their static ids
     * ({@code group.instance.id}).
     */
    private static Set<String> awaitGroupMembers(String bootstrap, String group, int members, Duration within)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long deadline = System.nanoTime() + within.toNanos();
            int seen = 0;
            while (System.nanoTime() < deadline) {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get(30, TimeUnit.SECONDS);
                seen = description.members().size();
                if (seen == members && description.members().stream()
                        .allMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
                    return description.members().stream().flatMap(m -> m.groupInstanceId().stream())
                            .collect(Collectors.toSet());
                }
                Thread.sleep(500);
            }
            throw new AssertionError(group + " has " + seen + " members, not " + members + ", after " + within);
        }
    }

    private static CompletableFuture<HttpResponse<String>> importAsync(ServiceProcess ingest, Path site) {
        HttpRequest request = HttpRequest.newBuilder(ingest.uri("/api/imports"))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString("{\"siteDir\": \"" + site + "\"}")).build();
        return Http.CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits for an import its service may have cut short: whether it went through is checked afterwards. */
    private static void finishQuietly(CompletableFuture<HttpResponse<String>> running) throws Exception {
        try {
            running.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException cut) {
            // The connection closed with the service: importUntilAccepted runs it again.
        }
    }

    /** Runs the import again until it goes through, as its author would after an outage. */
    private static void importUntilAccepted(ServiceProcess ingest, Path site) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = importAsync(ingest, site).get(5, TimeUnit.MINUTES);
                if (last.statusCode() == 200) {
                    return;
                }
            } catch (ExecutionException notListening) {
                // The service answers again once its pool has new connections.
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the import never went through again: " + (last == null ? "" : last.body())
                + "\n" + ingest.logTail());
    }

    private static void awaitSettled(ServiceProcess ingest) throws InterruptedException {
        awaitStatus(ingest, s -> s.get("settled").asBoolean() && s.get("published").asLong() == ARTICLES);
    }

    private static void awaitStatus(ServiceProcess ingest, Predicate<JsonNode> reached) throws InterruptedException {
        IngestStatus.await(ingest, reached, SETTLE, ingest);
    }

    private static void writeSite(Path site, int version) throws IOException {
        Files.createDirectories(site.resolve("_actualites"));
        Files.writeString(site.resolve("_config.yml"),
                "collections:\n  actualites:\n    output: true\n    permalink: /actualites/:title/\n");
        for (int i = 0; i < ARTICLES; i++) {
            Files.write(site.resolve("_actualites/article-" + i + ".markdown"), content(i, version));
        }
    }

    private static byte[] content(int article, int version) {
        return ("---\ntitle: Article " + article + "\n---\nLa version " + version + " de l’article " + article
                + ".\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String id(int article) {
        return "actualites/article-" + article;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}

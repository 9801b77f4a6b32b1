package org.rotative.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.rotative.contract.event.ArticleSubmitted;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.EventProducer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole pipeline on the real numerique.gouv.fr site: the three packaged services, the real broker, a fresh
 * database. Every article Jekyll would publish must be served at its permalink; the others must be stored, not served.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusEndToEndTest {

    private static final Path ROOT = Path.of(System.getProperty("rotative.root", ".."));
    private static final Path SHARED = Path.of(System.getProperty("rotative.shared-dir", "../../shared"));
    private static final Path SITE = SHARED.resolve("corpus/numerique.gouv.fr");
    private static final Path EXPECTED = SHARED.resolve("corpus/numerique.gouv.fr-expected");
    private static final String DATABASE = "rotative_e2e";

    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static ServiceProcess ingest;
    private static ServiceProcess render;

    @BeforeAll
    static void startPipeline() throws Exception {
        String dbUrl = Http.freshDatabase(DATABASE);
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", System.getProperty("kafka.bootstrap.servers"),
                "QUARKUS_DATASOURCE_JDBC_URL", dbUrl,
                "QUARKUS_DATASOURCE_USERNAME", Http.user(),
                "QUARKUS_DATASOURCE_PASSWORD", Http.password(),
                "ROTATIVE_MEDIA_ROOT", SHARED.resolve("media/uploads").toString(),
                // Unsigned variants, as in the local run: this test reads pages, not image URLs.
                "ROTATIVE_MEDIA_SIGNING_REQUIRED", "false");
        try {
            ServiceProcess media = ServiceProcess.start(ROOT, "media", env);
            SERVICES.add(media);
            Map<String, String> renderEnv = new HashMap<>(env);
            renderEnv.put("ROTATIVE_RENDER_MEDIA_BASE_URL", "http://127.0.0.1:" + media.port);
            render = ServiceProcess.start(ROOT, "render", renderEnv);
            SERVICES.add(render);
            Map<String, String> ingestEnv = new HashMap<>(env);
            // Tracing on where requests come in, so an incoming traceparent is taken up; the others only pass it on.
            ingestEnv.put("QUARKUS_OTEL_SDK_DISABLED", "false");
            ingest = ServiceProcess.start(ROOT, "ingest", ingestEnv);
            SERVICES.add(ingest);
            for (ServiceProcess service : SERVICES) {
                service.awaitReady(Duration.ofSeconds(180));
            }
        } catch (Exception | Error e) {
            stopPipeline();
            throw e;
        }
    }

    @AfterAll
    static void stopPipeline() throws InterruptedException {
        for (ServiceProcess service : SERVICES) {
            service.close();
        }
        SERVICES.clear();
    }

    @Test
    @Order(1)
    void everyArticleJekyllPublishesIsRenderedAndServed() throws Exception {
        JsonNode report = Http.post(ingest.uri("/api/imports"), Map.of("siteDir", SITE.toString()));
        assertEquals(250, report.get("files").asInt(), report.toString());
        assertEquals(0, report.get("rejected").size(), report.toString());

        JsonNode status = IngestStatus.await(ingest, s -> s.path("settled").asBoolean(), Duration.ofSeconds(300),
                render);
        assertEquals(250, status.get("articles").asLong(), status.toString());

        List<String> problems = new ArrayList<>();
        int served = 0;
        int held = 0;
        for (Path expected : expectedFrontMatters()) {
            String relative = EXPECTED.relativize(expected).toString().replaceFirst("\\.json$", "");
            String collection = relative.substring(1, relative.indexOf('/'));
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            if (collection.equals("posts")) {
                name = name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
            }
            String id = collection + "/" + name;
            boolean published = Http.JSON.readTree(expected.toFile()).path("published").asBoolean(true);

            HttpResponse<String> article = Http.get(ingest.port, "/api/articles/" + id);
            if (article.statusCode() != 200) {
                problems.add(id + ": ingest answers " + article.statusCode());
                continue;
            }
            JsonNode stored = Http.JSON.readTree(article.body());
            if (!stored.get("frontMatter").equals(Http.JSON.readTree(expected.toFile()))) {
                problems.add(id + ": front matter differs from Jekyll's: " + stored.get("frontMatter"));
            }
            String permalink = stored.get("permalink").asText();
            HttpResponse<String> page = Http.get(render.port, permalink);
            if (published) {
                served++;
                if (page.statusCode() != 200) {
                    problems.add(id + ": " + permalink + " answers " + page.statusCode());
                } else if (!page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    problems.add(id + ": " + permalink + " is not HTML");
                }
                HttpResponse<String> body = Http.get(render.port, "/api/pages/" + id + "/body");
                if (body.statusCode() != 200) {
                    problems.add(id + ": body fragment answers " + body.statusCode());
                }
            } else {
                held++;
                if (page.statusCode() != 404) {
                    problems.add(id + ": published: false, yet " + permalink + " answers " + page.statusCode());
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertEquals(215, served);
        assertEquals(35, held);
        assertEquals(served, status.get("rendered").asLong(), status.toString());
    }

    /**
     * A newsroom system's trace goes on through the pipeline: the upload's {@code traceparent} comes back on the
     * rendered and media-checked events of the article. Not sampled, so that nothing is exported to a collector that
     * is not there; the trace id travels all the same.
     */
    @Test
    @Order(2)
    void oneTraceFollowsAnArticleFromItsUploadToItsPage() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = "actualites/trace-" + traceId.substring(0, 8);
        HttpResponse<String> upload = Http.CLIENT.send(HttpRequest.newBuilder(ingest.uri(
                "/api/articles?collection=actualites&filename=" + id.substring(id.indexOf('/') + 1) + ".md"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00")
                .POST(HttpRequest.BodyPublishers.ofString("---\ntitle: Tracé\n---\nSuivi de bout en bout.\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, upload.statusCode(), upload.body());

        Map<String, String> traces = traceIdsOf(id, List.of(Topics.ARTICLES_PARSED, Topics.ARTICLES_RENDERED,
                Topics.MEDIA_CHECKED));
        assertEquals(Map.of(Topics.ARTICLES_PARSED, traceId, Topics.ARTICLES_RENDERED, traceId,
                Topics.MEDIA_CHECKED, traceId), traces);
    }

    /**
     * A newsroom's article is untrusted: its page keeps the text and the video of a known player, but not the script,
     * the event handler nor the {@code javascript:} link, and the article's status says what was removed.
     */
    @Test
    @Order(3)
    void aNewsroomArticleIsSanitizedOnItsPage() throws Exception {
        String name = "depeche-" + UUID.randomUUID().toString().substring(0, 8);
        String id = "actualites/" + name;
        try (EventProducer producer = new EventProducer(
                Map.of("bootstrap.servers", System.getProperty("kafka.bootstrap.servers")), "/newsroom/e2e")) {
            producer.publishAll(List.of(new EventProducer.Outgoing<>(EventType.ARTICLE_SUBMITTED, id,
                    new ArticleSubmitted("actualites", name + ".markdown", """
                            ---
                            title: Dépêche
                            ---
                            Texte <script>alert('e2e')</script> et [un lien](javascript:alert('lien')).

                            <iframe src="https://www.dailymotion.com/embed/video/x7" onload="alert('frame')"></iframe>
                            """))));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode article = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = Http.get(ingest.port, "/api/articles/" + id);
            article = response.statusCode() == 200 ? Http.JSON.readTree(response.body()) : null;
            if (article != null && "rendered".equals(article.path("state").asText())) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals("rendered", article == null ? null : article.path("state").asText(), String.valueOf(article));
        HttpResponse<String> page = Http.get(render.port, article.get("permalink").asText());
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Texte") && html.contains("https://www.dailymotion.com/embed/video/x7"), html);
        assertFalse(html.contains("alert("), html);
        assertEquals("HTML not allowed from an untrusted source was removed: <a href>, <iframe onload>, <script>",
                article.get("renderWarnings").get(0).asText(), article.toString());
    }

    /**
     * An article removed from its site is gone once the pipeline says settled, which is what {@code ./pipeline import}
     * and newsroom systems wait for: its permalink answers 410 at once, without polling the page.
     */
    @Test
    @Order(4)
    void aRemovedArticleIsGoneOnceTheStatusIsSettled() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path site = Files.createTempDirectory("rotative-e2e-site");
        Path posts = Files.createDirectories(site.resolve("_posts"));
        String kept = "/e2e/" + run + "/garde/";
        String removed = "/e2e/" + run + "/retire/";
        Files.writeString(posts.resolve("2021-03-01-garde-" + run + ".md"),
                "---\ntitle: Gardé\npermalink: " + kept + "\n---\nReste.\n");
        Path removedFile = posts.resolve("2021-03-01-retire-" + run + ".md");
        Files.writeString(removedFile, "---\ntitle: Retiré\npermalink: " + removed + "\n---\nPart.\n");
        Http.post(ingest.uri("/api/imports"), Map.of("siteDir", site.toString()));
        IngestStatus.await(ingest, s -> s.path("settled").asBoolean(), Duration.ofSeconds(90), render);
        assertEquals(200, Http.get(render.port, removed).statusCode());

        Files.delete(removedFile);
        JsonNode report = Http.post(ingest.uri("/api/imports"), Map.of("siteDir", site.toString()));
        assertEquals(1, report.get("withdrawn").asInt(), report.toString());
        JsonNode status = IngestStatus.await(ingest, s -> s.path("settled").asBoolean(), Duration.ofSeconds(90),
                render);
        assertEquals(0, status.get("withdrawing").asLong(), status.toString());
        assertEquals(410, Http.get(render.port, removed).statusCode());
        assertEquals(200, Http.get(render.port, kept).statusCode());
    }

    /** The trace id in the {@code traceparent} header of the article's first record on each topic. */
    private static Map<String, String> traceIdsOf(String articleId, List<String> topics) {
        Map<String, String> traces = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.subscribe(
                System.getProperty("kafka.bootstrap.servers"), topics)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && traces.size() < topics.size()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header header = record.headers().lastHeader("traceparent");
                    if (articleId.equals(record.key()) && header != null) {
                        traces.putIfAbsent(record.topic(), new String(header.value()).split("-")[1]);
                    }
                }
            }
        }
        return traces;
    }

    private static List<Path> expectedFrontMatters() throws IOException {
        try (Stream<Path> walk = Files.walk(EXPECTED)) {
            return walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
    }
}

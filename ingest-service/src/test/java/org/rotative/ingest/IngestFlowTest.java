package org.rotative.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.ArticleRejected;
import org.rotative.contract.event.ArticleRendered;
import org.rotative.contract.event.ArticleUnpublished;
import org.rotative.contract.event.ArticleWithdrawn;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.MediaChecked;
import org.rotative.contract.kafka.CloudEventCodec;
import org.rotative.contract.kafka.EventProducer;
import org.rotative.contract.kafka.EventProducer.Outgoing;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import io.restassured.http.ContentType;

/** Ingest on the real broker and database: import a site, upload articles, reject bad ones, publish events. */
@QuarkusTest
class IngestFlowTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static Path site;

    @TestHTTPResource("/api/articles")
    URL uploadUrl;
    /** The management interface: health, metrics and OpenAPI, on a port of their own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @BeforeAll
    static void writeSite() throws IOException {
        site = Files.createTempDirectory("rotative-site");
        Files.writeString(site.resolve("_config.yml"), """
                timezone: Europe/Paris
                collections:
                  actualites:
                    output: true
                    permalink: /actualites/:title/
                defaults:
                - scope: {path: '', type: actualites}
                  values: {layout: page-fille}
                """);
        Path actualites = Files.createDirectories(site.resolve("_actualites"));
        Files.writeString(actualites.resolve("bienvenue-" + RUN + ".markdown"), """
                ---
                title: 'L’État ouvre ses données'
                date: 2021-03-01 10:10:00 +01:00
                tags: [open data]
                ---
                Un paragraphe.
                """);
        Files.writeString(actualites.resolve("cassee-" + RUN + ".markdown"), "---\ntitle: [oops\n---\n");
        // Same file name in a sub-folder (read after the first, in path order): the same article id, refused.
        Files.writeString(Files.createDirectories(actualites.resolve("suite")).resolve("bienvenue-" + RUN
                + ".markdown"), "---\ntitle: Doublon\n---\n");
        Files.writeString(actualites.resolve("brouillon-" + RUN + ".markdown"),
                "---\ntitle: Brouillon\npublished: false\n---\nPas encore.\n");
    }

    @Test
    void importAcceptsGoodFilesRejectsBadOnesAndPublishes() {
        given().contentType(ContentType.JSON).body(Map.of("siteDir", site.toString()))
                .when().post("/api/imports")
                .then().statusCode(200)
                .body("files", equalTo(4))
                .body("rejected", hasSize(2))
                .body("rejected.file", hasItem("_actualites/cassee-" + RUN + ".markdown"))
                .body("rejected.find { it.file.contains('cassee') }.line", equalTo(2))
                .body("rejected.find { it.file.contains('suite') }.detail",
                        startsWith("duplicate article id 'actualites/bienvenue-" + RUN + "'"))
                .body("unpublished", equalTo(1));

        given().when().get("/api/articles/actualites/bienvenue-" + RUN)
                .then().statusCode(200)
                .body("permalink", equalTo("/actualites/bienvenue-" + RUN + "/"))
                // The date keeps the offset it was written with, read back from the database.
                .body("date", equalTo("2021-03-01T10:10:00+01:00"))
                .body("frontMatter.date", equalTo("2021-03-01T10:10:00+01:00"))
                .body("frontMatter.title", equalTo("L’État ouvre ses données"));

        ArticleParsed event = awaitEvent(EventType.ARTICLE_PARSED, "actualites/bienvenue-" + RUN);
        assertEquals("/actualites/bienvenue-" + RUN + "/", event.permalink());
        assertEquals("Un paragraphe.\n", event.body());
        assertTrue(event.trusted(), "a site's own files keep their raw HTML, as Jekyll does");

        ArticleRejected rejected = awaitEvent(EventType.ARTICLE_REJECTED, "actualites/cassee-" + RUN);
        assertEquals(2, rejected.line());

        // The same site again: nothing changed, nothing new is accepted.
        given().contentType(ContentType.JSON).body(Map.of("siteDir", site.toString()))
                .when().post("/api/imports")
                .then().statusCode(200).body("accepted", equalTo(0)).body("unchanged", equalTo(2));
    }

    @Test
    void anArticleRemovedFromItsSiteIsWithdrawn() throws Exception {
        Path other = Files.createTempDirectory("rotative-site");
        Files.copy(site.resolve("_config.yml"), other.resolve("_config.yml"));
        Path actualites = Files.createDirectories(other.resolve("_actualites"));
        Path file = actualites.resolve("ephemere-" + RUN + ".markdown");
        Files.writeString(file, "---\ntitle: Éphémère\n---\nBientôt retiré.\n");
        given().contentType(ContentType.JSON).body(Map.of("siteDir", other.toString()))
                .when().post("/api/imports").then().statusCode(200).body("accepted", equalTo(1));
        // Served (no render runs here: its reports are sent by hand).
        String id = "actualites/ephemere-" + RUN;
        String revision = given().get("/api/articles/" + id).path("revision");
        String permalink = given().get("/api/articles/" + id).path("permalink");
        report(EventType.ARTICLE_RENDERED, id, new ArticleRendered(id, revision, 1, permalink, Instant.now(),
                "0".repeat(64), List.of()));
        awaitStatus("/api/articles/" + id, "state", "rendered");

        Files.delete(file);
        given().contentType(ContentType.JSON).body(Map.of("siteDir", other.toString()))
                .when().post("/api/imports").then().statusCode(200).body("withdrawn", equalTo(1));

        ArticleUnpublished gone = awaitEvent(EventType.ARTICLE_UNPUBLISHED, id);
        assertEquals("removed from the site", gone.reason());
        // Its page counts as still served until render reports it gone (the other tests' withdrawals stay pending,
        // hence the difference).
        long withdrawing = given().get("/api/status").then().extract().jsonPath().getLong("withdrawing");
        assertTrue(withdrawing > 0);
        ArticleWithdrawn withdrawn = new ArticleWithdrawn(id, gone.revision(), gone.sequence(), gone.permalink(),
                Instant.now());
        assertMatchesSchema(EventType.ARTICLE_WITHDRAWN,
                CloudEventCodec.serialize(EventType.ARTICLE_WITHDRAWN, id, withdrawn));
        report(EventType.ARTICLE_WITHDRAWN, id, withdrawn);
        awaitStatus("/api/status", "withdrawing", String.valueOf(withdrawing - 1));
        given().when().get("/api/articles/" + id).then().statusCode(200).body("state", equalTo("not published"));
        given().when().get("/api/articles/" + id + "/revisions").then().statusCode(200)
                .body("state", equalTo(List.of("ACCEPTED", "UNPUBLISHED")));

        // Put back as it was: published again, though its revision did not change.
        Files.writeString(file, "---\ntitle: Éphémère\n---\nBientôt retiré.\n");
        given().contentType(ContentType.JSON).body(Map.of("siteDir", other.toString()))
                .when().post("/api/imports").then().statusCode(200).body("accepted", equalTo(1));
        given().when().get("/api/articles/" + id + "/revisions").then().statusCode(200)
                .body("state", equalTo(List.of("ACCEPTED", "UNPUBLISHED", "ACCEPTED")));
        // Its page went: not served until render stores it again. A report of the first publication that comes late
        // does not count; media's report of the new one, behind it on the partition, shows that it was read.
        given().when().get("/api/articles/" + id).then().statusCode(200).body("state", equalTo("accepted"));
        long republished = gone.sequence() + 1;
        report(EventType.ARTICLE_RENDERED, id, new ArticleRendered(id, revision, 1, permalink, Instant.now(),
                "0".repeat(64), List.of()));
        report(EventType.MEDIA_CHECKED, id, new MediaChecked(id, revision, republished, List.of("/uploads/x.png"),
                List.of("/uploads/x.png"), List.of()));
        awaitStatus("/api/articles/" + id, "missingImages[0]", "/uploads/x.png");
        given().when().get("/api/articles/" + id).then().statusCode(200).body("state", equalTo("accepted"));
        report(EventType.ARTICLE_RENDERED, id, new ArticleRendered(id, revision, republished, permalink,
                Instant.now(), "0".repeat(64), List.of()));
        awaitStatus("/api/articles/" + id, "state", "rendered");
    }

    /** Sends what render would report about an article. */
    private static <T> void report(EventType<T> type, String id, T data) {
        try (EventProducer producer = new EventProducer(Map.of("bootstrap.servers",
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)), "/rotative/render")) {
            producer.publishAll(List.of(new Outgoing<>(type, id, data)));
        }
    }

    /** Waits until a field of a JSON resource reads as expected, once ingest has followed the reports. */
    private static void awaitStatus(String path, String field, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!expected.equals(given().get(path).then().extract().jsonPath().getString(field))) {
            assertTrue(System.nanoTime() < deadline, path + ": " + field + " never became " + expected);
            Thread.sleep(100);
        }
    }

    @Test
    void uploadOneArticleAndReadItBack() throws Exception {
        importSiteFirst();
        String name = "upload-" + RUN;
        given().queryParam("collection", "actualites").queryParam("filename", name + ".md")
                .contentType("text/markdown").body("---\ntitle: Envoyé\n---\nCorps.\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("id", equalTo("actualites/" + name))
                .body("state", equalTo("accepted"));
        assertTrue(awaitEvent(EventType.ARTICLE_PARSED, "actualites/" + name).trusted(),
                "signed uploads are trusted by default");

        given().queryParam("collection", "actualites").queryParam("filename", "bad-" + RUN + ".md")
                .contentType("text/markdown").body("---\ntitle: ok\ndate: 2021-13-01\n---\n")
                .when().post("/api/articles")
                .then().statusCode(422)
                .body("file", equalTo("_actualites/bad-" + RUN + ".md"))
                .body("line", equalTo(3))
                .body("detail", containsString("2021-13-01"));

        given().when().get("/api/articles/actualites/nothing-" + RUN).then().statusCode(404);
        assertEquals(413, hugeUpload(), "bodies are bounded before they are read: 5 MB is refused");

        given().when().delete("/api/articles/actualites/" + name).then().statusCode(200)
                .body("state", equalTo("not published"))
                .body("unpublishedReason", equalTo("unpublished by request"));
        assertEquals("unpublished by request",
                awaitEvent(EventType.ARTICLE_UNPUBLISHED, "actualites/" + name).reason());
        given().when().get("/api/status").then().statusCode(200).body("rejected", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void newsroomSubmitsCorrectsAndUnpublishesThroughKafkaWithKcat() throws Exception {
        importSiteFirst();
        String id = "actualites/depeche-" + RUN;
        kcat(id, EventType.ARTICLE_SUBMITTED, Map.of("collection", "actualites", "fileName",
                "depeche-" + RUN + ".markdown", "content", "---\ntitle: Dépêche\n---\nPremière version.\n"));
        ArticleParsed first = awaitEvent(EventType.ARTICLE_PARSED, id);
        assertEquals("Première version.\n", first.body());
        assertEquals(1, first.sequence());
        assertFalse(first.trusted(), "newsroom events are untrusted by default: render sanitizes their HTML");

        kcat(id, EventType.ARTICLE_SUBMITTED, Map.of("collection", "actualites", "fileName",
                "depeche-" + RUN + ".markdown", "content", "---\ntitle: [cassé\n---\n"));
        assertEquals(2, awaitEvent(EventType.ARTICLE_REJECTED, id).line());

        kcat(id, EventType.ARTICLE_WITHDRAWAL_REQUESTED, Map.of("articleId", id));
        ArticleUnpublished withdrawn = awaitEvent(EventType.ARTICLE_UNPUBLISHED, id);
        assertEquals("unpublished by request", withdrawn.reason());
        // Ordered after the accepted version; the refused correction announced nothing, so took no sequence.
        assertEquals(2, withdrawn.sequence());
        // The refused correction did not replace the accepted version.
        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("title", equalTo("Dépêche")).body("state", equalTo("not published"));
    }

    /**
     * Sends a 5 MB article announcing its size first ({@code Expect: 100-continue}), as HTTP clients do with large
     * bodies: the service refuses it from its headers instead of reading it, then closes the connection.
     */
    private int hugeUpload() throws Exception {
        URI uri = URI.create(uploadUrl + "?collection=actualites&filename=huge-" + RUN + ".md");
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(uri)
                .expectContinue(true).header("Content-Type", "text/markdown")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5 << 20])).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Produces one CloudEvent with Debian's kcat: a real client outside the JVM, as a newsroom system would. */
    private static void kcat(String key, EventType<?> type, Map<String, String> data) throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Process kcat;
        try {
            kcat = new ProcessBuilder("kcat", "-P", "-b", bootstrap, "-t", type.topic(), "-k", key,
                    "-H", "ce_specversion=1.0", "-H", "ce_id=" + UUID.randomUUID(), "-H", "ce_source=/newsroom/test",
                    "-H", "ce_type=" + type.type(), "-H", "content-type=application/json")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("kcat is needed by this test: apt-get install kcat (.ci/run installs it)", e);
        }
        try (var in = kcat.getOutputStream()) {
            in.write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(data));
        }
        assertTrue(kcat.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "kcat did not finish");
        assertEquals(0, kcat.exitValue(), new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aFutureArticleIsHeldUntilItsDate() {
        importSiteFirst();
        String name = "embargo-" + RUN;
        String date = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(1)).plusSeconds(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx"));
        given().queryParam("collection", "actualites").queryParam("filename", name + ".md")
                .body(("---\ntitle: Sous embargo\ndate: " + date + "\n---\nBientôt.\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("state", equalTo("not published"))
                .body("unpublishedReason", startsWith("dated in the future"));
        // The embargo check (every second in tests) publishes it once its date has come.
        assertEquals("actualites/" + name, awaitEvent(EventType.ARTICLE_PARSED, "actualites/" + name).articleId());
        given().when().get("/api/articles/actualites/" + name).then().body("unpublishedReason", nullValue());
    }

    @Test
    void healthMetricsAndOpenApiOnTheManagementPortOnly() {
        importSiteFirst();
        given().port(management.getPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("rotative_articles_ingested_total{outcome=\"rejected\""))
                .body(containsString("rotative_outbox_backlog"))
                .body(containsString("rotative_consumer_lag{group=\"rotative-ingest\""))
                .body(containsString("jvm_memory_used_bytes"));
        given().port(management.getPort()).get("/q/health/live").then().statusCode(200);
        given().port(management.getPort()).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().port(management.getPort()).get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/imports"));
        for (String path : List.of("/q/metrics", "/q/health", "/q/openapi")) {
            given().when().get(path).then().statusCode(404);
        }
    }

    private static void importSiteFirst() {
        given().contentType(ContentType.JSON).body(Map.of("siteDir", site.toString()))
                .when().post("/api/imports").then().statusCode(200);
    }

    /** The payload as it travelled, checked against the JSON Schema the contract publishes for it. */
    private static void assertMatchesSchema(EventType<?> type, byte[] payload) {
        try (var in = IngestFlowTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            JsonSchema schema = JsonSchema.of(new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            OutputUnit result = Validator.create(schema, new JsonSchemaOptions().setDraft(Draft.DRAFT202012)
                    .setBaseUri("urn:rotative:")).validate(new JsonObject(new String(payload, StandardCharsets.UTF_8)));
            assertTrue(result.getValid(), type.type() + " payload does not match its schema: " + result.getErrors());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T awaitEvent(EventType<T> type, String articleId) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            consumer.subscribe(List.of(type.topic()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (articleId.equals(record.key()) && type.type().equals(CloudEventCodec.typeOf(record))) {
                        assertMatchesSchema(type, record.value());
                        return CloudEventCodec.decode(type, record).data();
                    }
                }
            }
        }
        assertTrue(false, "no " + type.type() + " event for " + articleId + " within 60 s");
        return null;
    }
}

package org.rotative.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.MediaChecked;
import org.rotative.contract.event.MediaChecked.ImageDimensions;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.CloudEventCodec;
import org.rotative.contract.kafka.EventProducer;
import org.rotative.contract.kafka.EventProducer.Outgoing;
import org.rotative.media.cache.VariantCache;
import org.rotative.media.resize.ImageResizer;
import org.rotative.media.storage.FileSystemImageStore;
import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.Presets;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

/** The service against the real broker, serving {@code ../shared/media/uploads} as {@code /uploads/}. */
@QuarkusTest
class MediaServiceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    VariantCache cache;
    @Inject
    Presets presets;
    @Inject
    ImageResizer resizer;
    /** The management interface: health, metrics and OpenAPI, on a port of their own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void servesTheOriginalWithValidators() throws IOException {
        Response response = given().get("/uploads/storm.jpg");
        response.then().statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", "public, max-age=3600")
                .header("Last-Modified", notNullValue())
                .header("X-Content-Type-Options", "nosniff");
        assertArrayEquals(Files.readAllBytes(Shared.UPLOADS.resolve("storm.jpg")), response.asByteArray());
        String etag = response.header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).get("/uploads/storm.jpg").then().statusCode(304)
                .header("ETag", etag);
    }

    @Test
    void resizesToTheRequestedWidth() throws IOException {
        Response response = given().get("/uploads/storm.jpg?w=320");
        response.then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", "public, max-age=3600");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        assertEquals(320, image.getWidth());
        assertEquals(213, image.getHeight());
        String etag = response.header("ETag");
        assertNotEquals(given().get("/uploads/storm.jpg").header("ETag"), etag);
        assertNotEquals(given().get("/uploads/storm.jpg?w=640").header("ETag"), etag);
        given().header("If-None-Match", etag).get("/uploads/storm.jpg?w=320").then().statusCode(304);
    }

    @Test
    void aTransparentPngStaysPng() throws IOException {
        byte[] png = given().get("/uploads/emerald-logo-alpha.png?w=200").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertEquals(200, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
    }

    @Test
    void aWidthAboveTheOriginalServesTheOriginal() throws IOException {
        byte[] body = given().get("/uploads/storm.jpg?w=4000").then().statusCode(200).contentType("image/jpeg")
                .extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(Shared.UPLOADS.resolve("storm.jpg")), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "4001", "abc", "1e3", "320px"})
    void anInvalidWidthIsA400(String w) {
        given().get("/uploads/storm.jpg?w=" + w).then().statusCode(400)
                .contentType("application/json")
                .body("error", equalTo("invalid width"))
                .body("detail", containsString("4000"));
    }

    @Test
    void aMissingUploadIsAJson404() {
        given().get("/uploads/nope.jpg").then().statusCode(404)
                .contentType("application/json")
                .body("error", equalTo("not found"))
                .body("detail", equalTo("no upload at /uploads/nope.jpg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/uploads/../bad/README.txt",
            "/uploads/%2e%2e/bad/README.txt",
            "/uploads/%2E%2E%2Fbad%2FREADME.txt",
            "/uploads/.%2e/.%2e/README.md",
            "/uploads/..%2f..%2fREADME.md",
            "/uploads/%252e%252e/bad/README.txt",
            "/uploads/%2Fetc%2Fpasswd",
            "/uploads//etc/passwd",
            "/uploads/storm.jpg%00.png",
            "/uploads/.%2e"})
    void traversalIsA404(String target) throws IOException {
        // Sent as raw bytes: HTTP clients would normalise the dots before the server sees them.
        assertEquals(404, rawStatus(target), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/uploads/storm.jpg", "/uploads/st%6Frm.jpg", "/uploads/storm%2Ejpg?w=100"})
    void percentEncodedNamesAreDecodedOnce(String target) throws IOException {
        // The same raw client reaches real files, escapes decoded (non-ASCII names: FileSystemImageStoreTest).
        assertEquals(200, rawStatus(target), target);
    }

    @Test
    void healthAndOpenApiOnTheManagementPortOnly() throws InterruptedException {
        given().port(management.getPort()).get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
        Instant deadline = Instant.now().plus(DEADLINE);
        while (given().port(management.getPort()).get("/q/health/ready").statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                fail("not ready: " + given().port(management.getPort()).get("/q/health/ready").asString());
            }
            Thread.sleep(200);
        }
        given().port(management.getPort()).get("/q/health/ready").then()
                .body(containsString("media-check-consumer"));
        given().port(management.getPort()).get("/q/openapi").then().statusCode(200)
                .body(containsString("/uploads/{path}"));
        for (String path : List.of("/q/health/live", "/q/metrics", "/q/openapi")) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void metricsCountResizesAndCacheHits() {
        // A size no other test asks for: computed once, then served from the cache.
        for (int i = 0; i < 2; i++) {
            given().queryParam("preset", "thumb").queryParam("fm", "png").get("/uploads/altai.png")
                    .then().statusCode(200);
        }
        given().port(management.getPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("rotative_media_resize_seconds_bucket"))
                .body(containsString("rotative_media_cache_requests_total{result=\"hit\""))
                .body(containsString("rotative_media_cache_requests_total{result=\"computed\""))
                .body(containsString("rotative_media_cache_hit_ratio"))
                .body(containsString("rotative_consumer_lag{group=\"rotative-media\""));
    }

    @Test
    void checksTheImagesOfAParsedArticle() throws IOException, InterruptedException {
        String id = "actualites/media-it-" + UUID.randomUUID();
        String missing = "/uploads/missing-" + UUID.randomUUID() + ".png";
        ArticleParsed article = new ArticleParsed(id, "rev-" + UUID.randomUUID(), 1, "actualites",
                "_actualites/media-it.markdown", "/actualites/media-it/", "Media IT", null, List.of(), List.of(),
                Map.of("une-ou-diaporama", List.of(Map.of("image", "/uploads/kleiber.jpg"))),
                "![Un orage](/uploads/storm.jpg)\n\n<figure><img src=\"" + missing + "\"/></figure>\n", true);

        try (KafkaConsumer<String, byte[]> consumer = checkedConsumer()) {
            try (EventProducer producer = new EventProducer(kafkaConfig, "/rotative/media-test")) {
                producer.publishAll(List.of(new Outgoing<>(EventType.ARTICLE_PARSED, id, article)));
            }
            MediaChecked checked = awaitChecked(consumer, id);
            assertEquals(article.revision(), checked.revision());
            assertEquals(List.of("/uploads/kleiber.jpg", "/uploads/storm.jpg", missing), checked.images());
            assertEquals(List.of(missing), checked.missing());
            assertEquals(List.of(new ImageDimensions("/uploads/kleiber.jpg", 6028, 3391),
                    new ImageDimensions("/uploads/storm.jpg", 1920, 1280)), checked.dimensions());
        }
        // Then every preset of kleiber.jpg is made ahead: asking for them computes nothing.
        StoredFile kleiber = new FileSystemImageStore(Shared.UPLOADS).find("kleiber.jpg").orElseThrow();
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!presets.all().values().stream()
                .allMatch(spec -> cache.contains(VariantCache.key(kleiber, spec, resizer.settings())))) {
            if (Instant.now().isAfter(deadline)) {
                fail("the presets of kleiber.jpg were not made within " + DEADLINE);
            }
            Thread.sleep(100);
        }
        long computed = cache.computations();
        for (String preset : presets.all().keySet()) {
            given().get("/uploads/kleiber.jpg?preset=" + preset).then().statusCode(200);
        }
        given().get("/uploads/kleiber.jpg?w=1200").then().statusCode(200);
        assertEquals(computed, cache.computations());
    }

    /** A consumer of the media topic, positioned at its end before anything is produced. */
    private KafkaConsumer<String, byte[]> checkedConsumer() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "media-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.MEDIA_CHECKED).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static MediaChecked awaitChecked(KafkaConsumer<String, byte[]> consumer, String articleId) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (articleId.equals(record.key())) {
                    return CloudEventCodec.decode(EventType.MEDIA_CHECKED, record).data();
                }
            }
        }
        return fail("no " + Topics.MEDIA_CHECKED + " event for " + articleId + " within " + DEADLINE);
    }

    private static int rawStatus(String target) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}

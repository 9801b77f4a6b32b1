package org.rotative.render;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.ArticleRendered;
import org.rotative.contract.event.ArticleUnpublished;
import org.rotative.contract.event.ArticleWithdrawn;
import org.rotative.contract.event.Event;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.CloudEventCodec;
import org.rotative.contract.kafka.DeadLetter;
import org.rotative.contract.kafka.EventProducer;
import org.rotative.contract.kafka.EventProducer.Outgoing;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

/** From a parsed-article event on the real broker to the page served and the rendered-article event. */
@QuarkusTest
class RenderFlowTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    /** The management interface: health, metrics and OpenAPI, on a port of their own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void rendersStoresServesAndAnnouncesAnArticle() {
        String slug = "l'été-numérique-(" + UUID.randomUUID() + ")";
        String id = "actualites/" + slug;
        String permalink = "/actualites/" + slug + "/";
        String body = """
                ## Calendrier du programme

                | Étape | Date |
                |-------|------|
                | Candidatures | 1er mars |

                ![Photo de l'équipe](/uploads/equipe-2021.jpg)
                """;
        // Two revisions in a row: the page ends at the last one, whether they arrive in one batch or two.
        try (EventProducer producer = new EventProducer(kafkaConfig, "/rotative/ingest")) {
            producer.publishAll(List.of(
                    new Outgoing<>(EventType.ARTICLE_PARSED, id, article(id, "rev-1", permalink, "Brouillon")),
                    new Outgoing<>(EventType.ARTICLE_PARSED, id, article(id, "rev-2", permalink, body))));
        }

        Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given()
                .get(permalink).then().statusCode(200).header("ETag", equalTo("\"rev-2\"")));
        given().get(permalink).then()
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("object-src 'none'"), containsString("frame-ancestors 'self'")))
                .contentType(allOf(startsWith("text/html"), containsString("charset=UTF-8")))
                .body(containsString("<html lang=\"fr\">"),
                        // French typography: a no-break space before the colon.
                        containsString("<h1>L’été numérique\u00A0: tout le programme</h1>"),
                        containsString("<time datetime=\"2021-03-01\">1 mars 2021</time>"),
                        containsString("<h2 id=\"calendrier-du-programme\">Calendrier du programme</h2>"),
                        containsString("<td>Candidatures</td>"),
                        containsString("src=\"http://localhost:8083/uploads/equipe-2021.jpg?w=800\""));

        given().get("/api/pages/" + id + "/body").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(startsWith("<h2 id=\"calendrier-du-programme\">Calendrier du programme</h2>\n<table>"));
        given().get("/api/pages/" + id).then().statusCode(200)
                .body("id", equalTo(id), "revision", equalTo("rev-2"), "permalink", equalTo(permalink),
                        "title", equalTo("L’été numérique : tout le programme"));

        String withoutSlash = permalink.substring(0, permalink.length() - 1);
        given().redirects().follow(false).get(withoutSlash).then().statusCode(301)
                .header("Location", allOf(containsString("/actualites/l'%C3%A9t%C3%A9-num%C3%A9rique-("),
                        containsString(")/")));
        given().header("If-None-Match", "\"rev-2\"").get(permalink).then().statusCode(304);
        given().header("If-None-Match", "\"rev-1\"").get(permalink).then().statusCode(200);

        ArticleRendered rendered = awaitRendered(id, "rev-2");
        assertEquals(permalink, rendered.permalink());
        given().port(management.getPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("rotative_render_seconds_bucket"),
                        containsString("rotative_articles_rendered_total"),
                        containsString("rotative_consumer_lag{group=\"rotative-render\""));

        // Unpublished: the page is withdrawn and its permalink answers 410 Gone.
        try (EventProducer producer = new EventProducer(kafkaConfig, "/rotative/ingest")) {
            producer.publishAll(List.of(new Outgoing<>(EventType.ARTICLE_UNPUBLISHED, id,
                    new ArticleUnpublished(id, "rev-2", 3, permalink, "unpublished by request"))));
        }
        // Once announced, the page is gone.
        ArticleWithdrawn withdrawn = awaitEvent(EventType.ARTICLE_WITHDRAWN, id, w -> w.sequence() == 3);
        assertEquals(permalink, withdrawn.permalink());
        given().get(permalink).then().statusCode(410);
        given().get("/api/pages/" + id + "/body").then().statusCode(404);
    }

    @Test
    void anOlderRevisionDeliveredLateNeverReplacesTheNewerOne() throws Exception {
        String run = UUID.randomUUID().toString();
        String id = "actualites/ordre-" + run;
        String permalink = "/actualites/ordre-" + run + "/";
        String marker = "actualites/marqueur-" + run;
        CloudEventCodec codec = new CloudEventCodec("/rotative/ingest");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafkaConfig, new StringSerializer(),
                new ByteArraySerializer())) {
            send(producer, codec.encode(EventType.ARTICLE_PARSED, id, article(id, "rev-2", 2, permalink, "Deuxième.")));
            Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given()
                    .get(permalink).then().statusCode(200).header("ETag", equalTo("\"rev-2\"")));
            // Revision 1 after revision 2 (an old event replayed), then another article on the same partition:
            // once that one is served, the late event has been handled.
            send(producer, codec.encode(EventType.ARTICLE_PARSED, id, article(id, "rev-1", 1, permalink, "Premier.")));
            send(producer, codec.encode(EventType.ARTICLE_PARSED, marker,
                    article(marker, "m", 1, "/actualites/marqueur-" + run + "/", "Marqueur.")));
        }
        Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given()
                .get("/actualites/marqueur-" + run + "/").then().statusCode(200));
        given().get(permalink).then().statusCode(200).header("ETag", equalTo("\"rev-2\""))
                .body(containsString("Deuxième."));
    }

    /** To partition 0, whatever the key: the test's events are read in the order they are sent. */
    private static void send(KafkaProducer<String, byte[]> producer, ProducerRecord<String, byte[]> event)
            throws Exception {
        producer.send(new ProducerRecord<>(event.topic(), 0, event.key(), event.value(), event.headers())).get();
    }

    @Test
    void poisonEventsGoToTheDeadLettersAndTheNextArticleIsRendered() throws Exception {
        String run = UUID.randomUUID().toString();
        String garbage = "actualites/garbage-" + run;
        String relative = "actualites/relative-" + run;
        String fine = "actualites/fine-" + run;
        CloudEventCodec codec = new CloudEventCodec("/rotative/ingest");
        ProducerRecord<String, byte[]> headers = codec.encode(EventType.ARTICLE_PARSED, garbage,
                article(garbage, "r1", "/actualites/garbage/", "x"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafkaConfig, new StringSerializer(),
                new ByteArraySerializer())) {
            // Same partition for all three (one key would do, but then the batch keeps only the last): in order.
            send(producer, new ProducerRecord<>(Topics.ARTICLES_PARSED, null, garbage,
                    "{\"articleId\": ".getBytes(StandardCharsets.UTF_8), headers.headers()));
            send(producer, codec.encode(EventType.ARTICLE_PARSED, relative,
                    article(relative, "r1", "actualites/relative/", "x")));
            send(producer, codec.encode(EventType.ARTICLE_PARSED, fine,
                    article(fine, "r1", "/actualites/fine-" + run + "/", "Bien.")));
        }
        Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().get("/actualites/fine-" + run + "/").then().statusCode(200));

        Map<String, String> errors = deadLetters(Set.of(garbage, relative));
        assertTrue(errors.get(garbage).contains("does not match urn:rotative:schema:article-parsed-v1"),
                errors.get(garbage));
        assertTrue(errors.get(relative).endsWith("article " + relative
                + " not rendered: permalink missing, relative or longer than 2048"), errors.get(relative));
    }

    /** The dead letters of render's consumer group for these keys: key → error header. */
    private Map<String, String> deadLetters(Set<String> keys) {
        Map<String, String> errors = new HashMap<>();
        readFromStart(Topics.DEAD_LETTER, record -> {
            if (keys.contains(record.key())) {
                assertEquals(Topics.ARTICLES_PARSED, header(record, DeadLetter.H_TOPIC));
                assertEquals("0", header(record, DeadLetter.H_PARTITION));
                assertEquals("rotative-render", header(record, DeadLetter.H_GROUP));
                errors.put(record.key(), header(record, DeadLetter.H_ERROR));
            }
        }, () -> errors.keySet().equals(keys));
        return errors;
    }

    /** Reads a topic from its start, with a group of its own, until {@code done}. */
    private void readFromStart(String topic, Consumer<ConsumerRecord<String, byte[]>> onRecord,
            BooleanSupplier done) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "render-flow-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(DEADLINE).pollDelay(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(onRecord);
                return done.getAsBoolean();
            });
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ArticleParsed article(String id, String revision, String permalink, String body) {
        return article(id, revision, 1, permalink, body);
    }

    private static ArticleParsed article(String id, String revision, long sequence, String permalink, String body) {
        return new ArticleParsed(id, revision, sequence, "actualites", "_" + id + ".md", permalink,
                "L’été numérique : tout le programme", OffsetDateTime.parse("2021-03-01T09:00:00+01:00"),
                List.of("Actualité"), List.of("Programme"), Map.of("chapeau-text", "Tout l’été."), body, true);
    }

    /** The rendered-article event of this revision. */
    private ArticleRendered awaitRendered(String id, String revision) {
        return awaitEvent(EventType.ARTICLE_RENDERED, id, r -> revision.equals(r.revision()));
    }

    /** The first event of this type about this article that matches, from render. */
    private <T> T awaitEvent(EventType<T> type, String id, Predicate<T> matches) {
        AtomicReference<T> found = new AtomicReference<>();
        readFromStart(type.topic(), record -> {
            if (id.equals(record.key()) && type.type().equals(CloudEventCodec.typeOf(record))) {
                Event<T> event = CloudEventCodec.decode(type, record);
                if (found.get() == null && matches.test(event.data())) {
                    assertEquals("/rotative/render", event.source());
                    found.set(event.data());
                }
            }
        }, () -> found.get() != null);
        return found.get();
    }
}

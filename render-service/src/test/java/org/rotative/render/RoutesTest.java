package org.rotative.render;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The catch-all page route must leave the API and uploads to their own handlers; health and OpenAPI are on the
 * management port, and the public one has none of them.
 */
@QuarkusTest
class RoutesTest {

    private final String run = UUID.randomUUID().toString();

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void livenessDoesNotDependOnKafka() {
        given().port(management.getPort()).get("/q/health/live").then().statusCode(200)
                .contentType(containsString("json"))
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItems("Kafka connection health check")));
    }

    @Test
    void readinessCoversDatabaseKafkaAndTheConsumer() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().port(management.getPort())
                .get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("render-consumer", "Kafka connection health check",
                        "Database connections health check")));
    }

    @Test
    void openApiIsServed() {
        given().port(management.getPort()).get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/pages/{id}/body"));
    }

    @Test
    void thePublicPortServesNoManagementEndpoint() {
        for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi")) {
            given().get(path).then().statusCode(404).body(containsString("Page introuvable"));
        }
    }

    @Test
    void unknownApiPagesAreJsonErrors() {
        given().get("/api/pages/actualites/unknown-" + run).then().statusCode(404)
                .contentType(containsString("application/json"))
                .body("error", equalTo("page not found"))
                .body("detail", containsString("actualites/unknown-" + run));
        given().accept("text/html").get("/api/pages/actualites/unknown-" + run + "/body").then().statusCode(404)
                .contentType(containsString("application/json"))
                .body("error", equalTo("page not found"));
    }

    @Test
    void unknownPagesAreHtml404s() {
        given().get("/actualites/unknown-" + run + "/").then().statusCode(404)
                .contentType(allOf(startsWith("text/html"), containsString("charset=UTF-8")))
                .body(containsString("<html lang=\"fr\">"), containsString("Page introuvable"),
                        containsString("/actualites/unknown-" + run + "/"));
    }

    @Test
    void theSiteRootListsThePages() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Pages publiées"));
    }

    @Test
    void uploadsRedirectToTheMediaService() {
        given().urlEncodingEnabled(false).redirects().follow(false)
                .get("/uploads/Retour%20SEEPH%202023.png?w=480").then().statusCode(302)
                .header("Location", equalTo("http://localhost:8083/uploads/Retour%20SEEPH%202023.png?w=480"));
        given().redirects().follow(false).get("/uploads/2021/forum_paris.svg").then().statusCode(302)
                .header("Location", startsWith("http://localhost:8083/uploads/2021/forum_paris.svg"));
    }
}

package org.rotative.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Serves {@code ../shared/media/bad} (read its README.txt): each hostile file is a clean 4xx, and the service lives. */
@QuarkusTest
@TestProfile(HostileUploadsTest.BadUploads.class)
class HostileUploadsTest {

    /** The management interface: health, metrics and OpenAPI, on a port of their own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    public static class BadUploads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rotative.media.root", Shared.BAD.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "truncated.jpg, 422, damaged image",
            "not-an-image.jpg, 415, unsupported image",
            "bomb-50000x50000.png, 422, image too large",
            "bomb-header-50000x50000-rgba.png, 422, image too large",
            "bomb-header-20000x20000-rgb.png, 422, image too large"})
    void aHostileFileIsAClean4xx(String name, int status, String error) {
        given().get("/uploads/" + name + "?w=320").then().statusCode(status)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("error", equalTo(error))
                .body("detail", not(emptyOrNullString()));
        given().port(management.getPort()).get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}

package org.rotative.ingest.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With keys configured, every write needs a fresh HMAC signature by one of them; reads stay open. */
@QuarkusTest
@TestProfile(SignedWritesTest.WithKeys.class)
class SignedWritesTest {

    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rotative.ingest.api-keys", "old-key,new-key");
        }
    }

    private static final byte[] BODY = ("---\ntitle: Signé\n---\nCorps.\n").getBytes(StandardCharsets.UTF_8);

    private static String signature(String key, long time, byte[] body) {
        String t = String.valueOf(time);
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(RequestSignatures.sign(key, t, body));
    }

    private static io.restassured.response.ValidatableResponse upload(String signature) {
        var request = given().queryParam("collection", "posts")
                .queryParam("filename", "2021-01-01-signe-" + UUID.randomUUID() + ".md").body(BODY);
        if (signature != null) {
            request = request.header(RequestSignatures.HEADER, signature);
        }
        return request.when().post("/api/articles").then();
    }

    @Test
    void unsignedStaleOrForeignWritesAreRefused() {
        long now = Instant.now().getEpochSecond();
        upload(null).statusCode(401).body("detail", containsString("missing X-Rotative-Signature"));
        upload(signature("new-key", now - 3600, BODY)).statusCode(401).body("detail", containsString("window"));
        upload(signature("someone-else", now, BODY)).statusCode(401)
                .body("detail", containsString("does not match"));
        upload(signature("new-key", now, "another body".getBytes(StandardCharsets.UTF_8))).statusCode(401);
        given().when().delete("/api/articles/posts/anything").then().statusCode(401);
        given().contentType("application/json").body("{\"siteDir\": \"/tmp\"}").when().post("/api/imports").then()
                .statusCode(401);
    }

    @Test
    void eitherKeyOfARotationIsAccepted() {
        long now = Instant.now().getEpochSecond();
        upload(signature("old-key", now, BODY)).statusCode(201).body("title", equalTo("Signé"));
        upload(signature("new-key", now, BODY)).statusCode(201);
    }

    @Test
    void readsStayOpen() {
        given().when().get("/api/status").then().statusCode(200);
    }
}

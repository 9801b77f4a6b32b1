package org.rotative.ingest.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Secrets never reach the logs: the service runs with API keys and a database password of its own (the test
 * database trusts local connections, so any password works), logging at DEBUG to a file, through signed and forged
 * writes; then the file is searched for every secret and every signature sent.
 */
@QuarkusTest
@TestProfile(SecretsInLogsTest.WithSecrets.class)
class SecretsInLogsTest {

    private static final String KEY = "api-key-" + UUID.randomUUID();
    private static final String OTHER_KEY = "api-key-" + UUID.randomUUID();
    private static final String DB_PASSWORD = "db-password-" + UUID.randomUUID();
    private static final Path LOG = Path.of("target/secrets-in-logs-" + UUID.randomUUID() + ".log");

    public static class WithSecrets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rotative.ingest.api-keys", KEY + "," + OTHER_KEY,
                    "quarkus.datasource.password", DB_PASSWORD,
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.min-level", "DEBUG",
                    "quarkus.log.category.\"org.rotative\".level", "DEBUG",
                    "quarkus.log.category.\"io.quarkus.vertx.http\".level", "DEBUG",
                    "quarkus.log.category.\"org.apache.kafka.clients\".level", "DEBUG");
        }
    }

    @Test
    void noSecretNorSignatureIsLogged() throws IOException {
        long now = Instant.now().getEpochSecond();
        byte[] body = "---\ntitle: Secret\n---\nCorps.\n".getBytes(StandardCharsets.UTF_8);
        String valid = signature(KEY, now, body);
        String forged = signature(OTHER_KEY, now, "autre".getBytes(StandardCharsets.UTF_8));
        upload(body, valid).statusCode(201);
        upload(body, forged).statusCode(401);
        upload(body, "t=" + now + ",v1=" + KEY).statusCode(401);
        given().when().get("/api/status").then().statusCode(200);

        assertTrue(Files.size(LOG) > 0, "the service logged to " + LOG);
        String logged = Files.readString(LOG, StandardCharsets.UTF_8);
        for (String secret : List.of(KEY, OTHER_KEY, DB_PASSWORD, hex(valid), hex(forged))) {
            assertFalse(logged.contains(secret), () -> "a secret in " + LOG + ": " + secret);
        }
    }

    private static io.restassured.response.ValidatableResponse upload(byte[] body, String signature) {
        return given().queryParam("collection", "posts")
                .queryParam("filename", "2021-01-01-secret-" + UUID.randomUUID() + ".md")
                .header(RequestSignatures.HEADER, signature).body(body)
                .when().post("/api/articles").then();
    }

    private static String signature(String key, long time, byte[] body) {
        String t = String.valueOf(time);
        return "t=" + t + ",v1=" + hex(RequestSignatures.sign(key, t, body));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The MAC of a signature header. */
    private static String hex(String signature) {
        return signature.substring(signature.indexOf("v1=") + 3);
    }
}

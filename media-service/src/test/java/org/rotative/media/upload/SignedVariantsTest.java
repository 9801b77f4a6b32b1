package org.rotative.media.upload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rotative.media.signing.UrlSigner;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Signing on, with two keys as during a rotation: presets open, anything else signed. */
@QuarkusTest
@TestProfile(SignedVariantsTest.TwoKeys.class)
class SignedVariantsTest {

    static final String OLD_KEY = "old-key-still-accepted";
    static final String NEW_KEY = "new-key-being-rolled-out";

    public static class TwoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rotative.media.signing.required", "true",
                    "rotative.media.signing.keys", OLD_KEY + "," + NEW_KEY);
        }
    }

    @Test
    void presetsNeedNoSignature() {
        given().get("/uploads/storm.jpg?preset=thumb").then().statusCode(200);
        given().get("/uploads/storm.jpg?w=800&fm=webp").then().statusCode(200).contentType("image/webp");
        given().get("/uploads/storm.jpg").then().statusCode(200);
    }

    @Test
    void anythingElseNeedsOne() {
        given().get("/uploads/storm.jpg?w=333").then().statusCode(403).contentType("application/json")
                .body("error", equalTo("missing signature"))
                .body("detail", containsString("/uploads/storm.jpg?w=333"));
        given().get("/uploads/storm.jpg?w=800&q=90").then().statusCode(403);
    }

    @Test
    void eitherKeySignsTheCanonicalUrl() {
        String canonical = "/uploads/storm.jpg?fit=cover&h=200&w=300";
        for (String key : new String[] {OLD_KEY, NEW_KEY}) {
            // Parameters in any order: the signature covers them sorted by name.
            given().get("/uploads/storm.jpg?w=300&h=200&fit=cover&s=" + UrlSigner.sign(key, canonical)).then()
                    .statusCode(200).contentType("image/jpeg");
        }
    }

    @Test
    void aWrongOrTamperedSignatureIsRefused() {
        String signature = UrlSigner.sign(NEW_KEY, "/uploads/storm.jpg?w=300");
        given().get("/uploads/storm.jpg?w=3000&s=" + signature).then().statusCode(403)
                .body("error", equalTo("invalid signature"));
        given().get("/uploads/kleiber.jpg?w=300&s=" + signature).then().statusCode(403);
        given().get("/uploads/storm.jpg?w=300&s=" + UrlSigner.sign("another-key", "/uploads/storm.jpg?w=300"))
                .then().statusCode(403);
        given().get("/uploads/storm.jpg?w=300&s=not*base64").then().statusCode(403)
                .body("error", equalTo("invalid signature"));
        given().get("/uploads/storm.jpg?w=300&s=" + signature).then().statusCode(200);
    }
}

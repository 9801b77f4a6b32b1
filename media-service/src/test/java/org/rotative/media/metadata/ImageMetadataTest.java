package org.rotative.media.metadata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.rotative.media.Shared;
import org.rotative.media.storage.ContentHashes;
import org.rotative.media.storage.FileSystemImageStore;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** GET /api/images/{path}, recorded in the media schema. */
@QuarkusTest
class ImageMetadataTest {

    @Test
    void describesAnUploadAndRecordsIt() throws IOException {
        String sha256 = new ContentHashes().sha256(new FileSystemImageStore(Shared.UPLOADS).find("storm.jpg")
                .orElseThrow());
        given().get("/api/images/storm.jpg").then().statusCode(200).contentType("application/json")
                .body("path", equalTo("/uploads/storm.jpg"))
                .body("width", equalTo(1920))
                .body("height", equalTo(1280))
                .body("bytes", equalTo(695070))
                .body("sha256", equalTo(sha256))
                .body("format", equalTo("jpeg"));
        ImageRecord record = QuarkusTransaction.requiringNew().call(() -> ImageRecord.findById("storm.jpg"));
        assertEquals(sha256, record.sha256);
        assertEquals(1920, record.width);
        // Asked again: the same answer, from the record.
        given().get("/api/images/storm.jpg").then().statusCode(200).body("sha256", equalTo(sha256));
    }

    @Test
    void sizesAreAsDisplayed() {
        given().get("/api/images/dogs-exif-orientation6.jpg").then().statusCode(200)
                .body("width", equalTo(2048)).body("height", equalTo(3088));
        given().get("/api/images/wood.webp").then().statusCode(200).body("format", equalTo("webp"));
    }

    @Test
    void aMissingUploadIsA404() {
        given().get("/api/images/nope.jpg").then().statusCode(404).contentType("application/json")
                .body("error", equalTo("not found"));
    }
}

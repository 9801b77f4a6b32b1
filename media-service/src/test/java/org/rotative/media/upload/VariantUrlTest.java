package org.rotative.media.upload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rotative.media.Images;
import org.rotative.media.Shared;
import org.rotative.media.cache.VariantCache;
import org.rotative.media.storage.ContentHashes;
import org.rotative.media.storage.FileSystemImageStore;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** The variant URL API with signing off (as on a laptop): presets, boxes, formats, caching headers. */
@QuarkusTest
class VariantUrlTest {

    @Inject
    VariantCache cache;

    @Test
    void presetsByNameAndByLadderWidth() throws IOException {
        assertSize(160, 160, given().get("/uploads/storm.jpg?preset=thumb").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray());
        assertSize(480, 270, given().get("/uploads/storm.jpg?preset=card").asByteArray());
        assertSize(800, 533, given().get("/uploads/storm.jpg?w=800").asByteArray());
    }

    @Test
    void formatAutoFollowsAcceptAndSaysSo() {
        given().header("Accept", "image/avif,image/webp,*/*").get("/uploads/storm.jpg?preset=w480&fm=auto")
                .then().statusCode(200).contentType("image/webp").header("Vary", "Accept");
        given().header("Accept", "image/png,*/*").get("/uploads/storm.jpg?preset=w480&fm=auto")
                .then().statusCode(200).contentType("image/jpeg").header("Vary", "Accept");
        given().header("Accept", "image/webp").get("/uploads/storm.jpg?w=480&fm=jpeg")
                .then().statusCode(200).contentType("image/jpeg").header("Vary", nullValue());
        given().get("/uploads/storm.jpg?w=480&fm=png").then().statusCode(200).contentType("image/png");
    }

    @Test
    void aContentPinIsImmutableAWrongOneIsNot() throws IOException {
        String sha = new ContentHashes().sha256(new FileSystemImageStore(Shared.UPLOADS).find("storm.jpg")
                .orElseThrow());
        given().get("/uploads/storm.jpg?w=480&v=" + sha.substring(0, 12)).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/uploads/storm.jpg?v=" + sha.substring(0, 12)).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/uploads/storm.jpg?w=480&v=0123456789ab").then().statusCode(200)
                .header("Cache-Control", "public, max-age=3600");
        given().get("/uploads/storm.jpg?w=480&v=2").then().statusCode(200)
                .header("Cache-Control", "public, max-age=3600");
    }

    @Test
    void aVariantRevalidatesWithItsStrongEtag() {
        Response first = given().get("/uploads/storm.jpg?w=300&h=300&fit=cover");
        String etag = first.header("ETag");
        assertEquals('"', etag.charAt(0), "strong ETag: " + etag);
        given().header("If-None-Match", etag).get("/uploads/storm.jpg?w=300&h=300&fit=cover").then()
                .statusCode(304).header("ETag", etag);
    }

    @Test
    void concurrentRequestsForOneNewVariantComputeItOnce() throws Exception {
        String url = "/uploads/kleiber.jpg?w=611&fm=webp";
        long before = cache.computations();
        int requests = 6;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            Callable<byte[]> get = () -> given().get(url).then().statusCode(200).extract().asByteArray();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(get));
            }
            byte[] first = answers.get(0).get(60, TimeUnit.SECONDS);
            for (Future<byte[]> answer : answers) {
                assertArrayEquals(first, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, cache.computations() - before);
        given().get(url).then().statusCode(200);
        assertEquals(1, cache.computations() - before, "then served from the disk cache");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "preset=huge | unknown preset | thumb, card, hero, w480, w800, w1200",
            "preset=card&w=100 | invalid preset | w",
            "w=300&fit=stretch | invalid fit | cover, contain or inside",
            "w=300&fm=gif | invalid format | auto, jpeg, png or webp",
            "w=300&q=0 | invalid quality | 1 to 100",
            "h=4001 | invalid height | 4000",
            "fm=webp | missing size | w, h or preset",
            "w=300&w=400 | repeated parameter | w is given 2 times"})
    void invalidParametersAreA400(String query, String error, String detail) {
        given().get("/uploads/storm.jpg?" + query).then().statusCode(400).contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("error", equalTo(error))
                .body("detail", containsString(detail));
    }

    private static void assertSize(int width, int height, byte[] image) throws IOException {
        BufferedImage decoded = Images.decode(image);
        assertEquals(width + " x " + height, decoded.getWidth() + " x " + decoded.getHeight());
    }
}

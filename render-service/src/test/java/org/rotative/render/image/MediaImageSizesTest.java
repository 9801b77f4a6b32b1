package org.rotative.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** Against a stand-in for the media service's metadata API: sizes read once, missing images asked again later. */
class MediaImageSizesTest {

    @Test
    void readsTheSizeOnceAndEncodesThePath() throws IOException {
        List<String> asked = new ArrayList<>();
        HttpServer media = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        media.createContext("/api/images/", exchange -> {
            asked.add(exchange.getRequestURI().getRawPath());
            boolean known = exchange.getRequestURI().getPath().equals("/api/images/été 2021.jpg");
            byte[] body = (known ? "{\"path\":\"/uploads/été 2021.jpg\",\"width\":1600,\"height\":900}"
                    : "{\"error\":\"not found\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        media.start();
        try {
            ImageSizes sizes = new MediaImageSizes("http://127.0.0.1:" + media.getAddress().getPort() + "/");
            assertEquals(Optional.of(new ImageSizes.ImageSize(1600, 900)), sizes.of("/uploads/été 2021.jpg"));
            assertEquals(Optional.of(new ImageSizes.ImageSize(1600, 900)), sizes.of("/uploads/été 2021.jpg"));
            assertEquals(Optional.empty(), sizes.of("/uploads/absente.png"));
            assertEquals(Optional.empty(), sizes.of("/uploads/absente.png"));
            assertEquals(List.of("/api/images/%C3%A9t%C3%A9%202021.jpg", "/api/images/absente.png"), asked);
        } finally {
            media.stop(0);
        }
    }

    @Test
    void aMediaServiceThatDoesNotAnswerGivesNoSize() {
        assertEquals(Optional.empty(), new MediaImageSizes("http://127.0.0.1:1").of("/uploads/photo.jpg"));
    }
}

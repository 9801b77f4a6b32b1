package org.rotative.render.image;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sizes from the media service's metadata API ({@code GET /api/images/{path}}), which reads them from the image header
 * once and keeps them. Known sizes are kept here too (an upload keeps its size), a failed look-up for a while: a
 * missing image or a media service that does not answer costs one request per minute, not one per page.
 */
public final class MediaImageSizes implements ImageSizes {

    private static final Logger LOG = Logger.getLogger(MediaImageSizes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ENTRIES = 20_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long RETRY_AFTER_NANOS = Duration.ofMinutes(1).toNanos();

    private record Entry(Optional<ImageSize> size, long retryAt) {
    }

    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    /** Least recently used first, bounded. */
    private final Map<String, Entry> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** @param apiUrl the media service's base URL as this service reaches it, e.g. {@code http://media-service:8083} */
    public MediaImageSizes(String apiUrl) {
        this.api = URI.create(apiUrl.replaceAll("/+$", ""));
    }

    @Override
    public Optional<ImageSize> of(String uploadPath) {
        synchronized (known) {
            Entry entry = known.get(uploadPath);
            if (entry != null && (entry.size().isPresent() || System.nanoTime() < entry.retryAt())) {
                return entry.size();
            }
        }
        Optional<ImageSize> size = fetch(uploadPath);
        synchronized (known) {
            known.put(uploadPath, new Entry(size, System.nanoTime() + RETRY_AFTER_NANOS));
        }
        return size;
    }

    private Optional<ImageSize> fetch(String uploadPath) {
        String path = "/api/images/" + uploadPath.substring(UploadImageAttributeProvider.UPLOADS.length());
        try {
            URI uri = new URI(api.getScheme(), null, api.getHost(), api.getPort(), api.getPath() + path, null, null);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return Optional.empty(); // missing or not an image: the media check reports it
            }
            JsonNode image = JSON.readTree(answer.body());
            return image.path("width").canConvertToInt() && image.path("width").asInt() > 0
                    ? Optional.of(new ImageSize(image.path("width").asInt(), image.path("height").asInt()))
                    : Optional.empty();
        } catch (URISyntaxException | IOException e) {
            LOG.debugf("no size for %s from %s: %s", uploadPath, api, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

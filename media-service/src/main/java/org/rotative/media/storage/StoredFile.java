package org.rotative.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * A file found in an {@link ImageStore}.
 *
 * @param key          its key (decoded relative path)
 * @param contentType  its media type, from its name
 * @param size         bytes
 * @param lastModified when it was last written
 * @param version      opaque token that changes whenever the content may have changed: the base of ETags
 * @param content      opens the bytes
 */
public record StoredFile(String key, String contentType, long size, Instant lastModified, String version,
        Content content) {

    /** Opens the content of a stored file; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return content.open();
    }
}

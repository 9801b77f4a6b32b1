package org.rotative.media.storage;

import java.io.IOException;
import java.util.Optional;

import org.rotative.media.RefusedRequestException;

/**
 * Where uploaded files live. Keys are relative paths below the uploads root, already percent-decoded
 * ({@code /uploads/a/b%20c.jpg} is key {@code a/b c.jpg}). The file system is the first implementation; an object
 * store (S3) can be another.
 */
public interface ImageStore {

    /**
     * The file stored under {@code key}, or empty when there is none, the key is not {@link #isSafeKey safe} or the
     * file cannot be served (outside the root, unreadable…).
     *
     * @throws IOException when the store itself fails (the caller may retry; absence is not an error)
     */
    Optional<StoredFile> find(String key) throws IOException;

    /**
     * The file stored under {@code key}.
     *
     * @throws RefusedRequestException 404 when there is none (see {@link #find})
     * @throws IOException             when the store itself fails
     */
    default StoredFile require(String key) throws IOException {
        return find(key).orElseThrow(() -> new RefusedRequestException(404, "not found",
                "no upload at /uploads/" + key, null));
    }

    /**
     * Whether a key can only name a file below the root, whatever the store: relative, made of non-empty segments,
     * none of them {@code .}, {@code ..} or hidden (starting with a dot), no backslash, no NUL. Stores check this
     * before anything else, then check what the key really resolves to.
     */
    static boolean isSafeKey(String key) {
        if (key == null || key.isEmpty() || key.indexOf('\\') >= 0 || key.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}

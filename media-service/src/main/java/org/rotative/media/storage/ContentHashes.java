package org.rotative.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Singleton;

/**
 * SHA-256 of stored files, remembered per file version so that a pinned URL ({@code ?v=<hash prefix>}) does not read
 * the whole file on every request.
 */
@Singleton
public class ContentHashes {

    /** Remembered hashes; each is about 200 bytes, so this bounds the memory to a few MB. */
    private static final int CAPACITY = 20_000;

    private final Map<String, String> hashes = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The lowercase hex SHA-256 of the file's content. */
    public String sha256(StoredFile file) throws IOException {
        String id = file.key() + "\0" + file.version();
        synchronized (hashes) {
            String known = hashes.get(id);
            if (known != null) {
                return known;
            }
        }
        MessageDigest digest = digest();
        try (InputStream in = file.open()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        synchronized (hashes) {
            hashes.put(id, hash);
        }
        return hash;
    }

    /** The lowercase hex SHA-256 of a text, UTF-8. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}

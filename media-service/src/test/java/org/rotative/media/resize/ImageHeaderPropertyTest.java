package org.rotative.media.resize;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rotative.media.Shared;
import org.rotative.media.TestConfig;
import org.rotative.media.storage.StoredFile;

/**
 * Probing an image's header (its size and format, what the media check records for every upload) holds whatever the
 * bytes: each real upload cut at every length of its header, then mutated thousands of times (bits flipped, bytes
 * overwritten, chunks repeated or removed, the file cut short), is either described with a positive size or refused
 * with a clear 415 or 422; no other exception, no hang. Seeded: a failure names the mutant, which replays.
 */
class ImageHeaderPropertyTest {

    private static final long SEED = 20261127L;
    private static final int MUTANTS_PER_FILE = 300;
    /** Where the headers are: markers, EXIF and ICC profiles come before the first pixels. */
    private static final int HEAD = 256 * 1024;
    /** Far above a header probe (a millisecond): only a hang or a blow-up reaches it. */
    private static final Duration BOUND = Duration.ofMinutes(3);

    private final ImageResizer resizer = new ImageResizer(TestConfig.media());

    @Test
    void everyPrefixOfARealHeaderIsDescribedOrRefused() {
        assertTimeoutPreemptively(BOUND, () -> {
            for (Path file : Shared.files(Shared.UPLOADS, ".jpg", ".png", ".webp")) {
                byte[] head = head(file);
                for (int length = 0; length <= Math.min(head.length, 4096); length += 3) {
                    describeOrRefuse(file + " cut at " + length, Arrays.copyOf(head, length));
                }
            }
        });
    }

    @Test
    void mutatedHeadersAreDescribedOrRefused() {
        assertTimeoutPreemptively(BOUND, () -> {
            Random random = new Random(SEED);
            for (Path file : Shared.files(Shared.UPLOADS, ".jpg", ".png", ".webp")) {
                byte[] head = head(file);
                for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                    long seed = random.nextLong();
                    describeOrRefuse(file + " mutant seed " + seed, mutant(head, new Random(seed)));
                }
            }
        });
    }

    private void describeOrRefuse(String name, byte[] bytes) throws IOException {
        StoredFile file = new StoredFile("fuzz/" + name.replaceAll("\\W+", "-"), "application/octet-stream",
                bytes.length, Instant.EPOCH, "v", () -> new ByteArrayInputStream(bytes));
        try {
            ImageInfo info = resizer.describe(file);
            assertTrue(info.width() > 0 && info.height() > 0, () -> name + " described as " + info);
        } catch (ImageRejectedException e) {
            assertTrue(Set.of(415, 422).contains(e.status()) && !e.getMessage().isBlank(),
                    () -> name + " refused with " + e.status() + ": " + e.getMessage());
        } catch (RuntimeException | IOException | StackOverflowError | OutOfMemoryError e) {
            fail(name + ": " + e, e);
        }
    }

    /** One to eight mutations, most of them in the first 4 KB where the headers the probe reads are. */
    private static byte[] mutant(byte[] head, Random random) {
        byte[] bytes = head.clone();
        for (int n = 1 + random.nextInt(8); n > 0 && bytes.length > 0; n--) {
            int at = random.nextInt(random.nextBoolean() ? Math.min(bytes.length, 4096) : bytes.length);
            switch (random.nextInt(6)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes[at] = (byte) List.of(0x00, 0xFF, 0x7F, 0x80).get(random.nextInt(4)).intValue();
                case 2 -> bytes[at] = (byte) random.nextInt(256);
                case 3 -> bytes = Arrays.copyOf(bytes, at);
                case 4 -> bytes = splice(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length,
                        at + 1 + random.nextInt(64))));
                default -> bytes = cut(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(64)));
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    private static byte[] cut(byte[] bytes, int from, int to) {
        byte[] out = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, to, out, from, bytes.length - to);
        return out;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }
}

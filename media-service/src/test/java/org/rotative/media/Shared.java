package org.rotative.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The read-only test data in {@code ../shared} (system property {@code rotative.shared-dir}, set by Surefire). */
public final class Shared {

    public static final Path DIR = Path.of(System.getProperty("rotative.shared-dir", "../../shared"));
    /** Real images: large baseline and progressive JPEGs, Exif-rotated, CMYK, grayscale, PNGs, WebP. */
    public static final Path UPLOADS = DIR.resolve("media/uploads");
    /** Small genuine samples: the 8 Exif orientations, CMYK without profile, GIF, WebP with alpha. */
    public static final Path EXTRA = DIR.resolve("media/extra");
    /** Hostile files: truncated JPEG, text named .jpg, PNG decompression bombs (see README.txt there). */
    public static final Path BAD = DIR.resolve("media/bad");
    public static final Path SITE = DIR.resolve("corpus/numerique.gouv.fr");
    public static final Path EXPECTED = DIR.resolve("corpus/numerique.gouv.fr-expected");

    /** The files of a folder with one of the extensions, sorted. */
    public static List<Path> files(Path dir, String... extensions) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> Stream.of(extensions).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Shared() {
    }
}

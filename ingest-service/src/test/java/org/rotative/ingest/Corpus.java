package org.rotative.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real numerique.gouv.fr site in {@code ../shared}, for tests. */
public final class Corpus {

    public static final Path SHARED = Path.of(System.getProperty("rotative.shared-dir", "../../shared"));
    public static final Path SITE = SHARED.resolve("corpus/numerique.gouv.fr");
    public static final Path EXPECTED = SHARED.resolve("corpus/numerique.gouv.fr-expected");

    /** Every article file of the site, relative to it ({@code _actualites/foo.markdown}). */
    public static List<Path> articles() {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(Files::isRegularFile)
                    .map(SITE::relativize)
                    .filter(p -> p.getNameCount() > 1 && p.getName(0).toString().startsWith("_")
                            && !p.startsWith("_layouts") && !p.startsWith("_includes"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Corpus() {
    }
}

package org.rotative.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real numerique.gouv.fr site in {@code ../shared}, for tests. */
public final class Corpus {

    public static final Path SITE = Path.of(System.getProperty("rotative.shared-dir", "../../shared"))
            .resolve("corpus/numerique.gouv.fr");

    /** The Markdown body of an article ({@code _actualites/foo.markdown}): the file after its front matter. */
    public static String body(String article) {
        try {
            String text = Files.readString(SITE.resolve(article), StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!text.startsWith("---\n")) {
                return text;
            }
            int end = text.indexOf("\n---\n", 3);
            return text.substring(end + "\n---\n".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Corpus() {
    }
}

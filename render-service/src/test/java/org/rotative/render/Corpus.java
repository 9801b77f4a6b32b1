package org.rotative.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real numerique.gouv.fr site in {@code ../shared}, for tests. */
public final class Corpus {

    public static final Path SHARED = Path.of(System.getProperty("rotative.shared-dir", "../../shared"));
    public static final Path SITE = SHARED.resolve("corpus/numerique.gouv.fr");
    /** The HTML Jekyll/kramdown makes of each article body, by {@code oracle/kramdown-render}. */
    public static final Path EXPECTED = SHARED.resolve("corpus/numerique.gouv.fr-expected");

    /** Jekyll's {@code Document::YAML_FRONT_MATTER_REGEXP}; blank lines after the closing line belong to it. */
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)",
            Pattern.MULTILINE | Pattern.DOTALL);

    /** The Markdown body of an article ({@code _actualites/foo.markdown}): the file after its front matter. */
    public static String body(String article) {
        return body(SITE.resolve(article));
    }

    /** The Markdown body of an article file, cut from its front matter as Jekyll does. */
    public static String body(Path article) {
        try {
            String text = Files.readString(article, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Matcher frontMatter = FRONT_MATTER.matcher(text);
            return frontMatter.find() ? text.substring(frontMatter.end()) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Corpus() {
    }
}

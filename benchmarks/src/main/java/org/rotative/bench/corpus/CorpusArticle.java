package org.rotative.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * One article file of a Jekyll site, split the way Jekyll splits it: front matter (YAML) and body (the Markdown
 * after the closing line). The benchmarks render exactly what the oracle's {@code kramdown-render --bench} converts.
 *
 * @param path        the file
 * @param collection  its collection, without the underscore
 * @param frontMatter the front matter as YAML maps and lists (empty when the file has none)
 * @param body        the Markdown after the front matter
 */
public record CorpusArticle(Path path, String collection, Map<String, Object> frontMatter, String body) {

    /** {@code Jekyll::Document::YAML_FRONT_MATTER_REGEXP}: a {@code ---} line, YAML, a {@code ---} or {@code ...} line. */
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)",
            Pattern.MULTILINE | Pattern.DOTALL);
    /** Jekyll's {@code markdown_ext} default. */
    private static final List<String> MARKDOWN = List.of(".markdown", ".mkdown", ".mkdn", ".mkd", ".md");

    /** Every article of the site's {@code _<collection>} folders, in path order. */
    public static List<CorpusArticle> readSite(Path site) {
        return articleFiles(site).stream().map(f -> read(site, f)).toList();
    }

    /** The Markdown files of the site's {@code _<collection>} folders, in path order; at least one. */
    public static List<Path> articleFiles(Path site) {
        if (!Files.isDirectory(site)) {
            throw new IllegalArgumentException("no site folder at " + site.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> articles = files.filter(f -> isArticle(site, f)).sorted().toList();
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("no Markdown article under " + site.toAbsolutePath() + "/_*/");
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + site, e);
        }
    }

    /** The collection of one of {@link #articleFiles}: its {@code _<collection>} folder without the underscore. */
    public static String collectionOf(Path site, Path file) {
        return site.relativize(file).getName(0).toString().substring(1);
    }

    private static boolean isArticle(Path site, Path file) {
        Path relative = site.relativize(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return relative.getNameCount() > 1 && relative.getName(0).toString().startsWith("_")
                && MARKDOWN.stream().anyMatch(name::endsWith) && Files.isRegularFile(file);
    }

    private static CorpusArticle read(Path site, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String collection = collectionOf(site, file);
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.find()) {
            return new CorpusArticle(file, collection, Map.of(), text);
        }
        Object yaml = new Yaml(new LoaderOptions()).load(m.group(1).substring(m.group(1).indexOf('\n') + 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> frontMatter = yaml instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        return new CorpusArticle(file, collection, frontMatter, text.substring(m.end()));
    }
}

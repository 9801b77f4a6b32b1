package org.rotative.render.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotative.render.Corpus;
import org.rotative.render.markdown.BodyRenderer;
import org.rotative.render.markdown.MarkdownRenderer;

/** The offline preview renders exactly what the service's renderer gives, and reports broken files precisely. */
class PreviewTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void rendersASiteAsTheRendererDoesAndReportsBrokenFiles(@TempDir Path drafts) throws IOException {
        Files.writeString(drafts.resolve("bon.md"), "---\ntitle: Bon\n---\n\n*Bonjour*\n");
        Files.writeString(drafts.resolve("cassé.md"), "---\ntitle: Cassé\ntags: [a, b\nlayout: page\n---\nTexte\n");
        Files.writeString(drafts.resolve("ouvert.md"), "---\ntitle: Jamais fermé\n\nTexte\n");
        Files.writeString(drafts.resolve("liste.md"), "---\n- a\n- b\n---\nTexte\n");
        Path target = Path.of("target/preview");

        int status = run("--out", target.toString(), Corpus.SITE.toString(), drafts.toString());

        assertEquals(1, status, errors());
        BodyRenderer bodies = new BodyRenderer(MarkdownRenderer.withImagesAsWritten());
        SiteFiles site = SiteFiles.read(Corpus.SITE.resolve("_config.yml"));
        List<Path> articles = markdownFiles(Corpus.SITE);
        assertEquals(250, articles.size());
        for (Path article : articles) {
            String relative = Corpus.SITE.relativize(article).toString().replaceFirst("\\.[^.]+$", ".html");
            FrontMatter file = FrontMatter.parse(Files.readString(article));
            assertEquals(bodies.render(file.body(), site.context(file.data())).html(),
                    Files.readString(target.resolve(relative)), relative);
        }
        assertTrue(Files.readString(target.resolve("_posts/2017-10-23-code-highlighting.html")).contains(
                "<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">def foo"),
                "Liquid rendered before the Markdown");
        assertEquals("<p><em>Bonjour</em></p>\n", Files.readString(target.resolve("bon.html")));
        assertFalse(Files.exists(target.resolve("cassé.html")));

        List<String> lines = errors().lines().filter(line -> !line.contains(": warning: ")).toList();
        assertEquals(3, lines.size(), errors());
        // Four corpus articles have span attribute lists after plain text, which kramdown writes as text too.
        assertEquals(5, errors().lines().filter(line -> line.contains(": warning: Markdown (line ")).count(),
                errors());
        assertTrue(errors().contains("5eme-edition-du-panorama-des-grands-projets-si-de-letat-61-chantiers-"
                + "informatiques-a-la-loupe.markdown: warning: Markdown (line 19 of the body): the attribute list "
                + "{: .auteur-citation} (in the block starting on that line) follows no link"), errors());
        assertTrue(lines.contains(drafts.resolve("cassé.md") + ":4: front matter: invalid YAML (column 7): while "
                + "parsing a flow sequence started on line 3, expected ',' or ']', but got :"), errors());
        assertTrue(lines.contains(drafts.resolve("ouvert.md") + ":1: front matter: the front matter opened here is "
                + "never closed: no --- or ... line ends it"), errors());
        assertTrue(lines.contains(drafts.resolve("liste.md") + ":2: front matter: YAML holds a list, not a mapping "
                + "of keys to values (key: value)"), errors());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("rendered 251 files into target/preview; 3 failed"));
    }

    @Test
    void aFileArgumentIsWrittenUnderItsNameWithAnExplicitConfiguration(@TempDir Path dir) throws IOException {
        Path article = Corpus.SITE.resolve("_actualites/1-an-de-marche-public-simplifie-mps-premier-bilan-en-images.markdown");
        Files.writeString(dir.resolve("_config.yml"), "title: Essai\n");

        assertEquals(0, run("--out", dir.toString(), "--config", dir.resolve("_config.yml").toString(),
                article.toString()), errors());
        assertEquals(MarkdownRenderer.withImagesAsWritten().render(Corpus.body(article)), Files.readString(
                dir.resolve("1-an-de-marche-public-simplifie-mps-premier-bilan-en-images.html")));
    }

    @Test
    void aBrokenSiteConfigurationIsReportedForEachOfItsFiles(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("_config.yml"), "title: Essai\ncollections: [\n");
        Files.writeString(site.resolve("a.md"), "Texte\n");

        assertEquals(1, run("--out", site.resolve("out").toString(), site.toString()));
        assertTrue(errors().startsWith(site.resolve("_config.yml") + ":3: site configuration: invalid YAML"),
                errors());
    }

    @Test
    void usageErrors() {
        assertEquals(2, run(Corpus.SITE.toString()));
        assertEquals(2, run("--out", "target/x", "no/such/file.md"));
        assertTrue(errors().contains("no/such/file.md: no such file or folder"), errors());
    }

    private int run(String... args) {
        return Preview.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.(markdown|mkdown|mkdn|mkd|md)"))
                    .toList();
        }
    }
}

package org.rotative.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rotative.ingest.Corpus;
import org.rotative.ingest.site.SiteConfig;
import org.rotative.ingest.site.SiteConfigReader;

class ArticleReaderTest {

    private static SiteConfig site;
    private static ArticleReader reader;

    @BeforeAll
    static void readSite() throws IOException {
        site = SiteConfigReader.read(Files.readString(Corpus.SITE.resolve("_config.yml")));
        reader = new ArticleReader(site, 4096);
    }

    private static ReadArticle read(String collection, String path) throws IOException {
        return reader.read(new ArticleFile(collection, path,
                Files.readAllBytes(Corpus.SITE.resolve("_" + collection).resolve(path))), Instant.now());
    }

    private static ArticleRejectedException reject(String collection, String text) {
        return reject(collection, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ArticleRejectedException reject(String collection, byte[] bytes) {
        return assertThrows(ArticleRejectedException.class,
                () -> reader.read(new ArticleFile(collection, "hostile.markdown", bytes), Instant.now()));
    }

    @Test
    void postsTakeDateAndCategoriesInTheirPermalink() throws IOException {
        ReadArticle post = read("posts", "2016-03-23-welcome-to-jekyll.md");
        assertEquals("posts/welcome-to-jekyll", post.document().articleId());
        assertEquals("/jekyll/update/2016/03/23/welcome-to-jekyll.html", post.document().permalink());
    }

    @Test
    void collectionPermalinkUsesJekyllsPrettySlug() throws IOException {
        ReadArticle dated = read("actualites", "2018-04-24-projets-informatiques-de-l'état.md");
        // The id keeps the file name; Jekyll's slug drops the date and keeps accents and apostrophes.
        assertEquals("actualites/2018-04-24-projets-informatiques-de-l'état", dated.document().articleId());
        assertEquals("/actualites/projets-informatiques-de-l'état/", dated.document().permalink());

        ReadArticle spaced = read("actualites", "5E-edition-du-panorama-revue de details-pour-61-grands-projets-SI-de-l'Etat.md");
        assertEquals("/actualites/5E-edition-du-panorama-revue-de-details-pour-61-grands-projets-SI-de-l'Etat/",
                spaced.document().permalink());

        ReadArticle nested = read("actualites", "actualites/rejoignez-la-communaute-ux-services-publics-en-ligne.markdown");
        assertEquals("actualites/rejoignez-la-communaute-ux-services-publics-en-ligne", nested.document().articleId());
        assertEquals("/actualites/rejoignez-la-communaute-ux-services-publics-en-ligne/",
                nested.document().permalink());
    }

    @Test
    void publishedFalseIsStoredButNotPublished() throws IOException {
        ReadArticle article = read("communiques", "franceconnect-plus-1-million-usagers.markdown");
        assertEquals("published: false", article.document().unpublished());
        assertNull(read("actualites", "acc-eig5.markdown").document().unpublished());
    }

    @Test
    void brokenYamlPointsAtTheLineInTheFile() {
        ArticleRejectedException e = reject("actualites", "---\ntitle: ok\ntags: [a, b\ndate: 2021-01-01\n---\nbody\n");
        assertEquals("_actualites/hostile.markdown", e.sourcePath());
        assertTrue(e.getMessage().startsWith("invalid YAML"), e.getMessage());
        assertTrue(e.line() >= 3 && e.line() <= 5, "line " + e.line());
    }

    @Test
    void missingAndUnterminatedFrontMatter() {
        assertTrue(reject("actualites", "# Just Markdown\n").getMessage().startsWith("no front matter"));
        ArticleRejectedException open = reject("actualites", "---\ntitle: never closed\n\nBody.\n");
        assertTrue(open.getMessage().startsWith("unterminated front matter"), open.getMessage());
    }

    @Test
    void invalidDateNamesTheValue() {
        ArticleRejectedException e = reject("actualites", "---\ntitle: t\ndate: 2021-02-31 10:00:00 +01:00\n---\n");
        assertTrue(e.getMessage().contains("2021-02-31"), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void latin1BytesAreRefusedWithTheirPosition() {
        byte[] latin1 = "---\ntitle: t\n---\nL'\u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        ArticleRejectedException e = reject("actualites", latin1);
        assertTrue(e.getMessage().startsWith("not UTF-8: byte 0xE9"), e.getMessage());
        assertEquals(4, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void oversizedFileAndUnknownCollection() {
        assertTrue(reject("actualites", "---\n---\n" + "x".repeat(5000)).getMessage().startsWith("file too large"));
        ArticleRejectedException e = reject("blog", "---\ntitle: t\n---\n");
        assertTrue(e.getMessage().startsWith("unknown collection 'blog'"), e.getMessage());
    }

    @Test
    void frontMatterThatIsNotAMapping() {
        ArticleRejectedException e = reject("actualites", "---\n- a\n- b\n---\n");
        assertTrue(e.getMessage().contains("mapping"), e.getMessage());
    }
}

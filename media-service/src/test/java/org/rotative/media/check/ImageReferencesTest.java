package org.rotative.media.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rotative.media.Shared;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

class ImageReferencesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Images in the body HTML Jekyll produced: what the Markdown really displays. */
    private static final Pattern JEKYLL_IMG = Pattern.compile("<img\\b[^>]*?\\bsrc=\"(/uploads/[^\"]+)\"");

    @Test
    void frontMatterImageWithAnEncodedName() throws IOException {
        // _actualites/acc-eig5.markdown: une-ou-diaporama: [{image: "/uploads/lancement_a%C3%A0c-EIG5.jpg"}]
        Article a = article("_actualites/acc-eig5.markdown");
        assertEquals(List.of(new ImageReference("/uploads/lancement_a%C3%A0c-EIG5.jpg", "lancement_aàc-EIG5.jpg")),
                ImageReferences.of(a.frontMatter(), a.body()));
    }

    @Test
    void figureHtmlMarkdownImagesInLinksAndFrontMatter() throws IOException {
        Article a = article("_actualites/bilan-2018-du-programme-dcant-et-perspectives-2019.markdown");
        // Front matter first; then <img src> in raw HTML, [![alt](img)](link "title"){:target}, [![alt](img)](pdf).
        // The PDFs the article links to are documents, not images.
        assertEquals(List.of("/uploads/DCANT-bilan-perspectives.JPG", "/uploads/DCANT_COS_2019fevrier.JPG",
                "/uploads/webinaires-DCANT2.png", "/uploads/DCANT-bilan-perspectives-couv-doc150.jpg"),
                paths(ImageReferences.of(a.frontMatter(), a.body())));
    }

    @Test
    void figureWithStyledImage() throws IOException {
        Article a = article(
                "_actualites/dataconnexions-le-veilleur-dot-fr-compagnon-des-pme-en-quete-de-marches-publics.markdown");
        assertTrue(paths(ImageReferences.of(a.frontMatter(), a.body()))
                .contains("/uploads/steve-cire_christophe-viaud.png"));
    }

    @Test
    void encodedSpacesInFrontMatterAndAMarkdownImage() throws IOException {
        Article a = article("_actualites/cooperation-franco-quebecoise-la-dgafp-et-la-dinum-partagent-leur-expertise-"
                + "en-transformation-numerique-avec-les-agents-publics-quebecois.markdown");
        assertEquals(List.of(new ImageReference("/uploads/Mission%20Quebec.png", "Mission Quebec.png"),
                new ImageReference("/uploads/ATN_DINUM_DGAFP.jpg", "ATN_DINUM_DGAFP.jpg")),
                ImageReferences.of(a.frontMatter(), a.body()));
    }

    @Test
    void frontMatterDocumentsAreNotImages() {
        Map<String, Object> frontMatter = Map.of("documents", List.of(Map.of("file", "/uploads/rapport.pdf")),
                "communique_file", "/uploads/cp.pdf", "title", "/uploads/ is where files go");
        assertEquals(List.of(), ImageReferences.of(frontMatter, ""));
    }

    @Test
    void theBodyImagesAreExactlyThoseJekyllRenders() throws IOException {
        // Over the 250 articles of the corpus, Markdown and HTML images found in the source are the <img> of the
        // HTML Jekyll produced from it.
        int articles = 0;
        int images = 0;
        for (Path source : articleFiles()) {
            Article a = article(Shared.SITE.relativize(source).toString());
            Set<String> found = new TreeSet<>(paths(ImageReferences.of(Map.of(), a.body())));
            Set<String> rendered = new TreeSet<>();
            Matcher m = JEKYLL_IMG.matcher(Files.readString(expected(source, ".html")));
            while (m.find()) {
                rendered.add(m.group(1).replace("&amp;", "&"));
            }
            assertEquals(rendered, found, source.toString());
            articles++;
            images += rendered.size();
        }
        assertEquals(250, articles);
        assertTrue(images > 40, "the corpus has body images: " + images);
    }

    @Test
    void markdownSyntaxVariants() {
        String body = """
                ![a [nested] alt](/uploads/one.png "A title"){: width="50%"}
                ![angle](</uploads/two words.png>)
                ![parens](/uploads/photo(1).jpg)
                ![query](/uploads/three.jpg?v=2#top)
                <IMG class='x' SRC='/uploads/four.gif'> <img src=/uploads/five.jpg>
                ![again](/uploads/one.png) ![encoded again](/uploads/o%6Ee.png)
                ![elsewhere](https://www.numerique.gouv.fr/uploads/abs.png) ![relative](uploads/rel.png)
                [a link to a document](/uploads/doc.pdf) <a href="/uploads/doc2.pdf">doc</a>
                """;
        assertEquals(List.of("/uploads/one.png", "/uploads/two words.png", "/uploads/photo(1).jpg",
                "/uploads/three.jpg", "/uploads/four.gif", "/uploads/five.jpg"),
                paths(ImageReferences.of(null, body)));
    }

    @Test
    void percentDecoding() {
        assertEquals("a b.png", ImageReferences.decode("a%20b.png"));
        assertEquals("lancement_aàc-EIG5.jpg", ImageReferences.decode("lancement_a%C3%A0c-EIG5.jpg"));
        assertEquals("a+b.png", ImageReferences.decode("a+b.png"));
        // Decoded once: a double-encoded dot stays an escape in the name, it never becomes "..".
        assertEquals("%2e%2e/x.png", ImageReferences.decode("%252e%252e/x.png"));
        assertNull(ImageReferences.decode("bad%zz.png"));
        assertNull(ImageReferences.decode("cut%2"));
        assertNull(ImageReferences.decode("latin1-%E9.png"));
    }

    /** An article as ingest would publish it: front matter as Jekyll parsed it, body after the front matter. */
    record Article(Map<String, Object> frontMatter, String body) {
    }

    static Article article(String relative) throws IOException {
        Path source = Shared.SITE.resolve(relative);
        String text = Files.readString(source);
        Matcher m = Pattern.compile("\\A---\\r?\\n.*?^---\\s*$\\r?\\n?", Pattern.DOTALL | Pattern.MULTILINE)
                .matcher(text);
        String body = m.find() ? text.substring(m.end()) : text;
        Map<String, Object> frontMatter = JSON.readValue(expected(source, ".json").toFile(),
                new TypeReference<Map<String, Object>>() {
                });
        return new Article(frontMatter, body);
    }

    private static Path expected(Path source, String extension) {
        String relative = Shared.SITE.relativize(source).toString();
        return Shared.EXPECTED.resolve(relative.substring(0, relative.lastIndexOf('.')) + extension);
    }

    private static List<Path> articleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Shared.SITE)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String first = Shared.SITE.relativize(p).getName(0).toString();
                        return first.startsWith("_") && !first.equals("_layouts") && !first.equals("_includes")
                                && !first.equals("_config.yml");
                    })
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    private static List<String> paths(List<ImageReference> references) {
        return references.stream().map(ImageReference::path).toList();
    }
}

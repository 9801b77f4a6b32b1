package org.rotative.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rotative.ingest.Corpus;
import org.rotative.ingest.site.SiteConfig;
import org.rotative.ingest.site.SiteConfigReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads every article of the real numerique.gouv.fr site, as a site import does. */
class CorpusReadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyArticleIsReadWithTheFrontMatterJekyllSees() throws IOException {
        SiteConfig site = SiteConfigReader.read(Files.readString(Corpus.SITE.resolve("_config.yml")));
        ArticleReader reader = new ArticleReader(site, 1 << 20);
        List<String> problems = new ArrayList<>();
        int read = 0;
        for (Path relative : Corpus.articles()) {
            String collection = relative.getName(0).toString().substring(1);
            String inCollection = relative.subpath(1, relative.getNameCount()).toString();
            ReadArticle article;
            try {
                article = reader.read(new ArticleFile(collection, inCollection,
                        Files.readAllBytes(Corpus.SITE.resolve(relative))), Instant.now());
            } catch (ArticleRejectedException e) {
                problems.add(relative + ": rejected: " + e.getMessage());
                continue;
            }
            read++;
            String name = relative.toString().replaceFirst("\\.[^./]+$", "");
            JsonNode expected = JSON.readTree(Corpus.EXPECTED.resolve(name + ".json").toFile());
            JsonNode actual = JSON.valueToTree(article.frontMatter());
            if (!expected.equals(actual)) {
                problems.add(relative + ": front matter differs:\n  expected " + expected + "\n  actual   " + actual);
            }
            assertTrue(article.document().permalink().startsWith("/"), relative.toString());
        }
        assertEquals(250, read + problems.stream().filter(p -> p.contains(": rejected:")).count());
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}

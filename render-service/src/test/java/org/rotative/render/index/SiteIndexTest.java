package org.rotative.render.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.rotative.render.page.PageStore;
import org.rotative.render.page.RenderedPage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Index pages, feed and sitemap on the real database (index pages of 2 articles in tests). */
@QuarkusTest
class SiteIndexTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    PageStore store;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    // Later than anything other tests store, and later on every run: this run's articles lead the feed.
    private final OffsetDateTime base = OffsetDateTime.now().plusYears(5000).withNano(0);

    @Test
    void listsACollectionNewestFirstInPages() {
        String collection = "coll" + run;
        store.saveAll(List.of(page(collection, "a", 1, List.of(), List.of()), page(collection, "b", 3, List.of(),
                List.of()), page(collection, "c", 2, List.of(), List.of())));

        String first = given().get("/" + collection + "/").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertTrue(first.contains("<html lang=\"fr\">"), first);
        assertTrue(first.contains("<h1>Collection : " + collection + "</h1>"), first);
        assertTrue(first.indexOf("Titre b") < first.indexOf("Titre c") && !first.contains("Titre a"), first);
        assertTrue(first.contains("<a href=\"/" + collection + "/?page=2\" rel=\"next\">Page suivante</a>"), first);
        assertTrue(first.contains("<time class=\"meta\" datetime=\"" + base.plusDays(3).toLocalDate() + "\">"),
                first);

        given().get("/" + collection + "/?page=2").then().statusCode(200)
                .body(containsString("Titre a"), containsString("<a href=\"/" + collection
                        + "/\" rel=\"prev\">Page précédente</a>"), not(containsString("Page suivante")));
        given().get("/" + collection + "/?page=3").then().statusCode(404);
        given().get("/" + collection + "/?page=zero").then().statusCode(404);
    }

    @Test
    void listsACategoryAndATagBySlug() {
        String category = "Données " + run;
        String tag = "Open Data " + run;
        store.saveAll(List.of(page("actualites" + run, "x", 1, List.of(category), List.of(tag)),
                page("agenda" + run, "y", 2, List.of(category.toUpperCase()), List.of())));

        given().urlEncodingEnabled(false).get("/categories/donn%C3%A9es-" + run + "/").then().statusCode(200)
                .body(containsString("<h1>Catégorie : " + category.toUpperCase() + "</h1>"), containsString("Titre x"),
                        containsString("Titre y"), containsString("2 articles"));
        given().get("/tags/open-data-" + run + "/").then().statusCode(200)
                .body(containsString("<h1>Mot-clé : " + tag + "</h1>"), containsString("Titre x"),
                        not(containsString("Titre y")));
        given().get("/tags/unknown-" + run + "/").then().statusCode(404);
    }

    @Test
    void feedIsAtomWithTheLatestArticlesAndAbsoluteLinks() throws Exception {
        // Later than the other tests' articles, and one second apart: later than any earlier run's too.
        OffsetDateTime latest = base.plusDays(1000);
        store.saveAll(List.of(page("feed" + run, "old", latest.minusSeconds(1), List.of(), List.of()),
                page("feed" + run, "new", latest, List.of(), List.of())));

        byte[] xml = given().get("/feed.xml").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asByteArray();
        Element feed = parse(xml).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("Rotative", text(feed, "title"));
        assertEquals("https://www.example.fr/", text(feed, "id"));
        assertTrue(text(feed, "updated").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() >= 2 && entries.getLength() <= 20, "feed-size is 20");
        Element newest = (Element) entries.item(0);
        assertEquals("Titre new", text(newest, "title"));
        assertEquals("https://www.example.fr/feed" + run + "/new/", text(newest, "id"));
        assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(latest), text(newest, "published"));
        assertEquals("<p>Corps de new</p>", text(newest, "content"));
        assertEquals("Titre old", text((Element) entries.item(1), "title"));
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, entry.getElementsByTagNameNS(ATOM, required).getLength(), required);
            }
        }
    }

    @Test
    void sitemapListsEveryPageWithAbsoluteUrls() throws Exception {
        store.saveAll(List.of(page("sitemap" + run, "é t", 1, List.of(), List.of())));
        byte[] xml = given().get("/sitemap.xml").then().statusCode(200)
                .contentType(startsWith("application/xml")).extract().asByteArray();
        Element urlset = parse(xml).getDocumentElement();
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.getNamespaceURI());
        List<String> locs = new ArrayList<>();
        NodeList nodes = urlset.getElementsByTagNameNS(urlset.getNamespaceURI(), "loc");
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(nodes.item(i).getTextContent());
        }
        assertTrue(locs.contains("https://www.example.fr/sitemap" + run + "/%C3%A9%20t/"), locs.toString());
        assertTrue(locs.stream().allMatch(loc -> loc.startsWith("https://www.example.fr/")));
    }

    private RenderedPage page(String collection, String name, int day, List<String> categories, List<String> tags) {
        return page(collection, name, base.plusDays(day), categories, tags);
    }

    private RenderedPage page(String collection, String name, OffsetDateTime date, List<String> categories,
            List<String> tags) {
        return new RenderedPage("index-test/" + run + "/" + collection + "/" + name, "r1", 1,
                "/" + collection + "/" + name + "/", "Titre " + name, "<p>Corps de " + name + "</p>",
                "<html></html>", collection, date, categories, tags, List.of());
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}

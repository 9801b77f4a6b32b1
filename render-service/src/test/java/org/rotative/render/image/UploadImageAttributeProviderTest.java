package org.rotative.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rotative.render.Corpus;
import org.rotative.render.markdown.MarkdownRenderer;

/** On real numerique.gouv.fr articles. */
class UploadImageAttributeProviderTest {

    private static final String SIZES = "(max-width: 50rem) 100vw, 50rem";

    private final MarkdownRenderer markdown = new MarkdownRenderer(new UploadImageAttributeProvider(
            new MediaService("https://media.example.fr/"), List.of(480, 800, 1200), 800, SIZES, ImageSizes.UNKNOWN));

    @Test
    void pointsUploadsAtTheMediaServiceWithAWidthLadder() {
        String html = markdown.render(
                Corpus.body("_actualites/1-an-de-marche-public-simplifie-mps-premier-bilan-en-images.markdown"));
        String m = "https://media.example.fr/uploads/sgmap-1anmps.jpg";
        assertTrue(html.contains("<img src=\"" + m + "?w=800\" alt=\"sgmap-1anmps.jpg\" srcset=\""
                + m + "?w=480 480w, " + m + "?w=800 800w, " + m + "?w=1200 1200w\" sizes=\"" + SIZES
                + "\" loading=\"lazy\" />"), html);
        // The Dailymotion iframe next to it is raw HTML: untouched.
        assertTrue(html.contains("src=\"https://www.dailymotion.com/embed/video/x2jundw\""), html);
    }

    @Test
    void givesEachUploadItsOwnSizeSoThePageDoesNotShift() {
        MarkdownRenderer sized = new MarkdownRenderer(new UploadImageAttributeProvider(new MediaService("/"),
                List.of(800), 800, SIZES, path -> path.equals("/uploads/sgmap-1anmps.jpg")
                        ? Optional.of(new ImageSizes.ImageSize(1024, 683)) : Optional.empty()));
        String html = sized.render(
                Corpus.body("_actualites/1-an-de-marche-public-simplifie-mps-premier-bilan-en-images.markdown"));
        assertTrue(html.contains("loading=\"lazy\" width=\"1024\" height=\"683\" />"), html);
    }

    @Test
    void rewritesEveryUploadOfAnArticle() {
        String html = markdown.render(Corpus.body(
                "_actualites/accessibilite-numerique-des-avancees-importantes-pour-tous-les-usagers.markdown"));
        assertEquals(List.of("1700043484457.jpg", "SignatureConvention.jpg", "Article_RGAA_v4_une-85fec5-690ce5.jpg",
                "DD2023.jpg"), imageSources(html));
        assertEquals(4, count(html, "loading=\"lazy\""));
        assertFalse(html.contains("src=\"/uploads/"), html);
    }

    @Test
    void leavesLinksToUploadsAlone() {
        // A PDF in the uploads is not an image; an image that is a link is rewritten, its link is not.
        String html = markdown.render(
                Corpus.body("_actualites/bilan-2018-du-programme-dcant-et-perspectives-2019.markdown"));
        assertTrue(html.contains("<a href=\"/uploads/DCANT_bilan-perspectives_1er-semestre2019.pdf\""), html);
        assertTrue(html.contains("<a href=\"https://www.dailymotion.com/playlist/x5s9yi\" title=\"Accéder aux "
                + "webinaires DCANT-Nouvelle fenêtre\" target=\"_blank\">"
                + "<img src=\"https://media.example.fr/uploads/webinaires-DCANT2.png?w=800\""),
                html);
    }

    @Test
    void leavesRawHtmlImagesAsWritten() {
        // Served by this service, which redirects /uploads/ to the media service.
        String html = markdown.render(Corpus.body("_evenements/forum-emploi-tech-etat-2021.markdown"));
        assertTrue(html.contains("<img alt=\"\" src=\"/uploads/forum_virutel.svg\">"), html);
        assertTrue(html.contains("<img alt=\"\" src=\"/uploads/forum_paris.svg\">"), html);
        assertFalse(html.contains("media.example.fr"), html);
    }

    @Test
    void keepsEncodedNamesAndQueriesValidInSrcset() {
        String html = markdown.render(
                "![Retour](/uploads/Retour%20SEEPH%202023.png) ![Carte](</uploads/carte v2.png?v=3>)");
        assertTrue(html.contains("src=\"https://media.example.fr/uploads/Retour%20SEEPH%202023.png?w=800\""), html);
        assertTrue(html.contains("https://media.example.fr/uploads/carte%20v2.png?v=3&amp;w=480 480w"), html);
    }

    @Test
    void leavesOtherImagesAlone() {
        String html = markdown.render("![Logo](https://www.numerique.gouv.fr/logo.png) ![Plan](plan.png)");
        assertEquals("<p><img src=\"https://www.numerique.gouv.fr/logo.png\" alt=\"Logo\" /> "
                + "<img src=\"plan.png\" alt=\"Plan\" /></p>\n", html);
    }

    private static List<String> imageSources(String html) {
        Matcher m = Pattern.compile("<img src=\"https://media\\.example\\.fr/uploads/([^\"?]+)\\?w=800\"")
                .matcher(html);
        return m.results().map(r -> r.group(1)).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}

package org.rotative.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.render.Corpus;
import org.rotative.render.image.ImageSizes;
import org.rotative.render.image.MediaService;
import org.rotative.render.image.UploadImageAttributeProvider;
import org.rotative.render.liquid.LiquidContext;
import org.rotative.render.markdown.MarkdownRenderer;
import org.rotative.render.sanitize.HtmlSanitizer;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

/** The page template, run by a plain Qute engine that escapes HTML like Quarkus does. */
class PageRendererTest {

    private static final String MPS =
            "_actualites/1-an-de-marche-public-simplifie-mps-premier-bilan-en-images.markdown";

    private final PageRenderer renderer = new PageRenderer(
            new MarkdownRenderer(new UploadImageAttributeProvider(new MediaService("http://media"), List.of(480, 800),
                    800, "100vw", ImageSizes.UNKNOWN)),
            template("page.html"), Map.of("title", "Site"), LiquidContext.NO_LINKS,
            new HtmlSanitizer(List.of("www.dailymotion.com"), "http://site"));

    @Test
    void rendersAFrenchPageAroundTheBody() {
        RenderedPage page = renderer.render(article("1 an de Marché public simplifié (MPS) : premier bilan en images",
                OffsetDateTime.parse("2015-04-16T11:10:00+02:00"), List.of("Article"),
                List.of("MPS", "Dites-le-nous une fois"),
                Map.of(PageRenderer.CHAPEAU, "Lancé en avril 2014, [Marché public simplifié]"
                        + "(https://www.modernisation.gouv.fr/) (MPS) permet à toute entreprise de répondre avec son "
                        + "**numéro SIRET**."),
                Corpus.body(MPS)));

        assertTrue(page.bodyHtml().startsWith(
                "<h2 id=\"mps-vu-par-ses-utilisateurs\">MPS VU PAR SES UTILISATEURS</h2>"), page.bodyHtml());
        String html = page.pageHtml();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), html);
        // French typography: a no-break space before the colon.
        assertTrue(html.contains(
                "<title>1 an de Marché public simplifié (MPS)\u00A0: premier bilan en images</title>"), html);
        assertTrue(html.contains("<h1>1 an de Marché public simplifié (MPS)\u00A0: premier bilan en images</h1>"),
                html);
        assertTrue(html.contains("Publié le <time datetime=\"2015-04-16\">16 avril 2015</time>"), html);
        assertTrue(html.contains("<ul class=\"labels\" aria-label=\"Catégories\">\n"
                + "<li><a href=\"/categories/article/\">Article</a></li>\n</ul>"), html);
        assertTrue(html.contains("<li><a href=\"/tags/mps/\">MPS</a></li>\n"
                + "<li><a href=\"/tags/dites-le-nous-une-fois/\">Dites-le-nous une fois</a></li>"), html);
        assertTrue(html.contains("<div class=\"chapeau\">\n<p>Lancé en avril 2014, "
                + "<a href=\"https://www.modernisation.gouv.fr/\">Marché public simplifié</a> (MPS) permet à toute "
                + "entreprise de répondre avec son <strong>numéro SIRET</strong>.</p>"), html);
        assertTrue(html.contains(FrenchTypography.apply(page.bodyHtml())), "the body as rendered, unescaped");
        assertTrue(html.contains("src=\"http://media/uploads/sgmap-1anmps.jpg?w=800\""), html);
        assertTrue(html.indexOf("class=\"chapeau\"") < html.indexOf("<h2 id=\"mps-vu-par-ses-utilisateurs\">"),
                "the introduction comes first");
    }

    @Test
    void showsTheLeadImagesWithTheirCaptionAndAltTextAndTheAttachedFiles() {
        String html = renderer.render(article("Titre", null, List.of(), List.of(), Map.of(
                PageRenderer.LEAD_IMAGES, List.of(Map.of("image", "/uploads/FAST-800x430.jpg",
                        "alternative-textuelle", "Fonds d’Accélération des Startups d’État (FAST)",
                        "legende", "Les lauréats du FAST")),
                PageRenderer.FILES, List.of(Map.of("file", "/uploads/CP_AMI_IA2-e386b3.pdf",
                        "nom", "Télécharger le communiqué de presse"), Map.of("file", "/uploads/annexe.pdf"))),
                "Texte")).pageHtml();
        assertTrue(html.contains("<figure class=\"une\">\n<img src=\"http://media/uploads/FAST-800x430.jpg?w=800\" "
                + "alt=\"Fonds d’Accélération des Startups d’État (FAST)\" srcset=\""), html);
        assertTrue(html.contains("<figcaption>Les lauréats du FAST</figcaption>"), html);
        assertTrue(html.contains("<li><a href=\"/uploads/CP_AMI_IA2-e386b3.pdf\">Télécharger le communiqué de presse"
                + "</a></li>\n<li><a href=\"/uploads/annexe.pdf\">annexe.pdf</a></li>"), html);
    }

    @Test
    void appliesFrenchTypographyToTextButNotToCode() {
        assertEquals("<p>«\u00A0Oui\u00A0» dit-il\u00A0: vraiment\u202F? <code>a ? b : c</code> "
                + "<a title=\"x : y\">http://x</a></p><pre>« brut »</pre>",
                FrenchTypography.apply("<p>« Oui » dit-il : vraiment ? <code>a ? b : c</code> "
                        + "<a title=\"x : y\">http://x</a></p><pre>« brut »</pre>"));
    }

    @Test
    void readsCommentsAndStrayAngleBracketsAsMarkupAndText() {
        assertEquals("<!-- a : b --><p>x < y\u00A0: <PRE>a : b</PRE> 3 <4\u202F?</p><!-- pas fermé\u00A0: texte",
                FrenchTypography.apply("<!-- a : b --><p>x < y : <PRE>a : b</PRE> 3 <4 ?</p><!-- pas fermé : texte"));
    }

    @Test
    void formatsDatesAsFrenchReadersWriteThem() {
        String html = renderer.render(article("Titre", OffsetDateTime.parse("2021-03-01T00:30:00+01:00"), List.of(),
                List.of(), Map.of(), "Texte")).pageHtml();
        assertTrue(html.contains("<time datetime=\"2021-03-01\">1 mars 2021</time>"), html);
    }

    @Test
    void escapesEverythingButTheBody() {
        String html = renderer.render(article("Les <script>alert(1)</script> & « guillemets »", null,
                List.of("<b>Catégorie</b>"), List.of("\"tag\""), Map.of(), "<em>brut</em>")).pageHtml();
        assertTrue(html.contains(
                "<title>Les &lt;script&gt;alert(1)&lt;/script&gt; &amp; «\u00A0guillemets\u00A0»</title>"), html);
        assertTrue(html.contains("<li><a href=\"/categories/b-cat%C3%A9gorie-b/\">&lt;b&gt;Catégorie&lt;/b&gt;</a></li>"), html);
        assertTrue(html.contains("<li><a href=\"/tags/tag/\">&quot;tag&quot;</a></li>"), html);
        assertTrue(html.contains("<p><em>brut</em></p>"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void rendersTheBodysLiquidFirstAndReportsWhatItCannot() {
        RenderedPage page = renderer.render(article("Titre", null, List.of(), List.of(), Map.of(),
                "*{{ page.title }}* sur {{ site.title }}"));
        assertEquals("<p><em>Titre</em> sur Site</p>\n", page.bodyHtml());
        assertEquals(List.of(), page.warnings());

        // The service has no _includes: the body is rendered as written, and the page says why.
        RenderedPage raw = renderer.render(article("Titre", null, List.of(), List.of(), Map.of(),
                "{{ page.title }}\n\n{% include encart.html %}"));
        assertEquals("<p>{{ page.title }}</p>\n<p>{% include encart.html %}</p>\n", raw.bodyHtml());
        assertEquals(List.of("Liquid left as written (line 3 of the body): could not locate the included file "
                + "'encart.html' in _includes"), raw.warnings());
    }

    @Test
    void leavesOutWhatTheArticleDoesNotHave() {
        RenderedPage page = renderer.render(article("Sans date", null, List.of(), null,
                Map.of(PageRenderer.CHAPEAU, " "), "Texte"));
        assertEquals("<p>Texte</p>\n", page.bodyHtml());
        assertFalse(page.pageHtml().contains("<time"), page.pageHtml());
        assertFalse(page.pageHtml().contains("<ul"), page.pageHtml());
        assertFalse(page.pageHtml().contains("class=\"chapeau\""), page.pageHtml());
    }

    /** A newsroom's article: its body, introduction, lead image and files all pass the allowlist. */
    @Test
    void anUntrustedArticleIsSanitizedEverywhereAndTheEditorIsTold() {
        ArticleParsed article = article("Dépêche", null, List.of(), List.of(), Map.of(
                PageRenderer.CHAPEAU, "Intro <img src=x onerror=alert(1)>",
                PageRenderer.LEAD_IMAGES, List.of(Map.of("image", "javascript:alert(2)")),
                PageRenderer.FILES, List.of(Map.of("file", "javascript:alert(3)", "nom", "piège"),
                        Map.of("file", "/uploads/rapport.pdf", "nom", "Rapport"))),
                "Texte <script>alert(4)</script>\n\n[lien](javascript:alert(5)){: onmouseover=\"alert(6)\"}\n");
        RenderedPage page = renderer.render(untrusted(article));

        assertEquals("<p>Texte </p>\n<p><a>lien</a></p>\n", page.bodyHtml());
        String html = page.pageHtml();
        for (String attack : List.of("alert(1)", "alert(2)", "alert(3)", "alert(4)", "alert(5)", "alert(6)")) {
            assertFalse(html.contains(attack), attack + " in " + html);
        }
        assertTrue(html.contains("href=\"/uploads/rapport.pdf\""), html);
        assertEquals(List.of("HTML not allowed from an untrusted source was removed: <a href> ×2, <a onmouseover>, "
                + "<img onerror>, <img src>, <script>"), page.warnings());

        // The same article from the site's own repository is kept as written, as Jekyll does.
        assertTrue(renderer.render(article).bodyHtml().contains("<script>alert(4)</script>"));
    }

    private static ArticleParsed untrusted(ArticleParsed a) {
        return new ArticleParsed(a.articleId(), a.revision(), a.sequence(), a.collection(), a.sourcePath(),
                a.permalink(), a.title(), a.date(), a.categories(), a.tags(), a.frontMatter(), a.body(), false);
    }

    private static ArticleParsed article(String title, OffsetDateTime date, List<String> categories, List<String> tags,
            Map<String, Object> frontMatter, String body) {
        return new ArticleParsed("actualites/test", "rev-1", 1, "actualites", "_actualites/test.markdown",
                "/actualites/test/", title, date, categories, tags, frontMatter, body, true);
    }

    /** A template of src/main/resources/templates, escaped as Quarkus does for .html templates. */
    static Template template(String name) {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        try (InputStream in = PageRendererTest.class.getResourceAsStream("/templates/" + name)) {
            return engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Variant.forContentType(Variant.TEXT_HTML));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

package org.rotative.render.kramdown.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** Raw HTML blocks delimited as kramdown does, on constructs of numerique.gouv.fr articles. */
class HtmlBlockExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void textAfterTheEndTagIsAParagraph() {
        assertEquals("""
                <figure class="image"><img src="/uploads/rapport.png" alt="Rapport"/></figure>
                <p>Pour progresser, <a href="https://www.etalab.gouv.fr/" target="_blank">\
                la France a rejoint le PGO</a>.</p>
                """, markdown.render("<figure class=\"image\"><img src=\"/uploads/rapport.png\" alt=\"Rapport\"/>"
                + "</figure>Pour progresser, [la France a rejoint le PGO](https://www.etalab.gouv.fr/)"
                + "{:target=\"_blank\"}.\n"));
    }

    @Test
    void spanLevelTagAloneIsAParagraph() {
        assertEquals("<p><br></p>\n", markdown.render("<br>\n"));
    }

    @Test
    void elementRunsAcrossBlankLinesToItsEndTag() {
        assertEquals("""
                <ol><h2><li>Inclure le numérique dans le socle de compétences</li></h2>

                Le numérique se développe *rapidement*.
                </ol>
                <p>Après la liste.</p>
                """, markdown.render("""
                <ol><h2><li>Inclure le numérique dans le socle de compétences</li></h2>

                Le numérique se développe *rapidement*.
                </ol>

                Après la liste.
                """));
    }

    @Test
    void dashesUnderALineMakeAHeadingInEveryJvm() {
        assertEquals("<h2 id=\"titre\">Titre</h2>\n", markdown.render("Titre\n---\n"));
    }
}

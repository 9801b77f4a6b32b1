package org.rotative.render.kramdown.headerid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** GFM heading ids on headings of numerique.gouv.fr articles. */
class HeaderIdExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void keepsAccentsDropsPunctuationAndNumbersRepeats() {
        assertEquals("""
                <h2 id="mps-vu-par-ses-utilisateurs">MPS VU PAR SES UTILISATEURS</h2>
                <h4 id="-revivifier-notre-démocratie-"><strong>« Revivifier notre démocratie »</strong></h4>
                <h2 id="loffre-de-conseil-en-cadrage-de-projet-fait-ses-débuts">\
                L’offre de conseil en cadrage de projet fait ses débuts</h2>
                <h2 id="mps-vu-par-ses-utilisateurs-1">MPS vu par ses utilisateurs</h2>
                """, markdown.render("""
                ## MPS VU PAR SES UTILISATEURS

                #### **« Revivifier notre démocratie »**

                ## L'offre de conseil en cadrage de projet fait ses débuts

                ## MPS vu par ses utilisateurs
                """));
    }

    @Test
    void writtenIdWins() {
        assertEquals("<h2 id=\"dates\">Calendrier</h2>\n", markdown.render("## Calendrier\n{: #dates}\n"));
    }

    @Test
    void idsStartAgainForEachDocument() {
        assertEquals(markdown.render("## Bilan\n"), markdown.render("## Bilan\n"));
    }

    @Test
    void headingWithoutWordHasNoIdButCountsForTheNext() {
        assertEquals("<h2>!!!</h2>\n<h2 id=\"-1\">???</h2>\n", markdown.render("## !!!\n\n## ???\n"));
    }
}

package org.rotative.render.kramdown.emphasis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** Emphasis as kramdown pairs it, on lines of numerique.gouv.fr articles. */
class EmphasisExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void unclosedStrongFallsBackToEmphasisFromTheSecondStar() {
        assertEquals("<h3 id=\"présentation-de-léquipe-de-formation\"><em>*Présentation de l’équipe de formation</em>"
                + "</h3>\n", markdown.render("### **Présentation de l'équipe de formation*"));
    }

    @Test
    void strongSkipsAClosingRunAfterABlank() {
        assertEquals("""
                <p><strong>FranceConnect+ en bref **: <a href="https://franceconnect.gouv.fr">franceconnect.gouv.fr</a>
                **Pour sécuriser l’accès, FranceConnect</strong>.</p>
                """, markdown.render("""
                **FranceConnect+ en bref **: [franceconnect.gouv.fr](https://franceconnect.gouv.fr)
                **Pour sécuriser l'accès, FranceConnect**.
                """));
    }

    @Test
    void tripleStarsAreEmphasisInStrongAndClosingNeedsNoFlanking() {
        assertEquals("<p><strong><em>Du 29 novembre au 2 décembre</em></strong></p>\n",
                markdown.render("***Du 29 novembre au 2 décembre***"));
        assertEquals("<p><strong>Romain Talès –</strong>Dans le cadre de l’épidémie</p>\n",
                markdown.render("**Romain Talès –**Dans le cadre de l'épidémie"));
    }

    @Test
    void underscoreInsideAWordIsText() {
        assertEquals("<p>mot_clé et <em>mis en avant</em></p>\n", markdown.render("mot_clé et _mis en avant_"));
    }

    @Test
    void escapedAsteriskNeitherOpensNorCloses() {
        assertEquals("<p>Prix*, hors taxes, <em>sous réserve</em>.</p>\n",
                markdown.render("Prix\\*, hors taxes, *sous réserve*.\n"));
    }
}

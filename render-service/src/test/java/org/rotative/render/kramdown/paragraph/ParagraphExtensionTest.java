package org.rotative.render.kramdown.paragraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/**
 * Paragraphs ended as kramdown's GFM parser does; each expected HTML is kramdown's own for the same text, but for the
 * spaces it keeps at the start of a line.
 */
class ParagraphExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void dashesUnderTwoLinesAreMoreText() {
        assertEquals("""
                <p>Le programme est ouvert aux administrations.
                Candidatures avant le 15 mars.
                —</p>
                """, markdown.render("""
                Le programme est ouvert aux administrations.
                Candidatures avant le 15 mars.
                ---
                """));
    }

    @Test
    void dashesUnderOneLineMakeAHeadingAfterABlankLineOnly() {
        assertEquals("<p>Texte.</p>\n<h2 id=\"calendrier\">Calendrier</h2>\n",
                markdown.render("Texte.\n\nCalendrier\n---\n"));
        assertEquals("<h2 id=\"bilan\">Bilan</h2>\n<p>Résultats\n—</p>\n",
                markdown.render("## Bilan\nRésultats\n---\n"));
    }

    @Test
    void indentedUnderlineIsMoreText() {
        assertEquals("<p>Calendrier\n===</p>\n", markdown.render("Calendrier\n  ===\n"));
    }

    @Test
    void starsRightUnderTextAreMoreTextUnlessTheyStartAnItem() {
        assertEquals("<p>Fin de l’article.\n***\nSuite.</p>\n", markdown.render("Fin de l'article.\n***\nSuite.\n"));
        assertEquals("<p>Fin de l’article.</p>\n<hr />\n<p>Suite.</p>\n",
                markdown.render("Fin de l'article.\n* * *\nSuite.\n"));
    }

    @Test
    void textUnderTheRuleStaysInTheParagraph() {
        assertEquals("""
                <p>a
                ___
                b
                —
                c</p>
                """, markdown.render("a\n___\nb\n---\nc\n"));
    }
}

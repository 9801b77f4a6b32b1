package org.rotative.render.kramdown.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** kramdown's smart quotes and typographic symbols on sentences of numerique.gouv.fr articles. */
class TypographyExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void curlsApostrophesAndQuotes() {
        assertEquals("<p>Depuis quelques mois, une équipe d’Etalab développe le projet PIAF. L’objectif : “le kit”"
                + " des avantages fiscaux…</p>\n", markdown.render(
                "Depuis quelques mois, une équipe d'Etalab développe le projet PIAF. L'objectif : \"le kit\""
                + " des avantages fiscaux..."));
    }

    @Test
    void turnsDashesAndGuillemetsIntoSymbols() {
        assertEquals("<p><strong>PB –</strong> Elles sont variées — vraiment. Une 2e saison pour soutenir des"
                + " «\u00a0communs\u00a0».</p>\n", markdown.render(
                "**PB --** Elles sont variées --- vraiment. Une 2e saison pour soutenir des << communs >>."));
    }

    @Test
    void quotesAtTheStartOfAContinuationLineSeeTheLineBreak() {
        assertEquals("<p>Il a dit\n‘s’il vous plaît’</p>\n", markdown.render("Il a dit\n's'il vous plaît'"));
    }

    @Test
    void leavesCodeAndImageDescriptionsAlone() {
        assertEquals("<p><code class=\"language-plaintext highlighter-rouge\">l'API</code> et "
                + "<img src=\"/uploads/a.png\" alt=\"l'image &quot;x&quot;\" /></p>\n",
                markdown.render("`l'API` et ![l'image \"x\"](/uploads/a.png)"));
    }

    @Test
    void quoteAfterAStarThatStayedTextOpens() {
        assertEquals("<p>Note*“à titre indicatif”</p>\n", markdown.render("Note*\"à titre indicatif\"\n"));
    }

    /** Expected HTML: kramdown 2.4's; the quotes used to be curled. */
    @Test
    void escapedQuotesStayStraight() {
        assertEquals("<p>Il a dit &quot;bonjour&quot; puis “merci”. L'État et l’État. "
                + "<img src=\"/a.png\" alt=\"alt &quot;x&quot;\" /></p>\n", markdown.render(
                        "Il a dit \\\"bonjour\\\" puis \"merci\". L\\'État et l'État. ![alt \\\"x\\\"](/a.png)\n"));
    }
}

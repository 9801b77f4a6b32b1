package org.rotative.render.kramdown.blockquote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** Block quotes delimited as kramdown does, on a quote of a numerique.gouv.fr communiqué. */
class BlockQuoteExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void listUnderTheQuoteBelongsToItUntilTheAttributeList() {
        assertEquals("""
                <blockquote class="bleue margin-0">
                <p><strong>Les 11 projets sélectionnés :</strong>
                <br></p>
                <ul>
                <li>Direction générale de la santé : analyser des signalements</li>
                <li>Centre hospitalier universitaire de Bordeaux : simplifier la recherche</li>
                </ul>
                </blockquote>
                """, markdown.render("""
                >**Les 11 projets sélectionnés :**
                ><br>
                * Direction générale de la santé : analyser des signalements
                * Centre hospitalier universitaire de Bordeaux : simplifier la recherche
                {: .bleue .margin-0 }
                """));
    }

    @Test
    void blankLineEndsTheQuote() {
        assertEquals("<blockquote>\n<p>Une citation\nseconde ligne</p>\n</blockquote>\n<p>suite</p>\n",
                markdown.render("> Une citation\nseconde ligne\n\nsuite\n"));
    }
}

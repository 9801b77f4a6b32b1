package org.rotative.render.kramdown.abbreviation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** kramdown abbreviations (checked against the oracle with html-equiv). */
class AbbreviationExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void marksWholeWordsInTextHeadingsEmphasisAndLinksButNotCodeOrImages() {
        assertEquals("""
                <h1 id="le-html-et-la-cnil">Le <abbr title="Hyper Text Markup Language">HTML</abbr> et la \
                <abbr title="Commission nationale">CNIL</abbr></h1>
                <p>La <abbr title="Commission nationale">CNIL</abbr>, l’HTML_x, HTMLs et \
                <em><abbr title="Hyper Text Markup Language">HTML</abbr></em> mais pas \
                <code class="language-plaintext highlighter-rouge">HTML</code> ni <img src="h.png" alt="HTML" /> ; \
                <a href="https://HTML.fr"><abbr title="Hyper Text Markup Language">HTML</abbr></a>.</p>
                """, markdown.render("""
                *[HTML]: Hyper Text "Markup" & co
                *[CNIL]: Commission nationale

                # Le HTML et la CNIL

                La CNIL, l'HTML_x, HTMLs et *HTML* mais pas `HTML` ni ![HTML](h.png) ; [HTML](https://HTML.fr).

                *[HTML]: Hyper Text Markup Language
                """));
    }

    @Test
    void anEmptyDefinitionGivesNoTitleAndADefinitionInAParagraphIsText() {
        assertEquals("""
                <p>Texte
                *[<abbr>RGAA</abbr>]: Référentiel</p>
                <p>Le <abbr>RGAA</abbr> (<abbr>RGAA</abbr>)</p>
                """, markdown.render("""
                Texte
                *[RGAA]: Référentiel

                Le RGAA (RGAA)

                *[RGAA]:
                """));
    }
}

package org.rotative.render.kramdown.ial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** Attribute lists as written in numerique.gouv.fr articles. */
class AttributeListExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void blockListUnderAQuoteGoesOnTheQuote() {
        assertEquals("""
                <blockquote class="lien-important" role="presentation">
                <p><a href="https://www.opensource-experience.com/">Je m’inscris au salon Open Source Experience</a></p>
                </blockquote>
                """, markdown.render("""
                > [Je m'inscris au salon Open Source Experience](https://www.opensource-experience.com/)
                {: .lien-important role="presentation" }
                """));
    }

    @Test
    void spanListsGoOnTheLinkOrImageBeforeThemAndMalformedOnesVanish() {
        assertEquals("<p>Voir <a href=\"https://www.numerique.gouv.fr/publications/\" target=\"_blank\">le guide</a>"
                + " et <a href=\"https://www.etalab.gouv.fr/\">l’autre</a>.</p>\n", markdown.render("""
                Voir [le guide](https://www.numerique.gouv.fr/publications/){:target="_blank"} \
                et [l'autre](https://www.etalab.gouv.fr/){:target=_"blank"}.
                """));
        assertEquals("<p><img src=\"/uploads/panorama_juillet2018.png\" alt=\"panorama_juillet2018.png\""
                + " height=\"88px\" width=\"200px\" class=\"center-image\" /></p>\n", markdown.render(
                "![panorama_juillet2018.png](/uploads/panorama_juillet2018.png)"
                + "{:height=\"88px\" width=\"200px\"}{: .center-image}\n"));
    }

    @Test
    void listAfterTextStaysText() {
        assertEquals("<p>Texte {: .x} suite</p>\n", markdown.render("Texte {: .x} suite\n"));
    }

    @Test
    void listAloneGoesToTheNextBlockWithNonAsciiClassNames() {
        assertEquals("<p class=\"encadré\">Un encadré.</p>\n", markdown.render("{: .encadré}\nUn encadré.\n"));
        assertEquals("<p>Para</p>\n<p class=\"x\">Next</p>\n", markdown.render("Para\n\n{: .x}\n\nNext\n"));
    }

    @Test
    void listFirstInAQuoteFollowedByABlankLineAppliesToNothing() {
        assertEquals("""
                <blockquote>
                <h3 id="3-autres-formations-à-ne-pas-manquer">3 autres formations à ne pas manquer</h3>
                </blockquote>
                """, markdown.render("""
                > {: .text-center}
                >
                > ### 3 autres formations à ne pas manquer
                """));
    }

    @Test
    void definitionsNameAttributesThatListsReuse() {
        assertEquals("""
                <p class="encadre noir" role="presentation" id="x">Texte</p>
                <p><a href="https://www.numerique.gouv.fr/" class="encadre" role="presentation">lien</a></p>
                """, markdown.render("""
                {:encadre: .encadre role="presentation"}
                {:base: encadre #x}

                Texte
                {: base .noir}

                [lien](https://www.numerique.gouv.fr/){: encadre}
                """));
    }

    /** Expected HTML: kramdown 2.4's, which writes the tags again ({@code <img … />}). The lists used to stay text. */
    @Test
    void spanListsApplyToTheRawHtmlElementBeforeThem() {
        assertEquals("""
                <p>Voir <a href="https://x.fr" target="_blank">le site</a> puis <span class="a b" id="i">y</span>.</p>
                <p>Image <img src="/a.png" alt="a" class="right"> et <span class="n"><span>a</span> <b>b</b></span> \
                <!-- note --> fin.</p>
                """, markdown.render("""
                Voir <a href="https://x.fr" target="_self">le site</a>{:target="_blank"} puis \
                <span class="a">y</span>{: .b #i}.

                Image <img src="/a.png" alt="a">{: .right} et <span><span>a</span> <b>b</b></span>{: .n} \
                <!-- note -->{: .c} fin.
                """));
    }

    /** From a real article, where kramdown writes the list as text too; the editor is told. */
    @Test
    void spanListAfterPlainTextStaysTextAndIsWarnedAbout() {
        MarkdownRenderer.Rendered rendered = markdown.renderReporting("""
                Introduction.

                >« Plus de transparence. »
                >Mounir Mahjoubi, secrétaire d’Etat.{: .auteur-citation}
                """);
        assertEquals("""
                <p>Introduction.</p>
                <blockquote>
                <p>« Plus de transparence. »
                Mounir Mahjoubi, secrétaire d’Etat.{: .auteur-citation}</p>
                </blockquote>
                """, rendered.html());
        assertEquals(List.of("Markdown (line 3 of the body): the attribute list {: .auteur-citation} (in the block "
                + "starting on that line) follows no link, image, emphasis, code or HTML element, so it applies to "
                + "nothing: it is written as text"), rendered.warnings());
    }

    /** kramdown gives them to the quote or symbol before, which writes no attributes; they used to stay text. */
    @Test
    void spanListsAfterAQuoteOrSymbolGoAway() {
        assertEquals("<p>Fin de citation “vraie” et suite… ok.</p>\n",
                markdown.render("Fin de citation \"vraie\"{: .x} et suite...{: .y} ok.\n"));
    }
}

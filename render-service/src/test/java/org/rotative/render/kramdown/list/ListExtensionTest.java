package org.rotative.render.kramdown.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** Lists delimited and written as kramdown does, on lists of numerique.gouv.fr articles. */
class ListExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void lineRightUnderAnItemBelongsToIt() {
        assertEquals("""
                <ul>
                <li>la révision 2018 de la norme
                <br>
                <h3 id="des-obligations-renforcées">Des obligations renforcées</h3>
                </li>
                </ul>
                <p>Texte.</p>
                """, markdown.render("""
                * la révision 2018 de la norme
                <br>
                ### Des obligations renforcées

                Texte.
                """));
    }

    @Test
    void bulletsUnderAnOrderedItemNestInIt() {
        assertEquals("""
                <blockquote>
                <ol>
                <li><strong>Je me déconnecte</strong> du réseau :
                <ul>
                <li>pour des usages gourmands</li>
                <li>pour des recherches</li>
                </ul>
                </li>
                <li>Suite</li>
                </ol>
                </blockquote>
                """, markdown.render("""
                > 5. **Je me déconnecte** du réseau :
                >  * pour des usages gourmands
                >  * pour des recherches
                >
                > 6. Suite
                """));
    }

    @Test
    void onlyAFirstParagraphWithoutBlankLineAfterItGoesWithoutP() {
        assertEquals("""
                <ul>
                <li>
                <h4 id="atelier-1">Atelier 1</h4>
                <p><em>Interfacer DS avec des applications métiers</em></p>
                </li>
                <li>
                <h4 id="atelier-2">Atelier 2</h4>
                <p><em>Des démarches de qualité</em></p>
                </li>
                </ul>
                """, markdown.render("""
                * #### Atelier 1
                *Interfacer DS avec des applications métiers*

                * #### Atelier 2
                *Des démarches de qualité*
                """));
        assertEquals("<ul>\n<li>\n<p>un</p>\n</li>\n<li>\n<p>deux</p>\n</li>\n</ul>\n",
                markdown.render("* un\n\n* deux\n"));
    }

    @Test
    void bulletCharactersMakeOneListAndOrderedListsHaveNoStart() {
        assertEquals("<ul>\n<li>a</li>\n<li>b</li>\n<li>c</li>\n</ul>\n", markdown.render("- a\n* b\n+ c\n"));
        assertEquals("<ol>\n<li>deux</li>\n<li>trois</li>\n</ol>\n", markdown.render("2. deux\n3. trois\n"));
    }

    @Test
    void starsOrDashesWithSpacesAreARuleNotNestedLists() {
        assertEquals("""
                <p>Fin de la première partie.</p>
                <hr />
                <p>Seconde partie.</p>
                """, markdown.render("Fin de la première partie.\n\n* * *\n\nSeconde partie.\n"));
        assertEquals("<p>Fin.</p>\n<hr />\n", markdown.render("Fin.\n- - -\n"));
    }

    @Test
    void ruleAfterABlankLineEndsTheListHoweverIndented() {
        assertEquals("""
                <ul>
                <li>premier point</li>
                </ul>
                <hr />
                """, markdown.render("* premier point\n\n  ***\n"));
    }

    @Test
    void markerAloneOrWithAParenthesisIsText() {
        assertEquals("<p>-</p>\n<p>1) un</p>\n", markdown.render("-\n\n1) un\n"));
    }

    /** Expected HTML: kramdown 2.4's; the lists used to stay text, or go to the paragraph. */
    @Test
    void attributeListFirstInAnItemGoesToTheItem() {
        assertEquals("<ul>\n<li target=\"_blank\">premier</li>\n<li class=\"b\">second</li>\n</ul>\n",
                markdown.render("* {:target=\"_blank\"} premier\n* {: .b}\n  second\n"));
    }
}

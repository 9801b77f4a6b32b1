package org.rotative.render.kramdown.deflist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** kramdown definition lists (checked against the oracle with html-equiv). */
class DefinitionListExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void termsDefinitionsParagraphsAfterABlankAndAttributes() {
        assertEquals("""
                <dl>
                <dt>Terme un</dt>
                <dt>Terme deux</dt>
                <dd>Définition <em>une</em></dd>
                <dd>Définition deux
                suite</dd>
                <dt>Autre</dt>
                <dd>
                <p>après blanc</p>
                <p>second para</p>
                </dd>
                <dt class="c">T</dt>
                <dd id="did">déf</dd>
                </dl>
                <p>fin</p>
                """, markdown.render("""
                Terme un
                Terme deux
                : Définition *une*
                : Définition deux
                  suite

                Autre

                : après blanc

                  second para

                {:.c} T
                : {:#did} déf

                fin
                """));
    }

    @Test
    void lazyLinesBelongToTheDefinitionAndTheNextTermsJoinTheList() {
        assertEquals("""
                <p>para</p>
                <dl>
                <dt>term</dt>
                <dd>def
                lazy
                term2</dd>
                <dd>def2</dd>
                <dt>term3</dt>
                <dd>def3</dd>
                </dl>
                """, markdown.render("para\n\nterm\n: def\nlazy\nterm2\n: def2\n\nterm3\n: def3\n"));
    }

    @Test
    void inListsAndQuotesButNotAfterAHeading() {
        assertEquals("""
                <ul>
                <li>
                <dl>
                <dt>item</dt>
                <dd>def</dd>
                </dl>
                </li>
                </ul>
                <blockquote>
                <dl>
                <dt>q</dt>
                <dd>def</dd>
                </dl>
                </blockquote>
                <h1 id="h">H</h1>
                <p>: d</p>
                """, markdown.render("* item\n: def\n\n> q\n: def\n\n# H\n: d\n"));
    }
}

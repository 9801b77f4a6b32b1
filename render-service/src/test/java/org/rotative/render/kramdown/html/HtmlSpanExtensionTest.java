package org.rotative.render.kramdown.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** HTML tags inside paragraphs as kramdown treats them, on lines of numerique.gouv.fr articles. */
class HtmlSpanExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void blockLevelTagInATextIsText() {
        assertEquals("<p>500 places sont réservées gratuitement aux agents publics ! &lt;div align=&quot;center&quot;"
                + " style=&quot;margin-top: 30px&quot;&gt;inscription&lt;/div&gt;</p>\n", markdown.render(
                "500 places sont réservées gratuitement aux agents publics ! "
                + "<div align=\"center\" style=\"margin-top: 30px\">inscription</div>"));
    }

    @Test
    void endTagClosingNothingIsText() {
        assertEquals("<p>Voir <span class=\"x\">le <em>détail</em></span> et la fin&lt;/p&gt;.</p>\n",
                markdown.render("Voir <span class=\"x\">le <em>détail</em></span> et la fin</p>."));
    }

    @Test
    void strayEndTagInABlockIsEscaped() {
        assertEquals("<div><a href=\"https://franceconnect.gouv.fr\">En savoir plus</a>&lt;/p></div>\n",
                markdown.render("<div><a href=\"https://franceconnect.gouv.fr\">En savoir plus</a></p></div>\n"));
    }
}

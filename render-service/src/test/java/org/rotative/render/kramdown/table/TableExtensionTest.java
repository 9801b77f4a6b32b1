package org.rotative.render.kramdown.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** kramdown tables, on lines of numerique.gouv.fr articles. */
class TableExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void alignsWithAStyleAsKramdownDoes() {
        String html = markdown.render("""
                | Étape | Date |
                |-------|-----:|
                | Dépôt | 1er mars |
                """);
        assertTrue(html.contains("<th>Étape</th>\n<th style=\"text-align: right\">Date</th>"), html);
        assertTrue(html.contains("<td style=\"text-align: right\">1er mars</td>"), html);
    }

    @Test
    void aLineWithAPipeIsAOneRowTable() {
        assertEquals("""
                <ul>
                <li>
                <table>
                <tbody>
                <tr>
                <td><strong>Daniel AGACINSKI</strong>, Délégué général à la médiation</td>
                <td>Défenseur des droits</td>
                </tr>
                </tbody>
                </table>
                </li>
                </ul>
                """, markdown.render(
                "* **Daniel AGACINSKI**, Délégué général à la médiation | Défenseur des droits\n"));
    }

    @Test
    void aFollowingLineWithoutPipeMakesItAParagraph() {
        assertEquals("<p><strong>Isabelle SUSSET</strong>, Cheffe du bureau | Direction générale de la\n"
                + "cohésion sociale (DGCS)</p>\n", markdown.render("""
                **Isabelle SUSSET**, Cheffe du bureau | Direction générale de la
                cohésion sociale (DGCS)
                """));
    }

    @Test
    void pipesInCodeSpansDoNotSplitCells() {
        String html = markdown.render("| `a|b` | c |\n");
        assertTrue(html.contains(
                "<td><code class=\"language-plaintext highlighter-rouge\">a|b</code></td>\n<td>c</td>"), html);
    }
}

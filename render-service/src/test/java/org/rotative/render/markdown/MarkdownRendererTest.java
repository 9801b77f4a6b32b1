package org.rotative.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void rendersHeadingsAndGfmTables() {
        String html = markdown.render("""
                ## Calendrier

                | Étape | Date |
                |-------|-----:|
                | Dépôt | 1er mars |
                """);
        assertTrue(html.startsWith("<h2 id=\"calendrier\">Calendrier</h2>\n<table>\n<thead>"), html);
        assertTrue(html.contains("<th style=\"text-align: right\">Date</th>"), html);
        assertTrue(html.contains("<td>Dépôt</td>"), html);
    }

    @Test
    void strikesThroughDoubleTildesOnly() {
        assertEquals("<p><del>ancien</del> nouveau, ~ 50 % et ~ 60 %</p>\n",
                markdown.render("~~ancien~~ nouveau, ~ 50 % et ~ 60 %"));
        assertEquals("<p>de ~10 à ~20 personnes</p>\n", markdown.render("de ~10 à ~20 personnes"));
    }

    @Test
    void keepsRawHtmlAsJekyllDoes() {
        String iframe = "<iframe frameborder=\"0\" width=\"480\" height=\"270\" "
                + "src=\"https://www.dailymotion.com/embed/video/x2jundw\" allowfullscreen></iframe>";
        assertEquals(iframe + "\n", markdown.render(iframe + "\n"));
    }

    @Test
    void rendersNothingForNoBody() {
        assertEquals("", markdown.render(null));
    }
}

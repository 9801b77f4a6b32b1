package org.rotative.render.kramdown.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** Expected HTML: kramdown 2.4 with Jekyll's options, blank lines and indentation aside. */
class DirectiveExtensionTest {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.withImagesAsWritten();

    /** The comment used to be published as a paragraph of text. */
    @Test
    void commentNeverReachesReaders() {
        assertEquals("<p>Intro.</p>\n<!-- Note interne : ne pas publier avant le 12. -->\n"
                + "<p>Texte <!-- remarque --> visible.</p>\n",
                MARKDOWN.render("Intro.\n\n{::comment}\nNote interne : ne pas publier avant le 12.\n{:/comment}\n\n"
                        + "Texte {::comment}remarque{:/comment} visible.\n"));
    }

    @Test
    void commentInAListItemLeavesItsParagraphAsKramdownHasIt() {
        assertEquals("<ul>\n<li>\n<p>item</p>\n<!-- hidden -->\n</li>\n<li>\n<p>two</p>\n</li>\n</ul>\n",
                MARKDOWN.render("* item\n\n  {::comment}\n  hidden\n  {:/}\n\n* two\n"));
    }

    @Test
    void noMarkdownIsWrittenAsIs() {
        assertEquals("<div class=\"x\">*pas d'emphase*</div>\n<p>Un <b>*brut*</b> ici.</p>\n",
                MARKDOWN.render("{::nomarkdown}\n<div class=\"x\">*pas d'emphase*</div>\n{:/nomarkdown}\n\n"
                        + "Un {::nomarkdown}<b>*brut*</b>{:/} ici.\n"));
    }

    @Test
    void noMarkdownForAnotherConverterAndOptionsAreTakenOut() {
        assertEquals("<p>after</p>\n<p>Text  more.</p>\n",
                MARKDOWN.render("{::nomarkdown type=\"latex\"}\n\\LaTeX\n{:/}\n\nafter\n\n"
                        + "{::options parse_block_html=\"true\" /}\n\nText {::options toc_levels=\"2\" /} more.\n"));
    }

    /** kramdown reads the tag as text and what follows as usual; nothing is hidden, and the editor is told. */
    @Test
    void tagNeverClosedStaysTextAndTheRestIsRead() {
        MarkdownRenderer.Rendered rendered = MARKDOWN.renderReporting(
                "Intro.\n\n{::comment}\nfoo\n\n# Head\n\n* list\n\nTexte {::comment} sans fin et *em*.\n");
        assertEquals("<p>Intro.</p>\n<p>{::comment}\nfoo</p>\n<h1 id=\"head\">Head</h1>\n<ul>\n<li>list</li>\n"
                + "</ul>\n<p>Texte {::comment} sans fin et <em>em</em>.</p>\n", rendered.html());
        assertEquals(List.of("Markdown (line 3 of the body): {::comment} is never closed by {:/comment} or {:/}, "
                + "each alone on its line: it is written as text"), rendered.warnings());
    }

    /** kramdown writes the comment as is, and its {@code -->} shows the rest to readers; not here. */
    @Test
    void doubleHyphenCannotEndTheCommentEarly() {
        assertEquals("<p>a <!-- x - - y - -> z --> b</p>\n",
                MARKDOWN.render("a {::comment}x -- y --> z{:/comment} b\n"));
    }
}

package org.rotative.render.kramdown.footnote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** Footnotes in kramdown's HTML (checked against the oracle with html-equiv). */
class FootnoteExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void numbersNotesByFirstReferenceAndLinksBack() {
        assertEquals("""
                <p>Texte<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup> \
                et encore<sup id="fnref:note" role="doc-noteref"><a href="#fn:note" class="footnote" rel="footnote">2</a>\
                </sup> puis<sup id="fnref:1:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a>\
                </sup>.</p>
                <p>Fin [^absent].</p>
                <div class="footnotes" role="doc-endnotes"><ol>
                <li id="fn:1" role="doc-endnote">
                <p>Première note.\u00a0<a href="#fnref:1" class="reversefootnote" role="doc-backlink">↩</a>\u00a0\
                <a href="#fnref:1:1" class="reversefootnote" role="doc-backlink">↩<sup>2</sup></a></p>
                </li>
                <li id="fn:note" role="doc-endnote">
                <p>Seconde note
                sur deux lignes.</p>
                <p>Second paragraphe.\u00a0<a href="#fnref:note" class="reversefootnote" role="doc-backlink">↩</a></p>
                </li>
                </ol></div>
                """, markdown.render("""
                Texte[^1] et encore[^note] puis[^1].

                [^1]: Première note.
                [^note]: Seconde note
                    sur deux lignes.

                    Second paragraphe.

                Fin [^absent].
                """));
    }
}

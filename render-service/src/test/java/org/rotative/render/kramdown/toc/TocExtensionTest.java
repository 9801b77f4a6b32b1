package org.rotative.render.kramdown.toc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** kramdown's table of contents (checked against the oracle with html-equiv). */
class TocExtensionTest {

    private final MarkdownRenderer markdown = MarkdownRenderer.withImagesAsWritten();

    @Test
    void nestsEveryHeadingButNoTocWithoutLinksOrFootnotes() {
        assertEquals("""
                <h1 id="titre-un-lien">Titre <em>un</em> <a href="x">lien</a></h1>
                <ul id="markdown-toc">
                <li><a href="#titre-un-lien" id="markdown-toc-titre-un-lien">Titre <em>un</em> lien</a>
                <ul>
                <li><a href="#deux" id="markdown-toc-deux">Deux</a>
                <ul>
                <li><a href="#trois" id="markdown-toc-trois">Trois</a>
                <ul>
                <li><a href="#quatre" id="markdown-toc-quatre">Quatre</a></li>
                </ul>
                </li>
                </ul>
                </li>
                <li><a href="#deux-1" id="markdown-toc-deux-1">Deux</a></li>
                </ul>
                </li>
                <li><a href="#cinq" id="markdown-toc-cinq">Cinq</a></li>
                </ul>
                <h2 id="deux">Deux<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" \
                rel="footnote">1</a></sup></h2>
                <h3 id="trois">Trois</h3>
                <h2 class="no_toc" id="pas-là">Pas là</h2>
                <h4 id="quatre">Quatre</h4>
                <h2 id="deux-1">Deux</h2>
                <h1 id="cinq">Cinq</h1>
                <div class="footnotes" role="doc-endnotes"><ol>
                <li id="fn:1" role="doc-endnote">
                <p>note\u00a0<a href="#fnref:1" class="reversefootnote" role="doc-backlink">↩</a></p>
                </li>
                </ol></div>
                """, markdown.render("""
                # Titre *un* [lien](x)

                * TOC
                {:toc}

                ## Deux[^1]

                ### Trois

                ## Pas là
                {:.no_toc}

                #### Quatre

                ## Deux

                # Cinq

                [^1]: note
                """));
    }

    @Test
    void anOrderedListKeepsItsOtherAttributes() {
        assertEquals("""
                <ol class="sommaire" id="markdown-toc">
                <li><a href="#a" id="markdown-toc-a">A</a></li>
                <li><a href="#b" id="markdown-toc-b">B</a>
                <ol>
                <li><a href="#c" id="markdown-toc-c">C</a></li>
                </ol>
                </li>
                </ol>
                <h2 id="a">A</h2>
                <h1 id="b">B</h1>
                <h3 id="c">C</h3>
                """, markdown.render("1. TOC\n{:.sommaire}\n{:toc}\n\n## A\n\n# B\n\n### C\n"));
    }

    @Test
    void withoutHeadingsOrRightUnderItsListThereIsNoTable() {
        assertEquals("<p>texte</p>\n", markdown.render("* TOC\n{:toc}\n\ntexte\n"));
        assertEquals("<ul>\n<li>TOC</li>\n</ul>\n<h2 id=\"a\">A</h2>\n", markdown.render("* TOC\n\n{:toc}\n\n## A\n"));
    }
}

package org.rotative.render.kramdown.codeblock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

/** Expected HTML: kramdown 2.4 with Jekyll's options (Rouge 3.30, default language plain text), blank lines aside. */
class CodeBlockExtensionTest {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.withImagesAsWritten();

    @Test
    void codeWithoutLanguageIsPlainTextInRougesMarkup() {
        assertEquals("<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\">"
                + "<pre class=\"highlight\"><code>plain &lt;b&gt;\n</code></pre></div></div>\n"
                + "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\">"
                + "<pre class=\"highlight\"><code>indented\ncode\n</code></pre></div></div>\n",
                MARKDOWN.render("```\nplain <b>\n```\n\n    indented\n    code\n"));
    }

    /** kramdown colours the code with Rouge's token spans ({@code <span class="k">def</span>}); not reproduced. */
    @Test
    void codeInALanguageRougeKnowsGetsItsMarkupUncoloured() {
        assertEquals("<div class=\"language-python highlighter-rouge\"><div class=\"highlight\">"
                + "<pre class=\"highlight\"><code>x = 1\n</code></pre></div></div>\n",
                MARKDOWN.render("~~~ python\nx = 1\n~~~\n"));
    }

    @Test
    void codeInALanguageRougeDoesNotKnowIsOnlyMarkedWithIt() {
        assertEquals("<pre><code class=\"language-unknownlang\">hi\n</code></pre>\n",
                MARKDOWN.render("```unknownlang\nhi\n```\n"));
    }

    /** Attributes used to be written on both {@code <pre>} and {@code <code>}, the id twice in the page. */
    @Test
    void attributeListGoesOnTheOuterTagOnly() {
        assertEquals("<div class=\"language-ruby foo highlighter-rouge\" id=\"bar\"><div class=\"highlight\">"
                + "<pre class=\"highlight\"><code>def x\n</code></pre></div></div>\n",
                MARKDOWN.render("```ruby\ndef x\n```\n{: .foo #bar}\n"));
    }

    @Test
    void languageClassFromAnAttributeListNamesTheLanguage() {
        assertEquals("<div class=\"language-js highlighter-rouge\"><div class=\"highlight\">"
                + "<pre class=\"highlight\"><code>code\n</code></pre></div></div>\n"
                + "<pre class=\"note\"><code class=\"language-zz\">other\n</code></pre>\n",
                MARKDOWN.render("    code\n{: .language-js}\n\n    other\n{: .language-zz .note}\n"));
    }
}

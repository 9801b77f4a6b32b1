package org.rotative.render.kramdown.codespan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rotative.render.markdown.MarkdownRenderer;

class CodeSpanExtensionTest {

    @Test
    void codeSpansGetRougeClasses() {
        assertEquals("<p>You’ll find this post in your "
                + "<code class=\"language-plaintext highlighter-rouge\">_posts</code> directory.</p>\n",
                MarkdownRenderer.withImagesAsWritten().render("You'll find this post in your `_posts` directory."));
    }

    /** Expected HTML: kramdown 2.4 with Jekyll's options, Rouge's token spans aside. */
    @Test
    void languageOfAnAttributeListReplacesTheDefault() {
        assertEquals("<p>A <code class=\"language-plaintext foo highlighter-rouge\">x</code> and "
                + "<code class=\"language-zz\">y</code> and "
                + "<code class=\"language-json k highlighter-rouge\">z</code>.</p>\n",
                MarkdownRenderer.withImagesAsWritten().render(
                        "A `x`{: .foo} and `y`{: .language-zz} and `z`{: .language-json .k}."));
    }
}

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
}

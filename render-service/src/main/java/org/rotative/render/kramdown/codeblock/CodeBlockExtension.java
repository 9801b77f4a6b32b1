package org.rotative.render.kramdown.codeblock;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.codeblock.internal.CodeBlockRenderer;

/**
 * Fenced and indented code blocks as kramdown writes them with Jekyll's Rouge highlighter: code in a language Rouge
 * knows, or in none (Jekyll's default, plain text), inside
 * {@code <div class="language-x highlighter-rouge"><div class="highlight"><pre class="highlight"><code>}, which site
 * stylesheets target; code in another language as {@code <pre><code class="language-x">}. Attribute lists go on the
 * outer tag only, and a {@code language-x} class among them names the language. Rouge's colouring (token spans) is not
 * reproduced: the code is written as plain text.
 */
public final class CodeBlockExtension implements HtmlRenderer.HtmlRendererExtension {

    private CodeBlockExtension() {
    }

    public static Extension create() {
        return new CodeBlockExtension();
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(CodeBlockRenderer::new);
    }
}

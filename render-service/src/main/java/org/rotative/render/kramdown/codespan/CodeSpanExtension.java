package org.rotative.render.kramdown.codespan;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.codespan.internal.CodeSpanAttributeProvider;

/**
 * Code spans as kramdown writes them with Jekyll's Rouge highlighter and its default language:
 * {@code <code class="language-plaintext highlighter-rouge">}. Site stylesheets target these classes.
 */
public final class CodeSpanExtension implements HtmlRenderer.HtmlRendererExtension {

    private CodeSpanExtension() {
    }

    public static Extension create() {
        return new CodeSpanExtension();
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.attributeProviderFactory(context -> new CodeSpanAttributeProvider());
    }
}

package org.rotative.render.kramdown.headerid;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rotative.render.kramdown.headerid.internal.HeaderIdAttributeProvider;

/**
 * Heading ids as kramdown's GFM parser makes them ({@code generate_gfm_header_id}): the heading's text after
 * typography, lower-cased, without characters other than letters, digits, marks, {@code _}, {@code -} and blanks,
 * blanks turned into {@code -}; a repeated id gets {@code -1}, {@code -2}… A heading that already has an id (from an
 * attribute list) keeps it, so register this extension after the attribute list one.
 */
public final class HeaderIdExtension implements HtmlRenderer.HtmlRendererExtension {

    private HeaderIdExtension() {
    }

    public static Extension create() {
        return new HeaderIdExtension();
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.attributeProviderFactory(context -> new HeaderIdAttributeProvider());
    }
}

package org.rotative.render.index;

/**
 * One URL of the sitemap.
 *
 * @param loc     absolute URL
 * @param lastmod when the page was last stored (W3C datetime)
 */
public record SitemapUrl(String loc, String lastmod) {
}

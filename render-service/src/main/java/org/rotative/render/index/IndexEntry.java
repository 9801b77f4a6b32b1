package org.rotative.render.index;

import java.time.Instant;

import org.rotative.render.page.FrenchDate;
import org.rotative.render.page.Page;
import org.rotative.render.page.PageLink;

/**
 * One article in an index page, the feed or the sitemap.
 *
 * @param title         the page title
 * @param permalink     its decoded path
 * @param publishedAt   the article's date, or null
 * @param offsetSeconds the offset the date was written with, or null
 * @param renderedAt    when the page was last stored
 */
public record IndexEntry(String title, String permalink, Instant publishedAt, Integer offsetSeconds,
        Instant renderedAt) {

    /** The permalink as an ASCII URI path, for {@code href}. */
    public String href() {
        return PageLink.asciiPath(permalink).toString();
    }

    /** The date as French readers write it, or null. */
    public FrenchDate date() {
        return FrenchDate.of(Page.dateOf(publishedAt, offsetSeconds));
    }
}

package org.rotative.render.feed;

/**
 * One article of the feed.
 *
 * @param title     its title
 * @param url       its absolute URL, also its Atom id
 * @param published its date (RFC 3339), or null
 * @param updated   when its page was last stored (RFC 3339)
 * @param content   its body as HTML (escaped by the template, {@code type="html"})
 */
public record FeedEntry(String title, String url, String published, String updated, String content) {
}

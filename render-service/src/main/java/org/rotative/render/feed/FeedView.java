package org.rotative.render.feed;

import java.util.List;

/**
 * What the feed template shows.
 *
 * @param title   the site name
 * @param home    the site's absolute URL, also the base of the relative links in the entries
 * @param self    the feed's absolute URL
 * @param updated the newest entry's update (RFC 3339)
 * @param entries the articles, newest first
 */
public record FeedView(String title, String home, String self, String updated, List<FeedEntry> entries) {
}

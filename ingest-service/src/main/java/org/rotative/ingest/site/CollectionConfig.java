package org.rotative.ingest.site;

/**
 * One Jekyll collection of the site.
 *
 * @param name      name without underscore ({@code actualites})
 * @param output    whether Jekyll writes its documents as pages ({@code output: true}); posts always are
 * @param permalink the collection's permalink pattern, or null for Jekyll's default
 */
public record CollectionConfig(String name, boolean output, String permalink) {

    /** Jekyll's pattern for a collection without {@code permalink}. */
    static final String DEFAULT_PERMALINK = "/:collection/:path:output_ext";
    /** Jekyll's {@code permalink: date} style, the default for posts. */
    static final String POSTS_PERMALINK = "/:categories/:year/:month/:day/:title:output_ext";

    /** The pattern Jekyll uses for this collection's documents that set no permalink of their own. */
    public String effectivePermalink(String sitePermalink) {
        if (permalink != null) {
            return permalink;
        }
        if (SiteConfig.POSTS.equals(name)) {
            return sitePermalink != null ? sitePermalink : POSTS_PERMALINK;
        }
        return DEFAULT_PERMALINK;
    }
}

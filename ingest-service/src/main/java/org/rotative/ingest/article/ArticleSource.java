package org.rotative.ingest.article;

/**
 * Where articles come from, which decides whether their raw HTML is trusted ({@code rotative.ingest.trusted-sources}).
 * An article remembers its origin: the site folder of an import, or the fixed origin of the other sources.
 */
public enum ArticleSource {

    /** A site folder imported whole: the site's own repository, whose authors embed HTML as Jekyll lets them. */
    SITE_IMPORT(null),
    /** One file sent to the signed upload endpoint. */
    UPLOAD("api"),
    /** A newsroom system's submission on the inbound topic. */
    NEWSROOM("newsroom");

    private final String origin;

    ArticleSource(String origin) {
        this.origin = origin;
    }

    /** The origin recorded for this source's articles; a site import records its folder instead. */
    public String origin() {
        if (origin == null) {
            throw new IllegalStateException("a site import's origin is its folder");
        }
        return origin;
    }

    /** The source of an article from its recorded origin: a site folder unless it is one of the fixed origins. */
    public static ArticleSource of(String origin) {
        for (ArticleSource source : values()) {
            if (source.origin != null && source.origin.equals(origin)) {
                return source;
            }
        }
        return SITE_IMPORT;
    }
}

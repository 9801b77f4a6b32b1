package org.rotative.render;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the render service, under {@code rotative.render}. */
@ConfigMapping(prefix = "rotative.render")
public interface RenderConfig {

    /** Consumer group that reads parsed-article events; every render instance shares it to split the partitions. */
    @WithDefault("rotative-render")
    String groupId();

    /** Base URL of the media service, which serves {@code /uploads/…} images and their resized variants. */
    @WithDefault("http://localhost:8083")
    String mediaBaseUrl();

    /**
     * The media service's base URL as this service reaches it (e.g. {@code http://media-service:8083}), for the size
     * of each upload: images then get {@code width} and {@code height}. Absent: no sizes (the offline preview).
     */
    Optional<String> mediaApiUrl();

    /** Widths (px) of the image variants offered to browsers in {@code srcset}. */
    @WithDefault("480,800,1200")
    List<Integer> imageWidths();

    /** Width (px) of the variant in {@code src}, for browsers that ignore {@code srcset}. */
    @WithDefault("800")
    int imageWidth();

    /** The {@code sizes} attribute of images: how wide they are displayed, so browsers pick the right variant. */
    @WithDefault("(max-width: 50rem) 100vw, 50rem")
    String imageSizes();

    /**
     * Absolute URL of the site as readers reach it, without a trailing slash: the feed and the sitemap need absolute
     * links. Production sets it to the public address.
     */
    @WithDefault("http://localhost:8082")
    String siteUrl();

    /** Name of the site, as the feed shows it. */
    @WithDefault("Rotative")
    String siteTitle();

    /** Articles per index page ({@code /categories/…/}, {@code /tags/…/}, {@code /<collection>/}). */
    @WithDefault("20")
    int indexPageSize();

    /** Articles in the Atom feed ({@code /feed.xml}): the latest by date. */
    @WithDefault("20")
    int feedSize();

    /**
     * The {@code Content-Security-Policy} of every HTML page. The default fits the sites' own articles: images from
     * anywhere (the media service may be another host), the embedded videos of the articles in frames, scripts only
     * from this site or over HTTPS (the embeds' own scripts), inline styles (the layout's and the authors'), no
     * plugins, forms and the base URL kept to this site, the pages framed by this site only.
     */
    @WithDefault("default-src 'self'; img-src 'self' https: http: data:; media-src 'self' https:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self' https:; frame-src https:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'")
    String contentSecurityPolicy();

    /** How the HTML of articles from untrusted sources (see ingest's {@code trusted-sources}) is cleaned. */
    Untrusted untrusted();

    interface Untrusted {

        /**
         * Hosts whose video players untrusted articles may embed in a frame, over HTTPS and sandboxed: those the
         * sites' own articles embed. Any other frame is removed.
         */
        @WithDefault("www.youtube.com,www.youtube-nocookie.com,www.dailymotion.com,player.vimeo.com")
        List<String> embedHosts();
    }
}

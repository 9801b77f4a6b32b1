package org.rotative.render.index;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rotative.render.RenderConfig;
import org.rotative.render.feed.FeedResource;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The sitemap (sitemaps.org 0.9) of every stored page, with absolute URLs from the configured site URL. */
@Path("/sitemap.xml")
public class SitemapResource {

    /** The protocol's limit per file; beyond it a sitemap index would be needed. */
    static final int MAX_URLS = 50_000;

    @Inject
    RenderConfig config;
    @Inject
    SiteIndex index;

    @Inject
    @Location("sitemap.xml")
    Template sitemap;

    @GET
    @Produces("application/xml;charset=UTF-8")
    @Operation(summary = "Sitemap of every page (up to 50,000), with its last modification")
    public String sitemap() {
        List<SitemapUrl> urls = index.latest(MAX_URLS).stream().map(entry -> new SitemapUrl(
                FeedResource.absolute(config.siteUrl(), entry.permalink()), entry.renderedAt().toString())).toList();
        return sitemap.data("urls", urls).render();
    }
}

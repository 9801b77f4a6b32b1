package org.rotative.render.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rotative.render.RenderConfig;
import org.rotative.render.page.Page;
import org.rotative.render.page.PageLink;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The Atom 1.0 feed of the latest articles by date, with absolute links from the configured site URL. */
@Path("/feed.xml")
public class FeedResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";

    @Inject
    RenderConfig config;

    @Inject
    @Location("feed.xml")
    Template feed;

    @GET
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the latest articles (rotative.render.feed-size), newest first")
    public Response feed() {
        List<Page> pages = Page.<Page>find("order by publishedAt desc nulls last, articleId")
                .page(0, config.feedSize()).list();
        String site = config.siteUrl();
        List<FeedEntry> entries = pages.stream().map(page -> new FeedEntry(page.title, absolute(site, page.permalink),
                page.date() == null ? null : page.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                page.renderedAt.toString(), page.bodyHtml)).toList();
        // An empty feed is still valid Atom: its "updated" is the epoch.
        String updated = pages.stream().map(page -> page.renderedAt).max(Instant::compareTo).orElse(Instant.EPOCH)
                .toString();
        return Response.ok(feed.data("feed", new FeedView(config.siteTitle(), site + "/", site + "/feed.xml", updated,
                entries)).render(), ATOM).build();
    }

    /** The absolute URL of a permalink on the site. */
    public static String absolute(String siteUrl, String permalink) {
        return siteUrl + PageLink.asciiPath(permalink);
    }
}

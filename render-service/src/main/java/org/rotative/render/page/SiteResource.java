package org.rotative.render.page;

import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rotative.render.index.Listing;
import org.rotative.render.index.SiteIndex;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The site itself: every other path is a permalink. More specific paths ({@code /api/…}, {@code /uploads/…}) win
 * over this one; health, metrics and OpenAPI ({@code /q/…}) are on the management port, not on this one.
 */
@Path("/")
public class SiteResource {

    /** The site index lists at most this many pages, the most recently rendered first. */
    private static final int INDEX_SIZE = 500;

    @Inject
    @Location("notFound.html")
    Template notFound;

    @Inject
    @Location("index.html")
    Template index;

    @Inject
    @Location("listing.html")
    Template listing;

    @Inject
    SiteIndex siteIndex;


    @GET
    @Path("{path: .*}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page published at this permalink, or the index page of a collection "
            + "(/<collection>/), category (/categories/<slug>/) or tag (/tags/<slug>/)")
    public Response page(@Context UriInfo uri, @Context Request request,
            @Parameter(description = "page number of an index page, from 1") @QueryParam("page") String number) {
        // Not the path parameter: the REST layer drops its trailing slash, which permalinks need.
        String permalink = uri.getPath();
        Optional<Page.Served> page = Page.servedAt(permalink);
        if (page.isPresent()) {
            return PageResponses.html(request, page.get().revision(), page.get().html());
        }
        if (permalink.equals("/")) {
            // No page of the site claims "/": list the pages, so a fresh pipeline has a front door.
            return Response.ok(index.data("pages", Page.find("order by renderedAt desc").project(PageLink.class)
                    .page(0, INDEX_SIZE).list()).render(), PageResponses.HTML).build();
        }
        // No page claims it: an index of a collection, category or tag, maybe.
        Optional<Listing> found = siteIndex.listing(permalink, pageNumber(number));
        if (found.isPresent()) {
            return Response.ok(listing.data("listing", found.get()).render(), PageResponses.HTML).build();
        }
        // Jekyll servers answer /actualites/foo for the page at /actualites/foo/: redirect to the canonical URL.
        if (!permalink.endsWith("/") && Page.findByPermalink(permalink + "/").isPresent()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(PageLink.asciiPath(permalink + "/"))
                    .build();
        }
        // An unpublished article's permalink is gone (410), so that caches and crawlers drop it; others are 404.
        boolean withdrawn = WithdrawnPage.findById(permalink) != null;
        return Response.status(withdrawn ? Response.Status.GONE : Response.Status.NOT_FOUND).type(PageResponses.HTML)
                .entity(notFound.data("path", permalink).data("withdrawn", withdrawn).render()).build();
    }

    /** {@code ?page=N}: 1 when absent, 0 (no such page) when not a positive number. */
    private static int pageNumber(String number) {
        if (number == null) {
            return 1;
        }
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package org.rotative.render.page;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rotative.render.ErrorResponse;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** Stored pages by article id ({@code <collection>/<slug>}, hence the slashes the paths accept). */
@Path("/api/pages")
public class PageResource {

    @GET
    @Path("/{id: .+}/body")
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    @Operation(summary = "The body of an article as an HTML fragment, for embedding in another layout")
    public Response body(@PathParam("id") String id, @Context Request request) {
        Page page = Page.findById(id);
        return page == null ? notFound(id) : PageResponses.html(request, page.revision, page.bodyHtml);
    }

    @GET
    @Path("/{id: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What is stored for an article: revision, permalink, title, when it was rendered")
    public Response metadata(@PathParam("id") String id) {
        Page page = Page.findById(id);
        return page == null ? notFound(id) : Response.ok(PageMetadata.of(page)).build();
    }

    private static Response notFound(String id) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse("page not found", "no page is stored for article " + id)).build();
    }
}

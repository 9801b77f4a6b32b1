package org.rotative.render.image;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rotative.render.RenderConfig;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Raw HTML in articles ({@code <img src="/uploads/…">}) is served as written, so pages served here ask this host for
 * their uploads: send the browser to the media service, which owns them.
 */
@Path("/uploads")
public class UploadRedirectResource {

    private final MediaService media;

    @Inject
    public UploadRedirectResource(RenderConfig config) {
        this.media = new MediaService(config.mediaBaseUrl());
    }

    @GET
    @Path("/{path: .+}")
    @Operation(summary = "Redirects to the same upload on the media service (query string kept)")
    public Response redirect(@Context UriInfo uri) {
        // The raw (still encoded) path and query, so the media service receives exactly what the browser asked for.
        URI request = uri.getRequestUri();
        String query = request.getRawQuery() == null ? "" : "?" + request.getRawQuery();
        return Response.status(Response.Status.FOUND)
                .location(URI.create(media.url(request.getRawPath() + query)))
                .build();
    }
}

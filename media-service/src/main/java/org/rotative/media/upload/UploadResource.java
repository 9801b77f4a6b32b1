package org.rotative.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.rotative.media.ErrorResponse;
import org.rotative.media.MediaConfig;
import org.rotative.media.resize.ImageRejectedException;
import org.rotative.media.resize.ImageResizer;
import org.rotative.media.resize.ResizedImage;
import org.rotative.media.storage.ImageStore;
import org.rotative.media.storage.StoredFile;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The site's {@code /uploads/} URLs: originals as stored, and with {@code ?w=N} the image scaled down to N pixels
 * wide. Every answer carries an ETag and Last-Modified, so caches revalidate cheaply (304) once max-age runs out.
 */
@Path("/uploads")
@Tag(name = "uploads")
public class UploadResource {

    /** Part of every resized image's ETag: bump it when the resizing changes, so caches drop old variants. */
    static final String RESIZE_GENERATION = "r1";
    private static final String SVG = "image/svg+xml";

    @Inject
    ImageStore store;
    @Inject
    ImageResizer resizer;
    @Inject
    MediaConfig config;

    @GET
    @Path("{path: .+}")
    @Operation(summary = "An uploaded file; with ?w=N an image scaled down to N pixels wide (never up)")
    public Response get(@PathParam("path") String path, @QueryParam("w") String w, @Context Request request)
            throws IOException {
        // JAX-RS decoded the path once; the store takes it as a literal key (a "%2e%2e" left in it is a file name).
        StoredFile file = store.find(path).orElseThrow(() -> notFound(path));
        // Vector images are served as they are: they scale by themselves.
        boolean resize = w != null && !SVG.equals(file.contentType());
        int width = resize ? width(w) : 0;
        EntityTag etag = new EntityTag(resize
                ? file.version() + "-w" + width + "-q" + config.jpegQuality() + "-" + RESIZE_GENERATION
                : file.version());
        ResponseBuilder notModified = request.evaluatePreconditions(Date.from(file.lastModified()), etag);
        if (notModified != null) {
            return cacheable(notModified, file, etag).build();
        }
        Optional<ResizedImage> resized = resize ? resizer.resize(file, width) : Optional.empty();
        ResponseBuilder answer = resized.map(image -> Response.ok(image.bytes(), image.mediaType()))
                .orElseGet(() -> original(file));
        return cacheable(answer, file, etag).build();
    }

    @ServerExceptionMapper
    Response rejected(ImageRejectedException e) {
        return error(e.status(), e.error(), e.getMessage());
    }

    private static ResponseBuilder original(StoredFile file) {
        // Opened only when the body is written: a HEAD request, which writes none, must not leak the stream.
        StreamingOutput body = out -> {
            try (InputStream in = file.open()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.contentType()).header(HttpHeaders.CONTENT_LENGTH, file.size());
    }

    private ResponseBuilder cacheable(ResponseBuilder answer, StoredFile file, EntityTag etag) {
        answer.tag(etag)
                .lastModified(Date.from(file.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.maxAge().toSeconds())
                .header("X-Content-Type-Options", "nosniff");
        if (SVG.equals(file.contentType())) {
            // An SVG opened directly must not run its scripts on the site's origin.
            answer.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        }
        return answer;
    }

    private int width(String w) {
        int width;
        try {
            width = Integer.parseInt(w);
        } catch (NumberFormatException e) {
            width = 0;
        }
        if (width < 1 || width > config.maxWidth()) {
            throw new WebApplicationException(error(400, "invalid width",
                    "w must be a whole number of pixels from 1 to " + config.maxWidth() + ", not '" + w + "'"));
        }
        return width;
    }

    private static WebApplicationException notFound(String path) {
        return new WebApplicationException(error(404, "not found", "no upload at /uploads/" + path));
    }

    private static Response error(int status, String error, String detail) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new ErrorResponse(error, detail))
                .build();
    }
}

package org.rotative.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rotative.media.MediaConfig;
import org.rotative.media.cache.Variant;
import org.rotative.media.cache.VariantCache;
import org.rotative.media.resize.ImageResizer;
import org.rotative.media.signing.UrlSigner;
import org.rotative.media.storage.ContentHashes;
import org.rotative.media.storage.ImageStore;
import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.Presets;
import org.rotative.media.variant.VariantRequest;
import org.rotative.media.variant.VariantSpec;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

/**
 * The site's {@code /uploads/} URLs: originals as stored, and variants ({@link VariantRequest}: presets, or signed
 * {@code ?w=&h=&fit=&fm=&q=}). Every answer carries a strong ETag and Last-Modified, so caches revalidate cheaply
 * (304). A URL whose {@code v} is the start of the file's SHA-256 pins the content and is cacheable for a year,
 * {@code immutable}; any other for {@code rotative.media.max-age}, since a file may be replaced under its name.
 */
@Path("/uploads")
@Tag(name = "uploads")
public class UploadResource {

    /** A year, the longest {@code max-age} caches honour. */
    static final long IMMUTABLE_MAX_AGE = 31_536_000;
    /** What {@code v} must look like to pin the content: the first 8 or more hex digits of the SHA-256. */
    private static final Pattern HASH_PREFIX = Pattern.compile("[0-9a-f]{8,64}");
    private static final String SVG = "image/svg+xml";

    @Inject
    ImageStore store;
    @Inject
    ImageResizer resizer;
    @Inject
    VariantCache cache;
    @Inject
    ContentHashes hashes;
    @Inject
    Presets presets;
    @Inject
    UrlSigner signer;
    @Inject
    MediaConfig config;

    @GET
    @Path("{path: .+}")
    @Operation(summary = "An uploaded file; with a preset (?preset=card, ?w=800) or signed ?w=&h=&fit=&fm=&q= a "
            + "variant, never enlarged; fm=auto answers WebP to clients that accept it")
    public Response get(@PathParam("path") String path, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context Request request) throws IOException {
        // JAX-RS decoded the path once; the store takes it as a literal key (a "%2e%2e" left in it is a file name).
        StoredFile file = store.require(path);
        VariantRequest query = VariantRequest.parse(uri.getQueryParameters(), presets, config.maxWidth());
        boolean pinned = pinned(query, file);
        // Vector images are served as they are: they scale by themselves.
        if (!query.isVariant() || SVG.equals(file.contentType())) {
            return answer(request, file, new EntityTag(file.version()), pinned, false, () -> original(file));
        }
        signer.verify(path, query);
        VariantSpec spec = query.spec(accept);
        String key = VariantCache.key(file, spec, resizer.settings());
        return answer(request, file, new EntityTag(key), pinned, query.negotiated(), () -> {
            Optional<Variant> variant = cache.get(key,
                    () -> resizer.resize(file, spec).map(image -> new Variant(image.bytes(), image.format())));
            return variant.map(v -> Response.ok(v.bytes(), v.format().mediaType())).orElseGet(() -> original(file));
        });
    }

    private interface Body {
        ResponseBuilder build() throws IOException;
    }

    /** 304 when the client's copy is current, the body otherwise; with the cache headers either way. */
    private Response answer(Request request, StoredFile file, EntityTag etag, boolean pinned, boolean negotiated,
            Body body) throws IOException {
        ResponseBuilder notModified = request.evaluatePreconditions(Date.from(file.lastModified()), etag);
        ResponseBuilder answer = notModified != null ? notModified : body.build();
        answer.tag(etag)
                .lastModified(Date.from(file.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, pinned ? "public, max-age=" + IMMUTABLE_MAX_AGE + ", immutable"
                        : "public, max-age=" + config.maxAge().toSeconds())
                .header("X-Content-Type-Options", "nosniff");
        if (negotiated) {
            answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        if (SVG.equals(file.contentType())) {
            // An SVG opened directly must not run its scripts on the site's origin.
            answer.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        }
        return answer.build();
    }

    /** Whether the URL's {@code v} names this very content. */
    private boolean pinned(VariantRequest query, StoredFile file) throws IOException {
        Optional<String> v = query.version().filter(h -> HASH_PREFIX.matcher(h).matches());
        return v.isPresent() && hashes.sha256(file).startsWith(v.get());
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
}

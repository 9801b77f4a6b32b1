package org.rotative.media.metadata;

import java.io.IOException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rotative.media.storage.ImageStore;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Metadata of uploads, for page builders: width and height attributes, content hash for pinned URLs. */
@Path("/api/images")
@Tag(name = "images")
public class ImageResource {

    @Inject
    ImageStore store;
    @Inject
    ImageMetadataService metadata;

    @GET
    @Path("{path: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Width and height as displayed, bytes, SHA-256 and format of the image at /uploads/{path}")
    public ImageMetadata get(@PathParam("path") String path) throws IOException {
        return metadata.describe(store.require(path));
    }
}

package org.rotative.ingest.status;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rotative.ingest.article.Rejection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The state of the whole pipeline, as seen from the article registry. */
@Path("/api/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "status")
public class StatusResource {

    @Inject
    StatusBoard board;

    @GET
    @Operation(summary = "Counts of stored, published, rendered, rejected articles and missing images")
    public PipelineStatus status() {
        return board.summary();
    }

    @GET
    @Path("/rejections")
    @Operation(summary = "Every source file currently refused, with its reason")
    public List<Rejection> rejections() {
        return QuarkusTransaction.requiringNew().call(() -> Rejection.<Rejection>listAll());
    }
}

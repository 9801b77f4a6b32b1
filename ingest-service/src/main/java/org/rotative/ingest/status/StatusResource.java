package org.rotative.ingest.status;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rotative.ingest.article.Rejection;
import org.rotative.ingest.event.Outbox;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The state of the whole pipeline, as seen from the article registry. */
@Path("/api/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "status")
public class StatusResource {

    @GET
    @Operation(summary = "Counts of stored, published, rendered, rejected articles and missing images")
    public PipelineStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("""
                    SELECT count(*),
                           count(*) FILTER (WHERE unpublished_reason IS NULL),
                           count(*) FILTER (WHERE unpublished_reason IS NULL AND rendered_revision = revision),
                           count(*) FILTER (WHERE unpublished_reason IS NULL AND media_revision = revision),
                           coalesce(sum(jsonb_array_length(missing_images))
                                    FILTER (WHERE unpublished_reason IS NULL), 0),
                           count(*) FILTER (WHERE unpublished_reason IS NULL
                                            AND jsonb_array_length(missing_images) > 0),
                           count(*) FILTER (WHERE unpublished_reason IS NOT NULL)
                    FROM article""").getSingleResult();
            return new PipelineStatus(n(row[0]), n(row[1]), n(row[2]), Outbox.backlog(), n(row[3]), n(row[4]),
                    n(row[5]), Rejection.count(), n(row[6]));
        });
    }

    @GET
    @Path("/rejections")
    @Operation(summary = "Every source file currently refused, with its reason")
    public List<Rejection> rejections() {
        return QuarkusTransaction.requiringNew().call(() -> Rejection.<Rejection>listAll());
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}

package org.rotative.ingest.article;

import java.util.HashMap;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.rotative.ingest.auth.RequestSignatures;
import org.rotative.ingest.ErrorResponse;
import org.rotative.ingest.site.Site;
import org.rotative.ingest.site.SiteConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Single articles: upload one raw file, read one back. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class ArticleResource {

    @Inject
    ArticleIngestor ingestor;
    @Inject
    RequestSignatures signatures;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload one raw article file (front matter + Markdown), as it would sit in the site's "
            + "_<collection> folder")
    public Response upload(@RestQuery String collection, @RestQuery String filename,
            @RestHeader(RequestSignatures.HEADER) String signature, byte[] content) {
        signatures.verify(signature, content);
        if (collection == null || collection.isBlank() || filename == null || filename.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new ErrorResponse("missing parameter",
                    "give the collection (e.g. actualites) and the file name (e.g. mon-article.markdown) as query "
                            + "parameters")).build();
        }
        if (filename.contains("..") || filename.startsWith("/")) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new ErrorResponse("invalid file name",
                    "the file name must be a relative path inside the collection: " + filename)).build();
        }
        String name = collection.startsWith("_") ? collection.substring(1) : collection;
        SiteConfig site = QuarkusTransaction.requiringNew().call(Site::currentConfig);
        Outcome outcome = ingestor.ingest(site, ArticleSource.UPLOAD.origin(), List.of(new ArticleFile(name, filename, content)),
                new HashMap<>()).get(0);
        if (outcome.rejection() != null) {
            return Response.status(422).entity(RejectionView.of(outcome.rejection())).build();
        }
        return Response.status(outcome.status() == Outcome.Status.CREATED ? 201 : 200).entity(outcome.article())
                .build();
    }

    @GET
    @Path("/{id: .+}")
    @Operation(summary = "One article: its state, its permalink and its front matter as Jekyll parses it")
    public Response get(@PathParam("id") String id) {
        Article article = QuarkusTransaction.requiringNew().call(() -> Article.findById(id));
        if (article == null) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(new ErrorResponse("not found", "no article " + id)).build();
        }
        return Response.ok(ArticleView.of(article)).build();
    }

    @GET
    @Path("/{id: .+}/revisions")
    @Operation(summary = "The article's history, oldest first: revisions accepted or rejected, withdrawals")
    public Response revisions(@PathParam("id") String id) {
        List<Revision> history = QuarkusTransaction.requiringNew().call(() ->
                Revision.<Revision>list("articleId = ?1 order by id", id));
        if (history.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(new ErrorResponse("not found", "no article " + id)).build();
        }
        return Response.ok(history).build();
    }

    @DELETE
    @Path("/{id: .+}")
    @Operation(summary = "Unpublish an article (signed like uploads, over an empty body): its page is withdrawn, the article and its history stay; a new "
            + "revision of its file publishes it again")
    public Response unpublish(@PathParam("id") String id, @RestHeader(RequestSignatures.HEADER) String signature) {
        signatures.verify(signature, new byte[0]);
        if (!ingestor.unpublish(id)) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(new ErrorResponse("not found", "no article " + id)).build();
        }
        return get(id);
    }
}

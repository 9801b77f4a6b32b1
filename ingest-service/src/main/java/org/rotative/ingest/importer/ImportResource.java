package org.rotative.ingest.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.rotative.ingest.ErrorResponse;
import org.rotative.ingest.auth.RequestSignatures;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Site imports: a whole Jekyll folder at once, and their history. */
@jakarta.ws.rs.Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
public class ImportResource {

    /**
     * @param siteDir a Jekyll site root readable by the service: {@code _config.yml} and {@code _<collection>/}
     *                folders
     */
    public record ImportRequest(String siteDir) {
    }

    /** The body is read as bytes, so that its signature covers exactly what was sent. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SiteImporter importer;
    @Inject
    RequestSignatures signatures;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a Jekyll site folder; answers when every file is stored and its event published")
    public Response importSite(@RestHeader(RequestSignatures.HEADER) String signature, byte[] body) {
        signatures.verify(signature, body);
        ImportRequest request;
        try {
            request = JSON.readValue(body, ImportRequest.class);
        } catch (IOException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new ErrorResponse("invalid JSON", e.getMessage())).build();
        }
        if (request == null || request.siteDir() == null || request.siteDir().isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new ErrorResponse("missing siteDir", "send {\"siteDir\": \"/path/to/site\"}")).build();
        }
        try {
            return Response.ok(importer.importSite(Path.of(request.siteDir()))).build();
        } catch (SiteImportException e) {
            return Response.status(422).entity(new ErrorResponse("site not importable", e.getMessage())).build();
        }
    }

    @GET
    @jakarta.ws.rs.Path("/{id}")
    @Operation(summary = "One import: its progress while it runs (files, processed), its counts once finished")
    public Response progress(@jakarta.ws.rs.PathParam("id") long id) {
        SiteImport found = QuarkusTransaction.requiringNew().call(() -> SiteImport.findById(id));
        return found == null ? Response.status(Response.Status.NOT_FOUND)
                .entity(new ErrorResponse("not found", "no import " + id)).build() : Response.ok(found).build();
    }

    @GET
    @Operation(summary = "The import history, newest first")
    public List<SiteImport> history() {
        return QuarkusTransaction.requiringNew().call(() -> SiteImport.<SiteImport>find("order by id desc")
                .page(0, 100).list());
    }
}

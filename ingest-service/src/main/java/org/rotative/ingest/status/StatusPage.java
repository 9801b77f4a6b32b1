package org.rotative.ingest.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.rotative.ingest.IngestConfig;
import org.rotative.ingest.importer.SiteImport;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The pipeline at a glance for a site team: every article with its state, filters, search, and the import history.
 * Plain server-rendered HTML; while an import runs the page reloads itself.
 */
@Path("/status")
@Tag(name = "status")
public class StatusPage {

    /** An import that has not finished after this long is taken for one a crash interrupted: no more reloading. */
    private static final Duration LONGEST_IMPORT = Duration.ofHours(1);

    @Inject
    StatusBoard board;
    @Inject
    IngestConfig config;
    @Inject
    Template status;
    /** Not {@code status.txt}: that would be a variant of the page, picked by the Accept header. */
    @Inject
    @Location("status-summary.txt")
    Template statusText;

    /** A link of the pager, with the filters it keeps. */
    public record PageLink(String label, String href) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Status page: articles and their state, filters by collection and state, title search")
    public TemplateInstance page(@RestQuery String collection, @RestQuery String state, @RestQuery String q,
            @RestQuery Integer page) {
        StatusBoard.Filter filter = new StatusBoard.Filter(collection, ArticleState.of(state), q);
        int size = config.statusPageSize();
        int number = page == null || page < 1 ? 1 : page;
        StatusBoard.Rows rows = board.rows(filter, (number - 1) * size, size);
        List<SiteImport> imports = board.imports(config.statusImports());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean importRunning = imports.stream()
                .anyMatch(i -> i.finishedAt == null && i.startedAt.isAfter(now.minus(LONGEST_IMPORT)));
        long pages = Math.max(1, (rows.matching() + size - 1) / size);
        return status.data("summary", board.summary())
                .data("rows", rows.rows())
                .data("matching", rows.matching())
                .data("filter", filter)
                .data("collections", board.collections())
                .data("states", ArticleState.values())
                .data("imports", imports)
                .data("importRunning", importRunning)
                .data("siteUrl", config.siteUrl().replaceAll("/+$", ""))
                .data("previous", number > 1 ? link("← previous", filter, number - 1) : null)
                .data("next", number < pages ? link("next →", filter, number + 1) : null)
                .data("pageNumber", number)
                .data("pages", pages);
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The same status for a terminal (./pipeline status): counts, imports, what needs attention")
    public TemplateInstance text() {
        int size = config.statusPageSize();
        return statusText.data("summary", board.summary())
                .data("imports", board.imports(config.statusImports()))
                .data("rejected", attention(ArticleState.REJECTED, size))
                .data("missingImages", attention(ArticleState.MISSING_IMAGES, size));
    }

    private StatusBoard.Rows attention(ArticleState state, int size) {
        return board.rows(new StatusBoard.Filter("", Optional.of(state), ""), 0, size);
    }

    private static PageLink link(String label, StatusBoard.Filter filter, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("collection", filter.collection());
        query.put("state", filter.state().map(ArticleState::label).orElse(""));
        query.put("q", filter.search());
        query.put("page", Integer.toString(page));
        return new PageLink(label, "?" + query.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}

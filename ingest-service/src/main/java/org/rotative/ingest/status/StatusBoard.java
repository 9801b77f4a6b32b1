package org.rotative.ingest.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.rotative.ingest.article.Rejection;
import org.rotative.ingest.event.Outbox;
import org.rotative.ingest.importer.SiteImport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

/**
 * What the status page lists: articles and refused files with their state, filtered and searched in the database
 * (a site has thousands of articles), and the import history.
 */
@ApplicationScoped
public class StatusBoard {

    /**
     * Every article, plus the refused files that are not one (refused at their first version). The state follows the
     * first that applies: refused, not published, images missing, served at this revision, on its way.
     */
    private static final String ROWS = """
            WITH row AS (
              SELECT a.id AS article_id, a.collection, a.title, a.source_path, a.permalink,
                     coalesce(r.revision, a.revision) AS revision, coalesce(r.rejected_at, a.updated_at) AS changed_at,
                     CASE WHEN r.source_path IS NOT NULL THEN 'REJECTED'
                          WHEN a.unpublished_reason IS NOT NULL THEN 'NOT_PUBLISHED'
                          WHEN jsonb_array_length(a.missing_images) > 0 THEN 'MISSING_IMAGES'
                          WHEN a.rendered_revision = a.revision THEN 'RENDERED'
                          ELSE 'ACCEPTED' END AS state,
                     coalesce(r.message, a.unpublished_reason) AS reason, coalesce(r.line, 0) AS line,
                     CAST(a.missing_images AS TEXT) AS missing_images,
                     CAST(a.render_warnings AS TEXT) AS render_warnings
              FROM article a LEFT JOIN rejection r ON r.article_id = a.id
              UNION ALL
              SELECT r.article_id, ltrim(split_part(r.source_path, '/', 1), '_'), r.source_path, r.source_path, NULL,
                     r.revision, r.rejected_at, 'REJECTED', r.message, r.line, '[]', '[]'
              FROM rejection r
              WHERE r.article_id IS NULL OR NOT EXISTS (SELECT 1 FROM article a WHERE a.id = r.article_id)
            )
            SELECT %s FROM row
            WHERE (:collection = '' OR collection = :collection)
              AND (:state = '' OR state = :state)
              AND (:search = '' OR title ILIKE :search ESCAPE '\\' OR source_path ILIKE :search ESCAPE '\\')
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** The filters of the page; empty strings filter nothing. */
    public record Filter(String collection, Optional<ArticleState> state, String search) {

        public Filter {
            collection = collection == null ? "" : collection.strip();
            search = search == null ? "" : search.strip();
        }
    }

    /** One page of matching rows, most recently changed first, and how many match in all. */
    public record Rows(List<StatusRow> rows, long matching) {
    }

    /** Counts over the whole registry. A transaction of its own: callers poll it while imports write. */
    public PipelineStatus summary() {
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
                           count(*) FILTER (WHERE unpublished_reason IS NOT NULL),
                           count(*) FILTER (WHERE unpublished_reason IS NOT NULL
                                            AND withdrawn_sequence < event_sequence)
                    FROM article""").getSingleResult();
            return new PipelineStatus(n(row[0]), n(row[1]), n(row[2]), Outbox.backlog(), n(row[3]), n(row[4]),
                    n(row[5]), Rejection.count(), n(row[6]), n(row[7]));
        });
    }

    @Transactional
    public Rows rows(Filter filter, int offset, int limit) {
        long matching = ((Number) bind(filter, ROWS.formatted("count(*)"), Object.class).getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = bind(filter, ROWS.formatted("*") + " ORDER BY changed_at DESC, source_path",
                Tuple.class).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Rows(tuples.stream().map(StatusBoard::row).toList(), matching);
    }

    /** The collections there are articles in, for the filter. */
    @Transactional
    public List<String> collections() {
        return Panache.getEntityManager()
                .createQuery("SELECT DISTINCT a.collection FROM Article a ORDER BY a.collection", String.class)
                .getResultList();
    }

    /** The latest imports, newest first. */
    @Transactional
    public List<SiteImport> imports(int limit) {
        return SiteImport.<SiteImport>findAll(Sort.descending("id")).page(0, limit).list();
    }

    private static Query bind(Filter filter, String sql, Class<?> resultType) {
        Query query = resultType == Tuple.class
                ? Panache.getEntityManager().createNativeQuery(sql, Tuple.class)
                : Panache.getEntityManager().createNativeQuery(sql);
        return query.setParameter("collection", filter.collection())
                .setParameter("state", filter.state().map(Enum::name).orElse(""))
                .setParameter("search", filter.search().isEmpty() ? "" : "%" + likeEscaped(filter.search()) + "%");
    }

    /** A title typed by someone is matched literally: % and _ are not wildcards. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static StatusRow row(Tuple t) {
        return new StatusRow(t.get("article_id", String.class), t.get("collection", String.class),
                t.get("title", String.class), t.get("source_path", String.class), t.get("permalink", String.class),
                t.get("revision", String.class), utc(t.get("changed_at")),
                ArticleState.valueOf(t.get("state", String.class)), t.get("reason", String.class),
                ((Number) t.get("line")).intValue(), strings(t.get("missing_images", String.class)),
                strings(t.get("render_warnings", String.class)));
    }

    private static OffsetDateTime utc(Object value) {
        Instant instant = value instanceof Timestamp ts ? ts.toInstant()
                : value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("missing_images is not a JSON list of strings: " + json, e);
        }
    }
}

package org.rotative.ingest.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;
import org.rotative.contract.event.ArticleRendered;
import org.rotative.contract.event.ArticleWithdrawn;
import org.rotative.contract.event.MediaChecked;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.ConsumedEvent;
import org.rotative.contract.kafka.EventStage;
import org.rotative.ingest.IngestConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Follows what render and media report about each article, so that ingest, which keeps the article registry, can
 * tell which revision is served, whether a withdrawn page is gone, and which images are missing.
 */
@ApplicationScoped
public class ArticleStatusUpdater {

    // A report about an older event than the article's last one is outdated (a page rendered before a withdrawal,
    // say): applying it would count as served a revision published again since, before its page is.
    private static final String SET_RENDERED = "UPDATE article SET rendered_revision = ?, rendered_at = ?, "
            + "render_warnings = CAST(? AS jsonb) WHERE id = ? AND event_sequence <= ?";
    /** A late report of an older withdrawal never lowers it. */
    private static final String SET_WITHDRAWN = "UPDATE article SET withdrawn_sequence = "
            + "greatest(withdrawn_sequence, ?) WHERE id = ?";
    private static final String SET_MEDIA = "UPDATE article SET media_revision = ?, "
            + "missing_images = CAST(? AS jsonb) WHERE id = ? AND event_sequence <= ?";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    IngestConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    Tracer tracer;
    @Inject
    MeterRegistry metrics;

    private EventStage stage;

    void start(@Observes StartupEvent event) {
        // It only reads: no source, no producer.
        stage = EventStage.start("ingest-status", kafkaConfig, config.statusGroupId(),
                List.of(Topics.ARTICLES_RENDERED, Topics.MEDIA_CHECKED), null, tracer,
                (reports, none) -> apply(reports));
        Gauge.builder("rotative.consumer.lag", stage, EventStage::lag).tag("group", config.statusGroupId())
                .description("Records of the group's partitions not read yet").register(metrics);
    }

    void stop(@Observes ShutdownEvent event) {
        if (stage != null) {
            stage.close();
        }
    }

    /** Whether the consumer is running, for readiness. */
    public boolean running() {
        return stage != null && stage.running();
    }

    void apply(List<ConsumedEvent> reports) {
        List<ArticleRendered> rendered = new ArrayList<>();
        List<ArticleWithdrawn> withdrawn = new ArrayList<>();
        List<MediaChecked> checked = new ArrayList<>();
        for (ConsumedEvent event : reports) {
            // The stage hands only valid events of these topics: a rendered, withdrawn or media-checked report.
            Object report = event.data();
            if (report instanceof ArticleRendered r) {
                rendered.add(r);
            } else if (report instanceof ArticleWithdrawn w) {
                withdrawn.add(w);
            } else if (report instanceof MediaChecked m) {
                checked.add(m);
            }
        }
        // One JDBC batch per kind and poll, in the events' order: two events follow every article of an import, and
        // loading each article (its body included) to set a few columns cost more than the whole rest of ingest.
        // Each kind sets its own columns, so the batches need no order between them.
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().unwrap(Session.class)
                .doWork(connection -> {
                    update(connection, SET_RENDERED, rendered, (statement, r) -> {
                        statement.setString(1, r.revision());
                        statement.setObject(2, r.renderedAt().atOffset(ZoneOffset.UTC));
                        statement.setString(3, json(r.warnings() == null ? List.of() : r.warnings()));
                        statement.setString(4, r.articleId());
                        statement.setLong(5, coveredUpTo(r.sequence()));
                    });
                    update(connection, SET_WITHDRAWN, withdrawn, (statement, w) -> {
                        statement.setLong(1, w.sequence());
                        statement.setString(2, w.articleId());
                    });
                    update(connection, SET_MEDIA, checked, (statement, m) -> {
                        statement.setString(1, m.revision());
                        statement.setString(2, json(m.missing()));
                        statement.setString(3, m.articleId());
                        statement.setLong(4, coveredUpTo(m.sequence()));
                    });
                }));
    }

    /** The highest last-event sequence of an article that a report made from this one still describes. */
    private static long coveredUpTo(long reportSequence) {
        // 0: a report from a service older than the field, applied as it was then.
        return reportSequence > 0 ? reportSequence : Long.MAX_VALUE;
    }

    /** Sets the parameters of one report. */
    private interface Binder<T> {
        void bind(PreparedStatement statement, T report) throws SQLException;
    }

    private static <T> void update(Connection connection, String sql, List<T> reports, Binder<T> binder)
            throws SQLException {
        if (reports.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T report : reports) {
                binder.bind(statement, report);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }
}

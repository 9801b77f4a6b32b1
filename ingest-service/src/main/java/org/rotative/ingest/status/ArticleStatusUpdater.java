package org.rotative.ingest.status;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.rotative.contract.event.ArticleRendered;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.MediaChecked;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.CloudEventCodec;
import org.rotative.contract.kafka.EventLogContext;
import org.rotative.contract.kafka.EventStage;
import org.rotative.contract.kafka.InvalidEventException;
import org.rotative.ingest.IngestConfig;
import org.rotative.ingest.article.Article;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Follows what render and media report about each article, so that ingest, which keeps the article registry, can
 * tell which revision is served and which images are missing.
 */
@ApplicationScoped
public class ArticleStatusUpdater {

    private static final Logger LOG = Logger.getLogger(ArticleStatusUpdater.class);

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
                (records, none) -> apply(records));
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

    void apply(List<ConsumerRecord<String, byte[]>> records) {
        QuarkusTransaction.requiringNew().run(() -> records.forEach(this::applyOne));
    }

    private void applyOne(ConsumerRecord<String, byte[]> record) {
        try (EventLogContext context = EventLogContext.of(record)) {
            String type = CloudEventCodec.typeOf(record);
            if (EventType.ARTICLE_RENDERED.type().equals(type)) {
                ArticleRendered r = CloudEventCodec.decode(EventType.ARTICLE_RENDERED, record).data();
                Article article = Article.findById(r.articleId());
                if (article != null) {
                    article.renderedRevision = r.revision();
                    article.renderedAt = r.renderedAt().atOffset(ZoneOffset.UTC);
                    article.renderWarnings = r.warnings() == null ? List.of() : r.warnings();
                }
            } else if (EventType.MEDIA_CHECKED.type().equals(type)) {
                MediaChecked m = CloudEventCodec.decode(EventType.MEDIA_CHECKED, record).data();
                Article article = Article.findById(m.articleId());
                if (article != null) {
                    article.mediaRevision = m.revision();
                    article.missingImages = m.missing();
                }
            } else {
                LOG.warnf("%s-%d@%d: ignoring an event of unknown type %s", record.topic(), record.partition(),
                        record.offset(), type);
            }
        } catch (InvalidEventException e) {
            LOG.warn(e.getMessage());
        }
    }
}

package org.rotative.ingest.newsroom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.rotative.contract.event.ArticleSubmitted;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.CloudEventCodec;
import org.rotative.contract.kafka.EventLogContext;
import org.rotative.contract.kafka.EventStage;
import org.rotative.contract.kafka.InvalidEventException;
import org.rotative.ingest.IngestConfig;
import org.rotative.ingest.article.ArticleFile;
import org.rotative.ingest.article.ArticleIngestor;
import org.rotative.ingest.article.ArticleSource;
import org.rotative.ingest.site.Site;
import org.rotative.ingest.site.SiteConfig;

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
 * Newsroom systems submit, correct and unpublish articles by producing CloudEvents to the inbound topic. A submitted
 * file is read exactly like an uploaded one, with the site configuration of the last import; the answer is the usual
 * parsed, unpublished or rejected event.
 */
@ApplicationScoped
public class NewsroomInbound {

    private static final Logger LOG = Logger.getLogger(NewsroomInbound.class);

    @Inject
    IngestConfig config;
    @Inject
    ArticleIngestor ingestor;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    Tracer tracer;
    @Inject
    MeterRegistry metrics;

    private EventStage stage;

    void start(@Observes StartupEvent event) {
        stage = EventStage.start("newsroom-inbound", kafkaConfig, config.inboundGroupId(),
                List.of(Topics.NEWSROOM_INBOUND), null, tracer, (records, none) -> handle(records));
        Gauge.builder("rotative.consumer.lag", stage, EventStage::lag).tag("group", config.inboundGroupId())
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

    void handle(List<ConsumerRecord<String, byte[]>> records) {
        SiteConfig site = QuarkusTransaction.requiringNew().call(Site::currentConfig);
        List<ArticleFile> files = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try (EventLogContext context = EventLogContext.of(record)) {
                String type = CloudEventCodec.typeOf(record);
                if (EventType.ARTICLE_SUBMITTED.type().equals(type)) {
                    files.add(file(CloudEventCodec.decode(EventType.ARTICLE_SUBMITTED, record).data(), record));
                } else if (EventType.ARTICLE_WITHDRAWAL_REQUESTED.type().equals(type)) {
                    // Submissions read before it come first: an article's events are handled in their order.
                    ingest(site, files);
                    String id = CloudEventCodec.decode(EventType.ARTICLE_WITHDRAWAL_REQUESTED, record).data()
                            .articleId();
                    if (!ingestor.unpublish(id)) {
                        LOG.warnf("newsroom asked to unpublish %s, which does not exist", id);
                    }
                } else {
                    throw new InvalidEventException(record.topic() + "-" + record.partition() + "@"
                            + record.offset() + ": unknown event type " + type + " on the newsroom inbound topic");
                }
            } catch (InvalidEventException e) {
                LOG.warn(e.getMessage());
            }
        }
        ingest(site, files);
    }

    private void ingest(SiteConfig site, List<ArticleFile> files) {
        if (!files.isEmpty()) {
            ingestor.ingest(site, ArticleSource.NEWSROOM.origin(), List.copyOf(files), new HashMap<>());
            files.clear();
        }
    }

    private static ArticleFile file(ArticleSubmitted submitted, ConsumerRecord<String, byte[]> record) {
        String name = submitted.fileName();
        if (submitted.collection() == null || name == null || name.isBlank() || name.contains("..")
                || name.startsWith("/") || submitted.content() == null) {
            throw new InvalidEventException(record.topic() + "-" + record.partition() + "@" + record.offset()
                    + ": a submitted article needs a collection, a relative file name and a content");
        }
        return new ArticleFile(submitted.collection(), name, submitted.content().getBytes(StandardCharsets.UTF_8));
    }
}

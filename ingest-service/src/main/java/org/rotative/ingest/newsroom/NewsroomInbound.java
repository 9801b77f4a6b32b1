package org.rotative.ingest.newsroom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.rotative.contract.event.ArticleSubmitted;
import org.rotative.contract.event.ArticleWithdrawalRequested;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.ConsumedEvent;
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
                List.of(Topics.NEWSROOM_INBOUND), null, tracer, (events, none) -> handle(events));
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

    void handle(List<ConsumedEvent> events) {
        SiteConfig site = QuarkusTransaction.requiringNew().call(Site::currentConfig);
        List<ArticleFile> files = new ArrayList<>();
        for (ConsumedEvent event : events) {
            try (EventLogContext context = EventLogContext.of(event.record())) {
                // The stage hands only valid events of the inbound topic: a submission or a withdrawal request.
                if (event.data() instanceof ArticleSubmitted submitted) {
                    files.add(file(submitted, event.record()));
                } else if (event.data() instanceof ArticleWithdrawalRequested request) {
                    // Submissions read before it come first: an article's events are handled in their order.
                    ingest(site, files);
                    if (!ingestor.unpublish(request.articleId())) {
                        LOG.warnf("newsroom asked to unpublish %s, which does not exist", request.articleId());
                    }
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

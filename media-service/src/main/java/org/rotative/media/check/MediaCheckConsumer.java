package org.rotative.media.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.MediaChecked;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.ConsumedEvent;
import org.rotative.contract.kafka.EventLogContext;
import org.rotative.contract.kafka.EventProducer;
import org.rotative.contract.kafka.EventProducer.Outgoing;
import org.rotative.contract.kafka.EventStage;
import org.rotative.media.MediaConfig;
import org.rotative.media.cache.PresetWarmer;
import org.rotative.media.storage.StoredFile;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Checks the images of every parsed article and publishes the result: one {@link MediaChecked} per
 * {@link ArticleParsed}, keyed by article id, with each image's size (recorded in the database); then has the presets
 * of its images made ahead of readers. Re-checking a redelivered revision gives the same answer, so
 * at-least-once delivery is harmless.
 */
@ApplicationScoped
public class MediaCheckConsumer {

    static final String SOURCE = "/rotative/media";

    @Inject
    MediaConfig config;
    @Inject
    MediaChecker checker;
    @Inject
    PresetWarmer warmer;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    Tracer tracer;
    @Inject
    MeterRegistry metrics;

    private EventStage stage;

    void start(@Observes StartupEvent event) {
        stage = EventStage.start("media-check", kafkaConfig, config.groupId(), List.of(Topics.ARTICLES_PARSED),
                SOURCE, tracer, this::handle);
        Gauge.builder("rotative.consumer.lag", stage, EventStage::lag).tag("group", config.groupId())
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

    void handle(List<ConsumedEvent> events, EventProducer producer) throws IOException {
        List<Outgoing<MediaChecked>> results = new ArrayList<>(events.size());
        List<StoredFile> images = new ArrayList<>();
        for (ConsumedEvent event : events) {
            // A withdrawn article has no images to check.
            if (event.data() instanceof ArticleParsed article) {
                try (EventLogContext context = EventLogContext.of(event.record())) {
                    MediaChecker.Result checked = checker.check(article);
                    results.add(new Outgoing<>(EventType.MEDIA_CHECKED, article.articleId(), checked.event()));
                    images.addAll(checked.readable());
                }
            }
        }
        if (!results.isEmpty()) {
            producer.publishAll(results);
        }
        // After publishing: the article's status must not wait for its variants.
        warmer.warm(images);
    }
}

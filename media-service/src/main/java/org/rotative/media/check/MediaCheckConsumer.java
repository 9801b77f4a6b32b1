package org.rotative.media.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.MediaChecked;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.CloudEventCodec;
import org.rotative.contract.kafka.EventConsumerLoop;
import org.rotative.contract.kafka.EventProducer;
import org.rotative.contract.kafka.EventProducer.Outgoing;
import org.rotative.contract.kafka.InvalidEventException;
import org.rotative.media.MediaConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Checks the images of every parsed article and publishes the result: one {@link MediaChecked} per
 * {@link ArticleParsed}, keyed by article id. Re-checking a redelivered revision gives the same answer, so
 * at-least-once delivery is harmless.
 */
@ApplicationScoped
public class MediaCheckConsumer {

    static final String SOURCE = "/rotative/media";
    private static final Logger LOG = Logger.getLogger(MediaCheckConsumer.class);

    @Inject
    MediaConfig config;
    @Inject
    MediaChecker checker;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private EventProducer producer;
    private EventConsumerLoop loop;

    void start(@Observes StartupEvent event) {
        producer = new EventProducer(kafkaConfig, SOURCE);
        Map<String, Object> consumer = new HashMap<>(kafkaConfig);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        loop = new EventConsumerLoop("media-check", consumer, List.of(Topics.ARTICLES_PARSED), this::handle);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.close();
        }
        if (producer != null) {
            producer.close();
        }
    }

    /** Whether the consumer is running, for readiness. */
    public boolean running() {
        return loop != null && loop.isRunning();
    }

    void handle(List<ConsumerRecord<String, byte[]>> records) throws IOException {
        List<Outgoing<MediaChecked>> results = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                ArticleParsed article = CloudEventCodec.decode(EventType.ARTICLE_PARSED, record).data();
                MediaChecked checked = checker.check(article);
                results.add(new Outgoing<>(EventType.MEDIA_CHECKED, checked.articleId(), checked));
            } catch (InvalidEventException e) {
                LOG.warn(e.getMessage());
            }
        }
        if (!results.isEmpty()) {
            producer.publishAll(results);
        }
    }
}

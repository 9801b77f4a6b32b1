package org.rotative.ingest.event;

import java.util.List;
import java.util.Map;

import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.EventType;
import org.rotative.contract.kafka.EventProducer;
import org.rotative.contract.kafka.EventProducer.Outgoing;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The ingest service's Kafka producer: parsed-article events, keyed by article id. */
@ApplicationScoped
public class ArticleEvents {

    static final String SOURCE = "/rotative/ingest";

    private final EventProducer producer;

    @Inject
    public ArticleEvents(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.producer = new EventProducer(kafkaConfig, SOURCE);
    }

    /** Publishes the events and returns once Kafka acknowledged all of them. */
    public void publish(List<ArticleParsed> articles) {
        producer.publishAll(articles.stream()
                .map(a -> new Outgoing<>(EventType.ARTICLE_PARSED, a.articleId(), a))
                .toList());
    }

    void close(@Observes ShutdownEvent event) {
        producer.close();
    }
}

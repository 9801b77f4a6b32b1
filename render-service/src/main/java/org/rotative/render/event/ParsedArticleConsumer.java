package org.rotative.render.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.ArticleRendered;
import org.rotative.contract.event.ArticleUnpublished;
import org.rotative.contract.event.ArticleWithdrawn;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.Topics;
import org.rotative.contract.kafka.ConsumedEvent;
import org.rotative.contract.kafka.EventLogContext;
import org.rotative.contract.kafka.EventProducer;
import org.rotative.contract.kafka.EventProducer.Outgoing;
import org.rotative.contract.kafka.EventStage;
import org.rotative.contract.kafka.InvalidEventException;
import org.rotative.render.RenderConfig;
import org.rotative.render.page.Page;
import org.rotative.render.page.PageRenderer;
import org.rotative.render.page.PageStore;
import org.rotative.render.page.RenderedPage;

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
 * Renders every parsed article: each batch of events is rendered, stored in one transaction, then announced with one
 * rendered-article event per stored page and one withdrawn-article event per page withdrawn; the loop commits the
 * offsets last. An event that cannot be rendered goes to the dead-letter topic (see {@link EventStage}) and the rest of
 * its batch is rendered. A failure before the end (database, broker) makes the batch run again, which stores the same
 * rows and announces them again: at-least-once, idempotent.
 */
@ApplicationScoped
public class ParsedArticleConsumer {

    static final String SOURCE = "/rotative/render";
    private static final Logger LOG = Logger.getLogger(ParsedArticleConsumer.class);

    @Inject
    RenderConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    PageRenderer renderer;
    @Inject
    PageStore store;
    @Inject
    Tracer tracer;
    @Inject
    MeterRegistry metrics;

    private EventStage stage;

    void start(@Observes StartupEvent event) {
        stage = EventStage.start("render", kafkaConfig, config.groupId(), List.of(Topics.ARTICLES_PARSED), SOURCE,
                tracer, this::handle);
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

    void handle(List<ConsumedEvent> events, EventProducer producer) {
        List<RenderedPage> pages = new ArrayList<>();
        List<ArticleUnpublished> withdrawals = new ArrayList<>();
        for (ConsumedEvent latest : latestPerArticle(events)) {
            if (latest.data() instanceof ArticleUnpublished withdrawal) {
                withdrawals.add(withdrawal);
                continue;
            }
            ArticleParsed article = (ArticleParsed) latest.data();
            try (EventLogContext context = EventLogContext.of(latest.record())) {
                RenderedPage page = renderer.render(article);
                page.warnings().forEach(warning -> LOG.warnf("article %s (revision %s): %s", article.articleId(),
                        article.revision(), warning));
                pages.add(page);
            } catch (RuntimeException e) {
                // The same input would fail the same way on every retry: to the dead letters, the others go on.
                throw new InvalidEventException(latest.record(), "article " + article.articleId() + " (revision "
                        + article.revision() + ") could not be rendered: " + e, e);
            }
        }
        List<ArticleWithdrawn> withdrawn = store.withdrawAll(withdrawals);
        List<ArticleRendered> stored = store.saveAll(pages);
        metrics.counter("rotative.articles.rendered").increment(stored.size());
        List<Outgoing<?>> answers = new ArrayList<>(withdrawn.size() + stored.size());
        withdrawn.forEach(w -> answers.add(new Outgoing<>(EventType.ARTICLE_WITHDRAWN, w.articleId(), w)));
        stored.forEach(r -> answers.add(new Outgoing<>(EventType.ARTICLE_RENDERED, r.articleId(), r)));
        producer.publishAll(answers);
    }

    /**
     * The events of a batch ({@link ArticleParsed} or {@link ArticleUnpublished}), keeping only the newest of each
     * article: the highest sequence (the last one of equal sequences, a redelivery). The stage handed only valid
     * events of the article stream.
     *
     * @throws InvalidEventException naming the first record whose article the page tables cannot hold
     */
    static Collection<ConsumedEvent> latestPerArticle(List<ConsumedEvent> events) {
        Map<String, ConsumedEvent> latest = new LinkedHashMap<>();
        for (ConsumedEvent event : events) {
            String id;
            if (event.data() instanceof ArticleUnpublished withdrawal) {
                check(event.record(), withdrawal.articleId(), withdrawal.revision(), withdrawal.permalink(), "");
                id = withdrawal.articleId();
            } else {
                ArticleParsed article = (ArticleParsed) event.data();
                check(event.record(), article.articleId(), article.revision(), article.permalink(), article.title());
                if (article.collection() != null && article.collection().length() > Page.MAX_COLLECTION_LENGTH) {
                    throw refused(event.record(), article.articleId(),
                            "collection longer than " + Page.MAX_COLLECTION_LENGTH);
                }
                id = article.articleId();
            }
            ConsumedEvent before = latest.remove(id);
            latest.put(id, before != null && sequence(before) > sequence(event) ? before : event);
        }
        return latest.values();
    }

    private static long sequence(ConsumedEvent event) {
        return event.data() instanceof ArticleUnpublished withdrawal ? withdrawal.sequence()
                : ((ArticleParsed) event.data()).sequence();
    }

    /** Refuses what the page tables cannot hold, so that one bad event never blocks its batch forever. */
    private static void check(ConsumerRecord<String, byte[]> record, String id, String revision, String permalink,
            String title) {
        String problem = null;
        if (blankOrLonger(id, Page.MAX_ID_LENGTH)) {
            problem = "article id missing or longer than " + Page.MAX_ID_LENGTH;
        } else if (blankOrLonger(revision, Page.MAX_REVISION_LENGTH)) {
            problem = "revision missing or longer than " + Page.MAX_REVISION_LENGTH;
        } else if (blankOrLonger(permalink, Page.MAX_PERMALINK_LENGTH) || !permalink.startsWith("/")) {
            problem = "permalink missing, relative or longer than " + Page.MAX_PERMALINK_LENGTH;
        } else if (title == null) {
            problem = "title missing";
        }
        if (problem != null) {
            throw refused(record, id, problem);
        }
    }

    private static InvalidEventException refused(ConsumerRecord<String, byte[]> record, String id, String problem) {
        return new InvalidEventException(record, "article " + id + " not rendered: " + problem);
    }

    private static boolean blankOrLonger(String value, int max) {
        return value == null || value.isBlank() || value.length() > max;
    }
}

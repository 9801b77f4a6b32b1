package org.rotative.ingest.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.kafka.EventPublishException;
import org.rotative.ingest.IngestConfig;
import org.rotative.ingest.event.ArticleEvents;
import org.rotative.ingest.site.JekyllDocument;
import org.rotative.ingest.site.SiteConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Stores articles and publishes them. The article row is its own outbox: it is stored first, with the revision Kafka
 * has acknowledged beside the current one, and every revision not yet acknowledged is (re)published, right after the
 * commit and then by {@link #relayPending()} until Kafka takes it. Nothing accepted can be lost between the two.
 */
@ApplicationScoped
public class ArticleIngestor {

    private static final Logger LOG = Logger.getLogger(ArticleIngestor.class);
    private static final int RELAY_BATCH = 500;

    @Inject
    IngestConfig config;
    @Inject
    ArticleEvents events;

    /**
     * Reads, stores and publishes a batch of files. Bad files are rejected one by one; the others go through.
     *
     * @param seen article ids already taken by other files of the same import, updated here
     */
    public List<Outcome> ingest(SiteConfig site, List<ArticleFile> files, Map<String, String> seen) {
        ArticleReader reader = new ArticleReader(site, config.maxFileBytes());
        Instant now = Instant.now();
        List<Object> reads = new ArrayList<>(files.size());
        for (ArticleFile file : files) {
            try {
                reads.add(reader.read(file, now));
            } catch (ArticleRejectedException e) {
                reads.add(e);
            }
        }
        List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> store(reads, seen));
        // Unchanged articles too: one whose last event Kafka never acknowledged goes out now.
        publish(outcomes.stream().filter(o -> o.status() != Outcome.Status.REJECTED).map(Outcome::articleId)
                .toList());
        return outcomes;
    }

    private List<Outcome> store(List<Object> reads, Map<String, String> seen) {
        List<Outcome> outcomes = new ArrayList<>(reads.size());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Object read : reads) {
            if (read instanceof ArticleRejectedException rejected) {
                outcomes.add(reject(rejected, null, now));
                continue;
            }
            ReadArticle article = (ReadArticle) read;
            JekyllDocument doc = article.document();
            String sourcePath = article.file().sourcePath();
            String other = seen.putIfAbsent(doc.articleId(), sourcePath);
            if (other != null && !other.equals(sourcePath)) {
                outcomes.add(reject(new ArticleRejectedException(sourcePath, article.revision(),
                        "duplicate article id '" + doc.articleId() + "': " + other + " has the same file name", 0, 0,
                        "rename one of the two files"), doc.articleId(), now));
                continue;
            }
            Rejection.deleteById(sourcePath);
            Article stored = Article.findById(doc.articleId());
            if (stored != null && stored.revision.equals(article.revision())) {
                outcomes.add(Outcome.of(stored, Outcome.Status.UNCHANGED));
                continue;
            }
            Outcome.Status status = stored == null ? Outcome.Status.CREATED : Outcome.Status.UPDATED;
            if (stored == null) {
                stored = new Article();
                stored.id = doc.articleId();
                stored.createdAt = now;
            }
            stored.collection = article.file().collection();
            stored.sourcePath = sourcePath;
            stored.permalink = doc.permalink();
            stored.title = doc.title();
            stored.articleDate = doc.date();
            stored.categories = doc.categories();
            stored.tags = doc.tags();
            stored.frontMatter = article.frontMatter();
            stored.body = article.body();
            stored.revision = article.revision();
            stored.unpublishedReason = doc.unpublished();
            stored.updatedAt = now;
            stored.persist();
            outcomes.add(Outcome.of(stored, status));
        }
        return outcomes;
    }

    private static Outcome reject(ArticleRejectedException e, String articleId, OffsetDateTime now) {
        Rejection r = Rejection.findById(e.sourcePath());
        if (r == null) {
            r = new Rejection();
            r.sourcePath = e.sourcePath();
        }
        r.articleId = articleId;
        r.revision = e.revision();
        r.message = e.getMessage();
        r.line = e.line();
        r.column = e.column();
        r.hint = e.hint();
        r.rejectedAt = now;
        r.persist();
        return Outcome.rejected(e, articleId);
    }

    /** Publishes every given article whose current revision Kafka has not acknowledged yet. */
    void publish(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<ArticleParsed> pending = QuarkusTransaction.requiringNew().call(() ->
                Article.<Article>list("id in ?1", ids).stream().filter(Article::eventPending)
                        .map(ArticleIngestor::toEvent).toList());
        send(pending);
    }

    /** The outbox relay: retries what a Kafka outage left unpublished. */
    @Scheduled(every = "${rotative.ingest.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        List<ArticleParsed> pending = QuarkusTransaction.requiringNew().call(() -> Article.<Article>find(
                "unpublishedReason is null and (publishedRevision is null or publishedRevision <> revision)")
                .page(0, RELAY_BATCH).list().stream().map(ArticleIngestor::toEvent).toList());
        if (!pending.isEmpty()) {
            LOG.infof("relaying %d article events not yet acknowledged by Kafka", pending.size());
            send(pending);
        }
    }

    private void send(List<ArticleParsed> pending) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            events.publish(pending);
        } catch (EventPublishException e) {
            LOG.warnf("%d article events stay pending, the relay will retry: %s", pending.size(), e.getMessage());
            return;
        }
        Map<String, String> revisions = new HashMap<>();
        pending.forEach(p -> revisions.put(p.articleId(), p.revision()));
        QuarkusTransaction.requiringNew().run(() -> revisions.forEach((id, revision) -> Article.update(
                "publishedRevision = ?1 where id = ?2 and revision = ?1", revision, id)));
    }

    static ArticleParsed toEvent(Article a) {
        return new ArticleParsed(a.id, a.revision, a.collection, a.sourcePath, a.permalink, a.title, a.articleDate,
                a.categories, a.tags, a.frontMatter, a.body);
    }
}

package org.rotative.ingest.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jboss.logging.Logger;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.ArticleRejected;
import org.rotative.contract.event.ArticleUnpublished;
import org.rotative.contract.event.EventType;
import org.rotative.contract.kafka.EventLogContext;
import org.rotative.ingest.IngestConfig;
import org.rotative.ingest.event.Outbox;
import org.rotative.ingest.site.JekyllDocument;
import org.rotative.ingest.site.SiteConfig;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;

/**
 * Stores articles and announces what changed. Every change (a new revision, a rejection, a withdrawal) is stored with
 * its history row and its event in one transaction; the {@link Outbox} relays the events after the commit.
 */
@ApplicationScoped
public class ArticleIngestor {

    private static final Logger LOG = Logger.getLogger(ArticleIngestor.class);
    static final String REMOVED = "removed from the site";
    static final String UNPUBLISHED_BY_REQUEST = "unpublished by request";

    @Inject
    IngestConfig config;
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;

    /**
     * Reads, stores and announces a batch of files. Bad files are rejected one by one; the others go through.
     *
     * @param origin where the files come from: the site folder of an import, or {@code api}
     * @param seen   article ids already taken by other files of the same import, updated here
     */
    public List<Outcome> ingest(SiteConfig site, String origin, List<ArticleFile> files, Map<String, String> seen) {
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
        List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> store(reads, origin, seen, now));
        outbox.wakeUp();
        // Counted once committed: a batch that failed and is sent again must not count twice.
        for (Outcome outcome : outcomes) {
            metrics.counter("rotative.articles.ingested", "outcome", outcome.status().name().toLowerCase(Locale.ROOT))
                    .increment();
        }
        return outcomes;
    }

    private List<Outcome> store(List<Object> reads, String origin, Map<String, String> seen, Instant now) {
        // Queries below never need this batch's unflushed rows: without auto-flush, a batch costs O(n), not O(n²).
        Panache.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        List<ReadArticle> readable = reads.stream().filter(ReadArticle.class::isInstance).map(ReadArticle.class::cast)
                .toList();
        List<String> ids = reads.stream().map(r -> r instanceof ReadArticle a ? a.document().articleId()
                : ((ArticleRejectedException) r).articleId()).filter(Objects::nonNull).toList();
        Map<String, Article> existing = new HashMap<>();
        ValueList byId = new ValueList("id", ids);
        Article.<Article>list(byId.condition(), byId.parameter()).forEach(a -> existing.put(a.id, a));
        Revision.History history = new Revision.History(ids);
        Map<String, String> permalinkOwners = new HashMap<>();
        ValueList byPermalink = new ValueList("a.permalink", readable.stream().map(r -> r.document().permalink())
                .toList());
        Panache.getEntityManager().createQuery("select a.permalink, a.id from Article a where "
                + byPermalink.condition() + " and a.unpublishedReason is null", Object[].class)
                .setParameter(1, byPermalink.parameter()).getResultStream()
                .forEach(row -> permalinkOwners.put((String) row[0], (String) row[1]));

        List<Outcome> outcomes = new ArrayList<>(reads.size());
        List<String> accepted = new ArrayList<>();
        OffsetDateTime stamp = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        for (Object read : reads) {
            if (read instanceof ArticleRejectedException rejected) {
                seen.putIfAbsent(rejected.articleId(), rejected.sourcePath());
                outcomes.add(reject(rejected, stamp, history));
                continue;
            }
            ReadArticle article = (ReadArticle) read;
            JekyllDocument doc = article.document();
            String sourcePath = article.file().sourcePath();
            String other = seen.putIfAbsent(doc.articleId(), sourcePath);
            if (other != null && !other.equals(sourcePath)) {
                outcomes.add(reject(new ArticleRejectedException(doc.articleId(), sourcePath, article.revision(),
                        "duplicate article id '" + doc.articleId() + "': " + other + " has the same file name", 0, 0,
                        "rename one of the two files"), stamp, history));
                continue;
            }
            String owner = permalinkOwners.get(doc.permalink());
            if (doc.unpublished() == null && owner != null && !owner.equals(doc.articleId())) {
                // Jekyll would silently write one page over the other: say which two collide instead.
                outcomes.add(reject(new ArticleRejectedException(doc.articleId(), sourcePath, article.revision(),
                        "permalink conflict: " + doc.permalink() + " is already the page of article " + owner, 0, 0,
                        "give one of the two a 'permalink' of its own in its front matter"), stamp, history));
                continue;
            }
            accepted.add(sourcePath);
            Article stored = existing.get(doc.articleId());
            // A file put back after it was removed from its site is published again, even unchanged.
            if (stored != null && stored.revision.equals(article.revision())
                    && !REMOVED.equals(stored.unpublishedReason)) {
                outcomes.add(Outcome.of(stored, Outcome.Status.UNCHANGED));
                continue;
            }
            Outcome.Status status = stored == null ? Outcome.Status.CREATED : Outcome.Status.UPDATED;
            if (stored == null) {
                stored = new Article();
                stored.id = doc.articleId();
                stored.createdAt = stamp;
            }
            if (stored.publishable()) {
                permalinkOwners.remove(stored.permalink);
            }
            stored.origin = origin;
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
            stored.embargoUntil = doc.embargoed() ? doc.date() : null;
            stored.updatedAt = stamp;
            // Announced before persist: a new article's row is then inserted as announced, not inserted and then
            // updated with its event sequence at the flush.
            announce(stored);
            stored.persist();
            if (stored.publishable()) {
                permalinkOwners.put(stored.permalink, stored.id);
            }
            history.record(stored.id, stored.revision, Revision.State.ACCEPTED, sourcePath, doc.unpublished());
            outcomes.add(Outcome.of(stored, status));
        }
        if (!accepted.isEmpty()) {
            ValueList bySourcePath = new ValueList("sourcePath", accepted);
            Rejection.delete(bySourcePath.condition(), bySourcePath.parameter());
        }
        return outcomes;
    }

    /** Records the event that brings readers to the article's current state: its page, or no page. */
    private void announce(Article article) {
        if (article.publishable()) {
            article.publishedRevision = article.revision;
            article.eventSequence++;
            outbox.record(EventType.ARTICLE_PARSED, article.id, toEvent(article));
        } else if (article.publishedRevision != null) {
            article.publishedRevision = null;
            // Its page goes: the same revision published again counts as served and checked only once it is again.
            article.renderedRevision = null;
            article.mediaRevision = null;
            article.eventSequence++;
            outbox.record(EventType.ARTICLE_UNPUBLISHED, article.id, new ArticleUnpublished(article.id,
                    article.revision, article.eventSequence, article.permalink, article.unpublishedReason));
        }
    }

    private Outcome reject(ArticleRejectedException e, OffsetDateTime now, Revision.History history) {
        Rejection r = Rejection.findById(e.sourcePath());
        if (r == null) {
            r = new Rejection();
            r.sourcePath = e.sourcePath();
        }
        boolean known = e.revision().equals(r.revision);
        r.articleId = e.articleId();
        r.revision = e.revision();
        r.message = e.getMessage();
        r.line = e.line();
        r.column = e.column();
        r.hint = e.hint();
        r.rejectedAt = now;
        r.persist();
        if (!known) {
            // The same broken file imported again is no news.
            try (EventLogContext context = EventLogContext.ofArticle(e.articleId())) {
                LOG.infof("%s refused, line %d: %s", e.sourcePath(), e.line(), e.getMessage());
            }
            history.record(e.articleId(), e.revision(), Revision.State.REJECTED, e.sourcePath(), e.getMessage());
            outbox.record(EventType.ARTICLE_REJECTED, e.articleId(), new ArticleRejected(e.articleId(),
                    e.sourcePath(), e.revision(), e.getMessage(), e.line(), e.column(), e.hint()));
        }
        return Outcome.rejected(e);
    }

    /**
     * Withdraws the articles of a site whose files are no longer there.
     *
     * @param present the ids of every file of the import, accepted or not
     * @return how many were withdrawn
     */
    public int withdrawMissing(String origin, Collection<String> present) {
        int withdrawn = QuarkusTransaction.requiringNew().call(() -> {
            // Ids only: loading every article of a 10,000-article site (bodies included) took seconds per import.
            List<String> goneIds = Panache.getEntityManager().createQuery("select a.id from Article a "
                    + "where a.origin = ?1 and a.unpublishedReason is null", String.class).setParameter(1, origin)
                    .getResultStream().filter(id -> !present.contains(id)).toList();
            if (goneIds.isEmpty()) {
                return 0;
            }
            List<Article> gone = Article.list("id in ?1", goneIds);
            Revision.History history = new Revision.History(goneIds);
            gone.forEach(a -> withdraw(a, REMOVED, history));
            return gone.size();
        });
        outbox.wakeUp();
        return withdrawn;
    }

    /**
     * Unpublishes an article on request; it stays stored, and a new revision of its file publishes it again.
     *
     * @return false when there is no such article
     */
    public boolean unpublish(String id) {
        boolean found = QuarkusTransaction.requiringNew().call(() -> {
            Article article = Article.findById(id);
            if (article == null) {
                return false;
            }
            if (article.publishable()) {
                withdraw(article, UNPUBLISHED_BY_REQUEST, new Revision.History(List.of(id)));
            }
            return true;
        });
        outbox.wakeUp();
        return found;
    }

    private void withdraw(Article article, String reason, Revision.History history) {
        article.unpublishedReason = reason;
        article.embargoUntil = null;
        article.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        history.record(article.id, article.revision, Revision.State.UNPUBLISHED, article.sourcePath, reason);
        announce(article);
    }

    /** Publishes the future-dated articles whose date has come, as a Jekyll build at that time would. */
    @Scheduled(every = "${rotative.ingest.embargo-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseEmbargoes() {
        int released = QuarkusTransaction.requiringNew().call(() -> {
            List<Article> due = Article.list("embargoUntil <= ?1", OffsetDateTime.now(ZoneOffset.UTC));
            for (Article article : due) {
                article.embargoUntil = null;
                article.unpublishedReason = null;
                announce(article);
            }
            return due.size();
        });
        if (released > 0) {
            LOG.infof("published %d articles whose embargo ended", released);
            outbox.wakeUp();
        }
    }

    private ArticleParsed toEvent(Article a) {
        boolean trusted = config.trustedSources().contains(ArticleSource.of(a.origin));
        return new ArticleParsed(a.id, a.revision, a.eventSequence, a.collection, a.sourcePath, a.permalink, a.title,
                a.articleDate, a.categories, a.tags, a.frontMatter, a.body, trusted);
    }
}

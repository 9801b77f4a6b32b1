package org.rotative.render.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jboss.logging.Logger;
import org.rotative.contract.event.ArticleRendered;
import org.rotative.contract.event.ArticleUnpublished;
import org.rotative.contract.event.ArticleWithdrawn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stores rendered pages, one transaction per batch. */
@ApplicationScoped
public class PageStore {

    private static final Logger LOG = Logger.getLogger(PageStore.class);

    /**
     * Inserts or updates the pages, in order. A page rendered from an event older than what is stored (a lower
     * sequence than the stored page or the article's withdrawal) is ignored and gets no event. A page whose permalink already belongs to another article is not stored
     * (the first article keeps its URL until it moves) and gets no event. Storing the same content again changes
     * nothing, not even {@code renderedAt}: redelivered events leave the same row.
     *
     * @return what was stored, one entry per page kept, in order
     */
    @Transactional
    public List<ArticleRendered> saveAll(Collection<RenderedPage> pages) {
        // Microseconds: what PostgreSQL keeps, so the events carry exactly the stored value.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // What the batch needs to know is read in three queries, not three per page.
        List<String> ids = pages.stream().map(RenderedPage::articleId).distinct().toList();
        Map<String, Page> current = new HashMap<>();
        Page.<Page>list("articleId in ?1", ids).forEach(p -> current.put(p.articleId, p));
        Map<String, Long> withdrawals = WithdrawnPage.latestSequences(ids);
        Map<String, String> holders = Page.holders(pages.stream().map(RenderedPage::permalink).distinct().toList());
        List<String> reclaimed = new ArrayList<>();
        List<ArticleRendered> stored = new ArrayList<>(pages.size());
        for (RenderedPage rendered : pages) {
            Page page = current.get(rendered.articleId());
            long newest = page != null ? page.sequence : withdrawals.getOrDefault(rendered.articleId(), -1L);
            if (newest > rendered.sequence()) {
                LOG.infof("article %s (revision %s, sequence %d) ignored: it arrived after sequence %d",
                        rendered.articleId(), rendered.revision(), rendered.sequence(), newest);
                continue;
            }
            String holder = holders.get(rendered.permalink());
            if (holder != null && !holder.equals(rendered.articleId())) {
                LOG.warnf("article %s (revision %s) not rendered: its permalink %s already belongs to article %s",
                        rendered.articleId(), rendered.revision(), rendered.permalink(), holder);
                continue;
            }
            reclaimed.add(rendered.permalink());
            if (page == null) {
                page = new Page();
                page.articleId = rendered.articleId();
                update(page, rendered, now);
                page.persist();
                current.put(page.articleId, page);
            } else if (!sameContent(page, rendered)) {
                // A page that moves frees its old permalink for the pages after it in the batch.
                holders.remove(page.permalink, page.articleId);
                update(page, rendered, now);
            }
            holders.put(page.permalink, page.articleId);
            stored.add(new ArticleRendered(page.articleId, page.revision, page.sequence, page.permalink,
                    page.renderedAt, sha256(page.pageHtml), rendered.warnings()));
        }
        if (!reclaimed.isEmpty()) {
            WithdrawnPage.delete("permalink in ?1", reclaimed);
        }
        return stored;
    }

    /**
     * Withdraws the pages of unpublished articles: each page is deleted and its permalink answers 410 from then on.
     * A withdrawal older than the stored page (lower sequence) is ignored; one that comes before the page it withdraws
     * (out of order) is remembered, so that the late page is not stored. Withdrawing again changes nothing (a
     * redelivered event).
     *
     * @return one event per withdrawal in force, in order, the redelivered ones included: whoever waits for the page to
     *         be gone learns it (an ignored withdrawal gets none: a newer event of the article is on its way)
     */
    @Transactional
    public List<ArticleWithdrawn> withdrawAll(Collection<ArticleUnpublished> withdrawals) {
        if (withdrawals.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // Two queries for the batch, not two per page: a site import can withdraw thousands at once.
        Map<String, Page> pages = new HashMap<>();
        Page.<Page>list("articleId in ?1", withdrawals.stream().map(ArticleUnpublished::articleId).toList())
                .forEach(p -> pages.put(p.articleId, p));
        List<String> permalinks = withdrawals.stream()
                .map(w -> pages.containsKey(w.articleId()) ? pages.get(w.articleId()).permalink : w.permalink())
                .filter(Objects::nonNull).distinct().toList();
        Map<String, WithdrawnPage> gone = new HashMap<>();
        if (!permalinks.isEmpty()) {
            WithdrawnPage.<WithdrawnPage>list("permalink in ?1", permalinks).forEach(g -> gone.put(g.permalink, g));
        }
        List<ArticleWithdrawn> withdrawn = new ArrayList<>(withdrawals.size());
        for (ArticleUnpublished withdrawal : withdrawals) {
            Page page = pages.remove(withdrawal.articleId());
            if (page != null && page.sequence > withdrawal.sequence()) {
                LOG.infof("withdrawal of %s (sequence %d) ignored: the page is at sequence %d",
                        withdrawal.articleId(), withdrawal.sequence(), page.sequence);
                continue;
            }
            String permalink = page != null ? page.permalink : withdrawal.permalink();
            WithdrawnPage gonePage = permalink == null ? null : gone.get(permalink);
            if (page != null || permalink != null && (gonePage == null || gonePage.sequence < withdrawal.sequence())) {
                boolean first = gonePage == null;
                if (first) {
                    gonePage = new WithdrawnPage();
                    gonePage.permalink = permalink;
                }
                gonePage.articleId = withdrawal.articleId();
                gonePage.sequence = withdrawal.sequence();
                gonePage.withdrawnAt = now;
                if (first) {
                    gonePage.persist();
                    gone.put(permalink, gonePage);
                }
                if (page != null) {
                    page.delete();
                }
                LOG.infof("page of %s withdrawn (%s): %s answers 410", withdrawal.articleId(), withdrawal.reason(),
                        permalink);
            }
            // A redelivered withdrawal keeps the time the page went.
            Instant withdrawnAt = gonePage != null && withdrawal.articleId().equals(gonePage.articleId)
                    ? gonePage.withdrawnAt : now;
            withdrawn.add(new ArticleWithdrawn(withdrawal.articleId(), withdrawal.revision(), withdrawal.sequence(),
                    permalink, withdrawnAt));
        }
        return withdrawn;
    }

    private static boolean sameContent(Page page, RenderedPage rendered) {
        return page.revision.equals(rendered.revision()) && page.sequence == rendered.sequence()
                && page.permalink.equals(rendered.permalink())
                && page.title.equals(rendered.title()) && page.bodyHtml.equals(rendered.bodyHtml())
                && page.pageHtml.equals(rendered.pageHtml())
                && Objects.equals(page.collection, rendered.collection())
                && Objects.equals(page.date(), rendered.date())
                && page.categories.equals(rendered.categories()) && page.tags.equals(rendered.tags())
                && Objects.equals(page.warnings, warnings(rendered));
    }

    private static void update(Page page, RenderedPage rendered, Instant now) {
        page.revision = rendered.revision();
        page.sequence = rendered.sequence();
        page.permalink = rendered.permalink();
        page.title = rendered.title();
        page.bodyHtml = rendered.bodyHtml();
        page.pageHtml = rendered.pageHtml();
        page.collection = rendered.collection();
        page.publishedAt = rendered.date() == null ? null : rendered.date().toInstant();
        page.publishedOffsetSeconds = rendered.date() == null ? null : rendered.date().getOffset().getTotalSeconds();
        // The same list objects: Hibernate tracks their changes.
        page.categories.clear();
        page.categories.addAll(rendered.categories());
        page.tags.clear();
        page.tags.addAll(rendered.tags());
        page.warnings = warnings(rendered);
        page.renderedAt = now;
    }

    private static String sha256(String html) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(html.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String warnings(RenderedPage rendered) {
        return rendered.warnings().isEmpty() ? null : String.join("\n", rendered.warnings());
    }
}

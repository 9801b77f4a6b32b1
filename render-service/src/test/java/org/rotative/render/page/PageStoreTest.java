package org.rotative.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleRendered;
import org.rotative.contract.event.ArticleUnpublished;
import org.rotative.contract.event.ArticleWithdrawn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** On the real database. */
@QuarkusTest
class PageStoreTest {

    @Inject
    PageStore store;

    private final String run = UUID.randomUUID().toString();

    @Test
    void storingTheSameContentAgainLeavesTheSameRow() {
        RenderedPage page = page("a", "r1", "/store/" + run + "/a/");
        ArticleRendered first = store.saveAll(List.of(page)).get(0);
        ArticleRendered again = store.saveAll(List.of(page)).get(0);

        assertEquals(first, again);
        Page stored = find(page.articleId());
        assertEquals("r1", stored.revision);
        assertEquals(first.renderedAt(), stored.renderedAt);
        assertEquals(page.pageHtml(), stored.pageHtml);
    }

    @Test
    void aNewRevisionReplacesThePage() {
        RenderedPage r1 = page("b", "r1", "/store/" + run + "/b/");
        ArticleRendered first = store.saveAll(List.of(r1)).get(0);
        RenderedPage r2 = page("b", "r2", "/store/" + run + "/b-moved/");
        ArticleRendered second = store.saveAll(List.of(r2)).get(0);

        assertEquals(new ArticleRendered(r2.articleId(), "r2", 1, r2.permalink(), second.renderedAt(),
                second.contentHash(), List.of()), second);
        assertEquals(64, second.contentHash().length());
        assertTrue(!second.renderedAt().isBefore(first.renderedAt()));
        assertEquals(r2.permalink(), find(r2.articleId()).permalink);
        // The old permalink is free again.
        assertEquals(1, store.saveAll(List.of(page("c", "r1", r1.permalink()))).size());
    }

    @Test
    void aPermalinkTakenByAnotherArticleIsSkipped() {
        String permalink = "/store/" + run + "/taken/";
        RenderedPage holder = page("holder", "r1", permalink);
        RenderedPage intruder = page("intruder", "r1", permalink);
        RenderedPage other = page("other", "r1", "/store/" + run + "/other/");

        // Within one batch too: the first one keeps it, the rest of the batch is stored.
        List<ArticleRendered> stored = store.saveAll(List.of(holder, intruder, other));

        assertEquals(List.of(holder.articleId(), other.articleId()),
                stored.stream().map(ArticleRendered::articleId).toList());
        assertNull(find(intruder.articleId()));
        assertEquals(List.of(), store.saveAll(List.of(intruder)));
        assertEquals(holder.articleId(), QuarkusTransaction.requiringNew()
                .call(() -> Page.findByPermalink(permalink).orElseThrow().articleId));
    }

    @Test
    void aLateEventNeverOverwritesANewerPage() {
        String permalink = "/store/" + run + "/late/";
        RenderedPage newer = page("late", "r2", 2, permalink);
        store.saveAll(List.of(newer));

        assertEquals(List.of(), store.saveAll(List.of(page("late", "r1", 1, permalink))));
        assertEquals("r2", find(newer.articleId()).revision);
        // A withdrawal older than the page leaves it.
        assertEquals(List.of(), store.withdrawAll(List.of(new ArticleUnpublished(newer.articleId(), "r1", 1,
                permalink, "late"))), "an ignored withdrawal is not announced");
        assertEquals(2, find(newer.articleId()).sequence);
    }

    @Test
    void aWithdrawalWinsOverTheRevisionsBeforeItEvenWhenTheyComeLater() {
        String permalink = "/store/" + run + "/withdrawn/";
        RenderedPage r1 = page("withdrawn", "r1", 1, permalink);
        store.saveAll(List.of(r1));
        ArticleUnpublished removed = new ArticleUnpublished(r1.articleId(), "r1", 3, permalink, "removed");
        List<ArticleWithdrawn> withdrawn = store.withdrawAll(List.of(removed));
        assertNull(find(r1.articleId()));
        assertEquals(1, withdrawn.size());
        assertEquals(r1.articleId(), withdrawn.get(0).articleId());
        assertEquals(3, withdrawn.get(0).sequence());
        assertEquals(permalink, withdrawn.get(0).permalink());
        // Delivered again: announced again, as of when the page went.
        assertEquals(withdrawn, store.withdrawAll(List.of(removed)));

        assertEquals(List.of(), store.saveAll(List.of(page("withdrawn", "r2", 2, permalink))));
        assertNull(find(r1.articleId()));
        // Published again afterwards: served again.
        assertEquals(1, store.saveAll(List.of(page("withdrawn", "r3", 4, permalink))).size());

        // A withdrawal that overtakes the article's first page is remembered too.
        String early = "/store/" + run + "/early/";
        assertEquals(List.of(early), store.withdrawAll(List.of(new ArticleUnpublished("store-test/" + run + "/early",
                "r1", 2, early, "x"))).stream().map(ArticleWithdrawn::permalink).toList());
        assertEquals(List.of(), store.saveAll(List.of(page("early", "r1", 1, early))));
    }

    private RenderedPage page(String name, String revision, String permalink) {
        return page(name, revision, 1, permalink);
    }

    private RenderedPage page(String name, String revision, long sequence, String permalink) {
        return new RenderedPage("store-test/" + run + "/" + name, revision, sequence, permalink, "Titre " + name,
                "<p>" + revision + "</p>", "<html><p>" + revision + "</p></html>", "store-test", null, List.of(),
                List.of(), List.of());
    }

    private static Page find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Page.findById(id));
    }
}

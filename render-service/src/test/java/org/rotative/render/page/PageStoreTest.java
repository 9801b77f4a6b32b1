package org.rotative.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleRendered;

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

        assertEquals(new ArticleRendered(r2.articleId(), "r2", r2.permalink(), second.renderedAt()), second);
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

    private RenderedPage page(String name, String revision, String permalink) {
        return new RenderedPage("store-test/" + run + "/" + name, revision, permalink, "Titre " + name,
                "<p>" + revision + "</p>", "<html><p>" + revision + "</p></html>", "store-test", null, List.of(),
                List.of(), List.of());
    }

    private static Page find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Page.findById(id));
    }
}

package org.rotative.render.page;

import java.time.Instant;

/**
 * What the API tells about a stored page.
 *
 * @param id         the article id
 * @param revision   the revision rendered
 * @param permalink  where the page is served
 * @param title      the page title
 * @param renderedAt when it was stored
 */
public record PageMetadata(String id, String revision, String permalink, String title, Instant renderedAt) {

    static PageMetadata of(Page page) {
        return new PageMetadata(page.articleId, page.revision, page.permalink, page.title, page.renderedAt);
    }
}

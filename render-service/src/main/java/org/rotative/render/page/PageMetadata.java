package org.rotative.render.page;

import java.time.Instant;
import java.util.List;

/**
 * What the API tells about a stored page.
 *
 * @param id         the article id
 * @param revision   the revision rendered
 * @param permalink  where the page is served
 * @param title      the page title
 * @param renderedAt when it was stored
 * @param warnings   why the body's Liquid was left as written, what of its Markdown was read otherwise than meant
 */
public record PageMetadata(String id, String revision, String permalink, String title, Instant renderedAt,
        List<String> warnings) {

    static PageMetadata of(Page page) {
        return new PageMetadata(page.articleId, page.revision, page.permalink, page.title, page.renderedAt,
                page.warnings == null ? List.of() : List.of(page.warnings.split("\n")));
    }
}

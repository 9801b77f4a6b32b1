package org.rotative.render.page;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article revision rendered, ready to be stored.
 *
 * @param articleId  the article
 * @param revision   the revision rendered
 * @param sequence   the sequence of the event it was rendered from
 * @param permalink  where it is served
 * @param title      the page title
 * @param bodyHtml   the article body alone
 * @param pageHtml   the complete HTML document
 * @param collection its collection, for the collection's index page
 * @param date       the article's date, or null
 * @param categories its categories, for their index pages
 * @param tags       its tags, for their index pages
 * @param warnings   why the body's Liquid was left as written, what of its Markdown was read otherwise than meant
 */
public record RenderedPage(String articleId, String revision, long sequence, String permalink, String title, String bodyHtml,
        String pageHtml, String collection, OffsetDateTime date, List<String> categories, List<String> tags,
        List<String> warnings) {
}

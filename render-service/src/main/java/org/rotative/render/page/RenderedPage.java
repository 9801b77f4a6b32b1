package org.rotative.render.page;

/**
 * One article revision rendered, ready to be stored.
 *
 * @param articleId the article
 * @param revision  the revision rendered
 * @param permalink where it is served
 * @param title     the page title
 * @param bodyHtml  the article body alone
 * @param pageHtml  the complete HTML document
 */
public record RenderedPage(String articleId, String revision, String permalink, String title, String bodyHtml,
        String pageHtml) {
}

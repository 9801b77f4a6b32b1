package org.rotative.render.page;

import java.util.List;

import io.quarkus.qute.RawString;

/**
 * What the page template shows. Everything is HTML-escaped by the template except the {@link RawString}s, which are
 * HTML made by the Markdown renderer.
 *
 * @param title      the article title
 * @param date       the article date, or null
 * @param categories front matter categories
 * @param tags       front matter tags
 * @param chapeau    the introduction (front matter {@code chapeau-text}), or null
 * @param images     the lead image or slides (front matter {@code une-ou-diaporama}), possibly empty
 * @param files      attached documents (front matter {@code files}), possibly empty
 * @param body       the article body
 */
public record PageView(String title, FrenchDate date, List<Label> categories, List<Label> tags, RawString chapeau,
        List<LeadImage> images, List<AttachedFile> files, RawString body) {
}

package org.rotative.render.page;

import java.util.List;

import io.quarkus.qute.RawString;

/**
 * What the page template shows. Everything is HTML-escaped by the template except the two {@link RawString}s, which
 * are HTML made by the Markdown renderer.
 *
 * @param title      the article title
 * @param date       ISO date for {@code <time datetime>}, or null
 * @param dateLabel  the same date as French readers write it ({@code 1 mars 2021}), or null
 * @param categories front matter categories
 * @param tags       front matter tags
 * @param chapeau    the introduction (front matter {@code chapeau-text}), or null
 * @param body       the article body
 */
public record PageView(String title, String date, String dateLabel, List<String> categories, List<String> tags,
        RawString chapeau, RawString body) {
}

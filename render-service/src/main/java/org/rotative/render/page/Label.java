package org.rotative.render.page;

/**
 * A category or tag of a page, linked to its index page.
 *
 * @param name as the front matter writes it
 * @param href its index page (ASCII), or null when the name makes no slug
 */
public record Label(String name, String href) {
}

package org.rotative.render.index;

import java.util.List;

import org.rotative.render.page.PageLink;

/**
 * One page of an index: the articles of a collection, category or tag.
 *
 * @param kind    what groups them, for people ({@code Catégorie})
 * @param name    the collection, category or tag
 * @param path    the index page's decoded path, without {@code ?page}
 * @param entries the articles of this page
 * @param total   how many articles the index has
 * @param number  this page's number, from 1
 * @param pages   how many pages the index has
 */
public record Listing(String kind, String name, String path, List<IndexEntry> entries, long total, int number,
        int pages) {

    /** The previous page's link, or null on the first page. */
    public String previous() {
        return number > 1 ? link(number - 1) : null;
    }

    /** The next page's link, or null on the last page. */
    public String next() {
        return number < pages ? link(number + 1) : null;
    }

    private String link(int page) {
        String href = PageLink.asciiPath(path).toString();
        return page == 1 ? href : href + "?page=" + page;
    }
}

package org.rotative.media.check;

/**
 * One {@code /uploads/} image an article references.
 *
 * @param path the upload path as written in the article, query and fragment removed ({@code /uploads/a%20b.jpg})
 * @param key  the store key it names, percent-decoded ({@code a b.jpg}); null when the path is not validly encoded
 */
public record ImageReference(String path, String key) {
}

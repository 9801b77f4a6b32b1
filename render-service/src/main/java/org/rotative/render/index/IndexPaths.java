package org.rotative.render.index;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Where the index pages are: {@code /categories/<slug>/}, {@code /tags/<slug>/} and {@code /<collection>/}, each
 * paginated with {@code ?page=N}. Slugs are Jekyll's {@code slugify} (default mode): lower case, every run of
 * characters other than letters and digits turned into one hyphen, accents kept.
 */
public final class IndexPaths {

    public static final String CATEGORIES = "/categories/";
    public static final String TAGS = "/tags/";

    /** The slug of a category or tag name; empty when it has no letter or digit. */
    public static String slug(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }

    /** The index page of a category, or null when its name makes no slug. */
    public static String category(String name) {
        return under(CATEGORIES, name);
    }

    /** The index page of a tag, or null when its name makes no slug. */
    public static String tag(String name) {
        return under(TAGS, name);
    }

    /** The index page of a collection. */
    public static String collection(String name) {
        return "/" + name + "/";
    }

    private static String under(String prefix, String name) {
        String slug = slug(name);
        return slug.isEmpty() ? null : prefix + slug + "/";
    }

    private IndexPaths() {
    }
}

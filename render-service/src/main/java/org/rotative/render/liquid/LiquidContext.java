package org.rotative.render.liquid;

import java.util.Map;
import java.util.Optional;

/**
 * What a body's Liquid can see, as Jekyll gives it: {@code site.*} (the site configuration), {@code page.*} (the
 * article's front matter and fields), the site's {@code _includes/} and the site's documents for {@code link} and
 * {@code post_url}.
 *
 * @param site     {@code site} variables
 * @param page     {@code page} variables
 * @param includes the site's include files, by name
 * @param links    permalinks of the site's documents
 */
public record LiquidContext(Map<String, Object> site, Map<String, Object> page, Includes includes,
        Links links) {

    /** The site's {@code _includes/} folder. */
    @FunctionalInterface
    public interface Includes {
        /** The text of {@code _includes/<name>}, or empty when there is none (or none can be read). */
        Optional<String> read(String name);
    }

    /** URLs of the site's documents. */
    public interface Links {
        /** The permalink of the document at this path of the site ({@code _posts/2016-03-23-x.markdown}). */
        Optional<String> link(String path);

        /** The permalink of a post by its file name without extension ({@code 2016-03-23-x}). */
        Optional<String> postUrl(String name);
    }

    /** No include and no document: what a body sees when nothing else is known. */
    public static final Includes NO_INCLUDES = name -> Optional.empty();
    public static final Links NO_LINKS = new Links() {
        @Override
        public Optional<String> link(String path) {
            return Optional.empty();
        }

        @Override
        public Optional<String> postUrl(String name) {
            return Optional.empty();
        }
    };
}

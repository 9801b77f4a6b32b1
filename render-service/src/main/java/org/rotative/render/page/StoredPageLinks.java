package org.rotative.render.page;

import java.util.Optional;
import java.util.regex.Pattern;

import org.rotative.render.liquid.LiquidContext;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * {@code {% link %}} and {@code {% post_url %}} in the service: the permalink of the stored page of the document
 * named. Article ids follow ingest's rule ({@code <collection>/<file name without extension>}, without the date for
 * posts). A document not rendered yet has no page: the tag fails and the body's Liquid is left as written.
 */
@ApplicationScoped
public class StoredPageLinks implements LiquidContext.Links {

    private static final String POSTS = "posts";
    private static final Pattern DATED = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    @Override
    @Transactional
    public Optional<String> link(String path) {
        // _actualites/sub/foo.markdown → actualites/foo
        if (!path.startsWith("_") || path.indexOf('/') < 0) {
            return Optional.empty();
        }
        String collection = path.substring(1, path.indexOf('/'));
        return permalink(collection, path.substring(path.lastIndexOf('/') + 1));
    }

    @Override
    @Transactional
    public Optional<String> postUrl(String name) {
        return permalink(POSTS, name.substring(name.lastIndexOf('/') + 1));
    }

    private static Optional<String> permalink(String collection, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String slug = POSTS.equals(collection) ? DATED.matcher(base).replaceFirst("") : base;
        return Optional.ofNullable(Page.<Page>findById(collection + "/" + slug)).map(page -> page.permalink);
    }
}

package org.rotative.render.index;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.rotative.render.RenderConfig;
import org.rotative.render.page.Page;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

/**
 * The lists of articles the site shows: per collection, category and tag (paginated), and the latest ones for the
 * feed and the sitemap. Newest first by the article's date; pages without a date come last.
 */
@ApplicationScoped
public class SiteIndex {

    private static final String ENTRY = "select new org.rotative.render.index.IndexEntry(p.title, p.permalink, "
            + "p.publishedAt, p.publishedOffsetSeconds, p.renderedAt) from Page p ";
    private static final String NEWEST_FIRST = " order by p.publishedAt desc nulls last, p.articleId";

    /** What an index page groups articles by. */
    enum Kind {
        COLLECTION("Collection"), CATEGORY("Catégorie"), TAG("Mot-clé");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Inject
    RenderConfig config;

    /**
     * The index page at a path ({@code /categories/<slug>/}, {@code /tags/<slug>/}, {@code /<collection>/}), or empty
     * when the path is none of them, names nothing stored, or the page number is past the last page.
     */
    public Optional<Listing> listing(String path, int number) {
        if (number < 1) {
            return Optional.empty();
        }
        String slug = segment(path, IndexPaths.CATEGORIES);
        if (slug != null) {
            return byLabel(Kind.CATEGORY, "categories", slug, IndexPaths::category, number);
        }
        slug = segment(path, IndexPaths.TAGS);
        if (slug != null) {
            return byLabel(Kind.TAG, "tags", slug, IndexPaths::tag, number);
        }
        String collection = segment(path, "/");
        if (collection == null) {
            return Optional.empty();
        }
        return page(Kind.COLLECTION, collection, IndexPaths.collection(collection), "where p.collection = :v",
                collection, number);
    }

    /** The latest articles by date, for the feed and the sitemap. */
    public List<IndexEntry> latest(int size) {
        return Panache.getEntityManager().createQuery(ENTRY + NEWEST_FIRST, IndexEntry.class).setMaxResults(size)
                .getResultList();
    }

    private Optional<Listing> byLabel(Kind kind, String field, String slug, UnaryOperator<String> path, int number) {
        // Several names may share a slug ("Open data", "open-data"): one index page for all of them.
        List<String> names = Panache.getEntityManager()
                .createQuery("select distinct l from Page p join p." + field + " l", String.class).getResultList()
                .stream().filter(name -> slug.equals(IndexPaths.slug(name))).sorted().toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return page(kind, names.get(0), path.apply(names.get(0)),
                "where exists (select 1 from Page q join q." + field + " l where q = p and l in :v)", names, number);
    }

    private Optional<Listing> page(Kind kind, String name, String path, String where, Object value, int number) {
        long total = Panache.getEntityManager().createQuery("select count(p) from Page p " + where, Long.class)
                .setParameter("v", value).getSingleResult();
        int size = config.indexPageSize();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        if (total == 0 || number > pages) {
            return Optional.empty();
        }
        TypedQuery<IndexEntry> query = Panache.getEntityManager()
                .createQuery(ENTRY + where + NEWEST_FIRST, IndexEntry.class).setParameter("v", value);
        List<IndexEntry> entries = query.setFirstResult((number - 1) * size).setMaxResults(size).getResultList();
        return Optional.of(new Listing(kind.label, name, path, entries, total, number, pages));
    }

    /** The one path segment after {@code prefix} in {@code /prefix<segment>/}, or null. */
    private static String segment(String path, String prefix) {
        if (!path.startsWith(prefix) || !path.endsWith("/") || path.length() <= prefix.length() + 1) {
            return null;
        }
        String segment = path.substring(prefix.length(), path.length() - 1);
        return segment.contains("/") ? null : segment;
    }
}

package org.rotative.render.page;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** The rendered page of an article, as served, with what the index pages, the feed and the sitemap list it by. */
@Entity
@Table(name = "page")
public class Page extends PanacheEntityBase {

    /** Column sizes: events with longer values are refused as invalid instead of failing their whole batch. */
    public static final int MAX_ID_LENGTH = 512;
    public static final int MAX_REVISION_LENGTH = 64;
    public static final int MAX_PERMALINK_LENGTH = 2048;
    public static final int MAX_COLLECTION_LENGTH = 256;

    @Id
    @Column(name = "article_id")
    public String articleId;
    public String revision;
    /** Sequence of the event this page was rendered from: events with a lower one arrived late and are ignored. */
    public long sequence;
    public String permalink;
    public String title;
    @Column(name = "body_html")
    public String bodyHtml;
    @Column(name = "page_html")
    public String pageHtml;
    @Column(name = "rendered_at")
    public Instant renderedAt;
    /** Collection name without its underscore, or null for a page stored before it was kept. */
    public String collection;
    /** The article's date, or null. */
    @Column(name = "published_at")
    public Instant publishedAt;
    /** The offset the date was written with: the day shown is the author's. */
    @Column(name = "published_offset_seconds")
    public Integer publishedOffsetSeconds;
    @ElementCollection
    @CollectionTable(name = "page_category", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> categories = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "page_tag", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> tags = new ArrayList<>();
    /** Why the body's Liquid was left as written, what of its Markdown was read otherwise; null when nothing. */
    public String warnings;

    public static Optional<Page> findByPermalink(String permalink) {
        return find("permalink", permalink).firstResultOptional();
    }

    /** What a reader gets at a permalink: the page's HTML and its revision, the ETag. */
    public record Served(String revision, String html) {
    }

    /**
     * The page served at this permalink: two columns of one row, not an entity with its body's HTML too. Readers,
     * and caches revalidating their copy, ask for pages far more often than pages change.
     */
    public static Optional<Served> servedAt(String permalink) {
        return getEntityManager().createQuery("select p.revision, p.pageHtml from Page p where p.permalink = ?1",
                Object[].class).setParameter(1, permalink).getResultStream()
                .map(row -> new Served((String) row[0], (String) row[1])).findFirst();
    }

    /** Which article holds each of these permalinks, for those that are taken. */
    static Map<String, String> holders(Collection<String> permalinks) {
        Map<String, String> holders = new HashMap<>();
        getEntityManager().createQuery("select p.permalink, p.articleId from Page p where p.permalink in ?1",
                Object[].class).setParameter(1, permalinks).getResultStream()
                .forEach(row -> holders.put((String) row[0], (String) row[1]));
        return holders;
    }

    /** The date as written (instant and offset), or null. */
    public OffsetDateTime date() {
        return dateOf(publishedAt, publishedOffsetSeconds);
    }

    /** A stored date back as written: the instant at its offset (UTC when none was kept); null stays null. */
    public static OffsetDateTime dateOf(Instant at, Integer offsetSeconds) {
        return at == null ? null : at.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds == null ? 0 : offsetSeconds));
    }
}

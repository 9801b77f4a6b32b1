package org.rotative.render.page;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The rendered page of an article, as served. */
@Entity
@Table(name = "page")
public class Page extends PanacheEntityBase {

    /** Column sizes: events with longer values are refused as invalid instead of failing their whole batch. */
    public static final int MAX_ID_LENGTH = 512;
    public static final int MAX_REVISION_LENGTH = 64;
    public static final int MAX_PERMALINK_LENGTH = 2048;

    @Id
    @Column(name = "article_id")
    public String articleId;
    public String revision;
    public String permalink;
    public String title;
    @Column(name = "body_html")
    public String bodyHtml;
    @Column(name = "page_html")
    public String pageHtml;
    @Column(name = "rendered_at")
    public Instant renderedAt;

    public static Optional<Page> findByPermalink(String permalink) {
        return find("permalink", permalink).firstResultOptional();
    }
}

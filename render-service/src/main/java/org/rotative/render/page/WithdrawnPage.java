package org.rotative.render.page;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A permalink whose article was unpublished: served as 410 Gone. */
@Entity
@Table(name = "withdrawn_page")
public class WithdrawnPage extends PanacheEntityBase {

    @Id
    public String permalink;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}

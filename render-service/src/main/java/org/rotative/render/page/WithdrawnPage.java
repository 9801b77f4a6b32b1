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
    /** Sequence of the withdrawal: a parsed event of the article with a lower one arrived late and is ignored. */
    public long sequence;

    /** The highest withdrawal sequence of an article, or -1 when it was never withdrawn. */
    static long latestSequence(String articleId) {
        Long latest = getEntityManager()
                .createQuery("select max(w.sequence) from WithdrawnPage w where w.articleId = ?1", Long.class)
                .setParameter(1, articleId).getSingleResult();
        return latest == null ? -1 : latest;
    }
}

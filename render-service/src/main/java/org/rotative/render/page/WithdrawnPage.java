package org.rotative.render.page;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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

    /** The highest withdrawal sequence of each of these articles that was ever withdrawn. */
    static Map<String, Long> latestSequences(Collection<String> articleIds) {
        Map<String, Long> latest = new HashMap<>();
        getEntityManager().createQuery("select w.articleId, max(w.sequence) from WithdrawnPage w "
                + "where w.articleId in ?1 group by w.articleId", Object[].class).setParameter(1, articleIds)
                .getResultStream().forEach(row -> latest.put((String) row[0], (Long) row[1]));
        return latest;
    }
}

package org.rotative.ingest.article;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** One step of an article's history: a revision accepted, rejected, or the article unpublished. */
@Entity
public class Revision extends PanacheEntityBase {

    public enum State {
        ACCEPTED, REJECTED, UNPUBLISHED
    }

    /** From a sequence, in blocks: the rows of a whole import batch are inserted in one JDBC batch (V9). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_ids")
    @SequenceGenerator(name = "revision_ids", sequenceName = "revision_id_seq", allocationSize = 50)
    public Long id;
    public String articleId;
    public String revision;
    @Enumerated(EnumType.STRING)
    public State state;
    public String sourcePath;
    public String detail;
    public OffsetDateTime createdAt;

    /**
     * The history of a set of articles within one transaction: their last steps are read in one query, and a step is
     * appended unless it is already the last one of its article (a file imported again).
     */
    static final class History {

        private final Map<String, Revision> last = new HashMap<>();

        History(Collection<String> articleIds) {
            if (!articleIds.isEmpty()) {
                ValueList byArticle = new ValueList("r.articleId", articleIds);
                Revision.<Revision>list("id in (select max(r.id) from Revision r where " + byArticle.condition()
                        + " group by r.articleId)", byArticle.parameter()).forEach(r -> last.put(r.articleId, r));
            }
        }

        void record(String articleId, String revision, State state, String sourcePath, String detail) {
            Revision previous = last.get(articleId);
            if (previous != null && previous.revision.equals(revision) && previous.state == state) {
                return;
            }
            Revision r = new Revision();
            r.articleId = articleId;
            r.revision = revision;
            r.state = state;
            r.sourcePath = sourcePath;
            r.detail = detail;
            r.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            r.persist();
            last.put(articleId, r);
        }
    }
}

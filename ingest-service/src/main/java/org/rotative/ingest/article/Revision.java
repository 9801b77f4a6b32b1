package org.rotative.ingest.article;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One step of an article's history: a revision accepted, rejected, or the article unpublished. */
@Entity
public class Revision extends PanacheEntityBase {

    public enum State {
        ACCEPTED, REJECTED, UNPUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String articleId;
    public String revision;
    @Enumerated(EnumType.STRING)
    public State state;
    public String sourcePath;
    public String detail;
    public OffsetDateTime createdAt;

    /** Appends a step, unless the last step of the article is already this one (a file imported again). */
    static void record(String articleId, String revision, State state, String sourcePath, String detail) {
        Revision last = find("articleId = ?1 order by id desc", articleId).firstResult();
        if (last != null && last.revision.equals(revision) && last.state == state) {
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
    }
}

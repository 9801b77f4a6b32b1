package org.rotative.ingest.article;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The latest refusal of a source file: what is wrong, where, and how to fix it. */
@Entity
public class Rejection extends PanacheEntityBase {

    @Id
    public String sourcePath;
    public String articleId;
    public String revision;
    public String message;
    public int line;
    @Column(name = "col")
    public int column;
    public String hint;
    public OffsetDateTime rejectedAt;
}

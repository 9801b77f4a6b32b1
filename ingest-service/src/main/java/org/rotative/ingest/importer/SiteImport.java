package org.rotative.ingest.importer;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One import of a site folder, with its counts: the import history. */
@Entity
public class SiteImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String siteDir;
    public OffsetDateTime startedAt;
    public OffsetDateTime finishedAt;
    /** Article files found; known once the folder has been read. */
    public int files;
    /** Files already stored or refused: the import's progress. */
    public int processed;
    public int accepted;
    public int unchanged;
    public int rejected;
    public int unpublished;
    public int withdrawn;
}

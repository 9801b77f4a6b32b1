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
    public int files;
    public int accepted;
    public int unchanged;
    public int rejected;
    public int unpublished;
}

package org.rotative.media.metadata;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An upload's metadata, as last read from one version of the file. */
@Entity
@Table(name = "image")
public class ImageRecord extends PanacheEntityBase {

    /** Column size of {@link #path}: longer keys are described without being recorded. */
    public static final int MAX_PATH_LENGTH = 1024;

    @Id
    public String path;
    public String version;
    public int width;
    public int height;
    public long bytes;
    public String sha256;
    public String format;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}

package org.rotative.ingest.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An article as last accepted, and how far the pipeline has carried its current revision. */
@Entity
public class Article extends PanacheEntityBase {

    @Id
    public String id;
    public String collection;
    public String sourcePath;
    public String permalink;
    public String title;
    @TimeZoneStorage(TimeZoneStorageType.COLUMN)
    public OffsetDateTime articleDate;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> categories;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> tags;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> frontMatter;
    @Column(columnDefinition = "text")
    public String body;
    public String revision;
    public String unpublishedReason;
    /** The revision last announced as published; null when none was, or the article was withdrawn since. */
    public String publishedRevision;
    /** Sequence of the last parsed or unpublished event recorded for the article: consumers order events by it. */
    public long eventSequence;
    public String renderedRevision;
    public OffsetDateTime renderedAt;
    public String mediaRevision;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> missingImages = List.of();
    /**
     * What the render service could not render as written in the current page (Liquid left as written, Markdown read
     * otherwise than meant).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> renderWarnings = List.of();
    /** The site folder it was imported from, or {@code api}. */
    public String origin;
    /** A future-dated article is held until then. */
    public OffsetDateTime embargoUntil;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    /** Whether Jekyll would publish it, hence whether it flows to render. */
    public boolean publishable() {
        return unpublishedReason == null;
    }
}

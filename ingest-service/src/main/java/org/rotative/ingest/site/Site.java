package org.rotative.ingest.site;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The site whose configuration applies to single-article uploads: the last one imported. */
@Entity
public class Site extends PanacheEntityBase {

    static final String CURRENT = "current";

    @Id
    public String id;
    public String siteDir;
    public String configYaml;
    public OffsetDateTime updatedAt;

    /** The configuration of the last imported site, or Jekyll's defaults when none was imported. */
    public static SiteConfig currentConfig() {
        Site site = findById(CURRENT);
        return site == null ? SiteConfig.empty() : SiteConfigReader.read(site.configYaml);
    }

    /** Makes this site's configuration the one uploads use. */
    public static void remember(String siteDir, SiteConfig config) {
        Site site = findById(CURRENT);
        if (site == null) {
            site = new Site();
            site.id = CURRENT;
        }
        site.siteDir = siteDir;
        site.configYaml = config.source();
        site.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        site.persist();
    }
}

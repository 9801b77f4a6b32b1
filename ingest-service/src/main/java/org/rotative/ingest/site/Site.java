package org.rotative.ingest.site;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

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

    /**
     * The configuration read last, kept to be reused while the stored YAML stays the same: every upload needs the
     * configuration, and reading its YAML took a sixth of an upload's CPU. The row is still read each time, so an
     * import through another instance applies at once.
     */
    private static volatile SiteConfig lastRead;

    /** The configuration of the last imported site, or Jekyll's defaults when none was imported. */
    public static SiteConfig currentConfig() {
        Site site = findById(CURRENT);
        if (site == null) {
            return SiteConfig.empty();
        }
        SiteConfig last = lastRead;
        if (last == null || !Objects.equals(last.source(), site.configYaml)) {
            last = SiteConfigReader.read(site.configYaml);
            lastRead = last;
        }
        return last;
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

package org.rotative.ingest.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.rotative.ingest.importer.SiteImport;

import io.quarkus.qute.TemplateExtension;

/** How the status page writes times and import durations: UTC, to the minute or second, short. */
@TemplateExtension
final class StatusFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private StatusFormat() {
    }

    /** {@code {date.utc}}: the instant in UTC, to the second; a dash when absent. */
    static String utc(OffsetDateTime time) {
        return time == null ? "–" : time.withOffsetSameInstant(ZoneOffset.UTC).format(TIME);
    }

    /** {@code {import.took}}: how long the import took, or has been running. */
    static String took(SiteImport siteImport) {
        OffsetDateTime end = siteImport.finishedAt != null ? siteImport.finishedAt : OffsetDateTime.now();
        Duration d = Duration.between(siteImport.startedAt, end);
        return d.toMinutes() > 0 ? "%d min %02d s".formatted(d.toMinutes(), d.toSecondsPart())
                : "%.1f s".formatted(d.toMillis() / 1000.0);
    }

    /** {@code {import.running}}: the import has not finished yet. */
    static boolean running(SiteImport siteImport) {
        return siteImport.finishedAt == null;
    }
}

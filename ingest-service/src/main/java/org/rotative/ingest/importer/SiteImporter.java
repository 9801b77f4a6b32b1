package org.rotative.ingest.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.rotative.ingest.IngestConfig;
import org.rotative.ingest.article.ArticleFile;
import org.rotative.ingest.article.ArticleIngestor;
import org.rotative.ingest.article.Outcome;
import org.rotative.ingest.article.RejectionView;
import org.rotative.ingest.site.CollectionConfig;
import org.rotative.ingest.site.Site;
import org.rotative.ingest.site.SiteConfig;
import org.rotative.ingest.site.SiteConfigReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Imports a Jekyll site folder: reads its {@code _config.yml}, then every Markdown document of every collection it
 * declares (and {@code _posts}), in batches, each file accepted or rejected on its own.
 */
@ApplicationScoped
public class SiteImporter {

    private static final Logger LOG = Logger.getLogger(SiteImporter.class);
    /** Jekyll's default {@code markdown_ext}. */
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("markdown", "mkdown", "mkdn", "mkd", "md");

    @Inject
    IngestConfig config;
    @Inject
    ArticleIngestor ingestor;

    /**
     * @throws SiteImportException when the folder is no site or its {@code _config.yml} cannot be read
     */
    public ImportReport importSite(Path siteDir) {
        long started = System.nanoTime();
        Path root = siteDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SiteImportException("not a folder: " + root);
        }
        SiteConfig site = readConfig(root);
        SiteImport history = QuarkusTransaction.requiringNew().call(() -> {
            Site.remember(root.toString(), site);
            SiteImport i = new SiteImport();
            i.siteDir = root.toString();
            i.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
            i.persist();
            return i;
        });

        List<String> skipped = new ArrayList<>();
        List<ArticleFile> files = collect(root, site, skipped);
        progress(history.id, "files = ?1", files.size());
        Map<String, String> seen = new HashMap<>();
        Tally tally = new Tally();
        for (int from = 0; from < files.size(); from += config.importBatchSize()) {
            List<ArticleFile> batch = files.subList(from, Math.min(files.size(), from + config.importBatchSize()));
            ingestor.ingest(site, root.toString(), batch, seen).forEach(tally::add);
            progress(history.id, "processed = ?1", from + batch.size());
        }
        int withdrawn = ingestor.withdrawMissing(root.toString(), seen.keySet());
        QuarkusTransaction.requiringNew().run(() -> SiteImport.update("finishedAt = ?1, accepted = ?2, "
                + "unchanged = ?3, rejected = ?4, unpublished = ?5, withdrawn = ?6 where id = ?7",
                OffsetDateTime.now(ZoneOffset.UTC), tally.accepted, tally.unchanged, tally.rejected.size(),
                tally.unpublished, withdrawn, history.id));
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("imported %s: %d files, %d accepted, %d unchanged, %d rejected, %d not published, %d withdrawn, "
                + "in %d ms", root, files.size(), tally.accepted, tally.unchanged, tally.rejected.size(),
                tally.unpublished, withdrawn, elapsed);
        return new ImportReport(history.id, root.toString(), files.size(), tally.accepted, tally.unchanged,
                tally.unpublished, withdrawn, tally.rejected, skipped, elapsed);
    }

    /** The import's outcomes, counted batch by batch: each holds its stored article, too much to keep for a site. */
    private static final class Tally {
        final List<RejectionView> rejected = new ArrayList<>();
        int accepted;
        int unchanged;
        int unpublished;

        void add(Outcome o) {
            if (o.rejection() != null) {
                rejected.add(RejectionView.of(o.rejection()));
            }
            accepted += o.status().changed() ? 1 : 0;
            unchanged += o.status() == Outcome.Status.UNCHANGED ? 1 : 0;
            unpublished += o.unpublished() != null ? 1 : 0;
        }
    }

    /** Makes the import's progress visible at once to {@code GET /api/imports/{id}}. */
    private static void progress(long importId, String assignment, int value) {
        QuarkusTransaction.requiringNew().run(() -> SiteImport.update(assignment + " where id = ?2", value, importId));
    }

    private static SiteConfig readConfig(Path root) {
        Path file = root.resolve("_config.yml");
        if (!Files.exists(file)) {
            return SiteConfig.empty();
        }
        try {
            return SiteConfigReader.read(Files.readString(file));
        } catch (IOException e) {
            throw new SiteImportException("cannot read " + file + ": " + e.getMessage());
        } catch (org.rotative.ingest.frontmatter.FrontMatterException e) {
            throw new SiteImportException(file + ", line " + e.line() + ", column " + e.column() + ": "
                    + e.getMessage());
        }
    }

    /** Every Markdown document of the site's collections, in a stable order. */
    private static List<ArticleFile> collect(Path root, SiteConfig site, List<String> skipped) {
        List<ArticleFile> files = new ArrayList<>();
        for (CollectionConfig collection : site.collections().values()) {
            Path dir = root.resolve("_" + collection.name());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String inCollection = dir.relativize(path).toString().replace('\\', '/');
                    if (hidden(inCollection)) {
                        continue;
                    }
                    if (!MARKDOWN_EXTENSIONS.contains(extension(path))) {
                        skipped.add("_" + collection.name() + "/" + inCollection);
                        continue;
                    }
                    files.add(new ArticleFile(collection.name(), inCollection, Files.readAllBytes(path)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir, e);
            }
        }
        return files;
    }

    /** Jekyll's entry filter skips dot files, backups ({@code ~}) and editor files ({@code #}). */
    private static boolean hidden(String pathInCollection) {
        for (String part : pathInCollection.split("/")) {
            if (part.startsWith(".") || part.startsWith("#") || part.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

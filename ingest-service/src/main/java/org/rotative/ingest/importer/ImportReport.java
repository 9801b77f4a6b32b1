package org.rotative.ingest.importer;

import java.util.List;

import org.rotative.ingest.article.RejectionView;

/**
 * The answer to a site import.
 *
 * @param importId    its id in the import history
 * @param siteDir     the imported folder
 * @param files       article files found
 * @param accepted    new or changed articles stored
 * @param unchanged   articles already stored at the same revision
 * @param unpublished accepted articles Jekyll would not publish (published: false, future date, output: false)
 * @param withdrawn   articles of this site whose file is gone: unpublished
 * @param rejected    files refused, each with its reason
 * @param skipped     files in collection folders that are not Markdown articles
 * @param elapsedMs   wall time of the import
 */
public record ImportReport(long importId, String siteDir, int files, int accepted, int unchanged, int unpublished,
        int withdrawn, List<RejectionView> rejected, List<String> skipped, long elapsedMs) {
}

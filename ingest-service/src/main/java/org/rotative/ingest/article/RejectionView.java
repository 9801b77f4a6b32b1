package org.rotative.ingest.article;

/**
 * A refused file, as REST answers and import reports show it.
 *
 * @param error  always {@code article rejected}
 * @param file   the file, relative to its site ({@code _actualites/foo.markdown})
 * @param line   1-based line of the problem, 0 when it does not apply
 * @param column 1-based column, 0 when it does not apply
 * @param detail what is wrong
 * @param hint   how to fix it
 */
public record RejectionView(String error, String file, int line, int column, String detail, String hint) {

    public static RejectionView of(ArticleRejectedException e) {
        return new RejectionView("article rejected", e.sourcePath(), e.line(), e.column(), e.getMessage(), e.hint());
    }
}

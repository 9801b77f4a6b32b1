package org.rotative.contract.event;

/**
 * An article file was refused: nothing of it is published, and the article keeps its last accepted revision.
 * Schema: {@code schemas/article-rejected-v1.json}.
 *
 * @param articleId  the article the file would be, also the record key
 * @param sourcePath the file, relative to its site
 * @param revision   SHA-256 of the refused bytes
 * @param message    what is wrong
 * @param line       1-based line in the file, 0 when it does not apply
 * @param column     1-based column, 0 when it does not apply
 * @param hint       how to fix it
 */
public record ArticleRejected(String articleId, String sourcePath, String revision, String message, int line,
        int column, String hint) {
}

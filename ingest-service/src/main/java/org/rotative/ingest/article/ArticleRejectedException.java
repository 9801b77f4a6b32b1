package org.rotative.ingest.article;

/**
 * An article file refused, with everything its author needs: the file, the line and column (1-based, 0 when it does
 * not apply), what is wrong and how to fix it.
 */
public class ArticleRejectedException extends RuntimeException {

    private final String articleId;
    private final String sourcePath;
    private final String revision;
    private final int line;
    private final int column;
    private final String hint;

    public ArticleRejectedException(String articleId, String sourcePath, String revision, String message, int line,
            int column, String hint) {
        super(message);
        this.articleId = articleId;
        this.sourcePath = sourcePath;
        this.revision = revision;
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    /** The article the file would be. */
    public String articleId() {
        return articleId;
    }

    public String sourcePath() {
        return sourcePath;
    }

    public String revision() {
        return revision;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String hint() {
        return hint;
    }
}

package org.rotative.ingest.article;

import org.rotative.ingest.frontmatter.FrontMatterException;

/**
 * An article file refused, with everything its author needs: the problem (what is wrong, the 1-based line and column,
 * 0 when they do not apply, how to fix it), and which file, article and revision it concerns.
 */
public class ArticleRejectedException extends FrontMatterException {

    private final String articleId;
    private final String sourcePath;
    private final String revision;

    public ArticleRejectedException(String articleId, String sourcePath, String revision, String message, int line,
            int column, String hint) {
        super(message, line, column, hint);
        this.articleId = articleId;
        this.sourcePath = sourcePath;
        this.revision = revision;
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
}

package org.rotative.ingest.frontmatter;

/**
 * An article that cannot be read: says what is wrong, where (1-based line and column in the file, 0 when it does not
 * apply) and how to fix it.
 */
public class FrontMatterException extends RuntimeException {

    private final int line;
    private final int column;
    private final String hint;

    public FrontMatterException(String message, int line, int column, String hint) {
        super(message);
        this.line = line;
        this.column = column;
        this.hint = hint;
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

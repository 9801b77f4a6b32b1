package org.rotative.ingest.status;

import java.util.Arrays;
import java.util.Optional;

/** Where an article stands in the pipeline, as the status page shows it and filters by. */
public enum ArticleState {
    /** Stored and announced; its page is not served at this revision yet. */
    ACCEPTED("accepted"),
    /** Its page is served at its current revision. */
    RENDERED("rendered"),
    /** Its latest file was refused; an earlier accepted revision, if any, is still served. */
    REJECTED("rejected"),
    /** Jekyll would not publish it (published: false, future date, withdrawn). */
    NOT_PUBLISHED("not published"),
    /** Published, but some of the /uploads images it references do not exist. */
    MISSING_IMAGES("missing images");

    private final String label;

    ArticleState(String label) {
        this.label = label;
    }

    /** The word shown on the page, and the value of the {@code state} filter. */
    public String label() {
        return label;
    }

    /** The state named by a filter value; empty for blank or unknown values, which filter nothing. */
    public static Optional<ArticleState> of(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}

package org.rotative.media;

/**
 * A request the service refuses, with the HTTP status and the {@link ErrorResponse} that say why; REST resources
 * answer it as JSON.
 */
public class RefusedRequestException extends RuntimeException {

    private final int status;
    private final String error;

    public RefusedRequestException(int status, String error, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    /** What kind of error, the {@code error} of the JSON body; the message is its {@code detail}. */
    public String error() {
        return error;
    }
}

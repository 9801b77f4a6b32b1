package org.rotative.media.resize;

/**
 * A resize that cannot be done for this image or right now: the HTTP status and the JSON error say why.
 */
public class ImageRejectedException extends RuntimeException {

    private final int status;
    private final String error;

    public ImageRejectedException(int status, String error, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.error = error;
    }

    static ImageRejectedException unsupported(String detail) {
        return new ImageRejectedException(415, "unsupported image", detail, null);
    }

    static ImageRejectedException unprocessable(String error, String detail, Throwable cause) {
        return new ImageRejectedException(422, error, detail, cause);
    }

    static ImageRejectedException busy(String detail) {
        return new ImageRejectedException(503, "busy", detail, null);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}

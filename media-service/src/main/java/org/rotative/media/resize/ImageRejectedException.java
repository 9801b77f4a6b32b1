package org.rotative.media.resize;

import org.rotative.media.RefusedRequestException;

/**
 * A resize that cannot be done for this image or right now: the HTTP status and the JSON error say why.
 */
public class ImageRejectedException extends RefusedRequestException {

    public ImageRejectedException(int status, String error, String detail, Throwable cause) {
        super(status, error, detail, cause);
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

    static ImageRejectedException timedOut(String detail) {
        return new ImageRejectedException(503, "resize timed out", detail, null);
    }
}

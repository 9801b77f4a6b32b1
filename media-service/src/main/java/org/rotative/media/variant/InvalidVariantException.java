package org.rotative.media.variant;

import org.rotative.media.RefusedRequestException;

/** A variant URL whose parameters make no sense: 400, the error naming the parameter's problem. */
public class InvalidVariantException extends RefusedRequestException {

    public InvalidVariantException(String error, String detail) {
        super(400, error, detail, null);
    }
}

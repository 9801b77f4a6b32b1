package org.rotative.media.signing;

import org.rotative.media.RefusedRequestException;

/** A variant URL that needs a signature and has no valid one: 403. */
public class InvalidSignatureException extends RefusedRequestException {

    public InvalidSignatureException(String error, String detail) {
        super(403, error, detail, null);
    }
}

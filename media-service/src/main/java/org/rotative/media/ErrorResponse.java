package org.rotative.media;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON body of every error answer.
 *
 * @param error  what kind of error
 * @param detail what exactly is wrong
 */
public record ErrorResponse(String error, String detail) {

    /** An error answer: JSON, never cached (the same URL may work a moment later). */
    public static Response answer(int status, String error, String detail) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new ErrorResponse(error, detail))
                .build();
    }
}

package org.rotative.media;

/**
 * The JSON body of every error answer.
 *
 * @param error  what kind of error
 * @param detail what exactly is wrong
 */
public record ErrorResponse(String error, String detail) {
}

package org.rotative.render;

/**
 * The JSON body of every error answer of the API.
 *
 * @param error  what kind of error
 * @param detail what exactly is wrong
 */
public record ErrorResponse(String error, String detail) {
}

package org.rotative.media.resize;

/**
 * An encoded, resized image.
 *
 * @param bytes     the encoded image
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param width     pixels, as displayed
 * @param height    pixels, as displayed
 */
public record ResizedImage(byte[] bytes, String mediaType, int width, int height) {
}

package org.rotative.media.resize;

import org.rotative.media.variant.Format;

/**
 * An encoded, resized image.
 *
 * @param bytes  the encoded image, without metadata
 * @param format its encoding
 * @param width  pixels, as displayed
 * @param height pixels, as displayed
 */
public record ResizedImage(byte[] bytes, Format format, int width, int height) {

    /** {@code image/jpeg}, {@code image/png} or {@code image/webp}. */
    public String mediaType() {
        return format.mediaType();
    }
}

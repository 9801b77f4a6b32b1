package org.rotative.media.resize;

/**
 * What an image's header says.
 *
 * @param width  pixels, as displayed (Exif orientation applied)
 * @param height pixels, as displayed
 * @param format the decoder's name for the format: {@code jpeg}, {@code png}, {@code gif}, {@code webp}…
 */
public record ImageInfo(int width, int height, String format) {
}

package org.rotative.media.resize;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageReader;

/**
 * What the header of an upload says, read by ImageIO before anything is decoded: the budgets are checked on it, and
 * both engines size the variants from it, so that they agree on every dimension.
 *
 * @param storedWidth  pixels as stored
 * @param storedHeight pixels as stored
 * @param orientation  how the stored pixels must be turned to be displayed upright
 * @param format       the decoder's name for the format: {@code jpeg}, {@code png}, {@code gif}, {@code webp}…
 */
record SourceHeader(int storedWidth, int storedHeight, Orientation orientation, String format) {

    /** Sources resized to JPEG when opaque; everything else (PNG, GIF, BMP…) stays lossless as PNG. */
    private static final Set<String> LOSSY_FORMATS = Set.of("jpeg", "webp");

    static SourceHeader of(ImageReader reader) throws IOException {
        return new SourceHeader(reader.getWidth(0), reader.getHeight(0), Orientation.of(reader.getImageMetadata(0)),
                reader.getFormatName().toLowerCase(Locale.ROOT));
    }

    long pixels() {
        return (long) storedWidth * storedHeight;
    }

    int displayedWidth() {
        return orientation.swapsAxes() ? storedHeight : storedWidth;
    }

    int displayedHeight() {
        return orientation.swapsAxes() ? storedWidth : storedHeight;
    }

    boolean lossy() {
        return LOSSY_FORMATS.contains(format);
    }
}

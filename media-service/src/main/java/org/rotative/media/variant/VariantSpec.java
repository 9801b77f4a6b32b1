package org.rotative.media.variant;

import java.util.Locale;

/**
 * What a variant is, once its URL is understood: the box, how the image fits it, and the encoding.
 *
 * @param width   pixels, 0 when the box has no width (scaled to the height)
 * @param height  pixels, 0 when the box has no height (scaled to the width)
 * @param fit     how the image meets a box with both sides; {@link Fit#INSIDE} otherwise
 * @param format  the encoding, or null for the source's own family: JPEG for an opaque JPEG or WebP, PNG otherwise
 * @param quality 1 to 100 for JPEG and WebP, 0 for the configured default
 */
public record VariantSpec(int width, int height, Fit fit, Format format, int quality) {

    public VariantSpec {
        if (width < 0 || height < 0 || (width == 0 && height == 0)) {
            throw new IllegalArgumentException("a variant needs a width or a height, not " + width + " x " + height);
        }
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be between 1 and 100, not " + quality);
        }
        fit = width > 0 && height > 0 ? fit : Fit.INSIDE;
    }

    /** A width alone, in the source's format family. */
    public static VariantSpec width(int width) {
        return new VariantSpec(width, 0, Fit.INSIDE, null, 0);
    }

    /** The same box in another format, or the source's family when {@code format} is null. */
    public VariantSpec withFormat(Format format) {
        return new VariantSpec(width, height, fit, format, quality);
    }

    /** A stable text for cache keys and ETags: two specs are the same variant exactly when these are equal. */
    public String canonical() {
        return String.format(Locale.ROOT, "w%d-h%d-%s-%s-q%d", width, height, fit.parameter(),
                format == null ? "source" : format.parameter(), quality);
    }
}

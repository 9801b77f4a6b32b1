package org.rotative.media.resize;

import org.rotative.media.variant.Fit;
import org.rotative.media.variant.VariantSpec;

/**
 * Where the pixels of a variant go, in displayed axes: the whole image is scaled to {@code scaled}, then cropped
 * around its centre or centred on a padded box of {@code output}. Never larger than the source: a box larger than the
 * image keeps the image at its size (for cover, the crop keeps the box's proportions).
 *
 * @param scaledWidth  the whole image's width once scaled
 * @param scaledHeight the whole image's height once scaled
 * @param outputWidth  the variant's width
 * @param outputHeight the variant's height
 */
record Geometry(int scaledWidth, int scaledHeight, int outputWidth, int outputHeight) {

    static Geometry of(int width, int height, VariantSpec spec) {
        int w = spec.width();
        int h = spec.height();
        boolean box = w > 0 && h > 0;
        // The side that sets the scale: for inside and contain the one the box is relatively tighter on, for
        // cover the other one. Compared in integers, so that w alone scales exactly as w/width.
        boolean byWidth = h == 0 || (w > 0 && ((long) w * height <= (long) h * width) != (spec.fit() == Fit.COVER));
        int scaledWidth;
        int scaledHeight;
        if (byWidth) {
            scaledWidth = Math.min(w, width);
            scaledHeight = scaled(height, scaledWidth, width);
        } else {
            scaledHeight = Math.min(h, height);
            scaledWidth = scaled(width, scaledHeight, height);
        }
        if (box && spec.fit() == Fit.COVER) {
            return byWidth
                    ? new Geometry(scaledWidth, scaledHeight, scaledWidth,
                            Math.min(scaledHeight, scaled(h, scaledWidth, w)))
                    : new Geometry(scaledWidth, scaledHeight, Math.min(scaledWidth, scaled(w, scaledHeight, h)),
                            scaledHeight);
        }
        if (box && spec.fit() == Fit.CONTAIN) {
            return new Geometry(scaledWidth, scaledHeight, w, h);
        }
        return new Geometry(scaledWidth, scaledHeight, scaledWidth, scaledHeight);
    }

    /** {@code length × numerator / denominator}, rounded, at least 1. */
    private static int scaled(int length, int numerator, int denominator) {
        return (int) Math.max(1, Math.round((double) length * numerator / denominator));
    }

    /** Whether the variant is the whole image at its own size. */
    boolean isWhole(int width, int height) {
        return scaledWidth == width && scaledHeight == height && outputWidth == width && outputHeight == height;
    }

    /** Whether the box is larger than the scaled image on a side: padding shows there. */
    boolean pads() {
        return outputWidth > scaledWidth || outputHeight > scaledHeight;
    }
}

package org.rotative.media.resize;

import java.util.Locale;

import org.rotative.media.MediaConfig;
import org.rotative.media.variant.Format;
import org.rotative.media.variant.VariantSpec;

/**
 * How variants are encoded, whatever the engine: the format a spec leaves to the source, default qualities, the
 * colour transparency is flattened on for JPEG.
 *
 * @param jpegQuality 1 to 100
 * @param webpQuality 1 to 100
 * @param background  {@code 0xrrggbb}
 */
record Encoding(int jpegQuality, int webpQuality, int background) {

    static Encoding of(MediaConfig config) {
        return new Encoding(quality(config.jpegQuality(), "rotative.media.jpeg-quality"),
                quality(config.webpQuality(), "rotative.media.webp-quality"), color(config.background()));
    }

    private static int quality(int quality, String key) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException(key + " must be between 1 and 100, not " + quality);
        }
        return quality;
    }

    private static int color(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("rotative.media.background must be #rrggbb, not '" + hex + "'");
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    /** The spec's format, or the source's family: PNG for transparency and lossless sources, JPEG otherwise. */
    Format format(VariantSpec spec, boolean alpha, SourceHeader source) {
        return spec.format() != null ? spec.format() : alpha || !source.lossy() ? Format.PNG : Format.JPEG;
    }

    /** The spec's quality, or the format's default. */
    int quality(VariantSpec spec, Format format) {
        return spec.quality() > 0 ? spec.quality() : format == Format.JPEG ? jpegQuality : webpQuality;
    }

    /** Everything here that the bytes of a variant depend on, for cache keys. */
    String settings() {
        return String.format(Locale.ROOT, "jq%d-wq%d-bg%06x", jpegQuality, webpQuality, background);
    }
}

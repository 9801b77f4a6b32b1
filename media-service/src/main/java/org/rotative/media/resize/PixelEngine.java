package org.rotative.media.resize;

import java.io.IOException;
import java.util.Map;

import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.VariantSpec;

/**
 * Decodes, resizes and encodes the variants of an image whose header passed the budgets: libvips when the JVM can
 * call it ({@link VipsEngine}), Java 2D otherwise ({@link Java2dEngine}). Both give the dimensions of
 * {@link Geometry}, upright, without metadata, and turn bad data into an {@link ImageRejectedException}.
 */
interface PixelEngine {

    /** What resizes, for the start-up log: {@code libvips 8.14.1 via FFM}, {@code pure Java}. */
    String description();

    /** A short name that is part of the cache keys: variants of different engines differ in their bytes. */
    String name();

    /**
     * @param geometries each spec's geometry, in displayed axes, none of them the whole original unchanged
     * @return each spec's variant, in the order of {@code geometries}
     */
    Map<VariantSpec, ResizedImage> render(StoredFile file, SourceHeader header, Map<VariantSpec, Geometry> geometries,
            Deadline deadline) throws IOException;
}

package org.rotative.media.resize;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.rotative.media.resize.ForeignFunctions.Type;

/**
 * The few libvips 8.13+ calls the media service makes ({@code libvips.so.42}, Debian's {@code libvips42}), through
 * {@link ForeignFunctions}. Images are {@code VipsImage *} addresses, released with {@link #unref}. A call that fails
 * throws {@link VipsException} with libvips' error message. Signatures are those of the libvips 8.14 headers; the
 * variadic ones take their optional arguments as {@code "name", value} pairs ended by NULL.
 */
final class Vips {

    static final String LIBRARY = "libvips.so.42";

    /** VipsSize: exactly the given width and height. */
    private static final int SIZE_FORCE = 3;
    /** VipsFailOn: fail on truncated files (libvips' default only warns). */
    private static final int FAIL_ON_TRUNCATED = 1;
    /** VipsInterpretation. */
    static final int CMYK = 15;
    private static final int B_W = 1;
    private static final int SRGB = 22;
    /** Bytes per sample of each VipsBandFormat: uchar, char, ushort, short, uint, int, float, complex, double… */
    private static final int[] SAMPLE_BYTES = {1, 1, 2, 2, 4, 4, 4, 8, 8, 16};

    private final ForeignFunctions library;
    private final String version;
    private final MethodHandle errorBuffer;
    private final MethodHandle errorClear;
    private final MethodHandle objectUnref;
    private final MethodHandle gFree;
    private final MethodHandle newFromBuffer;
    private final MethodHandle thumbnailBuffer;
    private final MethodHandle thumbnailImage;
    private final MethodHandle iccTransform;
    private final MethodHandle newMemory;
    private final MethodHandle write;
    private final MethodHandle setKill;
    private final MethodHandle width;
    private final MethodHandle height;
    private final MethodHandle bands;
    private final MethodHandle format;
    private final MethodHandle interpretation;
    private final MethodHandle hasAlpha;
    private final MethodHandle data;
    private final MethodHandle newFromMemory;
    private final MethodHandle copyAs;
    private final MethodHandle rotate;
    private final MethodHandle flip;
    private final MethodHandle extractArea;
    private final MethodHandle embed;
    private final MethodHandle addAlpha;
    private final MethodHandle writeToBuffer;
    /** C strings made once and kept: option names and save suffixes (a few dozen at most). */
    private final Map<String, Long> strings = new ConcurrentHashMap<>();

    /**
     * Loads and initialises libvips: no operation cache (the service has its own variant cache, and thumbnails of
     * buffers are not cached anyway), {@code threads} worker threads per image, untrusted loaders blocked.
     *
     * @throws UnsupportedOperationException with the reason, when libvips 8.13+ cannot be used from this JVM
     */
    Vips(int threads) {
        library = ForeignFunctions.open(LIBRARY);
        MethodHandle init = library.function("vips_init", Type.INT, Type.POINTER);
        MethodHandle versionOf = library.function("vips_version", Type.INT, Type.INT);
        try {
            int major = (int) versionOf.invokeExact(0);
            int minor = (int) versionOf.invokeExact(1);
            int micro = (int) versionOf.invokeExact(2);
            version = major + "." + minor + "." + micro;
            if (major < 8 || (major == 8 && minor < 13)) {
                throw new UnsupportedOperationException("libvips " + version + " is older than 8.13");
            }
            if ((int) init.invokeExact(string("rotative-media")) != 0) {
                throw new UnsupportedOperationException("vips_init failed");
            }
            library.function("vips_cache_set_max", null, Type.INT).invokeExact(0);
            library.function("vips_concurrency_set", null, Type.INT).invokeExact(threads);
            // Loaders libvips marks as untrusted (ImageMagick, MATLAB, FITS…) are never offered hostile bytes.
            library.function("vips_block_untrusted_set", null, Type.INT).invokeExact(1);
        } catch (Throwable e) {
            throw ForeignFunctions.rethrow(e);
        }
        errorBuffer = library.function("vips_error_buffer", Type.POINTER);
        errorClear = library.function("vips_error_clear", null);
        objectUnref = library.function("g_object_unref", null, Type.POINTER);
        gFree = library.function("g_free", null, Type.POINTER);
        newFromBuffer = library.variadic("vips_image_new_from_buffer", 3, Type.POINTER, Type.POINTER, Type.SIZE,
                Type.POINTER, Type.POINTER);
        Type[] thumbnailOptions = {Type.POINTER, Type.INT, Type.POINTER, Type.INT, Type.POINTER, Type.INT,
                Type.POINTER, Type.INT, Type.POINTER};
        // The loader's own options too: in libvips 8.14 the thumbnail's fail_on does not reach a buffer's loader.
        thumbnailBuffer = library.variadic("vips_thumbnail_buffer", 4, Type.INT,
                concat(new Type[] {Type.POINTER, Type.SIZE, Type.POINTER, Type.INT, Type.POINTER, Type.POINTER},
                        thumbnailOptions));
        thumbnailImage = library.variadic("vips_thumbnail_image", 3, Type.INT,
                concat(new Type[] {Type.POINTER, Type.POINTER, Type.INT}, thumbnailOptions));
        iccTransform = library.variadic("vips_icc_transform", 3, Type.INT, Type.POINTER, Type.POINTER, Type.POINTER,
                Type.POINTER, Type.INT, Type.POINTER);
        newMemory = library.function("vips_image_new_memory", Type.POINTER);
        write = library.function("vips_image_write", Type.INT, Type.POINTER, Type.POINTER);
        setKill = library.function("vips_image_set_kill", null, Type.POINTER, Type.INT);
        width = library.function("vips_image_get_width", Type.INT, Type.POINTER);
        height = library.function("vips_image_get_height", Type.INT, Type.POINTER);
        bands = library.function("vips_image_get_bands", Type.INT, Type.POINTER);
        format = library.function("vips_image_get_format", Type.INT, Type.POINTER);
        interpretation = library.function("vips_image_get_interpretation", Type.INT, Type.POINTER);
        hasAlpha = library.function("vips_image_hasalpha", Type.INT, Type.POINTER);
        data = library.function("vips_image_get_data", Type.POINTER, Type.POINTER);
        newFromMemory = library.function("vips_image_new_from_memory", Type.POINTER, Type.POINTER, Type.SIZE,
                Type.INT, Type.INT, Type.INT, Type.INT);
        copyAs = library.variadic("vips_copy", 2, Type.INT, Type.POINTER, Type.POINTER, Type.POINTER, Type.INT,
                Type.POINTER);
        rotate = library.variadic("vips_rot", 3, Type.INT, Type.POINTER, Type.POINTER, Type.INT, Type.POINTER);
        flip = library.variadic("vips_flip", 3, Type.INT, Type.POINTER, Type.POINTER, Type.INT, Type.POINTER);
        extractArea = library.variadic("vips_extract_area", 6, Type.INT, Type.POINTER, Type.POINTER, Type.INT,
                Type.INT, Type.INT, Type.INT, Type.POINTER);
        embed = library.variadic("vips_embed", 6, Type.INT, Type.POINTER, Type.POINTER, Type.INT, Type.INT,
                Type.INT, Type.INT, Type.POINTER);
        addAlpha = library.variadic("vips_addalpha", 2, Type.INT, Type.POINTER, Type.POINTER, Type.POINTER);
        writeToBuffer = library.variadic("vips_image_write_to_buffer", 4, Type.INT, Type.POINTER, Type.POINTER,
                Type.POINTER, Type.POINTER, Type.POINTER);
    }

    private static Type[] concat(Type[] a, Type[] b) {
        Type[] all = new Type[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** {@code major.minor.micro} of the loaded library. */
    String version() {
        return version;
    }

    /** libvips' failure of the last call, as an exception; its error buffer is emptied. */
    static final class VipsException extends RuntimeException {
        VipsException(String message) {
            super(message);
        }
    }

    /** Native memory for the bytes of a source, freed with {@link #free}. */
    long allocate(long bytes) {
        return library.allocate(bytes);
    }

    void free(long pointer) {
        library.free(pointer);
    }

    void copy(byte[] source, int offset, long pointer, int length) {
        library.write(source, offset, pointer, length);
    }

    /**
     * The image in a buffer, header only (pixels are decoded when needed, in one top-to-bottom pass); truncated
     * data fails the decoding.
     */
    long header(long buffer, long length) {
        long image = call(() -> (long) newFromBuffer.invokeExact(buffer, length,
                string("access=sequential,fail_on=truncated"), 0L));
        if (image == 0) {
            throw error("cannot read the header");
        }
        return image;
    }

    /**
     * The image in a buffer shrunk to exactly {@code width × height} as stored (the Exif orientation is left to
     * the caller), in sRGB or grey, shrinking while decoding when the format allows it (JPEG, WebP).
     */
    long thumbnail(long buffer, long length, int width, int height) {
        return output(out -> (int) thumbnailBuffer.invokeExact(buffer, length, out, width, string("option_string"),
                string("fail_on=truncated"), string("height"), height,
                string("size"), SIZE_FORCE, string("no_rotate"), 1, string("fail_on"), FAIL_ON_TRUNCATED, 0L));
    }

    /** As {@link #thumbnail}, from an image already opened (no shrinking while decoding). */
    long thumbnailOf(long image, int width, int height) {
        return output(out -> (int) thumbnailImage.invokeExact(image, out, width, string("height"), height,
                string("size"), SIZE_FORCE, string("no_rotate"), 1, string("fail_on"), FAIL_ON_TRUNCATED, 0L));
    }

    /** The image converted to sRGB with its embedded ICC profile (libvips' fallback profile when it has none). */
    long toSrgb(long image) {
        return output(out -> (int) iccTransform.invokeExact(image, out, string("srgb"), string("embedded"), 1, 0L));
    }

    /** A new, empty image in memory, for {@link #write}. */
    long memoryImage() {
        long image = call(() -> (long) newMemory.invokeExact());
        if (image == 0) {
            throw error("cannot make an image in memory");
        }
        return image;
    }

    /** Computes {@code image} into {@code memory}: where decoding and resizing happen. */
    void write(long image, long memory) {
        if (call(() -> (int) write.invokeExact(image, memory)) != 0) {
            throw error("cannot compute the image");
        }
    }

    /** Stops the computation of an image into memory ({@link #write} then fails), from any thread. */
    void kill(long image) {
        call(() -> {
            setKill.invokeExact(image, 1);
            return 0;
        });
    }

    int width(long image) {
        return call(() -> (int) width.invokeExact(image));
    }

    int height(long image) {
        return call(() -> (int) height.invokeExact(image));
    }

    int interpretation(long image) {
        return call(() -> (int) interpretation.invokeExact(image));
    }

    boolean hasAlpha(long image) {
        return call(() -> (int) hasAlpha.invokeExact(image)) != 0;
    }

    /**
     * The pixels of a computed image as a new image that shares them and nothing else: no Exif, XMP, IPTC or ICC
     * field of the upload can reach an encoder. {@code computed} must outlive it.
     */
    long pixelsOnly(long computed) {
        int w = width(computed);
        int h = height(computed);
        int b = call(() -> (int) bands.invokeExact(computed));
        int f = call(() -> (int) format.invokeExact(computed));
        long pixels = call(() -> (long) data.invokeExact(computed));
        if (pixels == 0) {
            throw error("cannot read the pixels");
        }
        long size = (long) w * h * b * SAMPLE_BYTES[f];
        long bare = call(() -> (long) newFromMemory.invokeExact(pixels, size, w, h, b, f));
        if (bare == 0) {
            throw error("cannot wrap the pixels");
        }
        try {
            // Only the colour space is stated again, so that alpha is recognised as alpha (grey + alpha has 2 bands).
            int space = b < 3 ? B_W : SRGB;
            return output(out -> (int) copyAs.invokeExact(bare, out, string("interpretation"), space, 0L));
        } finally {
            unref(bare);
        }
    }

    /** VipsAngle: 0, 90, 180 or 270 degrees clockwise. */
    long rotate(long image, int quarterTurns) {
        return output(out -> (int) rotate.invokeExact(image, out, quarterTurns, 0L));
    }

    /** Mirrored left to right. */
    long flipHorizontally(long image) {
        return output(out -> (int) flip.invokeExact(image, out, 0, 0L));
    }

    long crop(long image, int left, int top, int width, int height) {
        return output(out -> (int) extractArea.invokeExact(image, out, left, top, width, height, 0L));
    }

    /** The image at ({@code x}, {@code y}) of a larger transparent box; it must have an alpha band. */
    long pad(long image, int x, int y, int width, int height) {
        return output(out -> (int) embed.invokeExact(image, out, x, y, width, height, 0L));
    }

    /** The image with an opaque alpha band added. */
    long withAlpha(long image) {
        return output(out -> (int) addAlpha.invokeExact(image, out, 0L));
    }

    /** The image encoded by the saver a suffix names, with its options: {@code .jpg[Q=82,strip]}. */
    byte[] encode(long image, String suffix) {
        long slots = library.allocate(16);
        try {
            if (call(() -> (int) writeToBuffer.invokeExact(image, string(suffix), slots, slots + 8, 0L)) != 0) {
                throw error("cannot encode as " + suffix);
            }
            long buffer = library.readLong(slots);
            long length = library.readLong(slots + 8);
            try {
                byte[] bytes = new byte[Math.toIntExact(length)];
                library.read(buffer, bytes, 0, bytes.length);
                return bytes;
            } finally {
                call(() -> {
                    gFree.invokeExact(buffer);
                    return 0;
                });
            }
        } finally {
            library.free(slots);
        }
    }

    /** Releases an image (and, once nothing refers to them, the images it was made from). 0 is ignored. */
    void unref(long image) {
        if (image != 0) {
            call(() -> {
                objectUnref.invokeExact(image);
                return 0;
            });
        }
    }

    private interface Operation {
        int run(long out) throws Throwable;
    }

    /** Runs an operation whose result is written to an output pointer; the image it made. */
    private long output(Operation operation) {
        long slot = library.allocate(8);
        try {
            if (call(() -> operation.run(slot)) != 0) {
                throw error("operation failed");
            }
            return library.readLong(slot);
        } finally {
            library.free(slot);
        }
    }

    private interface Call<T> {
        T run() throws Throwable;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (Throwable e) {
            throw ForeignFunctions.rethrow(e);
        }
    }

    /** libvips' error buffer, emptied, as an exception; {@code fallback} when it is empty. */
    private VipsException error(String fallback) {
        String message = call(() -> library.readString((long) errorBuffer.invokeExact())).trim();
        call(() -> {
            errorClear.invokeExact();
            return 0;
        });
        return new VipsException(message.isEmpty() ? fallback : message.replaceAll("\\s+", " "));
    }

    /** A C string kept for the life of the process. */
    private long string(String text) {
        return strings.computeIfAbsent(text, library::cString);
    }
}

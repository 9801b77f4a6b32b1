package org.rotative.media.resize;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.rotative.media.resize.Vips.VipsException;
import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.Format;
import org.rotative.media.variant.VariantSpec;

/**
 * Variants made by libvips, called through Java's FFM API: what {@code vipsthumbnail} does (shrinking while decoding
 * JPEG and WebP, Lanczos resampling, one top-to-bottom pass, pixels outside the Java heap): several times the
 * throughput of {@link Java2dEngine} in about 60 % of its memory (bench/RESULTS.md, media; media-service/README.md).
 * <p>
 * The source is copied once into native memory and every variant made from that copy: libvips re-checks the header
 * of these very bytes against ImageIO's, fails on truncated data, and computes each variant into memory under a
 * watchdog that stops it at the deadline. Sizes, orientation and framing follow {@link Geometry} and the Exif
 * orientation ImageIO read, as the Java engine does; a CMYK upload is converted to sRGB with its own ICC profile.
 * Encoders get the pixels alone, without any field of the upload.
 */
final class VipsEngine implements PixelEngine {

    /** libvips' message for bytes no loader recognises. */
    private static final Pattern NOT_AN_IMAGE = Pattern.compile("(?i)not a known|not in a known format");
    /** libvips' (and its decoders') messages for missing or damaged data. */
    private static final Pattern DAMAGED = Pattern.compile(
            "(?i)corrupt|truncat|premature end|not enough (image )?data|out of data|read error");
    /** Stops computations that pass their deadline; one daemon thread for the whole service. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "vips-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private static Vips shared;
    private static UnsupportedOperationException unavailable;

    private final Encoding encoding;
    private final Vips vips;

    private VipsEngine(Encoding encoding, Vips vips) {
        this.encoding = encoding;
        this.vips = vips;
    }

    /**
     * The engine, on libvips loaded once per process (the library is process-wide, and so is a failure to load it).
     * Each resize gets the machine's cores divided among the {@code concurrentResizes} that may run at once.
     *
     * @throws UnsupportedOperationException saying why libvips cannot be used from this JVM
     */
    static synchronized VipsEngine load(Encoding encoding, int concurrentResizes) {
        if (unavailable != null) {
            throw unavailable;
        }
        if (shared == null) {
            try {
                shared = new Vips(Math.max(1, Runtime.getRuntime().availableProcessors()
                        / Math.max(1, concurrentResizes)));
            } catch (RuntimeException | LinkageError e) {
                unavailable = e instanceof UnsupportedOperationException u ? u
                        : new UnsupportedOperationException("cannot call " + Vips.LIBRARY + ": " + e, e);
                throw unavailable;
            }
        }
        return new VipsEngine(encoding, shared);
    }

    @Override
    public String description() {
        return "libvips " + vips.version() + " via FFM";
    }

    @Override
    public String name() {
        return "vips";
    }

    @Override
    public Map<VariantSpec, ResizedImage> render(StoredFile file, SourceHeader header,
            Map<VariantSpec, Geometry> geometries, Deadline deadline) throws IOException {
        long capacity = Math.max(1, file.size());
        long buffer = vips.allocate(capacity);
        try {
            long length = load(file, buffer, capacity);
            boolean cmyk = check(file.key(), buffer, length, header);
            Map<VariantSpec, ResizedImage> results = new LinkedHashMap<>();
            for (Map.Entry<VariantSpec, Geometry> entry : geometries.entrySet()) {
                results.put(entry.getKey(), variant(buffer, length, cmyk, header, entry.getKey(), entry.getValue(),
                        deadline));
                deadline.check();
            }
            return results;
        } catch (VipsException e) {
            throw rejection(file.key(), e, deadline);
        } finally {
            vips.free(buffer);
        }
    }

    /** Copies the file into native memory, at most {@code capacity} bytes (its size when it was found). */
    private long load(StoredFile file, long buffer, long capacity) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        long length = 0;
        try (InputStream in = file.open()) {
            int n;
            while (length < capacity && (n = in.read(chunk, 0, (int) Math.min(chunk.length, capacity - length))) > 0) {
                vips.copy(chunk, 0, buffer + length, n);
                length += n;
            }
        }
        return length;
    }

    /**
     * libvips' own reading of the header of the bytes it will decode: not larger than what ImageIO read and the
     * budgets were checked on (the file may have been replaced since).
     *
     * @return whether the image is CMYK
     */
    private boolean check(String key, long buffer, long length, SourceHeader header) {
        long image = vips.header(buffer, length);
        try {
            long pixels = (long) vips.width(image) * vips.height(image);
            if (pixels > header.pixels()) {
                throw ImageRejectedException.unprocessable("image too large", String.format(Locale.ROOT,
                        "%s is %d x %d pixels for libvips, more than its header said (%d x %d)", key,
                        vips.width(image), vips.height(image), header.storedWidth(), header.storedHeight()), null);
            }
            return vips.interpretation(image) == Vips.CMYK;
        } finally {
            vips.unref(image);
        }
    }

    private ResizedImage variant(long buffer, long length, boolean cmyk, SourceHeader header, VariantSpec spec,
            Geometry g, Deadline deadline) {
        Orientation orientation = header.orientation();
        // Scaled as stored; turned upright afterwards, from the orientation ImageIO read, as the Java engine does.
        int width = orientation.swapsAxes() ? g.scaledHeight() : g.scaledWidth();
        int height = orientation.swapsAxes() ? g.scaledWidth() : g.scaledHeight();
        Deque<Long> images = new ArrayDeque<>();
        try {
            long scaled;
            if (cmyk) {
                // libvips' thumbnail converts CMYK with a generic profile: the upload's own one gives its colours.
                long opened = keep(images, vips.header(buffer, length));
                scaled = keep(images, vips.thumbnailOf(keep(images, vips.toSrgb(opened)), width, height));
            } else {
                scaled = keep(images, vips.thumbnail(buffer, length, width, height));
            }
            long computed = keep(images, computeBefore(scaled, deadline));
            boolean alpha = vips.hasAlpha(computed);
            long image = keep(images, vips.pixelsOnly(computed));
            if (orientation.quarterTurns() > 0) {
                image = keep(images, vips.rotate(image, orientation.quarterTurns()));
            }
            if (orientation.mirrored()) {
                image = keep(images, vips.flipHorizontally(image));
            }
            image = frame(images, image, g);
            Format format = encoding.format(spec, alpha, header);
            byte[] bytes = vips.encode(image, suffix(format, encoding.quality(spec, format)));
            if (format == Format.WEBP) {
                bytes = WebpContainer.withoutMetadata(bytes);
            }
            return new ResizedImage(bytes, format, vips.width(image), vips.height(image));
        } finally {
            // Last made first: an image may share the pixels of an earlier one.
            while (!images.isEmpty()) {
                vips.unref(images.pop());
            }
        }
    }

    private static long keep(Deque<Long> images, long image) {
        images.push(image);
        return image;
    }

    /** Decodes and resizes into memory; past the deadline, the watchdog stops it. */
    private long computeBefore(long image, Deadline deadline) {
        long memory = vips.memoryImage();
        Object guard = new Object();
        boolean[] running = {true};
        // Once disarmed (under the guard), the watchdog no longer touches the image, which may then be released.
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            synchronized (guard) {
                if (running[0]) {
                    vips.kill(memory);
                }
            }
        }, Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        boolean computed = false;
        try {
            vips.write(image, memory);
            computed = true;
            return memory;
        } finally {
            alarm.cancel(false);
            synchronized (guard) {
                running[0] = false;
            }
            if (!computed) {
                vips.unref(memory);
            }
        }
    }

    /** The scaled image cropped around its centre (cover) or centred on a transparent box (contain). */
    private long frame(Deque<Long> images, long image, Geometry g) {
        int w = vips.width(image);
        int h = vips.height(image);
        if (g.pads()) {
            long transparent = vips.hasAlpha(image) ? image : keep(images, vips.withAlpha(image));
            return keep(images, vips.pad(transparent, (g.outputWidth() - w) / 2, (g.outputHeight() - h) / 2,
                    g.outputWidth(), g.outputHeight()));
        }
        if (g.outputWidth() != w || g.outputHeight() != h) {
            return keep(images, vips.crop(image, (w - g.outputWidth()) / 2, (h - g.outputHeight()) / 2,
                    g.outputWidth(), g.outputHeight()));
        }
        return image;
    }

    /** The saver and its options; JPEG flattens transparency on the configured background. */
    private String suffix(Format format, int quality) {
        int rgb = encoding.background();
        return switch (format) {
            case JPEG -> String.format(Locale.ROOT, ".jpg[Q=%d,strip,background=%d %d %d]", quality, rgb >> 16,
                    (rgb >> 8) & 0xff, rgb & 0xff);
            case WEBP -> String.format(Locale.ROOT, ".webp[Q=%d,strip]", quality);
            case PNG -> ".png[strip]";
        };
    }

    /** libvips' failure as the service's answer: 503 past the deadline, 415 for no image, 422 otherwise. */
    static ImageRejectedException rejection(String key, VipsException e, Deadline deadline) {
        if (deadline.passed()) {
            return deadline.timedOut();
        }
        String message = e.getMessage();
        if (NOT_AN_IMAGE.matcher(message).find()) {
            return ImageRejectedException.unsupported(key + " is not an image this service can read: " + message);
        }
        if (DAMAGED.matcher(message).find()) {
            return ImageRejectedException.unprocessable("damaged image", key + " is truncated or corrupt: " + message,
                    e);
        }
        return ImageRejectedException.unprocessable("undecodable image", key + " cannot be decoded: " + message, e);
    }
}

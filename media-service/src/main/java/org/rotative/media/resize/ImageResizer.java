package org.rotative.media.resize;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.jboss.logging.Logger;
import org.rotative.media.MediaConfig;
import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.VariantSpec;

import com.luciad.imageio.webp.WebPImageReaderSpi;

import io.micrometer.core.annotation.Timed;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Makes variants of images. Hostile files are expected: the format is sniffed from the bytes (never the name), the
 * file size and the dimensions read from the header by ImageIO are checked against budgets before any pixel is
 * decoded, damaged data fails the resize, at most a few resizes run at once and each is aborted past a time limit, so
 * a bad or huge upload costs a 4xx or a 503, never the memory or a worker.
 * <p>
 * The pixels are made by libvips through Java's FFM API when the JVM (22 or later) and the machine
 * ({@code libvips42}) allow it, by ImageIO and Java 2D otherwise ({@code rotative.media.resizer}); the start-up log
 * says which. Either way every variant is encoded from pixels alone: no Exif (GPS position, camera), XMP or ICC
 * metadata of the upload survives in it.
 */
@Singleton
public class ImageResizer {

    /** Duration of each resize, slot wait included (a histogram, for percentiles in Prometheus). */
    static final String RESIZE_TIMER = "rotative.media.resize";

    private static final Logger LOG = Logger.getLogger(ImageResizer.class);

    /** Part of {@link #settings()}: bump it when the resizing changes, so that caches drop old variants. */
    private static final String GENERATION = "r2";

    static {
        // WebP is decoded by TwelveMonkeys' pure-Java reader: a decoder bug on a hostile file is then an exception,
        // not a crashed JVM. libwebp (webp-imageio) only encodes the pixels this service produced. Matched by class
        // name: ImageIO may have loaded the provider through another class loader than this class's.
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.getServiceProviders(ImageReaderSpi.class, true).forEachRemaining(spi -> {
            if (spi.getClass().getName().equals(WebPImageReaderSpi.class.getName())) {
                registry.deregisterServiceProvider(spi, ImageReaderSpi.class);
            }
        });
    }

    private final long maxPixels;
    private final long maxSourceBytes;
    private final Encoding encoding;
    private final PixelEngine engine;
    private final Semaphore slots;
    private final Duration wait;
    private final Duration timeout;

    @Inject
    public ImageResizer(MediaConfig config) {
        this(config, choose(config, Encoding.of(config)));
    }

    ImageResizer(MediaConfig config, PixelEngine engine) {
        this.maxPixels = config.maxMegapixels() * 1_000_000L;
        this.maxSourceBytes = config.maxSourceSize().asLongValue();
        this.encoding = Encoding.of(config);
        this.engine = engine;
        this.slots = new Semaphore(config.resizeConcurrency(), true);
        this.wait = config.resizeWait();
        this.timeout = config.resizeTimeout();
    }

    /**
     * The engine {@code rotative.media.resizer} asks for: {@code auto} takes libvips when it can be called and says
     * why not otherwise, {@code libvips} refuses to start without it, {@code java} never tries it.
     */
    static PixelEngine choose(MediaConfig config, Encoding encoding) {
        String wanted = config.resizer();
        return switch (wanted) {
            case "java" -> new Java2dEngine(encoding, "rotative.media.resizer=java");
            case "auto", "libvips" -> {
                try {
                    yield VipsEngine.load(encoding, config.resizeConcurrency());
                } catch (UnsupportedOperationException e) {
                    if (wanted.equals("libvips")) {
                        throw new IllegalStateException("rotative.media.resizer=libvips, but libvips cannot be "
                                + "used: " + e.getMessage(), e);
                    }
                    yield new Java2dEngine(encoding, e.getMessage());
                }
            }
            default -> throw new IllegalArgumentException("rotative.media.resizer must be auto, libvips or java, not '"
                    + wanted + "'");
        };
    }

    /** Says at start-up what resizes (./pipeline up repeats it in its summary). */
    void report(@Observes StartupEvent event) {
        LOG.infof("Resizing with %s", engine.description());
    }

    /** What makes the pixels: {@code libvips 8.14.1 via FFM}, or pure Java and why. */
    public String engine() {
        return engine.description();
    }

    /** Everything besides the source and the spec that the pixels of a variant depend on: part of its cache key. */
    public String settings() {
        return GENERATION + "-" + engine.name() + "-" + encoding.settings();
    }

    /**
     * The variant of an image, as displayed (Exif orientation applied).
     *
     * @return empty when the original is the answer: no format asked and no resize needed (never upscale)
     * @throws ImageRejectedException 415 when the file is no image this service reads, 422 when it is too large or
     *                                damaged, 503 when every resize slot stayed busy or the resize took too long
     * @throws IOException            when the file cannot be read from its store
     */
    @Timed(value = RESIZE_TIMER, histogram = true, description = "Time to make variants of one image")
    public Optional<ResizedImage> resize(StoredFile file, VariantSpec spec) throws IOException {
        return resizeAll(file, List.of(spec)).get(spec);
    }

    /**
     * Several variants of one image from one decoding (the presets of an image, made ahead of readers).
     *
     * @return each spec's variant, empty when the original is the answer
     * @throws ImageRejectedException as {@link #resize}
     * @throws IOException            as {@link #resize}
     */
    @Timed(value = RESIZE_TIMER, histogram = true, description = "Time to make variants of one image")
    public Map<VariantSpec, Optional<ResizedImage>> resizeAll(StoredFile file, List<VariantSpec> specs)
            throws IOException {
        if (file.size() > maxSourceBytes) {
            throw ImageRejectedException.unprocessable("file too large", String.format(Locale.ROOT,
                    "%s is %,d bytes, above the %,d byte limit of resized files (rotative.media.max-source-size)",
                    file.key(), file.size(), maxSourceBytes), null);
        }
        acquireSlot();
        try {
            Deadline deadline = Deadline.after(timeout, file.key());
            SourceHeader header = read(file, SourceHeader::of);
            if (header.pixels() > maxPixels) {
                throw ImageRejectedException.unprocessable("image too large", String.format(Locale.ROOT,
                        "%s is %d x %d pixels (%.1f megapixels), above the %d megapixel limit", file.key(),
                        header.storedWidth(), header.storedHeight(), header.pixels() / 1e6, maxPixels / 1_000_000),
                        null);
            }
            Map<VariantSpec, Geometry> geometries = new LinkedHashMap<>();
            for (VariantSpec spec : specs) {
                Geometry geometry = Geometry.of(header.displayedWidth(), header.displayedHeight(), spec);
                if (spec.format() != null || !geometry.isWhole(header.displayedWidth(), header.displayedHeight())) {
                    geometries.put(spec, geometry);
                }
            }
            Map<VariantSpec, ResizedImage> made = geometries.isEmpty() ? Map.of()
                    : engine.render(file, header, geometries, deadline);
            Map<VariantSpec, Optional<ResizedImage>> results = new LinkedHashMap<>();
            for (VariantSpec spec : specs) {
                results.put(spec, Optional.ofNullable(made.get(spec)));
            }
            return results;
        } finally {
            slots.release();
        }
    }

    /**
     * The image's dimensions as displayed and its format, from its header alone (no slot needed, nothing decoded).
     *
     * @throws ImageRejectedException 415 when the file is no image this service reads, 422 when its header is damaged
     * @throws IOException            when the file cannot be read from its store
     */
    public ImageInfo describe(StoredFile file) throws IOException {
        SourceHeader header = read(file, SourceHeader::of);
        return new ImageInfo(header.displayedWidth(), header.displayedHeight(), header.format());
    }

    interface ReaderTask<T> {
        T run(ImageReader reader) throws IOException;
    }

    /** Runs a task on the image reader of a file; whatever the decoder throws becomes a clean rejection. */
    static <T> T read(StoredFile file, ReaderTask<T> task) throws IOException {
        try (InputStream in = file.open(); ImageInputStream stream = new MemoryCacheImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw ImageRejectedException.unsupported(file.key() + " is not an image this service can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true);
                return task.run(reader);
            } catch (ImageRejectedException e) {
                throw e;
            } catch (EOFException e) {
                // The file ends inside its header: damaged, not a failure of the store.
                throw ImageRejectedException.unprocessable("truncated image",
                        file.key() + " ends before its " + reader.getFormatName() + " header does", e);
            } catch (IIOException | RuntimeException e) {
                // Decoders fed hostile bytes throw anything (IIOException, IllegalArgumentException, index errors).
                LOG.debugf(e, "Cannot decode %s", file.key());
                throw ImageRejectedException.unprocessable("undecodable image",
                        file.key() + " cannot be decoded as " + reader.getFormatName() + ": " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private void acquireSlot() {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ImageRejectedException.busy("every resize slot stayed busy for " + wait.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ImageRejectedException.busy("interrupted while waiting for a resize slot");
        }
    }
}

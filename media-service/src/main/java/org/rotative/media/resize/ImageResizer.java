package org.rotative.media.resize;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jboss.logging.Logger;
import org.rotative.media.MediaConfig;
import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.Fit;
import org.rotative.media.variant.Format;
import org.rotative.media.variant.VariantSpec;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPWriteParam;

import io.micrometer.core.annotation.Timed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Makes variants of images with ImageIO and Java 2D. Hostile files are expected: the format is sniffed from the bytes
 * (never the name), the file size and the dimensions read from the header are checked against budgets before any
 * pixel is decoded, decoder warnings about damaged data fail the resize, at most a few resizes run at once and each
 * is aborted past a time limit, so a bad or huge upload costs a 4xx or a 503, never the heap or a worker.
 * <p>
 * Every variant is encoded from pixels alone: no Exif (GPS position, camera), XMP or ICC metadata of the upload
 * survives in it.
 */
@Singleton
public class ImageResizer {

    /** Duration of each resize, slot wait included (a histogram, for percentiles in Prometheus). */
    static final String RESIZE_TIMER = "rotative.media.resize";

    private static final Logger LOG = Logger.getLogger(ImageResizer.class);

    /** Decoder warnings that mean pixels are missing (libjpeg's "Premature end…", "Corrupt JPEG data…"). */
    private static final Pattern DAMAGED = Pattern.compile("(?i)corrupt|truncat|premature end");
    /** Sources resized to JPEG when opaque; everything else (PNG, GIF, BMP…) stays lossless as PNG. */
    private static final Set<String> LOSSY_FORMATS = Set.of("jpeg", "webp");
    /**
     * Decoded images stay at least this many times the size they are scaled to: the decoder skips the rest
     * (subsampling, the main speed and memory lever), the halving steps of {@link #downscale} filter what remains.
     */
    private static final int DECODE_MARGIN = 2;
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
    private final int jpegQuality;
    private final int webpQuality;
    private final Color background;
    private final Semaphore slots;
    private final Duration wait;
    private final Duration timeout;

    @Inject
    public ImageResizer(MediaConfig config) {
        this.maxPixels = config.maxMegapixels() * 1_000_000L;
        this.maxSourceBytes = config.maxSourceSize().asLongValue();
        this.jpegQuality = quality(config.jpegQuality(), "rotative.media.jpeg-quality");
        this.webpQuality = quality(config.webpQuality(), "rotative.media.webp-quality");
        this.background = color(config.background());
        this.slots = new Semaphore(config.resizeConcurrency(), true);
        this.wait = config.resizeWait();
        this.timeout = config.resizeTimeout();
    }

    private static int quality(int quality, String key) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException(key + " must be between 1 and 100, not " + quality);
        }
        return quality;
    }

    private static Color color(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("rotative.media.background must be #rrggbb, not '" + hex + "'");
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** Everything besides the source and the spec that the pixels of a variant depend on: part of its cache key. */
    public String settings() {
        return String.format(Locale.ROOT, "%s-jq%d-wq%d-bg%06x", GENERATION, jpegQuality, webpQuality,
                background.getRGB() & 0xffffff);
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
            return read(file, reader -> resize(reader, file.key(), specs, deadline));
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
        return read(file, reader -> {
            Orientation orientation = Orientation.of(reader.getImageMetadata(0));
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            return new ImageInfo(orientation.swapsAxes() ? h : w, orientation.swapsAxes() ? w : h,
                    reader.getFormatName().toLowerCase(Locale.ROOT));
        });
    }

    private interface ReaderTask<T> {
        T run(ImageReader reader) throws IOException;
    }

    /** Runs a task on the image reader of a file; whatever the decoder throws becomes a clean rejection. */
    private static <T> T read(StoredFile file, ReaderTask<T> task) throws IOException {
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

    private Map<VariantSpec, Optional<ResizedImage>> resize(ImageReader reader, String key, List<VariantSpec> specs,
            Deadline deadline) throws IOException {
        int storedWidth = reader.getWidth(0);
        int storedHeight = reader.getHeight(0);
        if ((long) storedWidth * storedHeight > maxPixels) {
            throw ImageRejectedException.unprocessable("image too large", String.format(Locale.ROOT,
                    "%s is %d x %d pixels (%.1f megapixels), above the %d megapixel limit", key, storedWidth,
                    storedHeight, storedWidth * (double) storedHeight / 1e6, maxPixels / 1_000_000), null);
        }
        Orientation orientation = Orientation.of(reader.getImageMetadata(0));
        int displayedWidth = orientation.swapsAxes() ? storedHeight : storedWidth;
        int displayedHeight = orientation.swapsAxes() ? storedWidth : storedHeight;
        Map<VariantSpec, Geometry> geometries = new LinkedHashMap<>();
        Map<VariantSpec, Optional<ResizedImage>> results = new LinkedHashMap<>();
        for (VariantSpec spec : specs) {
            Geometry geometry = Geometry.of(displayedWidth, displayedHeight, spec);
            if (spec.format() == null && geometry.isWhole(displayedWidth, displayedHeight)) {
                results.put(spec, Optional.empty());
            } else {
                geometries.put(spec, geometry);
            }
        }
        if (geometries.isEmpty()) {
            return results;
        }
        int largest = geometries.values().stream().mapToInt(Geometry::scaledWidth).max().orElseThrow();
        BufferedImage decoded = decode(reader, key, Math.max(1, displayedWidth / (largest * DECODE_MARGIN)), deadline);
        boolean alpha = decoded.getColorModel().hasAlpha();
        boolean lossy = LOSSY_FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT));
        for (Map.Entry<VariantSpec, Geometry> entry : geometries.entrySet()) {
            VariantSpec spec = entry.getKey();
            Geometry g = entry.getValue();
            BufferedImage scaled = orientation.swapsAxes()
                    ? downscale(decoded, g.scaledHeight(), g.scaledWidth(), alpha, deadline)
                    : downscale(decoded, g.scaledWidth(), g.scaledHeight(), alpha, deadline);
            BufferedImage framed = frame(orientation.apply(scaled), g);
            Format format = spec.format() != null ? spec.format() : alpha || !lossy ? Format.PNG : Format.JPEG;
            results.put(spec, Optional.of(new ResizedImage(encode(framed, format, spec.quality()), format,
                    framed.getWidth(), framed.getHeight())));
            deadline.check();
        }
        return results;
    }

    /**
     * Decodes every {@code subsampling}-th pixel of every {@code subsampling}-th row, stopped short when the deadline
     * passes.
     */
    private static BufferedImage decode(ImageReader reader, String key, int subsampling, Deadline deadline)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        reader.addIIOReadProgressListener(deadline);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        BufferedImage decoded = reader.read(0, param);
        deadline.check();
        List<String> damage = warnings.stream().filter(w -> DAMAGED.matcher(w).find()).toList();
        if (!damage.isEmpty()) {
            throw ImageRejectedException.unprocessable("damaged image",
                    key + " is truncated or corrupt: " + String.join("; ", damage), null);
        }
        return decoded;
    }

    /**
     * Halves the image with bilinear filtering (each step averages 2 × 2 pixels) while it stays at least twice the
     * target, then does the last step bicubic: close to an area-averaging filter, at a fraction of its cost. Works
     * in premultiplied ARGB when there is transparency, so transparent pixels do not darken the edges.
     */
    static BufferedImage downscale(BufferedImage source, int width, int height, boolean alpha, Deadline deadline) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        BufferedImage image = source;
        while (image.getWidth() / 2 >= width && image.getHeight() / 2 >= height) {
            image = draw(image, image.getWidth() / 2, image.getHeight() / 2, type,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            deadline.check();
        }
        return draw(image, width, height, type, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /** The scaled image cropped around its centre ({@link Fit#COVER}) or centred on a padded box (CONTAIN). */
    private static BufferedImage frame(BufferedImage scaled, Geometry g) {
        if (g.outputWidth() == scaled.getWidth() && g.outputHeight() == scaled.getHeight()) {
            return scaled;
        }
        int type = scaled.getType() == BufferedImage.TYPE_INT_RGB && !g.pads() ? BufferedImage.TYPE_INT_RGB
                : BufferedImage.TYPE_INT_ARGB_PRE;
        BufferedImage framed = new BufferedImage(g.outputWidth(), g.outputHeight(), type);
        Graphics2D graphics = framed.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.drawImage(scaled, (g.outputWidth() - scaled.getWidth()) / 2,
                    (g.outputHeight() - scaled.getHeight()) / 2, null);
        } finally {
            graphics.dispose();
        }
        return framed;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Encodes in memory (ImageIO.write would buffer through temporary files), without any metadata. */
    private byte[] encode(BufferedImage image, Format format, int quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(format.mediaType()).next();
        // The writer's own parameters, through the standard API only: webp-imageio ignores a WebPWriteParam of
        // another class loader (as in tests).
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format != Format.PNG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            if (format == Format.WEBP) {
                param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
            }
            param.setCompressionQuality((quality > 0 ? quality : format == Format.JPEG ? jpegQuality : webpQuality)
                    / 100f);
        }
        BufferedImage pixels = format == Format.JPEG && image.getColorModel().hasAlpha() ? flatten(image)
                : unpremultiplied(image);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            // Null metadata: the writers add only what their format requires (a JFIF header, PNG's IHDR…).
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The image on the configured background colour: JPEG has no transparency. */
    private BufferedImage flatten(BufferedImage image) {
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    /** PNG and WebP writers store samples as they are: un-premultiply first. */
    private static BufferedImage unpremultiplied(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_ARGB_PRE
                ? draw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB,
                        RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR)
                : image;
    }

    /**
     * The time limit of one resize. Decoders report their progress row by row on the decoding thread; past the
     * deadline that report aborts the read (an ImageReader may only be aborted from its own thread), and the next
     * {@link #check} fails the resize, so the slot is freed within a few rows.
     */
    static final class Deadline implements IIOReadProgressListener {

        private final String key;
        private final long nanos;

        private Deadline(String key, long nanos) {
            this.key = key;
            this.nanos = nanos;
        }

        /** A deadline {@code limit} from now, for resizing the image under {@code key}. */
        static Deadline after(Duration limit, String key) {
            return new Deadline(key, System.nanoTime() + limit.toNanos());
        }

        boolean passed() {
            return System.nanoTime() - nanos > 0;
        }

        void check() {
            if (passed()) {
                throw ImageRejectedException.timedOut("resizing " + key + " took longer than the limit "
                        + "(rotative.media.resize-timeout); try again later or ask for a smaller variant");
            }
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (passed()) {
                source.abort();
            }
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }

        @Override
        public void readAborted(ImageReader source) {
        }
    }
}

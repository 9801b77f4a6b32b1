package org.rotative.media.resize;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jboss.logging.Logger;
import org.rotative.media.MediaConfig;
import org.rotative.media.storage.StoredFile;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Scales images down to a width with ImageIO and Java 2D. Hostile files are expected: the format is sniffed from the
 * bytes (never the name), the dimensions are read from the header and checked against a pixel budget before any
 * pixel is decoded, decoder warnings about damaged data fail the resize, and at most a few resizes run at once, so a
 * bad or huge upload costs a 4xx, never the heap.
 */
@Singleton
public class ImageResizer {

    private static final Logger LOG = Logger.getLogger(ImageResizer.class);

    /** Decoder warnings that mean pixels are missing (libjpeg's "Premature end…", "Corrupt JPEG data…"). */
    private static final Pattern DAMAGED = Pattern.compile("(?i)corrupt|truncat|premature end");
    /** Sources resized to JPEG when opaque; everything else (PNG, GIF, BMP…) stays lossless as PNG. */
    private static final Set<String> LOSSY_FORMATS = Set.of("jpeg", "webp");

    private final long maxPixels;
    private final float jpegQuality;
    private final Semaphore slots;
    private final Duration wait;

    @Inject
    public ImageResizer(MediaConfig config) {
        this(config.maxMegapixels() * 1_000_000L, config.jpegQuality(), config.resizeConcurrency(),
                config.resizeWait());
    }

    public ImageResizer(long maxPixels, int jpegQuality, int concurrency, Duration wait) {
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException("JPEG quality must be between 1 and 100, not " + jpegQuality);
        }
        this.maxPixels = maxPixels;
        this.jpegQuality = jpegQuality / 100f;
        this.slots = new Semaphore(concurrency, true);
        this.wait = wait;
    }

    /**
     * The image scaled to {@code width} pixels as displayed (Exif orientation applied), keeping its aspect ratio; JPEG
     * for an opaque JPEG or WebP, PNG otherwise.
     *
     * @return empty when the image is not wider than {@code width}: never upscale, the original is the answer
     * @throws ImageRejectedException 415 when the file is no image this service reads, 422 when it is too large or
     *                                damaged, 503 when every resize slot stayed busy
     * @throws IOException            when the file cannot be read from its store
     */
    public Optional<ResizedImage> resize(StoredFile file, int width) throws IOException {
        acquireSlot();
        try (InputStream in = file.open(); ImageInputStream stream = new MemoryCacheImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw ImageRejectedException.unsupported(file.key() + " is not an image this service can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true);
                return resize(reader, file.key(), width);
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
        } finally {
            slots.release();
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

    private Optional<ResizedImage> resize(ImageReader reader, String key, int width) throws IOException {
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
        if (width >= displayedWidth) {
            return Optional.empty();
        }
        int height = (int) Math.max(1, Math.round((double) displayedHeight * width / displayedWidth));

        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage decoded = reader.read(0);
        List<String> damage = warnings.stream().filter(w -> DAMAGED.matcher(w).find()).toList();
        if (!damage.isEmpty()) {
            throw ImageRejectedException.unprocessable("damaged image",
                    key + " is truncated or corrupt: " + String.join("; ", damage), null);
        }
        boolean alpha = decoded.getColorModel().hasAlpha();
        BufferedImage scaled = orientation.swapsAxes() ? downscale(decoded, height, width, alpha)
                : downscale(decoded, width, height, alpha);
        BufferedImage upright = orientation.apply(scaled);
        boolean png = alpha || !LOSSY_FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT));
        return Optional.of(png ? new ResizedImage(encodePng(upright), "image/png", width, height)
                : new ResizedImage(encode(upright, "jpeg"), "image/jpeg", width, height));
    }

    /**
     * Halves the image with bilinear filtering (each step averages 2 × 2 pixels) while it stays at least twice the
     * target, then does the last step bicubic: close to an area-averaging filter, at a fraction of its cost. Works
     * in premultiplied ARGB when there is transparency, so transparent pixels do not darken the edges.
     */
    static BufferedImage downscale(BufferedImage source, int width, int height, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        BufferedImage image = source;
        while (image.getWidth() / 2 >= width && image.getHeight() / 2 >= height) {
            image = draw(image, image.getWidth() / 2, image.getHeight() / 2, type,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return draw(image, width, height, type, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
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

    private byte[] encodePng(BufferedImage image) throws IOException {
        // The PNG writer stores samples as they are: un-premultiply first.
        return encode(image.getType() == BufferedImage.TYPE_INT_ARGB_PRE
                ? draw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB,
                        RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR)
                : image, "png");
    }

    /** Encodes in memory (ImageIO.write would buffer through temporary files). */
    private byte[] encode(BufferedImage image, String format) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if ("jpeg".equals(format)) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(jpegQuality);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

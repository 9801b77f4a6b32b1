package org.rotative.media.resize;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.Fit;
import org.rotative.media.variant.Format;
import org.rotative.media.variant.VariantSpec;

import com.luciad.imageio.webp.WebPWriteParam;

/**
 * Variants made with ImageIO and Java 2D, in pure Java (libwebp aside, which only encodes pixels this service made):
 * the fallback when libvips cannot be called. Decoder warnings about damaged data fail the resize; each variant is
 * encoded from pixels alone, so no Exif (GPS position, camera), XMP or ICC metadata of the upload survives in it.
 */
final class Java2dEngine implements PixelEngine {

    /** Decoder warnings that mean pixels are missing (libjpeg's "Premature end…", "Corrupt JPEG data…"). */
    private static final Pattern DAMAGED = Pattern.compile("(?i)corrupt|truncat|premature end");
    /**
     * Decoded images stay at least this many times the size they are scaled to: the decoder skips the rest
     * (subsampling, the main speed and memory lever), the halving steps of {@link #downscale} filter what remains.
     */
    private static final int DECODE_MARGIN = 2;

    private final Encoding encoding;
    private final String reason;

    /** @param reason why libvips is not used, for the start-up log */
    Java2dEngine(Encoding encoding, String reason) {
        this.encoding = encoding;
        this.reason = reason;
    }

    @Override
    public String description() {
        return "pure Java (ImageIO and Java 2D): " + reason;
    }

    @Override
    public String name() {
        return "java2d";
    }

    @Override
    public Map<VariantSpec, ResizedImage> render(StoredFile file, SourceHeader header,
            Map<VariantSpec, Geometry> geometries, Deadline deadline) throws IOException {
        return ImageResizer.read(file, reader -> render(reader, file.key(), header, geometries, deadline));
    }

    private Map<VariantSpec, ResizedImage> render(ImageReader reader, String key, SourceHeader header,
            Map<VariantSpec, Geometry> geometries, Deadline deadline) throws IOException {
        int largest = geometries.values().stream().mapToInt(Geometry::scaledWidth).max().orElseThrow();
        BufferedImage decoded = decode(reader, key, Math.max(1, header.displayedWidth() / (largest * DECODE_MARGIN)),
                deadline);
        boolean alpha = decoded.getColorModel().hasAlpha();
        Orientation orientation = header.orientation();
        Map<VariantSpec, ResizedImage> results = new LinkedHashMap<>();
        for (Map.Entry<VariantSpec, Geometry> entry : geometries.entrySet()) {
            VariantSpec spec = entry.getKey();
            Geometry g = entry.getValue();
            BufferedImage scaled = orientation.swapsAxes()
                    ? downscale(decoded, g.scaledHeight(), g.scaledWidth(), alpha, deadline)
                    : downscale(decoded, g.scaledWidth(), g.scaledHeight(), alpha, deadline);
            BufferedImage framed = frame(orientation.apply(scaled), g);
            Format format = encoding.format(spec, alpha, header);
            results.put(spec, new ResizedImage(encode(framed, format, encoding.quality(spec, format)), format,
                    framed.getWidth(), framed.getHeight()));
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
            param.setCompressionQuality(quality / 100f);
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
            g.setColor(new Color(encoding.background()));
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
}

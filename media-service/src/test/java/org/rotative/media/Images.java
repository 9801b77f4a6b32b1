package org.rotative.media;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.color.ColorSpace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/** Test helpers over encoded images: decoding, the containers' segments and chunks, PSNR. */
public final class Images {

    public static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("no ImageIO reader for these " + bytes.length + " bytes");
        }
        return image;
    }

    /** The markers of a JPEG's segments before the image data ({@code 0xE1} is APP1: Exif or XMP). */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2; // after SOI
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
            int marker = jpeg[i + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xda) { // start of scan: entropy-coded data follows
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return markers;
    }

    /** The chunk types of a WebP's RIFF container ({@code VP8 }, {@code VP8X}, {@code ALPH}, {@code EXIF}…). */
    public static List<String> webpChunks(byte[] webp) {
        List<String> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 12; i + 8 <= webp.length; ) {
            chunks.add(new String(webp, i, 4, StandardCharsets.US_ASCII));
            int size = buffer.getInt(i + 4);
            i += 8 + size + (size & 1);
        }
        return chunks;
    }

    /** The chunk types of a PNG ({@code IHDR}, {@code IDAT}, {@code eXIf}, {@code tEXt}…). */
    public static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        for (int i = 8; i + 8 <= png.length; ) {
            int size = buffer.getInt(i);
            chunks.add(new String(png, i + 4, 4, StandardCharsets.US_ASCII));
            i += 12 + size;
        }
        return chunks;
    }

    /**
     * Peak signal-to-noise ratio of two images of the same size over their sRGB samples, in dB. Transparent pixels
     * are compared as composed on white.
     */
    public static double psnr(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException(a.getWidth() + " x " + a.getHeight() + " vs " + b.getWidth() + " x "
                    + b.getHeight());
        }
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = rgb(a, x, y);
                int q = rgb(b, x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = ((p >> shift) & 0xff) - ((q >> shift) & 0xff);
                    sum += d * d;
                }
            }
        }
        double mse = sum / (3.0 * a.getWidth() * a.getHeight());
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }

    /**
     * A pixel as sRGB on white. Gray images keep their stored levels (getRGB would convert them as if linear, which
     * browsers do not do).
     */
    private static int rgb(BufferedImage image, int x, int y) {
        ColorModel model = image.getColorModel();
        if (model.getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            int level = image.getRaster().getSample(x, y, 0) * 255 / ((1 << model.getComponentSize(0)) - 1);
            int alpha = model.hasAlpha() ? image.getRaster().getSample(x, y, 1) * 255
                    / ((1 << model.getComponentSize(1)) - 1) : 255;
            int v = (level * alpha + 255 * (255 - alpha)) / 255;
            return v << 16 | v << 8 | v;
        }
        int argb = image.getRGB(x, y);
        int alpha = argb >>> 24;
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (argb >> shift) & 0xff;
            rgb |= ((c * alpha + 255 * (255 - alpha)) / 255) << shift;
        }
        return rgb;
    }

    private Images() {
    }
}

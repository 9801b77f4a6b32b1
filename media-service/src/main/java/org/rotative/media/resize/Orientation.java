package org.rotative.media.resize;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * How a stored image must be turned to be displayed upright: the Exif orientation of phone photos. Browsers apply it
 * to originals; resized images carry no Exif, so the resizer applies it itself. Read from the standard ImageIO
 * metadata ({@code Dimension/ImageOrientation}), which the TwelveMonkeys JPEG reader fills from Exif; the comments
 * give the Exif value each one stands for.
 */
enum Orientation {

    /** Exif 1. */
    NORMAL("Normal", 0, false),
    /** Exif 2: mirrored left to right. */
    FLIP_H("FlipH", 0, true),
    /** Exif 3: upside down. */
    ROTATE_180("Rotate180", 2, false),
    /** Exif 4: mirrored top to bottom. */
    FLIP_V("FlipV", 2, true),
    /** Exif 5: transposed (mirrored along the main diagonal). */
    TRANSPOSE("FlipVRotate90", 1, true),
    /** Exif 6: must be turned 90° clockwise. */
    ROTATE_CW("Rotate270", 1, false),
    /** Exif 7: transversed (mirrored along the other diagonal). */
    TRANSVERSE("FlipHRotate90", 3, true),
    /** Exif 8: must be turned 90° counter-clockwise. */
    ROTATE_CCW("Rotate90", 3, false);

    private final String metadataName;
    private final int quarterTurns;
    private final boolean mirrored;

    Orientation(String metadataName, int quarterTurns, boolean mirrored) {
        this.metadataName = metadataName;
        this.quarterTurns = quarterTurns;
        this.mirrored = mirrored;
    }

    /** Whether the displayed width is the stored height. */
    boolean swapsAxes() {
        return quarterTurns % 2 == 1;
    }

    /** How many quarter turns clockwise make the stored image upright, before {@link #mirrored()}. */
    int quarterTurns() {
        return quarterTurns;
    }

    /** Whether the image, once turned, must be mirrored left to right. */
    boolean mirrored() {
        return mirrored;
    }

    /** The orientation an image's metadata declares; {@link #NORMAL} when it declares none. */
    static Orientation of(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return NORMAL;
        }
        Node tree = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        NodeList nodes = ((Element) tree).getElementsByTagName("ImageOrientation");
        if (nodes.getLength() == 0) {
            return NORMAL;
        }
        String value = ((Element) nodes.item(0)).getAttribute("value");
        for (Orientation o : values()) {
            if (o.metadataName.equals(value)) {
                return o;
            }
        }
        return NORMAL;
    }

    /** The image turned upright (the same image when {@link #NORMAL}). */
    BufferedImage apply(BufferedImage image) {
        if (this == NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage upright = swapsAxes() ? new BufferedImage(h, w, image.getType())
                : new BufferedImage(w, h, image.getType());
        Graphics2D g = upright.createGraphics();
        try {
            // Exact quarter turns and mirrors: every pixel lands on a pixel, nothing to interpolate.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, transform(w, h), null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    /** Maps stored (x, y) to displayed coordinates, for a stored image of w × h. */
    private AffineTransform transform(int w, int h) {
        // new AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12
        return switch (this) {
            case NORMAL -> new AffineTransform();
            case FLIP_H -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case ROTATE_180 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case FLIP_V -> new AffineTransform(1, 0, 0, -1, 0, h);
            case TRANSPOSE -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case ROTATE_CW -> new AffineTransform(0, 1, -1, 0, h, 0);
            case TRANSVERSE -> new AffineTransform(0, -1, -1, 0, h, w);
            case ROTATE_CCW -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
    }
}

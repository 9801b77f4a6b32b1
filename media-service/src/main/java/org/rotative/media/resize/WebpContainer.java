package org.rotative.media.resize;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The RIFF container of a WebP file, rewritten without its metadata chunks. libvips 8.14's WebP saver writes an EXIF
 * chunk even when told to strip (it describes the pixels only, but a variant must carry no Exif at all).
 */
final class WebpContainer {

    /** Chunks that hold metadata: Exif, XMP, ICC profile. */
    private static final Set<String> METADATA = Set.of("EXIF", "XMP ", "ICCP");
    /** The VP8X flags announcing them. */
    private static final int METADATA_FLAGS = 0x20 | 0x08 | 0x04;

    /** The file without its metadata chunks; a file that is not RIFF WebP comes back as it is. */
    static byte[] withoutMetadata(byte[] webp) {
        if (webp.length < 12 || !"RIFF".equals(fourCc(webp, 0)) || !"WEBP".equals(fourCc(webp, 8))) {
            return webp;
        }
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream(webp.length);
        out.write(webp, 0, 12);
        for (int i = 12; i + 8 <= webp.length; ) {
            String type = fourCc(webp, i);
            int size = in.getInt(i + 4);
            int length = (int) Math.min(8L + size + (size & 1), webp.length - i);
            if (!METADATA.contains(type)) {
                byte[] chunk = Arrays.copyOfRange(webp, i, i + length);
                if (type.equals("VP8X") && length > 8) {
                    chunk[8] &= (byte) ~METADATA_FLAGS;
                }
                out.write(chunk, 0, length);
            }
            i += length;
        }
        byte[] result = out.toByteArray();
        ByteBuffer.wrap(result).order(ByteOrder.LITTLE_ENDIAN).putInt(4, result.length - 8);
        return result;
    }

    private static String fourCc(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }

    private WebpContainer() {
    }
}

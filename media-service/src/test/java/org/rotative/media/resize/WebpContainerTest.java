package org.rotative.media.resize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rotative.media.Images;

class WebpContainerTest {

    @Test
    void metadataChunksAndTheirFlagsGo() {
        // VP8X flags: EXIF (0x08) and XMP (0x04) announced, alpha (0x10) kept.
        byte[] webp = riff(chunk("VP8X", new byte[] {0x1c, 0, 0, 0, 9, 0, 0, 9, 0, 0}), chunk("VP8 ", new byte[5]),
                chunk("EXIF", "Exif\0\0GPS".getBytes(StandardCharsets.ISO_8859_1)), chunk("XMP ", new byte[4]));
        byte[] stripped = WebpContainer.withoutMetadata(webp);
        assertEquals(List.of("VP8X", "VP8 "), Images.webpChunks(stripped));
        assertEquals(0x10, stripped[20], "only the alpha flag is left");
        assertEquals(stripped.length - 8, ByteBuffer.wrap(stripped).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
    }

    @Test
    void aFileWithoutMetadataIsUnchanged() {
        byte[] webp = riff(chunk("VP8 ", new byte[6]));
        assertArrayEquals(webp, WebpContainer.withoutMetadata(webp));
    }

    private static byte[] chunk(String type, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length + (payload.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return b.array();
    }

    private static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        for (byte[] c : chunks) {
            body.writeBytes(c);
        }
        ByteBuffer b = ByteBuffer.allocate(8 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.size()).put(body.toByteArray());
        return b.array();
    }
}

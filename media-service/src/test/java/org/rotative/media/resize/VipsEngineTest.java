package org.rotative.media.resize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rotative.media.Shared;
import org.rotative.media.TestConfig;
import org.rotative.media.resize.Vips.VipsException;
import org.rotative.media.variant.VariantSpec;

/**
 * The libvips engine on its own, past ImageIO's checks: what libvips itself refuses, and how its errors become the
 * service's answers. Skipped where libvips cannot be called (Java 17, no libvips42): the pure Java engine serves there.
 */
class VipsEngineTest {

    private static VipsEngine engine;

    @BeforeAll
    static void libvips() {
        try {
            engine = VipsEngine.load(Encoding.of(TestConfig.media()), 2);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "libvips cannot be called here: " + e.getMessage());
        }
    }

    private static ImageRejectedException refused(Path file, SourceHeader header, Duration limit) {
        VariantSpec spec = VariantSpec.width(40);
        return assertThrows(ImageRejectedException.class, () -> engine.render(ImageResizerTest.stored(file), header,
                Map.of(spec, Geometry.of(header.displayedWidth(), header.displayedHeight(), spec)),
                Deadline.after(limit, file.getFileName().toString())));
    }

    @Test
    void bytesNoLoaderKnowsAreA415() {
        // As if ImageIO had taken the text for an image: libvips does not.
        ImageRejectedException e = refused(Shared.BAD.resolve("not-an-image.jpg"),
                new SourceHeader(100, 100, Orientation.NORMAL, "jpeg"), Duration.ofMinutes(1));
        assertEquals(415, e.status());
        assertEquals("unsupported image", e.error());
    }

    @Test
    void truncatedDataIsADamagedImage() {
        ImageRejectedException e = refused(Shared.BAD.resolve("truncated.jpg"),
                new SourceHeader(1920, 1280, Orientation.NORMAL, "jpeg"), Duration.ofMinutes(1));
        assertEquals(422, e.status());
        assertEquals("damaged image", e.error(), e.getMessage());
    }

    @Test
    void anImageLargerThanTheHeaderTheBudgetsSawIsRefused() {
        // storm.jpg is 1920 x 1280: a file replaced after its header was checked must not pass on the old one.
        ImageRejectedException e = refused(Shared.UPLOADS.resolve("storm.jpg"),
                new SourceHeader(100, 100, Orientation.NORMAL, "jpeg"), Duration.ofMinutes(1));
        assertEquals(422, e.status());
        assertEquals("image too large", e.error());
        assertTrue(e.getMessage().contains("1920 x 1280"), e.getMessage());
    }

    @Test
    void aResizePastItsDeadlineIsA503() {
        ImageRejectedException e = refused(Shared.UPLOADS.resolve("altai.png"),
                new SourceHeader(5120, 2880, Orientation.NORMAL, "png"), Duration.ZERO);
        assertEquals(503, e.status());
        assertEquals("resize timed out", e.error());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VipsForeignLoad: buffer is not in a known format | 415 | unsupported image",
            "VipsJpeg: Premature end of input file | 422 | damaged image",
            "pngload_buffer: libpng read error | 422 | damaged image",
            "VipsJpeg: Corrupt JPEG data: bad Huffman code | 422 | damaged image",
            "gifload: no frames in GIF | 422 | undecodable image"})
    void libvipsErrorsBecomeTheServiceAnswers(String message, int status, String error) {
        ImageRejectedException e = VipsEngine.rejection("x.jpg", new VipsException(message),
                Deadline.after(Duration.ofMinutes(1), "x.jpg"));
        assertEquals(status, e.status());
        assertEquals(error, e.error());
        assertTrue(e.getMessage().contains("x.jpg") && e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void anyErrorPastTheDeadlineIsATimeout() {
        assertEquals(503, VipsEngine.rejection("x.jpg", new VipsException("killed"),
                Deadline.after(Duration.ZERO, "x.jpg")).status());
    }
}

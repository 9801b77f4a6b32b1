package org.rotative.media.resize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rotative.media.Images;
import org.rotative.media.Shared;
import org.rotative.media.TestConfig;
import org.rotative.media.variant.Fit;
import org.rotative.media.variant.Format;
import org.rotative.media.variant.VariantSpec;

/** Formats, boxes, metadata, budgets of variants. */
@ParameterizedClass(name = "resizer={0}")
@MethodSource("org.rotative.media.TestConfig#resizers")
class VariantPixelsTest {

    private final String engine;
    private final ImageResizer resizer;

    VariantPixelsTest(String engine) {
        this.engine = engine;
        this.resizer = resizer();
    }

    /** The resizer under test, some keys overridden. */
    private ImageResizer resizer(String... overrides) {
        return new ImageResizer(TestConfig.resizer(engine, overrides));
    }

    private ResizedImage resize(Path file, VariantSpec spec) throws IOException {
        return resizer.resize(ImageResizerTest.stored(file), spec).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void noExifGpsOrXmpSurvivesInAnyFormat(Format format) throws IOException {
        // kleiber.jpg carries Exif with a GPS position; iphone4s-exif6.jpg Exif and XMP.
        for (Path file : List.of(Shared.UPLOADS.resolve("kleiber.jpg"), Shared.EXTRA.resolve("iphone4s-exif6.jpg"))) {
            byte[] bytes = resize(file, new VariantSpec(200, 0, Fit.INSIDE, format, 0)).bytes();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String trace : List.of("Exif", "GPS", "http://ns.adobe.com/xap", "x:xmpmeta")) {
                assertFalse(text.contains(trace), file.getFileName() + " as " + format + " contains " + trace);
            }
            switch (format) {
                case JPEG -> assertFalse(Images.jpegMarkers(bytes).contains(0xe1), "APP1 segment: "
                        + Images.jpegMarkers(bytes));
                case WEBP -> assertTrue(List.of("VP8 ", "VP8L", "VP8X", "ALPH").containsAll(Images.webpChunks(bytes)),
                        "WebP chunks " + Images.webpChunks(bytes));
                // pHYs (pixel density, which libvips writes) says nothing about the photo or where it was taken.
                case PNG -> assertTrue(List.of("IHDR", "PLTE", "tRNS", "pHYs", "IDAT", "IEND")
                        .containsAll(Images.pngChunks(bytes)), "PNG chunks " + Images.pngChunks(bytes));
            }
        }
    }

    @Test
    void webpOutWithAndWithoutAlpha() throws IOException {
        ResizedImage photo = resize(Shared.UPLOADS.resolve("storm.jpg"),
                new VariantSpec(400, 0, Fit.INSIDE, Format.WEBP, 0));
        assertEquals("image/webp", photo.mediaType());
        BufferedImage decoded = Images.decode(photo.bytes());
        assertEquals(400, decoded.getWidth());
        assertEquals(267, decoded.getHeight());
        ResizedImage logo = resize(Shared.UPLOADS.resolve("emerald-logo-alpha.png"),
                new VariantSpec(200, 0, Fit.INSIDE, Format.WEBP, 0));
        BufferedImage transparent = Images.decode(logo.bytes());
        assertTrue(transparent.getColorModel().hasAlpha());
        assertEquals(0, transparent.getRGB(0, 0) >>> 24, "a corner stays transparent");
    }

    @Test
    void webpInWithAlphaStaysPng() throws IOException {
        ResizedImage rose = resize(Shared.EXTRA.resolve("yellow-rose-alpha.webp"), VariantSpec.width(40));
        assertEquals(Format.PNG, rose.format());
        assertTrue(Images.decode(rose.bytes()).getColorModel().hasAlpha());
    }

    @Test
    void transparencyIsFlattenedOnTheConfiguredBackgroundForJpeg() throws IOException {
        ImageResizer red = resizer("rotative.media.background", "#ff0000");
        ResizedImage jpeg = red.resize(ImageResizerTest.stored(Shared.UPLOADS.resolve("emerald-logo-alpha.png")),
                new VariantSpec(200, 0, Fit.INSIDE, Format.JPEG, 0)).orElseThrow();
        BufferedImage image = Images.decode(jpeg.bytes());
        assertFalse(image.getColorModel().hasAlpha());
        int corner = image.getRGB(0, 0);
        assertTrue(((corner >> 16) & 0xff) > 240 && ((corner >> 8) & 0xff) < 15 && (corner & 0xff) < 15,
                "corner " + Integer.toHexString(corner));
        int white = Images.decode(resize(Shared.UPLOADS.resolve("emerald-logo-alpha.png"),
                new VariantSpec(200, 0, Fit.INSIDE, Format.JPEG, 0)).bytes()).getRGB(0, 0) & 0xffffff;
        assertTrue(white > 0xf0f0f0, "default background is white: " + Integer.toHexString(white));
    }

    @Test
    void gifInputBecomesPng() throws IOException {
        ResizedImage gif = resize(Shared.EXTRA.resolve("go-video-001.gif"), VariantSpec.width(50));
        assertEquals(Format.PNG, gif.format());
        assertEquals(50, Images.decode(gif.bytes()).getWidth());
    }

    @Test
    void progressiveJpegIsRead() throws IOException {
        // sunset.jpg and seeding.jpg are progressive (SOF2).
        for (String name : List.of("sunset.jpg", "seeding.jpg")) {
            byte[] original = java.nio.file.Files.readAllBytes(Shared.UPLOADS.resolve(name));
            assertTrue(Images.jpegMarkers(original).contains(0xc2), name + " is progressive");
            assertEquals(300, Images.decode(resize(Shared.UPLOADS.resolve(name), VariantSpec.width(300)).bytes())
                    .getWidth());
        }
    }

    @Test
    void boxes() throws IOException {
        Path storm = Shared.UPLOADS.resolve("storm.jpg"); // 1920 x 1280
        assertSize(300, 200, resize(storm, new VariantSpec(300, 300, Fit.INSIDE, null, 0)));
        assertSize(300, 300, resize(storm, new VariantSpec(300, 300, Fit.COVER, null, 0)));
        assertSize(300, 300, resize(storm, new VariantSpec(300, 300, Fit.CONTAIN, null, 0)));
        assertSize(480, 320, resize(storm, new VariantSpec(0, 320, Fit.INSIDE, null, 0)));
        // A box larger than the image: never enlarged; cover keeps the box's proportions, contain pads.
        assertSize(1280, 1280, resize(storm, new VariantSpec(3000, 3000, Fit.COVER, null, 0)));
        assertSize(3000, 3000, resize(storm, new VariantSpec(3000, 3000, Fit.CONTAIN, null, 0)));
        assertTrue(resizer.resize(ImageResizerTest.stored(storm), new VariantSpec(3000, 3000, Fit.INSIDE, null, 0))
                .isEmpty());
        // Rotated by Exif: boxes apply to the displayed image (2048 x 3088).
        assertSize(200, 100, resize(Shared.UPLOADS.resolve("dogs-exif-orientation6.jpg"),
                new VariantSpec(200, 100, Fit.COVER, null, 0)));
    }

    @Test
    void containPadsWithTheBackgroundInJpegAndTransparencyInPng() throws IOException {
        Path storm = Shared.UPLOADS.resolve("storm.jpg");
        BufferedImage jpeg = Images.decode(resize(storm, new VariantSpec(300, 300, Fit.CONTAIN, null, 0)).bytes());
        assertTrue((jpeg.getRGB(150, 2) & 0xffffff) > 0xf0f0f0, "white band above");
        BufferedImage png = Images.decode(resize(storm, new VariantSpec(300, 300, Fit.CONTAIN, Format.PNG, 0))
                .bytes());
        assertEquals(0, png.getRGB(150, 2) >>> 24, "transparent band above");
        assertEquals(255, png.getRGB(150, 150) >>> 24, "opaque photo in the middle");
    }

    @Test
    void qualityChangesTheSize() throws IOException {
        Path storm = Shared.UPLOADS.resolve("storm.jpg");
        for (Format format : List.of(Format.JPEG, Format.WEBP)) {
            int low = resize(storm, new VariantSpec(600, 0, Fit.INSIDE, format, 30)).bytes().length;
            int high = resize(storm, new VariantSpec(600, 0, Fit.INSIDE, format, 95)).bytes().length;
            assertTrue(low < high, format + ": q30 " + low + " bytes, q95 " + high);
        }
    }

    @Test
    void severalVariantsFromOneDecoding() throws IOException {
        VariantSpec small = VariantSpec.width(100);
        VariantSpec webp = new VariantSpec(200, 200, Fit.COVER, Format.WEBP, 0);
        VariantSpec whole = VariantSpec.width(5000);
        Map<VariantSpec, Optional<ResizedImage>> all = resizer.resizeAll(
                ImageResizerTest.stored(Shared.UPLOADS.resolve("storm.jpg")), List.of(small, webp, whole));
        assertSize(100, 67, all.get(small).orElseThrow());
        assertSize(200, 200, all.get(webp).orElseThrow());
        assertEquals(Format.WEBP, all.get(webp).orElseThrow().format());
        assertTrue(all.get(whole).isEmpty(), "the original is the answer");
    }

    @Test
    void aResizeOverTheTimeLimitIsAbortedAndFreesItsSlot() {
        // One slot, no waiting for it: a slot kept by the aborted resize would make the second one "busy".
        ImageResizer hurried = resizer("rotative.media.resize-timeout", "1ms",
                "rotative.media.resize-concurrency", "1", "rotative.media.resize-wait", "0s");
        for (int attempt = 0; attempt < 2; attempt++) {
            ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> hurried.resize(
                    ImageResizerTest.stored(Shared.UPLOADS.resolve("kleiber.jpg")), VariantSpec.width(300)));
            assertEquals(503, e.status());
            assertEquals("resize timed out", e.error(), e.getMessage());
            assertTrue(e.getMessage().contains("kleiber.jpg") && e.getMessage().contains("resize-timeout"));
        }
    }

    @Test
    void aSourceFileOverTheByteLimitIsA422() {
        ImageResizer small = resizer("rotative.media.max-source-size", "1M");
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> small.resize(
                ImageResizerTest.stored(Shared.UPLOADS.resolve("kleiber.jpg")), VariantSpec.width(300)));
        assertEquals(422, e.status());
        assertEquals("file too large", e.error());
        assertTrue(e.getMessage().contains("4,379,037 bytes"), e.getMessage());
    }

    @Test
    void describeReadsTheHeaderOnly() throws IOException {
        assertEquals(new ImageInfo(2048, 3088, "jpeg"),
                resizer.describe(ImageResizerTest.stored(Shared.UPLOADS.resolve("dogs-exif-orientation6.jpg"))));
        assertEquals(new ImageInfo(50000, 50000, "png"),
                resizer.describe(ImageResizerTest.stored(Shared.BAD.resolve("bomb-50000x50000.png"))));
        assertEquals(415, assertThrows(ImageRejectedException.class, () -> resizer.describe(
                ImageResizerTest.stored(Shared.BAD.resolve("not-an-image.jpg")))).status());
    }

    private static void assertSize(int width, int height, ResizedImage image) throws IOException {
        BufferedImage decoded = Images.decode(image.bytes());
        assertEquals(width + " x " + height, decoded.getWidth() + " x " + decoded.getHeight());
        assertEquals(width + " x " + height, image.width() + " x " + image.height());
    }
}

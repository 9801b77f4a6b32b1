package org.rotative.media.resize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rotative.media.Shared;
import org.rotative.media.TestConfig;
import org.rotative.media.storage.FileSystemImageStore;
import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.VariantSpec;

@ParameterizedClass(name = "resizer={0}")
@MethodSource("org.rotative.media.TestConfig#resizers")
class ImageResizerTest {

    /** Stored sideways, displayed upright by their Exif orientation (5 to 8). */
    private static final Set<String> ROTATED = Set.of("dogs-exif-orientation6.jpg", "iphone4s-exif6.jpg",
            "orientation_5.jpg", "orientation_6.jpg", "orientation_7.jpg", "orientation_8.jpg");

    private final String engine;
    private final ImageResizer resizer;

    ImageResizerTest(String engine) {
        this.engine = engine;
        this.resizer = resizer();
    }

    /** The resizer under test, some keys overridden. */
    private ImageResizer resizer(String... overrides) {
        return new ImageResizer(TestConfig.resizer(engine, overrides));
    }

    static Stream<Path> uploads() {
        return Shared.files(Shared.UPLOADS, ".jpg", ".png", ".webp").stream();
    }

    static Stream<Path> extras() {
        return Shared.files(Shared.EXTRA, ".jpg", ".png", ".gif", ".webp").stream();
    }

    @ParameterizedTest
    @MethodSource("uploads")
    void resizesEveryRealUpload(Path file) throws IOException {
        assertResized(file, 320);
    }

    @ParameterizedTest
    @MethodSource("extras")
    void resizesEverySmallSample(Path file) throws IOException {
        assertResized(file, 40);
    }

    private void assertResized(Path file, int width) throws IOException {
        String name = file.getFileName().toString();
        ResizedImage resized = resizer.resize(stored(file), VariantSpec.width(width)).orElseThrow();
        BufferedImage image = decode(resized.bytes());
        int[] source = dimensions(file);
        int displayedWidth = ROTATED.contains(name) ? source[1] : source[0];
        int displayedHeight = ROTATED.contains(name) ? source[0] : source[1];
        assertEquals(width, image.getWidth(), name);
        assertEquals(Math.round((double) displayedHeight * width / displayedWidth), image.getHeight(), name);
        assertEquals(image.getHeight(), resized.height());

        boolean alpha = name.contains("alpha");
        boolean lossless = name.endsWith(".png") || name.endsWith(".gif");
        assertEquals(alpha || lossless ? "image/png" : "image/jpeg", resized.mediaType(), name);
        assertEquals(resized.mediaType(), "image/" + formatOf(resized.bytes()), name);
        assertEquals(alpha, image.getColorModel().hasAlpha(), name);
    }

    @Test
    void exifOrientationIsApplied() throws IOException {
        // orientation_1 to _8 all display like orientation_0 (50 x 70) once their Exif orientation is applied.
        BufferedImage upright = decode(resizer.resize(stored(Shared.EXTRA.resolve("orientation_0.jpg")), VariantSpec.width(40))
                .orElseThrow().bytes());
        for (int n = 1; n <= 8; n++) {
            BufferedImage oriented = decode(resizer.resize(stored(Shared.EXTRA.resolve("orientation_" + n + ".jpg")),
                    VariantSpec.width(40)).orElseThrow().bytes());
            assertEquals(upright.getHeight(), oriented.getHeight(), "orientation " + n);
            double difference = meanDifference(upright, oriented);
            assertTrue(difference < 12, "orientation " + n + " differs from upright by " + difference);
        }
        // The comparison does tell orientations apart: upright against upside-down.
        assertTrue(meanDifference(upright, Orientation.ROTATE_180.apply(upright)) > 40);
    }

    @Test
    void aRotatedPhotoIsResizedToItsDisplayedWidth() throws IOException {
        // Stored 3088 x 2048 with Exif orientation 6: displayed 2048 x 3088, portrait.
        ResizedImage resized = resizer.resize(stored(Shared.UPLOADS.resolve("dogs-exif-orientation6.jpg")), VariantSpec.width(320))
                .orElseThrow();
        BufferedImage image = decode(resized.bytes());
        assertEquals(320, image.getWidth());
        assertEquals(483, image.getHeight());
    }

    @Test
    void theDownscaleIsCloseToAreaAveraging() throws IOException {
        BufferedImage original = ImageIO.read(Shared.UPLOADS.resolve("storm.jpg").toFile());
        BufferedImage reference = new BufferedImage(320, 213, BufferedImage.TYPE_INT_RGB);
        reference.getGraphics().drawImage(original.getScaledInstance(320, 213, Image.SCALE_AREA_AVERAGING), 0, 0,
                null);
        BufferedImage ours = Java2dEngine.downscale(original, 320, 213, false,
                Deadline.after(Duration.ofHours(1), "storm.jpg"));
        assertTrue(meanDifference(reference, ours) < 3, "mean difference " + meanDifference(reference, ours));
    }

    @Test
    void grayscaleKeepsItsBrightness() throws IOException {
        Path file = Shared.UPLOADS.resolve("architecture-gray.jpg");
        BufferedImage resized = decode(resizer.resize(stored(file), VariantSpec.width(320)).orElseThrow().bytes());
        // The stored gray levels are what browsers show: compare them with the resized image's (not through
        // getRGB, which converts a gray image as if it were linear).
        double before = meanSample(ImageIO.read(file.toFile()));
        double after = meanSample(resized);
        assertTrue(Math.abs(before - after) < 3, "mean level " + before + " became " + after);
    }

    @Test
    void transparencySurvives() throws IOException {
        BufferedImage image = decode(resizer.resize(stored(Shared.UPLOADS.resolve("emerald-logo-alpha.png")), VariantSpec.width(320))
                .orElseThrow().bytes());
        assertTrue(image.getColorModel().hasAlpha());
        assertEquals(0, image.getRGB(0, 0) >>> 24, "a corner is transparent");
    }

    @ParameterizedTest
    @ValueSource(ints = {1920, 1921, 4000})
    void neverUpscales(int width) throws IOException {
        // storm.jpg is 1920 px wide: the original is the answer.
        assertTrue(resizer.resize(stored(Shared.UPLOADS.resolve("storm.jpg")), VariantSpec.width(width)).isEmpty());
    }

    @Test
    void everyHostileFileIsAClean4xx() {
        Map<String, String> expected = Map.of(
                "truncated.jpg", "damaged image",
                "not-an-image.jpg", "unsupported image",
                "bomb-50000x50000.png", "image too large",
                "bomb-header-50000x50000-rgba.png", "image too large",
                "bomb-header-20000x20000-rgb.png", "image too large");
        List<Path> files = Shared.files(Shared.BAD, ".jpg", ".png");
        assertEquals(expected.keySet(), Set.copyOf(files.stream().map(p -> p.getFileName().toString()).toList()));
        for (Path file : files) {
            String name = file.getFileName().toString();
            ImageRejectedException e = assertThrows(ImageRejectedException.class,
                    () -> resizer.resize(stored(file), VariantSpec.width(320)), name);
            assertEquals(expected.get(name), e.error(), name + ": " + e.getMessage());
            assertEquals(name.equals("not-an-image.jpg") ? 415 : 422, e.status(), name);
        }
    }

    @Test
    void aDecoderFailureBelowTheBudgetIsA422() {
        // The 20000 x 20000 lying header is under ImageIO's own limit: with a budget that lets it through, the
        // decoder fails on the missing rows, and that is still a clean 422 (libvips: missing data, ImageIO: an error).
        ImageResizer generous = resizer("rotative.media.max-megapixels", "500");
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> generous.resize(stored(Shared.BAD.resolve("bomb-header-20000x20000-rgb.png")),
                        VariantSpec.width(320)));
        assertEquals(422, e.status());
        assertTrue(Set.of("damaged image", "undecodable image").contains(e.error()), e.error());
    }

    @Test
    void busyWhenNoSlotFreesUp() {
        ImageResizer none = resizer("rotative.media.resize-concurrency", "0",
                "rotative.media.resize-wait", "0s");
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> none.resize(stored(Shared.UPLOADS.resolve("storm.jpg")), VariantSpec.width(320)));
        assertEquals(503, e.status());
        assertEquals("busy", e.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101"})
    void rejectsAnImpossibleQuality(String quality) {
        assertThrows(IllegalArgumentException.class,
                () -> resizer("rotative.media.jpeg-quality", quality));
        assertThrows(IllegalArgumentException.class,
                () -> resizer("rotative.media.webp-quality", quality));
    }

    static StoredFile stored(Path file) throws IOException {
        return new FileSystemImageStore(file.getParent()).find(file.getFileName().toString()).orElseThrow();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static String formatOf(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            return readers.next().getFormatName().toLowerCase();
        }
    }

    private static int[] dimensions(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return new int[] {reader.getWidth(0), reader.getHeight(0)};
        }
    }

    /** Mean absolute difference of the RGB samples of two images of the same size, 0 to 255. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    /** Mean of the first band's samples, 0 to 255. */
    private static double meanSample(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum += image.getRaster().getSample(x, y, 0);
            }
        }
        return sum / (double) (image.getWidth() * image.getHeight());
    }
}

package org.rotative.media.resize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rotative.media.Images;
import org.rotative.media.Shared;
import org.rotative.media.TestConfig;
import org.rotative.media.variant.Fit;
import org.rotative.media.variant.Format;
import org.rotative.media.variant.VariantSpec;

/**
 * Our variants against libvips' ({@code vipsthumbnail}, what most image services run) of the same size, over every
 * real upload. The pixels (resampling, orientation, colour) are compared losslessly: a PSNR of 35 dB or more means the
 * two cannot be told apart by eye. Each encoder is then measured against its own lossless pixels: ours must lose no
 * more than libvips' encoder at the same quality does, give or take {@value #ENCODER_TOLERANCE} dB.
 */
@ParameterizedClass(name = "resizer={0}")
@MethodSource("org.rotative.media.TestConfig#resizers")
class VipsComparisonTest {

    private static final double MIN_PSNR = 35;
    private static final double ENCODER_TOLERANCE = 1;
    /**
     * Measured exceptions, kept as floors so that they cannot get worse unnoticed. wood.webp is a 4096 x 4096
     * wood-grain texture whose detail sits at the variant's resolution limit, where libvips' Lanczos3 keeps more than
     * our halving-then-bicubic filter (33.6 dB).
     */
    private static final Map<String, Double> PIXEL_FLOORS = Map.of("wood.webp", 33.0);
    /**
     * Measured exceptions of the WebP encoder (libwebp in webp-imageio against libvips' libwebp at the same Q), not
     * explained yet: dogs-exif-orientation6.jpg loses 3.1 dB more, wine-portrait.jpg 1.2 dB more; other uploads lose
     * as much or less.
     */
    private static final Map<String, Double> WEBP_TOLERANCES = Map.of("dogs-exif-orientation6.jpg", 3.5,
            "wine-portrait.jpg", 1.5);
    private static final String VIPS = "/usr/bin/vips";
    private static final String VIPSTHUMBNAIL = "/usr/bin/vipsthumbnail";

    private final String engine;
    private final ImageResizer resizer;

    VipsComparisonTest(String engine) {
        this.engine = engine;
        this.resizer = resizer();
    }

    /** The resizer under test, some keys overridden. */
    private ImageResizer resizer(String... overrides) {
        return new ImageResizer(TestConfig.resizer(engine, overrides));
    }

    @TempDir
    Path dir;

    static Stream<Path> uploads() {
        return Shared.files(Shared.UPLOADS, ".jpg", ".png", ".webp").stream();
    }

    @ParameterizedTest
    @MethodSource("uploads")
    void pixelsAt800AreThoseOfVips(Path file) throws Exception {
        ResizedImage ours = resize(file, 800, Format.PNG);
        double psnr = Images.psnr(Images.decode(ours.bytes()), vipsthumbnail(file, ours, "png"));
        System.out.printf(Locale.ROOT, "PSNR pixels %-28s %4d x %-4d %6.2f dB%n", file.getFileName(), ours.width(),
                ours.height(), psnr);
        double floor = PIXEL_FLOORS.getOrDefault(file.getFileName().toString(), MIN_PSNR);
        assertTrue(psnr >= floor, file.getFileName() + ": " + psnr + " dB");
    }

    @ParameterizedTest
    @MethodSource("lossy")
    void jpegAt800LosesNoMoreThanVips(Path file) throws Exception {
        assertEncodedAsWellAsVips(file, 800, Format.JPEG, "jpg[Q=82]");
    }

    @ParameterizedTest
    @MethodSource("uploads")
    void webpAt400LosesNoMoreThanVips(Path file) throws Exception {
        assertEncodedAsWellAsVips(file, 400, Format.WEBP, "webp[Q=80]");
    }

    static Stream<Path> lossy() {
        return Shared.files(Shared.UPLOADS, ".jpg", ".webp").stream();
    }

    private ResizedImage resize(Path file, int width, Format format) throws IOException {
        return resizer.resize(ImageResizerTest.stored(file), new VariantSpec(width, 0, Fit.INSIDE, format, 0))
                .orElseThrow();
    }

    private void assertEncodedAsWellAsVips(Path file, int width, Format format, String vipsOutput) throws Exception {
        ResizedImage ours = resize(file, width, format);
        BufferedImage oursLossless = Images.decode(resize(file, width, Format.PNG).bytes());
        BufferedImage vipsLossless = vipsthumbnail(file, ours, "png");
        double oursLoss = Images.psnr(Images.decode(ours.bytes()), oursLossless);
        double vipsLoss = Images.psnr(vipsthumbnail(file, ours, vipsOutput), vipsLossless);
        double againstVips = Images.psnr(Images.decode(ours.bytes()), vipsLossless);
        System.out.printf(Locale.ROOT, "PSNR %-4s %-28s %4d x %-4d encoder ours %6.2f dB, vips %6.2f dB; "
                + "ours vs vips lossless %6.2f dB; %d bytes%n", format.parameter(), file.getFileName(), ours.width(),
                ours.height(), oursLoss, vipsLoss, againstVips, ours.bytes().length);
        double tolerance = format == Format.WEBP
                ? WEBP_TOLERANCES.getOrDefault(file.getFileName().toString(), ENCODER_TOLERANCE) : ENCODER_TOLERANCE;
        assertTrue(oursLoss >= vipsLoss - tolerance, file.getFileName() + " " + format + ": " + oursLoss
                + " dB, libvips " + vipsLoss + " dB");
    }

    /**
     * vipsthumbnail's version at exactly the size of ours. A CMYK upload is first converted with its embedded
     * profile by {@code vips icc_transform}, as our decoder does (vipsthumbnail alone ignores that profile).
     */
    private BufferedImage vipsthumbnail(Path file, ResizedImage ours, String output) throws Exception {
        Path source = file;
        if (run(VIPSTHUMBNAIL.replace("vipsthumbnail", "vipsheader"), "-f", "interpretation", file.toString())
                .toUpperCase(Locale.ROOT).contains("CMYK")) {
            source = dir.resolve("srgb.v");
            run(VIPS, "icc_transform", file.toString(), source.toString(), "srgb", "--embedded");
        }
        Path out = dir.resolve("vips." + output);
        run(VIPSTHUMBNAIL, source.toString(), "--size", ours.width() + "x" + ours.height() + "!", "-o",
                out.toString());
        return Images.decode(Files.readAllBytes(dir.resolve(out.getFileName().toString().replaceAll("\\[.*", ""))));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(Path.of(command[0])), command[0] + " is missing: apt-get install libvips-tools");
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
        return output;
    }
}

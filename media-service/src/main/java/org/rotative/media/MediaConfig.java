package org.rotative.media;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the media service, under {@code rotative.media}. */
@ConfigMapping(prefix = "rotative.media")
public interface MediaConfig {

    /**
     * Folder served as {@code /uploads/}: {@code /uploads/a/b.jpg} is {@code <root>/a/b.jpg}. Relative to the working
     * directory; the local launcher passes the site's own {@code uploads/} folder.
     */
    @WithDefault("uploads")
    String root();

    /** Largest {@code ?w=} or {@code ?h=} accepted; larger requests answer 400 (bounds the work one URL can ask). */
    @WithDefault("4000")
    int maxWidth();

    /**
     * Largest source image resized, in megapixels, read from the header before any pixel is decoded: 50 MP is about
     * 200 MB of decoded pixels. Bigger (or lying) images answer 422 instead of exhausting the heap.
     */
    @WithDefault("50")
    int maxMegapixels();

    /**
     * Largest source file resized, in bytes ({@code 50M}); a larger upload is still served as it is, but its variants
     * answer 422.
     */
    @WithDefault("50M")
    MemorySize maxSourceSize();

    /** JPEG quality of resized images when the URL gives no {@code q}, 1 to 100. */
    @WithDefault("82")
    int jpegQuality();

    /** WebP quality of resized images when the URL gives no {@code q}, 1 to 100. */
    @WithDefault("80")
    int webpQuality();

    /** Colour transparent pixels are flattened on when a variant is JPEG (which has no transparency), {@code #rrggbb}. */
    @WithDefault("#ffffff")
    String background();

    /**
     * What makes the pixels of variants: {@code auto} uses libvips ({@code libvips.so.42}, Debian's {@code libvips42})
     * through Java's FFM API when the JVM is 22 or later, started with {@code --enable-native-access=ALL-UNNAMED},
     * and falls back to pure Java (ImageIO and Java 2D) otherwise; {@code libvips} refuses to start without it;
     * {@code java} never tries it. The start-up log says which one resizes, and why.
     */
    @WithDefault("auto")
    String resizer();

    /** Resizes decoded at once; each may hold up to {@link #maxMegapixels()} of pixels, so this bounds the heap. */
    @WithDefault("2")
    int resizeConcurrency();

    /** How long a resize request waits for a free slot before answering 503. */
    @WithDefault("30s")
    Duration resizeWait();

    /**
     * Longest a resize may run once it has a slot; a slower one is aborted (its slot freed) and answers 503 with
     * {@code "error": "resize timed out"}.
     */
    @WithDefault("20s")
    Duration resizeTimeout();

    /**
     * {@code Cache-Control: max-age} of originals and of variants whose URL does not pin the content. Moderate, not
     * immutable: an upload may be replaced under the same name, and clients revalidate with the ETag. URLs with
     * {@code v=<first hex digits of the file's SHA-256>} are {@code immutable} for a year instead.
     */
    @WithDefault("1h")
    Duration maxAge();

    /**
     * Named variants, served without a signature, as {@code name=W}, {@code name=WxH} or {@code name=WxH:fit}
     * ({@code fit} one of cover, contain, inside; default inside). {@code ?preset=card} asks for one; a plain
     * {@code ?w=N} is the preset named {@code wN} when that preset is a width alone, which keeps the render service's
     * {@code srcset} ladder ({@code ?w=480}, {@code 800}, {@code 1200}) working unsigned.
     */
    @WithDefault("thumb=160x160:cover,card=480x270:cover,hero=1600x900:cover,w480=480,w800=800,w1200=1200")
    List<String> presets();

    /** Signed variant URLs. */
    Signing signing();

    /** Disk cache of generated variants. */
    Cache cache();

    /** Consumer group that checks the images of every parsed article. */
    @WithDefault("rotative-media")
    String groupId();

    /**
     * Whether the presets of every image an article references are generated into the cache as soon as the article is
     * checked, so that its first readers do not wait for them.
     */
    @WithDefault("true")
    boolean pregenerate();

    /**
     * Variant URLs other than presets carry {@code s}, an HMAC-SHA256 of the canonical URL (see
     * {@code org.rotative.media.signing.UrlSigner}).
     */
    interface Signing {

        /**
         * Whether keys are required: with {@code true} and no keys the service refuses to start. The local launcher
         * sets {@code false}, and then variants are open unless keys are given anyway.
         */
        @WithDefault("true")
        boolean required();

        /**
         * Signing keys, comma-separated (environment {@code ROTATIVE_MEDIA_SIGNING_KEYS}): a signature made with any
         * of them is accepted, so a new key can be added before the old one is removed. No default.
         */
        Optional<List<String>> keys();
    }

    /** Generated variants kept on disk, least recently used dropped first. */
    interface Cache {

        /** Folder of the cache; created when missing, its content kept across restarts. */
        @WithDefault("${java.io.tmpdir}/rotative-media-variants")
        String dir();

        /** Most bytes the cached variants may take ({@code 128M}); the least recently used go first. */
        @WithDefault("128M")
        MemorySize maxSize();
    }
}

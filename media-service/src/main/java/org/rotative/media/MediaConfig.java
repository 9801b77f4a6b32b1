package org.rotative.media;

import java.time.Duration;

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

    /** Largest {@code ?w=} accepted; wider requests answer 400 (bounds the work a single URL can ask for). */
    @WithDefault("4000")
    int maxWidth();

    /**
     * Largest source image resized, in megapixels, read from the header before any pixel is decoded: 50 MP is about
     * 200 MB of decoded pixels. Bigger (or lying) images answer 422 instead of exhausting the heap.
     */
    @WithDefault("50")
    int maxMegapixels();

    /** JPEG quality of resized images, 1 to 100. */
    @WithDefault("82")
    int jpegQuality();

    /** Resizes decoded at once; each may hold up to {@link #maxMegapixels()} of pixels, so this bounds the heap. */
    @WithDefault("2")
    int resizeConcurrency();

    /** How long a resize request waits for a free slot before answering 503. */
    @WithDefault("30s")
    Duration resizeWait();

    /**
     * {@code Cache-Control: max-age} of originals and resized images. Moderate, not immutable: an upload may be
     * replaced under the same name, and clients revalidate with the ETag.
     */
    @WithDefault("1h")
    Duration maxAge();

    /** Consumer group that checks the images of every parsed article. */
    @WithDefault("rotative-media")
    String groupId();
}

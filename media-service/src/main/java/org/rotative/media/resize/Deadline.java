package org.rotative.media.resize;

import java.time.Duration;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

/**
 * The time limit of one resize. ImageIO decoders report their progress row by row on the decoding thread; past the
 * deadline that report aborts the read (an ImageReader may only be aborted from its own thread), and the next
 * {@link #check} fails the resize, so the slot is freed within a few rows. libvips is stopped from a watchdog thread
 * instead ({@link VipsEngine}).
 */
final class Deadline implements IIOReadProgressListener {

    private final String key;
    private final long nanos;

    private Deadline(String key, long nanos) {
        this.key = key;
        this.nanos = nanos;
    }

    /** A deadline {@code limit} from now, for resizing the image under {@code key}. */
    static Deadline after(Duration limit, String key) {
        return new Deadline(key, System.nanoTime() + limit.toNanos());
    }

    boolean passed() {
        return remainingNanos() < 0;
    }

    /** Nanoseconds until the deadline, negative once it passed. */
    long remainingNanos() {
        return nanos - System.nanoTime();
    }

    void check() {
        if (passed()) {
            throw timedOut();
        }
    }

    ImageRejectedException timedOut() {
        return ImageRejectedException.timedOut("resizing " + key + " took longer than the limit "
                + "(rotative.media.resize-timeout); try again later or ask for a smaller variant");
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
        if (passed()) {
            source.abort();
        }
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {
    }

    @Override
    public void sequenceComplete(ImageReader source) {
    }

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
    }

    @Override
    public void imageComplete(ImageReader source) {
    }

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
    }

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {
    }

    @Override
    public void thumbnailComplete(ImageReader source) {
    }

    @Override
    public void readAborted(ImageReader source) {
    }
}

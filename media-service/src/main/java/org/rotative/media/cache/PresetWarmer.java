package org.rotative.media.cache;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.rotative.media.MediaConfig;
import org.rotative.media.RefusedRequestException;
import org.rotative.media.resize.ImageResizer;
import org.rotative.media.resize.ResizedImage;
import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.Presets;
import org.rotative.media.variant.VariantSpec;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Makes the presets of the images articles reference before readers ask for them, in the background: one image at a
 * time (one resize slot at most, the others stay for readers), every missing preset of an image from one decoding.
 * A full queue drops work rather than holding the consumer: a variant not made ahead is made on first request.
 */
@ApplicationScoped
public class PresetWarmer {

    private static final Logger LOG = Logger.getLogger(PresetWarmer.class);
    /** Images waiting to be warmed; beyond this, new ones are left to their first reader. */
    private static final int QUEUE = 10_000;

    @Inject
    MediaConfig config;
    @Inject
    Presets presets;
    @Inject
    ImageResizer resizer;
    @Inject
    VariantCache cache;

    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread thread = new Thread(r, "preset-warmer");
                thread.setDaemon(true);
                return thread;
            });

    /** Queues the images' missing presets, when {@code rotative.media.pregenerate} is on. */
    public void warm(List<StoredFile> images) {
        if (!config.pregenerate()) {
            return;
        }
        for (StoredFile image : images) {
            try {
                worker.execute(() -> warmNow(image));
            } catch (RejectedExecutionException e) {
                LOG.debugf("Preset queue full: %s will be resized on first request", image.key());
            }
        }
    }

    /** Makes the image's missing presets now, on the calling thread. */
    void warmNow(StoredFile image) {
        String settings = resizer.settings();
        List<VariantSpec> missing = presets.all().values().stream()
                .filter(spec -> !cache.contains(VariantCache.key(image, spec, settings))).toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            Map<VariantSpec, Optional<ResizedImage>> made = resizer.resizeAll(image, missing);
            for (Map.Entry<VariantSpec, Optional<ResizedImage>> entry : made.entrySet()) {
                cache.put(VariantCache.key(image, entry.getKey(), settings),
                        entry.getValue().map(r -> new Variant(r.bytes(), r.format())));
            }
        } catch (RefusedRequestException | IOException e) {
            LOG.debugf("Presets of %s not made ahead: %s", image.key(), e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}

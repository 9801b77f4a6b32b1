package org.rotative.media.cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * The variant cache in Prometheus: requests served from disk and variants computed (their ratio is the hit ratio,
 * {@code rate(..{result="hit"}) / rate(..)} over any window), the hit ratio since start, and the bytes it holds.
 */
@Singleton
public class VariantCacheMetrics implements MeterBinder {

    private final VariantCache cache;

    VariantCacheMetrics(VariantCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("rotative.media.cache.requests", cache, VariantCache::hits).tag("result", "hit")
                .description("Variant requests served from the disk cache").register(registry);
        FunctionCounter.builder("rotative.media.cache.requests", cache, VariantCache::computations)
                .tag("result", "computed").description("Variants computed (cache misses)").register(registry);
        Gauge.builder("rotative.media.cache.hit.ratio", cache, VariantCacheMetrics::hitRatio)
                .description("Share of variant requests served from disk since start").register(registry);
        Gauge.builder("rotative.media.cache.size", cache, VariantCache::bytes).baseUnit("bytes")
                .description("Bytes the cached variants take").register(registry);
    }

    private static double hitRatio(VariantCache cache) {
        long hits = cache.hits();
        long all = hits + cache.computations();
        return all == 0 ? 0 : (double) hits / all;
    }
}

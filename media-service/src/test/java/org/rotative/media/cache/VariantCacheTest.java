package org.rotative.media.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotative.media.resize.ImageRejectedException;
import org.rotative.media.variant.Format;

class VariantCacheTest {

    @TempDir
    Path dir;

    private static Variant variant(int size, int fill) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) fill);
        return new Variant(bytes, Format.JPEG);
    }

    /** Waits for a latch inside a computation, which may only throw IOException. */
    private static void pause(CountDownLatch latch) throws IOException {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException();
        }
    }

    @Test
    void keepsVariantsOnDiskAcrossRestarts() throws IOException {
        VariantCache cache = new VariantCache(dir, 1000);
        cache.get("a", () -> Optional.of(variant(10, 1)));
        cache.get("original", Optional::empty);
        VariantCache restarted = new VariantCache(dir, 1000);
        assertTrue(restarted.contains("a") && restarted.contains("original"));
        Optional<Variant> a = restarted.get("a", () -> {
            throw new AssertionError("computed again");
        });
        assertArrayEquals(variant(10, 1).bytes(), a.orElseThrow().bytes());
        assertEquals(Format.JPEG, a.orElseThrow().format());
        assertTrue(restarted.get("original", () -> {
            throw new AssertionError("computed again");
        }).isEmpty());
        assertEquals(0, restarted.computations());
    }

    @Test
    void evictsTheLeastRecentlyUsedPastTheByteLimit() throws IOException {
        VariantCache cache = new VariantCache(dir, 300);
        cache.get("a", () -> Optional.of(variant(100, 1)));
        cache.get("b", () -> Optional.of(variant(100, 2)));
        cache.get("c", () -> Optional.of(variant(100, 3)));
        cache.get("a", () -> Optional.of(variant(100, 1))); // a is now the most recently used
        cache.get("d", () -> Optional.of(variant(100, 4))); // 400 bytes: b goes
        assertTrue(cache.contains("a") && cache.contains("c") && cache.contains("d"));
        assertFalse(cache.contains("b"));
        assertFalse(dir.resolve("b.jpeg").toFile().exists());
        assertEquals(4, cache.computations());
        // Larger than the whole cache: served, not kept.
        cache.get("huge", () -> Optional.of(variant(301, 5)));
        assertFalse(cache.contains("huge"));
        assertTrue(cache.contains("a"));
    }

    @Test
    void concurrentRequestsForOneVariantComputeItOnce() throws Exception {
        VariantCache cache = new VariantCache(dir, 1_000_000);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Optional<Variant>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> cache.get("same", () -> {
                    computed.incrementAndGet();
                    pause(release); // every request arrives while this one computes
                    return Optional.of(variant(50, 7));
                })));
            }
            while (cache.computations() == 0) {
                Thread.onSpinWait();
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Optional<Variant>> answer : answers) {
                assertArrayEquals(variant(50, 7).bytes(), answer.get(10, TimeUnit.SECONDS).orElseThrow().bytes());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, computed.get());
        assertEquals(1, cache.computations());
    }

    @Test
    void aFailureReachesEveryWaiterAndIsNotCached() throws Exception {
        VariantCache cache = new VariantCache(dir, 1000);
        ImageRejectedException failure = new ImageRejectedException(422, "damaged image", "x.jpg is truncated", null);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> cache.get("bad", () -> {
                computing.countDown();
                pause(release);
                throw failure;
            }));
            computing.await(10, TimeUnit.SECONDS);
            Future<?> second = pool.submit(() -> cache.get("bad", () -> {
                throw new AssertionError("computed twice");
            }));
            Thread.sleep(300);
            release.countDown();
            assertSame(failure, assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> first.get(10, TimeUnit.SECONDS)).getCause());
            assertSame(failure, assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> second.get(10, TimeUnit.SECONDS)).getCause());
        } finally {
            pool.shutdownNow();
        }
        assertFalse(cache.contains("bad"));
    }
}

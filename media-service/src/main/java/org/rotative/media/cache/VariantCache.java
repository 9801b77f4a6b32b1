package org.rotative.media.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.rotative.media.MediaConfig;
import org.rotative.media.storage.ContentHashes;
import org.rotative.media.storage.StoredFile;
import org.rotative.media.variant.Format;
import org.rotative.media.variant.VariantSpec;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Generated variants on disk, one file per variant ({@code <key>.<format>}), at most a number of bytes: the least
 * recently used go first. A variant asked for by several requests at once is computed once, the others wait for it
 * (single flight). An answer that is the original itself is remembered too, as an empty {@code <key>.original}, so
 * that its header is not read again. Entries found on disk at start-up are kept, oldest first in line for eviction.
 */
@Singleton
public class VariantCache {

    private static final Logger LOG = Logger.getLogger(VariantCache.class);
    private static final String ORIGINAL = "original";

    private final Path dir;
    private final long maxBytes;
    /** File name → bytes, in access order: the first is the least recently used. */
    private final LinkedHashMap<String, Long> files = new LinkedHashMap<>(256, 0.75f, true);
    /** Key → file name. */
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<Variant>>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong computations = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private long bytes;

    /** Computes a variant: empty when the original is the answer. */
    @FunctionalInterface
    public interface Computation {
        Optional<Variant> compute() throws IOException;
    }

    @Inject
    public VariantCache(MediaConfig config) throws IOException {
        this(Path.of(config.cache().dir()), config.cache().maxSize().asLongValue());
    }

    public VariantCache(Path dir, long maxBytes) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.maxBytes = maxBytes;
        List<Path> existing;
        try (Stream<Path> list = Files.list(dir)) {
            existing = list.filter(p -> parse(p.getFileName().toString()) != null)
                    .sorted(Comparator.comparing(VariantCache::modified)).toList();
        }
        for (Path file : existing) {
            String name = file.getFileName().toString();
            names.put(name.substring(0, name.lastIndexOf('.')), name);
            add(name, Files.size(file));
        }
        LOG.infof("Variant cache in %s: %d variants, %d of %d bytes", this.dir, existing.size(), bytes, maxBytes);
    }

    /**
     * The variant under {@code key}, from disk, or computed now (once, whatever the number of requests that ask for
     * it at the same time) and kept.
     *
     * @param key a file-name-safe digest of everything the variant depends on
     * @return empty when the original is the answer
     * @throws IOException as the computation, or when the cache cannot be written
     */
    public Optional<Variant> get(String key, Computation computation) throws IOException {
        Optional<Optional<Variant>> hit = read(key);
        if (hit.isPresent()) {
            hits.incrementAndGet();
            return hit.get();
        }
        CompletableFuture<Optional<Variant>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Variant>> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            // Another computation may have finished between the read and taking the flight.
            Optional<Variant> variant = read(key).orElse(null);
            if (variant == null) {
                computations.incrementAndGet();
                variant = computation.compute();
                put(key, variant);
            }
            mine.complete(variant);
            return variant;
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Whether the variant under {@code key} is on disk. */
    public boolean contains(String key) {
        return names.containsKey(key);
    }

    /** How many variants were computed since start (for monitoring and tests). */
    public long computations() {
        return computations.get();
    }

    /** How many requests found their variant on disk since start. */
    public long hits() {
        return hits.get();
    }

    /** Bytes the cached variants take. */
    public synchronized long bytes() {
        return bytes;
    }

    private static Optional<Variant> await(CompletableFuture<Optional<Variant>> running) throws IOException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while another request computed the same variant", e);
        } catch (ExecutionException e) {
            // The same failure as the request that computed it: a hostile file is a 422 for everyone.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** The cached answer, if any: present-and-empty means "the original". */
    private Optional<Optional<Variant>> read(String key) throws IOException {
        String name = names.get(key);
        if (name == null) {
            return Optional.empty();
        }
        synchronized (this) {
            files.get(name); // marks it recently used
        }
        String format = parse(name);
        if (ORIGINAL.equals(format)) {
            return Optional.of(Optional.empty());
        }
        try {
            byte[] content = Files.readAllBytes(dir.resolve(name));
            return Optional.of(Optional.of(new Variant(content, Format.of(format).orElseThrow())));
        } catch (NoSuchFileException e) {
            // Evicted between the look-up and the read (or removed by hand): compute it again.
            forget(name);
            return Optional.empty();
        }
    }

    /**
     * The cache key of a variant: a digest of everything its bytes depend on (the file's version, the spec, the
     * resizer's settings), so that a changed upload or setting never serves an old variant.
     */
    public static String key(StoredFile file, VariantSpec spec, String settings) {
        return ContentHashes.sha256(String.join("\n", file.key(), file.version(), spec.canonical(), settings));
    }

    /** Keeps a variant computed elsewhere (several at once from one decoding). */
    public void put(String key, Optional<Variant> variant) throws IOException {
        byte[] content = variant.map(Variant::bytes).orElse(new byte[0]);
        if (content.length > maxBytes) {
            return;
        }
        String name = key + "." + variant.map(v -> v.format().parameter()).orElse(ORIGINAL);
        Path temporary = Files.createTempFile(dir, key, ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        names.put(key, name);
        add(name, content.length);
    }

    private synchronized void add(String name, long size) {
        Long previous = files.put(name, size);
        bytes += size - (previous == null ? 0 : previous);
        Iterator<Map.Entry<String, Long>> eldest = files.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Long> entry = eldest.next();
            if (entry.getKey().equals(name)) {
                continue;
            }
            eldest.remove();
            bytes -= entry.getValue();
            names.remove(entry.getKey().substring(0, entry.getKey().lastIndexOf('.')));
            delete(entry.getKey());
        }
    }

    private synchronized void forget(String name) {
        Long size = files.remove(name);
        if (size != null) {
            bytes -= size;
        }
        names.remove(name.substring(0, name.lastIndexOf('.')));
    }

    private void delete(String name) {
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
            LOG.warnf("Cannot delete the evicted variant %s: %s", dir.resolve(name), e.getMessage());
        }
    }

    /** The format part of a cache file's name, null when the file is no cache entry. */
    private static String parse(String name) {
        int dot = name.lastIndexOf('.');
        String format = dot > 0 ? name.substring(dot + 1) : "";
        return ORIGINAL.equals(format) || Format.of(format).isPresent() ? format : null;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

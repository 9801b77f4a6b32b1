package org.rotative.media.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.rotative.media.MediaConfig;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Uploads in a local folder. A key is served only when its real path, symbolic links followed, stays under the real
 * root: {@code ..}, absolute paths and links pointing elsewhere all read as "no such file".
 */
@Singleton
public class FileSystemImageStore implements ImageStore {

    private static final Logger LOG = Logger.getLogger(FileSystemImageStore.class);

    private final Path root;

    @Inject
    public FileSystemImageStore(MediaConfig config) {
        this(Path.of(config.root()));
    }

    public FileSystemImageStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    void reportRoot(@Observes StartupEvent event) {
        if (!Files.isDirectory(root)) {
            LOG.warnf("Uploads folder %s does not exist: every /uploads/ request will answer 404", root);
        } else {
            LOG.infof("Serving /uploads/ from %s", root);
        }
        // The JVM maps file names through this charset; with a POSIX locale, names such as "café.jpg" are unusable.
        if (!StandardCharsets.UTF_8.name().equals(System.getProperty("sun.jnu.encoding"))) {
            LOG.warnf("File names are encoded as %s, not UTF-8: uploads with non-ASCII names will answer 404. "
                    + "Run the service with a UTF-8 locale (LANG=C.UTF-8).", System.getProperty("sun.jnu.encoding"));
        }
    }

    @Override
    public Optional<StoredFile> find(String key) throws IOException {
        Optional<Path> file = resolve(key);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path path = file.get();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (FileSystemException e) {
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            return Optional.empty();
        }
        String version = Long.toHexString(attributes.lastModifiedTime().toMillis()) + "-"
                + Long.toHexString(attributes.size());
        return Optional.of(new StoredFile(key, ContentTypes.of(key), attributes.size(),
                attributes.lastModifiedTime().toInstant(), version, () -> Files.newInputStream(path)));
    }

    /** The real path of a safe key, when it exists and stays under the real root. */
    Optional<Path> resolve(String key) throws IOException {
        if (!ImageStore.isSafeKey(key)) {
            return Optional.empty();
        }
        try {
            Path realRoot = root.toRealPath();
            Path real = realRoot.resolve(key).toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (FileSystemException | InvalidPathException e) {
            // Missing, not a directory on the way, link loop, unreadable, unmappable name: nothing we can serve.
            return Optional.empty();
        }
    }
}

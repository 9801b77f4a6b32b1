package org.rotative.media.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemImageStoreTest {

    @TempDir
    Path dir;
    Path root;
    FileSystemImageStore store;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectory(dir.resolve("uploads"));
        Files.writeString(dir.resolve("secret.txt"), "outside the root");
        Files.write(root.resolve("photo.jpg"), new byte[] {1, 2, 3});
        Files.createDirectories(root.resolve("2024/03"));
        Files.writeString(root.resolve("2024/03/report.pdf"), "%PDF");
        store = new FileSystemImageStore(root);
    }

    @Test
    void findsAFileWithItsTypeSizeAndVersion() throws IOException {
        StoredFile file = store.find("photo.jpg").orElseThrow();
        assertEquals("image/jpeg", file.contentType());
        assertEquals(3, file.size());
        try (InputStream in = file.open()) {
            assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
        }
        assertEquals("application/pdf", store.find("2024/03/report.pdf").orElseThrow().contentType());
    }

    @Test
    void versionChangesWhenTheFileChanges() throws IOException {
        String before = store.find("photo.jpg").orElseThrow().version();
        Files.write(root.resolve("photo.jpg"), new byte[] {1, 2, 3, 4});
        assertNotEquals(before, store.find("photo.jpg").orElseThrow().version());
    }

    @Test
    void findsDecodedNonAsciiNames() throws IOException {
        // /uploads/lancement_a%C3%A0c-EIG5.jpg in a numerique.gouv.fr article, once the URL is decoded.
        Files.write(root.resolve("lancement_aàc-EIG5.jpg"), new byte[] {9});
        Files.write(root.resolve("Mission Quebec.png"), new byte[] {9});
        assertTrue(store.find("lancement_aàc-EIG5.jpg").isPresent());
        assertTrue(store.find("Mission Quebec.png").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "2024/../../secret.txt", "2024/03/../../../secret.txt", "..", ".",
            "./photo.jpg", "/etc/passwd", "2024//03/report.pdf", "..\\secret.txt", "photo.jpg\0.png", "",
            "2024/03/", "photo.jpg/", "%2e%2e/secret.txt", ".hidden", "2024/.git/config"})
    void unsafeOrUnknownKeysAreNotFound(String key) throws IOException {
        Files.writeString(root.resolve(".hidden"), "dot files are never served");
        assertTrue(store.find(key).isEmpty(), key);
    }

    @Test
    void anAbsolutePathIntoTheRootIsStillRefused() throws IOException {
        assertTrue(store.find(root.resolve("photo.jpg").toString()).isEmpty());
    }

    @Test
    void aDoubleEncodedNameIsALiteralFileName() throws IOException {
        // %252e%252e is decoded once by JAX-RS to "%2e%2e": a name, never decoded again into "..".
        Files.createDirectory(root.resolve("%2e%2e"));
        Files.writeString(root.resolve("%2e%2e/x.txt"), "inside");
        assertEquals("inside", new String(store.find("%2e%2e/x.txt").orElseThrow().open().readAllBytes()));
        assertTrue(store.find("%2e%2e/secret.txt").isEmpty());
    }

    @Test
    void symbolicLinksMayNotLeaveTheRoot() throws IOException {
        Files.createSymbolicLink(root.resolve("escape.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("outside"), dir);
        Files.createSymbolicLink(root.resolve("alias.jpg"), root.resolve("photo.jpg"));
        Files.createSymbolicLink(root.resolve("loop.jpg"), root.resolve("loop.jpg"));
        assertTrue(store.find("escape.txt").isEmpty());
        assertTrue(store.find("outside/secret.txt").isEmpty());
        assertTrue(store.find("loop.jpg").isEmpty());
        assertEquals(3, store.find("alias.jpg").orElseThrow().size());
    }

    @Test
    void aRootReachedThroughALinkStillWorks() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("current"), root);
        assertTrue(new FileSystemImageStore(link).find("photo.jpg").isPresent());
    }

    @Test
    void directoriesAndAMissingRootAreNotFound() throws IOException {
        assertTrue(store.find("2024").isEmpty());
        assertTrue(new FileSystemImageStore(dir.resolve("nowhere")).find("photo.jpg").isEmpty());
    }

    @Test
    void safeKeys() {
        assertTrue(ImageStore.isSafeKey("a/b c/é.jpg"));
        assertTrue(ImageStore.isSafeKey("a..b.jpg"));
        assertFalse(ImageStore.isSafeKey(null));
        assertFalse(ImageStore.isSafeKey("a/../b.jpg"));
        assertFalse(ImageStore.isSafeKey("/a.jpg"));
    }

    @Test
    void contentTypesFromExtensions() {
        assertEquals("image/jpeg", ContentTypes.of("DCANT_COS_2019fevrier.JPG"));
        assertEquals("image/webp", ContentTypes.of("wood.webp"));
        assertEquals("image/svg+xml", ContentTypes.of("a/Video.svg"));
        assertEquals(ContentTypes.DEFAULT, ContentTypes.of("README"));
        assertEquals(ContentTypes.DEFAULT, ContentTypes.of("dir.jpg/README"));
        assertEquals(ContentTypes.DEFAULT, ContentTypes.of(".jpg"));
        assertTrue(ContentTypes.isImage("x.png"));
        assertFalse(ContentTypes.isImage("x.pdf"));
    }
}

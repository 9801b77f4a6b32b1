package org.rotative.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL of the test's own (the local runtime's embedded one), so that a test can restart it without disturbing
 * the database every other test shares.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final String DATABASE = "rotative";

    private final Path root;
    private final Path dir;
    private final int port;
    private Process process;

    private EmbeddedDatabase(Path root, Path dir, int port) {
        this.root = root;
        this.dir = dir;
        this.port = port;
    }

    static EmbeddedDatabase start(Path root, Path dir) throws Exception {
        Files.createDirectories(dir);
        EmbeddedDatabase db = new EmbeddedDatabase(root, dir, LocalRuntime.freePort());
        db.restart();
        return db;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Stops PostgreSQL cleanly (a fast shutdown: open connections are closed), as a restart or failover does. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts PostgreSQL on its data folder and waits until it accepts connections. */
    void restart() throws Exception {
        Path log = dir.resolve("postgres.log");
        long logged = Files.exists(log) ? Files.size(log) : 0;
        process = LocalRuntime.java(root, log, "org.rotative.local.EmbeddedPostgres", String.valueOf(port),
                dir.resolve("data").toString(), DATABASE);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited; see " + log);
            }
            if (Files.exists(log) && Files.readString(log).substring((int) logged).contains("ready ")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("PostgreSQL not ready within 120 s; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            stop();
        }
    }
}

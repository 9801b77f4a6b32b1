package org.rotative.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real PostgreSQL (binaries from Maven Central) until this process is stopped, for machines that have none.
 * Usage: {@code EmbeddedPostgres PORT DATA_DIR DATABASE}. The data folder survives restarts; the database is created
 * when missing. Prints {@code ready <jdbc-url>} once it accepts connections.
 */
public final class EmbeddedPostgres {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedPostgres PORT DATA_DIR DATABASE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
                .builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException e) {
                System.err.println("stopping PostgreSQL: " + e.getMessage());
            }
            stopped.countDown();
        }));
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + args[2];
        CreateDatabase.ensure(url, "postgres", "");
        System.out.println("ready " + url);
        stopped.await();
    }

    private EmbeddedPostgres() {
    }
}

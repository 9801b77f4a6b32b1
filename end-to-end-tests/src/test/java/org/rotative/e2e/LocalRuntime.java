package org.rotative.e2e;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Processes of the local runtime (Kafka, embedded PostgreSQL), run from its jars as {@code ./pipeline} runs them. */
final class LocalRuntime {

    /** Ports below are left to {@code ./pipeline}'s defaults (5432, 808x, 9092) and the machine's services. */
    private static final int LOWEST_PORT = 15000;
    /** The search starts at a random port of {@code [LOWEST_PORT, LOWEST_PORT + PORT_SPREAD)}. */
    private static final int PORT_SPREAD = 10000;
    /** Where the kernel's ephemeral range starts: ports are handed out below. */
    private static final int LIMIT = ephemeralRangeStart();

    /** Random first, so that two test JVMs on one machine rarely try the same ports. */
    private static int nextPort = LOWEST_PORT + new Random().nextInt(PORT_SPREAD);

    /** Starts {@code main} with the local runtime's classpath, appending its output to {@code log}. */
    static Process java(Path root, Path log, String main, String... args) throws IOException {
        String classpath = root.resolve("local-runtime/target/lib") + "/*" + File.pathSeparator
                + root.resolve("local-runtime/target/classes");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", classpath,
                main));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /**
     * A port nothing listens on, below the kernel's ephemeral range, not returned again by this JVM before the search
     * has gone round.
     *
     * <p>Not {@code new ServerSocket(0)}: that port comes from the ephemeral range, where any process's outgoing
     * connection (a Kafka client, an HTTP poll) may take it before the service binds it; a chaos run once failed so, on
     * media's management port ("Address already in use").
     */
    static synchronized int freePort() throws IOException {
        for (int tries = 0; tries < LIMIT - LOWEST_PORT; tries++) {
            int port = nextPort++;
            if (nextPort >= LIMIT) {
                nextPort = LOWEST_PORT;
            }
            if (bindable(port)) {
                return port;
            }
        }
        throw new IOException("no free port between " + LOWEST_PORT + " and " + LIMIT);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port of {@code net.ipv4.ip_local_port_range} (Linux), 32768 where it cannot be read. */
    private static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return Math.max(LOWEST_PORT + PORT_SPREAD, Integer.parseInt(range.split("\\s+")[0]));
        } catch (IOException | RuntimeException unreadable) {
            return 32768;
        }
    }

    private LocalRuntime() {
    }
}

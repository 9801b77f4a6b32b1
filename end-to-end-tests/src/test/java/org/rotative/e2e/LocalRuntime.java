package org.rotative.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Processes of the local runtime (Kafka, embedded PostgreSQL), run from its jars as {@code ./pipeline} runs them. */
final class LocalRuntime {

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

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private LocalRuntime() {
    }
}

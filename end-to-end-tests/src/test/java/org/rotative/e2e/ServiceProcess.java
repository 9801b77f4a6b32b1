package org.rotative.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service ({@code target/quarkus-app}) running as its own JVM, as {@code ./pipeline up} runs it. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String name;
    final int port;
    /** Health and metrics: the service's management interface. */
    private final int managementPort;
    private final Path log;
    private final ProcessBuilder builder;
    private Process process;

    private ServiceProcess(String name, int port, int managementPort, Path log, ProcessBuilder builder)
            throws IOException {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.builder = builder;
        this.process = builder.start();
    }

    /** Starts {@code <root>/<name>-service} on a free port with the given configuration (environment variables). */
    static ServiceProcess start(Path root, String name, Map<String, String> env) throws IOException {
        return start(root, name, name, env);
    }

    /**
     * Starts one more instance of a service, whose log is {@code <instance>.log}.
     *
     * @param name     ingest, render or media
     * @param instance names the instance and its log, e.g. {@code render-2}
     */
    static ServiceProcess start(Path root, String name, String instance, Map<String, String> env)
            throws IOException {
        Path jar = root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        int port = LocalRuntime.freePort();
        int managementPort = LocalRuntime.freePort();
        Path log = root.resolve("end-to-end-tests/target/" + instance + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        // A static member of its consumer groups under its own name, as deploy/ names each pod's: a restart after
        // kill -9 takes the partitions back without waiting for the session timeout.
        builder.environment().put("KAFKA_GROUP_INSTANCE_ID", instance);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        return new ServiceProcess(name, port, managementPort, log, builder);
    }

    /** Kills the service as a crash would ({@code kill -9}): nothing finishes, nothing is committed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the service again, same port and configuration, and waits until it is ready. */
    void restart(Duration timeout) throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        process = builder.start();
        awaitReady(timeout);
    }

    URI uri(String pathAndQuery) {
        return local(port, pathAndQuery);
    }

    private static URI local(int port, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /**
     * Waits until {@code /q/health/ready} answers 200 on the management port; fails with the end of the service's log
     * otherwise.
     */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(local(managementPort, "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the service as Kubernetes does (SIGTERM, then SIGKILL after 30 s), and waits until it is gone. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}

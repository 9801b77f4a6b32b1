package org.rotative.e2e;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker of the test's own (KRaft, one node, from the local runtime's jars), so that a test can kill and
 * restart it without disturbing the broker every other test shares.
 */
final class KafkaBroker implements AutoCloseable {

    private final Path root;
    private final Path dir;
    private final int port;
    private Process process;

    private KafkaBroker(Path root, Path dir, int port) {
        this.root = root;
        this.dir = dir;
        this.port = port;
    }

    /** Formats a new broker in {@code dir}, starts it and creates the pipeline's topics. */
    static KafkaBroker start(Path root, Path dir) throws Exception {
        int port = LocalRuntime.freePort();
        int controller = LocalRuntime.freePort();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller", "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "inter.broker.listener.name=PLAINTEXT", "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"), "num.partitions=4",
                "offsets.topic.replication.factor=1", "offsets.topic.num.partitions=4",
                "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0", "log.cleaner.dedupe.buffer.size=8388608", ""));
        KafkaBroker broker = new KafkaBroker(root, dir, port);
        broker.run("kafka.tools.StorageTool", "format", "--standalone", "-t", "rotative-outage-test-0",
                "-c", dir.resolve("server.properties").toString()).waitFor(60, TimeUnit.SECONDS);
        broker.restart();
        Process topics = broker.run("org.rotative.local.CreateTopics", broker.bootstrap(), "4");
        if (!topics.waitFor(90, TimeUnit.SECONDS) || topics.exitValue() != 0) {
            throw new IllegalStateException("could not create the topics on the test broker");
        }
        return broker;
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker cleanly, as an operator or a rolling restart would. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Kills the broker as a crash would: no clean shutdown. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the broker on its data, and waits until it listens. */
    void restart() throws Exception {
        process = run("kafka.Kafka", dir.resolve("server.properties").toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the test broker exited; see " + dir.resolve("broker.log"));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the test broker did not listen within 90 s");
    }

    private Process run(String main, String... args) throws IOException {
        return LocalRuntime.java(root, dir.resolve("broker.log"), main, args);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}

package org.wirecheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one process) for tests, started as a child
 * process from the jars that the {@code kafka-broker} module resolves, with the same {@code server.properties} template
 * that {@code ./wirecheck up} uses. It binds 127.0.0.1 on two free ports and keeps its log in a temporary folder.
 * <p>
 * {@link #stop()} followed by {@link #start()} restarts it on the same ports with its data kept, which is how a test
 * simulates a broker restart mid-stream.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final Path workDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    public KafkaBroker() {
        this.root = WirecheckRoot.find();
        try {
            this.workDir = Files.createTempDirectory("wirecheck-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = freePort();
        this.controllerPort = freePort();
    }

    /** Formats the storage on first start, starts the process and waits until the broker answers a metadata request. */
    public synchronized KafkaBroker start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            Path config = workDir.resolve("server.properties");
            if (!Files.exists(config)) {
                String template = Files.readString(root.resolve("kafka-broker/config/server.properties"));
                Files.writeString(config, template
                        .replace("@PORT@", Integer.toString(port))
                        .replace("@CONTROLLER_PORT@", Integer.toString(controllerPort))
                        .replace("@DATA_DIR@", workDir.resolve("data").toString()));
                run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString(),
                        "--standalone"), workDir.resolve("format.log"), Duration.ofSeconds(60));
            }
            ProcessBuilder builder = new ProcessBuilder(command(List.of("kafka.Kafka", config.toString())))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("broker.log").toFile()));
            process = builder.start();
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker in " + workDir, e);
        }
    }

    /** Stops the broker process (SIGTERM, then SIGKILL after 30 s) and keeps its data for a later {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** Stops the broker and deletes its data. */
    @Override
    public synchronized void close() {
        stop();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing a test run for.
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public Path logFile() {
        return workDir.resolve("broker.log");
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited with " + process.exitValue() + "; see "
                        + logFile() + ":\n" + tail(logFile()));
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            sleep(250);
        }
        throw new IllegalStateException("The Kafka broker did not become ready within " + READY_TIMEOUT + "; see "
                + logFile() + ":\n" + tail(logFile()), last);
    }

    private void run(List<String> mainAndArgs, Path log, Duration timeout) throws IOException {
        Process p = new ProcessBuilder(command(mainAndArgs)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("'" + String.join(" ", mainAndArgs) + "' failed:\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + mainAndArgs.get(0), e);
        }
    }

    private List<String> command(List<String> mainAndArgs) throws IOException {
        Path classpathFile = root.resolve("kafka-broker/target/broker-classpath.txt");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException("No Kafka broker classpath at " + classpathFile
                    + "; build it first with ./mvnw -pl kafka-broker generate-resources");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-Dlog4j2.configurationFile=" + root.resolve("kafka-broker/config/log4j2.properties"));
        command.add("-cp");
        command.add(Files.readString(classpathFile, StandardCharsets.UTF_8).trim());
        command.addAll(mainAndArgs);
        return command;
    }

    /**
     * A KRaft cluster id: 16 random bytes in URL-safe base64 without padding, as {@code kafka-storage random-uuid}
     * prints. Never one starting with '-': {@code StorageTool format -t <id>} reads such an id as an option and fails
     * ("argument --cluster-id/-t: expected one argument"), which one broker start in 64 used to do. Kafka's own
     * {@code Uuid.randomUuid()} draws again for the same reason.
     */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}

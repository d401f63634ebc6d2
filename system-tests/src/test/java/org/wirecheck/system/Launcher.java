package org.wirecheck.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./wirecheck} as a user would, on free ports, with its own state directory and its own databases, so a
 * test can run while a developer's stack is up.
 */
final class Launcher {

    /** What one launcher command did. */
    record Result(int exitCode, String output) {
    }

    final Path root;
    final Path home;
    private final Path logs;
    final Map<String, String> env = new HashMap<>();

    Launcher(String dbPrefix) {
        this.root = findRoot();
        try {
            this.home = Files.createTempDirectory("wirecheck-home-");
            // Outside home: "wipe" deletes home, and its own output must survive that.
            this.logs = Files.createTempDirectory("wirecheck-launcher-logs-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("WIRECHECK_HOME", home.toString());
        // Tagged with this checkout, so that two checkouts can run their system tests at the same time.
        env.put("WIRECHECK_DB_PREFIX", dbPrefix + "_" + String.format("%08x", root.toString().hashCode()));
        env.put("WIRECHECK_READY_TIMEOUT", "240");
        env.put("WIRECHECK_JAVA_OPTS", "-Xmx512m");
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (String port : List.of("GATEWAY", "DEDUP", "CREDIBILITY", "KAFKA", "KAFKA_CONTROLLER")) {
            int free;
            do {
                free = freePort(); // the OS may hand out a just-released port again
            } while (!taken.add(free));
            env.put("WIRECHECK_" + port + "_PORT", Integer.toString(free));
        }
    }

    int port(String component) {
        return Integer.parseInt(env.get("WIRECHECK_" + component + "_PORT"));
    }

    Result run(Duration timeout, String... args) {
        return run(Map.of(), timeout, args);
    }

    Result run(Map<String, String> extraEnv, Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("wirecheck").toString());
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile(logs, "launcher-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().putAll(extraEnv);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./wirecheck " + String.join(" ", args) + " did not finish within " + timeout
                        + ":\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The PIDs the launcher recorded, by component. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new HashMap<>();
        Path dir = home.resolve("pids");
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    pids.put(file.getFileName().toString().replace(".pid", ""),
                            Long.parseLong(Files.readString(file).trim()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pids;
    }

    static boolean portBound(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        String configured = System.getProperty("wirecheck.root");
        if (configured != null && Files.exists(Path.of(configured, "wirecheck"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("wirecheck"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find ./wirecheck above " + Path.of("").toAbsolutePath());
    }
}

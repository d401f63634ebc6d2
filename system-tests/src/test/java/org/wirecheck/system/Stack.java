package org.wirecheck.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real Wirecheck stack (Kafka, dedup-service, credibility-service, gateway as separate processes, started by
 * {@code ./wirecheck up} on free ports with their own databases) shared by every system test class that extends with
 * it, and stopped and wiped after the last one.
 */
public class Stack implements BeforeAllCallback {

    private static Launcher launcher;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Stack.class, key -> {
            Launcher started = new Launcher("wirecheck_system_it");
            started.run(Duration.ofMinutes(2), "wipe");
            Launcher.Result up = started.run(Duration.ofMinutes(8), "up");
            if (up.exitCode() != 0) {
                // Stop whatever did start, or it would outlive the test run.
                started.run(Duration.ofMinutes(3), "wipe");
                throw new IllegalStateException("./wirecheck up failed:\n" + up.output());
            }
            launcher = started;
            return (ExtensionContext.Store.CloseableResource) () -> started.run(Duration.ofMinutes(3), "wipe");
        });
    }

    static Launcher launcher() {
        return launcher;
    }

    static String gateway() {
        return "http://127.0.0.1:" + launcher.port("GATEWAY");
    }

    static String kafka() {
        return "127.0.0.1:" + launcher.port("KAFKA");
    }

    /** A test article from src/test/resources/articles. */
    static String article(String name) {
        try (InputStream in = Stack.class.getResourceAsStream("/articles/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("No test article " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

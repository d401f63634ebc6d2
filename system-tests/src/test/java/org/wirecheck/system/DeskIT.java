package org.wirecheck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The newsroom desk page in a real browser: Playwright ({@code playwright-core}, pinned in
 * {@code src/test/js/package-lock.json}) drives Debian's Chromium through {@code src/test/js/desk.test.mjs} against
 * the page and API of a running stack. That script posts an original, submits a reprint through the page, and checks
 * the report links it to its origin with the shared passages highlighted on both sides and the quotes labelled with
 * their speakers; it leaves {@code target/desk-screenshot.png} behind.
 */
// BrowserTools comes first so a machine without Chromium or Node fails in seconds, not after starting the stack.
@ExtendWith({DeskIT.BrowserTools.class, Stack.class})
class DeskIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration NPM_CI = Duration.ofMinutes(5);
    private static final Duration BROWSER_TEST = Duration.ofMinutes(5);

    @Test
    void editorSeesAReprintLinkedToItsOriginWithPassagesAndQuotesHighlighted() {
        Path scripts = Stack.launcher().root.resolve("system-tests/src/test/js");
        // npm ci installs exactly the lock file, from npm's cache when it has the package.
        Run install = run(scripts, NPM_CI, "npm", "ci", "--prefer-offline", "--no-audit", "--no-fund");
        assertEquals(0, install.exitCode(), "npm ci in " + scripts + " failed:\n" + install.output());

        Run browser = run(scripts, BROWSER_TEST, "node", "desk.test.mjs", Stack.gateway());
        // One line per browser check, in the failsafe report whether it passed or not.
        System.out.println(browser.output());
        assertEquals(0, browser.exitCode(), "the desk browser test failed:\n" + browser.output());
    }

    record Run(int exitCode, String output) {
    }

    private static Run run(Path directory, Duration timeout, String... command) {
        try {
            Path log = Files.createTempFile("desk-", ".log");
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Fails with what to install when the browser test cannot run here. */
    static final class BrowserTools implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(CHROMIUM + " is missing: the desk browser test drives Debian's "
                        + "Chromium. Install it with: apt-get update && apt-get install -y chromium");
            }
            for (String tool : List.of("node", "npm")) {
                String missing = tool + " is missing or broken: the desk browser test needs Node.js 18 or newer "
                        + "and npm. Install them with: apt-get update && apt-get install -y nodejs npm";
                try {
                    Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
                    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                        throw new IllegalStateException(missing);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(missing, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
    }
}

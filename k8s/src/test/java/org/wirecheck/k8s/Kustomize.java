package org.wirecheck.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a kustomization directory with {@code kubectl kustomize}, which builds offline (no cluster, no network).
 * <p>
 * There is no Java implementation of kustomize; {@code kubectl} is on Wirecheck's build machines, and on a fresh
 * machine {@code .ci/run} installs it (docs/kubernetes.md, "Validation"). A missing {@code kubectl} fails the build
 * instead of skipping it: an unrendered overlay is an unchecked overlay.
 */
final class Kustomize {

    private static final long TIMEOUT_SECONDS = 120;

    /** The overlays use kustomize 5 syntax (labels, patches with targets); older kubectl builds cannot read them. */
    private static final Pattern KUSTOMIZE_VERSION = Pattern.compile("Kustomize Version: v(\\d+)\\.");

    private static final int REQUIRED_KUSTOMIZE_MAJOR = 5;

    private static volatile boolean versionChecked;

    private Kustomize() {
    }

    /** What kubectl printed: the rendered YAML, and its warnings (deprecated kustomization fields, for example). */
    record Output(String stdout, String stderr) {
    }

    /** The rendered multi-document YAML of {@code directory}; fails with kubectl's own message when it cannot build. */
    static String render(Path directory) {
        return renderWithWarnings(directory).stdout();
    }

    /** As {@link #render(Path)}, with what kubectl printed on stderr while rendering. */
    static Output renderWithWarnings(Path directory) {
        if (!Files.isRegularFile(directory.resolve("kustomization.yaml"))) {
            throw new IllegalArgumentException("No kustomization.yaml in " + directory);
        }
        requireKustomize5();
        return run("kubectl", "kustomize", directory.toString());
    }

    /** Fails with an explanation when kubectl's embedded kustomize is older than version 5. */
    private static void requireKustomize5() {
        if (versionChecked) {
            return;
        }
        String version = run("kubectl", "version", "--client").stdout();
        Matcher major = KUSTOMIZE_VERSION.matcher(version);
        if (!major.find() || Integer.parseInt(major.group(1)) < REQUIRED_KUSTOMIZE_MAJOR) {
            throw new IllegalStateException("kubectl with kustomize " + REQUIRED_KUSTOMIZE_MAJOR
                    + " or later is needed to render the overlays (kubectl 1.27+); this one says: " + version.strip()
                    + ". See docs/kubernetes.md, \"Validation\".");
        }
        versionChecked = true;
    }

    private static Output run(String... arguments) {
        ProcessBuilder command = new ProcessBuilder(arguments);
        String description = String.join(" ", arguments);
        Path errors = null;
        try {
            errors = Files.createTempFile("kustomize", ".err");
            command.redirectError(errors.toFile());
            Process process;
            try {
                process = command.start();
            } catch (IOException notInstalled) {
                throw new IllegalStateException("kubectl is needed to render the Kubernetes overlays and was not found"
                        + " on the PATH. Install it (see docs/kubernetes.md, \"Validation\") and run the build again.",
                        notInstalled);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        description + " took over " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        description + " failed (exit " + process.exitValue()
                                + "): " + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return new Output(output, Files.readString(errors, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + description, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + description, e);
        } finally {
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException ignored) {
                    // A leftover temp file is harmless; the render result matters.
                }
            }
        }
    }
}

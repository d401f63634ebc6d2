package org.wirecheck.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization directory with {@code kubectl kustomize}, which builds offline (no cluster, no network).
 * <p>
 * There is no Java implementation of kustomize; {@code kubectl} is on Wirecheck's build machines, and on a fresh
 * machine {@code .ci/run} installs it (docs/kubernetes.md, "Validation"). A missing {@code kubectl} fails the build
 * instead of skipping it: an unrendered overlay is an unchecked overlay.
 */
final class Kustomize {

    private static final long TIMEOUT_SECONDS = 120;

    private Kustomize() {
    }

    /** The rendered multi-document YAML of {@code directory}; fails with kubectl's own message when it cannot build. */
    static String render(Path directory) {
        if (!Files.isRegularFile(directory.resolve("kustomization.yaml"))) {
            throw new IllegalArgumentException("No kustomization.yaml in " + directory);
        }
        ProcessBuilder command = new ProcessBuilder("kubectl", "kustomize", directory.toString());
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
            String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "kubectl kustomize " + directory + " took over " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "kubectl kustomize " + directory + " failed (exit " + process.exitValue()
                                + "): " + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return rendered;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run kubectl kustomize " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering " + directory, e);
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

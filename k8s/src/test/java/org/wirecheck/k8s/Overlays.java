package org.wirecheck.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The k8s/ tree of the build, its overlays, and each overlay rendered and validated once per test run. */
final class Overlays {

    private static final Map<Path, Kustomize.Output> OUTPUT = new ConcurrentHashMap<>();

    private static final Map<Path, ManifestSchemas.Validation> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    /** The k8s/ module directory; surefire passes it, and a run from the module directory finds it as ".". */
    static Path k8sDirectory() {
        return Path.of(System.getProperty("wirecheck.k8s.dir", ".")).toAbsolutePath().normalize();
    }

    /** Every directory under k8s/overlays that holds a kustomization.yaml: a new overlay is checked without edits. */
    static List<Path> all() {
        try (Stream<Path> children = Files.list(k8sDirectory().resolve("overlays"))) {
            List<Path> overlays = children.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
                    .sorted()
                    .toList();
            if (overlays.isEmpty()) {
                throw new IllegalStateException("No overlays under " + k8sDirectory().resolve("overlays"));
            }
            return overlays;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What kubectl kustomize printed for the overlay, rendered once per test run. */
    static Kustomize.Output output(Path overlay) {
        return OUTPUT.computeIfAbsent(overlay, Kustomize::renderWithWarnings);
    }

    static ManifestSchemas.Validation rendered(Path overlay) {
        return RENDERED.computeIfAbsent(overlay, dir -> ManifestSchemas.validate(output(dir).stdout()));
    }
}

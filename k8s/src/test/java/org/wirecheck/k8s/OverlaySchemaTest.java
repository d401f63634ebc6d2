package org.wirecheck.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay renders without warnings, and every object it renders matches the schema of its apiVersion and kind.
 */
class OverlaySchemaTest {

    static List<Path> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectMatchesItsSchema(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);

        assertFalse(rendered.manifests().isEmpty(), overlay + " rendered no objects");
        assertEquals(List.of(), rendered.problems(), overlay + " has objects that do not match their schema");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void rendersWithoutWarnings(Path overlay) {
        // kustomize warns about deprecated kustomization fields before a later release drops them.
        assertEquals("", Overlays.output(overlay).stderr(), overlay + " rendered with warnings");
    }
}

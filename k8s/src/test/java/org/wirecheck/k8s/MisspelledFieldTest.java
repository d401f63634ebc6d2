package org.wirecheck.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A misspelled field fails the build. Each fixture in src/test/resources/misspelled holds one mistake and names it on
 * its first line ({@code # typo: wrong -> right}); the test checks that the mistake is reported, and that the same
 * manifest with the mistake corrected passes, so the failure comes from the typo and nothing else.
 */
class MisspelledFieldTest {

    private static final String TYPO_HEADER = "# typo: ";

    static Stream<Path> fixtures() throws IOException {
        return Files.list(Overlays.k8sDirectory().resolve("src/test/resources/misspelled")).sorted();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theTypoIsReportedAndTheCorrectedManifestPasses(Path fixture) throws IOException {
        String manifest = Files.readString(fixture, StandardCharsets.UTF_8);
        String header = manifest.lines().findFirst().orElse("");
        assertTrue(header.startsWith(TYPO_HEADER), fixture + " must start with '# typo: wrong -> right'");
        String[] typo = header.substring(TYPO_HEADER.length()).split(" -> ", 2);
        String wrong = typo[0];
        String right = typo[1];
        assertTrue(manifest.contains(wrong), fixture + " does not contain its typo " + wrong);

        List<String> problems = ManifestSchemas.validate(manifest).problems();
        String wrongField = fieldName(wrong);
        String rightField = fieldName(right);
        assertEquals(1, problems.size(), fixture + " should give exactly one problem, got " + problems);
        // A misspelled required field may be reported as the required one missing, before the unknown one.
        assertTrue(problems.get(0).contains(wrongField) || problems.get(0).contains(rightField),
                fixture + ": the problem should name " + wrongField + " or " + rightField + ", got " + problems.get(0));

        String corrected = manifest.replace(wrong, right);
        assertEquals(List.of(), ManifestSchemas.validate(corrected).problems(), fixture + " corrected");
    }

    /** "value: 8080" -> "value", "livenesProbe" -> "livenesProbe". */
    private static String fieldName(String fragment) {
        return fragment.split(":")[0].strip();
    }

    @Test
    void aFieldGivenTwiceFails() {
        String twice = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: twice
                spec:
                  selector:
                    app.kubernetes.io/name: gateway
                  selector:
                    app.kubernetes.io/name: dedup-service
                """;

        List<String> problems = ManifestSchemas.validate(twice).problems();

        assertEquals(1, problems.size(), "one problem expected, got " + problems);
        assertTrue(problems.get(0).contains("selector"), problems.get(0));
    }

    @Test
    void aTypoInAnOverlayPatchRendersButFailsValidation() {
        Path overlay = Overlays.k8sDirectory().resolve("src/test/resources/misspelled-overlay");

        List<String> problems = ManifestSchemas.validate(Kustomize.render(overlay)).problems();

        assertEquals(1, problems.size(), "one problem expected, got " + problems);
        assertTrue(problems.get(0).startsWith("Deployment/gateway: spec.template.spec.containers[0].readinesProbe"),
                problems.get(0));
    }
}

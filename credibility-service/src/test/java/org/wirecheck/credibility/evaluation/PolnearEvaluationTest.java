package org.wirecheck.credibility.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs (with {@code -Pevaluation}) the PolNeAR evaluation on one compartment (system property {@code polnear.split}, default {@code test}) and
 * writes the table to {@code target/polnear-<split>.md}. Skips when the corpus is not next to the repository (a
 * user's clone has no {@code ../shared}). The assertions guard against regressions below the figures reported in
 * docs/credibility-evaluation.md; they were set from the development compartment, never tuned on test.
 */
@Tag("evaluation")
class PolnearEvaluationTest {

    @Test
    void attributionSpansAgainstPolnear() throws Exception {
        String split = System.getProperty("polnear.split", "test");
        Path dir = PolnearCorpus.dataRoot().resolve(split);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "PolNeAR is not at " + dir + " (it lives outside the repository); skipping the evaluation");
        PolnearEvaluation.Result r = PolnearEvaluation.run(split);
        String table = r.markdown();
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "polnear-" + split + ".md"), table);
        double sourceOverlap = PolnearEvaluation.Counts.f1(r.source().overlapP(), r.source().overlapR());
        double cueOverlap = PolnearEvaluation.Counts.f1(r.cue().overlapP(), r.cue().overlapR());
        assertTrue(sourceOverlap > 0.3, "source overlap F1 fell to " + sourceOverlap);
        assertTrue(cueOverlap > 0.3, "cue overlap F1 fell to " + cueOverlap);
    }
}

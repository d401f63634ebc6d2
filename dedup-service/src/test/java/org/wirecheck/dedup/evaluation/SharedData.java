package org.wirecheck.dedup.evaluation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the evaluation data lives: {@code ../shared/eval-data} beside the repository, absent in a user's clone. */
final class SharedData {

    private SharedData() {
    }

    /** The folder of one data set; skips the calling test with a clear message when it is absent. */
    static Path dataSet(String name) {
        Path root = Path.of(System.getProperty("wirecheck.root", "..")).toAbsolutePath().normalize();
        Path dir = root.resolveSibling("shared").resolve("eval-data").resolve(name);
        if (!Files.isDirectory(dir)) {
            dir = root.getParent().getParent().resolve("shared").resolve("eval-data").resolve(name);
        }
        assumeTrue(Files.isDirectory(dir), "Evaluation data " + name + " not found at ../shared/eval-data/" + name
                + " next to the repository; skipping (it is not part of the repository).");
        return dir;
    }

    /** Where reports are written: dedup-service/target/evaluation. */
    static Path reportDir() throws java.io.IOException {
        Path dir = Path.of("target", "evaluation");
        Files.createDirectories(dir);
        return dir;
    }
}

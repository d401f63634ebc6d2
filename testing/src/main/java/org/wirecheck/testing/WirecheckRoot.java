package org.wirecheck.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the {@code wirecheck.root} property the build sets, else the nearest parent folder of the working directory that holds {@code kafka-broker/}. */
public final class WirecheckRoot {

    private WirecheckRoot() {
    }

    public static Path find() {
        String configured = System.getProperty("wirecheck.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "kafka-broker"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("kafka-broker")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the Wirecheck repository root from " + Path.of("").toAbsolutePath()
                + "; set -Dwirecheck.root=/path/to/wirecheck");
    }
}

package org.wirecheck.k8s;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of Kafka's broker settings, read from the broker's own {@code ConfigDef}
 * ({@code org.apache.kafka.server.config.AbstractKafkaConfig.CONFIG_DEF}).
 * <p>
 * The broker jars are the ones the kafka-broker module resolves for the services' tests (its
 * {@code target/broker-classpath.txt}); they are loaded in a class loader of their own, so their kafka-clients
 * version never meets the one on this module's classpath.
 */
final class BrokerSettings {

    private static final String CONFIG_CLASS = "org.apache.kafka.server.config.AbstractKafkaConfig";

    private static volatile Set<String> names;

    private BrokerSettings() {
    }

    /** Every setting name the broker knows. */
    static Set<String> names() {
        if (names == null) {
            names = load(Overlays.k8sDirectory().resolveSibling("kafka-broker").resolve("target/broker-classpath.txt"));
        }
        return names;
    }

    private static Set<String> load(Path classpathFile) {
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("No " + classpathFile + ": build the kafka-broker module first"
                    + " (./mvnw install -DskipTests from the repository root).");
        }
        List<URL> jars = new ArrayList<>();
        try {
            for (String jar : Files.readString(classpathFile, StandardCharsets.UTF_8).strip()
                    .split(File.pathSeparator)) {
                jars.add(Path.of(jar).toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Bad entry in " + classpathFile, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (URLClassLoader broker = new URLClassLoader(jars.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Object configDef = Class.forName(CONFIG_CLASS, true, broker).getField("CONFIG_DEF").get(null);
            Set<?> settingNames = (Set<?>) configDef.getClass().getMethod("names").invoke(configDef);
            return settingNames.stream().map(String.class::cast).collect(Collectors.toUnmodifiableSet());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not read the broker settings from " + CONFIG_CLASS, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.wirecheck.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/** The Deployments are production-shaped in every overlay: probes, resources, security, disruption, scaling, images. */
class WorkloadShapeTest {

    /** dedup-service rebuilds its index before it reports started; give it at least five minutes. */
    private static final int DEDUP_STARTUP_BUDGET_SECONDS = 300;

    static List<Path> overlays() {
        return Overlays.all();
    }

    static Deployment deployment(ManifestSchemas.Validation rendered, WirecheckServices service) {
        return rendered.models(Deployment.class)
                .stream()
                .filter(d -> d.getMetadata().getName().equals(service.deploymentName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Deployment " + service.deploymentName));
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), deployment.getMetadata().getName() + " containers");
        return containers.get(0);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void deploysExactlyTheThreeServices(Path overlay) {
        Set<String> names = Overlays.rendered(overlay)
                .models(Deployment.class)
                .stream()
                .map(d -> d.getMetadata().getName())
                .collect(Collectors.toSet());
        assertEquals(Stream.of(WirecheckServices.values()).map(s -> s.deploymentName).collect(Collectors.toSet()),
                names);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesUseSmallRyeHealthOnTheServicePort(Path overlay) {
        for (WirecheckServices service : WirecheckServices.values()) {
            Deployment deployment = deployment(Overlays.rendered(overlay), service);
            Container container = container(deployment);
            ContainerPort http = container.getPorts()
                    .stream()
                    .filter(p -> "http".equals(p.getName()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(service.deploymentName + " has no port named http"));
            assertEquals(service.port, http.getContainerPort(), service.deploymentName + " port");
            assertEquals(String.valueOf(service.port), env(container, service.portVariable),
                    service.deploymentName + " " + service.portVariable);

            assertProbe(container.getStartupProbe(), "/q/health/started", service);
            assertProbe(container.getLivenessProbe(), "/q/health/live", service);
            assertProbe(container.getReadinessProbe(), "/q/health/ready", service);
        }
        Probe dedupStartup = container(deployment(Overlays.rendered(overlay), WirecheckServices.DEDUP))
                .getStartupProbe();
        int budget = dedupStartup.getPeriodSeconds() * dedupStartup.getFailureThreshold();
        assertTrue(budget >= DEDUP_STARTUP_BUDGET_SECONDS,
                "dedup-service startup budget is " + budget + " s, needs >= " + DEDUP_STARTUP_BUDGET_SECONDS);
    }

    private static void assertProbe(Probe probe, String path, WirecheckServices service) {
        assertNotNull(probe, service.deploymentName + " has no probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath(), service.deploymentName + " probe path");
        assertEquals("http", probe.getHttpGet().getPort().getStrVal(), service.deploymentName + " probe port");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerRequestsAndLimitsCpuAndMemory(Path overlay) {
        for (WirecheckServices service : WirecheckServices.values()) {
            ResourceRequirements resources = container(deployment(Overlays.rendered(overlay), service)).getResources();
            for (String resource : List.of("cpu", "memory")) {
                Quantity request = resources.getRequests().get(resource);
                Quantity limit = resources.getLimits().get(resource);
                assertNotNull(request, service.deploymentName + " requests no " + resource);
                assertNotNull(limit, service.deploymentName + " has no " + resource + " limit");
                assertTrue(request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                        service.deploymentName + " " + resource + " request " + request + " exceeds limit " + limit);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void podsRunAsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp(Path overlay) {
        for (WirecheckServices service : WirecheckServices.values()) {
            Deployment deployment = deployment(Overlays.rendered(overlay), service);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = container(deployment);
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), service.deploymentName);
            assertEquals(Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem(),
                    service.deploymentName);
            assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation(),
                    service.deploymentName);
            assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop(),
                    service.deploymentName);

            VolumeMount tmp = container.getVolumeMounts()
                    .stream()
                    .filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(service.deploymentName + " has no writable /tmp"));
            Volume volume = pod.getVolumes()
                    .stream()
                    .filter(v -> v.getName().equals(tmp.getName()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(service.deploymentName + " mounts an undeclared volume"));
            assertNotNull(volume.getEmptyDir(), service.deploymentName + " /tmp must be an emptyDir");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void replicasSpreadAcrossNodesAndEveryServiceHasADisruptionBudget(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        for (WirecheckServices service : WirecheckServices.values()) {
            Deployment deployment = deployment(rendered, service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(Selectors.matches(deployment.getSpec().getSelector(), podLabels),
                    service.deploymentName + " selector does not select its own pods");

            List<TopologySpreadConstraint> spread = deployment.getSpec()
                    .getTemplate()
                    .getSpec()
                    .getTopologySpreadConstraints();
            assertTrue(spread != null && spread.stream()
                    .anyMatch(c -> c.getTopologyKey().equals("kubernetes.io/hostname")
                            && Selectors.matches(c.getLabelSelector(), podLabels)),
                    service.deploymentName + " is not spread across nodes");

            long budgets = rendered.models(PodDisruptionBudget.class)
                    .stream()
                    .filter(pdb -> Selectors.matches(pdb.getSpec().getSelector(), podLabels))
                    .count();
            assertEquals(1, budgets, service.deploymentName + " PodDisruptionBudgets");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void gatewayAndDedupServiceAutoscaleWithinTheArticlePartitions(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        Map<String, HorizontalPodAutoscaler> autoscalers = rendered.models(HorizontalPodAutoscaler.class)
                .stream()
                .collect(Collectors.toMap(h -> h.getSpec().getScaleTargetRef().getName(), h -> h));
        assertEquals(Set.of("gateway", "dedup-service"), autoscalers.keySet());

        int articlePartitions = rendered.models(KafkaTopic.class)
                .stream()
                .filter(t -> t.getMetadata().getName().equals("wirecheck.articles"))
                .findFirst()
                .orElseThrow()
                .getSpec()
                .getPartitions();
        for (HorizontalPodAutoscaler autoscaler : autoscalers.values()) {
            String target = autoscaler.getSpec().getScaleTargetRef().getName();
            assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
            assertTrue(autoscaler.getSpec().getMinReplicas() <= autoscaler.getSpec().getMaxReplicas(), target);
            assertTrue(autoscaler.getSpec().getMaxReplicas() <= articlePartitions,
                    target + " may scale past the " + articlePartitions + " partitions of wirecheck.articles");
            Deployment deployment = rendered.models(Deployment.class)
                    .stream()
                    .filter(d -> d.getMetadata().getName().equals(target))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("HPA targets missing Deployment " + target));
            // A fixed replica count would be reset by every apply, fighting the autoscaler.
            assertNull(deployment.getSpec().getReplicas(), target + " sets replicas although an HPA owns them");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void rolloutsNeverDropBelowTheReadyReplicas(Path overlay) {
        for (WirecheckServices service : WirecheckServices.values()) {
            Deployment deployment = deployment(Overlays.rendered(overlay), service);
            assertEquals(0, deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(),
                    service.deploymentName + " maxUnavailable");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imagesComeFromOneRegistryAndTag(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        Set<String> registriesAndTags = new HashSet<>();
        for (WirecheckServices service : WirecheckServices.values()) {
            String image = container(deployment(rendered, service)).getImage();
            String suffix = "/" + service.deploymentName + ":";
            assertTrue(image.contains(suffix), service.deploymentName + " image " + image + " has no registry and tag");
            int at = image.lastIndexOf(suffix);
            registriesAndTags.add(image.substring(0, at) + " " + image.substring(at + suffix.length()));
        }
        assertEquals(1, registriesAndTags.size(), "images differ in registry or tag: " + registriesAndTags);
    }

    @Test
    void imageNamesAndTagsAreSetInTheBaseOnly() throws IOException {
        Path k8s = Overlays.k8sDirectory();
        try (Stream<Path> files = Stream.concat(Stream.of(k8s.resolve("base")), Overlays.all().stream())
                .flatMap(WorkloadShapeTest::kustomizations)) {
            List<Path> settingImages = files.filter(WorkloadShapeTest::setsImages).toList();
            assertEquals(List.of(k8s.resolve("base/kustomization.yaml")), settingImages);
        }
    }

    private static Stream<Path> kustomizations(Path directory) {
        try {
            return Files.walk(directory).filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean setsImages(Path kustomization) {
        try {
            return Files.readAllLines(kustomization, StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.startsWith("images:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void sharedSettingsSuitAPod(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        List<ConfigMap> configMaps = rendered.models(ConfigMap.class);
        assertEquals(1, configMaps.size());
        Map<String, String> settings = configMaps.get(0).getData();
        assertEquals("0.0.0.0", settings.get("WIRECHECK_HTTP_HOST"));
        assertEquals("true", settings.get("WIRECHECK_LOG_JSON"));
        assertEquals("prod", settings.get("QUARKUS_PROFILE"));
        assertTrue(settings.get("JAVA_OPTS_APPEND").contains("-Djava.io.tmpdir=/tmp"));
        for (WirecheckServices service : WirecheckServices.values()) {
            Container container = container(deployment(rendered, service));
            assertTrue(container.getEnvFrom()
                    .stream()
                    .anyMatch(source -> source.getConfigMapRef() != null
                            && source.getConfigMapRef().getName().equals(configMaps.get(0).getMetadata().getName())),
                    service.deploymentName + " does not read the shared ConfigMap");
            assertNotNull(settings.get(service.databaseUrlVariable),
                    "no " + service.databaseUrlVariable + " in the ConfigMap");
        }
    }

    static String env(Container container, String name) {
        return container.getEnv()
                .stream()
                .filter(e -> e.getName().equals(name))
                .map(EnvVar::getValue)
                .findFirst()
                .orElse(null);
    }
}

package org.wirecheck.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirecheck.k8s.cnpg.Cluster;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;

/**
 * Services, the Ingress, the NetworkPolicies and the ServiceMonitor connect exactly what the issue asks: the gateway
 * alone from outside the namespace, and from the services only PostgreSQL, Kafka, DNS and each other.
 */
class NetworkShapeTest {

    /** The one peer outside the namespace allowed to reach every service: Prometheus, for /q/metrics. */
    private static final Map<String, String> MONITORING_NAMESPACE = Map.of("kubernetes.io/metadata.name", "monitoring");
    private static final Map<String, String> PROMETHEUS_PODS = Map.of("app.kubernetes.io/name", "prometheus");

    static List<Path> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceSelectsItsPodsAndNamedPort(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        for (WirecheckServices service : WirecheckServices.values()) {
            Service kubeService = service(rendered, service.deploymentName);
            Deployment deployment = WorkloadShapeTest.deployment(rendered, service);
            assertTrue(Selectors.matches(kubeService.getSpec().getSelector(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels()),
                    "Service " + service.deploymentName + " does not select its pods");
            long otherDeploymentsSelected = rendered.models(Deployment.class)
                    .stream()
                    .filter(d -> d != deployment)
                    .filter(d -> Selectors.matches(kubeService.getSpec().getSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()))
                    .count();
            assertEquals(0, otherDeploymentsSelected, "Service " + service.deploymentName + " selects other pods");
            assertEquals(service.port, kubeService.getSpec().getPorts().get(0).getPort());
            assertEquals("http", kubeService.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayHasAnIngress(Path overlay) {
        List<Ingress> ingresses = Overlays.rendered(overlay).models(Ingress.class);
        assertEquals(1, ingresses.size());
        Set<String> backends = ingresses.get(0)
                .getSpec()
                .getRules()
                .stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend())
                .map(IngressBackend::getService)
                .map(backend -> backend.getName() + ":" + backend.getPort().getName())
                .collect(Collectors.toSet());
        assertEquals(Set.of("gateway:http"), backends);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayIsReachableFromOutsideTheNamespace(Path overlay) {
        List<NetworkPolicy> policies = Overlays.rendered(overlay).models(NetworkPolicy.class);
        for (WirecheckServices service : WirecheckServices.values()) {
            List<NetworkPolicy> selecting = selecting(policies, service, "Ingress");
            assertFalse(selecting.isEmpty(), service.deploymentName + " accepts traffic from anywhere");
            List<NetworkPolicyPeer> outside = new ArrayList<>();
            for (NetworkPolicy policy : selecting) {
                for (NetworkPolicyIngressRule rule : nullToEmpty(policy.getSpec().getIngress())) {
                    if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
                        throw new AssertionError(policy.getMetadata().getName() + " lets anything reach "
                                + service.deploymentName);
                    }
                    rule.getFrom().stream().filter(NetworkShapeTest::isOutsideTheNamespace).forEach(outside::add);
                }
            }
            outside.removeIf(NetworkShapeTest::isPrometheus);
            assertEquals(service == WirecheckServices.GATEWAY, !outside.isEmpty(),
                    service.deploymentName + " reachable from outside the namespace through " + outside);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesReachOnlyDnsPostgresKafkaAndEachOther(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        List<NetworkPolicy> policies = rendered.models(NetworkPolicy.class);
        String postgres = rendered.models(Cluster.class).get(0).metadata().getName();
        Kafka kafkaCluster = rendered.models(Kafka.class).get(0);
        String kafka = kafkaCluster.getMetadata().getName();
        int kafkaPort = kafkaCluster.getSpec().getKafka().getListeners().get(0).getPort();
        for (WirecheckServices service : WirecheckServices.values()) {
            List<NetworkPolicy> selecting = selecting(policies, service, "Egress");
            assertFalse(selecting.isEmpty(), service.deploymentName + " may connect anywhere");
            Set<String> destinations = new TreeSet<>();
            for (NetworkPolicy policy : selecting) {
                for (NetworkPolicyEgressRule rule : nullToEmpty(policy.getSpec().getEgress())) {
                    if (rule.getTo() == null || rule.getTo().isEmpty()) {
                        throw new AssertionError(policy.getMetadata().getName() + " lets " + service.deploymentName
                                + " connect anywhere");
                    }
                    for (NetworkPolicyPeer peer : rule.getTo()) {
                        String destination = destination(peer, postgres, kafka, policy);
                        if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
                            destinations.add(destination + ":any-port");
                        }
                        for (NetworkPolicyPort port : nullToEmpty(rule.getPorts())) {
                            destinations.add(destination + ":" + port.getPort().getValue());
                        }
                    }
                }
            }
            Set<String> expected = new TreeSet<>(Set.of("dns:53", "postgres:5432", "kafka:" + kafkaPort));
            if (service == WirecheckServices.GATEWAY) {
                expected.addAll(Set.of("dedup-service:" + WirecheckServices.DEDUP.port,
                        "credibility-service:" + WirecheckServices.CREDIBILITY.port));
            }
            assertEquals(expected, destinations, service.deploymentName + " egress");
        }
    }

    /** Names what a peer of an egress rule is; anything not in the allowed set fails. */
    private static String destination(NetworkPolicyPeer peer, String postgres, String kafka, NetworkPolicy policy) {
        LabelSelector pods = peer.getPodSelector();
        Map<String, String> podLabels = pods == null || pods.getMatchLabels() == null
                ? Map.of()
                : pods.getMatchLabels();
        if (peer.getIpBlock() == null && peer.getNamespaceSelector() != null
                && Map.of("kubernetes.io/metadata.name", "kube-system")
                        .equals(peer.getNamespaceSelector().getMatchLabels())
                && Map.of("k8s-app", "kube-dns").equals(podLabels)) {
            return "dns";
        }
        if (peer.getIpBlock() == null && peer.getNamespaceSelector() == null) {
            if (postgres.equals(podLabels.get("cnpg.io/cluster"))) {
                return "postgres";
            }
            if (kafka.equals(podLabels.get("strimzi.io/cluster"))) {
                return "kafka";
            }
            for (WirecheckServices service : WirecheckServices.values()) {
                if (Map.of("app.kubernetes.io/name", service.deploymentName).equals(podLabels)) {
                    return service.deploymentName;
                }
            }
        }
        throw new AssertionError(policy.getMetadata().getName() + " allows an unexpected destination " + peer);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theServiceMonitorScrapesEveryService(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        List<ServiceMonitor> monitors = rendered.models(ServiceMonitor.class);
        assertEquals(1, monitors.size());
        ServiceMonitor monitor = monitors.get(0);
        for (WirecheckServices service : WirecheckServices.values()) {
            Service kubeService = service(rendered, service.deploymentName);
            assertTrue(Selectors.matches(monitor.getSpec().getSelector(), kubeService.getMetadata().getLabels()),
                    "the ServiceMonitor misses " + service.deploymentName);
        }
        assertEquals("http", monitor.getSpec().getEndpoints().get(0).getPort());
        assertEquals("/q/metrics", monitor.getSpec().getEndpoints().get(0).getPath());
    }

    private static Service service(ManifestSchemas.Validation rendered, String name) {
        return rendered.models(Service.class)
                .stream()
                .filter(s -> s.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Service " + name));
    }

    /** The policies that select the service's pods and govern the given direction. */
    private static List<NetworkPolicy> selecting(List<NetworkPolicy> policies, WirecheckServices service,
            String direction) {
        return policies.stream()
                .filter(p -> Selectors.matches(p.getSpec().getPodSelector(), service.podLabels()))
                .filter(p -> p.getSpec().getPolicyTypes().contains(direction))
                .toList();
    }

    private static boolean isOutsideTheNamespace(NetworkPolicyPeer peer) {
        return peer.getNamespaceSelector() != null || peer.getIpBlock() != null;
    }

    private static boolean isPrometheus(NetworkPolicyPeer peer) {
        return peer.getIpBlock() == null && peer.getNamespaceSelector() != null
                && MONITORING_NAMESPACE.equals(peer.getNamespaceSelector().getMatchLabels())
                && peer.getNamespaceSelector().getMatchExpressions().isEmpty()
                && peer.getPodSelector() != null
                && PROMETHEUS_PODS.equals(peer.getPodSelector().getMatchLabels())
                && peer.getPodSelector().getMatchExpressions().isEmpty();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

package org.wirecheck.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirecheck.k8s.cnpg.Cluster;
import org.wirecheck.k8s.cnpg.Database;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;

/**
 * Kafka, PostgreSQL and the Secrets fit together: every topic exists with a replication the brokers can hold, every
 * service has its own database and credentials, and no Secret value is ever part of the manifests.
 */
class DataShapeTest {

    /** The only Secret the operator creates by hand besides the database roles' (docs/kubernetes.md). */
    private static final String API_KEYS_SECRET = "wirecheck-api-keys";

    static List<Path> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicExistsWithAReplicationTheBrokersCanHold(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        String kafka = rendered.models(Kafka.class).get(0).getMetadata().getName();
        int brokers = rendered.models(KafkaNodePool.class)
                .stream()
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas())
                .sum();
        Map<String, KafkaTopic> topics = rendered.models(KafkaTopic.class)
                .stream()
                .collect(Collectors.toMap(t -> t.getMetadata().getName(), t -> t));
        assertEquals(Set.copyOf(WirecheckServices.TOPICS), topics.keySet());
        for (KafkaTopic topic : topics.values()) {
            String name = topic.getMetadata().getName();
            assertEquals(kafka, topic.getMetadata().getLabels().get("strimzi.io/cluster"), name + " cluster label");
            assertTrue(topic.getSpec().getReplicas() <= brokers,
                    name + " wants " + topic.getSpec().getReplicas() + " replicas on " + brokers + " brokers");
            int minInSync = Integer.parseInt(String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas")));
            // With min.insync.replicas equal to the replicas, one broker down stops every write.
            assertTrue(minInSync < topic.getSpec().getReplicas() || topic.getSpec().getReplicas() == 1,
                    name + " min.insync.replicas " + minInSync + " leaves no room for a broker to be down");
            assertNotNull(topic.getSpec().getConfig().get("retention.ms"), name + " has no explicit retention");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasItsOwnKafkaUserAllowedOnEveryTopic(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        Map<String, KafkaUser> users = rendered.models(KafkaUser.class)
                .stream()
                .collect(Collectors.toMap(u -> u.getMetadata().getName(), u -> u));
        for (WirecheckServices service : WirecheckServices.values()) {
            Container container = WorkloadShapeTest.container(WorkloadShapeTest.deployment(rendered, service));
            SecretKeySelector jaas = secretRef(container, "KAFKA_SASL_JAAS_CONFIG");
            // The User Operator writes a Secret named after the KafkaUser, with the JAAS line under this key.
            assertEquals("sasl.jaas.config", jaas.getKey());
            KafkaUser user = users.get(jaas.getName());
            assertNotNull(user, service.deploymentName + " reads the Secret of a KafkaUser that does not exist");
            var acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
            for (String topic : WirecheckServices.TOPICS) {
                assertTrue(acls.stream()
                        .anyMatch(acl -> acl.getResource() instanceof AclRuleTopicResource r
                                && covers(r.getName(), r.getPatternType().toValue(), topic)),
                        user.getMetadata().getName() + " may not use " + topic);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void kafkaClientSettingsMatchTheListener(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        Kafka kafka = rendered.models(Kafka.class).get(0);
        List<GenericKafkaListener> listeners = kafka.getSpec().getKafka().getListeners();
        assertEquals(1, listeners.size(), "one listener, the one the services use");
        GenericKafkaListener listener = listeners.get(0);
        Map<String, String> settings = rendered.models(ConfigMap.class).get(0).getData();

        assertEquals(kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.getPort(),
                settings.get("WIRECHECK_KAFKA_BOOTSTRAP"));
        assertTrue(listener.isTls(), "the listener must use TLS");
        assertEquals("SASL_SSL", settings.get("KAFKA_SECURITY_PROTOCOL"));
        assertTrue(listener.getAuth() instanceof KafkaListenerAuthenticationScramSha512, "SCRAM-SHA-512 listener");
        assertEquals("SCRAM-SHA-512", settings.get("KAFKA_SASL_MECHANISM"));
        // The truststore is the mounted cluster CA of every service.
        for (WirecheckServices service : WirecheckServices.values()) {
            Deployment deployment = WorkloadShapeTest.deployment(rendered, service);
            String caSecret = deployment.getSpec()
                    .getTemplate()
                    .getSpec()
                    .getVolumes()
                    .stream()
                    .filter(v -> v.getSecret() != null)
                    .filter(v -> v.getSecret().getSecretName()
                            .equals(kafka.getMetadata().getName() + "-cluster-ca-cert"))
                    .map(Volume::getName)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(service.deploymentName + " does not mount the Kafka CA"));
            String mountPath = WorkloadShapeTest.container(deployment)
                    .getVolumeMounts()
                    .stream()
                    .filter(m -> m.getName().equals(caSecret))
                    .findFirst()
                    .orElseThrow()
                    .getMountPath();
            assertEquals(mountPath + "/ca.crt", settings.get("KAFKA_SSL_TRUSTSTORE_LOCATION"), service.deploymentName);
        }
        assertEquals("PEM", settings.get("KAFKA_SSL_TRUSTSTORE_TYPE"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGatewayCallsTheAnalysisServicesThroughTheirServices(Path overlay) {
        Map<String, String> settings = Overlays.rendered(overlay).models(ConfigMap.class).get(0).getData();
        assertEquals("http://dedup-service:" + WirecheckServices.DEDUP.port, settings.get("WIRECHECK_DEDUP_URL"));
        assertEquals("http://credibility-service:" + WirecheckServices.CREDIBILITY.port,
                settings.get("WIRECHECK_CREDIBILITY_URL"));
    }

    private static boolean covers(String name, String patternType, String topic) {
        return "prefix".equals(patternType) ? topic.startsWith(name) : topic.equals(name);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasItsOwnDatabaseOwnedByTheRoleItLogsInAs(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        List<Cluster> clusters = rendered.models(Cluster.class);
        assertEquals(1, clusters.size());
        Cluster cluster = clusters.get(0);
        Map<String, Cluster.Role> rolesBySecret = cluster.spec()
                .managed()
                .roles()
                .stream()
                .collect(Collectors.toMap(r -> r.passwordSecret().name(), r -> r));
        Map<String, Database> databases = rendered.models(Database.class)
                .stream()
                .collect(Collectors.toMap(d -> d.spec().name(), d -> d));
        Map<String, String> settings = rendered.models(ConfigMap.class).get(0).getData();
        Set<String> databasesUsed = new HashSet<>();
        for (WirecheckServices service : WirecheckServices.values()) {
            Container container = WorkloadShapeTest.container(WorkloadShapeTest.deployment(rendered, service));
            SecretKeySelector user = secretRef(container, "WIRECHECK_DB_USER");
            SecretKeySelector password = secretRef(container, "WIRECHECK_DB_PASSWORD");
            assertEquals(user.getName(), password.getName(), service.deploymentName + " user and password Secrets");
            assertEquals("username", user.getKey());
            assertEquals("password", password.getKey());
            Cluster.Role role = rolesBySecret.get(user.getName());
            assertNotNull(role, service.deploymentName + " logs in with " + user.getName()
                    + ", which no managed role of the cluster uses");
            assertEquals(Boolean.TRUE, role.login(), role.name() + " cannot log in");

            URI url = URI.create(settings.get(service.databaseUrlVariable).substring("jdbc:".length()));
            assertEquals(cluster.metadata().getName() + "-rw", url.getHost(), service.deploymentName + " DB host");
            String databaseName = url.getPath().substring(1);
            Database database = databases.get(databaseName);
            assertNotNull(database, "no Database resource creates " + databaseName);
            assertEquals(cluster.metadata().getName(), database.spec().cluster().name());
            assertEquals(role.name(), database.spec().owner(), databaseName + " owner");
            assertEquals(Database.ReclaimPolicy.RETAIN, database.spec().databaseReclaimPolicy(), databaseName);
            databasesUsed.add(databaseName);
        }
        assertEquals(WirecheckServices.values().length, databasesUsed.size(), "services share a database");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void secretsAreReferencedButNeverPartOfTheManifests(Path overlay) {
        ManifestSchemas.Validation rendered = Overlays.rendered(overlay);
        assertEquals(List.of(), rendered.ofKind("Secret"), "Secrets must not be rendered from the repository");

        Set<String> known = new HashSet<>();
        known.add(API_KEYS_SECRET);
        // Written by the operators: Strimzi's cluster CA and one Secret per KafkaUser.
        known.add(rendered.models(Kafka.class).get(0).getMetadata().getName() + "-cluster-ca-cert");
        rendered.models(KafkaUser.class).forEach(u -> known.add(u.getMetadata().getName()));
        // Created by the operator of the cluster, then used by CloudNativePG for the roles.
        rendered.models(Cluster.class).get(0).spec().managed().roles()
                .forEach(r -> known.add(r.passwordSecret().name()));

        for (Deployment deployment : rendered.models(Deployment.class)) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        String secret = env.getValueFrom().getSecretKeyRef().getName();
                        assertTrue(known.contains(secret), deployment.getMetadata().getName() + " reads unknown Secret "
                                + secret + " into " + env.getName());
                    }
                    if (env.getName().matches(".*(PASSWORD|API_KEYS|JAAS).*")) {
                        assertEquals(null, env.getValue(), env.getName() + " is set inline in "
                                + deployment.getMetadata().getName());
                    }
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    assertTrue(known.contains(volume.getSecret().getSecretName()),
                            deployment.getMetadata().getName() + " mounts unknown Secret "
                                    + volume.getSecret().getSecretName());
                }
            }
        }
        Container gateway = WorkloadShapeTest
                .container(WorkloadShapeTest.deployment(rendered, WirecheckServices.GATEWAY));
        assertEquals(API_KEYS_SECRET, secretRef(gateway, "WIRECHECK_API_KEYS").getName());
    }

    private static SecretKeySelector secretRef(Container container, String variable) {
        EnvVar env = container.getEnv()
                .stream()
                .filter(e -> e.getName().equals(variable))
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no " + variable));
        assertNotNull(env.getValueFrom(), variable + " must come from a Secret");
        assertNotNull(env.getValueFrom().getSecretKeyRef(), variable + " must come from a Secret");
        return env.getValueFrom().getSecretKeyRef();
    }
}

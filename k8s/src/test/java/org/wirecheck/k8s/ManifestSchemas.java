package org.wirecheck.k8s;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.config.TopicConfig;
import org.wirecheck.k8s.cnpg.Cluster;
import org.wirecheck.k8s.cnpg.Database;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Checks rendered manifests against typed models of their APIs: fabric8's Kubernetes and Prometheus Operator models,
 * Strimzi's own model jar, and Wirecheck's model of the CloudNativePG fields it uses ({@link Cluster},
 * {@link Database}).
 * <p>
 * The typed models alone would accept a misspelled field: fabric8 and Strimzi classes collect unknown properties in an
 * {@code additionalProperties} map through {@code @JsonAnySetter}. The mapper here ignores any-setters, so an unknown
 * field reaches {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} and fails, as the API server's strict field
 * validation would. Scalars are not coerced either ({@code value: 8080} for an env var is an error, as in the API).
 * The two free-form maps that hold Kafka settings are checked against Kafka's own lists: KafkaTopic
 * {@code spec.config} against {@link TopicConfig}, Kafka {@code spec.kafka.config} against {@link BrokerSettings}.
 * Only the kinds listed in {@link #SCHEMAS} are known: an object of any other apiVersion/kind is a problem too.
 */
final class ManifestSchemas {

    /** apiVersion + "/" + kind -> the class that models it. */
    static final Map<String, Class<?>> SCHEMAS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/Database", Database.class));

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    // Unknown fields must fail, not be kept aside in additionalProperties.
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // A number or boolean where the API wants a string (env values, annotations) is refused by the API server.
            .withCoercionConfig(LogicalType.Textual, textual -> textual
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private static final Set<String> TOPIC_SETTINGS = topicSettings();

    private ManifestSchemas() {
    }

    /** One rendered object: its identity, its raw tree, and its typed model (null when it did not validate). */
    record Manifest(String apiVersion, String kind, String name, JsonNode tree, Object model) {
    }

    /** Every object of a rendered multi-document YAML, and every problem found in any of them. */
    record Validation(List<Manifest> manifests, List<String> problems) {

        List<Manifest> ofKind(String kind) {
            return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
        }

        <T> List<T> models(Class<T> type) {
            return manifests.stream().map(Manifest::model).filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** Parses each document of {@code yaml} and checks it against the model of its apiVersion and kind. */
    static Validation validate(String yaml) {
        List<Manifest> manifests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            for (var documents = YAML.readValues(parser, JsonNode.class); documents.hasNext();) {
                JsonNode tree = documents.next();
                if (tree == null || tree.isNull() || tree.isEmpty()) {
                    continue;
                }
                String apiVersion = tree.path("apiVersion").asText();
                String kind = tree.path("kind").asText();
                String name = tree.path("metadata").path("name").asText();
                Class<?> schema = SCHEMAS.get(apiVersion + "/" + kind);
                Object model = null;
                if (schema == null) {
                    problems.add(kind + "/" + name + ": no schema for apiVersion " + apiVersion + " kind " + kind);
                } else if (name.isEmpty()) {
                    problems.add(kind + ": metadata.name is missing");
                } else {
                    try {
                        model = STRICT.treeToValue(tree, schema);
                    } catch (JsonMappingException e) {
                        problems.add(kind + "/" + name + ": " + describe(e));
                    }
                    if (model instanceof KafkaTopic topic) {
                        problems.addAll(unknownTopicSettings(topic));
                    }
                    if (model instanceof Kafka kafka) {
                        problems.addAll(unknownBrokerSettings(kafka));
                    }
                }
                manifests.add(new Manifest(apiVersion, kind, name, tree, model));
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            // Also a key given twice in one mapping: YAML parsers keep the last one silently, the API would not.
            problems.add("not valid YAML: " + e.getMessage());
        }
        return new Validation(List.copyOf(manifests), List.copyOf(problems));
    }

    /**
     * KafkaTopic {@code spec.config} is a free map in Strimzi's schema (the broker validates it later, at run time);
     * here every key must be one of Kafka's topic-level settings.
     */
    private static List<String> unknownTopicSettings(KafkaTopic topic) {
        Map<String, Object> config = topic.getSpec() == null ? null : topic.getSpec().getConfig();
        if (config == null) {
            return List.of();
        }
        return config.keySet()
                .stream()
                .filter(key -> !TOPIC_SETTINGS.contains(key))
                .map(key -> "KafkaTopic/" + topic.getMetadata().getName() + ": spec.config." + key
                        + ": not a Kafka topic setting (org.apache.kafka.common.config.TopicConfig)")
                .toList();
    }

    /** Kafka {@code spec.kafka.config} is a free map in Strimzi's schema too; every key must be a broker setting. */
    private static List<String> unknownBrokerSettings(Kafka kafka) {
        Map<String, Object> config = kafka.getSpec() == null || kafka.getSpec().getKafka() == null
                ? null
                : kafka.getSpec().getKafka().getConfig();
        if (config == null) {
            return List.of();
        }
        return config.keySet()
                .stream()
                .filter(key -> !BrokerSettings.names().contains(key))
                .map(key -> "Kafka/" + kafka.getMetadata().getName() + ": spec.kafka.config." + key
                        + ": not a Kafka broker setting")
                .toList();
    }

    /** The names of Kafka's topic-level settings: the values of TopicConfig's {@code *_CONFIG} constants. */
    private static Set<String> topicSettings() {
        Set<String> names = new HashSet<>();
        for (Field field : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_CONFIG")
                    && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("TopicConfig." + field.getName() + " is not readable", e);
                }
            }
        }
        return Set.copyOf(names);
    }

    /** "spec.template.spec.containers[0].livenesProbe: Unrecognized field ..." — the path first, then the reason. */
    private static String describe(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        String reason = e.getOriginalMessage();
        int firstLine = reason.indexOf('\n');
        return path + ": " + (firstLine < 0 ? reason : reason.substring(0, firstLine));
    }
}

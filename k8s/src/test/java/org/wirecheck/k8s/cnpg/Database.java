package org.wirecheck.k8s.cnpg;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * CloudNativePG {@code postgresql.cnpg.io/v1 Database} (CloudNativePG 1.25+): a database the operator creates in a
 * {@link Cluster} and keeps owned by a role. Hand-written subset, for the reason given on {@link Cluster}.
 */
public record Database(@JsonProperty(required = true) String apiVersion,
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) ObjectMeta metadata,
        @JsonProperty(required = true) Spec spec) {

    /** {@code spec}. */
    public record Spec(@JsonProperty(required = true) ClusterReference cluster,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String owner,
            Cluster.Ensure ensure,
            ReclaimPolicy databaseReclaimPolicy,
            String encoding,
            String template) {
    }

    /** {@code spec.cluster}. */
    public record ClusterReference(@JsonProperty(required = true) String name) {
    }

    /** {@code spec.databaseReclaimPolicy}: what happens to the database when this resource is deleted. */
    public enum ReclaimPolicy {
        @JsonProperty("retain")
        RETAIN, @JsonProperty("delete")
        DELETE
    }
}

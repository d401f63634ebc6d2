package org.wirecheck.k8s.cnpg;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * CloudNativePG {@code postgresql.cnpg.io/v1 Cluster}: the fields Wirecheck's manifests may use, with the names,
 * types and allowed values of the CloudNativePG 1.25+ API reference.
 * <p>
 * No Java model or machine-readable CRD schema of CloudNativePG is published on Maven Central or npm, so this is
 * written by hand and is deliberately a subset: a field CloudNativePG has but this model lacks fails validation until
 * it is added here, which is the safe direction (a typo is never accepted; a new real field needs one line here).
 */
public record Cluster(@JsonProperty(required = true) String apiVersion,
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) ObjectMeta metadata,
        @JsonProperty(required = true) Spec spec) {

    /** {@code spec}: instances, storage and PostgreSQL settings of the cluster. */
    public record Spec(@JsonProperty(required = true) Integer instances,
            String imageName,
            String description,
            PrimaryUpdateStrategy primaryUpdateStrategy,
            PrimaryUpdateMethod primaryUpdateMethod,
            @JsonProperty(required = true) Storage storage,
            Storage walStorage,
            ResourceRequirements resources,
            Affinity affinity,
            PostgresConfiguration postgresql,
            Managed managed,
            Bootstrap bootstrap,
            Boolean enableSuperuserAccess,
            Integer startDelay,
            Integer stopDelay) {
    }

    /** {@code spec.primaryUpdateStrategy}. */
    public enum PrimaryUpdateStrategy {
        @JsonProperty("unsupervised")
        UNSUPERVISED, @JsonProperty("supervised")
        SUPERVISED
    }

    /** {@code spec.primaryUpdateMethod}. */
    public enum PrimaryUpdateMethod {
        @JsonProperty("switchover")
        SWITCHOVER, @JsonProperty("restart")
        RESTART
    }

    /** {@code spec.storage} and {@code spec.walStorage}. */
    public record Storage(@JsonProperty(required = true) String size,
            String storageClass,
            Boolean resizeInUseVolumes) {
    }

    /** {@code spec.affinity}. */
    public record Affinity(Boolean enablePodAntiAffinity,
            String topologyKey,
            PodAntiAffinityType podAntiAffinityType,
            Map<String, String> nodeSelector) {
    }

    /** {@code spec.affinity.podAntiAffinityType}. */
    public enum PodAntiAffinityType {
        @JsonProperty("preferred")
        PREFERRED, @JsonProperty("required")
        REQUIRED
    }

    /** {@code spec.postgresql}: server parameters are strings in the API, as in postgresql.conf. */
    public record PostgresConfiguration(Map<String, String> parameters,
            @JsonProperty("pg_hba") List<String> pgHba) {
    }

    /** {@code spec.managed}. */
    public record Managed(List<Role> roles) {
    }

    /** {@code spec.managed.roles[]}: a PostgreSQL role the operator creates and keeps in the declared state. */
    public record Role(@JsonProperty(required = true) String name,
            Ensure ensure,
            String comment,
            Boolean login,
            Boolean superuser,
            Boolean createdb,
            Boolean createrole,
            Boolean inherit,
            Boolean replication,
            Boolean bypassrls,
            Integer connectionLimit,
            SecretReference passwordSecret,
            List<String> inRoles) {
    }

    /** {@code ensure} of roles and databases. */
    public enum Ensure {
        @JsonProperty("present")
        PRESENT, @JsonProperty("absent")
        ABSENT
    }

    /** A reference to a Secret in the cluster's namespace. */
    public record SecretReference(@JsonProperty(required = true) String name) {
    }

    /** {@code spec.bootstrap}. */
    public record Bootstrap(InitDb initdb) {
    }

    /** {@code spec.bootstrap.initdb}. */
    public record InitDb(String database, String owner, SecretReference secret) {
    }
}

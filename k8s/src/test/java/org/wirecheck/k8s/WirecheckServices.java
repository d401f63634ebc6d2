package org.wirecheck.k8s;

import java.util.List;
import java.util.Map;

/** The three services the manifests deploy, with the facts the services themselves define (ports, env names). */
enum WirecheckServices {
    GATEWAY("gateway", 8080, "WIRECHECK_GATEWAY_PORT", "WIRECHECK_GATEWAY_DB_URL"), DEDUP("dedup-service", 8081,
            "WIRECHECK_DEDUP_PORT", "WIRECHECK_DEDUP_DB_URL"), CREDIBILITY("credibility-service", 8082,
                    "WIRECHECK_CREDIBILITY_PORT", "WIRECHECK_CREDIBILITY_DB_URL");

    /** The topics of issue 6, the dead-letter topic included. */
    static final List<String> TOPICS = List.of("wirecheck.articles", "wirecheck.reports", "wirecheck.articles.dlq");

    final String deploymentName;
    final int port;
    final String portVariable;
    final String databaseUrlVariable;

    WirecheckServices(String deploymentName, int port, String portVariable, String databaseUrlVariable) {
        this.deploymentName = deploymentName;
        this.port = port;
        this.portVariable = portVariable;
        this.databaseUrlVariable = databaseUrlVariable;
    }

    /** The labels of this service's pods, as the manifests set them. */
    Map<String, String> podLabels() {
        return Map.of("app.kubernetes.io/name", deploymentName, "app.kubernetes.io/part-of", "wirecheck");
    }
}

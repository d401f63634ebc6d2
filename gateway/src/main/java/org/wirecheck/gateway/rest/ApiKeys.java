package org.wirecheck.gateway.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.wirecheck.gateway.config.GatewayConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * The accepted API keys, read from configuration at run time (not at build time: keys come from the environment or a
 * Secret). A gateway that must check keys but has none refuses to start, rather than refusing every request.
 */
@ApplicationScoped
class ApiKeys {

    private final boolean required;
    private final List<byte[]> keys;

    ApiKeys(GatewayConfig config) {
        this.required = config.auth().required();
        this.keys = config.auth().keys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    void checkAtStart(@Observes StartupEvent start) {
        if (required && keys.isEmpty()) {
            throw new IllegalStateException("API keys are required (wirecheck.gateway.auth.required=true) but none "
                    + "is configured: set WIRECHECK_API_KEYS, or WIRECHECK_AUTH_REQUIRED=false for a local run.");
        }
    }

    boolean required() {
        return required;
    }

    /** Compares in constant time, so response timing does not reveal how much of a key was right. */
    boolean accepts(String given) {
        if (given == null) {
            return false;
        }
        byte[] bytes = given.strip().getBytes(StandardCharsets.UTF_8);
        boolean accepted = false;
        for (byte[] key : keys) {
            accepted |= MessageDigest.isEqual(key, bytes);
        }
        return accepted;
    }
}

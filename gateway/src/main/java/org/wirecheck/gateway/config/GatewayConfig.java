package org.wirecheck.gateway.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's own settings (prefix {@code wirecheck.gateway}). Downstream URLs are the REST clients' settings. */
@ConfigMapping(prefix = "wirecheck.gateway")
public interface GatewayConfig {

    /** API-key authentication of {@code /api/*}. */
    Auth auth();

    /** Provenance decisions. */
    Provenance provenance();

    /** Batch ingestion. */
    Batch batch();

    /** The Kafka pipeline ({@code wirecheck.articles} to {@code wirecheck.reports}). */
    Kafka kafka();

    /**
     * How often accepted articles that a service could not take are offered to it again ("5s", "1m"); read by the
     * scheduler of {@code DeliveryOutbox}.
     */
    @WithDefault("5s")
    String redeliveryInterval();

    /**
     * How many times a service may answer one redelivered article with a server error (5xx) before the delivery is
     * parked: kept in the outbox with its last error but no longer retried, listed by
     * {@code GET /api/v1/deliveries?state=parked} and put back in the queue by
     * {@code POST /api/v1/deliveries/{id}/retry}. Tries that do not reach the service (refused connection, timeout,
     * open circuit breaker) do not count: they say nothing about the article, and an outage must not park everything
     * accepted during it. With the backoff (10 s doubling to 5 min) the default takes about 75 minutes of 5xx
     * answers.
     */
    @WithDefault("20")
    int redeliveryMaxServerErrors();

    /** How often the batch worker looks for queued jobs; read by the scheduler of {@code BatchService}. */
    @WithDefault("1s")
    String batchPollInterval();

    interface Auth {
        /**
         * Whether {@code /api/*} requires a key in the {@code X-API-Key} header. On in the production profile (the
         * launcher turns it off for the local stack with WIRECHECK_AUTH_REQUIRED=false).
         */
        @WithDefault("false")
        boolean required();

        /** Accepted keys (comma-separated in WIRECHECK_API_KEYS, from a Secret in Kubernetes). */
        Optional<List<String>> keys();
    }

    interface Provenance {
        /**
         * A copied article of which less than this share appears in the new one is excerpted rather than reprinted
         * (the share is dedup-service's containment of the earlier text in the new one).
         */
        @WithDefault("0.5")
        double excerptShare();
    }

    interface Kafka {
        /**
         * How long a record is retried while a service is down before its degraded report is written. Meanwhile its
         * partition waits: per-key order is kept and the backlog stays in Kafka.
         */
        @WithDefault("10m")
        java.time.Duration completeWithin();

        /** Largest record value accepted; larger ones go to the DLQ (the HTTP API's body limit). */
        @WithDefault("2097152")
        long maxRecordBytes();
    }

    interface Batch {
        /** Most articles one batch may hold. */
        @WithDefault("1000")
        int maxArticles();
    }
}

package org.wirecheck.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;
import org.wirecheck.gateway.api.Delivery;
import org.wirecheck.gateway.client.ClientError;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentRequest;
import org.wirecheck.gateway.client.CredibilityClient;
import org.wirecheck.gateway.client.DedupApiModel.ArticleRequest;
import org.wirecheck.gateway.client.DedupClient;
import org.wirecheck.gateway.config.GatewayConfig;
import org.wirecheck.gateway.mapping.DeliveryMapping;
import org.wirecheck.gateway.repository.PendingDeliveryEntity;
import org.wirecheck.gateway.repository.PendingDeliveryEntity.State;
import org.wirecheck.gateway.repository.PendingDeliveryEntity.Target;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Nothing accepted is lost: an article the gateway accepted while dedup-service or credibility-service could not take
 * it is written here, in the same request, and redelivered every few seconds until the service takes it (both
 * services are idempotent per article, so a delivery that happened but whose answer was lost is harmless). Backoff
 * doubles per attempt up to five minutes. Several gateway replicas share the table: each locks the rows it sends.
 * <p>
 * A delivery the service refuses for good is <em>parked</em>: kept with its last error, no longer retried, logged once
 * at WARN, counted in the gauge {@code wirecheck_gateway_deliveries{state="parked"}} and listed by
 * {@code GET /api/v1/deliveries?state=parked} until an operator puts it back in the queue
 * ({@code POST /api/v1/deliveries/{id}/retry}). A service refuses for good when it
 * <ul>
 * <li>answers 4xx: the article is invalid to it, and the same request will be refused again. Such a delivery was
 * dropped once, which lost an article the gateway had accepted (it validates what it accepts, so this is a service
 * refusing what the gateway let through: a limit changed, a bug);</li>
 * <li>answers 5xx {@code wirecheck.gateway.redelivery-max-server-errors} times (a poison delivery, whose retries also
 * count against the circuit breaker every caller shares). A try that does not reach the service (refused connection,
 * timeout, open breaker) does not count: it says nothing about the article, and an outage must not park everything
 * accepted during it.</li>
 * </ul>
 */
@ApplicationScoped
public class DeliveryOutbox {

    private static final Logger LOG = Logger.getLogger(DeliveryOutbox.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    /** The gauge's name ({@code wirecheck_gateway_deliveries} in Prometheus), tagged {@code state}. */
    public static final String GAUGE = "wirecheck.gateway.deliveries";

    @Inject
    ObjectMapper json;

    @Inject
    DedupClient dedup;

    @Inject
    CredibilityClient credibility;

    @Inject
    GatewayConfig config;

    @Inject
    MeterRegistry metrics;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();

    void start(@Observes StartupEvent event) {
        int max = config.redeliveryMaxServerErrors();
        if (max < 1) {
            throw new IllegalArgumentException(
                    "wirecheck.gateway.redelivery-max-server-errors must be at least 1, got " + max);
        }
        // An application started again in the same JVM (Quarkus tests) finds the previous one's gauges in Micrometer's
        // global registry, bound to the previous outbox; registering would keep those.
        metrics.find(GAUGE).meters().forEach(metrics::remove);
        Gauge.builder(GAUGE, pending, AtomicLong::get).tag("state", "pending")
                .description("Accepted articles waiting in the outbox for a service, as of the last redelivery run")
                .register(metrics);
        Gauge.builder(GAUGE, parked, AtomicLong::get).tag("state", "parked")
                .description("Deliveries a service refused for good: kept, not retried until an operator asks")
                .register(metrics);
        QuarkusTransaction.requiringNew().run(this::refreshGauges);
    }

    @Transactional
    public void enqueue(UUID articleId, Target target, Object payload) {
        if (PendingDeliveryEntity.find(articleId, target).isPresent()) {
            return;
        }
        PendingDeliveryEntity row = new PendingDeliveryEntity();
        row.articleId = articleId;
        row.target = target.name();
        row.payload = write(payload);
        row.nextAttemptAt = Instant.now();
        row.persist();
    }

    /** The article as accepted, while dedup-service has not taken it yet (parked or not). */
    @Transactional
    public Optional<ArticleRequest> pendingArticle(UUID articleId) {
        return PendingDeliveryEntity.find(articleId, Target.DEDUP).map(row -> read(row.payload, ArticleRequest.class));
    }

    /** The deliveries in a state (all when empty), oldest first. */
    @Transactional
    public List<Delivery> list(Optional<State> state, int limit) {
        return PendingDeliveryEntity.list(state, limit).stream().map(DeliveryMapping::toView).toList();
    }

    /**
     * Makes a delivery due now, with a new allowance of server errors: a parked one is back in the queue, a pending one
     * skips the rest of its backoff. Empty when there is none with this id (it may just have been delivered).
     */
    @Transactional
    public Optional<Delivery> retry(long id) {
        Optional<PendingDeliveryEntity> found = PendingDeliveryEntity.findByIdOptional(id,
                LockModeType.PESSIMISTIC_WRITE);
        found.ifPresent(row -> {
            if (row.parkedAt != null) {
                LOG.infof("Delivery %d of article %s to %s is back in the queue", row.id, row.articleId, row.target);
            }
            row.parkedAt = null;
            row.serverErrors = 0;
            row.nextAttemptAt = Instant.now();
        });
        refreshGauges();
        return found.map(DeliveryMapping::toView);
    }

    @Scheduled(every = "${wirecheck.gateway.redelivery-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void redeliver() {
        List<PendingDeliveryEntity> due = PendingDeliveryEntity.lockDue(5);
        for (PendingDeliveryEntity row : due) {
            row.lastAttemptAt = Instant.now();
            try {
                if (Target.valueOf(row.target) == Target.DEDUP) {
                    dedup.ingest(read(row.payload, ArticleRequest.class)).await().atMost(Duration.ofSeconds(8));
                } else {
                    credibility.assess(read(row.payload, AssessmentRequest.class)).await()
                            .atMost(Duration.ofSeconds(8));
                }
                row.delete();
                LOG.infof("Delivered article %s to %s after %d attempt(s)", row.articleId, row.target,
                        row.attempts + 1);
            } catch (ClientError e) {
                row.attempts++;
                row.lastError = "HTTP " + e.status() + " " + e.title() + ": " + e.getMessage();
                park(row, "it was refused (" + row.lastError + "), which a retry does not change");
            } catch (RuntimeException e) {
                row.attempts++;
                row.lastError = e.toString();
                if (answeredWithServerError(e) && ++row.serverErrors >= config.redeliveryMaxServerErrors()) {
                    park(row, "the service answered it with a server error " + row.serverErrors + " times (last: "
                            + row.lastError + ")");
                    continue;
                }
                long backoff = Math.min(MAX_BACKOFF.toSeconds(), 5L << Math.min(row.attempts, 10));
                row.nextAttemptAt = Instant.now().plusSeconds(backoff);
            }
        }
        refreshGauges();
    }

    /**
     * Whether the service itself answered with a 5xx, as opposed to not being reached (refused connection, timeout,
     * open circuit breaker), which says nothing about this article.
     */
    static boolean answeredWithServerError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WebApplicationException web && web.getResponse() != null
                    && web.getResponse().getStatus() >= 500) {
                return true;
            }
        }
        return false;
    }

    private void park(PendingDeliveryEntity row, String why) {
        row.parkedAt = Instant.now();
        LOG.warnf("Parked delivery %d of article %s to %s: %s. It is kept and no longer retried; "
                + "POST /api/v1/deliveries/%d/retry puts it back in the queue", row.id, row.articleId, row.target, why,
                row.id);
    }

    /** Refreshes the gauges (in the caller's transaction, after its changes). */
    private void refreshGauges() {
        pending.set(PendingDeliveryEntity.count(State.PENDING));
        parked.set(PendingDeliveryEntity.count(State.PARKED));
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a delivery", e);
        }
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored delivery", e);
        }
    }
}

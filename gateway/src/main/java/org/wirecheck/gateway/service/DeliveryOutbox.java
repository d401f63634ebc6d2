package org.wirecheck.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.wirecheck.gateway.client.ClientError;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentRequest;
import org.wirecheck.gateway.client.CredibilityClient;
import org.wirecheck.gateway.client.DedupApiModel.ArticleRequest;
import org.wirecheck.gateway.client.DedupClient;
import org.wirecheck.gateway.repository.PendingDeliveryEntity;
import org.wirecheck.gateway.repository.PendingDeliveryEntity.Target;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

/**
 * Nothing accepted is lost: an article the gateway accepted while dedup-service or credibility-service could not take
 * it is written here, in the same request, and redelivered every few seconds until the service takes it (both
 * services are idempotent per article, so a delivery that happened but whose answer was lost is harmless). Backoff
 * doubles per attempt up to five minutes. Several gateway replicas share the table: each locks the rows it sends.
 */
@ApplicationScoped
public class DeliveryOutbox {

    private static final Logger LOG = Logger.getLogger(DeliveryOutbox.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    @Inject
    ObjectMapper json;

    @Inject
    DedupClient dedup;

    @Inject
    CredibilityClient credibility;

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

    /** The article as accepted, while dedup-service has not taken it yet. */
    @Transactional
    public Optional<ArticleRequest> pendingArticle(UUID articleId) {
        return PendingDeliveryEntity.find(articleId, Target.DEDUP).map(row -> read(row.payload, ArticleRequest.class));
    }

    @Scheduled(every = "${wirecheck.gateway.redelivery-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void redeliver() {
        List<PendingDeliveryEntity> due = PendingDeliveryEntity.lockDue(5);
        for (PendingDeliveryEntity row : due) {
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
                // The service will never take it; keeping it would retry forever.
                LOG.errorf("%s rejected article %s (%d): %s; dropping the delivery", row.target, row.articleId,
                        e.status(), e.getMessage());
                row.delete();
            } catch (RuntimeException e) {
                row.attempts++;
                row.lastError = e.toString();
                long backoff = Math.min(MAX_BACKOFF.toSeconds(), 5L << Math.min(row.attempts, 10));
                row.nextAttemptAt = Instant.now().plusSeconds(backoff);
            }
        }
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

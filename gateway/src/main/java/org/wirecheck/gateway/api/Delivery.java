package org.wirecheck.gateway.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An accepted article that a service has not taken yet, as the redelivery outbox holds it (without the article itself:
 * {@code GET /api/v1/articles/{articleId}/report} answers from it while dedup-service lacks it).
 *
 * @param attempts failed tries so far, whatever the cause
 * @param serverErrors the tries the service answered with a 5xx since the delivery was queued or last retried; at
 *        {@code wirecheck.gateway.redelivery-max-server-errors} it is parked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An accepted article waiting for a service: PENDING is retried with backoff, PARKED is kept but retried only on request")
public record Delivery(
        @Schema(description = "The delivery's id, for POST /api/v1/deliveries/{id}/retry") long id,
        UUID articleId,
        @Schema(description = "The service that has not taken the article", enumeration = {
                "DEDUP", "CREDIBILITY"}) String target,
        @Schema(enumeration = {"PENDING", "PARKED"}) String state,
        int attempts,
        int serverErrors,
        @Schema(description = "Why the last try failed") String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        @Schema(description = "When a PENDING delivery is tried next") Instant nextAttemptAt,
        @Schema(description = "When the delivery was parked") Instant parkedAt){
}

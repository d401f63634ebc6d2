package org.wirecheck.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.wirecheck.gateway.client.CredibilityApiModel.Assessment;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentBatch;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentItem;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentRequest;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentResults;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * credibility-service over HTTP, retried (an assessment is filed under its articleId, so a repeat is harmless) and
 * guarded by a circuit breaker per operation; a 4xx answer is neither retried nor counted against the breaker.
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 100, abortOn = ClientError.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = ClientError.class)
public class CredibilityClient {

    @RestClient
    CredibilityApi api;

    /** Assesses and files the assessment in the publisher's track record. */
    public Uni<Assessment> assess(AssessmentRequest article) {
        return api.assess(article).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    /** Assesses and files several articles in one transaction: one outcome per article; not retried (see DedupClient). */
    @Retry(maxRetries = 0)
    public Uni<List<AssessmentItem>> assessAll(List<AssessmentRequest> articles) {
        return api.assessAll(new AssessmentBatch(articles)).onFailure(WebApplicationException.class)
                .transform(ClientError::of).map(AssessmentResults::results);
    }

    /** Assesses without storing anything. */
    public Uni<Assessment> check(AssessmentRequest article) {
        return api.check(article).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<Assessment> assessment(UUID articleId) {
        return api.assessment(articleId).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<JsonNode> publishers(String query) {
        return api.publishers(query).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<JsonNode> publisher(long id) {
        return api.publisher(id).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<JsonNode> trackRecord(long id) {
        return api.trackRecord(id).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    /** Registry edits are not retried: a create that timed out may have happened, and a retry would then say 409. */
    @Retry(maxRetries = 0)
    public Uni<JsonNode> createPublisher(JsonNode publisher) {
        return api.createPublisher(publisher).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    @Retry(maxRetries = 0)
    public Uni<JsonNode> updatePublisher(long id, JsonNode publisher) {
        return api.updatePublisher(id, publisher).onFailure(WebApplicationException.class)
                .transform(ClientError::of);
    }

    @Retry(maxRetries = 0)
    public Uni<Void> deletePublisher(long id) {
        return api.deletePublisher(id).onFailure(WebApplicationException.class).transform(ClientError::of);
    }
}

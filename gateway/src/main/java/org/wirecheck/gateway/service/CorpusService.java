package org.wirecheck.gateway.service;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.client.ClientError;
import org.wirecheck.gateway.client.CredibilityClient;
import org.wirecheck.gateway.client.DedupApiModel.StoredArticle;
import org.wirecheck.gateway.client.DedupClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * The corpus and the publisher registry as the public API shows them (for the desk page and newsroom tools): the
 * services' answers passed through. These are lookups and edits, not reports, so a service that is down is a 503
 * the caller may retry.
 */
@ApplicationScoped
public class CorpusService {

    private static final Duration BOUND = Duration.ofSeconds(15);

    @Inject
    DedupClient dedup;

    @Inject
    CredibilityClient credibility;

    public StoredArticle article(UUID id) {
        return call("dedup-service", () -> dedup.article(id));
    }

    public JsonNode recentArticles(int limit) {
        return call("dedup-service", () -> dedup.recentArticles(limit));
    }

    public JsonNode clusters(int limit) {
        return call("dedup-service", () -> dedup.clusters(limit));
    }

    public JsonNode cluster(UUID id) {
        return call("dedup-service", () -> dedup.cluster(id));
    }

    public JsonNode publishers(String query) {
        return call("credibility-service", () -> credibility.publishers(query));
    }

    public JsonNode publisher(long id) {
        return call("credibility-service", () -> credibility.publisher(id));
    }

    public JsonNode trackRecord(long id) {
        return call("credibility-service", () -> credibility.trackRecord(id));
    }

    public JsonNode createPublisher(JsonNode publisher) {
        return call("credibility-service", () -> credibility.createPublisher(publisher));
    }

    public JsonNode updatePublisher(long id, JsonNode publisher) {
        return call("credibility-service", () -> credibility.updatePublisher(id, publisher));
    }

    public void deletePublisher(long id) {
        call("credibility-service", () -> credibility.deletePublisher(id));
    }

    private static <T> T call(String service, Supplier<Uni<T>> request) {
        try {
            return request.get().await().atMost(BOUND);
        } catch (ClientError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProblemException(503, "Service Unavailable", service + " is unavailable; try again later.");
        }
    }
}

package org.wirecheck.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.wirecheck.gateway.client.DedupApiModel.ArticleRequest;
import org.wirecheck.gateway.client.DedupApiModel.BatchItem;
import org.wirecheck.gateway.client.DedupApiModel.BatchRequest;
import org.wirecheck.gateway.client.DedupApiModel.BatchResults;
import org.wirecheck.gateway.client.DedupApiModel.DedupReport;
import org.wirecheck.gateway.client.DedupApiModel.StoredArticle;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * dedup-service over HTTP. Calls are retried (ingestion is idempotent: the same url and content is the same article)
 * and guarded by a circuit breaker (one per operation, tunable as
 * {@code org.wirecheck.gateway.client.DedupClient/CircuitBreaker/delay} etc.); a 4xx answer is the caller's problem and is neither retried nor counted
 * against the breaker.
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 100, abortOn = ClientError.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = ClientError.class)
public class DedupClient {

    /** What an ingestion answered: the report, and whether the article was new to the corpus (201) or known (200). */
    public record Ingested(DedupReport report, boolean created) {
    }

    @RestClient
    DedupApi api;

    public Uni<Ingested> ingest(ArticleRequest article) {
        return api.ingest(article).onFailure(WebApplicationException.class).transform(ClientError::of)
                .map(response -> new Ingested(response.readEntity(DedupReport.class), response.getStatus() == 201));
    }

    /**
     * Indexes articles in one transaction, in order: one outcome per article. Not retried here: a batch that timed out
     * may still be running, and a second one would only queue behind it; the pipeline retries with backoff itself.
     */
    @Retry(maxRetries = 0)
    public Uni<List<BatchItem>> ingestAll(List<ArticleRequest> articles) {
        return api.ingestAll(new BatchRequest(articles)).onFailure(WebApplicationException.class)
                .transform(ClientError::of).map(BatchResults::results);
    }

    public Uni<DedupReport> check(ArticleRequest article) {
        return api.check(article).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<DedupReport> report(UUID articleId) {
        return api.report(articleId).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<StoredArticle> article(UUID articleId) {
        return api.article(articleId).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<Void> delete(UUID articleId) {
        return api.delete(articleId).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<JsonNode> recentArticles(int limit) {
        return api.recentArticles(limit).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<JsonNode> clusters(int limit) {
        return api.clusters(limit).onFailure(WebApplicationException.class).transform(ClientError::of);
    }

    public Uni<JsonNode> cluster(UUID clusterId) {
        return api.cluster(clusterId).onFailure(WebApplicationException.class).transform(ClientError::of);
    }
}

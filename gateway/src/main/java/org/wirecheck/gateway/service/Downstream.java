package org.wirecheck.gateway.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;
import org.wirecheck.gateway.client.ClientError;
import org.wirecheck.gateway.client.CredibilityApiModel.Assessment;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentItem;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentRequest;
import org.wirecheck.gateway.client.CredibilityClient;
import org.wirecheck.gateway.client.DedupApiModel.ArticleRequest;
import org.wirecheck.gateway.client.DedupApiModel.BatchItem;
import org.wirecheck.gateway.client.DedupApiModel.DedupReport;
import org.wirecheck.gateway.client.DedupClient;

import io.smallrye.mutiny.Uni;

/**
 * The two services as the report needs them: each call bounded in time, and a service that is down, slow or
 * failing answers "empty" (logged as a warning) instead of failing the report, so the gateway can answer with what
 * is there. A 4xx (the caller's mistake, or an unknown id) is not a failure of the service and passes through.
 */
@ApplicationScoped
public class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    @Inject
    DedupClient dedup;

    @Inject
    CredibilityClient credibility;

    @Timeout(6000)
    @Fallback(fallbackMethod = "dedupIngestUnavailable", skipOn = ClientError.class)
    public Uni<Optional<DedupClient.Ingested>> ingest(ArticleRequest article) {
        return dedup.ingest(article).map(Optional::of);
    }

    /** A batch holds up to a few hundred articles, so it may take longer than one. */
    @Timeout(60000)
    @Fallback(fallbackMethod = "dedupBatchUnavailable", skipOn = ClientError.class)
    public Uni<Optional<List<BatchItem>>> ingestAll(List<ArticleRequest> articles) {
        return dedup.ingestAll(articles).map(Optional::of);
    }

    @Timeout(60000)
    @Fallback(fallbackMethod = "credibilityBatchUnavailable", skipOn = ClientError.class)
    public Uni<Optional<List<AssessmentItem>>> assessAll(List<AssessmentRequest> articles) {
        return credibility.assessAll(articles).map(Optional::of);
    }

    @Timeout(6000)
    @Fallback(fallbackMethod = "dedupUnavailable", skipOn = ClientError.class)
    public Uni<Optional<DedupReport>> check(ArticleRequest article) {
        return dedup.check(article).map(Optional::of);
    }

    @Timeout(6000)
    @Fallback(fallbackMethod = "dedupReportUnavailable", skipOn = ClientError.class)
    public Uni<Optional<DedupReport>> dedupReport(UUID articleId) {
        return dedup.report(articleId).map(Optional::of);
    }

    @Timeout(6000)
    @Fallback(fallbackMethod = "credibilityUnavailable", skipOn = ClientError.class)
    public Uni<Optional<Assessment>> assess(AssessmentRequest article) {
        return credibility.assess(article).map(Optional::of);
    }

    @Timeout(6000)
    @Fallback(fallbackMethod = "credibilityUnavailable", skipOn = ClientError.class)
    public Uni<Optional<Assessment>> checkCredibility(AssessmentRequest article) {
        return credibility.check(article).map(Optional::of);
    }

    @Timeout(6000)
    @Fallback(fallbackMethod = "assessmentUnavailable", skipOn = ClientError.class)
    public Uni<Optional<Assessment>> assessment(UUID articleId) {
        return credibility.assessment(articleId).map(Optional::of);
    }

    Uni<Optional<DedupClient.Ingested>> dedupIngestUnavailable(ArticleRequest article, Throwable failure) {
        LOG.warnf("dedup-service unavailable for %s: %s", article.url(), failure.toString());
        return Uni.createFrom().item(Optional.empty());
    }

    Uni<Optional<List<BatchItem>>> dedupBatchUnavailable(List<ArticleRequest> articles, Throwable failure) {
        LOG.warnf("dedup-service unavailable for a batch of %d: %s", articles.size(), failure.toString());
        return Uni.createFrom().item(Optional.empty());
    }

    Uni<Optional<List<AssessmentItem>>> credibilityBatchUnavailable(List<AssessmentRequest> articles,
            Throwable failure) {
        LOG.warnf("credibility-service unavailable for a batch of %d: %s", articles.size(), failure.toString());
        return Uni.createFrom().item(Optional.empty());
    }

    Uni<Optional<DedupReport>> dedupUnavailable(ArticleRequest article, Throwable failure) {
        LOG.warnf("dedup-service unavailable for %s: %s", article.url(), failure.toString());
        return Uni.createFrom().item(Optional.empty());
    }

    Uni<Optional<DedupReport>> dedupReportUnavailable(UUID articleId, Throwable failure) {
        LOG.warnf("dedup-service unavailable for the report of %s: %s", articleId, failure.toString());
        return Uni.createFrom().item(Optional.empty());
    }

    Uni<Optional<Assessment>> credibilityUnavailable(AssessmentRequest article, Throwable failure) {
        LOG.warnf("credibility-service unavailable for %s: %s", article.url(), failure.toString());
        return Uni.createFrom().item(Optional.empty());
    }

    Uni<Optional<Assessment>> assessmentUnavailable(UUID articleId, Throwable failure) {
        LOG.warnf("credibility-service unavailable for the assessment of %s: %s", articleId, failure.toString());
        return Uni.createFrom().item(Optional.empty());
    }
}

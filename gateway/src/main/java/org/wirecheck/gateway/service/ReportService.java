package org.wirecheck.gateway.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.api.ArticleSubmission;
import org.wirecheck.gateway.api.Report;
import org.wirecheck.gateway.client.ClientError;
import org.wirecheck.gateway.client.CredibilityApiModel.Assessment;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentItem;
import org.wirecheck.gateway.client.DedupApiModel.ArticleRequest;
import org.wirecheck.gateway.client.DedupApiModel.BatchItem;
import org.wirecheck.gateway.client.DedupApiModel.DedupReport;
import org.wirecheck.gateway.client.DedupClient;
import org.wirecheck.gateway.mapping.ReportAssembler;
import org.wirecheck.gateway.repository.PendingDeliveryEntity.Target;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;

/**
 * Builds provenance reports: dedup-service and credibility-service are asked in parallel (the article's identity is
 * known before either answers, so neither waits for the other), and the report is composed from what came back.
 */
@ApplicationScoped
public class ReportService {

    /** A report, and whether the article was new to the corpus. */
    public record Ingestion(Report report, boolean created) {
    }

    /** Longer than any one downstream call may take (their @Timeout), so this bound never cuts a call short. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** The same for a batch, whose calls may take up to 60 s (Downstream's @Timeout of the batch calls). */
    private static final Duration BATCH_BOUND = Duration.ofSeconds(90);

    @Inject
    ArticlePreparation preparation;

    @Inject
    Downstream downstream;

    @Inject
    DeliveryOutbox outbox;

    @Inject
    ReportAssembler assembler;

    @Inject
    DedupClient dedup;

    /** Adds the article to the corpus and files its assessment; a part a service could not take is redelivered later. */
    public Ingestion ingest(ArticleSubmission submission) {
        return ingest(preparation.prepare(submission, ""));
    }

    public Ingestion ingest(PreparedArticle article) {
        Tuple2<Optional<DedupClient.Ingested>, Optional<Assessment>> answers = Uni.combine().all()
                .unis(downstream.ingest(article.forDedup()), downstream.assess(article.forCredibility()))
                .asTuple().await().atMost(BOUND);
        return compose(article, answers.getItem1(), answers.getItem2());
    }

    /**
     * The ingestion from what the services answered: a part a service could not take goes to the outbox for
     * redelivery, and the report says what is missing.
     */
    private Ingestion compose(PreparedArticle article, Optional<DedupClient.Ingested> ingested,
            Optional<Assessment> assessment) {
        if (ingested.isEmpty()) {
            outbox.enqueue(article.articleId(), Target.DEDUP, article.forDedup());
        }
        if (assessment.isEmpty()) {
            outbox.enqueue(article.articleId(), Target.CREDIBILITY, article.forCredibility());
        }
        // Known when dedup said so (200); while dedup is unavailable the article counts as new.
        boolean created = ingested.map(DedupClient.Ingested::created).orElse(true);
        Report report = assembler.assemble(article, ingested.map(DedupClient.Ingested::report), assessment);
        return new Ingestion(report, created);
    }

    /** One article of {@link #ingestAll}: its ingestion, or the 4xx a service answered for it. */
    public record Outcome(PreparedArticle article, Ingestion ingestion, ProblemException rejected) {
    }

    /**
     * Ingests articles in order through the services' batch endpoints (one request and one transaction per service for
     * many articles), each with the same report {@link #ingest(PreparedArticle)} gives it. Batches are cut so a request
     * stays under the services' body limit; a batch a service refuses as a whole (4xx) is retried one article at a
     * time, so one bad article cannot sink the others.
     */
    public List<Outcome> ingestAll(List<PreparedArticle> articles) {
        List<Outcome> outcomes = new ArrayList<>(articles.size());
        int from = 0;
        while (from < articles.size()) {
            int to = from + 1;
            long bytes = requestBytes(articles.get(from));
            while (to < articles.size() && bytes + requestBytes(articles.get(to)) <= BATCH_BYTES) {
                bytes += requestBytes(articles.get(to++));
            }
            List<PreparedArticle> chunk = articles.subList(from, to);
            try {
                outcomes.addAll(ingestChunk(chunk));
            } catch (ClientError e) {
                for (PreparedArticle article : chunk) {
                    try {
                        outcomes.add(new Outcome(article, ingest(article), null));
                    } catch (ProblemException rejected) {
                        outcomes.add(new Outcome(article, null, rejected));
                    }
                }
            }
            from = to;
        }
        return outcomes;
    }

    private List<Outcome> ingestChunk(List<PreparedArticle> chunk) {
        Tuple2<Optional<List<BatchItem>>, Optional<List<AssessmentItem>>> answers = Uni.combine().all()
                .unis(downstream.ingestAll(chunk.stream().map(PreparedArticle::forDedup).toList()),
                        downstream.assessAll(chunk.stream().map(PreparedArticle::forCredibility).toList()))
                .asTuple().await().atMost(BATCH_BOUND);
        // A batch answer that does not hold one result per article cannot be matched up: as if the service were down.
        Optional<List<BatchItem>> dedupItems = answers.getItem1().filter(items -> items.size() == chunk.size());
        Optional<List<AssessmentItem>> assessments = answers.getItem2().filter(items -> items.size() == chunk.size());
        List<Outcome> outcomes = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            PreparedArticle article = chunk.get(i);
            Optional<DedupClient.Ingested> ingested = Optional.empty();
            Optional<Assessment> assessment = Optional.empty();
            ProblemException rejected = null;
            if (dedupItems.isPresent()) {
                BatchItem item = dedupItems.get().get(i);
                if (item.status() >= 400) {
                    rejected = ClientError.fromProblem(item.status(), item.problem());
                } else {
                    ingested = Optional.of(new DedupClient.Ingested(item.report(), item.status() == 201));
                }
            }
            if (assessments.isPresent()) {
                AssessmentItem item = assessments.get().get(i);
                if (item.status() >= 400) {
                    rejected = rejected != null ? rejected : ClientError.fromProblem(item.status(), item.problem());
                } else {
                    assessment = Optional.of(item.assessment());
                }
            }
            outcomes.add(rejected != null
                    ? new Outcome(article, null, rejected)
                    : new Outcome(article, compose(article, ingested, assessment), null));
        }
        return outcomes;
    }

    /** What a batch request to a service may carry: well under the services' 2 MB body limit. */
    private static final long BATCH_BYTES = 1_500_000;

    /** An upper bound of the article's bytes in a request: UTF-8 text (3 bytes a char at most) and its metadata. */
    private static long requestBytes(PreparedArticle article) {
        return 3L * (article.text() == null ? 0 : article.text().length()) + 2_048;
    }

    /** The report as if the article were ingested now; nothing is stored anywhere. */
    public Report check(ArticleSubmission submission) {
        PreparedArticle article = preparation.prepare(submission, "");
        Tuple2<Optional<DedupReport>, Optional<Assessment>> answers = Uni.combine().all()
                .unis(downstream.check(article.forDedup()), downstream.checkCredibility(article.forCredibility()))
                .asTuple().await().atMost(BOUND);
        return assembler.assemble(article, answers.getItem1(), answers.getItem2());
    }

    /** The current report of a stored article: its duplicates may have grown since it was ingested. */
    public Optional<Report> report(UUID articleId) {
        Tuple2<Optional<DedupReport>, Optional<Assessment>> answers;
        try {
            answers = Uni.combine().all()
                    .unis(downstream.dedupReport(articleId),
                            downstream.assessment(articleId).onFailure(ClientError.class)
                                    .recoverWithItem(Optional.empty()))
                    .asTuple().await().atMost(BOUND);
        } catch (ClientError e) {
            if (e.status() == 404) {
                return pendingReport(articleId);
            }
            throw e;
        }
        Optional<DedupReport> dedup = answers.getItem1();
        if (dedup.isEmpty()) {
            // dedup-service is down: answer with what is there — what was accepted if it still waits for delivery,
            // else what credibility-service knows under this id.
            Optional<Report> pending = pendingReport(articleId);
            if (pending.isPresent()) {
                return pending;
            }
            return Optional.of(assembler.assemble(new PreparedArticle(articleId, null, null, null, null, null, null),
                    Optional.empty(), answers.getItem2()));
        }
        DedupReport d = dedup.get();
        PreparedArticle article = new PreparedArticle(articleId, d.url(), d.publisher(), d.title(), null,
                d.publishedAt(), null);
        return Optional.of(assembler.assemble(article, dedup, answers.getItem2()));
    }

    /**
     * Removes an article from the corpus (dedup-service recomputes its cluster). Unlike a report, a deletion cannot be
     * answered "with what is there": while dedup-service is unavailable it is a 503 the caller may retry.
     */
    public void delete(UUID articleId) {
        try {
            dedup.delete(articleId).await().atMost(BOUND);
        } catch (ClientError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProblemException(503, "Service Unavailable",
                    "dedup-service is unavailable, so the article cannot be deleted now; try again later.");
        }
    }

    /** An article accepted while dedup-service was down: reported from what was accepted, degraded. */
    private Optional<Report> pendingReport(UUID articleId) {
        Optional<ArticleRequest> pending = outbox.pendingArticle(articleId);
        return pending.map(a -> assembler.assemble(new PreparedArticle(articleId, a.url(), a.publisher(), a.title(),
                null, a.publishedAt(), a.text()), Optional.empty(), Optional.empty()));
    }
}

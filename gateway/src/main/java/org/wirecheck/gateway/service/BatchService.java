package org.wirecheck.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.wirecheck.common.article.PublishedAt;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.api.ArticleSubmission;
import org.wirecheck.gateway.api.BatchJob;
import org.wirecheck.gateway.config.GatewayConfig;
import org.wirecheck.gateway.repository.BatchItemEntity;
import org.wirecheck.gateway.repository.BatchJobEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Batch ingestion. A job and its articles are stored before the answer (so an accepted batch survives a restart),
 * sorted by publishedAt — an article without one goes last, ties keep the submitted order — so that earlier
 * articles are in the corpus when their reprints arrive. A worker takes one job at a time under a lease, so with
 * several gateway replicas each job is still processed in order by one of them; a replica that dies leaves a lease
 * that runs out, and another picks the job up where it stopped.
 */
@ApplicationScoped
public class BatchService {

    private static final Logger LOG = Logger.getLogger(BatchService.class);
    private static final Duration LEASE = Duration.ofSeconds(60);

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    ReportService reports;

    @Inject
    ArticlePreparation preparation;

    @Inject
    EntityManager em;

    @Transactional
    public BatchJob submit(List<ArticleSubmission> articles) {
        ProblemException.requireBatch("articles", articles, config.batch().maxArticles());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> publishedAt(articles.get(i)),
                Comparator.nullsLast(Comparator.naturalOrder())));
        BatchJobEntity job = new BatchJobEntity();
        job.id = UUID.randomUUID();
        job.total = articles.size();
        job.state = "QUEUED";
        job.updatedAt = Instant.now();
        job.persist();
        for (int position = 0; position < order.size(); position++) {
            BatchItemEntity item = new BatchItemEntity();
            item.jobId = job.id;
            item.position = position;
            item.inputIndex = order.get(position);
            item.payload = write(articles.get(item.inputIndex));
            item.persist();
        }
        return view(job, false);
    }

    @Transactional
    public Optional<BatchJob> find(UUID jobId) {
        return BatchJobEntity.<BatchJobEntity>findByIdOptional(jobId)
                .map(job -> view(job, "COMPLETED".equals(job.state)));
    }

    @Scheduled(every = "${wirecheck.gateway.batch-poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        UUID jobId;
        while ((jobId = QuarkusTransaction.requiringNew().call(this::claim)) != null) {
            process(jobId);
        }
    }

    /** Takes the oldest unfinished job whose lease is free, or returns null. */
    UUID claim() {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                UPDATE batch_job SET state = 'RUNNING', lease_until = now() + make_interval(secs => :lease),
                                     updated_at = now()
                WHERE id = (SELECT id FROM batch_job
                            WHERE state IN ('QUEUED', 'RUNNING') AND (lease_until IS NULL OR lease_until < now())
                            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id""").setParameter("lease", LEASE.toSeconds()).getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    /** Articles taken from a job at a time: each chunk is one request to each service's batch endpoint. */
    private static final int CHUNK = 50;

    private void process(UUID jobId) {
        while (true) {
            List<BatchItemEntity> next = QuarkusTransaction.requiringNew()
                    .call(() -> BatchItemEntity.pending(jobId, CHUNK));
            if (next.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> {
                    BatchJobEntity job = BatchJobEntity.findById(jobId);
                    job.state = "COMPLETED";
                    job.leaseUntil = null;
                    job.updatedAt = Instant.now();
                });
                LOG.infof("Batch job %s completed", jobId);
                return;
            }
            List<Result> results = ingest(jobId, next);
            QuarkusTransaction.requiringNew().run(() -> {
                BatchJobEntity job = BatchJobEntity.findById(jobId);
                for (Result result : results) {
                    BatchItemEntity stored = BatchItemEntity.findById(key(result.item));
                    stored.state = result.error == null ? "DONE" : "FAILED";
                    stored.report = result.report;
                    stored.error = result.error;
                    stored.articleId = result.articleId;
                    if (result.error == null) {
                        job.done++;
                    } else {
                        job.failures++;
                    }
                }
                job.leaseUntil = Instant.now().plus(LEASE);
                job.updatedAt = Instant.now();
            });
        }
    }

    /** What became of one item: its report, or why it failed. */
    private record Result(BatchItemEntity item, UUID articleId, String report, String error) {
    }

    /** Prepares a chunk of items and ingests the valid ones together, in order. */
    private List<Result> ingest(UUID jobId, List<BatchItemEntity> items) {
        Result[] results = new Result[items.size()];
        List<PreparedArticle> prepared = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            BatchItemEntity item = items.get(k);
            try {
                ArticleSubmission submission = json.readValue(item.payload, ArticleSubmission.class);
                prepared.add(preparation.prepare(submission, "articles[" + item.inputIndex + "]."));
                at.add(k);
            } catch (ProblemException e) {
                results[k] = new Result(item, null, null, e.getMessage());
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.errorf(e, "Batch job %s: article %d failed", jobId, item.inputIndex);
                results[k] = new Result(item, null, null, "The article could not be processed: " + e.getMessage());
            }
        }
        if (!prepared.isEmpty()) {
            List<ReportService.Outcome> outcomes = reports.ingestAll(prepared);
            for (int n = 0; n < outcomes.size(); n++) {
                ReportService.Outcome outcome = outcomes.get(n);
                BatchItemEntity item = items.get(at.get(n));
                results[at.get(n)] = outcome.rejected() != null
                        ? new Result(item, null, null, outcome.rejected().getMessage())
                        : new Result(item, outcome.ingestion().report().articleId(),
                                write(outcome.ingestion().report()), null);
            }
        }
        return List.of(results);
    }

    private static BatchItemEntity.Key key(BatchItemEntity item) {
        BatchItemEntity.Key key = new BatchItemEntity.Key();
        key.jobId = item.jobId;
        key.position = item.position;
        return key;
    }

    private BatchJob view(BatchJobEntity job, boolean withResults) {
        List<JsonNode> reportList = null;
        List<BatchJob.Failure> failures = null;
        if (withResults) {
            reportList = new ArrayList<>();
            failures = new ArrayList<>();
            for (BatchItemEntity item : BatchItemEntity.ofJob(job.id)) {
                if (item.report != null) {
                    reportList.add(read(item.report));
                }
                if (item.error != null) {
                    failures.add(new BatchJob.Failure(item.inputIndex, item.error));
                }
            }
            failures.sort(Comparator.comparingInt(BatchJob.Failure::index));
        }
        return new BatchJob(job.id, job.state, job.total, job.done, job.failures, reportList, failures);
    }

    private static Instant publishedAt(ArticleSubmission a) {
        return a == null ? null : PublishedAt.parse(a.publishedAt()).orElse(null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a batch item", e);
        }
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored report", e);
        }
    }
}

package org.wirecheck.gateway.messaging;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.api.ArticleSubmission;
import org.wirecheck.gateway.api.Report;
import org.wirecheck.gateway.config.GatewayConfig;
import org.wirecheck.gateway.service.ArticlePreparation;
import org.wirecheck.gateway.service.PreparedArticle;
import org.wirecheck.gateway.service.ReportService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.OutgoingKafkaRecord;

/**
 * The Kafka face of {@code POST /api/v1/articles}: an article on {@value #ARTICLES_TOPIC} (key = url) gives exactly the
 * report the HTTP API returns, on {@value #REPORTS_TOPIC} (key = articleId).
 * <ul>
 * <li>Batches: each poll's records (up to {@code max.poll.records}) go to the services' batch endpoints together — one
 * request and one transaction per service for many articles, which is what lets a pipeline outrun the HTTP API.</li>
 * <li>At least once: a batch's offsets are committed only after every report and dead letter of it is written (acked
 * by the broker).</li>
 * <li>Per-key order: batches are processed one after another, and the articles of a batch in offset order (the
 * services index a batch in the order given).</li>
 * <li>Backpressure: the connector pauses the partitions while a batch is processed, so a burst waits in Kafka, not in
 * memory.</li>
 * <li>Poison: a record that can never be processed (not JSON, no url or text, over the size limit, refused by a service
 * as invalid) is written with its original bytes to {@value #DLQ_TOPIC}, the reason in the {@code dead-letter-reason}
 * header, and the others go on.</li>
 * <li>Nothing lost: while a service is down the reports would be degraded, so those articles are retried (with
 * backoff, up to {@code wirecheck.gateway.kafka.complete-within}) before degraded reports are written; either way the
 * articles themselves are in the gateway's redelivery outbox.</li>
 * </ul>
 */
@ApplicationScoped
public class ArticleStream {

    /** Channel names, as used in application.properties and in tests. */
    public static final String ARTICLES = "articles";
    public static final String REPORTS = "reports";
    public static final String DEAD_LETTERS = "dead-letters";

    /** Default topic names. */
    public static final String ARTICLES_TOPIC = "wirecheck.articles";
    public static final String REPORTS_TOPIC = "wirecheck.reports";
    public static final String DLQ_TOPIC = "wirecheck.articles.dlq";

    /** The header of a dead letter that says why, as {@code CODE: detail}. */
    public static final String REASON_HEADER = "dead-letter-reason";

    private static final Logger LOG = Logger.getLogger(ArticleStream.class);

    private final ObjectMapper json;

    @Inject
    ArticlePreparation preparation;

    @Inject
    ReportService reports;

    @Inject
    GatewayConfig config;

    @Inject
    @Channel(REPORTS)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    MutinyEmitter<String> reportOut;

    @Inject
    @Channel(DEAD_LETTERS)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    MutinyEmitter<byte[]> deadLetterOut;

    public ArticleStream(ObjectMapper json) {
        // The HTTP API's own reader, so a body means the same on both paths.
        this.json = json;
    }

    /**
     * One poll's records: processed on a worker thread, then acknowledged once all they gave is written. The next batch
     * is not handed over before this one's answer completes.
     */
    @Incoming(ARTICLES)
    public Uni<Void> process(KafkaRecordBatch<String, byte[]> batch) {
        return Uni.createFrom().item(() -> handle(batch.getRecords()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(writes -> writes.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : Uni.join().all(writes).andFailFast().replaceWithVoid())
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    /** Turns the records into reports and dead letters, in order; returns the pending writes. */
    private List<Uni<Void>> handle(List<KafkaRecord<String, byte[]>> records) {
        List<Uni<Void>> writes = new ArrayList<>(records.size());
        List<PreparedArticle> articles = new ArrayList<>(records.size());
        List<KafkaRecord<String, byte[]>> sources = new ArrayList<>(records.size());
        for (KafkaRecord<String, byte[]> record : records) {
            try {
                articles.add(prepare(record.getPayload()));
                sources.add(record);
            } catch (PoisonArticle poison) {
                writes.add(deadLetter(record, poison.getMessage()));
            }
        }
        if (!articles.isEmpty()) {
            List<ReportService.Outcome> outcomes;
            try {
                outcomes = ingestCompletely(articles);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the services", e);
            }
            for (int i = 0; i < outcomes.size(); i++) {
                ReportService.Outcome outcome = outcomes.get(i);
                KafkaRecord<String, byte[]> source = sources.get(i);
                if (outcome.rejected() != null) {
                    writes.add(deadLetter(source, "INVALID_ARTICLE: " + outcome.rejected().getMessage()));
                    continue;
                }
                Report report = outcome.ingestion().report();
                try {
                    writes.add(reportOut.sendMessage(
                            KafkaRecord.of(report.articleId().toString(), json.writeValueAsString(report))));
                } catch (JsonProcessingException e) {
                    writes.add(deadLetter(source, "UNWRITABLE_REPORT: " + e.getMessage()));
                }
            }
        }
        return writes;
    }

    /** The record's original key and bytes on the dead-letter topic, with why and where it came from. */
    private Uni<Void> deadLetter(KafkaRecord<String, byte[]> record, String reason) {
        LOG.warnf("Dead letter from %s-%d: %s", record.getTopic(), record.getPartition(), reason);
        OutgoingKafkaRecord<String, byte[]> letter = KafkaRecord.of(record.getKey(), record.getPayload())
                .withHeader(REASON_HEADER, reason)
                .withHeader("dead-letter-topic", record.getTopic())
                .withHeader("dead-letter-partition", Integer.toString(record.getPartition()));
        if (record instanceof IncomingKafkaRecord<String, byte[]> incoming) {
            letter = letter.withHeader("dead-letter-offset", Long.toString(incoming.getOffset()));
        }
        return deadLetterOut.sendMessage(letter);
    }

    private PreparedArticle prepare(byte[] value) {
        if (value == null || value.length == 0) {
            throw new PoisonArticle("EMPTY", "the record has no value");
        }
        long limit = config.kafka().maxRecordBytes();
        if (value.length > limit) {
            throw new PoisonArticle("TOO_LARGE", "the record is " + value.length + " bytes; the limit is " + limit);
        }
        ArticleSubmission submission;
        try {
            submission = json.readValue(value, ArticleSubmission.class);
        } catch (IOException e) {
            throw new PoisonArticle("INVALID_JSON", "the record is not an article in JSON: " + e.getMessage());
        }
        if (submission == null) {
            throw new PoisonArticle("INVALID_JSON", "the record is JSON null");
        }
        try {
            return preparation.prepare(submission, "");
        } catch (ProblemException e) {
            throw new PoisonArticle("INVALID_ARTICLE", e.getMessage());
        }
    }

    /**
     * Ingests the batch; while a service is down (degraded reports) the degraded articles are tried again, in order,
     * with backoff, until they complete or the deadline passes.
     */
    private List<ReportService.Outcome> ingestCompletely(List<PreparedArticle> articles) throws InterruptedException {
        long deadline = System.nanoTime() + config.kafka().completeWithin().toNanos();
        Duration backoff = Duration.ofMillis(500);
        List<ReportService.Outcome> outcomes = new ArrayList<>(reports.ingestAll(articles));
        while (true) {
            List<Integer> degraded = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                ReportService.Outcome o = outcomes.get(i);
                if (o.ingestion() != null && o.ingestion().report().degraded()) {
                    degraded.add(i);
                }
            }
            if (degraded.isEmpty()) {
                return outcomes;
            }
            if (System.nanoTime() >= deadline) {
                LOG.warnf("Writing %d degraded reports: the services did not recover within %s", degraded.size(),
                        config.kafka().completeWithin());
                return outcomes;
            }
            Thread.sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(15)) > 0
                    ? Duration.ofSeconds(15)
                    : backoff.multipliedBy(2);
            List<ReportService.Outcome> retried = reports
                    .ingestAll(degraded.stream().map(i -> outcomes.get(i).article()).toList());
            for (int k = 0; k < degraded.size(); k++) {
                outcomes.set(degraded.get(k), retried.get(k));
            }
        }
    }

    /** A record that can never become a report; its message is the DLQ reason, prefixed with a code. */
    public static class PoisonArticle extends RuntimeException {
        public PoisonArticle(String code, String detail) {
            super(code + ": " + detail, null, false, false);
        }
    }
}

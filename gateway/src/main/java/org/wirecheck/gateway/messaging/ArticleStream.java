package org.wirecheck.gateway.messaging;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
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

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * The Kafka face of {@code POST /api/v1/articles}: an article on {@value #ARTICLES_TOPIC} (key = url) gives exactly the
 * report the HTTP API returns, on {@value #REPORTS_TOPIC} (key = articleId).
 * <ul>
 * <li>At least once: an input's offset is committed only after its report is written (the incoming message is
 * acknowledged when the outgoing one is).</li>
 * <li>Per-key order: each partition is processed one record at a time, in offset order.</li>
 * <li>Backpressure: the connector pauses a partition while its records wait, so a burst waits in Kafka, not in
 * memory.</li>
 * <li>Poison: a record that can never be processed (not JSON, no url or text, over the size limit) is written with
 * its original bytes to {@value #DLQ_TOPIC}, the reason in the {@code dead-letter-reason} header, and the stream goes
 * on.</li>
 * <li>Nothing lost: while a service is down the report would be degraded, so the record is retried (with backoff, up
 * to {@code wirecheck.gateway.kafka.complete-within}) before a degraded report is written; either way the article
 * itself is in the gateway's redelivery outbox.</li>
 * </ul>
 */
@ApplicationScoped
public class ArticleStream {

    /** Channel names, as used in application.properties and in tests. */
    public static final String ARTICLES = "articles";
    public static final String REPORTS = "reports";

    /** Default topic names. */
    public static final String ARTICLES_TOPIC = "wirecheck.articles";
    public static final String REPORTS_TOPIC = "wirecheck.reports";
    public static final String DLQ_TOPIC = "wirecheck.articles.dlq";

    private static final Logger LOG = Logger.getLogger(ArticleStream.class);

    private final ObjectMapper json;

    @Inject
    ArticlePreparation preparation;

    @Inject
    ReportService reports;

    @Inject
    GatewayConfig config;

    public ArticleStream(ObjectMapper json) {
        // The HTTP API's own reader, so a body means the same on both paths.
        this.json = json;
    }

    @Incoming(ARTICLES)
    @Outgoing(REPORTS)
    @Blocking(ordered = true)
    public Record<String, String> process(byte[] value) throws InterruptedException {
        PreparedArticle article = prepare(value);
        Report report = ingestCompletely(article);
        try {
            return Record.of(report.articleId().toString(), json.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report of " + article.url(), e);
        }
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

    private Report ingestCompletely(PreparedArticle article) throws InterruptedException {
        long deadline = System.nanoTime() + config.kafka().completeWithin().toNanos();
        Duration backoff = Duration.ofMillis(500);
        while (true) {
            Report report = reports.ingest(article).report();
            if (!report.degraded() || System.nanoTime() >= deadline) {
                if (report.degraded()) {
                    LOG.warnf("Writing a degraded report for %s (missing %s): the services did not recover within %s",
                            article.url(), report.missing(), config.kafka().completeWithin());
                }
                return report;
            }
            Thread.sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(15)) > 0
                    ? Duration.ofSeconds(15)
                    : backoff.multipliedBy(2);
        }
    }

    /** A record that can never become a report; its message is the DLQ reason, prefixed with a code. */
    public static class PoisonArticle extends RuntimeException {
        public PoisonArticle(String code, String detail) {
            super(code + ": " + detail, null, false, false);
        }
    }
}

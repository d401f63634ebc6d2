package org.wirecheck.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentRequest;
import org.wirecheck.gateway.client.DedupApiModel.ArticleRequest;
import org.wirecheck.gateway.repository.PendingDeliveryEntity;
import org.wirecheck.gateway.repository.PendingDeliveryEntity.Target;
import org.wirecheck.testing.KafkaBrokerResource;
import org.wirecheck.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The redelivery outbox against a dedup-service that answers what each test says ({@link FakeDedupService}: here a
 * service gives up after 3 server errors) and a credibility-service that cannot be reached. Each test runs the
 * redelivery itself, one try at a time, with every row made due first, so a row the job skips is one it chose to skip.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_gateway_test"))
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(FakeDedupService.class)
class DeliveryOutboxTest {

    private static final int LIMIT = 3;

    @Inject
    DeliveryOutbox outbox;

    @ConfigProperty(name = "quarkus.rest-client.dedup.url")
    String dedupUrl;

    @BeforeEach
    void emptyOutboxAndFailingDedup() {
        clear();
        dedupAnswers(500);
    }

    @Test
    void aDeliveryAnsweredWithServerErrorsIsParkedAtTheLimitAndNoLongerTried() {
        UUID articleId = UUID.randomUUID();
        long id = queue(articleId, Target.DEDUP);
        for (int attempt = 1; attempt <= LIMIT; attempt++) {
            redeliverEveryRow();
            PendingDeliveryEntity row = row(id);
            assertEquals(attempt, row.serverErrors);
            assertEquals(attempt == LIMIT, row.parkedAt != null, "parked after try " + attempt);
        }

        // Parked: no longer offered to the service, however often the job runs.
        int sent = dedupIngested();
        redeliverEveryRow();
        redeliverEveryRow();
        assertEquals(sent, dedupIngested());
        assertEquals(LIMIT, row(id).attempts);

    }

    @Test
    void aDeliveryUnderTheLimitKeepsBeingRetriedUntilTheServiceTakesIt() {
        long id = queue(UUID.randomUUID(), Target.DEDUP);
        for (int attempt = 1; attempt < LIMIT; attempt++) {
            redeliverEveryRow();
        }
        PendingDeliveryEntity row = row(id);
        assertEquals(LIMIT - 1, row.serverErrors);
        assertNull(row.parkedAt);
        assertTrue(row.nextAttemptAt.isAfter(Instant.now()), "backs off: " + row.nextAttemptAt);

        int sent = dedupIngested();
        dedupAnswers(201);
        redeliverEveryRow();
        assertEquals(sent + 1, dedupIngested());
        assertNull(find(id));
    }

    @Test
    void aServiceThatCannotBeReachedNeverParksADelivery() {
        // credibility-service is unreachable here: refused connections, then an open circuit breaker.
        long id = queue(UUID.randomUUID(), Target.CREDIBILITY);
        for (int attempt = 1; attempt <= LIMIT + 2; attempt++) {
            redeliverEveryRow();
        }
        PendingDeliveryEntity row = row(id);
        assertEquals(LIMIT + 2, row.attempts);
        assertEquals(0, row.serverErrors);
        assertNull(row.parkedAt);
        assertNotNull(row.lastError);
    }

    @Test
    void aDeliveryTheServiceRefusesWithA4xxIsParkedAtOnceNotDropped() {
        long id = queue(UUID.randomUUID(), Target.DEDUP);
        dedupAnswers(400);
        redeliverEveryRow();
        PendingDeliveryEntity row = row(id);
        assertNotNull(row.parkedAt);
        assertEquals("HTTP 400 Fake: The fake answers 400.", row.lastError);
        int sent = dedupIngested();
        redeliverEveryRow();
        assertEquals(sent, dedupIngested());
    }

    private long queue(UUID articleId, Target target) {
        Object payload = target == Target.DEDUP
                ? new ArticleRequest("https://example.org/outbox/" + articleId, "Example", null, null, "Some text.")
                : new AssessmentRequest(articleId, "https://example.org/outbox/" + articleId, "Example", null, null,
                        null, "Some text.");
        outbox.enqueue(articleId, target, payload);
        return idOf(articleId, target);
    }

    /** One run of the redelivery job with every row due, parked ones included. */
    private void redeliverEveryRow() {
        makeEveryRowDue();
        outbox.redeliver();
    }

    @Transactional
    void makeEveryRowDue() {
        PendingDeliveryEntity.update("nextAttemptAt = ?1", Instant.now().minusSeconds(1));
    }

    @Transactional
    void clear() {
        PendingDeliveryEntity.deleteAll();
    }

    @Transactional
    long idOf(UUID articleId, Target target) {
        return PendingDeliveryEntity.find(articleId, target).orElseThrow().id;
    }

    @Transactional
    PendingDeliveryEntity find(long id) {
        return PendingDeliveryEntity.findById(id);
    }

    private PendingDeliveryEntity row(long id) {
        PendingDeliveryEntity row = find(id);
        assertNotNull(row, "delivery " + id + " is gone");
        return row;
    }

    private void dedupAnswers(int status) {
        RestAssured.given().baseUri(dedupUrl).body(Integer.toString(status)).put("/fake/answer").then()
                .statusCode(204);
    }

    private int dedupIngested() {
        return Integer.parseInt(RestAssured.given().baseUri(dedupUrl).get("/fake/ingested").then().statusCode(200)
                .extract().asString());
    }
}

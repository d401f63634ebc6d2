package org.wirecheck.gateway.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
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
    void aDeliveryAnsweredWithServerErrorsIsParkedAtTheLimitKeptListedAndRetriedOnRequest() {
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

        given().queryParam("state", "parked").get("/api/v1/deliveries").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo((int) id))
                .body("[0].articleId", equalTo(articleId.toString()))
                .body("[0].target", equalTo("DEDUP"))
                .body("[0].state", equalTo("PARKED"))
                .body("[0].attempts", equalTo(LIMIT))
                .body("[0].serverErrors", equalTo(LIMIT))
                .body("[0].lastError", containsString("500"))
                .body("[0].createdAt", notNullValue())
                .body("[0].lastAttemptAt", notNullValue())
                .body("[0].parkedAt", notNullValue())
                .body("[0].nextAttemptAt", nullValue());
        given().queryParam("state", "pending").get("/api/v1/deliveries").then().statusCode(200)
                .body("size()", equalTo(0));
        assertTrue(metrics().contains("wirecheck_gateway_deliveries{state=\"parked\"} 1.0"), metrics());

        // Back in the queue, due now, with a new allowance; the service has recovered and takes it.
        given().post("/api/v1/deliveries/" + id + "/retry").then().statusCode(200)
                .body("state", equalTo("PENDING")).body("serverErrors", equalTo(0)).body("parkedAt", nullValue());
        dedupAnswers(201);
        outbox.redeliver();
        assertEquals(sent + 1, dedupIngested());
        assertNull(find(id));
        assertTrue(metrics().contains("wirecheck_gateway_deliveries{state=\"parked\"} 0.0"), metrics());
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
        given().queryParam("state", "pending").get("/api/v1/deliveries").then().statusCode(200)
                .body("[0].id", equalTo((int) id)).body("[0].state", equalTo("PENDING"))
                .body("[0].nextAttemptAt", notNullValue());

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
        given().queryParam("state", "PARKED").get("/api/v1/deliveries").then().statusCode(200)
                .body("id", equalTo(List.of((int) id)));
    }

    @Test
    void unknownDeliveriesAndStatesAreProblemsAndTheEndpointsAreInTheOpenApiDocument() {
        given().post("/api/v1/deliveries/987654321/retry").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("987654321"));
        given().queryParam("state", "lost").get("/api/v1/deliveries").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("state"));
        given().queryParam("limit", 0).get("/api/v1/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/deliveries'.get.parameters.name", hasItem("state"))
                .body("paths.'/api/v1/deliveries/{id}/retry'.post.responses.'404'.content", hasKey(
                        "application/problem+json"));
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

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}

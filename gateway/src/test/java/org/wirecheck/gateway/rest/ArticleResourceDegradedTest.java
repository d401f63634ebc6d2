package org.wirecheck.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wirecheck.common.article.ArticleIdentity;
import org.wirecheck.gateway.repository.PendingDeliveryEntity;
import org.wirecheck.testing.KafkaBrokerResource;
import org.wirecheck.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The gateway with dedup-service and credibility-service both unreachable: every answer is a degraded report, never
 * a 5xx, and what was accepted waits in the outbox for redelivery. Bad input is a 400 problem naming the field.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_gateway_test"))
@WithTestResource(KafkaBrokerResource.class)
class ArticleResourceDegradedTest {

    private static final String TEXT = "KABUL — The border crossing reopened on Friday, officials said.";

    @BeforeEach
    @Transactional
    void emptyOutbox() {
        PendingDeliveryEntity.deleteAll();
    }

    @Test
    void anIngestedArticleIsAcceptedDegradedAndQueuedForBothServices() {
        String url = "https://example.org/news/" + UUID.randomUUID();
        UUID id = ArticleIdentity.articleId(url, TEXT);
        given().contentType(ContentType.JSON).body(Map.of("url", url, "text", TEXT, "publisher", "Example Daily",
                "publishedAt", "2024-03-01"))
                .post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/articles/" + id + "/report"))
                .body("articleId", equalTo(id.toString()))
                .body("publishedAt", equalTo("2024-03-01T00:00:00Z"))
                .body("degraded", equalTo(true))
                .body("missing", hasItems("dedup", "credibility"))
                .body("provenance", nullValue());
        assertEquals(2, pending(id));

        // Posted again while the services are still down: still accepted, still one delivery per service.
        given().contentType(ContentType.JSON).body(Map.of("url", url, "text", TEXT)).post("/api/v1/articles")
                .then().statusCode(201).body("articleId", equalTo(id.toString()));
        assertEquals(2, pending(id));

        // Its report is answered from what was accepted.
        given().get("/api/v1/articles/" + id + "/report").then().statusCode(200)
                .body("url", equalTo(url)).body("degraded", equalTo(true));
    }

    @Test
    void aCheckStoresNothing() {
        String url = "https://example.org/check/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("url", url, "text", TEXT)).post("/api/v1/articles/check")
                .then().statusCode(200).body("degraded", equalTo(true));
        assertEquals(0, pending(ArticleIdentity.articleId(url, TEXT)));
    }

    @Test
    void htmlIsReducedToItsMainTextAndItsMetadataFillsTheGaps() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Kabul Wire\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-02T08:00:00Z\"><title>Crossing</title>"
                + "</head><body><nav><p>Home | World</p></nav><article><p>" + TEXT + "</p></article></body></html>";
        String url = "https://example.org/html/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("url", url, "html", html)).post("/api/v1/articles/check")
                .then().statusCode(200)
                .body("articleId", equalTo(ArticleIdentity.articleId(url, TEXT).toString()))
                .body("publisher", equalTo("Kabul Wire"))
                .body("title", equalTo("Crossing"))
                .body("publishedAt", equalTo("2024-03-02T08:00:00Z"));
    }

    @Test
    void metadataTheHtmlGivesIsClippedToTheLimitsTheServicesHoldItTo() {
        // The caller stated neither: refusing the article for its page's <title> would be refusing it for the page.
        String longTitle = "Crossing ".repeat(200);
        String longSite = "Kabul Wire ".repeat(40);
        String html = "<html><head><meta property=\"og:site_name\" content=\"" + longSite + "\"><title>" + longTitle
                + "</title></head><body><article><p>" + TEXT + "</p></article></body></html>";
        String url = "https://example.org/html/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("url", url, "html", html)).post("/api/v1/articles/check")
                .then().statusCode(200)
                .body("title", equalTo(longTitle.strip().substring(0, 1000)))
                .body("publisher", equalTo(longSite.strip().substring(0, 300)));
        // What the caller states is held to the limit, not clipped.
        given().contentType(ContentType.JSON).body(Map.of("url", url, "html", html, "title", longTitle))
                .post("/api/v1/articles/check")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("title must be at most 1000 characters"));
    }

    @Test
    void invalidArticlesAre400ProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url")).body("detail", containsString("url is required"));
        given().contentType(ContentType.JSON).body(Map.of("url", "not a url", "text", TEXT)).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url")).body("detail", containsString("absolute URI"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://e.org/1")).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://e.org/1", "text", "a", "html", "<p>a</p>"))
                .post("/api/v1/articles")
                .then().statusCode(400).body("detail", containsString("either text or html"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://e.org/1", "text", TEXT, "publishedAt",
                "yesterday")).post("/api/v1/articles/check")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedAt"))
                .body("detail", containsString("'yesterday' is not an ISO-8601 date"));
        given().contentType(ContentType.JSON).body("{\"url\": ").post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
        given().contentType(ContentType.JSON).body("[1, 2]").post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        // PostgreSQL cannot store U+0000: refused here, not accepted and then failed (and retried) downstream.
        given().contentType(ContentType.JSON).body(Map.of("url", "https://e.org/nul", "text", TEXT + "\u0000"))
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text")).body("detail", containsString("U+0000"));
        given().get("/api/v1/articles/not-a-uuid/report")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("articleId"));
    }

    @Test
    void aBodyOverTwoMegabytesIsA413Problem() {
        String big = "x".repeat(2 * 1024 * 1024 + 10);
        given().contentType(ContentType.JSON).body(Map.of("url", "https://e.org/big", "text", big))
                .post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Transactional
    long pending(UUID articleId) {
        return PendingDeliveryEntity.count("articleId", articleId);
    }
}

package org.wirecheck.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.wirecheck.testing.KafkaBrokerResource;
import org.wirecheck.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_gateway_test"))
@WithTestResource(KafkaBrokerResource.class)
class BatchResourceTest {

    @Test
    void aBatchIsIngestedInPublishedAtOrderAndReportsItsFailures() throws InterruptedException {
        String run = UUID.randomUUID().toString();
        List<Map<String, String>> articles = List.of(
                Map.of("url", "https://e.org/" + run + "/late", "text", "Late story.", "publishedAt", "2024-03-03"),
                Map.of("url", "https://e.org/" + run + "/broken", "text", "Bad date.", "publishedAt", "soon"),
                Map.of("url", "https://e.org/" + run + "/early", "text", "Early story.", "publishedAt",
                        "2024-03-01T06:00:00Z"),
                Map.of("url", "https://e.org/" + run + "/undated", "text", "No date."));
        String location = given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .post("/api/v1/articles/batch")
                .then().statusCode(202)
                .body("total", equalTo(4)).body("state", equalTo("QUEUED"))
                .extract().header("Location");

        JsonPath job = awaitCompleted(location);
        assertEquals(3, job.getInt("done"), job.prettify());
        assertEquals(1, job.getInt("failures"));
        assertEquals(1, job.getInt("errors[0].index"));
        assertEquals(List.of("https://e.org/" + run + "/early", "https://e.org/" + run + "/late",
                "https://e.org/" + run + "/undated"), job.getList("reports.url"));
    }

    @Test
    void aBatchArticleOverALengthLimitFailsNamingItsField() throws InterruptedException {
        // The HTTP API's @Size does not reach into the list: the batch worker holds each article to the limits.
        String run = UUID.randomUUID().toString();
        List<Map<String, String>> articles = List.of(
                Map.of("url", "https://e.org/" + run + "/ok", "text", "Fine.", "publisher", "P".repeat(300)),
                Map.of("url", "https://e.org/" + run + "/long", "text", "Too long.", "publisher", "P".repeat(301)));
        String location = given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .post("/api/v1/articles/batch").then().statusCode(202).extract().header("Location");
        JsonPath job = awaitCompleted(location);
        assertEquals(1, job.getInt("done"), job.prettify());
        assertEquals(1, job.getInt("failures"));
        assertEquals(1, job.getInt("errors[0].index"));
        assertEquals("articles[1].publisher: articles[1].publisher must be at most 300 characters",
                job.getString("errors[0].detail"));
    }

    private static JsonPath awaitCompleted(String location) throws InterruptedException {
        JsonPath job = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            job = given().get(location).then().statusCode(200).extract().jsonPath();
            if ("COMPLETED".equals(job.getString("state"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the job did not complete within 60 s: " + job.prettify());
    }

    @Test
    void aBatchOverTheLimitOrEmptyIsA400() {
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(Map.of("url", "https://e.org/" + i, "text", "t"));
        }
        given().contentType(ContentType.JSON).body(Map.of("articles", many)).post("/api/v1/articles/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("articles")).body("detail", containsString("at most 1000"));
        given().contentType(ContentType.JSON).body(Map.of("articles", List.of())).post("/api/v1/articles/batch")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/articles/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("articles"));
        given().get("/api/v1/articles/batch/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}

package org.wirecheck.credibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.wirecheck.common.article.ArticleIdentity;
import org.wirecheck.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** {@code POST /credibility/v1/assessments/batch} on a real PostgreSQL: per-article results, problems, idempotency. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_credibility_test"))
class BatchAssessmentTest {

    private static final String DISPATCH = """
            By Farid Ahmadi
            MAZAR-I-SHARIF — Wheat prices rose by a fifth in a week, traders said on Monday.
            "Nobody is selling before the border opens," said Karim Nazari, a grain merchant.
            """;

    private static ValidatableResponse postBatch(Object assessments) {
        return given().contentType(ContentType.JSON).body(Map.of("assessments", assessments))
                .post("/credibility/v1/assessments/batch").then();
    }

    @Test
    void eachArticleIsAssessedAsASinglePostWouldAndAnInvalidOneGetsItsProblem() {
        String url = "https://balkh.example/" + UUID.randomUUID();
        List<Object> batch = List.of(Map.of("url", url, "text", DISPATCH),
                Map.of("url", url + "/both", "text", "x", "html", "<p>x</p>"));
        String articleId = ArticleIdentity.articleId(url, DISPATCH).toString();

        postBatch(batch).statusCode(200).body("results", hasSize(2))
                .body("results.status", contains(201, 400))
                .body("results[0].assessment.articleId", equalTo(articleId))
                .body("results[0].assessment.attribution.quotes[0].speaker", equalTo("Karim Nazari"))
                .body("results[1].assessment", nullValue())
                .body("results[1].problem.instance", containsString("/assessments/1"));
        // Stored like a single POST: the single endpoint now answers 200 with the same assessment.
        given().contentType(ContentType.JSON).body(Map.of("url", url, "text", DISPATCH))
                .post("/credibility/v1/assessments").then().statusCode(200).body("articleId", equalTo(articleId));
        postBatch(batch).statusCode(200).body("results.status", contains(200, 400));
    }

    @Test
    void anEmptyOrOversizedBatchIsRefusedNamingTheField() {
        postBatch(List.of()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("assessments"));
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i <= 1_000; i++) {
            tooMany.add(Map.of("url", "https://x.example/" + i, "text", "t"));
        }
        postBatch(tooMany).statusCode(400).body("detail", containsString("at most 1000"));
    }
}

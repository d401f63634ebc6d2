package org.wirecheck.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wirecheck.testing.KafkaBrokerResource;
import org.wirecheck.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ApiKeyTest.KeysRequired.class)
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_gateway_test"))
@WithTestResource(KafkaBrokerResource.class)
class ApiKeyTest {

    public static class KeysRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wirecheck.gateway.auth.required", "true", "wirecheck.gateway.auth.keys", "k1,k2");
        }
    }

    @Test
    void theApiNeedsAValidKeyButHealthDoesNot() {
        Map<String, String> article = Map.of("url", "https://e.org/key", "text", "Some text.");
        given().contentType(ContentType.JSON).body(article).post("/api/v1/articles/check")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("This API needs a key in the X-API-Key header."));
        given().contentType(ContentType.JSON).header("X-API-Key", "wrong").body(article)
                .post("/api/v1/articles/check").then().statusCode(401);
        given().contentType(ContentType.JSON).header("X-API-Key", "k2").body(article)
                .post("/api/v1/articles/check").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}

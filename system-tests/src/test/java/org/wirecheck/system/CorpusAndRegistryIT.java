package org.wirecheck.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The corpus and the publisher registry through the public API, over the real services. */
@ExtendWith(Stack.class)
class CorpusAndRegistryIT {

    @BeforeAll
    static void baseUri() {
        RestAssured.baseURI = Stack.gateway();
    }

    @Test
    void aStoredArticleIsListedReadableAndInItsCluster() {
        String url = "https://corpus-" + UUID.randomUUID() + ".example/torkham";
        String text = Stack.article("tolo-border-trade");
        JsonPath report = given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "publisher", "Tolo News", "text", text)).post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath();
        String id = report.getString("articleId");
        try {
            given().get("/api/v1/articles?limit=20").then().statusCode(200).body("articleId", hasItem(id));
            given().get("/api/v1/articles/" + id).then().statusCode(200).body("text", equalTo(text))
                    .body("url", equalTo(url));
            given().get("/api/v1/clusters/" + report.getString("cluster.clusterId")).then().statusCode(200)
                    .body("members.articleId", hasItem(id));
            given().get("/api/v1/articles/" + UUID.randomUUID()).then().statusCode(404)
                    .contentType("application/problem+json");
            given().get("/api/v1/articles?limit=0").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        } finally {
            given().delete("/api/v1/articles/" + id).then().statusCode(204);
        }
        given().get("/api/v1/articles/" + id).then().statusCode(404);
    }

    @Test
    void thePublisherRegistryCanBeEditedAndAnAliasResolves() {
        String name = "Test Gazette " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> publisher = Map.of("name", name, "kind", "NEWSPAPER", "aliases", List.of("TG"),
                "domains", List.of("gazette-" + name.substring(13) + ".example"));
        String location = given().contentType(ContentType.JSON).body(publisher).post("/api/v1/publishers")
                .then().statusCode(201).body("name", equalTo(name)).extract().header("Location");
        long id = given().get(location).then().statusCode(200).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(publisher).post("/api/v1/publishers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(name));
        given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", "MAGAZINE", "aliases",
                List.of("TG", "The Gazette"), "domains", List.of())).put("/api/v1/publishers/" + id)
                .then().statusCode(200).body("kind", equalTo("MAGAZINE"));
        given().get("/api/v1/publishers?q=The Gazette").then().statusCode(200).body("id", hasItem((int) id));
        given().get("/api/v1/publishers/" + id + "/track-record").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "kind", "PODCAST"))
                .post("/api/v1/publishers").then().statusCode(400).contentType("application/problem+json")
                // The field credibility-service named reaches the caller through the gateway.
                .body("title", equalTo("Invalid request")).body("errors[0].field", equalTo("kind"));
        given().delete("/api/v1/publishers/" + id).then().statusCode(204);
        given().get("/api/v1/publishers/" + id).then().statusCode(404);
    }
}

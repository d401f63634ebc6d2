package org.wirecheck.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every Wirecheck service offers its operators, checked against the running application on real PostgreSQL:
 * migrations applied, health, OpenAPI and Swagger UI, Prometheus metrics, and the body limit as problem+json. A
 * service's test extends this and adds {@code @QuarkusTest} with its test database.
 */
public abstract class ServicePlatformContract {

    /** Names of readiness checks this service must report, e.g. the database's. */
    protected abstract String[] readinessChecks();

    @Test
    void flywayMigratedTheTestDatabase() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = DriverManager.getConnection(url, PostgresTestDatabase.user(), "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            assertTrue(rs.next() && rs.getInt(1) >= 1, "no successful migration in " + url);
        }
    }

    @Test
    void livenessAndReadinessAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        var ready = given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        for (String check : readinessChecks()) {
            ready.body("checks.name", hasItem(check));
        }
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("openapi", containsString("3."));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void prometheusMetricsAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemNamingTheLimit() {
        byte[] body = new byte[2 * 1024 * 1024 + 1];
        given().contentType("application/json").body(body).post("/any/path")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("limit is 2097152 bytes"));
    }
}

package org.wirecheck.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * dedup-service run as two replicas on one database, as on Kubernetes: the stack's own dedup-service and a second
 * process of the same build started here. Each replica keeps its index in memory and replays the other's writes from
 * PostgreSQL's change log before every check or write (dedup-service/README.md, "Two replicas"), so whichever replica
 * a request reaches, it must see every committed article and leave one set of clusters.
 */
@ExtendWith(Stack.class)
class TwoReplicasIT {

    private static Replica second;

    /** What a test indexed, deleted after it so that the tests do not match each other's articles. */
    private final Set<String> posted = new LinkedHashSet<>();

    @BeforeAll
    static void startSecondReplica() {
        second = Replica.start();
    }

    @AfterAll
    static void stopSecondReplica() {
        if (second != null) {
            second.stop();
        }
    }

    @AfterEach
    void removePosted() {
        for (String id : posted) {
            int status = given().baseUri(first()).delete("/dedup/v1/articles/" + id).then().extract().statusCode();
            assertTrue(status == 204 || status == 404, "delete " + id + ": " + status);
        }
    }

    private static String first() {
        return "http://127.0.0.1:" + Stack.launcher().port("DEDUP");
    }

    private static String wheatStory() {
        return Stack.article("pajhwok-kandahar-wheat");
    }

    /** An edited reprint: headline changed, one body paragraph dropped, a credit line appended. */
    private static String reprint(String story, int variant) {
        String[] paragraphs = story.split("\n\n");
        int dropped = 1 + variant % (paragraphs.length - 1);
        StringBuilder copy = new StringBuilder("UPDATED: ").append(paragraphs[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < paragraphs.length; i++) {
            if (i != dropped) {
                copy.append("\n\n").append(paragraphs[i]);
            }
        }
        return copy.append("\n\nThis report was first published by a partner agency (copy ").append(variant)
                .append(").").toString();
    }

    /**
     * Indexes an article, published by its url's site: each copy comes from another outlet, as reprints do (paragraphs
     * one publisher repeats on three of its articles are learned as its boilerplate and left out of matching).
     */
    private JsonPath index(String replica, String url, String publishedAt, String text) {
        JsonPath report = given().baseUri(replica).contentType(ContentType.JSON)
                .body(Map.of("url", url, "publisher", URI.create(url).getHost(), "publishedAt", publishedAt, "text",
                        text))
                .post("/dedup/v1/articles").then().statusCode(201).extract().jsonPath();
        synchronized (posted) {
            posted.add(report.getString("articleId"));
        }
        return report;
    }

    private static JsonPath check(String replica, String url, String text) {
        return given().baseUri(replica).contentType(ContentType.JSON).body(Map.of("url", url, "text", text))
                .post("/dedup/v1/articles/check").then().statusCode(200).extract().jsonPath();
    }

    private static String host() {
        return "https://replica-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    /** The ids of the articles a report lists, each with its relation. */
    private static Map<String, String> relations(JsonPath report) {
        Map<String, String> relations = new HashMap<>();
        List<Map<String, Object>> duplicates = report.getList("duplicates");
        for (Map<String, Object> d : duplicates) {
            relations.put((String) d.get("articleId"), (String) d.get("relation"));
        }
        return relations;
    }

    @Test
    void whatOneReplicaIndexesOrDeletesTheOtherSeesAtOnce() {
        String story = wheatStory();
        String original = index(first(), host() + "/original", "2025-03-11T08:00:00Z", story)
                .getString("articleId");

        // Checked on the other replica straight away: no restart, no wait.
        JsonPath checked = check(second.url, host() + "/copy", reprint(story, 3));
        assertEquals(Map.of(original, "NEAR_DUPLICATE"), relations(checked), checked.prettify());
        assertEquals(original, checked.getString("cluster.origin.articleId"));

        JsonPath copy = index(second.url, host() + "/copy", "2025-03-11T12:00:00Z", reprint(story, 3));
        assertEquals(Map.of(original, "NEAR_DUPLICATE"), relations(copy), copy.prettify());
        String cluster = copy.getString("cluster.clusterId");
        for (String replica : List.of(first(), second.url)) {
            JsonPath seen = given().baseUri(replica).get("/dedup/v1/clusters/" + cluster).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(2, seen.getInt("size"), replica + ": " + seen.prettify());
            assertEquals(original, seen.getString("origin.articleId"), replica);
        }

        // Deleted on the second replica: the first no longer finds it, and the copy is its own cluster's origin.
        given().baseUri(second.url).delete("/dedup/v1/articles/" + original).then().statusCode(204);
        JsonPath after = check(first(), host() + "/another-copy", reprint(story, 5));
        assertFalse(relations(after).containsKey(original), after.prettify());
        assertEquals(Set.of(copy.getString("articleId")), relations(after).keySet(), after.prettify());
        given().baseUri(first()).get("/dedup/v1/articles/" + original).then().statusCode(404);
    }

    @Test
    void reprintsIndexedConcurrentlyOnBothReplicasMakeOneClusterWithTheOriginAsItsOrigin() throws Exception {
        String story = wheatStory();
        String original = index(second.url, host() + "/original", "2025-03-11T08:00:00Z", story)
                .getString("articleId");
        int copies = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<JsonPath>> reports = new ArrayList<>();
        try {
            for (int i = 0; i < copies; i++) {
                int variant = i;
                String replica = i % 2 == 0 ? first() : second.url;
                String publishedAt = String.format("2025-03-11T%02d:00:00Z", 9 + i);
                reports.add(pool.submit(() -> index(replica, host() + "/copy-" + variant, publishedAt,
                        reprint(story, variant))));
            }
            Set<String> ids = new HashSet<>();
            ids.add(original);
            for (Future<JsonPath> report : reports) {
                JsonPath copy = report.get(3, TimeUnit.MINUTES);
                ids.add(copy.getString("articleId"));
                // Each copy saw at least the original, which was committed before it was sent.
                assertEquals("NEAR_DUPLICATE", relations(copy).get(original), copy.prettify());
            }
            assertEquals(copies + 1, ids.size());

            String cluster = given().baseUri(first()).get("/dedup/v1/articles/" + original).then().statusCode(200)
                    .extract().jsonPath().getString("clusterId");
            for (String replica : List.of(first(), second.url)) {
                JsonPath seen = given().baseUri(replica).get("/dedup/v1/clusters/" + cluster).then()
                        .statusCode(200).extract().jsonPath();
                assertEquals(original, seen.getString("origin.articleId"), replica);
                assertEquals(ids, new HashSet<>(seen.getList("members.articleId", String.class)),
                        replica + ": " + seen.prettify());
                for (String id : ids) {
                    assertEquals(cluster, given().baseUri(replica).get("/dedup/v1/articles/" + id).then()
                            .statusCode(200).extract().jsonPath().getString("clusterId"), replica + " " + id);
                }
            }
            // Every pair of copies is related once, whichever replica indexed which: read from both replicas, each
            // article's report lists the same articles.
            for (String id : ids) {
                Map<String, String> onFirst = relations(
                        given().baseUri(first()).get("/dedup/v1/articles/" + id + "/report").then().statusCode(200)
                                .extract().jsonPath());
                Map<String, String> onSecond = relations(
                        given().baseUri(second.url).get("/dedup/v1/articles/" + id + "/report").then()
                                .statusCode(200).extract().jsonPath());
                assertEquals(onFirst, onSecond, id);
                assertEquals(copies, onFirst.size(), id + " is related to every other article: " + onFirst);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReplicaStartedAgainRebuildsItsIndexFromPostgres() {
        String story = wheatStory();
        String before = index(second.url, host() + "/before", "2025-03-11T08:00:00Z", story).getString("articleId");
        second.stop();
        // Indexed while the second replica is down.
        String other = Stack.article("bakhtar-herat-railway");
        String whileDown = index(first(), host() + "/while-down", "2025-03-12T08:00:00Z", other)
                .getString("articleId");
        second = Replica.start();

        assertEquals(Map.of(before, "NEAR_DUPLICATE"), relations(check(second.url, host() + "/c1", reprint(story, 2))));
        assertEquals(Map.of(whileDown, "NEAR_DUPLICATE"),
                relations(check(second.url, host() + "/c2", reprint(other, 4))));
    }

    /** A second dedup-service process of the stack's build, on its own port, on the stack's database. */
    private static final class Replica {
        final Process process;
        final String url;
        final Path log;

        private Replica(Process process, String url, Path log) {
            this.process = process;
            this.url = url;
            this.log = log;
        }

        static Replica start() {
            Launcher launcher = Stack.launcher();
            int port = Launcher.freePort();
            try {
                Path log = Files.createTempFile("dedup-replica-", ".log");
                ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar",
                        launcher.root.resolve("dedup-service/target/quarkus-app/quarkus-run.jar").toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().put("WIRECHECK_DEDUP_PORT", Integer.toString(port));
                builder.environment().put("WIRECHECK_DEDUP_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/" + launcher.env.get("WIRECHECK_DB_PREFIX") + "_dedup");
                Replica replica = new Replica(builder.start(), "http://127.0.0.1:" + port, log);
                // Also if the test JVM ends without running @AfterAll (a failed start, an interrupted run).
                Runtime.getRuntime().addShutdownHook(new Thread(replica.process::destroyForcibly));
                try {
                    replica.awaitReady(Duration.ofMinutes(4));
                } catch (RuntimeException | Error | IOException e) {
                    // Whatever went wrong, the process must not outlive the test run.
                    replica.stop();
                    throw e;
                }
                return replica;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void awaitReady(Duration timeout) throws IOException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("The second replica exited during start-up:\n" + Files.readString(log));
                }
                try {
                    if (given().baseUri(url).get("/q/health/ready").then().extract().statusCode() == 200) {
                        return;
                    }
                } catch (Exception notListeningYet) {
                    // connection refused until it listens (RestAssured throws it undeclared)
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
            stop();
            throw new AssertionError(
                    "The second replica was not ready within " + timeout + ":\n" + Files.readString(log));
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.wirecheck.dedup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wirecheck.common.article.ArticleIdentity;
import org.wirecheck.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The REST API against a real PostgreSQL: indexing, idempotency, relations, clusters, deletion, errors. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_dedup_test"))
class ArticleResourceTest {

    /** A wire story written for these tests; every test gives it its own distinctive place name. */
    static String story(String place) {
        return """
                Flood defences fail in %1$s as river reaches record height

                Emergency crews in %1$s worked through the night on Tuesday after the river burst its banks at three \
                points, forcing about 2,400 residents from their homes, the regional council said.

                The water gauge at the old stone bridge showed 6.8 metres shortly before midnight, higher than \
                the previous record set in 1974, according to figures published by the environment agency.

                "We have never seen the water rise this fast," said Marta Kowalczyk, who runs a bakery near \
                the market square and spent the evening carrying sacks of flour to the upper floor.

                Council officials said temporary barriers ordered last spring had not been delivered, and that \
                an inquiry into the delay would begin once the water receded from the lower town.

                Forecasters expect more rain over the weekend, and schools in the district will stay closed \
                until at least Friday while engineers inspect the damaged embankments along the valley.
                """.formatted(place);
    }

    static Map<String, Object> submission(String url, String publisher, String publishedAt, String text) {
        return Map.of("url", url, "publisher", publisher, "publishedAt", publishedAt, "text", text);
    }

    /** Each test starts from an empty corpus, removed through the API itself. */
    @BeforeEach
    void emptyTheCorpus() {
        emptyCorpus();
    }

    static void emptyCorpus() {
        List<String> ids = given().get("/dedup/v1/articles?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("articleId");
        for (String id : ids) {
            given().delete("/dedup/v1/articles/" + id).then().statusCode(204);
        }
    }

    static ValidatableResponse post(Object body) {
        return given().contentType("application/json").body(body).post("/dedup/v1/articles").then();
    }

    @Test
    void anArticleIsIndexedOnceAndARepostIsIdempotent() {
        String url = "https://wire.example/" + UUID.randomUUID();
        String text = story("Idempotville");
        String expectedId = ArticleIdentity.articleId(url, text).toString();
        post(submission(url, "Wire", "2024-03-01T10:00:00Z", text))
                .statusCode(201)
                .header("Location", containsString("/dedup/v1/articles/" + expectedId))
                .body("articleId", equalTo(expectedId))
                .body("language", equalTo("en"))
                .body("indexed", equalTo(true))
                .body("duplicates", empty())
                .body("cluster.size", equalTo(1))
                .body("cluster.origin.articleId", equalTo(expectedId));
        long rows = given().get("/dedup/v1/articles?limit=500").then().extract().jsonPath()
                .getList("articleId").stream().filter(expectedId::equals).count();
        post(submission(url, "Wire", "2024-03-01T10:00:00Z", text))
                .statusCode(200)
                .body("articleId", equalTo(expectedId));
        long after = given().get("/dedup/v1/articles?limit=500").then().extract().jsonPath()
                .getList("articleId").stream().filter(expectedId::equals).count();
        assertEquals(1, rows);
        assertEquals(1, after);
    }

    @Test
    void reprintsAreFoundWithPassagesAndJoinTheOriginsCluster() {
        String place = "Reprintford";
        String original = story(place);
        String originalId = post(submission("https://wire.example/" + UUID.randomUUID(), "Wire",
                "2024-03-01T10:00:00Z", original)).statusCode(201).extract().path("articleId");

        // Same words, typed differently: curly quotes, no-break spaces, capitals, an em dash.
        String retyped = original.replace("\"We", "\u201CWe").replace("fast,\"", "fast,\u201D")
                .replace(" ", "\u00A0").replace("Emergency crews", "EMERGENCY CREWS").replace(", the", " \u2014 the");
        var exact = post(submission("https://daily.example/a", "Daily", "2024-03-01T12:00:00Z", retyped))
                .statusCode(201)
                .body("duplicates[0].articleId", equalTo(originalId))
                .body("duplicates[0].relation", equalTo("EXACT"))
                .body("duplicates[0].earlier", equalTo(true))
                .body("cluster.size", equalTo(2))
                .body("cluster.origin.articleId", equalTo(originalId))
                .extract();
        String exactId = exact.path("articleId");

        // An edited reprint: new headline, one paragraph dropped, a credit line added.
        String[] paragraphs = original.split("\n\n");
        String edited = "River floods " + place + " after barriers fail to arrive\n\n" + paragraphs[1] + "\n\n"
                + paragraphs[2] + "\n\n" + paragraphs[3].replace("never", "not ever") + "\n\n" + paragraphs[5]
                + "\n\nThis story was first published by Wire.";
        var near = post(submission("https://gazette.example/b", "Gazette", "2024-03-02", edited))
                .statusCode(201)
                .body("duplicates.relation", hasItem("NEAR_DUPLICATE"))
                .body("cluster.size", equalTo(3))
                .body("cluster.origin.articleId", equalTo(originalId))
                .extract();
        List<Map<String, Object>> passages = near.path("duplicates[0].passages");
        assertTrue(!passages.isEmpty(), "a near duplicate reports its passages");
        String nearText = near.path("text");
        Map<String, Object> first = passages.get(0);
        String here = nearText.substring((int) first.get("start"), (int) first.get("end"));
        String there = original.substring((int) first.get("otherStart"), (int) first.get("otherEnd"));
        assertTrue(here.startsWith("Emergency crews in " + place) && there.startsWith("Emergency crews in " + place),
                "passages start at the same words in both texts: " + here + " / " + there);
        assertTrue(here.endsWith(there.substring(there.length() - 40)), "and end at the same words");

        // The original's report now shows the later copies, read from the original's side.
        given().get("/dedup/v1/articles/" + originalId + "/report").then().statusCode(200)
                .body("duplicates.articleId", hasItem(exactId))
                .body("duplicates.find { it.articleId == '" + exactId + "' }.earlier", equalTo(false));
    }

    @Test
    void aSpunCopyListsTheWordsItSwappedAndAnEditedReprintDoesNot() {
        String place = "Spinbury";
        String original = story(place);
        post(submission("https://wire.example/" + UUID.randomUUID(), "Wire", "2024-03-01T10:00:00Z", original))
                .statusCode(201);
        // The story through a word spinner: about one word in four swapped, two pairs glued, sentences kept.
        String spun = """
                Flood defences collapse in %1$s as stream reaches record altitude

                Rescue crews in %1$s labored through the evening on Tuesday after the stream broke its banks at three \
                spots, compelling about 2,400 inhabitants from their houses, the provincial council stated.

                The water gauge at the ancient stone bridge displayed 6.8 metres shortly before midnight, greater than \
                the earlier record established in 1974, according to numbers released by the environment agency.

                "We have never observed the water climb this quickly," stated Marta Kowalczyk, who operates a bakery \
                close to the market square andspent the evening hauling bags of flour to the higher floor.

                Council authorities stated provisional barriers purchased last spring had not been supplied, and that \
                an investigation into the hold-up would start once the water withdrew from the lower town.

                Meteorologists anticipate additional rain over the weekend, and schools in the region will remain shut \
                until at least Friday while engineers examine the harmed embankments along thevalley.
                """.formatted(place);
        var found = given().contentType("application/json")
                .body(submission("https://spun.example/c", "Spinner", "2024-03-02T08:00:00Z", spun))
                .post("/dedup/v1/articles/check").then().statusCode(200)
                .body("duplicates[0].relation", equalTo("PARAPHRASE"))
                .body("duplicates[0].earlier", equalTo(true))
                .extract();
        List<Map<String, Object>> swaps = found.path("duplicates[0].swaps");
        assertTrue(swaps.size() >= 15, "the swaps of a spun copy are listed: " + swaps);
        List<String> pairs = new java.util.ArrayList<>();
        for (Map<String, Object> swap : swaps) {
            String here = spun.substring((int) swap.get("start"), (int) swap.get("end"));
            String there = original.substring((int) swap.get("otherStart"), (int) swap.get("otherEnd"));
            assertEquals(here, swap.get("text"), "offsets point at the swapped words in this text");
            assertEquals(there, swap.get("otherText"), "and at the replaced words in the other");
            pairs.add(there + " -> " + here);
        }
        assertTrue(
                pairs.containsAll(List.of("river burst -> stream broke", "residents -> inhabitants", "homes -> houses",
                        "near -> close to", "ordered -> purchased", "inquiry -> investigation")),
                pairs.toString());

        // An edited reprint changes words too, but those are edits, not a spinner's swaps.
        String edited = original.replace("never", "not ever").replace("Forecasters", "Weather forecasters");
        given().contentType("application/json")
                .body(submission("https://daily.example/d", "Daily", "2024-03-02T09:00:00Z", edited))
                .post("/dedup/v1/articles/check").then().statusCode(200)
                .body("duplicates[0].relation", equalTo("NEAR_DUPLICATE"))
                .body("duplicates[0].swaps", empty());
    }

    @Test
    void anAggregatorCarryingAnExcerptContainsIt() {
        String original = story("Excerptham");
        String originalId = post(submission("https://wire.example/" + UUID.randomUUID(), "Wire",
                "2024-03-01T10:00:00Z", original)).statusCode(201).extract().path("articleId");
        String[] paragraphs = original.split("\n\n");
        String listing = """
                Regional roundup

                Ferry timetable changes from Monday as the harbour authority repaints the northern pier and \
                replaces two of its loading ramps, the operator said in a statement to passengers.

                %s

                %s

                Click here to read more

                Local elections: the count in the eastern wards will start on Sunday morning in the sports hall, \
                with results expected late in the afternoon, the returning officer told reporters.
                """.formatted(paragraphs[1], paragraphs[2]);
        given().contentType("application/json")
                .body(submission("https://roundup.example/list", "Roundup", "2024-03-02", listing))
                .post("/dedup/v1/articles/check").then().statusCode(200)
                .body("indexed", equalTo(false))
                .body("duplicates[0].articleId", equalTo(originalId))
                .body("duplicates[0].relation", equalTo("CONTAINS"))
                .body("duplicates[0].containment.otherInThis", not(greaterThan(0.5f)));
    }

    @Test
    void deletingTheOriginRecomputesTheCluster() {
        String original = story("Deletonbury");
        String originalId = post(submission("https://wire.example/" + UUID.randomUUID(), "Wire",
                "2024-03-01T10:00:00Z", original)).statusCode(201).extract().path("articleId");
        String copyId = post(submission("https://copy.example/" + UUID.randomUUID(), "Copy", "2024-03-03",
                original + "\n\nReprinted with permission.")).statusCode(201).extract().path("articleId");
        String clusterId = given().get("/dedup/v1/articles/" + copyId).then().statusCode(200)
                .extract().path("clusterId");
        given().get("/dedup/v1/clusters/" + clusterId).then().statusCode(200)
                .body("size", equalTo(2)).body("origin.articleId", equalTo(originalId));

        given().delete("/dedup/v1/articles/" + originalId).then().statusCode(204);

        given().get("/dedup/v1/articles/" + originalId).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/dedup/v1/clusters/" + clusterId).then().statusCode(200)
                .body("size", equalTo(1)).body("origin.articleId", equalTo(copyId));
        given().get("/dedup/v1/articles/" + copyId + "/report").then().statusCode(200)
                .body("duplicates", empty());
        // The deleted article is out of the index: a check of its text finds only the copy.
        given().contentType("application/json")
                .body(submission("https://other.example/x", "Other", "2024-03-04", original))
                .post("/dedup/v1/articles/check").then().statusCode(200)
                .body("duplicates.articleId", not(hasItem(originalId)))
                .body("duplicates.articleId", hasItem(copyId));
    }

    @Test
    void badFieldsAreProblemsNamingTheField() {
        given().contentType("application/json").body(Map.of("url", "https://x.example/1", "text", "  "))
                .post("/dedup/v1/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        given().contentType("application/json")
                .body(Map.of("url", "https://x.example/1", "text", "Some words here", "publishedAt", "yesterday"))
                .post("/dedup/v1/articles/check").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedAt"));
        // A Solar Hijri date read as Gregorian would make the article the origin of any cluster it joined.
        given().contentType("application/json")
                .body(Map.of("url", "https://x.example/1", "text", "Some words here", "publishedAt", "1403-08-12"))
                .post("/dedup/v1/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedAt"))
                .body("detail", containsString("as a Hijri date it is 2024-11-02"));
        given().contentType("application/json").body(Map.of("text", "Some words here"))
                .post("/dedup/v1/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        given().get("/dedup/v1/articles?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        // PostgreSQL cannot store U+0000: refused as the field's problem, not a 500 from the insert.
        given().contentType("application/json")
                .body(Map.of("url", "https://x.example/nul", "text", "Some words\u0000 here", "title", "T"))
                .post("/dedup/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text")).body("detail", containsString("U+0000"));
        given().contentType("application/json")
                .body(Map.of("url", "https://x.example/nul", "text", "Some words here", "publisher", "A\u0000P"))
                .post("/dedup/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("publisher"));
    }

    /**
     * The limits every service holds url, publisher and title to (the gateway's): one character over is a 400 naming
     * the field, on every article endpoint; exactly at the limit is indexed and kept whole.
     */
    @Test
    void fieldsOverTheirLengthLimitAreRefusedNamingTheFieldAndAtTheLimitAreIndexed() {
        String base = "https://limits.example/" + UUID.randomUUID() + "/";
        String text = story("Limitsby");
        Map<String, String> limits = Map.of("url", base + "u".repeat(2048 - base.length()),
                "publisher", "P".repeat(300), "title", "T".repeat(1000));
        for (Map.Entry<String, String> field : limits.entrySet()) {
            Map<String, Object> atLimit = new HashMap<>(Map.of("url", base + field.getKey(), "text", text));
            atLimit.put(field.getKey(), field.getValue());
            Map<String, Object> over = new HashMap<>(atLimit);
            over.put(field.getKey(), field.getValue() + "x");
            int max = field.getValue().length();
            for (String endpoint : List.of("/dedup/v1/articles", "/dedup/v1/articles/check")) {
                given().contentType("application/json").body(over).post(endpoint).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors.field", equalTo(List.of(field.getKey())))
                        .body("errors[0].message", equalTo(field.getKey() + " must be at most " + max + " characters"))
                        .body("detail", containsString(field.getKey() + " must be at most " + max));
            }
            given().contentType("application/json").body(Map.of("articles", List.of(over)))
                    .post("/dedup/v1/articles/batch").then().statusCode(200)
                    .body("results[0].status", equalTo(400))
                    .body("results[0].problem.errors[0].field", equalTo(field.getKey()));
            post(atLimit).statusCode(201).body(field.getKey(), equalTo(field.getValue()));
        }
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        UUID unknown = UUID.randomUUID();
        given().get("/dedup/v1/articles/" + unknown).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(unknown.toString()));
        given().get("/dedup/v1/articles/" + unknown + "/report").then().statusCode(404);
        given().delete("/dedup/v1/articles/" + unknown).then().statusCode(404).contentType("application/problem+json");
        given().get("/dedup/v1/clusters/" + unknown).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void htmlIsReducedToItsTextAndOffsetsReferToIt() {
        String html = "<html><head><title>x</title><script>var a=1;</script></head><body><nav>Home | News</nav>"
                + "<article><h1>Кабинет министров утвердил новый бюджет</h1><p>Правительство в среду утвердило "
                + "проект бюджета на следующий год, сообщила пресс-служба.</p></article></body></html>";
        given().contentType("application/json").body(Map.of("url", "https://ru.example/1", "html", html))
                .post("/dedup/v1/articles/check").then().statusCode(200)
                .body("language", equalTo("ru"))
                .body("text", containsString("Кабинет министров утвердил новый бюджет\n\nПравительство"))
                .body("text", not(containsString("var a")));
    }

    /**
     * An exact copy of a spun copy is a spun copy of the same original. The relation the first copy has (here as the
     * paraphrase path would have stored it) is taken over by a repost the search finds exact, with its passage moved
     * to the repost's own offsets: the repost writes the same words with straight quotes and doubled spaces.
     */
    @Test
    void anExactCopyOfASpunCopyTakesOverItsSpunCopyRelation() {
        String original = story("Lowmoor");
        // Another text altogether, so that nothing but the stored relation links it to the original.
        String spun = """
                Ferry service halted as "storm surge" floods harbour

                Harbour staff in Eastport moved the ferries to open water late on Sunday, a port spokesman said, \
                after waves pushed seawater over the quay and into the ticket hall.

                Passengers booked for Monday will be carried on the afternoon crossings, and refunds are offered \
                to anyone who cannot travel later in the week, the operator said.
                """;
        String originalId = given().contentType("application/json")
                .body(submission("https://wire.example/lowmoor", "Wire", "2024-03-01T08:00:00Z", original))
                .post("/dedup/v1/articles").then().statusCode(201).extract().path("articleId");
        String spunId = given().contentType("application/json")
                .body(submission("https://farm.example/highmoor", "Farm", "2024-03-02T08:00:00Z", spun))
                .post("/dedup/v1/articles").then().statusCode(201).extract().path("articleId");
        // The first copy's spun-copy relation, its second paragraph aligned to the original's second.
        int start = spun.indexOf("Harbour staff");
        int end = spun.indexOf("ticket hall") + "ticket hall".length();
        int otherStart = original.indexOf("Emergency crews");
        int otherEnd = original.indexOf("council said") + "council said".length();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            org.wirecheck.dedup.repository.RelationEntity relation = new org.wirecheck.dedup.repository.RelationEntity();
            relation.key = new org.wirecheck.dedup.repository.RelationEntity.Key(UUID.fromString(spunId),
                    UUID.fromString(originalId));
            relation.relation = "PARAPHRASE";
            relation.similarity = 0.8;
            relation.thisInOther = 0.9;
            relation.otherInThis = 0.9;
            relation.passages = new int[]{start, end, otherStart, otherEnd};
            relation.persist();
        });
        String repost = spun.replace("\"", "\u201C").replace(", ", ",  ");
        var report = given().contentType("application/json")
                .body(submission("https://other-farm.example/1", "Other Farm", "2024-03-03T08:00:00Z", repost))
                .post("/dedup/v1/articles").then().statusCode(201).extract().jsonPath();
        assertEquals(List.of("EXACT", "PARAPHRASE"), report.getList("duplicates.relation"), report.prettify());
        assertEquals(List.of(spunId, originalId), report.getList("duplicates.articleId"));
        int s = report.getInt("duplicates[1].passages[0].start");
        int e = report.getInt("duplicates[1].passages[0].end");
        assertEquals(spun.substring(start, end).replace(", ", ",  "), repost.substring(s, e));
        assertEquals(otherStart, report.getInt("duplicates[1].passages[0].otherStart"));
        // Stored as this article's own relation: it is in its report when read back.
        String id = report.getString("articleId");
        given().get("/dedup/v1/articles/" + id + "/report").then().statusCode(200)
                .body("duplicates.relation", hasItem("PARAPHRASE"));
    }
}

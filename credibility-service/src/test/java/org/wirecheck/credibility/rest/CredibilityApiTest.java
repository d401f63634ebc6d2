package org.wirecheck.credibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.wirecheck.common.article.ArticleIdentity;
import org.wirecheck.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The /credibility/v1 API against the running service on a real PostgreSQL database. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_credibility_test"))
class CredibilityApiTest {

    private static final String STORY = """
            By Nadia Rahimi
            KABUL — The ministry reopened the Salang tunnel on Sunday, officials said.
            “Trucks can pass again,” said Abdul Wahid, a driver at the northern entrance. “We waited four days.”
            Reprinted with the permission of RFE/RL.
            """;

    @Test
    void checkAssessesWithoutStoring() {
        String url = "https://example.org/salang-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "publisher", "Radio Azadi", "text", STORY,
                        "origins", List.of(Map.of("publisher", "Radio Free Europe/Radio Liberty", "relation", "EXACT"),
                                Map.of("publisher", "Reuters", "relation", "NEAR_DUPLICATE"))))
                .post("/credibility/v1/assessments/check")
                .then().statusCode(200)
                .body("articleId", equalTo(ArticleIdentity.articleId(url, STORY).toString()))
                .body("publisher.name", equalTo("Radio Free Europe/Radio Liberty"))
                .body("attribution.quotes.speaker", hasItem("Abdul Wahid"))
                .body("attribution.score", greaterThanOrEqualTo(0))
                .body("credibility.signals.id", hasItem("provenance.byline"))
                .body("provenance.byline.text", equalTo("Nadia Rahimi"))
                .body("provenance.byline.from", equalTo("TEXT"))
                .body("provenance.dateline.text", equalTo("KABUL —"))
                .body("provenance.credits.kind", hasItem("REPRINT_NOTICE"))
                .body("provenance.credits[0].publisher.aliases", hasItem("RFE/RL"))
                .body("provenance.originCredits[0].status", equalTo("CREDITED"))
                .body("provenance.originCredits[0].evidence.text", containsString("RFE/RL"))
                .body("provenance.originCredits[1].status", equalTo("UNCREDITED"));
        given().get("/credibility/v1/assessments/" + ArticleIdentity.articleId(url, STORY)).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** The Pakistani press's everyday credit line, on a line of its own at the foot of a reprint, credits the origin. */
    @Test
    void aReprintEndingInACourtesyLineCreditsItsOrigin() {
        String reprint = """
                KARACHI — The city's water board raised tanker fares by a fifth on Monday, its chairman said.
                “We had no choice after the diesel price rose,” said Imran Qazi, the board's chairman.
                Courtesy Dawn
                """;
        given().contentType(ContentType.JSON)
                .body(Map.of("text", reprint, "origins", List.of(Map.of("publisher", "Dawn", "relation", "EXACT"))))
                .post("/credibility/v1/assessments/check")
                .then().statusCode(200)
                .body("provenance.credits.kind", hasItem("COURTESY_LINE"))
                .body("provenance.originCredits[0].publisher", equalTo("Dawn"))
                .body("provenance.originCredits[0].status", equalTo("CREDITED"))
                .body("provenance.originCredits[0].evidence.text", equalTo("Courtesy Dawn"));
    }

    @Test
    void postStoresOnceAndFeedsTheTrackRecord() {
        String url = "https://www.rferl.org/a/" + UUID.randomUUID();
        long id = given().queryParam("q", "rferl.org").get("/credibility/v1/publishers").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        long before = given().get("/credibility/v1/publishers/" + id + "/track-record").then().statusCode(200)
                .extract().jsonPath().getLong("assessments");
        String articleId = given().contentType(ContentType.JSON).body(Map.of("url", url, "text", STORY))
                .post("/credibility/v1/assessments").then().statusCode(201)
                .header("Location", containsString("/credibility/v1/assessments/"))
                .extract().jsonPath().getString("articleId");
        given().contentType(ContentType.JSON).body(Map.of("url", url, "text", STORY))
                .post("/credibility/v1/assessments").then().statusCode(200).body("articleId", equalTo(articleId));
        given().get("/credibility/v1/assessments/" + articleId).then().statusCode(200)
                .body("publisher.id", equalTo((int) id)).body("provenance.dateline.text", equalTo("KABUL —"));
        given().get("/credibility/v1/publishers/" + id + "/track-record").then().statusCode(200)
                .body("assessments", equalTo((int) before + 1))
                .body("meanCredibility", notNullValue())
                .body("recent.articleId", hasItem(articleId));
    }

    /**
     * A Dari article is stored with no scores (null, not 0) and the flag that says why; its credit line is still read,
     * and the publisher's means stay those of the articles that were read.
     */
    @Test
    void anArticleInALanguageTheRulesDoNotReadIsStoredWithoutScores() {
        long id = given().queryParam("q", "pajhwok.com").get("/credibility/v1/publishers").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        String english = "https://pajhwok.com/en/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("url", english, "text", STORY))
                .post("/credibility/v1/assessments").then().statusCode(201);
        var before = given().get("/credibility/v1/publishers/" + id + "/track-record").then().statusCode(200)
                .extract().jsonPath();
        String dari = """
                کابل — وزارت صحت عامه روز دوشنبه اعلام کرد که شیوع سرخکان در ولایت هرات افزایش یافته است.
                یک داکتر در شفاخانه حوزوی هرات گفت: «کمبود دارو مشکل اصلی است.»
                Reprinted with the permission of RFE/RL.
                """;
        String url = "https://pajhwok.com/fa/" + UUID.randomUUID();
        String articleId = given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "text", dari, "origins",
                        List.of(Map.of("publisher", "RFE/RL", "relation", "NEAR_DUPLICATE"))))
                .post("/credibility/v1/assessments").then().statusCode(201)
                .body("attribution.score", nullValue())
                .body("credibility.score", nullValue())
                .body("flags", equalTo(List.of("LANGUAGE_NOT_READ")))
                .body("provenance.originCredits[0].status", equalTo("CREDITED"))
                .extract().jsonPath().getString("articleId");
        given().get("/credibility/v1/assessments/" + articleId).then().statusCode(200)
                .body("credibility.score", nullValue());
        given().get("/credibility/v1/publishers/" + id + "/track-record").then().statusCode(200)
                .body("assessments", equalTo(before.getInt("assessments") + 1))
                .body("meanCredibility", equalTo(before.getFloat("meanCredibility")))
                .body("recent.find { it.articleId == '" + articleId + "' }.credibility", nullValue());
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("url", "https://x.org/1"))
                .post("/credibility/v1/assessments/check").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body(Map.of("text", "a", "html", "<p>a</p>"))
                .post("/credibility/v1/assessments/check").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Some text.", "articleId", "not-a-uuid"))
                .post("/credibility/v1/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("articleId"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Some text.", "publishedAt", "1403-08-12"))
                .post("/credibility/v1/assessments/check").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publishedAt"))
                .body("detail", containsString("is before 1800"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Some text.", "origins", List.of(Map.of("publisher", "AP", "relation", "COPY"))))
                .post("/credibility/v1/assessments/check").then().statusCode(400)
                .body("errors[0].field", equalTo("origins[0].relation"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Some text without url."))
                .post("/credibility/v1/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Kabul Weekly", "kind", "PAMPHLET"))
                .post("/credibility/v1/publishers").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "BLOG"))
                .post("/credibility/v1/publishers").then().statusCode(400).body("errors[0].field", equalTo("name"));
        // PostgreSQL cannot store U+0000: refused as the field's problem, not a 500 from the insert.
        given().contentType(ContentType.JSON).body(Map.of("url", "https://x.org/nul", "text", "He said\u0000 so."))
                .post("/credibility/v1/assessments").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text")).body("detail", containsString("U+0000"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Kabul\u0000 Weekly", "kind", "BLOG"))
                .post("/credibility/v1/publishers").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    /**
     * The limits every service holds url, publisher, title and byline to (the gateway's), also for the origins'
     * publisher and url: one character over is a 400 naming the field, on every assessment endpoint; exactly at the
     * limit is assessed and stored.
     */
    @Test
    void fieldsOverTheirLengthLimitAreRefusedNamingTheFieldAndAtTheLimitAreStored() {
        String base = "https://limits.example/" + UUID.randomUUID() + "/";
        Map<String, String> limits = Map.of("url", base + "u".repeat(2048 - base.length()),
                "publisher", "P".repeat(300), "title", "T".repeat(1000), "byline", "B".repeat(500));
        for (Map.Entry<String, String> field : limits.entrySet()) {
            Map<String, Object> atLimit = new HashMap<>(Map.of("url", base + field.getKey(), "text", STORY));
            atLimit.put(field.getKey(), field.getValue());
            Map<String, Object> over = new HashMap<>(atLimit);
            over.put(field.getKey(), field.getValue() + "x");
            String sentence = field.getKey() + " must be at most " + field.getValue().length() + " characters";
            for (String endpoint : List.of("/credibility/v1/assessments", "/credibility/v1/assessments/check")) {
                given().contentType(ContentType.JSON).body(over).post(endpoint).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors.field", equalTo(List.of(field.getKey())))
                        .body("errors[0].message", equalTo(sentence))
                        .body("detail", containsString(sentence));
            }
            given().contentType(ContentType.JSON).body(Map.of("assessments", List.of(over)))
                    .post("/credibility/v1/assessments/batch").then().statusCode(200)
                    .body("results[0].status", equalTo(400))
                    .body("results[0].problem.errors[0].field", equalTo(field.getKey()));
            String id = ArticleIdentity.articleId((String) atLimit.get("url"), STORY).toString();
            given().contentType(ContentType.JSON).body(atLimit).post("/credibility/v1/assessments").then()
                    .statusCode(201).body("articleId", equalTo(id));
            given().get("/credibility/v1/assessments/" + id).then().statusCode(200);
        }
        Map<String, String> origin = Map.of("publisher", "P".repeat(300), "url",
                base + "u".repeat(2048 - base.length()),
                "relation", "EXACT");
        for (String field : List.of("publisher", "url")) {
            Map<String, String> over = new HashMap<>(origin);
            over.put(field, origin.get(field) + "x");
            given().contentType(ContentType.JSON).body(Map.of("text", STORY, "origins", List.of(origin, over)))
                    .post("/credibility/v1/assessments/check").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("origins[1]." + field)))
                    .body("detail", containsString("origins[1]." + field + " must be at most"));
        }
        given().contentType(ContentType.JSON).body(Map.of("text", STORY, "origins", List.of(origin)))
                .post("/credibility/v1/assessments/check").then().statusCode(200);
    }

    @Test
    void htmlIsAssessedAsItsVisibleText() {
        given().contentType(ContentType.JSON)
                .body(Map.of("html", "<html><body><p>By Omar Sultani</p><p>“The road is open,” said Zia Noori.</p>"
                        + "<script>var x = \"not a quote\";</script></body></html>", "byline", "Omar Sultani"))
                .post("/credibility/v1/assessments/check").then().statusCode(200)
                .body("articleId", nullValue())
                .body("attribution.quotes.size()", equalTo(1))
                .body("attribution.quotes[0].speaker", equalTo("Zia Noori"))
                .body("provenance.byline.from", equalTo("METADATA"));
    }

    @Test
    void publisherCrudAliasesAndResolve() {
        String name = "Kabul Ledger " + UUID.randomUUID().toString().substring(0, 8);
        String domain = "ledger-" + UUID.randomUUID().toString().substring(0, 8) + ".af";
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "NEWSPAPER", "aliases", List.of("The Ledger"), "domains",
                        List.of(domain)))
                .post("/credibility/v1/publishers").then().statusCode(201)
                .header("Location", containsString("/credibility/v1/publishers/"))
                .extract().jsonPath().getInt("id");
        given().contentType(ContentType.JSON).body(Map.of("name", name.toUpperCase(), "kind", "BLOG"))
                .post("/credibility/v1/publishers").then().statusCode(409).contentType("application/problem+json");
        given().get("/credibility/v1/publishers/" + id).then().statusCode(200).body("aliases", hasItem("The Ledger"));
        // One site, one publisher: its domain (any case, with www.) is taken; a domain must be a host name.
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Other " + name, "kind", "BLOG", "domains",
                        List.of("WWW." + domain.toUpperCase())))
                .post("/credibility/v1/publishers").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(name));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Other " + name, "kind", "BLOG", "domains", List.of("x.af", "https://" + domain)))
                .post("/credibility/v1/publishers").then().statusCode(400)
                .body("errors[0].field", equalTo("domains[1]"));
        int other = given().contentType(ContentType.JSON).body(Map.of("name", "Other " + name, "kind", "BLOG"))
                .post("/credibility/v1/publishers").then().statusCode(201).extract().jsonPath().getInt("id");
        // Renaming to a taken name, or taking a domain, is a conflict (it was a 500 from the unique index).
        given().contentType(ContentType.JSON).body(Map.of("name", name.toLowerCase(), "kind", "BLOG"))
                .put("/credibility/v1/publishers/" + other).then().statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Other " + name, "kind", "BLOG", "domains", List.of(domain)))
                .put("/credibility/v1/publishers/" + other).then().statusCode(409);
        given().delete("/credibility/v1/publishers/" + other).then().statusCode(204);
        given().contentType(ContentType.JSON)
                .body(Map.of("names", List.of("the ledger", "Nobody Weekly", "RFE/RL"), "urls",
                        List.of("https://www." + domain + "/story/1")))
                .post("/credibility/v1/publishers/resolve").then().statusCode(200)
                .body("names[0].publisher.id", equalTo(id))
                .body("names[1].publisher", nullValue())
                .body("names[2].publisher.name", equalTo("Radio Free Europe/Radio Liberty"))
                .body("urls[0].publisher.id", equalTo(id));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The council met.\nThis article first appeared in The Ledger.", "origins",
                        List.of(Map.of("publisher", name, "relation", "EXACT"))))
                .post("/credibility/v1/assessments/check").then().statusCode(200)
                .body("provenance.originCredits[0].status", equalTo("CREDITED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MAGAZINE", "aliases", List.of("Ledger Magazine")))
                .put("/credibility/v1/publishers/" + id).then().statusCode(200).body("kind", equalTo("MAGAZINE"));
        given().delete("/credibility/v1/publishers/" + id).then().statusCode(204);
        given().get("/credibility/v1/publishers/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/credibility/v1/publishers/" + id).then().statusCode(404);
    }

    /**
     * A publisher's name and aliases are limited as an article's publisher is, its domains as DNS host names, and their
     * numbers: one over is a 400 naming the field, on create and replace; exactly at the limit is stored. A 100,000
     * character name was a 500 (the unique index on the name refused it), 10,000 aliases were stored.
     */
    @Test
    void publisherFieldsOverTheirLimitsAreRefusedNamingTheField() {
        String unique = UUID.randomUUID().toString();
        String name = unique + "N".repeat(300 - unique.length());
        String alias = "A".repeat(300);
        String domain = ("a".repeat(63) + ".").repeat(3) + unique.substring(0, 8) + "b".repeat(50) + ".af";
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            aliases.add(unique + " alias " + i);
        }
        List<String> domains = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            domains.add("d" + i + "-" + unique + ".af");
        }
        Map<String, Object> atLimit = Map.of("name", name, "kind", "BLOG", "aliases", List.of(alias), "domains",
                List.of(domain));
        Map<String, Map.Entry<String, Object>> over = Map.of(
                "name", Map.entry("name", name + "x"),
                "aliases[1]", Map.entry("aliases", List.of("Short", alias + "x")),
                "domains[0]", Map.entry("domains", List.of("c" + domain)),
                "aliases", Map.entry("aliases", concat(aliases, unique + " one more")),
                "domains", Map.entry("domains", concat(domains, "more-" + unique + ".af")));
        Map<String, String> sentences = Map.of("name", "name must be at most 300 characters",
                "aliases[1]", "aliases[1] must be at most 300 characters",
                "domains[0]", "domains[0] must be at most 253 characters",
                "aliases", "aliases must hold at most 100 names, got 101",
                "domains", "domains must hold at most 50 domains, got 51");
        assertEquals(253, domain.length());
        for (Map.Entry<String, Map.Entry<String, Object>> field : over.entrySet()) {
            Map<String, Object> body = new HashMap<>(atLimit);
            body.put(field.getValue().getKey(), field.getValue().getValue());
            given().contentType(ContentType.JSON).body(body).post("/credibility/v1/publishers").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of(field.getKey())))
                    .body("errors[0].message", equalTo(sentences.get(field.getKey())))
                    .body("detail", containsString(sentences.get(field.getKey())));
        }
        // Not compressible: PostgreSQL stored a name of one repeated letter in its index, and refused this with a 500.
        StringBuilder noise = new StringBuilder();
        Random random = new Random(7);
        while (noise.length() < 100_000) {
            noise.append((char) ('a' + random.nextInt(26)));
        }
        given().contentType(ContentType.JSON).body(Map.of("name", noise.toString(), "kind", "BLOG"))
                .post("/credibility/v1/publishers").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        int id = given().contentType(ContentType.JSON).body(atLimit).post("/credibility/v1/publishers").then()
                .statusCode(201).body("name", equalTo(name)).extract().jsonPath().getInt("id");
        given().contentType(ContentType.JSON).body(Map.of("name", name + "x", "kind", "BLOG"))
                .put("/credibility/v1/publishers/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "BLOG", "aliases", aliases, "domains", domains))
                .put("/credibility/v1/publishers/" + id).then().statusCode(200)
                .body("aliases.size()", equalTo(100)).body("domains.size()", equalTo(50));
        given().delete("/credibility/v1/publishers/" + id).then().statusCode(204);
    }

    private static List<String> concat(List<String> values, String one) {
        List<String> all = new ArrayList<>(values);
        all.add(one);
        return all;
    }

    @Test
    void theSeedHoldsTheBeatsPublishers() {
        for (String q : List.of("AP", "Reuters", "AFP", "VOA", "RFE/RL", "BBC", "DW", "Al Jazeera", "Tolo News",
                "Khaama Press", "Ariana News", "Pajhwok", "Dawn", "MEMRI")) {
            given().contentType(ContentType.JSON).body(Map.of("names", List.of(q)))
                    .post("/credibility/v1/publishers/resolve").then().statusCode(200)
                    .body("names[0].publisher", notNullValue());
        }
        // The names Dari, Pashto, Russian and Urdu credit lines credit them by ("منبع: هشت صبح", "بشکریہ ڈان").
        Map<String, String> ownLanguage = Map.of("هشت صبح", "Hasht-e Subh", "پژواک", "Pajhwok Afghan News",
                "Азаттык", "Radio Free Europe/Radio Liberty", "طلوع نیوز", "TOLOnews", "ڈان", "Dawn", "روزنامه ڈان",
                "Dawn", "جیو نیوز", "Geo News", "اے پی پی", "Associated Press of Pakistan");
        for (Map.Entry<String, String> name : ownLanguage.entrySet()) {
            given().contentType(ContentType.JSON).body(Map.of("names", List.of(name.getKey())))
                    .post("/credibility/v1/publishers/resolve").then().statusCode(200)
                    .body("names[0].publisher.name", equalTo(name.getValue()));
        }
    }
}

package org.wirecheck.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The public API composing the two real services over real HTTP: the provenance status of an uncredited copy, a
 * credited reprint, an aggregator page holding two credited articles and a blog listing page holding the blog's own
 * posts; and a report that stays an answer when a service is down.
 */
@ExtendWith(Stack.class)
class ProvenanceScenariosIT {

    /** What a test added to the corpus, removed after it so that the scenarios do not match each other's articles. */
    private final Set<String> posted = new LinkedHashSet<>();

    @BeforeAll
    static void baseUri() {
        RestAssured.baseURI = Stack.gateway();
    }

    @AfterEach
    void removePosted() {
        for (String id : posted) {
            given().delete("/api/v1/articles/" + id).then().statusCode(204);
        }
    }

    /** Each test gets its own hosts. */
    private static String host(String site) {
        return "https://" + site + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    private JsonPath post(String url, String publisher, String publishedAt, String text, int status) {
        Map<String, String> body = new HashMap<>(Map.of("url", url, "text", text, "publishedAt", publishedAt));
        if (publisher != null) {
            body.put("publisher", publisher);
        }
        JsonPath report = given().contentType(ContentType.JSON).body(body).post("/api/v1/articles")
                .then().statusCode(status).extract().jsonPath();
        posted.add(report.getString("articleId"));
        return report;
    }

    /** A copy site's version: new headline, one paragraph and the closing credit line dropped. */
    private static String uncreditedCopy(String original) {
        String[] paragraphs = original.split("\n\n");
        StringBuilder copy = new StringBuilder("Secret schools keep Afghan girls learning");
        for (int i = 1; i < paragraphs.length - 1; i++) {
            if (i != 4) {
                copy.append("\n\n").append(paragraphs[i]);
            }
        }
        return copy.toString();
    }

    @Test
    void anEditedCopyWithoutCreditIsAnUncreditedCopyOfTheOriginal() {
        String voa = Stack.article("voa-kabul-schools");
        JsonPath original = post(host("voanews") + "/a/schools", "Voice of America", "2024-03-20T08:00:00Z", voa,
                201);
        assertEquals("ORIGINAL", original.getString("provenance.status"));

        JsonPath report = post(host("copycat") + "/news/1", "Copycat News", "2024-03-20T15:00:00Z",
                uncreditedCopy(voa), 201);
        assertFalse(report.getBoolean("degraded"), report.prettify());
        assertEquals("UNCREDITED_COPY", report.getString("provenance.status"), report.prettify());
        assertEquals(original.getString("articleId"), report.getString("provenance.origin.articleId"));
        assertEquals(original.getString("articleId"), report.getString("duplicates[0].articleId"));
        assertTrue(report.getList("duplicates[0].passages").size() > 0, "matched passages are reported");
        assertEquals(report.getString("cluster.origin.articleId"), original.getString("articleId"));
    }

    @Test
    void aSpunCopyIsFlaggedWithTheWordsItSwappedAgainstTheOriginal() {
        JsonPath original = post(host("rferl") + "/a/floods", "RFE/RL", "2024-03-04T09:00:00Z",
                Stack.article("rferl-herat-floods"), 201);
        JsonPath report = post(host("spinner") + "/2024/floods", "Content Farm", "2024-03-05T07:00:00Z",
                Stack.article("spun-herat-floods"), 201);
        assertFalse(report.getBoolean("degraded"), report.prettify());
        assertEquals("PARAPHRASE", report.getString("duplicates[0].relation"), report.prettify());
        assertEquals(original.getString("articleId"), report.getString("duplicates[0].articleId"));
        assertEquals("UNCREDITED_COPY", report.getString("provenance.status"));
        assertTrue(report.getList("flags").contains("SPIN_ARTIFACTS"), report.prettify());
        List<String> swaps = report.getList("duplicates[0].swaps.collect { it.otherText + ' -> ' + it.text }");
        assertTrue(swaps.containsAll(List.of("villages -> hamlets", "said -> stated", "searching for -> seeking")),
                swaps.toString());

        // The original, checked again now that the spun copy is indexed, is the earlier one: no flag.
        JsonPath again = given().contentType(ContentType.JSON)
                .body(Map.of("url", original.getString("url"), "publisher", "RFE/RL", "publishedAt",
                        "2024-03-04T09:00:00Z", "text", Stack.article("rferl-herat-floods")))
                .post("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        assertEquals("PARAPHRASE", again.getString("duplicates[0].relation"), again.prettify());
        assertFalse(again.getList("flags").contains("SPIN_ARTIFACTS"), again.prettify());
    }

    /**
     * Dari copy as another outlet renders it (Arabic-keyboard yeh and kaf, Latin digits, affixes typed apart) is an
     * exact copy of the original; both are reported as Dari, and neither is given sourcing scores the English rules
     * could not have earned.
     */
    @Test
    void aDariCopyRenderedByAnotherOutletIsAnExactCopyAndItsSourcingIsNotScored() {
        String dari = "هرات — ریاست صحت عامه روز شنبه گفت که ۶۴ کودک مبتلا به سرخکان در شفاخانه\u200Cها بستری"
                + " شده\u200Cاند.\n\nمسئولان می\u200Cگویند کمپاین واکسین در ۹ ولسوالی آغاز می\u200Cشود و"
                + " خانواده\u200Cها باید کودکان خود را به مراکز صحی ببرند.\n\nیک داکتر گفت: «کمبود دارو و سرمای هوا"
                + " وضعیت را دشوارتر ساخته است.»";
        JsonPath original = post(host("8am") + "/fa/measles", "Hasht-e Subh", "2024-11-02T06:00:00Z", dari, 201);
        String copy = dari.replace('ی', 'ي').replace('ک', 'ك').replace("\u200C", " ").replace("۶۴", "64")
                .replace("۹", "9");
        JsonPath report = post(host("copysite") + "/news/2", "Copy Site", "2024-11-02T09:00:00Z", copy, 201);
        assertFalse(report.getBoolean("degraded"), report.prettify());
        assertEquals("EXACT", report.getString("duplicates[0].relation"), report.prettify());
        assertEquals(original.getString("articleId"), report.getString("duplicates[0].articleId"));
        assertEquals("UNCREDITED_COPY", report.getString("provenance.status"));
        for (JsonPath r : List.of(original, report)) {
            assertEquals("fa", r.getString("language"), r.prettify());
            assertNull(r.get("credibility.score"), r.prettify());
            assertNull(r.get("attribution.score"), r.prettify());
            assertTrue(r.getList("flags").contains("LANGUAGE_NOT_READ"), r.prettify());
        }
    }

    /**
     * An Urdu reprint keyed as older Urdu sites and Arabic keyboards type it (the heh for Urdu's heh goal, Arabic yeh
     * and kaf) and closing with the Urdu courtesy line is the original's words and credits it: a credited reprint, not
     * a spun copy.
     */
    @Test
    void anUrduReprintKeyedOnAnotherKeyboardCreditingDawnInUrduIsACreditedReprint() {
        String urdu = "کراچی میں بجلی کی قیمتوں میں ایک بار پھر اضافہ کر دیا گیا ہے۔ نیپرا نے منگل کے روز فی یونٹ نرخ"
                + " میں تین روپے اضافے کی منظوری دی۔\n\nتاجروں کی تنظیم نے فیصلے کے خلاف جمعہ کو ہڑتال کا اعلان کیا"
                + " ہے۔ کیا حکومت اس فیصلے پر نظرثانی کرے گی؟\n\nوزارت توانائی نے ابھی تک اس معاملے پر کوئی بیان جاری"
                + " نہیں کیا۔ شہر کے کئی علاقوں میں روزانہ آٹھ گھنٹے تک لوڈشیڈنگ ہو رہی ہے۔";
        JsonPath original = post(host("dawnnews") + "/news/power", "Dawn", "2024-11-02T08:00:00Z", urdu, 201);
        String copy = urdu.replace('ہ', 'ه').replace('ی', 'ي').replace('ک', 'ك') + "\n\nبشکریہ ڈان";
        JsonPath report = post(host("roznama") + "/news/3", "Roznama Example", "2024-11-02T12:00:00Z", copy, 201);
        assertFalse(report.getBoolean("degraded"), report.prettify());
        assertEquals("NEAR_DUPLICATE", report.getString("duplicates[0].relation"), report.prettify());
        assertEquals(original.getString("articleId"), report.getString("duplicates[0].articleId"));
        assertEquals("CREDITED_REPRINT", report.getString("provenance.status"), report.prettify());
        assertEquals("ur", report.getString("language"), report.prettify());
        assertFalse(report.getList("flags").contains("SPIN_ARTIFACTS"), report.prettify());
    }

    /**
     * A copy disguised with Cyrillic lookalike letters in every other word is the original's words (it used to be
     * nothing at all, or a spun copy) and is flagged; its sourcing is read as the original's.
     */
    @Test
    void aCopyDisguisedWithLookalikeLettersIsAnExactCopyAndFlagged() {
        String voa = Stack.article("voa-kabul-schools");
        JsonPath original = post(host("voanews") + "/a/schools-2", "Voice of America", "2024-03-20T08:00:00Z", voa,
                201);
        StringBuilder disguised = new StringBuilder();
        String[] tokens = voa.split(" ");
        for (int i = 0; i < tokens.length; i++) {
            disguised.append(i > 0 ? " " : "").append(i % 2 == 0
                    ? tokens[i]
                    : tokens[i].replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043E'));
        }
        JsonPath report = post(host("disguise") + "/news/4", "Disguise Daily", "2024-03-21T08:00:00Z",
                disguised.toString(), 201);
        assertFalse(report.getBoolean("degraded"), report.prettify());
        assertEquals("EXACT", report.getString("duplicates[0].relation"), report.prettify());
        assertEquals(original.getString("articleId"), report.getString("duplicates[0].articleId"));
        assertEquals(original.getString("articleId"), report.getString("provenance.origin.articleId"),
                report.prettify());
        assertEquals("en", report.getString("language"), report.prettify());
        assertTrue(report.getList("flags").contains("LOOKALIKE_LETTERS"), report.prettify());
        assertEquals(original.getDouble("attribution.score"), report.getDouble("attribution.score"), report.prettify());
    }

    /**
     * A wire story reprinted by two outlets, each crediting the wire only: the second reprint also copies the first
     * (the same words), which carries nothing but the credited story, so it is a credited reprint too.
     */
    @Test
    void theSecondReprintOfACreditedStoryIsACreditedReprint() {
        String rferl = Stack.article("rferl-herat-floods");
        JsonPath original = post(host("rferl") + "/a/floods-2.html", "RFE/RL", "2024-03-04T10:00:00Z", rferl, 201);
        String credit = "\n\nReprinted with the permission of Radio Free Europe/Radio Liberty, Washington DC 20036.";
        JsonPath first = post(host("first-reprint") + "/floods", "First Reprint", "2024-03-05T09:00:00Z",
                rferl + credit, 201);
        assertEquals("CREDITED_REPRINT", first.getString("provenance.status"), first.prettify());
        JsonPath second = post(host("second-reprint") + "/floods", "Second Reprint", "2024-03-06T09:00:00Z",
                rferl + credit, 201);
        assertEquals("CREDITED_REPRINT", second.getString("provenance.status"), second.prettify());
        assertEquals(original.getString("articleId"), second.getString("provenance.origin.articleId"));
        assertEquals(2, second.getList("provenance.evidence").size(), second.prettify());
        assertFalse(second.getBoolean("provenance.evidence[1].credited"), second.prettify());
        assertEquals(original.getString("articleId"),
                second.getString("provenance.evidence[1].creditedThrough.articleId"), second.prettify());
    }

    @Test
    void aReprintCreditingTheOriginThroughAnAliasIsACreditedReprint() {
        String rferl = Stack.article("rferl-herat-floods");
        JsonPath original = post(host("rferl") + "/a/floods.html", "RFE/RL", "2024-03-04T10:00:00Z", rferl, 201);
        JsonPath report = post(host("afghan-news") + "/2024/03/floods", "Afghan News Digest",
                "2024-03-05T09:00:00Z",
                rferl + "\n\nReprinted with the permission of Radio Free Europe/Radio Liberty, Washington DC 20036.",
                201);
        assertEquals("CREDITED_REPRINT", report.getString("provenance.status"), report.prettify());
        assertEquals(original.getString("articleId"), report.getString("provenance.origin.articleId"));
        assertTrue(report.getBoolean("provenance.evidence[0].credited"), report.prettify());
    }

    @Test
    void anAggregatorPageHoldingTwoCreditedArticlesIsACreditedReprint() {
        String voa = Stack.article("voa-kabul-schools");
        String rferl = Stack.article("rferl-herat-floods");
        JsonPath first = post(host("voanews") + "/a/schools", "VOA", "2024-03-20T08:00:00Z", voa, 201);
        JsonPath second = post(host("rferl") + "/a/floods.html", "Radio Free Europe/Radio Liberty",
                "2024-03-04T10:00:00Z", rferl, 201);
        String page = "Afghanistan News Roundup\n\nHome | News | Culture | Links\n\n" + voa + "\n\n" + rferl
                + "\n\nReprinted with the permission of Radio Free Europe/Radio Liberty.\n\n"
                + "Copyright Afghan Roundup. All rights reserved.";
        JsonPath report = post(host("roundup") + "/news", "Afghan Roundup", "2024-03-21T00:00:00Z", page, 201);
        assertEquals("CREDITED_REPRINT", report.getString("provenance.status"), report.prettify());
        List<String> copied = report.getList("provenance.evidence.copied.articleId");
        assertTrue(copied.containsAll(List.of(first.getString("articleId"), second.getString("articleId"))),
                report.prettify());
        // The earlier of the two is the origin.
        assertEquals(second.getString("articleId"), report.getString("provenance.origin.articleId"));
    }

    @Test
    void aBlogListingPageOfItsOwnPostsIsOriginal() {
        String blog = host("intel-blog");
        String p1 = Stack.article("intel-blog-post-1");
        String p2 = Stack.article("intel-blog-post-2");
        post(blog + "/2024/03/28/isis-k", "Intel Blog", "2024-03-28T12:00:00Z", p2, 201);
        post(blog + "/2024/04/02/suspects", "Intel Blog", "2024-04-02T12:00:00Z", p1, 201);
        JsonPath listing = post(blog + "/page/1", "Intel Blog", "2024-04-03T00:00:00Z",
                "Intel Blog — news and analysis\n\n" + p1 + "\n\n" + p2 + "\n\nOlder posts »", 201);
        assertEquals("ORIGINAL", listing.getString("provenance.status"), listing.prettify());
        assertTrue(listing.getList("duplicates").size() >= 2, "the page still holds both posts: "
                + listing.prettify());
    }

    @Test
    void aBatchIsIngestedInPublicationOrderThroughTheServicesBatchEndpoints() throws Exception {
        String voa = Stack.article("voa-kabul-schools");
        String copyUrl = host("copycat") + "/news/batch";
        String originalUrl = host("voanews") + "/a/schools-batch";
        // Submitted copy first: the job ingests by publishedAt, so the original is in the corpus when its copy comes.
        List<Map<String, String>> articles = List.of(
                Map.of("url", copyUrl, "publisher", "Copycat News", "publishedAt", "2024-03-20T15:00:00Z", "text",
                        uncreditedCopy(voa)),
                Map.of("url", host("broken") + "/x", "publishedAt", "not a date", "text", "Some text."),
                Map.of("url", originalUrl, "publisher", "Voice of America", "publishedAt", "2024-03-20T08:00:00Z",
                        "text", voa));
        String job = given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .post("/api/v1/articles/batch").then().statusCode(202).extract().jsonPath().getString("jobId");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath state = null;
        while (System.nanoTime() < deadline) {
            state = given().get("/api/v1/articles/batch/" + job).then().statusCode(200).extract().jsonPath();
            if ("COMPLETED".equals(state.getString("state"))) {
                break;
            }
            Thread.sleep(300);
        }
        assertEquals("COMPLETED", state.getString("state"), state.prettify());
        assertEquals(2, state.getInt("done"), state.prettify());
        assertEquals(1, state.getInt("failures"), state.prettify());
        assertEquals(1, state.getInt("errors[0].index"), state.prettify());
        List<Map<String, Object>> reports = state.getList("reports");
        reports.forEach(r -> posted.add((String) r.get("articleId")));
        Map<String, Object> copy = reports.stream().filter(r -> copyUrl.equals(r.get("url"))).findFirst()
                .orElseThrow();
        JsonPath copyReport = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(copy));
        assertFalse(copyReport.getBoolean("degraded"), copyReport.prettify());
        assertEquals("UNCREDITED_COPY", copyReport.getString("provenance.status"), copyReport.prettify());
        assertEquals(originalUrl, copyReport.getString("provenance.origin.url"), copyReport.prettify());
    }

    @Test
    void twoArticlesOnTheSameEventAreNotDuplicates() {
        post(host("voanews") + "/a/schools", "VOA", "2024-03-20T08:00:00Z", Stack.article("voa-kabul-schools"),
                201);
        JsonPath other = post(host("daily") + "/schools", "Daily Example", "2024-03-20T12:00:00Z",
                Stack.article("same-event-kabul-schools"), 201);
        assertEquals("ORIGINAL", other.getString("provenance.status"), other.prettify());
    }

    @Test
    void theSameUrlAndContentAgainIsA200WithTheSameId() {
        String url = host("tolonews") + "/business/torkham";
        String text = Stack.article("tolo-border-trade");
        JsonPath first = post(url, "Tolo News", "2024-03-10T06:00:00Z", text, 201);
        JsonPath again = post(url, "Tolo News", "2024-03-10T06:00:00Z", text, 200);
        assertEquals(first.getString("articleId"), again.getString("articleId"));
        given().get("/api/v1/articles/" + first.getString("articleId") + "/report").then().statusCode(200)
                .body("articleId", equalTo(first.getString("articleId")))
                .body("attribution.quotes", not(hasSize(0)))
                .body("credibility.score", notNullValue());
    }

    @Test
    void withCredibilityServiceDownTheAnswerIsDegradedAndTheArticleIsNotLost() throws Exception {
        Launcher launcher = Stack.launcher();
        long pid = launcher.pids().get("credibility-service");
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        String text = Stack.article("tolo-border-trade") + "\n\nAdditional reporting by staff.";
        JsonPath report;
        try {
            report = post(host("tolonews") + "/fault", "Tolo News", "2024-03-11T06:00:00Z", text, 201);
            assertTrue(report.getBoolean("degraded"), report.prettify());
            assertEquals(List.of("credibility"), report.getList("missing"));
            given().get("/api/v1/articles/" + report.getString("articleId") + "/report").then().statusCode(200)
                    .body("degraded", equalTo(true)).body("missing", hasItem("credibility"));
        } finally {
            Launcher.Result up = launcher.run(Duration.ofMinutes(5), "up");
            assertEquals(0, up.exitCode(), up.output());
        }
        // The gateway redelivers the accepted article once the service is back.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonPath after = null;
        while (System.nanoTime() < deadline) {
            after = given().get("/api/v1/articles/" + report.getString("articleId") + "/report").then()
                    .statusCode(200).extract().jsonPath();
            if (!after.getBoolean("degraded")) {
                break;
            }
            Thread.sleep(1000);
        }
        assertFalse(after.getBoolean("degraded"), after.prettify());
    }
}

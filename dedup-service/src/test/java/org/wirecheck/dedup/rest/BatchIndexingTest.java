package org.wirecheck.dedup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirecheck.dedup.rest.ArticleResourceTest.story;
import static org.wirecheck.dedup.rest.ArticleResourceTest.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wirecheck.common.article.ArticleIdentity;
import org.wirecheck.dedup.engine.ArticleText;
import org.wirecheck.dedup.engine.Boilerplate;
import org.wirecheck.dedup.repository.PublisherParagraphEntity;
import org.wirecheck.testing.PostgresTestDatabase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** {@code POST /dedup/v1/articles/batch} against a real PostgreSQL: order, per-article problems, idempotency. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_dedup_test"))
class BatchIndexingTest {

    private static ValidatableResponse postBatch(Object articles) {
        return given().contentType("application/json").body(Map.of("articles", articles))
                .post("/dedup/v1/articles/batch").then();
    }

    /** The stories of these tests share a template, so each test starts from an empty corpus. */
    @BeforeEach
    void emptyTheCorpus() {
        ArticleResourceTest.emptyCorpus();
    }

    @Test
    void eachArticleSeesTheOnesBeforeItAndAnInvalidOneGetsItsOwnProblem() {
        String run = UUID.randomUUID().toString();
        String original = story("Batchford " + run.substring(0, 8));
        String copy = original + "\n\nReprinted with the permission of The Valley Courier.";
        String originalUrl = "https://courier.example/" + run;
        String copyUrl = "https://digest.example/" + run;
        List<Object> articles = List.of(
                submission(originalUrl, "The Valley Courier", "2024-03-01T10:00:00Z", original),
                Map.of("url", "https://digest.example/" + run + "/empty", "text", " "),
                submission(copyUrl, "Valley Digest", "2024-03-01T12:00:00Z", copy));
        String originalId = ArticleIdentity.articleId(originalUrl, original).toString();

        var answer = postBatch(articles).statusCode(200)
                .body("results", hasSize(3))
                .body("results.status", contains(201, 400, 201))
                .body("results[0].report.articleId", equalTo(originalId))
                .body("results[1].report", nullValue())
                .body("results[1].problem.errors[0].field", equalTo("text"))
                .body("results[1].problem.instance", containsString("/articles/1"))
                .body("results[2].report.duplicates[0].articleId", equalTo(originalId))
                .body("results[2].report.duplicates[0].relation", equalTo("NEAR_DUPLICATE"))
                .body("results[2].report.cluster.origin.articleId", equalTo(originalId)).extract().jsonPath();
        // The report given at indexing is the one the stored relations give later.
        String copyId = ArticleIdentity.articleId(copyUrl, copy).toString();
        assertEquals(answer.getList("results[2].report.duplicates"), given()
                .get("/dedup/v1/articles/" + copyId + "/report").then().statusCode(200).extract().jsonPath()
                .getList("duplicates"));

        // The same batch again stores nothing new: the same ids, 200 each.
        postBatch(articles).statusCode(200).body("results.status", contains(200, 400, 200))
                .body("results[0].report.articleId", equalTo(originalId));
        given().get("/dedup/v1/articles/" + originalId + "/report").then().statusCode(200)
                .body("duplicates", hasSize(1)).body("cluster.size", equalTo(2));
    }

    @Test
    void anOriginalIsStoredAsTheGeneralPathWouldStoreIt() {
        String run = UUID.randomUUID().toString();
        String url = "https://courier.example/original/" + run;
        String text = story("Soloville " + run.substring(0, 8));
        String posted = given().contentType("application/json")
                .body(submission(url, "The Valley Courier", "2024-06-01T10:00:00Z", text))
                .post("/dedup/v1/articles").then().statusCode(201).extract().asString();
        String id = ArticleIdentity.articleId(url, text).toString();
        String read = given().get("/dedup/v1/articles/" + id + "/report").then().statusCode(200).extract().asString();
        assertEquals(io.restassured.path.json.JsonPath.from(read).getMap(""),
                io.restassured.path.json.JsonPath.from(posted).getMap(""));
        given().get(
                "/dedup/v1/clusters/" + io.restassured.path.json.JsonPath.from(posted).getString("cluster.clusterId"))
                .then().statusCode(200).body("size", equalTo(1)).body("origin.articleId", equalTo(id));
        given().get("/dedup/v1/articles?limit=1").then().statusCode(200).body("[0].articleId", equalTo(id));
    }

    /** A made-up institutional footer a small site puts under every post. */
    private static final String FOOTER = """
            The Kunar Valley Monitor is an independent community newsroom founded by teachers, farmers and former \
            radio reporters from the districts along the river. We publish in Pashto, Dari and English, we take no \
            money from political parties or armed groups, and we correct our mistakes in public. Our reporters work \
            from Asadabad, Chawkay and Narang, and our editors review every story before it goes online. Readers \
            can reach the newsroom by letter, by telephone or at the market stall beside the old bus station, where \
            we also keep printed copies of every edition for people without internet access.""";

    @Test
    void aPublishersRepeatedFooterIsLearnedAndStopsMatching() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String publisher = "Kunar Valley Monitor " + run;
        String[] stories = {
                "Farmers in Chawkay said the canal dug in spring now waters twice as many fields as before.",
                "A new bridge over the river at Narang opened on Monday after two years of delays and floods.",
                "Teachers in Asadabad said girls' attendance at primary schools rose again after the winter.",
                "Traders at the Asadabad market said the price of cooking oil fell for the third week running.",
                "The district clinic received a second ambulance, which will serve villages up the valley."};
        List<Object> posts = new ArrayList<>();
        for (int i = 0; i < stories.length; i++) {
            posts.add(submission("https://kunar.example/" + run + "/" + i, publisher,
                    "2024-07-0" + (i + 1) + "T09:00:00Z", stories[i] + "\n\n" + FOOTER));
        }
        var results = postBatch(posts).statusCode(200).body("results.status", contains(201, 201, 201, 201, 201))
                .extract().jsonPath();
        // Before the footer has been seen on three of the site's posts it is shared text like any other...
        assertEquals(1, results.getList("results[1].report.duplicates").size(), results.prettify());
        // ...once it has, it is the site's boilerplate and two different posts no longer match through it.
        assertEquals(List.of(), results.getList("results[4].report.duplicates"), results.prettify());
    }

    /** Four different stories of one site, four paragraphs each. */
    private static final String[][] SITE_STORIES = {
            {"Wheat returns to Kandahar fields",
                    "Farmers in Kandahar are planting wheat on land that lay dry for three seasons, after the heaviest "
                            + "winter rains in five years refilled the canals around the Arghandab river.",
                    "The provincial agriculture department said about forty thousand hectares had been sown so far, "
                            + "nearly twice the area planted last year across the southern districts.",
                    "Officials cautioned that the harvest would still depend on spring temperatures and on whether "
                            + "the damaged canals could carry water through the month of May."},
            {"First freight train reaches Herat",
                    "A freight train carrying six hundred tonnes of cement arrived in Herat on Thursday, the first to "
                            + "cross the newly completed section of the railway from the Iranian border.",
                    "The stretch between Islam Qala and Rozanak was finished two years ago, but customs procedures "
                            + "and a dispute over tariffs delayed its opening for commercial traffic.",
                    "Business leaders welcomed the opening but said the warehouses and loading cranes at the station "
                            + "were still far too small to handle regular traffic from next month."},
            {"Torkham traders count their losses",
                    "Traders said on Sunday they had lost millions of afghanis as the Torkham crossing with Pakistan "
                            + "remained closed for a fifth day, leaving hundreds of lorries stranded.",
                    "Drivers said much of the fruit and vegetables they carried had already started to rot in the "
                            + "heat while they waited on both sides of the border for news.",
                    "Economists warned that repeated closures push up food prices in the markets of Kabul and damage "
                            + "the country's name as a reliable trading partner in the region."},
            {"Girls study in secret classrooms",
                    "Teachers in Kabul run classes for girls in private homes, moving the lessons from one house to "
                            + "another every few weeks so that neighbours do not grow suspicious.",
                    "One teacher said twenty girls between thirteen and seventeen came to her living room each "
                            + "morning, carrying their books in shopping bags instead of school satchels.",
                    "Parents said they feared the classes would be discovered but that they could not bear to watch "
                            + "their daughters forget everything they had learned before the ban."}};

    /** A post as a site's page: its menu, the story, a "most read" list of headlines and its footer. */
    private static String sitePage(String[] story) {
        StringBuilder html = new StringBuilder("<html><body><nav><ul>");
        for (String item : List.of("Home", "Afghanistan", "Pakistan", "Region", "Opinion", "About us")) {
            html.append("<li><a href=\"/\">").append(item).append("</a></li>");
        }
        html.append("</ul></nav><article><h1>").append(story[0]).append("</h1>");
        for (int p = 1; p < story.length; p++) {
            html.append("<p>").append(story[p]).append("</p>");
        }
        html.append("</article><aside><h3>Most read</h3><ol>");
        for (String headline : List.of("Taliban announce new rules for provincial governors in the south",
                "Torkham crossing reopens after a week of talks between officials",
                "Drought pushes thousands of families from Badghis to Herat city",
                "Kabul traders protest against new customs duties on imported fuel",
                "Women's rights activists detained in Mazar-i-Sharif, relatives say")) {
            html.append("<li><a href=\"/\">").append(headline).append("</a></li>");
        }
        return html.append("</ol></aside><footer><p>The Frontier Ledger is an independent news site covering ")
                .append("Afghanistan and Pakistan, funded by its readers; it accepts no money from governments or ")
                .append("armed groups.</p><p>© 2025 The Frontier Ledger. All rights reserved.</p></footer></body></html>")
                .toString();
    }

    @Test
    void aSitesMenuMostReadListAndFooterAreLearnedFromItsPages() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String publisher = "The Frontier Ledger " + run;
        List<Object> posts = new ArrayList<>();
        for (int i = 0; i < SITE_STORIES.length; i++) {
            posts.add(Map.of("url", "https://ledger.example/" + run + "/" + i, "publisher", publisher, "publishedAt",
                    "2024-09-0" + (i + 1) + "T09:00:00Z", "html", sitePage(SITE_STORIES[i])));
        }
        var results = postBatch(posts).statusCode(200).body("results.status", contains(201, 201, 201, 201))
                .extract().jsonPath();
        // Before anything is learned, the "most read" list and the footer run to the end of both pages: the site's
        // template, not a shared passage, so the second page matches nothing either.
        assertEquals(List.of(), results.getList("results[1].report.duplicates"), results.prettify());
        // Once the chrome was on three of the site's pages it is its boilerplate: the fourth post matches nothing.
        // (Had the second and third pages, which match the first through the chrome, been taken for versions of one
        // story, the chrome would never have been counted to three.)
        assertEquals(List.of(), results.getList("results[3].report.duplicates"), results.prettify());
    }

    @Test
    void aStoryItsPublisherRunsAgainIsNotLearnedAsItsBoilerplate() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String agency = "Valley Press Agency " + run;
        String text = story("Agencyford " + run);
        // The agency files the story under three sections, then an update at a fourth url.
        List<String> ids = new ArrayList<>();
        for (String section : List.of("news", "region", "weather")) {
            String url = "https://agency.example/" + section + "/" + run;
            ArticleResourceTest.post(submission(url, agency, "2024-08-01T09:00:00Z", text)).statusCode(201);
            ids.add(ArticleIdentity.articleId(url, text).toString());
        }
        String update = text + "\nThe council said on Wednesday evening that the water had begun to recede.";
        var updated = ArticleResourceTest
                .post(submission("https://agency.example/update/" + run, agency, "2024-08-01T18:00:00Z", update))
                .statusCode(201).extract().jsonPath();
        // Before, the third filing made every paragraph the agency's boilerplate: its update matched nothing.
        assertEquals(3, updated.getList("duplicates").size(), updated.prettify());
        ids.add(updated.getString("articleId"));

        // A copy site's reprint (new headline, credit line) is an edited reprint of every version, not a containment
        // of the little that was left when the rest was taken for the agency's chrome.
        String reprint = "River record broken as flood defences give way" + text.substring(text.indexOf('\n'))
                + "\nCopyright Valley Press Agency. Reprinted with permission.";
        var copy = given().contentType("application/json")
                .body(submission("https://copysite.example/" + run, "Copy Site", "2024-08-02T09:00:00Z", reprint))
                .post("/dedup/v1/articles/check").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("NEAR_DUPLICATE", "NEAR_DUPLICATE", "NEAR_DUPLICATE", "NEAR_DUPLICATE"),
                copy.getList("duplicates.relation"), copy.prettify());

        // A delete takes back exactly what the article counted: the update only its new paragraph (taking back all
        // of its paragraphs would wipe the counts of the first filing's), and once all four are gone nothing is left.
        given().delete("/dedup/v1/articles/" + ids.remove(3)).then().statusCode(204);
        assertEquals((long) Boilerplate.paragraphs(ArticleText.of(text)).size(),
                QuarkusTransaction.requiringNew().call(() -> PublisherParagraphEntity.count("publisher", agency)));
        for (String id : ids) {
            given().delete("/dedup/v1/articles/" + id).then().statusCode(204);
        }
        assertEquals(0L, QuarkusTransaction.requiringNew()
                .call(() -> PublisherParagraphEntity.count("publisher", agency)));
    }

    @Test
    void onATieOfPublicationTimesTheFirstSeenIsTheOrigin() {
        String run = UUID.randomUUID().toString();
        String text = story("Tiebridge " + run.substring(0, 8));
        String first = "https://first.example/" + run;
        String second = "https://second.example/" + run;
        String firstId = ArticleIdentity.articleId(first, text).toString();
        postBatch(List.of(submission(first, "First Post", "2024-05-01T08:00:00Z", text),
                submission(second, "Second Post", "2024-05-01T08:00:00Z", text)))
                .statusCode(200).body("results.status", contains(201, 201))
                .body("results[1].report.duplicates[0].relation", equalTo("EXACT"))
                .body("results[1].report.duplicates[0].earlier", equalTo(true))
                .body("results[1].report.cluster.origin.articleId", equalTo(firstId));
    }

    @Test
    void anEmptyOrOversizedBatchIsRefusedNamingTheField() {
        postBatch(List.of()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("articles"));
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i <= BatchSubmission.MAX_ARTICLES; i++) {
            tooMany.add(Map.of("url", "https://x.example/" + i, "text", "t"));
        }
        postBatch(tooMany).statusCode(400).body("detail", containsString("at most 1000"));
    }
}

package org.wirecheck.dedup.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.engine.ArticleText;
import org.wirecheck.dedup.engine.Boilerplate;
import org.wirecheck.dedup.repository.ArticleEntity;
import org.wirecheck.dedup.repository.IndexEventEntity;
import org.wirecheck.dedup.repository.PublisherParagraphEntity;
import org.wirecheck.testing.PostgresTestDatabase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Articles stored with an older analysis are analysed again from their text, and every replica's index takes their
 * new fingerprints (against a real PostgreSQL; the replica here replays the index events as another one would).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_dedup_test"))
class AnalysisRefreshTest {

    @Inject
    AnalysisRefresh refresh;

    @Inject
    CorpusIndex corpus;

    @Test
    void anArticleStoredWithAnOlderAnalysisIsAnalysedAgainAndFoundByCopiesAnalysedNow() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // Dari copy with a zero-width non-joiner in its verbs and plurals, and Persian digits.
        String text = "هرات — اداره صحت عامه روز سه شنبه گفت که ۴۸ کودک مبتلا به سرخکان در شفاخانه\u200Cها بستری"
                + " شده\u200Cاند (" + run + ").\nمسئولان می\u200Cگویند کمپاین واکسین در ۱۲ ولسوالی آغاز می\u200Cشود و"
                + " خانواده\u200Cها باید کودکان خود را به مراکز صحی ببرند.\nیک داکتر گفت که کمبود دارو و سرمای هوا"
                + " وضعیت را دشوارتر ساخته است.";
        String url = "https://dari.example/" + run;
        String id = given().contentType("application/json")
                .body(Map.of("url", url, "publisher", "Dari Daily", "text", text)).post("/dedup/v1/articles").then()
                .statusCode(201).extract().path("articleId");
        // What an older analysis left: fingerprints and anchors that match nothing a copy analysed now has, replayed
        // into this replica's index as the row stood.
        QuarkusTransaction.requiringNew().run(() -> {
            ArticleEntity.update("analysisVersion = 1, fingerprints = ?1, anchors = ?1 where id = ?2", new int[]{7},
                    UUID.fromString(id));
            IndexEventEntity.record(UUID.fromString(id), IndexEventEntity.REMOVED);
            IndexEventEntity.record(UUID.fromString(id), IndexEventEntity.ADDED);
        });
        // Another outlet's copy: its prefixes and suffixes typed apart with a space, Latin digits.
        String copy = text.replace("\u200C", " ").replace("۴۸", "48").replace("۱۲", "12");
        Map<String, String> check = Map.of("url", "https://copy.example/" + run, "publisher", "Copy", "text", copy);
        given().contentType("application/json").body(check).post("/dedup/v1/articles/check").then().statusCode(200)
                .body("duplicates", empty());

        assertTrue(refresh.refresh() >= 1);

        ArticleEntity stored = QuarkusTransaction.requiringNew()
                .call(() -> ArticleEntity.<ArticleEntity>findById(UUID.fromString(id)));
        assertEquals(AnalysedArticle.VERSION, stored.analysisVersion);
        assertEquals("fa", stored.language);
        given().contentType("application/json").body(check).post("/dedup/v1/articles/check").then().statusCode(200)
                .body("duplicates[0].articleId", equalTo(id)).body("duplicates[0].relation", equalTo("EXACT"));
        // Nothing is left to refresh.
        assertEquals(0, refresh.refresh());
        assertEquals(List.of(), QuarkusTransaction.requiringNew()
                .call(() -> ArticleEntity.analysedBefore(AnalysedArticle.VERSION, 0, 10)));
    }

    /**
     * A publisher's recurring footer counted under an older analysis's paragraph hashes is counted again under the
     * current ones: the old hashes are taken back, so the footer stays learned chrome.
     */
    @Test
    void theParagraphsAnArticleCountedAreCountedAgainUnderTheNewAnalysis() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String publisher = "Urdu Weekly " + run;
        String footer = "ہمیں فیس بک اور ٹوئٹر پر فالو کریں اور تازہ ترین خبروں کے لیے ہماری ایپ ڈاؤن لوڈ کریں";
        String[] stories = {"کراچی میں بجلی کی قیمتوں میں ایک بار پھر اضافہ کر دیا گیا ہے اور شہری پریشان ہیں",
                "لاہور میں شدید دھند کے باعث موٹروے کئی گھنٹے بند رہی اور پروازیں تاخیر کا شکار ہوئیں",
                "پشاور میں پولیو مہم کا تیسرا مرحلہ شروع ہو گیا ہے جس میں لاکھوں بچوں کو قطرے پلائے جائیں گے"};
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < stories.length; i++) {
            String text = stories[i] + " (" + run + ")\n\n" + footer;
            ids.add(UUID.fromString(given().contentType("application/json")
                    .body(Map.of("url", "https://urdu.example/" + run + "/" + i, "publisher", publisher, "text", text))
                    .post("/dedup/v1/articles").then().statusCode(201).extract().path("articleId")));
        }
        long footerHash = Boilerplate.paragraphs(ArticleText.of(footer)).iterator().next();
        assertEquals(3, count(publisher, footerHash));
        // What an older analysis left: every paragraph counted under another hash.
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : ids) {
                ArticleEntity article = ArticleEntity.findById(id);
                Set<Long> counted = Arrays.stream(article.countedParagraphs).boxed().collect(Collectors.toSet());
                Set<Long> old = counted.stream().map(AnalysisRefreshTest::olderHash).collect(Collectors.toSet());
                corpus.learnBoilerplate(publisher, counted, -1);
                corpus.learnBoilerplate(publisher, old, 1);
                article.countedParagraphs = old.stream().mapToLong(Long::longValue).toArray();
                article.analysisVersion = 1;
            }
        });
        assertEquals(0, count(publisher, footerHash));
        assertEquals(3, count(publisher, olderHash(footerHash)));

        assertTrue(refresh.refresh() >= 3);

        assertEquals(3, count(publisher, footerHash));
        assertEquals(0, count(publisher, olderHash(footerHash)));
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : ids) {
                ArticleEntity article = ArticleEntity.findById(id);
                assertTrue(Arrays.stream(article.countedParagraphs).anyMatch(h -> h == footerHash));
            }
        });
        // A delete takes back what the article counts now.
        given().delete("/dedup/v1/articles/" + ids.get(0)).then().statusCode(204);
        assertEquals(2, count(publisher, footerHash));
    }

    private static long olderHash(long hash) {
        return hash ^ 0x5DEECE66DL;
    }

    private static int count(String publisher, long hash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PublisherParagraphEntity row = PublisherParagraphEntity
                    .findById(new PublisherParagraphEntity.Key(publisher, hash));
            return row == null ? 0 : row.articleCount;
        });
    }
}

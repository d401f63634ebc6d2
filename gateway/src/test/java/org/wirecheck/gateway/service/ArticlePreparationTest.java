package org.wirecheck.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.api.ArticleSubmission;

class ArticlePreparationTest {

    private static final String TEXT = "Floods in Herat killed twelve people on Monday, officials said.";

    private final ArticlePreparation preparation = new ArticlePreparation();

    private PreparedArticle prepare(String url) {
        return preparation.prepare(new ArticleSubmission(url, null, null, null, null, TEXT, null), "");
    }

    @Test
    void urlsWithAHostInAnyScriptOrAnOpaqueUrnAreAccepted() {
        for (String url : new String[]{"https://www.example.org/a", "https://пример.рф/статья?q=ä#x",
                "http://مثال.إختبار/خبر", "https://8am.media/fa/گزارش-سیلاب", "urn:sha256:abc"}) {
            assertEquals(url, prepare(url).url());
        }
    }

    @Test
    void urlsWithoutAHostAreRefusedNamingTheField() {
        for (String url : new String[]{"/a/b", "https:///path", "https://exa mple.org/", "not a url at all ::"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> prepare(url), url);
            assertEquals("url", e.errors().get(0).field(), url);
        }
    }
}

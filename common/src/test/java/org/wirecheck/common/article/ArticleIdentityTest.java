package org.wirecheck.common.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    private static final String URL = "https://example.org/news/1";

    @Test
    void theContentHashIsPinned() {
        // Golden value: changing the normalisation changes every stored id, so it must be a deliberate change.
        // (sha256sum of the folded text "Kabul — Officials said." in UTF-8.)
        assertEquals("66692b105d597d7c0a8f6029b1b59788a6cc078db1777b5f2cb37b982ffb49e6",
                ArticleIdentity.contentHash("Kabul —\u00A0Officials said."));
        assertEquals(ArticleIdentity.contentHash("Kabul — Officials said."),
                ArticleIdentity.contentHash("  Kabul —\u00A0Officials\n\nsaid. "));
    }

    @Test
    void sameUrlAndContentGiveTheSameId() {
        UUID first = ArticleIdentity.articleId(URL, "Kabul — Officials said.");
        assertEquals(first, ArticleIdentity.articleId(URL + " ", "Kabul —\u00A0Officials   said."));
    }

    @Test
    void aChangedWordOrUrlGivesANewId() {
        UUID first = ArticleIdentity.articleId(URL, "Kabul — Officials said.");
        assertNotEquals(first, ArticleIdentity.articleId(URL, "Kabul — Officials denied."));
        assertNotEquals(first, ArticleIdentity.articleId(URL + "?page=2", "Kabul — Officials said."));
    }

    @Test
    void anArticleWithoutUrlHasNoIdentity() {
        assertThrows(IllegalArgumentException.class, () -> ArticleIdentity.articleId(" ", "text"));
    }
}

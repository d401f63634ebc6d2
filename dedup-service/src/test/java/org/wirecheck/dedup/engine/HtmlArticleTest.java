package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlArticleTest {

    @Test
    void blocksBecomeParagraphsAndScriptsDisappear() {
        String html = "<html><head><style>p{}</style></head><body><h1>Title here</h1><script>x()</script>"
                + "<p>First <b>bold</b> words.</p><ul><li>One</li><li>Two</li></ul><p>Line<br>break</p></body></html>";
        assertEquals("Title here\n\nFirst bold words.\n\nOne\n\nTwo\n\nLine\nbreak", HtmlArticle.text(html));
    }

    @Test
    void softHyphensAndZeroWidthSpacesAreNotRead() {
        assertEquals("The government of Kabul", HtmlArticle.text("<p>The gov&shy;ern&shy;ment of Ka&#8203;bul</p>"));
    }

    @Test
    void aNulCharacterReferenceBecomesTheReplacementCharacter() {
        // Offsets are kept: one char for one.
        assertEquals("Floods \uFFFD in Herat, \uFFFD again.",
                HtmlArticle.text("<p>Floods &#0; in Herat, &#x0000; again.</p>"));
    }
}

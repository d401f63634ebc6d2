package org.wirecheck.gateway.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The published report schema (docs/schemas) against reports the gateway writes. */
class ReportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode report(String attributionScore, String credibilityScore) throws Exception {
        return JSON.readTree("""
                {"articleId": "7a6672cb-51c3-3495-802e-7c96e9468f09", "url": "https://8am.media/fa/1",
                 "duplicates": [], "flags": ["LANGUAGE_NOT_READ"], "degraded": false, "missing": [],
                 "attribution": {"score": %s, "quotes": [], "attributions": [], "sources": []},
                 "credibility": {"score": %s, "signals": []}}""".formatted(attributionScore, credibilityScore));
    }

    @Test
    void anArticleWhoseLanguageIsNotReadHasNullScoresInTheContract() throws Exception {
        assertEquals(Set.of(), PublishedSchemas.violations("report.schema.json", report("null", "null")));
        assertEquals(Set.of(), PublishedSchemas.violations("report.schema.json", report("54", "61.5")));
        assertFalse(PublishedSchemas.violations("report.schema.json", report("\"none\"", "null")).isEmpty());
        assertFalse(PublishedSchemas.violations("report.schema.json", report("null", "101")).isEmpty());
    }
}

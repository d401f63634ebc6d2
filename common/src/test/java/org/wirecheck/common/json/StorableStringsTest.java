package org.wirecheck.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class StorableStringsTest {

    record Origin(String publisher) {
    }

    record Article(String url, String text, List<String> tags, List<Origin> origins, Map<String, String> meta) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(StorableStrings.module());

    @Test
    void aStringWithoutNulIsReadAsItIs() throws Exception {
        Article a = mapper.readValue("""
                {"url": "https://x.org/1", "text": "Tab\\there, \\u00a0no-break, \\ud83d\\ude42 and \\u0001",
                 "tags": ["a"], "origins": [{"publisher": "AP"}], "meta": {"k": "v"}}""", Article.class);
        assertEquals("Tab\there, \u00a0no-break, \ud83d\ude42 and \u0001", a.text());
        assertEquals("AP", a.origins().get(0).publisher());
    }

    @Test
    void aNulIsRefusedWithThePathOfItsField() {
        assertEquals("text", pathOf("{\"url\": \"https://x.org/1\", \"text\": \"abc\\u0000def\"}"));
        assertEquals("tags[1]", pathOf("{\"tags\": [\"a\", \"b\\u0000\"]}"));
        assertEquals("origins[0].publisher", pathOf("{\"origins\": [{\"publisher\": \"\\u0000AP\"}]}"));
        assertEquals("meta.k", pathOf("{\"meta\": {\"k\": \"v\\u0000\"}}"));
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"text\": \"abc\\u0000def\"}", Article.class));
        assertTrue(e.getOriginalMessage().contains("NUL character (U+0000) at index 3"), e.getOriginalMessage());
    }

    private String pathOf(String json) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Article.class));
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

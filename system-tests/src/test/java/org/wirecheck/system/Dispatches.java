package org.wirecheck.system;

import java.util.Map;
import java.util.Random;

import org.wirecheck.testing.ZipfVocabulary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Synthetic wire dispatches for pipeline tests and the throughput benchmark: four paragraphs of 40 words drawn from a
 * 20,000-word Zipf vocabulary ({@link ZipfVocabulary}) with a fixed seed, so runs are repeatable, and dispatches share
 * common words the way unrelated stories do but are no duplicates of each other.
 */
final class Dispatches {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZipfVocabulary WORDS = new ZipfVocabulary(20_000, 1.0, 2024);

    private final Random random;

    Dispatches(long seed) {
        this.random = new Random(seed);
    }

    /** The JSON body of dispatch number {@code i}, published at {@code url}: four paragraphs, 160 words. */
    String next(String url, int i) {
        return next(url, i, 4);
    }

    /** The JSON body of dispatch number {@code i} with {@code paragraphs} paragraphs of 40 words. */
    String next(String url, int i, int paragraphs) {
        StringBuilder text = new StringBuilder("Dispatch ").append(i).append(".");
        for (int p = 0; p < paragraphs; p++) {
            text.append("\n\n").append(WORDS.sentence(random, 40));
        }
        try {
            return JSON.writeValueAsString(Map.of("url", url, "publisher", "Wire " + (i % 50), "text",
                    text.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

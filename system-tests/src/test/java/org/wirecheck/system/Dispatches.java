package org.wirecheck.system;

import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Synthetic wire dispatches for pipeline tests and the throughput benchmark: four paragraphs of 40 words drawn from a
 * newsroom vocabulary with a fixed seed, so runs are repeatable and no two dispatches are duplicates of each other.
 */
final class Dispatches {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WORDS = List.of("province", "officials", "said", "border", "trade", "talks",
            "council", "minister", "village", "market", "drought", "wheat", "convoy", "highway", "election", "court",
            "teachers", "students", "clinic", "refugees", "returned", "customs", "prices", "rain", "bridge",
            "mosque", "police", "district", "governor", "budget", "water", "power", "hospital", "airport");

    private final Random random;

    Dispatches(long seed) {
        this.random = new Random(seed);
    }

    /** The JSON body of dispatch number {@code i}, published at {@code url}. */
    String next(String url, int i) {
        StringBuilder text = new StringBuilder("Dispatch ").append(i).append(".");
        for (int p = 0; p < 4; p++) {
            text.append("\n\n");
            for (int w = 0; w < 40; w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(w == 39 ? "." : " ");
            }
        }
        try {
            return JSON.writeValueAsString(Map.of("url", url, "publisher", "Wire " + (i % 50), "text",
                    text.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

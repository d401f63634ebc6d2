package org.wirecheck.dedup.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Synonyms from Princeton WordNet 3.0 as Debian's {@code wordnet} package installs it ({@code /usr/share/wordnet}):
 * for each lemma, the other one-word lemmas of its most frequent sense, over nouns, verbs, adjectives and adverbs. This
 * is what a cheap article spinner does: swap a word for a "synonym" without looking at the context.
 */
final class WordNetSynonyms {

    static final Path DEBIAN_WORDNET = Path.of("/usr/share/wordnet");

    private final Map<String, List<String>> synonyms;

    private WordNetSynonyms(Map<String, List<String>> synonyms) {
        this.synonyms = synonyms;
    }

    /** Loads WordNet, or empty if the package is not installed. */
    static Optional<WordNetSynonyms> load() throws IOException {
        if (!Files.isRegularFile(DEBIAN_WORDNET.resolve("index.noun"))) {
            return Optional.empty();
        }
        Map<String, List<String>> synonyms = new HashMap<>();
        for (String pos : List.of("noun", "verb", "adj", "adv")) {
            Map<String, List<String>> synsets = new HashMap<>();
            for (String line : Files.readAllLines(DEBIAN_WORDNET.resolve("data." + pos), StandardCharsets.UTF_8)) {
                if (line.startsWith(" ")) {
                    continue;
                }
                String[] f = line.split(" ");
                int words = Integer.parseInt(f[3], 16);
                List<String> lemmas = new ArrayList<>(words);
                for (int w = 0; w < words; w++) {
                    String lemma = f[4 + 2 * w].replaceAll("\\(.*\\)$", "");
                    if (!lemma.contains("_")) {
                        lemmas.add(lemma.toLowerCase());
                    }
                }
                synsets.put(f[0], lemmas);
            }
            for (String line : Files.readAllLines(DEBIAN_WORDNET.resolve("index." + pos), StandardCharsets.UTF_8)) {
                if (line.startsWith(" ")) {
                    continue;
                }
                String[] f = line.split(" ");
                String lemma = f[0];
                if (lemma.contains("_") || synonyms.containsKey(lemma)) {
                    continue;
                }
                int pointers = Integer.parseInt(f[3]);
                String firstSense = f[4 + pointers + 2];
                List<String> others = synsets.getOrDefault(firstSense, List.of()).stream()
                        .filter(s -> !s.equals(lemma)).toList();
                if (!others.isEmpty()) {
                    synonyms.put(lemma, others);
                }
            }
        }
        return Optional.of(new WordNetSynonyms(synonyms));
    }

    /** Synonyms of a lower-case word, empty if WordNet has none. */
    List<String> of(String word) {
        return synonyms.getOrDefault(word, List.of());
    }

    int size() {
        return synonyms.size();
    }
}

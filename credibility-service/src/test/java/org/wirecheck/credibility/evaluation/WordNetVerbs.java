package org.wirecheck.credibility.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Experiment: WordNet verb lexicographer classes (verb.communication, verb.cognition, …) of an inflected word. */
final class WordNetVerbs {

    private final Map<String, Integer> union = new HashMap<>();
    private final Map<String, Integer> first = new HashMap<>();
    private final Map<String, String> exceptions = new HashMap<>();

    WordNetVerbs(Path dict) {
        try {
            Map<Long, Integer> lexfile = new HashMap<>();
            for (String line : Files.readAllLines(dict.resolve("data.verb"))) {
                if (line.startsWith(" ")) {
                    continue;
                }
                String[] c = line.split(" ", 3);
                lexfile.put(Long.parseLong(c[0]), Integer.parseInt(c[1]));
            }
            for (String line : Files.readAllLines(dict.resolve("index.verb"))) {
                if (line.startsWith(" ")) {
                    continue;
                }
                String[] c = line.trim().split(" ");
                String lemma = c[0];
                int synsets = Integer.parseInt(c[2]);
                int mask = 0;
                int firstClass = -1;
                for (int i = c.length - synsets; i < c.length; i++) {
                    int lf = lexfile.get(Long.parseLong(c[i]));
                    mask |= 1 << (lf - 29);
                    if (firstClass < 0) {
                        firstClass = lf;
                    }
                }
                String key = lemma.contains("_") ? null : lemma;
                if (key != null) {
                    union.merge(key, mask, (a, b) -> a | b);
                    first.putIfAbsent(key, firstClass);
                }
            }
            for (String line : Files.readAllLines(dict.resolve("verb.exc"))) {
                String[] c = line.split(" ");
                exceptions.put(c[0], c[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String lemma(String w) {
        if (exceptions.containsKey(w) && union.containsKey(exceptions.get(w))) {
            return exceptions.get(w);
        }
        if (union.containsKey(w)) {
            return w;
        }
        for (String[] r : List.of(new String[]{"ies", "y"}, new String[]{"es", "e"}, new String[]{"es", ""},
                new String[]{"s", ""}, new String[]{"ed", "e"}, new String[]{"ed", ""}, new String[]{"ing", "e"},
                new String[]{"ing", ""})) {
            if (w.endsWith(r[0])) {
                String l = w.substring(0, w.length() - r[0].length()) + r[1];
                if (union.containsKey(l)) {
                    return l;
                }
                // Doubled consonant: "committed" -> "commit".
                if (l.length() > 2 && r[1].isEmpty() && l.charAt(l.length() - 1) == l.charAt(l.length() - 2)
                        && union.containsKey(l.substring(0, l.length() - 1))) {
                    return l.substring(0, l.length() - 1);
                }
            }
        }
        return null;
    }

    /** Bits 0..14: the verb classes of all the word's senses; bits 16..: its first sense's class + 1; 0 if none. */
    int classes(String lower) {
        String l = lemma(lower);
        if (l == null) {
            return 0;
        }
        return union.get(l) | ((first.get(l) - 28) << 16);
    }
}

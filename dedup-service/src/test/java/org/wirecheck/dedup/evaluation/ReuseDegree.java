package org.wirecheck.dedup.evaluation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much of its original's wording a reused text keeps, measured the same simple way (independent of the engine)
 * for the Clough–Stevenson categories and the news benchmark's edited reprints and spun copies: the share of the
 * copy's word unigrams and bigrams (lower-cased letters and digits) that occur in the original. Shows where the two
 * corpora put the line between a copy with words changed and a paraphrase (docs/dedup-evaluation.md).
 * <p>
 * Run: {@code java -cp <test classpath> org.wirecheck.dedup.evaluation.ReuseDegree [seed]}; needs ../shared and
 * Debian's wordnet.
 */
public final class ReuseDegree {

    private ReuseDegree() {
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    static double kept(String copy, String original, int n) {
        Set<String> grams = new HashSet<>(grams(words(original), n));
        List<String> mine = grams(words(copy), n);
        if (mine.isEmpty()) {
            return 0;
        }
        return mine.stream().filter(grams::contains).count() / (double) mine.size();
    }

    private static List<String> grams(List<String> w, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + n <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + n)));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2;
        Map<String, List<double[]>> byKind = new LinkedHashMap<>();
        Path cs = SharedData.dataSet("clough-stevenson-short-answers").resolve("data");
        for (String line : Files.readAllLines(cs.resolve("file_information.csv"), StandardCharsets.UTF_8).subList(1,
                101)) {
            String[] f = line.split(",");
            if (f[2].equals("orig")) {
                continue;
            }
            String answer = new String(Files.readAllBytes(cs.resolve(f[0])), StandardCharsets.UTF_8);
            String source = new String(Files.readAllBytes(cs.resolve("orig_task" + f[1] + ".txt")),
                    StandardCharsets.UTF_8);
            byKind.computeIfAbsent("Clough-Stevenson " + f[2], k -> new ArrayList<>())
                    .add(new double[]{kept(answer, source, 1), kept(answer, source, 2)});
        }
        NewsBenchmark news = new NewsBenchmark(SharedData.dataSet("polnear").resolve("data"), seed,
                WordNetSynonyms.load().orElseThrow());
        Map<String, String> corpus = new HashMap<>();
        for (NewsBenchmark.Step s : news.steps()) {
            if (s.kind().equals("index")) {
                corpus.put(s.article().key(), s.article().text());
            } else if (s.kind().equals("near-duplicate") || s.kind().equals("paraphrase")) {
                String original = corpus.get(s.expected().keySet().iterator().next());
                byKind.computeIfAbsent("news " + s.kind(), k -> new ArrayList<>())
                        .add(new double[]{kept(s.article().text(), original, 1),
                                kept(s.article().text(), original, 2)});
            }
        }
        System.out.println("| texts | n | unigrams kept: min / median / max | bigrams kept: min / median / max |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, List<double[]>> e : byKind.entrySet()) {
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s |%n", e.getKey(), e.getValue().size(),
                    spread(e.getValue(), 0), spread(e.getValue(), 1));
        }
    }

    private static String spread(List<double[]> values, int i) {
        double[] v = values.stream().mapToDouble(x -> x[i]).sorted().toArray();
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", v[0], v[v.length / 2], v[v.length - 1]);
    }
}

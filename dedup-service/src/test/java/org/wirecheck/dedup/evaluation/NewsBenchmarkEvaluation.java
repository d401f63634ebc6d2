package org.wirecheck.dedup.evaluation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.engine.ArticleText;
import org.wirecheck.dedup.engine.Boilerplate;
import org.wirecheck.dedup.engine.MiniLmSentenceEmbedder;
import org.wirecheck.dedup.engine.Relation;
import org.wirecheck.dedup.engine.Reprint;
import org.wirecheck.dedup.engine.ReprintIndex;
import org.wirecheck.dedup.engine.ReprintJudge;
import org.wirecheck.dedup.engine.ReprintRules;
import org.wirecheck.dedup.engine.WordSwaps;

/**
 * Runs the generated PolNeAR news benchmark ({@link NewsBenchmark}) through the engine as the service runs it: the
 * {@link ReprintIndex} with default rules, articles read back and analysed with their publisher's learned boilerplate
 * (a paragraph on 3 or more of its articles), lexical path first and the embedding path only where that finds nothing
 * or leaves a candidate unresolved.
 * <p>
 * {@code ./mvnw -B -o -pl dedup-service test -Pevaluation -Dnews.seed=2 -Dtest=NewsBenchmarkEvaluation} (seeds 1 and 3 were used to choose rules
 * and thresholds, 2 is the reported run). Besides precision and recall it reports how often the embedding model ran
 * and how long checks took (the model is loaded before the first timed check, as the service loads it once).
 */
@Tag("evaluation")
class NewsBenchmarkEvaluation {

    private static final int BOILERPLATE_MIN_ARTICLES = 3;

    @Test
    void relationsOnTheGeneratedNewsBenchmark() throws Exception {
        Path polnear = SharedData.dataSet("polnear").resolve("data");
        Optional<WordNetSynonyms> wordNet = WordNetSynonyms.load();
        assumeTrue(wordNet.isPresent(), "WordNet (Debian package 'wordnet', /usr/share/wordnet) is not installed; "
                + "the spun copies need it. apt-get install -y wordnet");
        long seed = Long.getLong("news.seed", 2);
        // -Dnews.spinShare=0.7: spun copies with heavier spinning (another benchmark; see NewsBenchmark)
        double spinShare = Double.parseDouble(
                System.getProperty("news.spinShare", Double.toString(NewsBenchmark.DEFAULT_SPIN_SHARE)));
        NewsBenchmark benchmark = new NewsBenchmark(polnear, seed, wordNet.get(), spinShare);

        Map<UUID, NewsBenchmark.Article> stored = new HashMap<>();
        Map<String, UUID> idOfKey = new HashMap<>();
        Map<UUID, String> keyOfId = new HashMap<>();
        Map<String, Map<Long, Integer>> paragraphCounts = new HashMap<>();
        // Counts the articles sent through the embedding model (each call embeds one article's sentences).
        MiniLmSentenceEmbedder model = new MiniLmSentenceEmbedder();
        // Loaded once per JVM, as in the service, before any check is timed.
        model.embed(List.of("The model is loaded before the checks are timed."));
        java.util.concurrent.atomic.AtomicInteger embedderCalls = new java.util.concurrent.atomic.AtomicInteger();
        ReprintJudge judge = new ReprintJudge(ReprintRules.DEFAULT, sentences -> {
            embedderCalls.incrementAndGet();
            return model.embed(sentences);
        });
        ReprintIndex index = new ReprintIndex(judge,
                id -> stored.containsKey(id) ? analyse(stored.get(id), paragraphCounts) : null);

        Map<Relation, int[]> counts = new EnumMap<>(Relation.class); // tp, fp, fn
        for (Relation r : Relation.values()) {
            counts.put(r, new int[3]);
        }
        Map<String, int[]> byKind = new LinkedHashMap<>(); // cases, cases fully right, false relations
        StringBuilder errors = new StringBuilder();
        long checkNanos = 0;
        int checks = 0;
        List<Long> checkTimes = new java.util.ArrayList<>();
        // checks, checks reaching the model, model calls, microseconds, checks over 50 ms
        Map<String, long[]> embedsByKind = new LinkedHashMap<>();
        int embedCallsTotal = 0;
        SwapTally swapTally = new SwapTally();
        List<Double> spunBigramsKept = new java.util.ArrayList<>();
        for (NewsBenchmark.Step step : benchmark.steps()) {
            NewsBenchmark.Article article = step.article();
            if (step.kind().equals("index")) {
                UUID id = UUID.nameUUIDFromBytes(article.key().getBytes());
                AnalysedArticle analysed = analyse(article, paragraphCounts);
                // As the service counts the paragraphs of an article it indexes: not those repeated from an earlier
                // version of the story by the same publisher, found on the lexical path (a version repeats whole
                // paragraphs word for word, so the paraphrase path adds none).
                List<ArticleText> sameStory = index.findLexical(analysed, article.publisher(), null).stream()
                        .map(r -> stored.get(r.other()))
                        .filter(other -> other.publisher().equals(article.publisher()))
                        .map(other -> ArticleText.of(other.text())).toList();
                stored.put(id, article);
                idOfKey.put(article.key(), id);
                keyOfId.put(id, article.key());
                index.add(id, article.publisher(), analysed);
                countParagraphs(article, sameStory, paragraphCounts);
                continue;
            }
            if (step.kind().equals("paraphrase")) {
                String original = stored.get(idOfKey.get(step.expected().keySet().iterator().next())).text();
                spunBigramsKept.add(ReuseDegree.kept(article.text(), original, 2));
            }
            int callsBefore = embedderCalls.get();
            long start = System.nanoTime();
            List<Reprint> found = index.find(analyse(article, paragraphCounts), article.publisher(), null);
            long took = System.nanoTime() - start;
            checkNanos += took;
            checkTimes.add(took);
            checks++;
            int calls = embedderCalls.get() - callsBefore;
            embedCallsTotal += calls;
            long[] embeds = embedsByKind.computeIfAbsent(step.kind(), k -> new long[5]);
            embeds[0]++;
            embeds[1] += calls > 0 ? 1 : 0;
            embeds[2] += calls;
            embeds[3] += took / 1000;
            embeds[4] += took > 50_000_000L ? 1 : 0;
            Map<String, Relation> predicted = new HashMap<>();
            found.forEach(r -> predicted.put(keyOfId.get(r.other()), r.relation()));
            int[] kind = byKind.computeIfAbsent(step.kind(), k -> new int[3]);
            kind[0]++;
            boolean right = predicted.equals(step.expected());
            if (right) {
                kind[1]++;
            }
            for (var e : step.expected().entrySet()) {
                Relation got = predicted.get(e.getKey());
                counts.get(e.getValue())[got == e.getValue() ? 0 : 2]++;
            }
            for (var p : predicted.entrySet()) {
                if (p.getValue() != step.expected().get(p.getKey())) {
                    counts.get(p.getValue())[1]++;
                    kind[2]++;
                }
            }
            for (Reprint r : found) {
                NewsBenchmark.Article other = stored.get(r.other());
                if (step.kind().equals("paraphrase") && r.relation() == Relation.PARAPHRASE
                        && step.expected().get(other.key()) == Relation.PARAPHRASE) {
                    swapTally.add(article.text(), other.text(), r, wordNet.get());
                }
            }
            if (!right && errors.length() < 200_000) {
                errors.append(String.format("%s %s: expected %s, got %s%n", step.kind(), article.key(),
                        step.expected(), describe(found, keyOfId)));
            }
        }
        StringBuilder report = new StringBuilder();
        java.util.Collections.sort(checkTimes);
        double[] kept = spunBigramsKept.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report.append(String.format("Spin share %.2f (the reported benchmark: %.2f): the spun copies keep %.2f / "
                + "%.2f / %.2f (min / median / max) of their word bigrams from the original (ReuseDegree)%n%n",
                spinShare, NewsBenchmark.DEFAULT_SPIN_SHARE, kept[0], kept[kept.length / 2], kept[kept.length - 1]));
        report.append(String.format("Seed %d: %d corpus articles indexed (%d PolNeAR texts left out as copies of a "
                + "story already taken), %d checks, mean check %.2f ms "
                + "(median %.2f ms, 99th percentile %.2f ms, %d checks over 50 ms)%n%n", seed,
                benchmark.corpus().size(), benchmark.sameStoryLeftOut(), checks, checkNanos / 1e6 / checks,
                checkTimes.get(checks / 2) / 1e6,
                checkTimes.get(Math.min(checks - 1, (int) Math.ceil(checks * 0.99) - 1)) / 1e6,
                checkTimes.stream().filter(t -> t > 50_000_000L).count()));
        report.append(
                "| relation | expected pairs | true positives | false positives | false negatives | precision | recall |\n");
        report.append("|---|---|---|---|---|---|---|\n");
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            report.append(String.format("| %s | %d | %d | %d | %d | %.3f | %.3f |%n", e.getKey(), c[0] + c[2], c[0],
                    c[1], c[2], c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]),
                    c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2])));
        }
        report.append("\n| case kind | cases | exactly right | wrong relations reported |\n|---|---|---|---|\n");
        byKind.forEach((k, v) -> report.append(String.format("| %s | %d | %d | %d |%n", k, v[0], v[1], v[2])));
        report.append(String.format("%nEmbedding model: %d articles embedded in %d checks (%.3f per check; "
                + "the query's own sentences and any corpus article not yet in the index's cache count one each)%n%n",
                embedCallsTotal, checks, (double) embedCallsTotal / checks));
        report.append("| case kind | checks | checks reaching the model | articles embedded | per check "
                + "| mean check ms | checks over 50 ms |\n|---|---|---|---|---|---|---|\n");
        embedsByKind.forEach((k, v) -> report.append(String.format("| %s | %d | %d | %d | %.2f | %.2f | %d |%n", k,
                v[0], v[1], v[2], (double) v[2] / v[0], v[3] / 1e3 / v[0], v[4])));
        report.append(swapTally.report());
        System.out.println(report);
        System.out.println(errors);
        Files.writeString(SharedData.reportDir().resolve("news-benchmark-seed" + seed
                + (spinShare != NewsBenchmark.DEFAULT_SPIN_SHARE ? "-spin" + spinShare : "") + ".md"),
                report + "\n```\n" + errors + "```\n");
    }

    /**
     * The swapped words reported for the spun copies found (what the gateway turns into {@code SPIN_ARTIFACTS}), and
     * how many the generator's own operations explain: the copy's words are the original's, each kept or replaced by
     * one of its WordNet synonyms, glued or not. Clause swaps and words a synonym happened to equal are the rest.
     */
    static final class SwapTally {
        private int copies, flagged, swaps, explained, single;

        void add(String copy, String original, Reprint r, WordNetSynonyms wordNet) {
            List<WordSwaps.Swap> found = WordSwaps.find(ArticleText.of(copy), ArticleText.of(original), r.passages(),
                    200);
            copies++;
            flagged += found.size() >= 2 ? 1 : 0;
            for (WordSwaps.Swap s : found) {
                swaps++;
                String[] words = original.substring(s.otherStart(), s.otherEnd()).toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}]+");
                single += words.length == 1 ? 1 : 0;
                if (explains(words, 0, letters(copy.substring(s.start(), s.end())), wordNet)) {
                    explained++;
                }
            }
        }

        private static String letters(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        }

        /** Can {@code rest} be spelt as words[from..], each word itself or one of its synonyms? */
        private static boolean explains(String[] words, int from, String rest, WordNetSynonyms wordNet) {
            if (from == words.length) {
                return rest.isEmpty();
            }
            if (words[from].isEmpty()) {
                return explains(words, from + 1, rest, wordNet);
            }
            List<String> options = new java.util.ArrayList<>(wordNet.of(words[from]));
            options.add(words[from]);
            for (String option : options) {
                String spelt = letters(option);
                if (rest.startsWith(spelt) && explains(words, from + 1, rest.substring(spelt.length()), wordNet)) {
                    return true;
                }
            }
            return false;
        }

        String report() {
            return String.format("%nSwapped words on the spun copies found (PARAPHRASE to their source): %d copies, "
                    + "%d with 2 or more swaps listed (the gateway's SPIN_ARTIFACTS rule), %.1f swaps per copy, "
                    + "%.3f of swaps one word in the original, %.3f explained by the generator's synonym and glue "
                    + "operations%n", copies, flagged, copies == 0 ? 0.0 : (double) swaps / copies,
                    swaps == 0 ? 0.0 : (double) single / swaps, swaps == 0 ? 0.0 : (double) explained / swaps);
        }
    }

    private static String describe(List<Reprint> found, Map<UUID, String> keyOfId) {
        StringBuilder s = new StringBuilder("{");
        for (Reprint r : found) {
            s.append(String.format("%s=%s(sim %.2f, in %.2f/%.2f, %d passages) ", keyOfId.get(r.other()),
                    r.relation(), r.similarity(), r.thisInOther(), r.otherInThis(), r.passages().size()));
        }
        return s.append('}').toString();
    }

    private static AnalysedArticle analyse(NewsBenchmark.Article article, Map<String, Map<Long, Integer>> counts) {
        Map<Long, Integer> learned = counts.getOrDefault(article.publisher(), Map.of());
        return AnalysedArticle.of(article.text(),
                hash -> learned.getOrDefault(hash, 0) >= BOILERPLATE_MIN_ARTICLES);
    }

    /** As the service does: {@link Boilerplate#paragraphsToCount} once for the article's publisher. */
    private static void countParagraphs(NewsBenchmark.Article article, List<ArticleText> sameStory,
            Map<String, Map<Long, Integer>> counts) {
        Map<Long, Integer> publisher = counts.computeIfAbsent(article.publisher(), p -> new HashMap<>());
        for (long paragraph : Boilerplate.paragraphsToCount(ArticleText.of(article.text()), sameStory)) {
            publisher.merge(paragraph, 1, Integer::sum);
        }
    }
}

package org.wirecheck.dedup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.commons.text.similarity.IntersectionResult;
import org.apache.commons.text.similarity.IntersectionSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.engine.ArticleText;
import org.wirecheck.dedup.engine.Reprint;
import org.wirecheck.dedup.engine.ReprintIndex;
import org.wirecheck.dedup.engine.ReprintJudge;
import org.wirecheck.dedup.engine.ReprintRules;

import info.debatty.java.lsh.LSH;
import info.debatty.java.lsh.MinHash;

/**
 * Lexical path side by side, on the same synthetic corpus in the same run: one operation is one incoming article
 * turned into a signature, looked up (candidates verified) and added to the index.
 * <ul>
 * <li>{@code wirecheck}: {@link AnalysedArticle} (words, shingles, winnowing) + {@link ReprintIndex#findLexical} (verification
 * word for word, passages) + {@link ReprintIndex#add};
 * <li>{@code wirecheckCandidates}: the same analysis + {@link ReprintIndex#lexicalCandidates} (the fingerprint
 * lookup alone, no article read back or verified) + {@link ReprintIndex#add}: the stage java-lsh's MinHash LSH also
 * runs, signature, index and query;
 * <li>{@code javaLsh}: info.debatty java-lsh 0.12, MinHash of 128 permutations over the same word 5-shingles, LSH with
 * 32 bands of 4 rows, candidates verified by signature similarity >= 0.5, then added to the buckets;
 * <li>{@code bruteForceCommonsText}: Commons Text {@link IntersectionSimilarity} (Jaccard of the shingle sets) against
 * every indexed article, over a 1,000-article corpus (it is linear in the corpus).
 * </ul>
 * Incoming articles: {@value #QUERIES} distinct texts, half edited reprints of indexed articles (spread over the whole
 * corpus, so an edited reprint also meets the earlier reprints of its story), half new. Recall on edited reprints (did
 * the method find the article a query was made from) is measured in the set-up, on the same queries, and written to
 * {@code target/bench/lexical-recall.txt}. Each benchmark method also reports its thread's CPU time ({@link CpuTime}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LexicalPathBenchmark {

    /**
     * Incoming articles, each analysed, looked up and inserted: enough that a run goes through them only a few times,
     * since each pass adds one more copy of every article to the index (a story received again), and that the texts
     * do not all stay in the CPU caches.
     */
    private static final int QUERIES = 50_000;
    private static final int BRUTE_FORCE_CORPUS = 1_000;

    @Param({"10000"})
    public int corpusSize;

    private final SyntheticNews news = new SyntheticNews(42);
    private ReprintIndex index;
    /** The indexed corpus, analysed: read back to verify candidates (the service reads them through its cache). */
    private final Map<UUID, AnalysedArticle> stored = new HashMap<>();
    /**
     * An inserted query is read back as the analysis the operation made of its text, kept once per distinct text
     * (every copy of a query has the same words), so memory stays bounded while the run inserts copy after copy.
     */
    private AnalysedArticle[] analysedQueries;
    private final List<String> queries = new ArrayList<>();
    private final List<Long> sources = new ArrayList<>();
    private int next;
    private int current;
    private int added;
    /** The query each inserted article was made from, by insert number. */
    private int[] insertedQuery = new int[1 << 16];

    private MinHash minHash;
    private LSH lsh;
    private List<Map<Integer, List<Integer>>> buckets;
    private final List<int[]> signatures = new ArrayList<>();

    private final Map<CharSequence, Set<Integer>> shingleSets = new IdentityHashMap<>();
    private final List<String> bruteForceCorpus = new ArrayList<>();
    private final IntersectionSimilarity<Integer> jaccard = new IntersectionSimilarity<>(shingleSets::get);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        index = new ReprintIndex(new ReprintJudge(ReprintRules.DEFAULT, sentences -> {
            throw new IllegalStateException("The lexical benchmark must not reach the embedding model");
        }), this::readBack);
        minHash = new MinHash(128, Integer.MAX_VALUE, 7);
        lsh = new LSH(32, 1 << 20) {
        };
        buckets = new ArrayList<>();
        for (int b = 0; b < 32; b++) {
            buckets.add(new HashMap<>());
        }
        for (int i = 0; i < corpusSize; i++) {
            String text = news.article(i);
            AnalysedArticle article = AnalysedArticle.of(text);
            UUID id = new UUID(0, i);
            stored.put(id, article);
            index.add(id, null, article);
            lshAdd(shingles(text));
            if (i < BRUTE_FORCE_CORPUS) {
                bruteForceCorpus.add(text);
                shingleSets.put(text, shingles(text));
            }
        }
        analysedQueries = new AnalysedArticle[QUERIES];
        for (int q = 0; q < QUERIES; q++) {
            // Half edited reprints of indexed articles, half new articles.
            // Sources spread over the whole corpus: a story is reprinted a few times, not dozens.
            long source = q % 2 == 0 ? (q * 7919L) % corpusSize : -1;
            sources.add(source);
            queries.add(source >= 0 ? news.editedReprint(source, q) : news.article(10_000_000L + q));
        }
        writeRecall();
    }

    private void writeRecall() throws IOException {
        int reprints = 0, wirecheckFound = 0, candidatesFound = 0, lshFound = 0, bruteFound = 0, bruteChecked = 0;
        for (int q = 0; q < QUERIES; q++) {
            long source = sources.get(q);
            if (source < 0) {
                continue;
            }
            reprints++;
            UUID expected = new UUID(0, source);
            AnalysedArticle article = AnalysedArticle.of(queries.get(q));
            if (index.findLexical(article, null, null).stream().anyMatch(r -> r.other().equals(expected))) {
                wirecheckFound++;
            }
            if (index.lexicalCandidates(article, null).contains(expected)) {
                candidatesFound++;
            }
            if (lshQuery(shingles(queries.get(q))).contains((int) source)) {
                lshFound++;
            }
            if (source < BRUTE_FORCE_CORPUS && bruteChecked < 100) {
                bruteChecked++;
                if (bruteForce(queries.get(q)).contains((int) source)) {
                    bruteFound++;
                }
            }
        }
        String report = String.format(
                "corpus %d, edited-reprint queries %d%nwirecheck recall %.4f%n"
                        + "wirecheck candidates (lookup only) recall %.4f%njava-lsh recall %.4f%n"
                        + "brute-force Commons Text recall %.4f (first %d reprint queries whose source is in its 1,000-article corpus)%n"
                        + "wirecheck index bytes/article %.1f (lexical only %.1f)%n",
                corpusSize, reprints, (double) wirecheckFound / reprints, (double) candidatesFound / reprints,
                (double) lshFound / reprints,
                (double) bruteFound / bruteChecked, bruteChecked, (double) index.bytes() / index.size(),
                (double) index.lexicalBytes() / index.size());
        System.out.println(report);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("lexical-recall.txt"), report);
    }

    static Set<Integer> shingles(String text) {
        ArticleText words = ArticleText.of(text);
        Set<Integer> set = new HashSet<>();
        for (int w = 0; w + AnalysedArticle.SHINGLE_WORDS <= words.wordCount(); w++) {
            long h = 0;
            for (int k = 0; k < AnalysedArticle.SHINGLE_WORDS; k++) {
                h = h * 0x100000001B3L + words.wordHash(w + k);
            }
            set.add((int) (h ^ (h >>> 32)) & Integer.MAX_VALUE);
        }
        return set;
    }

    private void lshAdd(Set<Integer> shingles) {
        int[] signature = minHash.signature(shingles);
        int id = signatures.size();
        signatures.add(signature);
        int[] hashes = lsh.hashSignature(signature);
        for (int b = 0; b < hashes.length; b++) {
            buckets.get(b).computeIfAbsent(hashes[b], k -> new ArrayList<>()).add(id);
        }
    }

    private Set<Integer> lshQuery(Set<Integer> shingles) {
        int[] signature = minHash.signature(shingles);
        int[] hashes = lsh.hashSignature(signature);
        Set<Integer> found = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        for (int b = 0; b < hashes.length; b++) {
            for (int candidate : buckets.get(b).getOrDefault(hashes[b], List.of())) {
                if (seen.add(candidate) && minHash.similarity(signature, signatures.get(candidate)) >= 0.5) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    private Set<Integer> bruteForce(String query) {
        shingleSets.put(query, shingles(query));
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < bruteForceCorpus.size(); i++) {
            IntersectionResult r = jaccard.apply(query, bruteForceCorpus.get(i));
            double j = (double) r.getIntersection() / (r.getSizeA() + r.getSizeB() - r.getIntersection());
            if (j >= 0.5) {
                found.add(i);
            }
        }
        shingleSets.remove(query);
        return found;
    }

    private String nextQuery() {
        current = next;
        next = (next + 1) % QUERIES;
        return queries.get(current);
    }

    /** An indexed article for verification: corpus ids are (0, i), inserted articles (1, n). */
    private AnalysedArticle readBack(UUID id) {
        return id.getMostSignificantBits() == 0
                ? stored.get(id)
                : analysedQueries[insertedQuery[(int) id.getLeastSignificantBits()]];
    }

    @Benchmark
    public void wirecheck(Blackhole blackhole, CpuTime cpu) {
        blackhole.consume(wirecheckNext());
        cpu.tick();
    }

    /** One operation of {@link #wirecheck}: the next incoming article analysed, looked up and inserted. */
    List<Reprint> wirecheckNext() {
        AnalysedArticle article = AnalysedArticle.of(nextQuery());
        List<Reprint> found = index.findLexical(article, null, null);
        insert(article);
        return found;
    }

    @Benchmark
    public void wirecheckCandidates(Blackhole blackhole, CpuTime cpu) {
        blackhole.consume(wirecheckCandidatesNext());
        cpu.tick();
    }

    /**
     * One operation of {@link #wirecheckCandidates}: the next incoming article analysed, its candidates looked up (not
     * verified) and inserted.
     */
    List<UUID> wirecheckCandidatesNext() {
        AnalysedArticle article = AnalysedArticle.of(nextQuery());
        List<UUID> found = index.lexicalCandidates(article, null);
        insert(article);
        return found;
    }

    /** The current incoming article, analysed, added to the index under the next insert number. */
    private void insert(AnalysedArticle article) {
        if (added == insertedQuery.length) {
            insertedQuery = Arrays.copyOf(insertedQuery, added * 2);
        }
        insertedQuery[added] = current;
        UUID id = new UUID(1, added++);
        // Verification reads indexed articles back; the service reads them from PostgreSQL through a cache.
        analysedQueries[current] = article;
        index.add(id, null, article);
    }

    @Benchmark
    public void javaLsh(Blackhole blackhole, CpuTime cpu) {
        Set<Integer> shingles = shingles(nextQuery());
        blackhole.consume(lshQuery(shingles));
        lshAdd(shingles);
        cpu.tick();
    }

    @Benchmark
    public void bruteForceCommonsText(Blackhole blackhole, CpuTime cpu) {
        blackhole.consume(bruteForce(nextQuery()));
        cpu.tick();
    }
}

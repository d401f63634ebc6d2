package org.wirecheck.dedup.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The corpus index: finds the articles a new one duplicates.
 * <p>
 * Each article holds a slot with its id, a publisher key and its postings in two {@link PostingIndex}es: winnowed
 * shingle fingerprints (lexical path) and long-word anchors (paraphrase path). A query weighs the fingerprints it
 * shares with each slot by how rare they are in the index ({@link #lexicalCandidates}), reads back and verifies the
 * candidates with enough evidence word for word with {@link ReprintJudge#lexical}, and only if that finds no
 * relation or leaves a candidate unresolved, screens the unresolved candidates and the articles sharing the most
 * anchors sentence by sentence on content words ({@link SpunCopyScreen}); only the pairs that screen leaves ambiguous
 * are aligned with the embedding model.
 * <p>
 * The index holds no texts: candidates are read back through {@link ArticleSource} (in the service, PostgreSQL with a
 * cache), so an article costs only its postings and about 60 bytes of bookkeeping.
 * <p>
 * Thread-safe: queries share a read lock, changes take the write lock; verification runs outside the lock.
 */
public final class ReprintIndex {

    /** Reads an indexed article back for verification. */
    @FunctionalInterface
    public interface ArticleSource {
        /** The article analysed with its publisher's boilerplate, or null if it is gone. */
        AnalysedArticle article(UUID id);
    }

    /** Fingerprints shared by more articles than this are chrome the rules missed, and are skipped. */
    static final int MAX_POSTINGS_PER_KEY = 512;
    /** Lexical candidates verified per query, those with the most fingerprint evidence first. */
    static final int MAX_LEXICAL_CANDIDATES = 64;
    /**
     * A query with at most this many fingerprints is a short excerpt (under about 70 words: winnowing keeps about 2
     * fingerprints per 33 shingles): it has no other evidence than one or two shared fingerprints, so its candidates
     * are all read back, common fingerprints or not.
     */
    static final int SHORT_QUERY_FINGERPRINTS = 4;
    /** Paraphrase candidates aligned per query. */
    static final int MAX_PARAPHRASE_CANDIDATES = 5;
    /** A paraphrase candidate shares at least this many anchors. */
    static final int MIN_SHARED_ANCHORS = 4;

    private final ReprintJudge judge;
    private final ArticleSource source;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final BitSet removed = new BitSet();
    private final PostingIndex fingerprints = new PostingIndex(removed::get);
    private final PostingIndex anchors = new PostingIndex(removed::get);
    private final ThreadLocal<Counters> counters = ThreadLocal.withInitial(Counters::new);
    private final Map<UUID, ReprintJudge.EmbeddedSentences> embeddings = Collections
            .synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, ReprintJudge.EmbeddedSentences> eldest) {
                    return size() > 2_000;
                }
            });

    private long[] idHigh = new long[1024];
    private long[] idLow = new long[1024];
    private int[] publishers = new int[1024];
    private int slotCount;
    private int live;
    private final SlotTable slotsById = new SlotTable();

    public ReprintIndex(ReprintJudge judge, ArticleSource source) {
        this.judge = Objects.requireNonNull(judge, "judge");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Indexes an article; a second add of the same id is ignored. */
    public void add(UUID id, String publisher, int[] articleFingerprints, int[] articleAnchors) {
        lock.writeLock().lock();
        try {
            if (slotsById.get(id) >= 0) {
                return;
            }
            int slot = slotCount++;
            if (slot == idHigh.length) {
                int grown = slot + (slot >> 1);
                idHigh = Arrays.copyOf(idHigh, grown);
                idLow = Arrays.copyOf(idLow, grown);
                publishers = Arrays.copyOf(publishers, grown);
            }
            idHigh[slot] = id.getMostSignificantBits();
            idLow[slot] = id.getLeastSignificantBits();
            publishers[slot] = publisherKey(publisher);
            slotsById.put(slot);
            fingerprints.add(slot, articleFingerprints);
            anchors.add(slot, articleAnchors);
            live++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Convenience for {@link #add(UUID, String, int[], int[])}. */
    public void add(UUID id, String publisher, AnalysedArticle article) {
        add(id, publisher, article.fingerprints(), article.anchors());
    }

    /** Takes an article out of the index; unknown ids are ignored. */
    public void remove(UUID id) {
        lock.writeLock().lock();
        try {
            int slot = slotsById.get(id);
            if (slot >= 0 && !removed.get(slot)) {
                // The slot stays in the id table as a dead entry (get() skips it) until the table is rebuilt.
                removed.set(slot);
                embeddings.remove(id);
                live--;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean contains(UUID id) {
        lock.readLock().lock();
        try {
            return slotsById.get(id) >= 0;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Articles indexed and not removed. */
    public int size() {
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes held by the index structures (not the JVM's object headers of this class). */
    public long bytes() {
        lock.readLock().lock();
        try {
            return fingerprints.bytes() + anchors.bytes() + 20L * idHigh.length + slotsById.bytes()
                    + removed.size() / 8;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes of the lexical path only: fingerprints and bookkeeping, without the paraphrase anchors. */
    public long lexicalBytes() {
        return bytes() - anchors.bytes();
    }

    /**
     * The duplicates of an article among the indexed ones, best evidence first. {@code self} (may be null) is left
     * out, so an indexed article can be re-checked.
     */
    public List<Reprint> find(AnalysedArticle article, String publisher, UUID self) {
        return find(new Query(article, publisher, self));
    }

    /**
     * The same search for a {@link Query}, which keeps the article's embedded sentences once the embedding model was
     * needed: running a query again (say, after more articles were indexed) costs the model nothing for this article.
     */
    public List<Reprint> find(Query query) {
        return search(query, true);
    }

    /**
     * One article's search, to run more than once: the service runs it before taking its corpus lock, so the
     * embedding model (hundreds of milliseconds when it is needed) never runs while other articles wait, and again
     * under the lock, where it only meets what was indexed in between.
     */
    public static final class Query {
        private final AnalysedArticle article;
        private final String publisher;
        private final UUID self;
        private ReprintJudge.EmbeddedSentences vectors;

        /** {@code self} (may be null) is left out of the results. */
        public Query(AnalysedArticle article, String publisher, UUID self) {
            this.article = Objects.requireNonNull(article, "article");
            this.publisher = publisher;
            this.self = self;
        }

        public AnalysedArticle article() {
            return article;
        }

        synchronized ReprintJudge.EmbeddedSentences vectors(ReprintJudge judge) {
            if (vectors == null) {
                vectors = judge.embed(article);
            }
            return vectors;
        }
    }

    /**
     * The lexical path alone: the relations decided on shared words, without ever reaching the embedding model. For
     * measuring that path, and for callers that cannot afford the paraphrase path.
     */
    public List<Reprint> findLexical(AnalysedArticle article, String publisher, UUID self) {
        return search(new Query(article, publisher, self), false);
    }

    /**
     * The lexical path's lookup alone, without reading a candidate back or verifying it: the indexed articles, most
     * fingerprint evidence first, that {@link #findLexical} would verify word for word. The stage a MinHash LSH index
     * also runs (signature, buckets, an estimate), measured apart from verification in the benchmarks.
     */
    public List<UUID> lexicalCandidates(AnalysedArticle article, UUID self) {
        List<Candidate> candidates = lexicalCandidates(article.fingerprints(), self);
        List<UUID> ids = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            ids.add(candidate.id);
        }
        return ids;
    }

    private List<Reprint> search(Query query, boolean paraphrasePath) {
        AnalysedArticle article = query.article;
        String publisher = query.publisher;
        UUID self = query.self;
        int publisherKey = publisherKey(publisher);
        List<Candidate> lexical = lexicalCandidates(article.fingerprints(), self);
        List<Reprint> found = new ArrayList<>();
        List<UUID> decided = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        SpunCopyScreen.Prepared[] ownSentences = new SpunCopyScreen.Prepared[1];
        Supplier<SpunCopyScreen.Prepared> own = () -> {
            if (ownSentences[0] == null) {
                ownSentences[0] = SpunCopyScreen.prepare(article);
            }
            return ownSentences[0];
        };
        for (Candidate candidate : lexical) {
            AnalysedArticle other = source.article(candidate.id);
            if (other == null) {
                continue;
            }
            boolean samePublisher = publisherKey != 0 && publisherKey == candidate.publisher;
            ReprintJudge.Verdict verdict = judge.lexical(article, own, other, samePublisher);
            if (verdict instanceof ReprintJudge.Verdict.Decided d) {
                found.add(ReprintJudge.fromLexical(candidate.id, d));
                decided.add(candidate.id);
            } else if (verdict instanceof ReprintJudge.Verdict.Spun spun) {
                found.add(ReprintJudge.fromScreen(candidate.id, spun.screen()));
                decided.add(candidate.id);
            } else if (verdict instanceof ReprintJudge.Verdict.Unresolved u) {
                unresolved.add(new Unresolved(new Candidate(candidate.id, candidate.publisher,
                        (int) (1000 * Math.max(u.match().thisInOther(), u.match().otherInThis())), candidate.evidence),
                        other));
            }
        }
        if (paraphrasePath && (found.isEmpty() || !unresolved.isEmpty())) {
            found.addAll(paraphrases(query, own, decided, unresolved));
        }
        found = judge.settle(article, found);
        found.sort((x, y) -> Double.compare(Math.max(y.thisInOther(), y.otherInThis()),
                Math.max(x.thisInOther(), x.otherInThis())));
        return found;
    }

    /**
     * The paraphrase path: the unresolved lexical candidates and the articles sharing the most anchors are screened
     * word by word, sentence by sentence ({@link ReprintJudge#screen}); a clear spun copy is reported from that, a
     * clearly unrelated article is dropped, and only the ambiguous rest is aligned with the embedding model, which
     * embeds this article's sentences once, and only then.
     */
    private List<Reprint> paraphrases(Query query, Supplier<SpunCopyScreen.Prepared> own, List<UUID> decided,
            List<Unresolved> unresolved) {
        AnalysedArticle article = query.article;
        UUID self = query.self;
        List<Unresolved> pool = new ArrayList<>(unresolved);
        pool.sort((x, y) -> Integer.compare(y.candidate.shared, x.candidate.shared));
        for (Candidate c : candidates(anchors, article.anchors(), false, MIN_SHARED_ANCHORS, 0f,
                MAX_PARAPHRASE_CANDIDATES, self)) {
            if (pool.stream().noneMatch(p -> p.candidate.id.equals(c.id))) {
                pool.add(new Unresolved(c, null));
            }
        }
        pool.removeIf(c -> decided.contains(c.candidate.id));
        List<Reprint> found = new ArrayList<>();
        List<UUID> ambiguous = new ArrayList<>();
        for (Unresolved entry : pool.subList(0, Math.min(pool.size(), 2 * MAX_PARAPHRASE_CANDIDATES))) {
            AnalysedArticle other = entry.article != null ? entry.article : source.article(entry.candidate.id);
            if (other == null) {
                continue;
            }
            ReprintJudge.Screen screen = judge.screen(own.get(), SpunCopyScreen.prepare(other));
            if (screen instanceof ReprintJudge.Screen.Spun) {
                found.add(ReprintJudge.fromScreen(entry.candidate.id, screen.result()));
            } else if (screen instanceof ReprintJudge.Screen.Ambiguous) {
                ambiguous.add(entry.candidate.id);
            }
        }
        if (ambiguous.isEmpty()) {
            return found;
        }
        ReprintJudge.EmbeddedSentences ownVectors = query.vectors(judge);
        for (UUID id : ambiguous) {
            ReprintJudge.EmbeddedSentences theirs = embeddings.get(id);
            if (theirs == null) {
                AnalysedArticle other = source.article(id);
                if (other == null) {
                    continue;
                }
                theirs = judge.embed(other);
                embeddings.put(id, theirs);
            }
            judge.paraphrase(ownVectors, theirs).ifPresent(m -> found.add(ReprintJudge.fromParaphrase(id, m)));
        }
        return found;
    }

    /** A candidate the paraphrase path looks at, with the article if the lexical path already read it. */
    private record Unresolved(Candidate candidate, AnalysedArticle article) {
    }

    /** {@code shared}: keys in common (or, for an unresolved lexical one, its containment in thousandths). */
    private record Candidate(UUID id, int publisher, int shared, float evidence) {
    }

    /** Per-thread scratch of the candidate count, indexed by slot; zero again after each query. */
    private static final class Counters {
        int[] shared = new int[0];
        float[] evidence = new float[0];

        void ensure(int slots) {
            if (shared.length < slots) {
                int n = Math.max(slots, shared.length * 3 / 2 + 16);
                shared = new int[n];
                evidence = new float[n];
            }
        }
    }

    /**
     * The articles worth reading back for the lexical path, most evidence first. Each shared fingerprint counts
     * {@code 1 / n} for an article when {@code n} indexed articles carry it (as winnowing-based copy detectors
     * such as MOSS discount fingerprints many documents share): a fingerprint on one article all but names the
     * source, while a stock phrase on a hundred is as likely shared with any of them by chance. An article is read back only with at
     * least {@code 1 / commonFingerprint} of evidence ({@link ReprintRules#commonFingerprint}): one shared fingerprint
     * carried by at most that many articles, or several commoner ones adding up to it. So a fingerprint costs at most
     * {@code commonFingerprint} read-backs on its own, however large the corpus; a reprint, sharing a dozen or more
     * fingerprints, passes even if its story was syndicated to many indexed articles; and a chance candidate, whose
     * only shared fingerprint is a stock phrase, is not read back. A short query (an excerpt with at most {@link
     * #SHORT_QUERY_FINGERPRINTS} fingerprints) has no more evidence to give, so all its candidates are read back.
     */
    private List<Candidate> lexicalCandidates(int[] keys, UUID self) {
        float minEvidence = keys.length <= SHORT_QUERY_FINGERPRINTS
                ? 0f
                : 1f / judge.rules().commonFingerprint() - EVIDENCE_SLACK;
        return candidates(fingerprints, keys, true, 1, minEvidence, MAX_LEXICAL_CANDIDATES, self);
    }

    private static final java.util.Comparator<Candidate> MOST_EVIDENCE = (x, y) -> x.evidence != y.evidence
            ? Float.compare(y.evidence, x.evidence)
            : Integer.compare(y.shared, x.shared);

    /**
     * A candidate below the evidence line that shares at least this many fingerprints is an excerpt of a story
     * carried by many indexed articles (a wire story and its reprints), not a chance candidate.
     */
    static final int SYNDICATED_SHARED = 2;

    /** Such candidates read back per query, most evidence first: the story's copies, one of which is enough. */
    static final int SYNDICATED_READS = 4;

    /** Float sums of 1/n that should reach 1/threshold exactly (2 x 1/2n) may fall short by rounding. */
    private static final float EVIDENCE_SLACK = 1e-6f;

    /**
     * Slots sharing at least {@code minShared} keys, at most {@code max}: if {@code weigh}, those with at least
     * {@code minEvidence} (see {@link PostingIndex#countShared(int[], int[], float[], int)}), most evidence first, then
     * most keys; else those sharing the most keys.
     */
    private List<Candidate> candidates(PostingIndex postings, int[] keys, boolean weigh, int minShared,
            float minEvidence, int max, UUID self) {
        lock.readLock().lock();
        try {
            Counters scratch = counters.get();
            scratch.ensure(slotCount);
            int[] shared = scratch.shared;
            float[] evidence = weigh ? scratch.evidence : null;
            int[] touched = postings.countShared(keys, shared, evidence, MAX_POSTINGS_PER_KEY);
            List<Candidate> result = new ArrayList<>();
            List<Candidate> syndicated = new ArrayList<>();
            for (int slot : touched) {
                int count = shared[slot];
                float weight = 0;
                if (weigh) {
                    weight = evidence[slot];
                    evidence[slot] = 0;
                }
                shared[slot] = 0;
                boolean enough = weight >= minEvidence;
                if (count >= minShared && (enough || count >= SYNDICATED_SHARED) && !removed.get(slot)) {
                    UUID id = new UUID(idHigh[slot], idLow[slot]);
                    if (!id.equals(self)) {
                        (enough ? result : syndicated).add(new Candidate(id, publishers[slot], count, weight));
                    }
                }
            }
            result.sort(MOST_EVIDENCE);
            if (!syndicated.isEmpty()) {
                // Several fingerprints, each on many articles: an excerpt of a story syndicated to all of them (a
                // chance candidate shares one stock phrase, not two). The copies are alike, so a few tell.
                syndicated.sort(MOST_EVIDENCE);
                result.addAll(syndicated.subList(0, Math.min(SYNDICATED_READS, syndicated.size())));
            }
            return result.size() > max ? result.subList(0, max) : result;
        } finally {
            lock.readLock().unlock();
        }
    }

    private static int publisherKey(String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return 0;
        }
        int key = publisher.strip().toLowerCase(java.util.Locale.ROOT).hashCode();
        return key == 0 ? 1 : key;
    }

    /** UUID -> slot: an open-addressing table of slots; the ids themselves are read from the slot arrays. */
    private final class SlotTable {
        private int[] table = filled(2048);
        private int used;

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, -1);
            return a;
        }

        int get(UUID id) {
            int mask = table.length - 1;
            long h = id.getMostSignificantBits(), l = id.getLeastSignificantBits();
            for (int i = index(h, l, mask);; i = (i + 1) & mask) {
                int s = table[i];
                if (s == -1) {
                    return -1;
                }
                if (s >= 0 && idHigh[s] == h && idLow[s] == l && !removed.get(s)) {
                    return s;
                }
            }
        }

        /** Call after the slot's id is stored in the slot arrays. */
        void put(int value) {
            if ((used + 1) * 2 > table.length) {
                int[] old = table;
                table = filled(live * 4 > old.length ? old.length * 2 : old.length);
                used = 0;
                for (int s : old) {
                    if (s >= 0 && !removed.get(s)) {
                        insert(s);
                    }
                }
            }
            insert(value);
        }

        long bytes() {
            return 4L * table.length;
        }

        private void insert(int value) {
            int mask = table.length - 1;
            int i = index(idHigh[value], idLow[value], mask);
            while (table[i] != -1) {
                i = (i + 1) & mask;
            }
            table[i] = value;
            used++;
        }

        private static int index(long h, long l, int mask) {
            long x = (h ^ l) * 0x9E3779B97F4A7C15L;
            return (int) (x >>> 32) & mask;
        }
    }
}

package org.wirecheck.dedup.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cheap, word-level look for spun copies that runs before the embedding model: sentence by sentence, in order, on
 * shared content words.
 * <p>
 * A spinner swaps words for synonyms, glues a few together and turns clauses around, so almost no five-word shingle
 * survives; but it keeps the original's sentences one for one and in the same order, and each keeps most of its
 * content words (names, numbers, the nouns and verbs no thesaurus offers a swap for). So each sentence of this article
 * is paired with the sentence of the other that shares the largest part of its content words (Dice coefficient of the
 * two sets); pairs under {@link #MIN_SENTENCE_OVERLAP} are dropped; of the rest only the longest chain in the same
 * order on both sides counts. Coverage is the share of words in that chain, on each side, as on the embedding path.
 * <p>
 * Independent articles on one event share names and a quote or two, so a few of their sentences pair up, but not a
 * long chain in order: their coverage stays low, and the embedding model is not asked about them. The aligned
 * sentences are the evidence of the decision ({@link Result#passages()}).
 */
public final class SpunCopyScreen {

    /** A sentence needs at least this many content words to be aligned: shorter ones match by chance. */
    static final int MIN_CONTENT_WORDS = 4;
    /** Aligned sentences share at least this Dice share of their content words. */
    static final double MIN_SENTENCE_OVERLAP = 0.4;
    /** ... and at least this many content words. */
    static final int MIN_SHARED_WORDS = 3;

    /**
     * English function words (and the commonest reporting verbs), which every sentence of a news text shares. Words
     * of other languages are content words if they have at least {@link #MIN_WORD_LENGTH} letters.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "that", "with", "this", "from",
            "have", "has", "had", "was", "were", "are", "been", "being", "not", "but", "his", "her", "hers", "its",
            "their", "they", "them", "there", "these", "those", "then", "than", "who", "whom", "whose", "which",
            "what", "when", "where", "while", "will", "would", "could", "should", "can", "may", "might", "must",
            "shall", "about", "after", "before", "into", "onto", "over", "under", "also", "just", "only", "more",
            "most", "some", "such", "other", "any", "all", "each", "both", "very", "our", "your", "you", "she", "him",
            "out", "off", "one", "did", "does", "doing", "said", "says", "say", "told", "because", "between",
            "through", "during", "against", "without", "within", "upon", "until", "since", "though", "although",
            "whether", "how", "why", "here", "now", "even", "still", "many", "much", "own", "same", "too", "again",
            "further", "once", "yet", "nor", "per", "via", "it's", "he's", "that's", "don't", "didn't", "doesn't",
            "isn't", "wasn't", "aren't", "won't");
    private static final int MIN_WORD_LENGTH = 3;

    /**
     * What the screen found for a pair, read {@code self -> other}.
     *
     * @param thisInOther share of this article's words in sentences aligned to the other
     * @param otherInThis share of the other's words in sentences aligned to this one
     * @param meanOverlap share of content words the aligned sentences keep, pooled over them: shared words over the
     *        words of the shorter sentence of each pair, so a sentence an excerpt cut short still counts as kept, and
     *        a short rewritten headline weighs little. About 0.95 for an edited reprint or an excerpt, about 0.8 for
     *        a spun copy
     * @param passages the aligned sentences, in this article's order
     */
    public record Result(double thisInOther, double otherInThis, double meanOverlap, List<Passage> passages) {

        public static final Result NONE = new Result(0, 0, 0, List.of());

        /** Share of the larger side's words in the aligned chain. */
        public double coverage() {
            return Math.max(thisInOther, otherInThis);
        }
    }

    /** An article's sentences as sets of content-word hashes, computed once per article and reused for every pair. */
    public static final class Prepared {
        final ArticleText text;
        /** Per sentence: distinct content-word hashes, sorted. */
        final long[][] words;
        final int[] firstWord;
        final int[] lastWord;
        /** Per sentence: all its words (content or not), for coverage. */
        final int[] length;
        final int totalWords;

        Prepared(ArticleText text, long[][] words, int[] firstWord, int[] lastWord, int[] length,
                int totalWords) {
            this.text = text;
            this.words = words;
            this.firstWord = firstWord;
            this.lastWord = lastWord;
            this.length = length;
            this.totalWords = totalWords;
        }

        public int sentences() {
            return words.length;
        }
    }

    private SpunCopyScreen() {
    }

    /**
     * Cuts an article's copy (chrome left out) into sentences: a sentence ends at a paragraph break or where the
     * characters between two words hold a full stop, question or exclamation mark. Made once per article and kept
     * with it ({@link AnalysedArticle#spunCopySentences()}), since a stored article is screened again and again.
     */
    public static Prepared prepare(AnalysedArticle article) {
        return article.spunCopySentences();
    }

    /** The work of {@link #prepare}, run once per article. */
    static Prepared sentencesOf(AnalysedArticle article) {
        ArticleText text = article.text();
        String chars = text.text();
        List<long[]> sets = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        long[] scratch = ScratchArrays.get().longs(ScratchArrays.SENTENCE_WORDS, text.wordCount());
        int total = 0;
        for (int p = 0; p < text.paragraphCount(); p++) {
            int first = text.paragraphStart(p);
            int end = text.paragraphEnd(p);
            if (end <= first || article.isChrome(first)) {
                continue;
            }
            total += end - first;
            int start = first;
            for (int w = first; w < end; w++) {
                boolean last = w + 1 == end || endsSentence(chars, text.end(w), text.start(w + 1));
                if (last) {
                    long[] set = contentWords(text, start, w + 1, scratch);
                    if (set.length >= MIN_CONTENT_WORDS) {
                        sets.add(set);
                        spans.add(new int[]{start, w, w + 1 - start});
                    }
                    start = w + 1;
                }
            }
        }
        int n = sets.size();
        int[] firstWord = new int[n];
        int[] lastWord = new int[n];
        int[] length = new int[n];
        for (int i = 0; i < n; i++) {
            firstWord[i] = spans.get(i)[0];
            lastWord[i] = spans.get(i)[1];
            length[i] = spans.get(i)[2];
        }
        return new Prepared(text, sets.toArray(long[][]::new), firstWord, lastWord, length, total);
    }

    private static boolean endsSentence(String chars, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = chars.charAt(c);
            if (ch == '.' || ch == '?' || ch == '!' || ch == '\u3002' || ch == '\uFF1F' || ch == '\uFF01'
                    || Sentences.endsArabicScriptSentence(ch)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct content-word hashes of words {@code from .. to - 1}, sorted. */
    private static long[] contentWords(ArticleText text, int from, int to, long[] scratch) {
        int count = 0;
        for (int w = from; w < to; w++) {
            if (isContentWord(text, w)) {
                scratch[count++] = text.wordHash(w);
            }
        }
        return LexicalComparison.distinctSorted(scratch, count);
    }

    static boolean isContentWord(String word) {
        if (Character.isIdeographic(word.codePointAt(0))) {
            return true;
        }
        return word.length() >= MIN_WORD_LENGTH && !FUNCTION_WORDS.contains(word);
    }

    /**
     * {@link #isContentWord(String)} for a word of a text, without making it a string: a function word is at most 8
     * ASCII chars, so a word is looked up by its chars packed into a {@code long} ({@link ArticleText#packedWord}).
     */
    static boolean isContentWord(ArticleText text, int word) {
        int length = text.wordLength(word);
        if (length < MIN_WORD_LENGTH) {
            return Character.isIdeographic(text.wordFirstCodePoint(word));
        }
        // A function word has a function word's hash, so a word whose hash is not among them is a content word:
        // one load, where packing its chars took a loop. About one content word in thirty is let through.
        int bit = (int) text.wordHash(word) & FUNCTION_WORD_HASH_MASK;
        if ((FUNCTION_WORD_HASHES[bit >>> 6] & 1L << bit) == 0) {
            return true;
        }
        long packed = text.packedWord(word);
        return packed == 0 || !isFunctionWord(packed);
    }

    /** A bit per function word, picked by the low bits of its {@link ArticleText#wordHash}: a filter, exact below. */
    private static final long[] FUNCTION_WORD_HASHES = new long[64];
    private static final int FUNCTION_WORD_HASH_MASK = FUNCTION_WORD_HASHES.length * 64 - 1;

    static {
        for (String word : FUNCTION_WORDS) {
            int bit = (int) ArticleText.hashOfNormalised(word) & FUNCTION_WORD_HASH_MASK;
            FUNCTION_WORD_HASHES[bit >>> 6] |= 1L << bit;
        }
    }

    /** Every function word packed ({@link #pack}), in a table without collisions (see {@link Language}). */
    private static final int FUNCTION_WORD_TABLE_BITS = 10;
    private static final long[] FUNCTION_WORD_TABLE = new long[1 << FUNCTION_WORD_TABLE_BITS];
    private static final long FUNCTION_WORD_MULTIPLIER;

    static {
        List<Long> packed = FUNCTION_WORDS.stream().map(SpunCopyScreen::pack).sorted().toList();
        FUNCTION_WORD_MULTIPLIER = Language.collisionFreeMultiplier(packed, FUNCTION_WORD_TABLE_BITS);
        for (long word : packed) {
            FUNCTION_WORD_TABLE[slot(word)] = word;
        }
    }

    private static int slot(long packed) {
        return (int) (packed * FUNCTION_WORD_MULTIPLIER >>> (64 - FUNCTION_WORD_TABLE_BITS));
    }

    private static boolean isFunctionWord(long packed) {
        return FUNCTION_WORD_TABLE[slot(packed)] == packed;
    }

    /** A word of at most 8 chars below U+0080 as {@link ArticleText#packedWord} packs it. */
    static long pack(String word) {
        if (word.length() > 8 || word.chars().anyMatch(c -> c == 0 || c >= 0x80)) {
            throw new IllegalStateException("A function word must be short and ASCII: " + word);
        }
        long packed = 0;
        for (int k = 0; k < word.length(); k++) {
            packed = packed << 8 | word.charAt(k);
        }
        return packed;
    }

    /**
     * Aligns the sentences of {@code self} with those of {@code other}: each sentence here with the first sentence
     * there of the highest Dice share, if it reaches the thresholds.
     * <p>
     * How it is fast, with the same pairs: the sentence most likely to be the best (the one after the previous
     * sentence's, as in a reprint) is measured first; then, going through the other's sentences in order as always,
     * a pair is measured only as far as it can still reach the thresholds, that first measure and the best so far:
     * the merge stops as soon as too few words are left to share enough.
     */
    public static Result compare(Prepared self, Prepared other) {
        if (self.sentences() == 0 || other.sentences() == 0) {
            return Result.NONE;
        }
        int[] best = new int[self.sentences()];
        int[] bestShared = new int[self.sentences()];
        double[] overlap = new double[self.sentences()];
        int n = other.sentences();
        for (int i = 0; i < best.length; i++) {
            best[i] = -1;
            long[] a = self.words[i];
            // A first guess: its Dice (if it qualifies) is a floor the best must reach, so pairs that cannot are cut
            // short. The guess is taken again in its turn, so the first of equal shares still wins.
            int guess = i > 0 && best[i - 1] >= 0 ? best[i - 1] + 1 : Math.min(i, n - 1);
            double floor = 0;
            int guessShared = 0;
            if (guess < n) {
                long[] b = other.words[guess];
                int shared = LexicalComparison.intersection(a, b);
                double dice = 2.0 * shared / (a.length + b.length);
                if (shared >= MIN_SHARED_WORDS && dice >= MIN_SENTENCE_OVERLAP) {
                    floor = dice;
                    guessShared = shared;
                }
            }
            for (int j = 0; j < n; j++) {
                long[] b = other.words[j];
                int sum = a.length + b.length;
                // Dice can reach the threshold, the first guess's share, or beat the best so far only if the sets
                // are of comparable size: the largest share this pair can have is that of all the smaller set
                // shared, and Dice grows with the shared count in floating point too, so the pair is skipped exactly
                // when the measure below would reject it.
                double most = 2.0 * Math.min(a.length, b.length) / sum;
                if (most < MIN_SENTENCE_OVERLAP || most < floor || most <= overlap[i]) {
                    continue;
                }
                int shared;
                if (j == guess) {
                    // Measured above, not merged again: a guess that qualified reaches every bound but the best so
                    // far, which its share is tested against below; one that did not cannot reach the thresholds.
                    if (floor == 0) {
                        continue;
                    }
                    shared = guessShared;
                } else {
                    // The fewest shared words that can still count; a share of 0 (nothing chosen yet, no first
                    // guess) asks for at most one, which MIN_SHARED_WORDS exceeds anyway.
                    int needed = Math.max(MIN_SHARED_WORDS, leastSharedForThreshold(sum));
                    // The bounds from the best so far and the first guess only cut merges short: the pair's test
                    // below is exact. So they are taken as lowerBoundOfLeastShared, a multiply, rather than
                    // leastShared's divisions, which were 3 % of the lexical path.
                    needed = Math.max(needed, lowerBoundOfLeastShared(Math.max(overlap[i], floor), sum));
                    shared = sharedAtLeast(a, b, needed);
                    if (shared < 0) {
                        continue;
                    }
                }
                double dice = 2.0 * shared / sum;
                if (shared >= MIN_SHARED_WORDS && dice >= MIN_SENTENCE_OVERLAP && dice > overlap[i]) {
                    overlap[i] = dice;
                    best[i] = j;
                    bestShared[i] = shared;
                }
            }
        }
        int[] chain = ParaphraseAlignment.longestIncreasingChain(best);
        if (chain.length == 0) {
            return Result.NONE;
        }
        int wordsSelf = 0, wordsOther = 0;
        int shared = 0, sizes = 0;
        List<Passage> passages = new ArrayList<>(chain.length);
        for (int i : chain) {
            int j = best[i];
            wordsSelf += self.length[i];
            wordsOther += other.length[j];
            shared += bestShared[i];
            sizes += Math.min(self.words[i].length, other.words[j].length);
            passages.add(new Passage(self.text.start(self.firstWord[i]), self.text.end(self.lastWord[i]),
                    other.text.start(other.firstWord[j]), other.text.end(other.lastWord[j])));
        }
        return new Result(Math.min(1.0, (double) wordsSelf / Math.max(1, self.totalWords)),
                Math.min(1.0, (double) wordsOther / Math.max(1, other.totalWords)), (double) shared / sizes,
                List.copyOf(passages));
    }

    /** {@link #leastShared}{@code (MIN_SENTENCE_OVERLAP, sum, false)} for the usual sentence sizes, made once. */
    private static final int[] LEAST_SHARED_FOR_THRESHOLD = new int[512];

    static {
        for (int sum = 1; sum < LEAST_SHARED_FOR_THRESHOLD.length; sum++) {
            LEAST_SHARED_FOR_THRESHOLD[sum] = leastShared(MIN_SENTENCE_OVERLAP, sum, false);
        }
    }

    private static int leastSharedForThreshold(int sum) {
        return sum < LEAST_SHARED_FOR_THRESHOLD.length
                ? LEAST_SHARED_FOR_THRESHOLD[sum]
                : leastShared(MIN_SENTENCE_OVERLAP, sum, false);
    }

    /**
     * The fewest shared words for which {@code 2.0 * shared / sum} is at least (or, if {@code strict}, above)
     * {@code share}, computed in the same floating point as the test it stands for.
     */
    static int leastShared(double share, int sum, boolean strict) {
        int shared = (int) Math.max(0, Math.floor(share * sum / 2.0) - 1);
        while (strict ? !(2.0 * shared / sum > share) : !(2.0 * shared / sum >= share)) {
            shared++;
        }
        return shared;
    }

    /**
     * A count never above {@link #leastShared}{@code (share, sum, strict)}, strict or not, and at most two below it:
     * {@code floor(share * sum / 2)}, the same expression {@code leastShared} starts one below. Why never above:
     * that starting count gives a share at least {@code 2 / sum} under {@code share}, far more than the rounding of
     * {@code leastShared}'s test, so the test fails for it and {@code leastShared} returns a larger count.
     */
    static int lowerBoundOfLeastShared(double share, int sum) {
        return (int) (share * sum / 2.0);
    }

    /**
     * How many values two ascending arrays of distinct values share, or -1 as soon as fewer than {@code needed}
     * can be shared.
     */
    static int sharedAtLeast(long[] a, long[] b, int needed) {
        int i = 0, j = 0, shared = 0;
        if (needed > Math.min(a.length, b.length)) {
            return -1;
        }
        // Values of a not in b: at most a.length - needed of them, else fewer than needed are shared (same for b).
        // Those passed so far are i - shared (every step past a value of a either shares it or misses it).
        int missesA = a.length - needed;
        int missesB = b.length - needed;
        int na = a.length, nb = b.length;
        while (i < na && j < nb) {
            // As in LexicalComparison.intersection: the sides advance by arithmetic, not by an unpredictable branch.
            long x = a[i];
            long y = b[j];
            shared += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += x >= y ? 1 : 0;
            if (i - shared > missesA || j - shared > missesB) {
                return -1;
            }
        }
        return shared >= needed ? shared : -1;
    }
}

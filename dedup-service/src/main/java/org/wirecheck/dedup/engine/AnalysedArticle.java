package org.wirecheck.dedup.engine;

import java.util.Arrays;
import java.util.BitSet;

/**
 * An article ready for matching: its words, which of them are chrome, its word shingles, and the few shingles it is
 * indexed under.
 * <p>
 * A shingle is a run of {@link #SHINGLE_WORDS} consecutive words, hashed to 64 bits. Two texts that share a passage
 * share its shingles, so resemblance (Jaccard of the shingle sets) and containment (share of one set found in the
 * other) follow from set overlap. Shingles touching a chrome word are left out, so a shared footer adds nothing.
 * <p>
 * The index keeps only a winnowed sample of shingles (Schleimer, Wilkerson and Aiken 2003): in every window of
 * {@link #WINNOWING_WINDOW} consecutive shingles the smallest hash is kept. Any passage of at least
 * {@code WINNOWING_WINDOW + SHINGLE_WORDS - 1} = 36 shared words is guaranteed to share a kept shingle, so an excerpt
 * of 40 words is always found, while an article of 600 words is indexed under about 2 / (32 + 1) x 600 = 36 hashes.
 * <p>
 * For the paraphrase path the article also has {@link #anchors()}: a bottom-k sketch (the {@link #ANCHORS} smallest
 * hashes) of its pairs of adjacent content words. A spun copy that swaps a third of the words still keeps about 40 %
 * of these pairs, so it shares several anchors with its original; single words would not do, because the commonest
 * words of a beat ("president", "campaign") are in every article's sketch, and pairs of them rarely are.
 */
public final class AnalysedArticle {

    /**
     * The version of the analysis: raised whenever the words, fingerprints or anchors a text gives change, so that
     * articles stored with an older one are analysed again (dedup-service's {@code AnalysisRefresh}). 2: Arabic-Indic
     * and Persian digits, ё, alef with hamza and Persian affixes written apart are normalised. 3: Urdu's heh goal
     * and the Persian heh with yeh are the heh. 4: Cyrillic and Greek lookalikes of Latin letters in Latin words
     * are those letters, invisible format characters inside a word (soft hyphens, zero-width spaces) are dropped,
     * and Latin ligatures (ﬁ ﬂ) are their letters.
     */
    public static final int VERSION = 4;

    /** Words per shingle: long enough that a shared shingle is rarely chance, short enough to survive word edits. */
    public static final int SHINGLE_WORDS = 5;
    /** Winnowing window, in shingles. */
    public static final int WINNOWING_WINDOW = 32;
    /** Anchors per article for paraphrase candidates. */
    public static final int ANCHORS = 24;
    /** Only pairs of words this long are anchors: short words are mostly function words every article has. */
    static final int ANCHOR_MIN_LENGTH = 4;

    private final ArticleText text;
    private final String language;
    private final BitSet chrome;
    private final long[] shingles;
    private final int copyWords;
    private final int[] fingerprints;
    private final int[] anchors;
    /** Where each shingle first occurs, made on first use: a stored article is verified against again and again. */
    private volatile ShinglePositions shinglePositions;
    private volatile SpunCopyScreen.Prepared spunCopySentences;

    private AnalysedArticle(ArticleText text, String language, BitSet chrome) {
        this.text = text;
        this.language = language;
        this.chrome = chrome;
        int words = text.wordCount();
        this.copyWords = words - chrome.cardinality();
        int count = words >= SHINGLE_WORDS ? words - SHINGLE_WORDS + 1 : words > 0 ? 1 : 0;
        this.shingles = new long[count];
        boolean anyChrome = copyWords < words;
        int whole = anyChrome ? 0 : words - SHINGLE_WORDS + 1;
        for (int s = 0; s < whole; s++) {
            // No chrome and five words: the loop below written out, so the shingles' chains of multiplies overlap.
            long h = 0x6A09E667F3BCC909L;
            h = Long.rotateLeft(h ^ text.wordHash(s), 23) * 0xBF58476D1CE4E5B9L;
            h = Long.rotateLeft(h ^ text.wordHash(s + 1), 23) * 0xBF58476D1CE4E5B9L;
            h = Long.rotateLeft(h ^ text.wordHash(s + 2), 23) * 0xBF58476D1CE4E5B9L;
            h = Long.rotateLeft(h ^ text.wordHash(s + 3), 23) * 0xBF58476D1CE4E5B9L;
            h = Long.rotateLeft(h ^ text.wordHash(s + 4), 23) * 0xBF58476D1CE4E5B9L;
            shingles[s] = h == 0 ? 1 : h;
        }
        for (int s = Math.max(0, whole); s < count; s++) {
            int end = Math.min(words, s + SHINGLE_WORDS);
            long h = 0x6A09E667F3BCC909L;
            boolean touchesChrome = false;
            for (int w = s; w < end; w++) {
                h = Long.rotateLeft(h ^ text.wordHash(w), 23) * 0xBF58476D1CE4E5B9L;
                touchesChrome |= anyChrome && chrome.get(w);
            }
            // 0 marks a shingle that touches chrome; a real hash of 0 is folded onto 1.
            shingles[s] = touchesChrome ? 0 : (h == 0 ? 1 : h);
        }
        this.fingerprints = winnow(shingles);
        this.anchors = anchors(text, chrome);
    }

    /** Analyses a text with the generic chrome rules and what its publisher is known to repeat. */
    public static AnalysedArticle of(String text, Boilerplate.PublisherBoilerplate learned) {
        ArticleText words = ArticleText.of(text);
        BitSet chrome = new BitSet(words.wordCount());
        for (int p = 0; p < words.paragraphCount(); p++) {
            if (Boilerplate.isBoilerplate(words, p, learned)) {
                chrome.set(words.paragraphStart(p), words.paragraphEnd(p));
            }
        }
        return new AnalysedArticle(words, words.language(), chrome);
    }

    /** Analyses a text with the generic chrome rules only. */
    public static AnalysedArticle of(String text) {
        return of(text, Boilerplate.PublisherBoilerplate.NONE);
    }

    /**
     * The rightmost smallest fingerprint of every window, each position kept once.
     * <p>
     * How it is fast: every window's minimum comes from two running minima over fixed blocks of one window's length
     * (van Herk, Gil and Werman): a window starting at {@code a} is the end of one block, from {@code a}, and the start
     * of the next, up to {@code a + window - 1}, so its minimum is the smaller of a minimum running back from the
     * block's end and one running on from the next block's start. That is two {@code min}s a shingle, without the
     * unpredictable branches of a deque. A shingle is compared as its fingerprint (above) and its position, reversed
     * (below), in one {@code long}, so the smallest is the rightmost of equal fingerprints; chrome (0) never wins.
     */
    static int[] winnow(long[] shingles) {
        int n = shingles.length;
        int window = Math.min(WINNOWING_WINDOW, n);
        int[] kept = new int[Math.max(4, n * 2 / WINNOWING_WINDOW + 4)];
        int count = 0;
        int lastKept = -1;
        // Only the first n are used, each written before it is read.
        long[] fromHere = ScratchArrays.get().longs(ScratchArrays.ANALYSIS, n);
        for (int s = n - 1; s >= 0; s--) {
            // The minimum from shingle s to the end of its block.
            long key = windowKey(shingles, s);
            fromHere[s] = s % window == window - 1 || s == n - 1 ? key : Math.min(key, fromHere[s + 1]);
        }
        long upToHere = NO_FINGERPRINT;
        for (int s = 0; s < n; s++) {
            // The minimum from the start of shingle s's block to s.
            long key = windowKey(shingles, s);
            upToHere = s % window == 0 ? key : Math.min(upToHere, key);
            int start = s - window + 1;
            if (start < 0) {
                continue;
            }
            long least = Math.min(fromHere[start], upToHere);
            if (least != NO_FINGERPRINT) {
                int position = Integer.MAX_VALUE - (int) least;
                if (position != lastKept) {
                    if (count == kept.length) {
                        kept = Arrays.copyOf(kept, count * 2);
                    }
                    lastKept = position;
                    kept[count++] = (int) (least >> 32);
                }
            }
        }
        return distinct(kept, count);
    }

    /** A window without a fingerprint (all chrome): larger than every {@link #windowKey}. */
    private static final long NO_FINGERPRINT = Long.MAX_VALUE;

    /**
     * Shingle {@code s} for the window minimum: its fingerprint in the high half, {@code Integer.MAX_VALUE - s} in
     * the low (so of equal fingerprints the later is smaller), or {@link #NO_FINGERPRINT} for chrome.
     */
    private static long windowKey(long[] shingles, int s) {
        long shingle = shingles[s];
        return shingle == 0 ? NO_FINGERPRINT : (long) fingerprintOf(shingle) << 32 | (Integer.MAX_VALUE - s);
    }

    /** The distinct values in first-seen order. */
    private static int[] distinct(int[] values, int count) {
        if (count > 256) {
            return Arrays.stream(values, 0, count).distinct().toArray();
        }
        int[] result = new int[count];
        int n = 0;
        outer : for (int i = 0; i < count; i++) {
            for (int j = 0; j < n; j++) {
                if (result[j] == values[i]) {
                    continue outer;
                }
            }
            result[n++] = values[i];
        }
        return n == count ? result : Arrays.copyOf(result, n);
    }

    /** The 32-bit key a shingle is indexed under, compared unsigned so the minimum is well spread. */
    static int fingerprintOf(long shingle) {
        return (int) (shingle >>> 32) ^ Integer.MIN_VALUE;
    }

    /**
     * The {@link #ANCHORS} smallest distinct pair hashes.
     * <p>
     * How it is fast: the pairs are collected first, and only those below a bound are fed to a bounded max-heap. The
     * hashes are spread evenly over the {@code long}s, so a bound {@link #ANCHOR_SAMPLE} / m of the way up from
     * {@code Long.MIN_VALUE}, for m pairs, lets about {@code ANCHOR_SAMPLE} of them through: the heap sees a few
     * dozen pairs instead of hundreds, and is sifted far less often. If at least {@link #ANCHORS} distinct pairs are
     * below the bound, the smallest of them are the article's smallest, since every other pair is above it; if not
     * (few distinct pairs, a repeated phrase), every pair is fed to the heap, as if there were no bound.
     */
    private static int[] anchors(ArticleText text, BitSet chrome) {
        int words = text.wordCount();
        // The winnower, which used the same scratch array, is done.
        long[] pairs = ScratchArrays.get().longs(ScratchArrays.ANALYSIS, Math.max(0, words - 1));
        int count = 0;
        boolean previousIsAnchor = words > 0 && anchorWord(text, 0);
        for (int w = 0; w + 1 < words; w++) {
            boolean nextIsAnchor = anchorWord(text, w + 1);
            if (previousIsAnchor && nextIsAnchor && !chrome.get(w) && !chrome.get(w + 1)) {
                pairs[count++] = text.wordHash(w) * 31 + text.wordHash(w + 1);
            }
            previousIsAnchor = nextIsAnchor;
        }
        long[] heap = new long[ANCHORS];
        int size = -1;
        if (count > ANCHOR_SAMPLE) {
            long bound = Long.MIN_VALUE + Long.divideUnsigned(-1L, count) * ANCHOR_SAMPLE;
            size = smallestDistinct(pairs, count, bound, heap);
        }
        if (size < ANCHORS) {
            size = smallestDistinct(pairs, count, Long.MAX_VALUE, heap);
        }
        Arrays.sort(heap, 0, size);
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = (int) (heap[i] >>> 32);
        }
        return result;
    }

    /** Pairs the anchors' heap is fed in an article, on average, when there are more. */
    static final int ANCHOR_SAMPLE = 48;

    /**
     * Fills {@code heap} with the {@link #ANCHORS} smallest distinct values below {@code bound} (all values when it is
     * {@code Long.MAX_VALUE}), kept as a bounded max-heap; only a value below the heap's largest is checked for being
     * a repeat. Returns how many it holds.
     */
    private static int smallestDistinct(long[] values, int count, long bound, long[] heap) {
        int size = 0;
        for (int i = 0; i < count; i++) {
            long value = values[i];
            if ((value < bound || bound == Long.MAX_VALUE) && (size < ANCHORS || value < heap[0])
                    && !contains(heap, size, value)) {
                if (size < ANCHORS) {
                    siftUp(heap, size++, value);
                } else {
                    siftDown(heap, size, value);
                }
            }
        }
        return size;
    }

    private static boolean contains(long[] values, int size, long value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static void siftUp(long[] heap, int at, long value) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] >= value) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = value;
    }

    /** Replaces the largest value of a full heap. */
    private static void siftDown(long[] heap, int size, long value) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= value) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = value;
    }

    /**
     * No code point below this is ideographic (U+3006 is the first), so a short word that starts below it is no
     * anchor without asking {@link Character#isIdeographic}; a surrogate, the start of a supplementary code point, is
     * above it and asked.
     */
    static final char FIRST_IDEOGRAPHIC = '\u3000';

    /** Function words ("of", "the", "and") are too common to anchor anything; Han characters are words on their own. */
    private static boolean anchorWord(ArticleText text, int word) {
        return text.wordLength(word) >= ANCHOR_MIN_LENGTH || text.wordFirstChar(word) >= FIRST_IDEOGRAPHIC
                && Character.isIdeographic(text.wordFirstCodePoint(word));
    }

    public ArticleText text() {
        return text;
    }

    /** ISO 639-1 code, see {@link Language}. */
    public String language() {
        return language;
    }

    /** True if a word lies in a chrome paragraph. */
    public boolean isChrome(int word) {
        return chrome.get(word);
    }

    /** Words that are copy rather than chrome; containment is measured against this. */
    public int copyWords() {
        return copyWords;
    }

    /** Shingle hashes in text order; shingle {@code s} covers words {@code s .. s + SHINGLE_WORDS - 1}; 0 = chrome. */
    long[] shingles() {
        return shingles;
    }

    /**
     * Where each shingle first occurs, made on first use (an article verified against, or verified, once): the
     * comparison looks the other article's shingles up in it, and counts the distinct shared ones with it.
     */
    ShinglePositions shinglePositions() {
        ShinglePositions positions = shinglePositions;
        if (positions == null) {
            positions = new ShinglePositions(shingles);
            shinglePositions = positions;
        }
        return positions;
    }

    /** The sentences the spun-copy screen compares, made on first use ({@link SpunCopyScreen#prepare}). */
    SpunCopyScreen.Prepared spunCopySentences() {
        SpunCopyScreen.Prepared sentences = spunCopySentences;
        if (sentences == null) {
            sentences = SpunCopyScreen.sentencesOf(this);
            spunCopySentences = sentences;
        }
        return sentences;
    }

    /** The winnowed shingle keys this article is indexed under. */
    public int[] fingerprints() {
        return fingerprints.clone();
    }

    /** The long-word keys this article is found under by the paraphrase path. */
    public int[] anchors() {
        return anchors.clone();
    }

    /** True if the normalised words are the same, i.e. the texts differ at most in case, quotes, dashes, spaces. */
    public boolean sameWordsAs(AnalysedArticle other) {
        return text.wordCount() == other.text.wordCount() && text.sameWords(other.text);
    }
}

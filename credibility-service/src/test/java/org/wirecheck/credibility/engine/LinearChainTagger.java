package org.wirecheck.credibility.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.wirecheck.credibility.engine.ArticleText.Sentence;
import org.wirecheck.credibility.engine.ArticleText.Token;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * <b>An experiment, not part of the service</b> (issue #4; see docs/credibility-evaluation.md, "A trained tagger"): a
 * trained tagger for attribution spans: it reads an article's tokens as one sequence and tags each as outside, or
 * the beginning or inside of a source, cue or content span (PolNeAR's scheme is univocal, so one tag per token says
 * it all). The model is a first-order linear-chain model trained as an averaged structured perceptron (Collins 2002):
 * hashed sparse features per token and tag, a tag-transition matrix, exact Viterbi decoding over the whole article
 * (content may run over several sentences), and an "inside" tag only after a tag of its own role.
 * <p>
 * The features are the token and its neighbours, their shapes and suffixes, word classes from {@link Lexicon},
 * quotation marks, sentence and paragraph openings, and the rule engine's own reading ({@link AttributionFinder}):
 * the role the rules gave the token and its neighbours, and where the token stands from the rules' nearest cue in
 * its sentence; optionally part-of-speech tags (OpenNLP's UD-EWT model) and WordNet verb classes
 * ({@code verb.communication}, {@code verb.cognition}, …) looked up by the caller. It learns where to trust the rules
 * and what they miss, and is only as good as the annotated data it was trained on.
 * <p>
 * A trained tagger is immutable; tagging uses a per-thread part-of-speech tagger.
 */
public final class LinearChainTagger {

    /** The roles a token can have. */
    public enum Role {
        NONE, SOURCE, CUE, CONTENT
    }

    /** A span the tagger found, in article offsets. */
    public record Tagged(Role role, int start, int end) {
    }

    /** One annotated training article: its text and, per role, the annotated stretches of text. */
    public record Example(String text, List<Tagged> spans) {
    }

    /**
     * What the features may use besides the words and the rules.
     *
     * @param bits feature-hash bits (the model holds 2^bits · 7 weights)
     * @param partOfSpeech whether to tag parts of speech (OpenNLP UD-EWT; about 8 ms a 1,000-word article here)
     * @param verbClasses a word's WordNet verb classes as a bit set, 0 when none (see {@code WordNetVerbs})
     */
    public record Options(int bits, boolean partOfSpeech, ToIntFunction<String> verbClasses, int denseDimensions,
            Function<ArticleText, float[][]> dense) {

        public Options {
            if (bits < 10 || bits > 26) {
                throw new IllegalArgumentException("Feature bits must be 10..26, got " + bits);
            }
            if (verbClasses == null) {
                throw new IllegalArgumentException("verbClasses must not be null (use w -> 0 for none)");
            }
            if ((denseDimensions > 0) != (dense != null)) {
                throw new IllegalArgumentException("dense features need both a dimension and a source");
            }
        }

        /** Without dense (embedding) features. */
        public Options(int bits, boolean partOfSpeech, ToIntFunction<String> verbClasses) {
            this(bits, partOfSpeech, verbClasses, 0, null);
        }
    }

    // Tags: 0 outside; 1 + 2·(role − 1) begins a span of that role, 2 + 2·(role − 1) continues one.
    static final int TAGS = 7;

    private static final Role[] ROLES = Role.values();

    private final Options options;
    private final float[] weights;
    private final float[] transitions;
    private final float[] denseWeights;

    private LinearChainTagger(Options options, float[] weights, float[] transitions, float[] denseWeights) {
        this.options = options;
        this.weights = weights;
        this.transitions = transitions;
        this.denseWeights = denseWeights;
    }

    /** Tags an article and returns its spans in text order. */
    public List<Tagged> tag(ArticleText article) {
        Sequence s = Sequence.of(article, AttributionFinder.find(article), options);
        return s.spans(decode(s, weights, transitions, denseWeights));
    }

    private static boolean allowed(int previous, int tag) {
        if (tag == 0 || tag % 2 == 1) {
            return true;
        }
        // An inside tag continues a span of its own role.
        return previous == tag || previous == tag - 1;
    }

    private static int[] decode(Sequence s, float[] weights, float[] transitions, float[] dense) {
        int n = s.features.length;
        int[] tags = new int[n];
        if (n == 0) {
            return tags;
        }
        float[] score = new float[n * TAGS];
        int[] back = new int[n * TAGS];
        float[] local = new float[TAGS];
        for (int i = 0; i < n; i++) {
            Arrays.fill(local, 0);
            for (int f : s.features[i]) {
                int base = f * TAGS;
                for (int t = 0; t < TAGS; t++) {
                    local[t] += weights[base + t];
                }
            }
            if (s.dense != null) {
                float[] x = s.dense[i];
                for (int d = 0; d < x.length; d++) {
                    float v = x[d];
                    int base = d * TAGS;
                    for (int t = 0; t < TAGS; t++) {
                        local[t] += v * dense[base + t];
                    }
                }
            }
            for (int t = 0; t < TAGS; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    best = allowed(0, t) ? transitions[t] : Float.NEGATIVE_INFINITY;
                } else {
                    for (int p = 0; p < TAGS; p++) {
                        if (!allowed(p, t)) {
                            continue;
                        }
                        float v = score[(i - 1) * TAGS + p] + transitions[(p + 1) * TAGS + t];
                        if (v > best) {
                            best = v;
                            arg = p;
                        }
                    }
                }
                score[i * TAGS + t] = best + local[t];
                back[i * TAGS + t] = arg;
            }
        }
        int best = 0;
        for (int t = 1; t < TAGS; t++) {
            if (score[(n - 1) * TAGS + t] > score[(n - 1) * TAGS + best]) {
                best = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = best;
            best = back[i * TAGS + best];
        }
        return tags;
    }

    /**
     * Trains a tagger on annotated articles: averaged structured perceptron, {@code epochs} passes over the
     * examples in an order shuffled with {@code seed}. Deterministic for the same examples, epochs and seed.
     */
    public static LinearChainTagger train(List<Example> examples, int epochs, long seed, Options options) {
        if (examples == null || examples.isEmpty()) {
            throw new IllegalArgumentException("Training needs at least one annotated article");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("Training needs at least one epoch, got " + epochs);
        }
        List<Sequence> data = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (Example e : examples) {
            ArticleText at = ArticleText.of(e.text());
            Sequence s = Sequence.of(at, AttributionFinder.find(at), options);
            data.add(s);
            gold.add(s.goldTags(e.spans()));
        }
        float[] w = new float[(1 << options.bits()) * TAGS];
        float[] wSum = new float[w.length];
        float[] tr = new float[(TAGS + 1) * TAGS];
        float[] trSum = new float[tr.length];
        float[] dw = new float[options.denseDimensions() * TAGS];
        float[] dwSum = new float[dw.length];
        // Averaging with the usual trick: every update at step c also adds c·Δ to a sum, and the average is
        // w − sum / c at the end.
        int c = 1;
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Random random = new java.util.Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int k : order) {
                Sequence s = data.get(k);
                int[] want = gold.get(k);
                int[] got = decode(s, w, tr, dw);
                for (int i = 0; i < want.length; i++) {
                    int pw = i == 0 ? -1 : want[i - 1];
                    int pg = i == 0 ? -1 : got[i - 1];
                    if (want[i] != got[i]) {
                        for (int f : s.features[i]) {
                            w[f * TAGS + want[i]] += 1;
                            wSum[f * TAGS + want[i]] += c;
                            w[f * TAGS + got[i]] -= 1;
                            wSum[f * TAGS + got[i]] -= c;
                        }
                        if (s.dense != null) {
                            float[] x = s.dense[i];
                            for (int d = 0; d < x.length; d++) {
                                dw[d * TAGS + want[i]] += x[d];
                                dwSum[d * TAGS + want[i]] += c * x[d];
                                dw[d * TAGS + got[i]] -= x[d];
                                dwSum[d * TAGS + got[i]] -= c * x[d];
                            }
                        }
                    }
                    if (want[i] != got[i] || pw != pg) {
                        tr[(pw + 1) * TAGS + want[i]] += 1;
                        trSum[(pw + 1) * TAGS + want[i]] += c;
                        tr[(pg + 1) * TAGS + got[i]] -= 1;
                        trSum[(pg + 1) * TAGS + got[i]] -= c;
                    }
                }
                c++;
            }
        }
        for (int i = 0; i < w.length; i++) {
            w[i] -= wSum[i] / c;
        }
        for (int i = 0; i < tr.length; i++) {
            tr[i] -= trSum[i] / c;
        }
        for (int i = 0; i < dw.length; i++) {
            dw[i] -= dwSum[i] / c;
        }
        return new LinearChainTagger(options, w, tr, dw);
    }

    /** An article as the tagger sees it: its tokens and each token's hashed features. */
    static final class Sequence {
        final Token[] tokens;
        final int[][] features;
        final float[][] dense;

        private Sequence(Token[] tokens, int[][] features, float[][] dense) {
            this.tokens = tokens;
            this.features = features;
            this.dense = dense;
        }

        static Sequence of(ArticleText article, List<AttributionFinder.Found> rules, Options options) {
            List<Token> all = new ArrayList<>();
            List<Integer> sentenceOf = new ArrayList<>();
            List<Boolean> paragraphOpening = new ArrayList<>();
            int lastParagraph = -1;
            int si = 0;
            for (Sentence s : article.sentences()) {
                boolean first = true;
                for (Token t : s.tokens()) {
                    all.add(t);
                    sentenceOf.add(si);
                    paragraphOpening.add(first && s.paragraph() != lastParagraph);
                    first = false;
                }
                lastParagraph = s.paragraph();
                si++;
            }
            Token[] tokens = all.toArray(new Token[0]);
            int n = tokens.length;
            int[] pos = new int[n];
            int at = 0;
            for (Sentence s : article.sentences()) {
                String[] words = new String[s.tokens().size()];
                for (int j = 0; j < words.length; j++) {
                    words[j] = s.tokens().get(j).text();
                }
                if (options.partOfSpeech()) {
                    for (String tag : PartOfSpeech.TAGGER.get().tag(words)) {
                        pos[at++] = tag.hashCode();
                    }
                }
            }
            String text = article.text();
            String[] lower = new String[n];
            int[] word = new int[n];
            int[] cls = new int[n];
            int[] stem = new int[n];
            int[] extra = new int[n];
            for (int i = 0; i < n; i++) {
                extra[i] = options.verbClasses().applyAsInt(Lexicon.lower(tokens[i].text()));
                lower[i] = Lexicon.lower(tokens[i].text());
                word[i] = lower[i].hashCode();
                stem[i] = stem(lower[i]).hashCode();
                cls[i] = wordClass(lower[i]);
            }
            int[] rule = ruleRoles(tokens, rules);
            boolean[] quoted = quoted(text, tokens);
            int[] cueDistance = cueDistance(tokens, sentenceOf, rule);
            int[] sentenceStart = new int[n];
            for (int i = 0; i < n; i++) {
                sentenceStart[i] = i > 0 && sentenceOf.get(i).equals(sentenceOf.get(i - 1)) ? sentenceStart[i - 1] : i;
            }
            int mask = (1 << options.bits()) - 1;
            int[][] features = new int[n][];
            int[] buf = new int[64];
            for (int i = 0; i < n; i++) {
                int k = 0;
                int wPrev = i > 0 ? word[i - 1] : 1;
                int wPrev2 = i > 1 ? word[i - 2] : 2;
                int wNext = i + 1 < n ? word[i + 1] : 3;
                int wNext2 = i + 2 < n ? word[i + 2] : 4;
                int rPrev = i > 0 ? rule[i - 1] : 5;
                int rNext = i + 1 < n ? rule[i + 1] : 5;
                int cPrev = i > 0 ? cls[i - 1] : 99;
                int cNext = i + 1 < n ? cls[i + 1] : 99;
                boolean sentenceOpening = sentenceStart[i] == i;
                buf[k++] = hash(1, 0);
                buf[k++] = hash(2, word[i]);
                buf[k++] = hash(3, wPrev);
                buf[k++] = hash(4, wNext);
                buf[k++] = hash(5, wPrev2);
                buf[k++] = hash(6, wNext2);
                buf[k++] = hash(7, wPrev, word[i]);
                buf[k++] = hash(8, word[i], wNext);
                buf[k++] = hash(9, shape(tokens[i].text()));
                buf[k++] = hash(10, suffix(lower[i], 3));
                buf[k++] = hash(11, suffix(lower[i], 2));
                buf[k++] = hash(12, rule[i]);
                buf[k++] = hash(13, rPrev);
                buf[k++] = hash(14, rNext);
                buf[k++] = hash(15, rule[i], word[i]);
                buf[k++] = hash(16, rPrev, rule[i], rNext);
                buf[k++] = hash(17, cueDistance[i]);
                buf[k++] = hash(18, cueDistance[i], rule[i]);
                buf[k++] = hash(19, quoted[i] ? 1 : 0, rule[i]);
                buf[k++] = hash(20, quoted[i] ? 1 : 0, cueDistance[i]);
                buf[k++] = hash(21, sentenceOpening ? 1 : 0, paragraphOpening.get(i) ? 1 : 0);
                buf[k++] = hash(22, cls[i]);
                buf[k++] = hash(23, cPrev, cls[i]);
                buf[k++] = hash(24, cls[i], cNext);
                buf[k++] = hash(25, sentenceOpening ? 1 : 0, shape(tokens[i].text()));
                buf[k++] = hash(26, cPrev);
                buf[k++] = hash(27, cNext);
                buf[k++] = hash(28, cueDistance[i], word[i]);
                buf[k++] = hash(29, shape(tokens[i].text()), i > 0 ? shape(tokens[i - 1].text()) : 0);
                buf[k++] = hash(30, shape(tokens[i].text()), i + 1 < n ? shape(tokens[i + 1].text()) : 0);
                int sPrev = i > 0 ? stem[i - 1] : 1;
                int sNext = i + 1 < n ? stem[i + 1] : 3;
                int pPrev = i > 0 ? pos[i - 1] : 1;
                int pPrev2 = i > 1 ? pos[i - 2] : 2;
                int pNext = i + 1 < n ? pos[i + 1] : 3;
                int pNext2 = i + 2 < n ? pos[i + 2] : 4;
                buf[k++] = hash(40, pos[i]);
                buf[k++] = hash(41, pPrev, pos[i]);
                buf[k++] = hash(42, pos[i], pNext);
                buf[k++] = hash(43, pPrev2, pPrev, pos[i]);
                buf[k++] = hash(44, pos[i], pNext, pNext2);
                buf[k++] = hash(45, pos[i], stem[i]);
                buf[k++] = hash(46, pos[i], cueDistance[i]);
                buf[k++] = hash(47, pos[i], rule[i]);
                buf[k++] = hash(48, pPrev, stem[i]);
                buf[k++] = hash(49, stem[i], pNext);
                buf[k++] = hash(50, pos[i], subjectBefore(pos, sentenceStart, i),
                        complementAfter(lower, pos, sentenceOf, i));
                buf[k++] = hash(51, stem[i], complementAfter(lower, pos, sentenceOf, i));
                buf[k++] = hash(52, pos[i], Math.min(i - sentenceStart[i], 6));
                int ePrev = i > 0 ? extra[i - 1] : -1;
                int eNext = i + 1 < n ? extra[i + 1] : -1;
                buf[k++] = hash(60, extra[i]);
                buf[k++] = hash(61, extra[i] & 0xFFFF);
                buf[k++] = hash(62, extra[i] >>> 16);
                buf[k++] = hash(63, extra[i] >>> 16, pos[i]);
                buf[k++] = hash(64, extra[i] & 0xFFFF, pos[i]);
                buf[k++] = hash(65, ePrev >>> 16, extra[i] >>> 16);
                buf[k++] = hash(66, extra[i] >>> 16, complementAfter(lower, pos, sentenceOf, i));
                buf[k++] = hash(67, extra[i] >>> 16, cueDistance[i]);
                buf[k++] = hash(68, extra[i] >>> 16, eNext >>> 16);
                buf[k++] = hash(31, stem[i]);
                buf[k++] = hash(32, sPrev, stem[i]);
                buf[k++] = hash(33, stem[i], sNext);
                buf[k++] = hash(34, suffix(lower[i], 2), wNext);
                buf[k++] = hash(35, i > 0 ? shape(tokens[i - 1].text()) : 0, stem[i], sNext);
                buf[k++] = hash(36, stem[i], cueDistance[i]);
                int[] f = new int[k];
                for (int j = 0; j < k; j++) {
                    f[j] = buf[j] & mask;
                }
                features[i] = f;
            }
            return new Sequence(tokens, features, options.dense() == null ? null : options.dense().apply(article));
        }

        private static final int PROPN = "PROPN".hashCode();
        private static final int PRON = "PRON".hashCode();
        private static final int NOUN = "NOUN".hashCode();
        private static final int AUX = "AUX".hashCode();
        private static final int ADV = "ADV".hashCode();
        private static final int VERB = "VERB".hashCode();

        /** What stands before a token in its sentence, skipping auxiliaries and adverbs: a name, pronoun or noun. */
        private static int subjectBefore(int[] pos, int[] sentenceStart, int i) {
            int j = i - 1;
            while (j >= sentenceStart[i] && (pos[j] == AUX || pos[j] == ADV || pos[j] == VERB) && i - j < 4) {
                j--;
            }
            if (j < sentenceStart[i]) {
                return 0;
            }
            return pos[j] == PROPN ? 1 : pos[j] == PRON ? 2 : pos[j] == NOUN ? 3 : 4;
        }

        /** What follows a token within two tokens: "that", "to", a colon, a quotation mark, a comma, or else. */
        private static int complementAfter(String[] lower, int[] pos, List<Integer> sentenceOf, int i) {
            for (int j = i + 1; j < Math.min(lower.length, i + 3); j++) {
                switch (lower[j]) {
                    case "that" :
                        return 1;
                    case "to" :
                        return 2;
                    case ":" :
                        return 3;
                    case "“", "\"", "‘" :
                        return 4;
                    case "," :
                        return 5;
                    case "whether", "if", "how", "why", "what" :
                        return 6;
                    default :
                        if (pos[j] == PRON || pos[j] == PROPN) {
                            return 7;
                        }
                }
            }
            return 0;
        }

        /** The gold tag of each token: the role of the annotated stretch it lies in (cue over source over content). */
        int[] goldTags(List<Tagged> spans) {
            int n = tokens.length;
            int[] role = new int[n];
            int[] spanId = new int[n];
            Arrays.fill(spanId, -1);
            int id = 0;
            for (Tagged s : spans) {
                int priority = priority(s.role());
                for (int i = 0; i < n; i++) {
                    Token t = tokens[i];
                    if (t.start() < s.end() && s.start() < t.end()
                            && (role[i] == 0 || priority(ROLES[role[i]]) < priority)) {
                        role[i] = s.role().ordinal();
                        spanId[i] = id;
                    }
                }
                id++;
            }
            int[] tags = new int[n];
            for (int i = 0; i < n; i++) {
                if (role[i] == 0) {
                    continue;
                }
                boolean continues = i > 0 && role[i - 1] == role[i] && spanId[i - 1] == spanId[i];
                tags[i] = 1 + 2 * (role[i] - 1) + (continues ? 1 : 0);
            }
            return tags;
        }

        private static int priority(Role r) {
            return switch (r) {
                case CUE -> 3;
                case SOURCE -> 2;
                case CONTENT -> 1;
                case NONE -> 0;
            };
        }

        List<Tagged> spans(int[] tags) {
            List<Tagged> out = new ArrayList<>();
            int i = 0;
            while (i < tags.length) {
                if (tags[i] == 0) {
                    i++;
                    continue;
                }
                Role r = ROLES[(tags[i] + 1) / 2];
                int j = i + 1;
                while (j < tags.length && tags[j] != 0 && tags[j] % 2 == 0 && ROLES[(tags[j] + 1) / 2] == r) {
                    j++;
                }
                out.add(new Tagged(r, tokens[i].start(), tokens[j - 1].end()));
                i = j;
            }
            return out;
        }
    }

    /** OpenNLP's English part-of-speech model (UD-EWT, universal tags, Apache-2.0), a test dependency only. */
    private static final class PartOfSpeech {
        static final POSModel MODEL = load();
        static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(MODEL));

        private static POSModel load() {
            try (InputStream in = PartOfSpeech.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
                if (in == null) {
                    throw new IllegalStateException("The OpenNLP POS model is not on the classpath");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int[] ruleRoles(Token[] tokens, List<AttributionFinder.Found> rules) {
        int[] role = new int[tokens.length];
        for (AttributionFinder.Found f : rules) {
            mark(tokens, role, f.content(), Role.CONTENT.ordinal());
            mark(tokens, role, f.source(), Role.SOURCE.ordinal());
            mark(tokens, role, f.cue(), Role.CUE.ordinal());
        }
        return role;
    }

    private static void mark(Token[] tokens, int[] role, Span span, int value) {
        if (span == null) {
            return;
        }
        int i = firstEndingAfter(tokens, span.start());
        for (; i < tokens.length && tokens[i].start() < span.end(); i++) {
            role[i] = value;
        }
    }

    private static int firstEndingAfter(Token[] tokens, int offset) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether each token lies between quotation marks (curly, or straight ones paired within a paragraph). */
    private static boolean[] quoted(String text, Token[] tokens) {
        boolean[] inside = new boolean[text.length() + 1];
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '“') {
                open = true;
            } else if (ch == '”') {
                open = false;
            } else if (ch == '"') {
                open = !open;
            } else if (ch == '\n') {
                // A quotation running over paragraphs reopens with a mark of its own.
                open = false;
            }
            inside[i] = open;
        }
        boolean[] out = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = inside[tokens[i].start()];
        }
        return out;
    }

    /**
     * Where each token stands from the nearest cue the rules found in its sentence: a signed, bucketed token
     * distance (negative before the cue), or a code for a sentence without one.
     */
    private static int[] cueDistance(Token[] tokens, List<Integer> sentenceOf, int[] rule) {
        int n = tokens.length;
        int[] out = new int[n];
        int i = 0;
        int cue = Role.CUE.ordinal();
        while (i < n) {
            int j = i;
            while (j < n && sentenceOf.get(j).equals(sentenceOf.get(i))) {
                j++;
            }
            for (int k = i; k < j; k++) {
                int best = Integer.MAX_VALUE;
                for (int m = i; m < j; m++) {
                    if (rule[m] == cue && Math.abs(m - k) < Math.abs(best)) {
                        best = m - k;
                    }
                }
                out[k] = best == Integer.MAX_VALUE ? 100 : bucket(best);
            }
            i = j;
        }
        return out;
    }

    private static int bucket(int d) {
        int a = Math.abs(d);
        int b = a <= 3 ? a : a <= 6 ? 4 : a <= 12 ? 5 : a <= 25 ? 6 : 7;
        return d < 0 ? -b : b;
    }

    private static int wordClass(String lower) {
        int c = 0;
        if (Lexicon.SPEECH.contains(lower)) {
            c |= 1;
        }
        if (Lexicon.THOUGHT.contains(lower)) {
            c |= 2;
        }
        if (Lexicon.ATTRIBUTION_VERBS.contains(lower) || Lexicon.STANCE.contains(lower)) {
            c |= 4;
        }
        if (Lexicon.PRONOUNS.contains(lower)) {
            c |= 8;
        }
        if (Lexicon.PERSON_HEADS.contains(lower) || Lexicon.TITLES.contains(lower)) {
            c |= 16;
        }
        if (Lexicon.ORGANIZATION_HEADS.contains(lower) || Lexicon.MEDIA_HEADS.contains(lower)
                || Lexicon.DOCUMENT_HEADS.contains(lower)) {
            c |= 32;
        }
        if (Lexicon.NOUN_CUES.contains(lower) || Lexicon.ATTITUDE_VERBS.contains(lower)) {
            c |= 64;
        }
        if (Lexicon.ALWAYS_ANONYMOUS_HEADS.contains(lower)) {
            c |= 128;
        }
        return c;
    }

    /** A crude stem: the word without a regular inflection ("attacked", "attacks", "attacking" → "attack"). */
    static String stem(String lower) {
        int n = lower.length();
        if (n > 5 && lower.endsWith("ing")) {
            return lower.substring(0, n - 3);
        }
        if (n > 4 && lower.endsWith("ed")) {
            return lower.substring(0, n - (lower.endsWith("ied") ? 3 : 2));
        }
        if (n > 4 && lower.endsWith("es") && !lower.endsWith("ses")) {
            return lower.substring(0, n - 2);
        }
        if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
            return lower.substring(0, n - 1);
        }
        return lower;
    }

    private static int shape(String token) {
        int s = 0;
        char first = token.charAt(0);
        if (Character.isUpperCase(first)) {
            s = token.length() > 1 && isUpper(token) ? 1 : 2;
        } else if (Character.isLowerCase(first)) {
            s = 3;
        } else if (Character.isDigit(first)) {
            s = 4;
        } else {
            // Punctuation: the character itself tells quotation marks, commas and dashes apart.
            s = 10 + first;
        }
        return s;
    }

    private static boolean isUpper(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLowerCase(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int suffix(String lower, int n) {
        return lower.length() <= n ? lower.hashCode() : lower.substring(lower.length() - n).hashCode() * 31 + 7;
    }

    private static int hash(int template, int a) {
        return mix(template * 0x9E3779B9 + a);
    }

    private static int hash(int template, int a, int b) {
        return mix(mix(template * 0x9E3779B9 + a) * 31 + b);
    }

    private static int hash(int template, int a, int b, int c) {
        return mix(mix(mix(template * 0x9E3779B9 + a) * 31 + b) * 31 + c);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}

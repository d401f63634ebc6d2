package org.wirecheck.dedup.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decides how two articles relate: first word for word (cheap); then, when that leaves the pair unresolved or found
 * nothing, sentence by sentence on shared content words (cheap, {@link SpunCopyScreen}); and only when that leaves
 * the pair ambiguous, sentence by sentence with embeddings (costly).
 */
public final class ReprintJudge {

    /** What the lexical path concluded about a pair. */
    public sealed interface Verdict {
        /** A relation, decided on shared words. */
        record Decided(Relation relation, LexicalMatch match) implements Verdict {
        }

        /**
         * A spun copy, decided on words: long shared stretches, but its sentences, aligned one for one, keep clearly
         * fewer of their content words than an edited reprint does.
         */
        record Spun(SpunCopyScreen.Result screen) implements Verdict {
        }

        /** Enough shared words to look closer, not enough for a relation: ask the paraphrase path. */
        record Unresolved(LexicalMatch match) implements Verdict {
        }

        /** Nothing in common worth a second look. */
        record Unrelated() implements Verdict {
        }
    }

    /** What the word-level sentence alignment ({@link SpunCopyScreen}) concluded about a pair on the paraphrase path. */
    public sealed interface Screen {
        /** The screened alignment. */
        SpunCopyScreen.Result result();

        /** Sentences align one for one and in order over most of one side: a spun copy, no model needed. */
        record Spun(SpunCopyScreen.Result result) implements Screen {
        }

        /** Some sentences align, too few to decide on words: ask the embedding model. */
        record Ambiguous(SpunCopyScreen.Result result) implements Screen {
        }

        /** Hardly a sentence in common, even on content words: no spun copy, and the model is not asked. */
        record Unrelated(SpunCopyScreen.Result result) implements Screen {
        }
    }

    /** An article's sentences with their vectors, computed once per article and reused for every pair. */
    public record EmbeddedSentences(Sentences sentences, List<float[]> vectors) {
    }

    /**
     * The screen leaves a pair to the embedding model only if it aligned at least this many sentences in order: one
     * shared sentence is a quote, which no sentence embedding turns into a spun copy.
     */
    static final int SCREEN_MIN_SENTENCES = 2;

    /**
     * A pair sharing at least this share of either article's words is checked for a spun copy before a containment is
     * decided; below {@link ReprintRules#containment()}. A heavily spun copy keeps only its names, numbers and
     * unswappable phrases verbatim, about a quarter of either text in many short passages (0.24-0.30 when 70 % of the
     * words are offered a synonym; docs/dedup-evaluation.md, "Heavier spinning"), and one of them in the opening made
     * it a containment. An excerpt or a truncated copy is not taken for one: its sentences keep their words, and an
     * excerpt covers little of the longer side. Below {@link ReprintRules#containment()} only the aligned
     * sentences decide, not the shingle density: at {@link ReprintRules#unresolved()} a shared quote's single
     * passage, loosely matched, passed the density test as a spun copy.
     */
    static final double SPUN_CHECK_CONTAINMENT = 0.15;

    /**
     * Held whole: all of an article's words in shared passages but the odd one where the copy was cut or its headline
     * retyped.
     */
    static final double VERBATIM_WHOLE = 0.97;

    /** Word for word: hardly a shingle inside the shared passages broken (three words in a hundred edited: ~0.85). */
    static final double VERBATIM_DENSITY = 0.98;

    /** The other article goes on: more than a tenth of it is not in the copy (a credit line or two is less). */
    static final double VERBATIM_GOES_ON = 0.9;

    private final ReprintRules rules;
    private final SentenceEmbedder embedder;
    private final ParaphraseAlignment alignment;

    public ReprintJudge(ReprintRules rules, SentenceEmbedder embedder) {
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
        this.embedder = java.util.Objects.requireNonNull(embedder, "embedder");
        this.alignment = new ParaphraseAlignment(rules.sentenceCosine());
    }

    public ReprintRules rules() {
        return rules;
    }

    /** The lexical verdict for {@code self -> other}. */
    public Verdict lexical(AnalysedArticle self, AnalysedArticle other, boolean samePublisher) {
        return lexical(self, () -> SpunCopyScreen.prepare(self), other, samePublisher);
    }

    /**
     * The lexical verdict for {@code self -> other}, with {@code self}'s sentences for the spun-copy check prepared
     * (lazily, once per article) by the caller. {@code self} is the article being checked, {@code other} an indexed
     * one: where both start with the same opening and neither is mostly held by the other, the newer one is taken to
     * carry the older one's opening.
     */
    public Verdict lexical(AnalysedArticle self, Supplier<SpunCopyScreen.Prepared> selfSentences,
            AnalysedArticle other, boolean samePublisher) {
        if (self.text().wordCount() > 0 && self.sameWordsAs(other)) {
            return new Verdict.Decided(Relation.EXACT, new LexicalMatch(1, 1, 1,
                    List.of(new Passage(0, self.text().text().length(), 0, other.text().text().length())),
                    self.text().wordCount(), other.text().wordCount(), self.text().wordCount(), 1));
        }
        LexicalMatch match = LexicalComparison.compare(self, other, samePublisher);
        double thisInOther = match.thisInOther();
        double otherInThis = match.otherInThis();
        double shared = Math.max(thisInOther, otherInThis);
        if (shared >= SPUN_CHECK_CONTAINMENT) {
            if (shared >= rules.containment() && match.density() < rules.spunDensity()) {
                // Long aligned stretches in which most shingles were broken: the same text with every few words
                // swapped. A spun copy, whatever the embedding path would add. (Under a containment's worth of
                // shared words the passages are a few scattered stretches, too little to say so, and too little to
                // show the copy's swaps: the sentences decide.)
                return new Verdict.Decided(Relation.PARAPHRASE, match);
            }
            // Shingles bridge a few swapped words, so a lightly spun copy can look like an edited reprint; its
            // sentences, aligned one for one, tell: a reprint keeps nearly all content words of each sentence.
            SpunCopyScreen.Result screen = SpunCopyScreen.compare(selfSentences.get(),
                    SpunCopyScreen.prepare(other));
            if (spun(screen) && screen.meanOverlap() < rules.spunOverlap()) {
                return new Verdict.Spun(screen);
            }
        }
        // Whose opening was copied says who holds whom.
        boolean otherLeadHere = match.leadInThis() >= rules.excerptWords();
        boolean ownLeadThere = match.leadOfThisInOther() >= rules.excerptWords();
        if (match.density() >= VERBATIM_DENSITY && ownLeadThere && thisInOther >= VERBATIM_WHOLE
                && otherInThis < VERBATIM_GOES_ON) {
            // This article is the other's opening word for word and stops where the other goes on: a cut-off copy
            // (paywall, "read more"), a part of the other however much of it it keeps. An edited reprint changes
            // words in between: one changed word breaks five shingles, so its passages are far less dense.
            // The other way round (an indexed article word for word at the top of a longer new one) is left to the
            // rules below: paragraphs added to a reprint make an edited reprint, and a page adding other indexed
            // articles is settled as a compilation when the index sees them.
            return new Verdict.Decided(Relation.CONTAINED_IN, match);
        }
        if (Math.min(thisInOther, otherInThis) >= rules.nearDuplicate()) {
            return new Verdict.Decided(Relation.NEAR_DUPLICATE, match);
        }
        if (Math.min(thisInOther, otherInThis) >= rules.containment() && (thisInOther < otherInThis
                ? spread(self, match.passages())
                : spread(other, match.reversed().passages())) >= rules.spread()) {
            // The shared text runs from the top to the bottom of the article less of which is shared, with gaps:
            // paragraphs cut from the one or added to it in between. A truncated copy or an excerpt is one block
            // at the top of the longer article, not spread over it.
            return new Verdict.Decided(Relation.NEAR_DUPLICATE, match);
        }
        // An aggregator carrying a story's first paragraphs contains it, however short the aggregator page is.
        if (otherLeadHere != ownLeadThere) {
            return new Verdict.Decided(otherLeadHere ? Relation.CONTAINS : Relation.CONTAINED_IN, match);
        }
        if (otherLeadHere) {
            // Both start with the same opening. Held as a whole (most of this in the other): a truncated copy.
            // Otherwise this article carries the other's opening among copy of its own (an aggregator's excerpt):
            // the article being checked is the newer one, and the indexed one, which goes on with its own story,
            // came first.
            return new Verdict.Decided(thisInOther >= rules.nearDuplicate() && thisInOther >= otherInThis
                    ? Relation.CONTAINED_IN
                    : Relation.CONTAINS, match);
        }
        if (otherInThis >= rules.containment() && otherInThis >= thisInOther) {
            return new Verdict.Decided(Relation.CONTAINS, match);
        }
        if (thisInOther >= rules.containment()) {
            return new Verdict.Decided(Relation.CONTAINED_IN, match);
        }
        if (Math.max(thisInOther, otherInThis) >= rules.unresolved()) {
            return new Verdict.Unresolved(match);
        }
        return new Verdict.Unrelated();
    }

    private boolean spun(SpunCopyScreen.Result screen) {
        return screen.coverage() >= rules.paraphraseCoverage()
                && screen.passages().size() >= rules.paraphraseMinSentences();
    }

    /**
     * The cheap pre-screen of the paraphrase path for {@code self -> other}: sentences aligned on shared content
     * words, in order. Only an {@link Screen.Ambiguous} pair is worth the embedding model.
     */
    public Screen screen(SpunCopyScreen.Prepared self, SpunCopyScreen.Prepared other) {
        SpunCopyScreen.Result result = SpunCopyScreen.compare(self, other);
        if (spun(result)) {
            return new Screen.Spun(result);
        }
        return result.coverage() >= rules.screenAmbiguous() && result.passages().size() >= SCREEN_MIN_SENTENCES
                ? new Screen.Ambiguous(result)
                : new Screen.Unrelated(result);
    }

    /**
     * Settles the relations found for one article together: a page that also holds other indexed articles, outside
     * the passages shared with one of them, is a compilation (an aggregator's listing), so it contains that one even
     * where the one fills most of the page; it is not an edited reprint of it.
     */
    public List<Reprint> settle(AnalysedArticle self, List<Reprint> found) {
        if (found.size() < 2 || found.stream().noneMatch(r -> r.relation() == Relation.NEAR_DUPLICATE)) {
            return found;
        }
        ArticleText text = self.text();
        // Each relation's words are marked once, not once for every near-duplicate it is weighed against.
        BitSet[] covered = new BitSet[found.size()];
        for (int k = 0; k < covered.length; k++) {
            Relation relation = found.get(k).relation();
            if (relation == Relation.CONTAINS || relation == Relation.NEAR_DUPLICATE) {
                covered[k] = words(text, found.get(k).passages());
            }
        }
        List<Reprint> settled = new ArrayList<>(found.size());
        for (int k = 0; k < covered.length; k++) {
            Reprint r = found.get(k);
            if (r.relation() != Relation.NEAR_DUPLICATE) {
                settled.add(r);
                continue;
            }
            BitSet others = new BitSet();
            for (int o = 0; o < covered.length; o++) {
                if (o != k && covered[o] != null) {
                    others.or(covered[o]);
                }
            }
            others.andNot(covered[k]);
            settled.add(others.cardinality() >= rules.excerptWords()
                    ? new Reprint(r.other(), Relation.CONTAINS, r.similarity(), r.thisInOther(), r.otherInThis(),
                            r.passages())
                    : r);
        }
        return settled;
    }

    /**
     * Share of an article's copy words from the first word of the passages to the last (offsets on its side): close
     * to 1 when the shared text runs from the top to the bottom of the article (an edited reprint with paragraphs cut
     * or added in between), small when it is one block of it (a truncated copy, an excerpt).
     */
    static double spread(AnalysedArticle article, List<Passage> passages) {
        BitSet covered = words(article.text(), passages);
        if (covered.isEmpty() || article.copyWords() == 0) {
            return 0;
        }
        int copy = 0;
        for (int w = covered.nextSetBit(0); w < covered.length(); w++) {
            copy += article.isChrome(w) ? 0 : 1;
        }
        return Math.min(1.0, (double) copy / article.copyWords());
    }

    /** The words of a text that lie in passages (this side's offsets). */
    private static BitSet words(ArticleText text, List<Passage> passages) {
        BitSet covered = new BitSet(text.wordCount());
        for (Passage p : passages) {
            // The words starting in [start, end) are a range.
            covered.set(text.firstWordFrom(p.start()), text.firstWordFrom(p.end()));
        }
        return covered;
    }

    /** Splits an article into sentences and embeds them: the costly step of the paraphrase path. */
    public EmbeddedSentences embed(AnalysedArticle article) {
        Sentences sentences = Sentences.of(article);
        return new EmbeddedSentences(sentences, embedder.embed(sentences.texts()));
    }

    /** The paraphrase verdict for {@code self -> other}: present only for a spun copy. */
    public Optional<ParaphraseMatch> paraphrase(EmbeddedSentences self, EmbeddedSentences other) {
        ParaphraseMatch match = alignment.align(self.sentences(), self.vectors(), other.sentences(),
                other.vectors());
        // One side covered is enough: a spun copy of part of an article (or one padded with new sentences) is still
        // spun; independent articles on one event align only a few sentences, well below the coverage threshold.
        boolean covered = Math.max(match.thisInOther(), match.otherInThis()) >= rules.paraphraseCoverage();
        return covered && match.passages().size() >= rules.paraphraseMinSentences()
                ? Optional.of(match)
                : Optional.empty();
    }

    /**
     * Both paths for one pair, as the index runs them: lexical first; then the word-level sentence screen; the
     * embedding model only if the screen finds the pair ambiguous.
     */
    public Optional<Reprint> judge(UUID otherId, AnalysedArticle self, AnalysedArticle other, boolean samePublisher) {
        SpunCopyScreen.Prepared own = SpunCopyScreen.prepare(self);
        Verdict verdict = lexical(self, () -> own, other, samePublisher);
        if (verdict instanceof Verdict.Decided decided) {
            return Optional.of(fromLexical(otherId, decided));
        }
        if (verdict instanceof Verdict.Spun spun) {
            return Optional.of(fromScreen(otherId, spun.screen()));
        }
        Screen screen = screen(own, SpunCopyScreen.prepare(other));
        if (screen instanceof Screen.Spun) {
            return Optional.of(fromScreen(otherId, screen.result()));
        }
        if (screen instanceof Screen.Unrelated) {
            return Optional.empty();
        }
        return paraphrase(embed(self), embed(other)).map(m -> fromParaphrase(otherId, m));
    }

    static Reprint fromLexical(UUID otherId, Verdict.Decided decided) {
        LexicalMatch m = decided.match();
        if (decided.relation() == Relation.PARAPHRASE) {
            return new Reprint(otherId, Relation.PARAPHRASE, m.density(), m.thisInOther(), m.otherInThis(),
                    m.passages());
        }
        return new Reprint(otherId, decided.relation(), m.similarity(), m.thisInOther(), m.otherInThis(),
                m.passages());
    }

    /** A spun copy found by the word-level screen: similarity is the mean content-word overlap of the sentences. */
    static Reprint fromScreen(UUID otherId, SpunCopyScreen.Result m) {
        return new Reprint(otherId, Relation.PARAPHRASE, m.meanOverlap(), m.thisInOther(), m.otherInThis(),
                m.passages());
    }

    static Reprint fromParaphrase(UUID otherId, ParaphraseMatch m) {
        return new Reprint(otherId, Relation.PARAPHRASE, m.similarity(), m.thisInOther(), m.otherInThis(),
                m.passages());
    }
}

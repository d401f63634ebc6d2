package org.wirecheck.dedup.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides how two articles relate: first word for word (cheap), then, only when that leaves the pair unresolved or
 * found nothing, sentence by sentence with embeddings (costly).
 */
public final class ReprintJudge {

    /** What the lexical path concluded about a pair. */
    public sealed interface Verdict {
        /** A relation, decided on shared words. */
        record Decided(Relation relation, LexicalMatch match) implements Verdict {
        }

        /** Enough shared words to look closer, not enough for a relation: ask the paraphrase path. */
        record Unresolved(LexicalMatch match) implements Verdict {
        }

        /** Nothing in common worth a second look. */
        record Unrelated() implements Verdict {
        }
    }

    /** An article's sentences with their vectors, computed once per article and reused for every pair. */
    public record EmbeddedSentences(Sentences sentences, List<float[]> vectors) {
    }

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
        if (self.text().wordCount() > 0 && self.sameWordsAs(other)) {
            return new Verdict.Decided(Relation.EXACT, new LexicalMatch(1, 1, 1,
                    List.of(new Passage(0, self.text().text().length(), 0, other.text().text().length())),
                    self.text().wordCount(), other.text().wordCount(), self.text().wordCount(), 1));
        }
        LexicalMatch match = LexicalComparison.compare(self, other, samePublisher);
        if (Math.max(match.thisInOther(), match.otherInThis()) >= rules.containment()
                && match.density() < rules.spunDensity()) {
            // Long aligned stretches in which most shingles were broken: the same text with every few words
            // swapped. A spun copy, whatever the embedding path would add.
            return new Verdict.Decided(Relation.PARAPHRASE, match);
        }
        double thisInOther = match.thisInOther();
        double otherInThis = match.otherInThis();
        if (Math.min(thisInOther, otherInThis) >= rules.nearDuplicate()) {
            return new Verdict.Decided(Relation.NEAR_DUPLICATE, match);
        }
        // Whose opening was copied says who holds whom: an aggregator carrying a story's first paragraphs contains
        // it, however short the aggregator page is.
        boolean otherLeadHere = match.leadInThis() >= rules.excerptWords();
        boolean ownLeadThere = match.leadOfThisInOther() >= rules.excerptWords();
        if (otherLeadHere != ownLeadThere) {
            return new Verdict.Decided(otherLeadHere ? Relation.CONTAINS : Relation.CONTAINED_IN, match);
        }
        if (otherInThis >= rules.containment() && otherInThis >= thisInOther) {
            return new Verdict.Decided(Relation.CONTAINS, match);
        }
        if (thisInOther >= rules.containment()) {
            return new Verdict.Decided(Relation.CONTAINED_IN, match);
        }
        if (otherLeadHere) {
            return new Verdict.Decided(
                    self.copyWords() >= other.copyWords() ? Relation.CONTAINS : Relation.CONTAINED_IN, match);
        }
        if (Math.max(thisInOther, otherInThis) >= rules.unresolved()) {
            return new Verdict.Unresolved(match);
        }
        return new Verdict.Unrelated();
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

    /** Both paths for one pair, as the index runs them: lexical first, paraphrase only if that found no relation. */
    public Optional<Reprint> judge(UUID otherId, AnalysedArticle self, AnalysedArticle other, boolean samePublisher) {
        Verdict verdict = lexical(self, other, samePublisher);
        if (verdict instanceof Verdict.Decided decided) {
            return Optional.of(fromLexical(otherId, decided));
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

    static Reprint fromParaphrase(UUID otherId, ParaphraseMatch m) {
        return new Reprint(otherId, Relation.PARAPHRASE, m.similarity(), m.thisInOther(), m.otherInThis(),
                m.passages());
    }
}

package org.wirecheck.dedup.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.engine.MiniLmSentenceEmbedder;
import org.wirecheck.dedup.engine.ParaphraseMatch;
import org.wirecheck.dedup.engine.ReprintJudge;
import org.wirecheck.dedup.engine.ReprintRules;

/**
 * The paraphrase path's cost, reported apart from the lexical path: embedding one article's sentences with
 * all-MiniLM-L6-v2 (quantised, in-process, CPU), and aligning two embedded articles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParaphrasePathBenchmark {

    private final SyntheticNews news = new SyntheticNews(42);
    private ReprintJudge judge;
    private AnalysedArticle article;
    private ReprintJudge.EmbeddedSentences a;
    private ReprintJudge.EmbeddedSentences b;

    @Setup(Level.Trial)
    public void setUp() {
        judge = new ReprintJudge(ReprintRules.DEFAULT, new MiniLmSentenceEmbedder());
        article = AnalysedArticle.of(news.article(1));
        a = judge.embed(article);
        b = judge.embed(AnalysedArticle.of(news.editedReprint(1, 5)));
    }

    /** One 400-word article: split into sentences and embed them all. */
    @Benchmark
    public ReprintJudge.EmbeddedSentences embedArticle() {
        return judge.embed(article);
    }

    /** Align two embedded articles (the per-candidate cost once both are embedded). */
    @Benchmark
    public java.util.Optional<ParaphraseMatch> alignPair() {
        return judge.paraphrase(a, b);
    }
}

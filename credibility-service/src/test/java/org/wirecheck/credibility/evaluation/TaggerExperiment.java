package org.wirecheck.credibility.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.wirecheck.credibility.engine.ArticleText;
import org.wirecheck.credibility.engine.LinearChainTagger;
import org.wirecheck.credibility.engine.Span;
import org.wirecheck.credibility.evaluation.PolnearCorpus.Document;
import org.wirecheck.credibility.evaluation.PolnearCorpus.GoldSpan;
import org.wirecheck.credibility.evaluation.PolnearCorpus.Relation;

/**
 * The trained-tagger experiment of issue #4 (docs/credibility-evaluation.md, "A trained tagger"): trains
 * {@link LinearChainTagger} on PolNeAR's train compartment and scores its spans on another compartment with the same
 * protocol as {@link PolnearEvaluation}. Nothing is written to the repository; the model lives only in memory.
 * <p>
 * Arguments: {@code <split> <epochs> <partOfSpeech true|false> <wordnet true|false>}. WordNet comes from Debian's
 * {@code wordnet} package ({@code /usr/share/wordnet}). Also prints how many of the split's gold cue phrases never
 * occur as a cue in train (what word features cannot learn) and the tagging time per article.
 */
public final class TaggerExperiment {

    private TaggerExperiment() {
    }

    static List<LinearChainTagger.Example> examples(List<Document> docs) {
        List<LinearChainTagger.Example> out = new ArrayList<>();
        for (Document d : docs) {
            List<LinearChainTagger.Tagged> spans = new ArrayList<>();
            for (Relation r : d.relations()) {
                add(spans, LinearChainTagger.Role.SOURCE, r.source());
                add(spans, LinearChainTagger.Role.CUE, r.cue());
                add(spans, LinearChainTagger.Role.CONTENT, r.content());
            }
            out.add(new LinearChainTagger.Example(d.text(), spans));
        }
        return out;
    }

    private static void add(List<LinearChainTagger.Tagged> spans, LinearChainTagger.Role role, GoldSpan g) {
        if (g != null) {
            spans.add(new LinearChainTagger.Tagged(role, g.start(), g.end()));
        }
    }

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "dev";
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        boolean pos = args.length <= 2 || Boolean.parseBoolean(args[2]);
        boolean wordnet = args.length <= 3 || Boolean.parseBoolean(args[3]);
        if ("train".equals(split)) {
            throw new IllegalArgumentException("The tagger is trained on train; score it on dev (or test, once)");
        }
        ToIntFunction<String> verbs = w -> 0;
        if (wordnet) {
            Path dict = Path.of("/usr/share/wordnet");
            if (!Files.isDirectory(dict)) {
                throw new IllegalStateException("No WordNet at " + dict + ": apt-get install wordnet, or pass false");
            }
            verbs = new WordNetVerbs(dict)::classes;
        }
        boolean minilm = args.length > 4 && Boolean.parseBoolean(args[4]);
        LinearChainTagger.Options options;
        if (minilm) {
            MiniLmTokenStates states = new MiniLmTokenStates();
            options = new LinearChainTagger.Options(20, pos, verbs, MiniLmTokenStates.DIMENSIONS, states::states);
        } else {
            options = new LinearChainTagger.Options(20, pos, verbs);
        }
        long t0 = System.nanoTime();
        List<Document> train = PolnearCorpus.read(PolnearCorpus.dataRoot().resolve("train"));
        LinearChainTagger tagger = LinearChainTagger.train(examples(train), epochs, 1, options);
        System.out.printf(Locale.ROOT, "trained on %d train articles, %d epochs, POS %s, WordNet %s, in %.1f s%n",
                train.size(), epochs, pos, wordnet, (System.nanoTime() - t0) / 1e9);

        List<Document> docs = PolnearCorpus.read(PolnearCorpus.dataRoot().resolve(split));
        for (Document d : docs) {
            tagger.tag(ArticleText.of(d.text()));
        }
        PolnearEvaluation.Counts[] c = {new PolnearEvaluation.Counts(), new PolnearEvaluation.Counts(),
                new PolnearEvaluation.Counts()};
        List<String> errors = new ArrayList<>();
        long tagging = 0;
        for (Document d : docs) {
            long s = System.nanoTime();
            List<LinearChainTagger.Tagged> tagged = tagger.tag(ArticleText.of(d.text()));
            tagging += System.nanoTime() - s;
            List<Set<Span>> pred = List.of(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
            for (LinearChainTagger.Tagged t : tagged) {
                pred.get(t.role().ordinal() - 1).add(Span.of(d.text(), t.start(), t.end()));
            }
            List<Set<GoldSpan>> gold = PolnearEvaluation.goldByRole(d);
            String[] roles = {"source", "cue", "content"};
            for (int i = 0; i < 3; i++) {
                PolnearEvaluation.score(pred.get(i), gold.get(i), d.text(), c[i], roles[i], errors);
            }
        }
        try {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "tagger-" + split + "-errors.tsv"), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "%s: %d articles, tagging %.2f ms an article (one thread, rules included)%n",
                split, docs.size(), tagging / 1e6 / docs.size());
        System.out.println("| span | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |");
        System.out.println("|---|---|---|---|---|---|---|");
        String[] names = {"source", "cue", "content"};
        for (int i = 0; i < 3; i++) {
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", names[i],
                    c[i].exactP(), c[i].exactR(), PolnearEvaluation.Counts.f1(c[i].exactP(), c[i].exactR()),
                    c[i].overlapP(), c[i].overlapR(), PolnearEvaluation.Counts.f1(c[i].overlapP(), c[i].overlapR()));
        }
        Set<String> trainCues = new HashSet<>();
        for (Document d : train) {
            for (Relation r : d.relations()) {
                if (r.cue() != null) {
                    trainCues.add(cueText(d, r.cue()));
                }
            }
        }
        int cues = 0;
        int unseen = 0;
        for (Document d : docs) {
            for (Relation r : d.relations()) {
                if (r.cue() != null) {
                    cues++;
                    unseen += trainCues.contains(cueText(d, r.cue())) ? 0 : 1;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d of %d gold cues of %s (%.1f %%) never occur as a cue in train%n", unseen,
                cues, split, 100.0 * unseen / cues);
    }

    private static String cueText(Document d, GoldSpan g) {
        return d.text().substring(g.start(), g.end()).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

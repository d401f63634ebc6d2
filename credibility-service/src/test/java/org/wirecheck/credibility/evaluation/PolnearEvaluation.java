package org.wirecheck.credibility.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.wirecheck.credibility.engine.Article;
import org.wirecheck.credibility.engine.Assessment;
import org.wirecheck.credibility.engine.Attribution;
import org.wirecheck.credibility.engine.CredibilityEngine;
import org.wirecheck.credibility.engine.PublisherDirectory;
import org.wirecheck.credibility.engine.Quote;
import org.wirecheck.credibility.engine.ScoringWeights;
import org.wirecheck.credibility.engine.SourceKind;
import org.wirecheck.credibility.engine.Span;
import org.wirecheck.credibility.evaluation.PolnearCorpus.Document;
import org.wirecheck.credibility.evaluation.PolnearCorpus.GoldSpan;
import org.wirecheck.credibility.evaluation.PolnearCorpus.Relation;

/**
 * Scores the engine's attribution spans against one PolNeAR compartment.
 * <ul>
 * <li>Span P/R/F1 per role (source, cue, content), each role on its own: <b>exact</b> counts a predicted span that
 * has the same start and end as a gold span of that role; <b>overlap</b> counts a predicted span that shares at least
 * one character with one (precision), and a gold span that shares one with a prediction (recall).</li>
 * <li>Quote-speaker accuracy: over gold relations whose content opens with a quotation mark and that have a source,
 * the engine's quotation over that content must name its speaker at a span overlapping the gold source (a pronoun
 * counts where the gold source is that pronoun). Reported over the quotations the engine found, and end to end.</li>
 * <li>Named vs anonymous: PolNeAR has no such label, so for every gold source the engine also found, the engine's
 * verdict on its own span is compared with its verdict on the gold span's text; this measures the stability of the
 * classification under span errors, not its correctness.</li>
 * </ul>
 * Run: {@code ./mvnw -B -o -pl credibility-service test -Dtest=PolnearEvaluationTest -Dpolnear.split=test}.
 */
public final class PolnearEvaluation {

    /** Counts for one role. */
    static final class Counts {
        int predicted;
        int gold;
        int exactHits;
        int overlapPredHits;
        int overlapGoldHits;

        double exactP() {
            return ratio(exactHits, predicted);
        }

        double exactR() {
            return ratio(exactHits, gold);
        }

        double overlapP() {
            return ratio(overlapPredHits, predicted);
        }

        double overlapR() {
            return ratio(overlapGoldHits, gold);
        }

        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The result of one run. */
    record Result(String split, int documents, int relations, Counts source, Counts cue, Counts content,
            int goldQuotes, int quotesFound, int speakerCorrect, int namedCompared, int namedAgree,
            int predictedAnonymous, int predictedNamed, int predictedWithoutSource) {

        String markdown() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "Split `%s`: %d articles, %d gold relations.%n%n", split, documents,
                    relations));
            sb.append(
                    "| span | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | predicted | gold |\n");
            sb.append("|---|---|---|---|---|---|---|---|---|\n");
            row(sb, "source", source);
            row(sb, "cue", cue);
            row(sb, "content", content);
            sb.append(String.format(Locale.ROOT,
                    "%nQuote-speaker accuracy: %.3f over the %d gold quotations the engine found (%d of %d gold "
                            + "quotations with a source; end to end %.3f).%n",
                    ratio(speakerCorrect, quotesFound), quotesFound, quotesFound, goldQuotes,
                    ratio(speakerCorrect, goldQuotes)));
            sb.append(String.format(Locale.ROOT,
                    "%nNamed vs anonymous: predicted sources %d named, %d anonymous (and %d relations that name no "
                            + "source); verdict on the engine's span agrees with the verdict on the gold span for "
                            + "%.3f of %d matched sources.%n",
                    predictedNamed, predictedAnonymous, predictedWithoutSource, ratio(namedAgree, namedCompared),
                    namedCompared));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, Counts c) {
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %d |%n", name,
                    c.exactP(), c.exactR(), Counts.f1(c.exactP(), c.exactR()), c.overlapP(), c.overlapR(),
                    Counts.f1(c.overlapP(), c.overlapR()), c.predicted, c.gold));
        }
    }

    private PolnearEvaluation() {
    }

    static Result run(String split) {
        Path compartment = PolnearCorpus.dataRoot().resolve(split);
        if (!Files.isDirectory(compartment)) {
            throw new IllegalArgumentException("No PolNeAR compartment at " + compartment);
        }
        List<Document> docs = PolnearCorpus.read(compartment);
        CredibilityEngine engine = new CredibilityEngine(ScoringWeights.defaults());
        Counts source = new Counts();
        Counts cue = new Counts();
        Counts content = new Counts();
        int relations = 0;
        int goldQuotes = 0;
        int quotesFound = 0;
        int speakerCorrect = 0;
        int namedCompared = 0;
        int namedAgree = 0;
        int anon = 0;
        int named = 0;
        int sourceless = 0;
        List<String> errors = new ArrayList<>();
        for (Document d : docs) {
            Assessment a = engine.assess(Article.ofText(d.text()), List.of(), PublisherDirectory.empty());
            relations += d.relations().size();
            Set<Span> ps = new LinkedHashSet<>();
            Set<Span> pc = new LinkedHashSet<>();
            Set<Span> pt = new LinkedHashSet<>();
            for (Attribution at : a.attributions()) {
                if (at.source() != null) {
                    ps.add(at.source());
                }
                pc.add(at.cue());
                pt.add(at.content());
                if (at.source() == null) {
                    sourceless++;
                } else if (at.sourceKind() == SourceKind.ANONYMOUS) {
                    anon++;
                } else {
                    named++;
                }
            }
            List<Set<GoldSpan>> gold = goldByRole(d);
            score(ps, gold.get(0), d.text(), source, "source", errors);
            score(pc, gold.get(1), d.text(), cue, "cue", errors);
            score(pt, gold.get(2), d.text(), content, "content", errors);

            for (Relation r : d.relations()) {
                if (r.source() == null || r.content() == null) {
                    continue;
                }
                String c = d.text().substring(r.content().start(), r.content().end()).strip();
                if (!(c.startsWith("“") || c.startsWith("\""))) {
                    continue;
                }
                goldQuotes++;
                Quote q = a.quotes().stream().filter(x -> r.content().overlaps(x.start(), x.end())).findFirst()
                        .orElse(null);
                if (q == null) {
                    continue;
                }
                quotesFound++;
                if (q.speakerMention() != null
                        && r.source().overlaps(q.speakerMention().start(), q.speakerMention().end())) {
                    speakerCorrect++;
                }
            }
            for (Attribution at : a.attributions()) {
                if (at.source() == null) {
                    continue;
                }
                for (Relation r : d.relations()) {
                    if (r.source() != null && r.source().overlaps(at.source().start(), at.source().end())) {
                        String goldText = d.text().substring(r.source().start(), r.source().end());
                        SourceKind goldKind = kindOf(engine, goldText);
                        namedCompared++;
                        if (goldKind.named() == at.sourceKind().named()) {
                            namedAgree++;
                        }
                        break;
                    }
                }
            }
        }
        writeErrors(split, errors);
        return new Result(PolnearCorpus.dataRoot().relativize(compartment).toString(), docs.size(), relations,
                source, cue, content, goldQuotes, quotesFound, speakerCorrect, namedCompared, namedAgree, anon,
                named, sourceless);
    }

    /** The engine's verdict on a phrase standing alone as the subject of "said". */
    private static SourceKind kindOf(CredibilityEngine engine, String phrase) {
        String sentence = phrase.strip() + " said the plan was ready.";
        List<Attribution> found = engine.assess(Article.ofText(sentence), List.of(), PublisherDirectory.empty())
                .attributions();
        return found.isEmpty() ? SourceKind.PERSON : found.get(0).sourceKind();
    }

    /**
     * Lists every span counted as missed (FN) or wrong (FP) under overlap matching, with some context, in
     * {@code target/polnear-<split>-errors.tsv}, for error analysis on the development compartments. It stays in the
     * build directory: corpus text never enters the repository.
     */
    private static void writeErrors(String split, List<String> errors) {
        try {
            Path out = Path.of("target", "polnear-" + split + "-errors.tsv");
            Files.createDirectories(out.getParent());
            Files.write(out, errors);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String context(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 80), start);
        String after = text.substring(end, Math.min(text.length(), end + 80));
        return (before + "[[" + text.substring(start, end) + "]]" + after).replaceAll("\\s+", " ");
    }

    /** An article's distinct gold spans by role: source, cue, content. */
    static List<Set<GoldSpan>> goldByRole(Document d) {
        List<Set<GoldSpan>> gold = List.of(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        for (Relation r : d.relations()) {
            if (r.source() != null) {
                gold.get(0).add(r.source());
            }
            if (r.cue() != null) {
                gold.get(1).add(r.cue());
            }
            if (r.content() != null) {
                gold.get(2).add(r.content());
            }
        }
        return gold;
    }

    static void score(Set<Span> predicted, Set<GoldSpan> gold, String text, Counts c, String role,
            List<String> errors) {
        List<int[]> p = new ArrayList<>();
        for (Span s : predicted) {
            p.add(new int[]{s.start(), s.end()});
        }
        c.predicted += p.size();
        c.gold += gold.size();
        for (int[] s : p) {
            boolean exact = false;
            boolean overlap = false;
            for (GoldSpan g : gold) {
                int gs = trimStart(text, g.start(), g.end());
                int ge = trimEnd(text, g.start(), g.end());
                if (gs == s[0] && ge == s[1]) {
                    exact = true;
                }
                if (g.overlaps(s[0], s[1])) {
                    overlap = true;
                }
            }
            c.exactHits += exact ? 1 : 0;
            c.overlapPredHits += overlap ? 1 : 0;
            if (!overlap) {
                errors.add("FP\t" + role + "\t" + text.substring(s[0], s[1]).replaceAll("\\s+", " ") + "\t"
                        + context(text, s[0], s[1]));
            }
        }
        for (GoldSpan g : gold) {
            boolean found = false;
            for (int[] s : p) {
                if (g.overlaps(s[0], s[1])) {
                    c.overlapGoldHits++;
                    found = true;
                    break;
                }
            }
            if (!found) {
                errors.add("FN\t" + role + "\t" + text.substring(g.start(), g.end()).replaceAll("\\s+", " ")
                        + "\t" + context(text, g.start(), g.end()));
            }
        }
    }

    /** Gold spans sometimes carry surrounding white space; exact matching ignores only that. */
    private static int trimStart(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    private static int trimEnd(String text, int s, int e) {
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "dev";
        System.out.println(run(split).markdown());
    }
}

package org.wirecheck.credibility.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.wirecheck.common.text.Lookalikes;

/**
 * Assesses an article: quotations and attributions with their sources, provenance signals, flags, and the two
 * explainable scores.
 * <p>
 * Both scores are weighted means of components in 0..1, times 100:
 * {@code attribution = 100 · Σ wᵢ·vᵢ / Σ wᵢ} over coverage, distinct sources, named share, direct quotations and
 * source diversity; {@code credibility = 100 · Σ wⱼ·vⱼ / Σ wⱼ − Σ penalties} over the attribution score, byline,
 * dateline, registered publisher and credits, minus a fixed number of points per raised flag, clamped to 0..100.
 * Example: coverage 0.4 (v = 0.8), 2 sources (0.67), all named (1), 1 quotation (0.5), 2 kinds (0.67) with the
 * default weights 3, 2, 2, 1.5, 1 give 100 · (2.4 + 1.33 + 2 + 0.75 + 0.67) / 9.5 = 75. The credits component
 * counts only when there is something to credit (a notice in the text or an origin given), so an original story is
 * not marked down for not crediting anyone.
 * <p>
 * Thread-safe: holds only the weights.
 */
public final class CredibilityEngine {

    private final ScoringWeights weights;

    public CredibilityEngine(ScoringWeights weights) {
        if (weights == null) {
            throw new IllegalArgumentException("The engine needs scoring weights, got null");
        }
        this.weights = weights;
    }

    public Assessment assess(Article article, List<Origin> origins, PublisherDirectory directory) {
        if (article == null) {
            throw new IllegalArgumentException("Cannot assess a null article");
        }
        List<Origin> givenOrigins = origins == null ? List.of() : origins;
        PublisherDirectory dir = directory == null ? PublisherDirectory.empty() : directory;
        // Lookalike letters are read as the Latin ones they pass for, char for char, so every span still points at
        // the text as received.
        Lookalikes.Reading reading = Lookalikes.readAsLatin(article.text());
        List<Span> disguised = reading.changed().stream().map(w -> Span.of(article.text(), w[0], w[1])).toList();
        ArticleText at = ArticleText.of(reading.text());
        if (!AttributionLanguage.read(at.text())) {
            // No scores rather than scores of 0: the rules cannot tell a well-sourced Dari story from an unsourced
            // one. Credits and origins are still read (a registry name or domain is matched in any script).
            Provenance provenance = ProvenanceReader.read(article, at, dir, givenOrigins, List.of());
            return new Assessment(publisherOf(article, dir), null, List.of(), List.of(), List.of(), null, List.of(),
                    disguised.size() >= MIN_DISGUISED_WORDS
                            ? List.of(Flag.LOOKALIKE_LETTERS, Flag.LANGUAGE_NOT_READ)
                            : List.of(Flag.LANGUAGE_NOT_READ),
                    provenance);
        }

        List<Quote> quotes = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        Map<String, SourceTally> tallies = new LinkedHashMap<>();
        SourceTyper typer = new SourceTyper(dir, at.text());
        List<AttributionFinder.Found> found = AttributionFinder.find(at);
        found.sort((a, b) -> Integer.compare(anchor(a), anchor(b)));
        for (AttributionFinder.Found f : found) {
            SourceTyper.Typed typed = f.source() == null
                    ? null
                    : typer.type(f.source().start(), f.source().text(), f.role(),
                            f.social());
            if (f.quote() != null) {
                Span inner = Span.of(at.text(), f.quote().innerStart(), f.quote().innerEnd());
                quotes.add(new Quote(inner.text(), typed == null ? null : typed.name(),
                        f.cue() == null ? null : f.cue().text(), inner.start(), inner.end(), f.source(), f.cue()));
            }
            if (typed != null && f.cue() != null) {
                attributions.add(new Attribution(f.source(), f.cue(), f.content(), typed.kind(), typed.name(),
                        f.role()));
                tallies.computeIfAbsent(Lexicon.lower(typed.name()), k -> new SourceTally(typed.name(), typed.kind()))
                        .add(typed.name(), f.role());
            } else if (f.source() == null && f.cue() != null && f.quote() == null) {
                // An attribution that names no source ("the plan is expected to …"): unattributed, so anonymous.
                attributions.add(new Attribution(null, f.cue(), f.content(), SourceKind.ANONYMOUS, null, null));
            }
        }
        List<Source> sources = new ArrayList<>();
        for (SourceTally t : tallies.values()) {
            sources.add(new Source(t.name, t.kind, t.role, Math.max(t.count, mentions(at.text(), t.name))));
        }
        Provenance provenance = ProvenanceReader.read(article, at, dir, givenOrigins, attributions);
        Map<Flag, List<Span>> flags = FlagDetector.detect(at, quotes, attributions, sources, provenance);
        if (disguised.size() >= MIN_DISGUISED_WORDS) {
            flags.put(Flag.LOOKALIKE_LETTERS, disguised);
        }

        List<Signal> signals = new ArrayList<>();
        int attributionScore = attributionScore(at, quotes, attributions, sources, signals);
        KnownPublisher publisher = publisherOf(article, dir);
        int credibilityScore = credibilityScore(attributionScore, provenance, publisher, flags, givenOrigins,
                signals);
        Set<Flag> raised = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags.keySet());
        return new Assessment(publisher, attributionScore, List.copyOf(quotes), List.copyOf(attributions),
                List.copyOf(sources), credibilityScore, List.copyOf(signals), List.copyOf(raised), provenance);
    }

    private static int anchor(AttributionFinder.Found f) {
        return f.source() != null ? Math.min(f.source().start(), f.content().start()) : f.content().start();
    }

    private int attributionScore(ArticleText at, List<Quote> quotes, List<Attribution> attributions,
            List<Source> sources, List<Signal> signals) {
        double share = FlagDetector.attributedShare(at, quotes, attributions);
        List<Span> cues = attributions.stream().map(Attribution::cue).toList();
        double coverage = Math.min(1, share / weights.coverageForFullMarks());
        double distinct = Math.min(1, (double) sources.size() / weights.sourcesForFullMarks());
        long named = sources.stream().filter(s -> s.kind().named()).count();
        double namedShare = sources.isEmpty() ? 0 : (double) named / sources.size();
        List<Span> quoteSpans = quotes.stream().filter(q -> q.speaker() != null)
                .map(q -> new Span(q.start(), q.end(), q.text())).toList();
        double direct = Math.min(1, (double) quoteSpans.size() / weights.quotesForFullMarks());
        long kinds = sources.stream().map(Source::kind).distinct().count();
        double diversity = Math.min(1, kinds / 3.0);
        List<Span> sourceSpans = attributions.stream().map(Attribution::source).filter(s -> s != null).toList();
        List<Span> anonymous = attributions.stream().filter(a -> !a.sourceKind().named() && a.source() != null)
                .map(Attribution::source).toList();
        signals.add(new Signal("attribution.coverage", share, weights.coverage(), cues));
        signals.add(new Signal("attribution.distinct_sources", distinct, weights.distinctSources(), sourceSpans));
        signals.add(new Signal("attribution.named_share", namedShare, weights.namedShare(), anonymous));
        signals.add(new Signal("attribution.direct_quotes", direct, weights.directQuotes(), quoteSpans));
        signals.add(new Signal("attribution.source_diversity", diversity, weights.diversity(), List.of()));
        double sum = weights.coverage() * coverage + weights.distinctSources() * distinct
                + weights.namedShare() * namedShare + weights.directQuotes() * direct + weights.diversity() * diversity;
        double total = weights.coverage() + weights.distinctSources() + weights.namedShare() + weights.directQuotes()
                + weights.diversity();
        return (int) Math.round(100 * sum / total);
    }

    private int credibilityScore(int attributionScore, Provenance provenance, KnownPublisher publisher,
            Map<Flag, List<Span>> flags, List<Origin> origins, List<Signal> signals) {
        double sum = weights.attribution() * attributionScore / 100.0;
        double total = weights.attribution();
        signals.add(new Signal("credibility.attribution", attributionScore / 100.0, weights.attribution(), List.of()));

        double byline = provenance.byline() != null ? 1 : 0;
        sum += weights.byline() * byline;
        total += weights.byline();
        signals.add(new Signal("provenance.byline", byline, weights.byline(),
                provenance.byline() == null || provenance.bylineFromMetadata()
                        ? List.of()
                        : List.of(provenance.byline())));

        double dateline = provenance.dateline() != null ? 1 : 0;
        sum += weights.dateline() * dateline;
        total += weights.dateline();
        signals.add(new Signal("provenance.dateline", dateline, weights.dateline(),
                provenance.dateline() == null ? List.of() : List.of(provenance.dateline())));

        double registered = publisher != null ? 1 : 0;
        sum += weights.registeredPublisher() * registered;
        total += weights.registeredPublisher();
        signals.add(new Signal("provenance.registered_publisher", registered, weights.registeredPublisher(),
                List.of()));

        if (!origins.isEmpty()) {
            long credited = provenance.originCredits().stream()
                    .filter(o -> o.status() == ProvenanceStatus.CREDITED).count();
            double v = (double) credited / origins.size();
            sum += weights.credits() * v;
            total += weights.credits();
            signals.add(new Signal("provenance.origin_credited", v, weights.credits(), provenance.originCredits()
                    .stream().map(Provenance.OriginCredit::evidence).filter(e -> e != null).toList()));
        } else if (!provenance.credits().isEmpty()) {
            sum += weights.credits();
            total += weights.credits();
            signals.add(new Signal("provenance.credits", 1, weights.credits(),
                    provenance.credits().stream().map(Credit::span).toList()));
        }
        double score = total == 0 ? 0 : 100 * sum / total;
        for (Map.Entry<Flag, List<Span>> e : flags.entrySet()) {
            double penalty = weights.flagPenalties().getOrDefault(e.getKey(), 0.0);
            score -= penalty;
            signals.add(new Signal("flag." + e.getKey().name(), 1, -penalty, e.getValue()));
        }
        return (int) Math.round(Math.max(0, Math.min(100, score)));
    }

    /**
     * Words with lookalike letters before {@link #MIN_DISGUISED_WORDS} of them flag an article: one may be a typing
     * slip, or a Russian name in a Latin-script sentence.
     */
    static final int MIN_DISGUISED_WORDS = 2;

    private static KnownPublisher publisherOf(Article article, PublisherDirectory dir) {
        Optional<KnownPublisher> p = dir.resolve(article.publisher());
        if (p.isEmpty()) {
            p = dir.resolve(article.url());
        }
        return p.orElse(null);
    }

    /** How often the source's name (a person's surname) occurs in the text; at least the attributions counted. */
    private static int mentions(String text, String name) {
        String needle = name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name;
        if (needle.length() < 3 || !Lexicon.capitalized(needle)) {
            return 0;
        }
        int n = 0;
        int i = text.indexOf(needle);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int e = i + needle.length();
            boolean endOk = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (startOk && endOk) {
                n++;
            }
            i = text.indexOf(needle, e);
        }
        return n;
    }

    /** Counts one distinct source over its mentions. */
    private static final class SourceTally {
        private String name;
        private final SourceKind kind;
        private String role;
        private int count;

        SourceTally(String name, SourceKind kind) {
            this.name = name;
            this.kind = kind;
        }

        void add(String seenAs, String seenRole) {
            count++;
            if (seenAs.length() > name.length()) {
                name = seenAs;
            }
            if (role == null && seenRole != null) {
                role = seenRole;
            }
        }
    }
}

package org.wirecheck.credibility.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wirecheck.credibility.engine.ArticleText.Sentence;
import org.wirecheck.credibility.engine.ArticleText.Token;

/** Raises the flags, each with the spans that made it. */
final class FlagDetector {

    private static final Pattern PAYWALL = Pattern
            .compile("(?i)\\b(?:subscribe (?:now |today )?to (?:continue|read|unlock|access|view)"
                    + "|for subscribers only|subscribers only|subscriber-only|already a subscriber|only available to (?:subscribers|members)"
                    + "|(?:is|are) (?:only )?(?:available|reserved) (?:to|for) (?:paid )?(?:subscribers|members)|to continue reading"
                    + "|become a (?:member|subscriber) to|(?:sign|log) in to (?:continue|read)|purchase a subscription"
                    + "|unlock (?:this|the full) (?:article|story)|remainder of this article|rest of this article is)\\b");

    private static final Pattern LISTING_MARKER = Pattern.compile(
            "(?i)(?:\\bAuthor:[^\\n|]{1,80}\\|\\s*Date:|\\bPermalink\\b|^Posted (?:on|by)\\b|\\bclick here to read more\\b|\\bread more\\b|\\bcontinue reading\\b)",
            Pattern.MULTILINE);

    /**
     * Function words that spinners and bad scrapers glue to the next word ("andkilling"). Only words that rarely
     * begin an English word are used, and the remainder must itself be a word of the same article (or carry an
     * inflection), so the test needs no dictionary and works for any vocabulary.
     */
    private static final List<String> GLUE_PREFIXES = List.of("and", "the", "were", "was", "during", "from", "that",
            "have", "has", "had", "been", "which", "their", "also", "of", "would", "because", "after", "while");
    private static final Pattern CAMEL_GLUE = Pattern.compile(
            "^(?:of|the|and|in|to|on|for|with|from|by|at|was|were|during|that|is|are|has|have|had)(\\p{Lu}\\p{Ll}{2,})$");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
            "ours", "ourselves");
    private static final Set<String> NORMATIVE = Set.of("should", "must", "ought", "need", "needs");

    private FlagDetector() {
    }

    static Map<Flag, List<Span>> detect(ArticleText at, List<Quote> quotes, List<Attribution> attributions,
            List<Source> sources, Provenance provenance) {
        Map<Flag, List<Span>> flags = new EnumMap<>(Flag.class);
        String text = at.text();

        List<Span> paywall = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        // Literal gates first: case-insensitive alternations are slow to scan, and most texts hold none of these.
        if (lower.contains("subscri") || lower.contains("continue reading") || lower.contains(" in to ")
                || lower.contains("members") || lower.contains("unlock") || lower.contains("rest of this")
                || lower.contains("remainder of")) {
            Matcher pw = PAYWALL.matcher(text);
            while (pw.find()) {
                paywall.add(Span.of(text, pw.start(), pw.end()));
            }
        }
        if (!paywall.isEmpty()) {
            flags.put(Flag.PAYWALL_TRUNCATED, paywall);
        }

        List<Span> glued = gluedWords(at);
        if (glued.size() >= 2) {
            flags.put(Flag.SPIN_ARTIFACTS, glued);
        }

        List<Span> opinion = opinion(at, quotes, attributions);
        if (!opinion.isEmpty()) {
            flags.put(Flag.OPINION, opinion);
        }

        Map<String, List<Span>> markers = new HashMap<>();
        boolean mayList = lower.contains("author:") || lower.contains("permalink") || lower.contains("posted ")
                || lower.contains("read more") || lower.contains("continue reading");
        Matcher lm = LISTING_MARKER.matcher(mayList ? text : "");
        while (lm.find()) {
            String key = lm.group().toLowerCase().replaceAll("[^a-z]", "").replaceAll("author.*", "author");
            markers.computeIfAbsent(key, k -> new ArrayList<>()).add(Span.of(text, lm.start(), lm.end()));
        }
        long bylines = provenance.credits().stream().filter(c -> c.kind().equals("AGENCY_LINE")).count();
        List<Span> listing = new ArrayList<>();
        for (List<Span> spans : markers.values()) {
            if (spans.size() >= 2) {
                listing.addAll(spans);
            }
        }
        if (listing.isEmpty() && bylines >= 2) {
            provenance.credits().stream().filter(c -> c.kind().equals("AGENCY_LINE")).forEach(c -> listing.add(
                    c.span()));
        }
        if (!listing.isEmpty()) {
            flags.put(Flag.LISTING_PAGE, listing);
        }

        List<Span> social = new ArrayList<>();
        for (Attribution a : attributions) {
            if (a.sourceKind() == SourceKind.SOCIAL_MEDIA) {
                social.add(a.source() != null ? a.source() : a.cue());
            }
        }
        boolean sourceLine = provenance.credits().stream().anyMatch(c -> c.kind().equals("SOURCE_LINE")
                && Lexicon.SOCIAL_PLATFORMS.contains(Lexicon.lower(c.creditedName())));
        if (sourceLine || (!social.isEmpty() && social.size() * 3 >= attributions.size())) {
            provenance.credits().stream().filter(c -> c.kind().equals("SOURCE_LINE")).forEach(c -> social.add(
                    c.span()));
            flags.put(Flag.SOCIAL_MEDIA_SOURCED, social);
        }

        if (!sources.isEmpty() && sources.stream().allMatch(s -> s.kind() == SourceKind.ANONYMOUS)) {
            List<Span> anon = new ArrayList<>();
            attributions.stream().filter(a -> a.source() != null).forEach(a -> anon.add(a.source()));
            flags.put(Flag.ANONYMOUS_ONLY, anon);
        }
        return flags;
    }

    static List<Span> gluedWords(ArticleText at) {
        Map<String, Integer> vocabulary = new HashMap<>();
        for (Sentence s : at.sentences()) {
            for (Token t : s.tokens()) {
                vocabulary.merge(Lexicon.lower(t.text()), 1, Integer::sum);
            }
        }
        List<Span> glued = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            for (Token t : s.tokens()) {
                String word = t.text();
                if (word.length() < 7 || !word.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                if (CAMEL_GLUE.matcher(word).matches() || gluedLower(Lexicon.lower(word), vocabulary)) {
                    glued.add(new Span(t.start(), t.end(), word));
                }
            }
        }
        return glued;
    }

    private static boolean gluedLower(String w, Map<String, Integer> vocabulary) {
        for (String p : GLUE_PREFIXES) {
            if (w.startsWith(p) && w.length() - p.length() >= 4) {
                String rest = w.substring(p.length());
                boolean inArticle = vocabulary.containsKey(rest);
                boolean inflected = rest.length() >= 6 && (rest.endsWith("ing") || rest.endsWith("ed")
                        || rest.endsWith("tion") || rest.endsWith("ment")) && !"aeiou".contains(rest.substring(0, 1))
                        && !p.equals("of");
                if (inArticle || inflected) {
                    return true;
                }
            }
        }
        return false;
    }

    /** First-person argument (outside quotations) in an article that attributes little. */
    private static List<Span> opinion(ArticleText at, List<Quote> quotes, List<Attribution> attributions) {
        int sentences = at.sentences().size();
        if (sentences < 4) {
            return List.of();
        }
        List<Span> firstPerson = new ArrayList<>();
        int normative = 0;
        int words = 0;
        BitSet quoted = quoted(quotes);
        for (Sentence s : at.sentences()) {
            for (Token t : s.tokens()) {
                if (!ArticleText.isWord(t.text())) {
                    continue;
                }
                words++;
                if (quoted.get(t.start())) {
                    continue;
                }
                String w = Lexicon.lower(t.text());
                if (FIRST_PERSON.contains(w) && !(w.equals("us") && t.text().equals("US"))) {
                    firstPerson.add(new Span(t.start(), t.end(), t.text()));
                } else if (NORMATIVE.contains(w)) {
                    normative++;
                }
            }
        }
        double attributed = attributedShare(at, quotes, attributions);
        double argumentPer100 = words == 0 ? 0 : 100.0 * (firstPerson.size() + normative) / words;
        if (attributed < 0.25 && (firstPerson.size() >= 3 || argumentPer100 >= 0.6)) {
            return firstPerson.isEmpty() ? List.of(at.paragraphs().get(0)) : firstPerson;
        }
        return List.of();
    }

    private static BitSet quoted(List<Quote> quotes) {
        BitSet b = new BitSet();
        for (Quote q : quotes) {
            b.set(q.start(), q.end());
        }
        return b;
    }

    /** Share of sentences that hold an attribution cue or a quotation. */
    static double attributedShare(ArticleText at, List<Quote> quotes, List<Attribution> attributions) {
        List<Sentence> sentences = at.sentences();
        if (sentences.isEmpty()) {
            return 0;
        }
        // Mark what is attributed once, then ask each sentence whether it holds a mark: linear in the text.
        BitSet covered = new BitSet();
        for (Attribution a : attributions) {
            covered.set(a.cue().start(), Math.max(a.cue().start() + 1, a.cue().end()));
            covered.set(a.content().start(), a.content().end());
        }
        for (Quote q : quotes) {
            if (q.speaker() != null) {
                covered.set(q.start(), q.end());
            }
        }
        int attributed = 0;
        for (Sentence s : sentences) {
            int hit = covered.nextSetBit(s.start());
            if (hit >= 0 && hit < s.end()) {
                attributed++;
            }
        }
        return (double) attributed / sentences.size();
    }
}

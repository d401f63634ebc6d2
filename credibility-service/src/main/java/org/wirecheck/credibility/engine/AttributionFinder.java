package org.wirecheck.credibility.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wirecheck.credibility.engine.ArticleText.Sentence;
import org.wirecheck.credibility.engine.ArticleText.Token;

/**
 * Finds direct quotations and attribution relations with the grammar of news attribution, in three passes:
 * <ol>
 * <li>quotations: paired marks ({@link QuoteScanner}), each tied to the cue and speaker right after it
 * ({@code ,” she said}, {@code ,” said Ann Lee}) or right before it ({@code Lee said: “…}); a quotation paragraph with
 * neither continues the previous speaker's quotation;</li>
 * <li>indirect speech around a reporting verb outside quotations: the subject phrase before the verb is the source,
 * the clause after it (or the clause before the comma, in the inverted order {@code …, the ministry said}) is the
 * content; "according to X" and "citing X" name their source after the cue;</li>
 * <li>sourcing lines: {@code Source: Twitter, March 1, 2024} credits the paragraph before it.</li>
 * </ol>
 * Source kinds and pronouns are settled afterwards by {@link SourceTyper}, in text order.
 */
final class AttributionFinder {

    /** What a pass found before source typing: a mention of a source next to a cue. */
    record Found(Span source, Span cue, Span content, String role, boolean social, Marked quote) {
    }

    /** Where a quotation's words are, inside its marks. */
    record Marked(int innerStart, int innerEnd) {
    }

    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
    private static final String NAME = CAP
            + "(?:\\s+(?:(?:of|for|and|de|del|da|van|von|der|bin|ibn|al|la|du|the)\\s+){0,2}"
            + CAP + "){0,6}(?:\\s+\\([^()\\n]{1,15}\\))?";
    private static final String PRONOUN = "(?:(?:he|she|they|we|I|it|He|She|They|We|It)\\b)";
    private static final String DESCRIBED = "(?:the|a|an|one|two|three|several|some|many|another|his|her|their|its|The|A|An"
            + "|One|Two|Three|Several|Some|Many|Another|His|Her|Their|Its)"
            + "\\s+(?:[\\p{L}\\p{M}\\p{N}'’\\-]+\\s+){0,6}?[\\p{L}\\p{M}\\p{N}'’\\-]+";
    private static final String SPEECH = String.join("|", Lexicon.SPEECH);
    private static final String ADVERB = "(?:(?:also|later|then|has|have|had|previously|once|again)\\s+)?";

    /** {@code ,” said Ann Lee, a spokeswoman.}: cue, then speaker. */
    private static final Pattern CUE_THEN_SPEAKER = Pattern.compile(
            "[,.!?]?\\s*(?<cue>" + SPEECH + ")\\s+(?<np>" + PRONOUN + "|" + NAME + "|" + DESCRIBED + ")"
                    + "(?:,\\s+(?<role>[^,.;:“”\"\\n]{2,90}))?");

    /** {@code ,” Lee said.} or {@code ,” Lee, a spokeswoman, said}: speaker, then cue. */
    private static final Pattern SPEAKER_THEN_CUE = Pattern.compile("[,.!?]?\\s*(?<np>" + PRONOUN + "|" + NAME + "|"
            + DESCRIBED + ")(?:,\\s+(?<role>[^,;:“”\"\\n]{2,90}),)?\\s+" + ADVERB + "(?<cue>" + SPEECH + ")\\b");

    /**
     * {@code ,” county chief engineer Ann Lee said.} or {@code ,” said flood warden Ann Lee.}: a speaker phrase that
     * the name patterns above do not cover, up to the cue or the end of the sentence; checked for length and for
     * ending like a noun phrase.
     */
    private static final Pattern LOOSE_SPEAKER_THEN_CUE = Pattern
            .compile("[,.!?]?\\s*(?<np>[\\p{L}\\p{N}][^,;:.!?“”\"\\n]{0,80}?(?:\\.[^,;:.!?“”\"\\n]{1,60}?)?)\\s+"
                    + ADVERB + "(?<cue>" + SPEECH + ")(?=[\\s.,;:!?]|$)");
    private static final Pattern LOOSE_CUE_THEN_SPEAKER = Pattern.compile("[,.!?]?\\s*(?<cue>" + SPEECH
            + ")\\s+(?<np>[\\p{L}\\p{N}][^,;:!?“”\"\\n]{0,80}?)(?=\\s*(?:[,;:!?“”\"\\n]|\\.(?:\\s|$)|$))");

    /**
     * {@code ,” Okafor demanded.}: after a quotation, a subject and any verb of the attribution lists that ends the
     * clause. The wider verb list is safe here because nothing follows the verb but the end of the clause.
     */
    private static final Pattern SPEAKER_THEN_VERB = Pattern.compile("[,.!?]?\\s*(?<np>" + PRONOUN + "|" + NAME + "|"
            + DESCRIBED + ")\\s+" + ADVERB + "(?<cue>" + String.join("|", Lexicon.QUOTATION_VERBS)
            + ")(?=\\s*[.,;:!?])");

    /** {@code ”― Ann Lee}: HuffPost-style attribution of a quotation by a dash and a name. */
    private static final Pattern DASH_SPEAKER = Pattern.compile("\\s*(?<cue>[―—])\\s*(?<np>" + NAME + ")");

    /** {@code LOPEZ: Well, …}: a transcript turn. */
    private static final Pattern TRANSCRIPT = Pattern.compile(
            "^[\"“]?(?<np>\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,2}"
                    + "|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})(?<cue>:)\\s+\\S");

    /** A headline's speaker: one to three capitalised words before a colon. */
    private static final Pattern HEADLINE = Pattern
            .compile("^(?<np>\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2})(?<cue>:)\\s+\\S");

    /** {@code ” ― Ann Lee}: a dash and a name right after a closing quotation mark. */
    private static final Pattern DASH_AFTER_QUOTE = Pattern.compile("[”\"](?:\\s*)(?<cue>[―—])\\s*(?<np>" + NAME + ")");

    /** Line labels that look like a speaker turn but are page furniture. */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile(
            "(?i)^(?:source|sources|author|date|photo|image|credit|editor|editors|update|note|read more|related|tags|"
                    + "posted|published|updated|by|watch|listen|video|file|caption|copyright|editor's note|the latest|"
                    + "breaking news|full text|live updates|read more)$");

    /** {@code Lee said: “…} or {@code Lee told VOA, “…}: speaker and cue just before the opening mark. */
    private static final Pattern BEFORE_QUOTE = Pattern
            .compile("(?<![\\p{L}\\p{M}\\p{N}])(?<np>" + PRONOUN + "|" + NAME + "|" + DESCRIBED
                    + ")(?:,\\s+(?<role>[^,;:“”\"\\n]{2,90}),)?\\s+" + ADVERB + "(?<cue>" + SPEECH + ")"
                    + "(?:\\s+[^,:;“”\"\\n]{1,50}?)?\\s*(?:[,:]|\\bthat)?\\s*$");

    /** A sourcing line: "Source: Twitter, March 1, 2024" or "Sources: …". */
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?<cue>Sources?:)\\s*(?<np>[^,;\\n]{2,80})");

    private final String text;
    private final ArticleText article;
    private final BitSet quoted = new BitSet();
    private final BitSet usedCue = new BitSet();
    /** The words of transcript turns ("LOPEZ: Well, I think …"): credited to the speaker as a whole. */
    private final BitSet turns = new BitSet();
    private Span lastSource;

    private AttributionFinder(ArticleText article) {
        this.article = article;
        this.text = article.text();
    }

    static List<Found> find(ArticleText article) {
        return new AttributionFinder(article).run();
    }

    private List<Found> run() {
        List<Found> out = new ArrayList<>();
        quotations(out);
        markTurns();
        for (Sentence s : article.sentences()) {
            indirect(s, out);
        }
        sourceLines(out);
        out.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
        return out;
    }

    // ---- pass 1: quotations

    private void quotations(List<Found> out) {
        Found previous = null;
        int previousParagraphEnd = -1;
        for (QuoteScanner.Marked m : QuoteScanner.scan(text)) {
            if (m.depth() == 0) {
                quoted.set(m.open(), m.close() + 1);
            }
            Span inner = Span.trimmed(text, m.innerStart(), m.innerEnd(), "");
            if (inner.length() == 0) {
                continue;
            }
            Span content = Span.of(text, m.open(), m.close() + 1);
            Found f = speakerAfter(m, content);
            if (f == null) {
                f = speakerBefore(m, content);
            }
            boolean sameParagraph = previous != null && previousParagraphEnd == paragraphEnd(m.open());
            if (f == null && m.depth() == 0 && previous != null && (sameParagraph || (startsParagraph(m.open())
                    && previousParagraphEnd >= 0 && text.substring(previousParagraphEnd, m.open()).isBlank()))) {
                // A quotation right after another speaker's quotation in the same paragraph, or a quotation paragraph
                // right after it, with no new cue: the same speaker goes on (news style names the speaker once per
                // run of quotations).
                f = new Found(previous.source(), previous.cue(), content, previous.role(), previous.social(),
                        new Marked(inner.start(), inner.end()));
            }
            if (f == null) {
                if (words(inner.text()) >= 4) {
                    out.add(new Found(null, null, content, null, false, new Marked(inner.start(), inner.end())));
                }
                continue;
            }
            if (f.source() != null) {
                lastSource = f.source();
            }
            if (m.depth() == 0) {
                previous = f;
                previousParagraphEnd = paragraphEnd(m.close());
            }
            out.add(f);
        }
    }

    private Found speakerAfter(QuoteScanner.Marked m, Span content) {
        int from = m.close() + 1;
        while (from < text.length() && "'’\"”".indexOf(text.charAt(from)) >= 0) {
            // A nested quotation that closes with the outer one leaves its mark after it.
            from++;
        }
        int to = Math.min(paragraphEnd(from), from + 160);
        if (from >= to) {
            return null;
        }
        for (Pattern p : List.of(SPEAKER_THEN_CUE, CUE_THEN_SPEAKER, DASH_SPEAKER, SPEAKER_THEN_VERB,
                LOOSE_SPEAKER_THEN_CUE, LOOSE_CUE_THEN_SPEAKER)) {
            Matcher x = p.matcher(text).region(from, to);
            if (x.lookingAt() && plausibleSpeaker(x.group("np")) && ((p != LOOSE_SPEAKER_THEN_CUE
                    && p != LOOSE_CUE_THEN_SPEAKER) || looseSpeaker(x.group("np")))) {
                Span np = speakerSpan(x.start("np"), x.end("np"));
                int pronoun = np.text().lastIndexOf(' ') + 1;
                if ((p == LOOSE_SPEAKER_THEN_CUE) && pronoun > 0
                        && PERSONAL.contains(Lexicon.lower(np.text().substring(pronoun)))) {
                    // "” These attacks he says, will be …": the pronoun is the speaker, the words before it the
                    // subject of the next clause.
                    np = Span.of(text, np.start() + pronoun, np.end());
                }
                Span cue = Span.of(text, x.start("cue"), x.end("cue"));
                usedCue.set(cue.start());
                String role = p == DASH_SPEAKER || p == SPEAKER_THEN_VERB || p == LOOSE_SPEAKER_THEN_CUE
                        || p == LOOSE_CUE_THEN_SPEAKER
                        || x.group("role") == null ? null : x.group("role").strip();
                return new Found(np, extendSocial(cue), content, role, socialCue(cue), new Marked(m.innerStart(),
                        m.innerEnd()));
            }
        }
        return null;
    }

    private Found speakerBefore(QuoteScanner.Marked m, Span content) {
        Sentence s = article.sentenceAt(m.open());
        int from = s == null ? paragraphStart(m.open()) : s.start();
        if (text.substring(from, m.open()).isBlank()) {
            // "He said:" ends a sentence (or a paragraph) of its own before the quotation it introduces.
            int p = from - 1;
            while (p > 0 && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == '\u00A0')) {
                p--;
            }
            if (p > 0 && text.charAt(p) == ':' && m.open() - p < 8) {
                Sentence before = article.sentenceAt(p);
                from = before == null ? paragraphStart(p) : before.start();
            }
        }
        if (m.open() - from > 240) {
            from = m.open() - 240;
        }
        if (from >= m.open()) {
            return null;
        }
        Matcher x = BEFORE_QUOTE.matcher(text).region(from, m.open());
        if (x.find() && plausibleSpeaker(x.group("np")) && nounPhrase(x.group("np"))) {
            Span np = speakerSpan(x.start("np"), x.end("np"));
            Span cue = Span.of(text, x.start("cue"), x.end("cue"));
            usedCue.set(cue.start());
            String role = x.group("role") == null ? null : x.group("role").strip();
            return new Found(np, extendSocial(cue), content, role, socialCue(cue),
                    new Marked(m.innerStart(), m.innerEnd()));
        }
        return null;
    }

    /** Drops trailing time words a greedy name pattern picked up ("Lee Tuesday"). */
    private Span speakerSpan(int start, int end) {
        Span s = Span.of(text, start, end);
        String[] words = s.text().split("\\s+");
        int keep = words.length;
        while (keep > 1 && Lexicon.TIME_WORDS.contains(Lexicon.lower(words[keep - 1]))) {
            keep--;
        }
        if (keep < words.length) {
            int cut = start;
            for (int i = 0; i < keep; i++) {
                cut = text.indexOf(words[i], cut) + words[i].length();
            }
            return Span.of(text, start, cut);
        }
        return s;
    }

    /** A loosely matched speaker phrase: at most eight words, none of them a verb of saying, ending like a noun. */
    private static boolean looseSpeaker(String np) {
        String[] words = np.strip().split("[\\s\\u00A0]+");
        if (words.length > 8) {
            return false;
        }
        if (LEADING_PREPOSITIONS.contains(words[0])) {
            // "” of Europe. Some outlets urged": the rest of a phrase the quotation sat in.
            return false;
        }
        boolean named = false;
        for (int i = 0; i < words.length; i++) {
            String l = Lexicon.lower(words[i]);
            if (i + 1 < words.length && words[i].endsWith(".") && words[i].length() > 6
                    && Lexicon.capitalized(words[i + 1])) {
                // A full stop after a long word ("Europe. Some …") ends a sentence; an abbreviation's ("U.S.",
                // "Calif.") does not.
                return false;
            }
            if (i > 0 && i + 1 < words.length && PERSONAL.contains(l)) {
                return false;
            }
            if (Lexicon.SUBJECT_STOP.contains(l) && (i == 0 || !l.equals("and")) || Lexicon.SPEECH.contains(l)
                    || (i == 0 && (l.equals("and") || l.equals("then")))) {
                return false;
            }
            named |= Lexicon.capitalized(words[i]) || Lexicon.PRONOUNS.contains(l) || Lexicon.PERSON_HEADS.contains(l)
                    || Lexicon.ORGANIZATION_HEADS.contains(l) || Lexicon.MEDIA_HEADS.contains(l);
        }
        return named && nounPhrase(np);
    }

    private static final Set<String> LEADING_PREPOSITIONS = Set.of("of", "in", "on", "at", "for", "from", "with", "to",
            "by", "into", "about");

    private static boolean plausibleSpeaker(String np) {
        String first = Lexicon.lower(np.split("\\s+")[0]);
        return !Lexicon.SUBJECT_STOP.contains(first) || Lexicon.PRONOUNS.contains(first);
    }

    // ---- pass 2: indirect speech

    private void indirect(Sentence s, List<Found> out) {
        List<Token> t = s.tokens();
        int asked = -1;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (quoted.get(tok.start()) || usedCue.get(tok.start()) || turns.get(tok.start())) {
                continue;
            }
            String w = Lexicon.lower(tok.text());
            if (w.equals("according") && i + 1 < t.size() && Lexicon.lower(t.get(i + 1).text()).equals("to")) {
                accordingTo(s, i, out);
            } else if (w.equals("asked") && askedClause(t, i)) {
                asked = i;
            } else if (w.equals("reportedly") && i > 0) {
                // "He reportedly told aides …": reported by someone the text does not name.
                Span content = clause(s, s.start(), s.end());
                usedCue.set(tok.start());
                out.add(new Found(null, Span.of(text, tok.start(), tok.end()), content, null, false, null));
            } else if (Lexicon.NOUN_CUES.contains(w)) {
                nounCue(s, i, out);
            } else if (w.equals("citing")) {
                citing(s, i, out);
            } else if (Lexicon.WEAK_CUES.contains(w)) {
                continue;
            } else if ((Lexicon.SPEECH.contains(w) || Lexicon.THOUGHT.contains(w) || Lexicon.STANCE.contains(w)
                    || Lexicon.ATTRIBUTION_VERBS.contains(w) || Lexicon.ATTITUDE_VERBS.contains(w))
                    && !notAVerb(t, i)) {
                reportingVerb(s, i, out);
            }
        }
        if (asked >= 0) {
            asked(s, asked, out);
        }
    }

    /**
     * A cue word used as something other than a reporting verb: part of a compound modifier ("US-backed government",
     * "GOP-supported bill"), an "-ing" noun after a determiner or before "of" ("the backing of party elders"), or a
     * death toll ("claimed the lives of six").
     */
    private boolean notAVerb(List<Token> t, int i) {
        Token tok = t.get(i);
        if (tok.start() > 0 && text.charAt(tok.start() - 1) == '-') {
            return true;
        }
        String w = Lexicon.lower(tok.text());
        if (w.startsWith("claim")) {
            // "The outbreak claims 29 lives", "the blast claimed the lives of six": a death toll, not a claim.
            for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
                String next = Lexicon.lower(t.get(k).text());
                if (next.equals("lives") || next.equals("life")) {
                    return true;
                }
            }
        }
        if (w.endsWith("ing")) {
            String prev = i > 0 ? Lexicon.lower(t.get(i - 1).text()) : "";
            String next = i + 1 < t.size() ? Lexicon.lower(t.get(i + 1).text()) : "";
            return DETERMINERS.contains(prev) || next.equals("of");
        }
        return false;
    }

    /** "Asked whether …," or "when asked about …": a question put to the subject of the main clause. */
    private static boolean askedClause(List<Token> t, int i) {
        String prev = i == 0 ? "" : Lexicon.lower(t.get(i - 1).text());
        String next = i + 1 < t.size() ? Lexicon.lower(t.get(i + 1).text()) : "";
        return (i == 0 || prev.equals("when") || prev.equals("if") || prev.equals("after") || isPunct(prev))
                && Lexicon.QUESTION_WORDS.contains(next);
    }

    private void asked(Sentence s, int i, List<Found> out) {
        List<Token> t = s.tokens();
        Token cue = t.get(i);
        Span source = null;
        for (Found f : out) {
            // The main clause's source, found after the question ("Asked whether …, the engineer said …").
            if (f.source() != null && f.cue() != null && f.cue().start() > cue.end() && f.cue().end() <= s.end()
                    && (source == null || f.source().start() < source.start())) {
                source = f.source();
            }
        }
        if (source == null) {
            source = sourceBefore(out, s.start(), cue.start());
        }
        int end = i + 1;
        while (end < t.size() && !t.get(end).text().equals(",")) {
            end++;
        }
        if (source != null && end > i + 2) {
            add(out, source, Span.of(text, cue.start(), cue.end()),
                    clause(s, t.get(i + 1).start(), t.get(end - 1).end()), null, false);
        }
    }

    private void accordingTo(Sentence s, int i, List<Found> out) {
        List<Token> t = s.tokens();
        Span cue = Span.of(text, t.get(i).start(), t.get(i + 1).end());
        int srcEnd = sourceEnd(t, i + 2);
        if (srcEnd <= i + 2) {
            return;
        }
        Span source = Span.of(text, t.get(i + 2).start(), t.get(srcEnd - 1).end());
        Span content;
        if (i == 0 || (i == 1 && (isPunct(t.get(0).text()) || Lexicon.OPENERS.contains(Lexicon.lower(t.get(0)
                .text()))))) {
            // "According to …, the …" and "But according to …, the …": the content follows the source.
            if (srcEnd >= t.size()) {
                return;
            }
            content = clause(s, t.get(srcEnd).start(), s.end());
        } else {
            content = clause(s, s.start(), t.get(i).start());
        }
        add(out, source, cue, content, null, false);
    }

    private void citing(Sentence s, int i, List<Found> out) {
        List<Token> t = s.tokens();
        int srcEnd = sourceEnd(t, i + 1);
        if (srcEnd <= i + 1 || i == 0) {
            return;
        }
        Span source = Span.of(text, t.get(i + 1).start(), t.get(srcEnd - 1).end());
        add(out, source, Span.of(text, t.get(i).start(), t.get(i).end()), clause(s, s.start(), t.get(i).start()),
                null, false);
    }

    private void reportingVerb(Sentence s, int i, List<Found> out) {
        List<Token> t = s.tokens();
        String w = Lexicon.lower(t.get(i).text());
        int j = beforeVerbGroup(t, i);
        if (j < 0) {
            return;
        }
        String head = t.get(j).text();
        boolean personSubject = Lexicon.capitalized(head) && j > 0 || PERSONAL.contains(Lexicon.lower(head));
        if (passiveWithoutAgent(t, j, i) || (Lexicon.SOURCELESS.contains(w) && !personSubject)) {
            // "He has been criticized for …", "The deal is expected to …": an attribution that names no source; the
            // subject is the target (on train it is the annotated source in under one case in ten).
            int from = i + 1;
            while (from < t.size() && isPunct(t.get(from).text())) {
                from++;
            }
            Span content = from < t.size() ? clause(s, t.get(from).start(), s.end()) : null;
            if (content != null && words(content.text()) >= 2) {
                Span cue = Span.of(text, t.get(i).start(), t.get(i).end());
                usedCue.set(cue.start());
                out.add(new Found(null, cue, content, null, false, null));
            }
            return;
        }
        String before = t.get(j).text();
        if ((before.equals("”") || before.equals("\"")) && j > 0 && t.get(j - 1).text().equals(",")) {
            // ",” claiming that …": the comma inside the closing mark is the clause's comma.
            j--;
            before = ",";
        }
        if (i > 0 && Lexicon.lower(t.get(i - 1).text()).equals("to")) {
            return;
        }
        boolean verbAfterAnd = (Lexicon.lower(before).equals("and") || Lexicon.lower(before).equals("but"))
                && (w.endsWith("ed") || j < i - 1 || (i + 1 < t.size() && OBJECTS.contains(Lexicon.lower(
                        t.get(i + 1).text()))));
        // "…, calling him …": after a comma an "-ing" form is a participle, not a noun.
        boolean participleAfterComma = before.equals(",") && w.endsWith("ing");
        // "The reports show …", "the researchers found …": a plural subject makes the word a verb.
        boolean afterPlural = j == i - 1 && !w.endsWith("s") && before.length() > 3 && before.endsWith("s")
                && Character.isLowerCase(before.charAt(0)) && !before.endsWith("ss");
        if (Lexicon.NOUN_LIKE.contains(w) && !verbAfterAnd && !participleAfterComma && !afterPlural
                && !(Lexicon.PRONOUNS.contains(Lexicon.lower(before))
                        || (Lexicon.capitalized(before) && !DETERMINERS.contains(Lexicon.lower(before)))
                        || Lexicon.PERSON_HEADS.contains(Lexicon.lower(before))
                        || Lexicon.ORGANIZATION_HEADS.contains(Lexicon.lower(before))
                        || Lexicon.DOCUMENT_HEADS.contains(Lexicon.lower(before))
                        || Lexicon.MEDIA_HEADS.contains(Lexicon.lower(before)))) {
            return;
        }
        Span cue = Span.of(text, t.get(i).start(), t.get(i).end());
        boolean social = false;
        Span extended = extendSocial(cue);
        if (extended != cue) {
            social = true;
        }
        int contentFrom = i + 1;
        int appositive = before.equals(",") ? appositiveStart(t, j) : -1;
        if (appositive > 0) {
            // "Temur Umarov, president of the Oxus Society, said …": the name is the source, the rest its role.
            int k = appositive - 1;
            while (k >= 0 && subjectWord(t, k, appositive - 1)) {
                k--;
            }
            if (k + 1 <= appositive - 1) {
                Span source = Span.of(text, t.get(k + 1).start(), t.get(appositive - 1).end());
                String role = text.substring(t.get(appositive + 1).start(), t.get(j - 1).end());
                contentFrom = contentStart(t, contentFrom);
                if (contentFrom < t.size()) {
                    add(out, source, extended, clause(s, t.get(contentFrom).start(), s.end()), role, social);
                }
                return;
            }
        }
        boolean participle = w.endsWith("ing") && (before.equals(",")
                || Lexicon.PARTICIPLE_PREPOSITIONS.contains(Lexicon.lower(before)));
        boolean coordinated = (Lexicon.lower(before).equals("and") || Lexicon.lower(before).equals("but")
                || Lexicon.lower(before).equals("yet")) && j > 0;
        if (participle || coordinated) {
            // "…, he said, adding that …" and "Lee praised the plan and said …": the second verb shares the subject
            // of the clause it hangs on, the last source in the sentence or else the subject that opens it.
            Span subject = sourceBefore(out, s.start(), t.get(j).start());
            if (subject == null && participle) {
                subject = quotationSpeakerBefore(out, t.get(j).start());
            }
            if (subject == null) {
                subject = openingSubject(s, j);
            }
            if (subject != null) {
                contentFrom = contentStart(t, contentFrom);
                if (contentFrom < t.size()) {
                    add(out, subject, extended, clause(s, t.get(contentFrom).start(), s.end()), null, social);
                }
                return;
            }
            if (coordinated) {
                return;
            }
        }
        if (i + 1 < t.size() && Lexicon.lower(t.get(i + 1).text()).equals("by")) {
            // Passive: "was first reported by the Gazette", "a penalty imposed by the bureau", "When pressed
            // by Holt, he …".
            int srcEnd = withoutTrailingTime(t, i + 2, phraseEnd(t, i + 2));
            if (srcEnd > i + 2) {
                Span source = Span.of(text, t.get(i + 2).start(), t.get(srcEnd - 1).end());
                Span content = clause(s, s.start(), t.get(j).end());
                if (words(content.text()) < 2 && srcEnd < t.size()) {
                    content = clause(s, t.get(srcEnd).start(), s.end());
                }
                add(out, source, extended, content, null, social);
            }
            return;
        }
        if (before.equals(",") || before.equals("”") || before.equals("\"")) {
            // Inverted order: "…, said the minister." The subject follows the verb, the content precedes the comma.
            int srcEnd = phraseEnd(t, i + 1);
            if ((srcEnd <= i + 1 || j == 0) && !before.equals(",")) {
                return;
            }
            boolean inverted = srcEnd > i + 1 && j > 0 && !Lexicon.PRONOUNS.contains(Lexicon.lower(t.get(i + 1).text()))
                    && (srcEnd >= t.size() || isPunct(t.get(srcEnd).text())) && srcEnd - i <= 9;
            for (int k = i + 1; inverted && k < srcEnd; k++) {
                // "said the budget would be balanced": a verb after the cue makes it a clause, not a subject.
                inverted = !Lexicon.SUBJECT_STOP.contains(Lexicon.lower(t.get(k).text()));
            }
            if (inverted || !before.equals(",")) {
                Span source = Span.of(text, t.get(i + 1).start(), t.get(srcEnd - 1).end());
                add(out, source, extended, clause(s, s.start(), t.get(j).start()), roleAfter(t, srcEnd), social);
                return;
            }
            // "The county treasurer, Ruth Okafor, said the …", "Okafor, speaking at the hearing, cited …": the
            // subject opens the clause and the commas hold an appositive.
            Span subject = clauseSubject(s, j);
            if (subject != null && words(subject.text()) > MAX_SUBJECT) {
                // "The convoy crossed three districts along the road that links the valley with Herat, referred to
                // as …": a whole clause
                // before the comma is no one's name; the cue and its content stand without a source.
                sourceless(s, i, out);
            } else if (subject != null) {
                contentFrom = contentStart(t, contentFrom);
                if (contentFrom < t.size()) {
                    add(out, subject, extended, clause(s, t.get(contentFrom).start(), s.end()), null, social);
                }
            }
            return;
        }
        Span source;
        String role = null;
        int k = j;
        if (Lexicon.lower(before).equals("that") && j > 0) {
            // "the polls that show …", "letters that oppose …": on train the relative "that" is the annotated
            // source in under a quarter of cases, so the relation is kept without one.
            sourceless(s, i, out);
            return;
        }
        if (Lexicon.RELATIVE.contains(Lexicon.lower(before)) && j > 0) {
            source = Span.of(text, t.get(j).start(), t.get(j).end());
        } else {
            while (k >= 0) {
                if (t.get(k).text().equals(")") && k < j + 1) {
                    // "Sen. Lindsey Graham (R-S.C.)": a short parenthetical belongs to the name before it.
                    int open = k - 1;
                    while (open >= 0 && k - open < 8 && !t.get(open).text().equals("(")) {
                        open--;
                    }
                    if (open > 0 && t.get(open).text().equals("(") && Lexicon.capitalized(t.get(open - 1).text())) {
                        k = open - 1;
                        continue;
                    }
                    break;
                }
                if (!subjectWord(t, k, j)) {
                    break;
                }
                k--;
            }
            if (k == j) {
                sourceless(s, i, out);
                return;
            }
            int first = k + 1;
            while (first <= j && isPunct(t.get(first).text())) {
                first++;
            }
            if (first > j) {
                sourceless(s, i, out);
                return;
            }
            if (first < j && first > 0 && t.get(first - 1).text().equals(",")
                    && Lexicon.lower(t.get(first).text()).endsWith("ing")
                    && !Lexicon.capitalized(t.get(first).text())) {
                // "…, making many farmers feel ignored": the participle opens a clause of its own; its
                // object is the one who feels.
                first++;
            }
            source = Span.of(text, t.get(first).start(), t.get(j).end());
            k = first - 1;
        }
        String relative = Lexicon.PRONOUNS.contains(Lexicon.lower(source.text())) ? wordBefore(source.start()) : "";
        if (relative.equals("what") || (Lexicon.PRONOUN_SUBJECT_NOT_A_SOURCE.contains(relative)
                && !Lexicon.SAYING.contains(w))) {
            // "what he called a final warning", "the plan that she supported": a pronoun in a relative clause names or
            // describes a thing; as measured on train, under three in ten of these are annotated as attributions.
            return;
        }
        if (insideReportedContent(out, source.start())) {
            // "Lee said she hopes …": PolNeAR annotates one relation per attributed stretch (the univocal scheme), so
            // an attitude reported inside another source's content is not a relation of its own.
            return;
        }
        // Content: after the cue (skipping "that", a colon, an object of "told"), else the clause before the subject.
        if (Lexicon.TAKES_OBJECT.contains(w)) {
            int o = contentFrom;
            while (o < t.size() && o - contentFrom < 5 && !t.get(o).text().equals(",")
                    && !Lexicon.lower(t.get(o).text()).equals("that") && !t.get(o).text().equals(":")) {
                o++;
            }
            if (o < t.size() && o - contentFrom < 5) {
                contentFrom = o;
            }
        }
        contentFrom = contentStart(t, contentFrom);
        Span content = contentFrom < t.size() ? clause(s, t.get(contentFrom).start(), s.end()) : null;
        if ((content == null || words(content.text()) < 2) && k >= 1 && t.get(k).text().equals(",")) {
            content = clause(s, s.start(), t.get(k).start());
        }
        if (content == null || words(content.text()) < 2) {
            return;
        }
        add(out, source, extended, content, role, social);
    }

    private static final Set<String> VERB_GROUP_ADVERBS = Set.of("not", "never", "now", "long", "together", "perhaps",
            "almost", "only", "too", "all", "both", "each", "personally", "quickly");

    /** Words after a verb that show it is one ("… and calls her …", "… and calls for …"). */
    private static final Set<String> OBJECTS = Set.of("her", "him", "them", "it", "for", "on", "us", "me");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "his",
            "her", "their", "our", "new", "such");

    private static final Set<String> CONTRACTED = Set.of("s", "ve", "re", "ll", "d", "m");

    /**
     * The index of the last token before the verb group that ends at token {@code verb}: auxiliaries, negations and
     * adverbs ("has also said", "did not say", "doesn't think", "sharply criticized") belong to neither the subject
     * nor the cue. -1 when the sentence starts with the verb group.
     */
    private static int beforeVerbGroup(List<Token> t, int verb) {
        int j = verb - 1;
        while (j >= 0) {
            String w = Lexicon.lower(t.get(j).text());
            if (Lexicon.AUXILIARY.contains(w) || VERB_GROUP_ADVERBS.contains(w)
                    || (!Lexicon.capitalized(t.get(j).text()) && Lexicon.adverb(w))) {
                j--;
            } else if (CONTRACTED.contains(w) && j >= 2
                    && (t.get(j - 1).text().equals("'") || t.get(j - 1).text().equals("’"))
                    && t.get(j - 1).start() == t.get(j - 2).end() && t.get(j - 1).end() == t.get(j).start()) {
                // "It’s condemning", "he’s sought", "I've suggested": the contracted auxiliary goes with the verb.
                j -= 2;
            } else if (w.equals("t") && j >= 2 && (t.get(j - 1).text().equals("'") || t.get(j - 1).text().equals("’"))
                    && t.get(j - 1).start() == t.get(j - 2).end()) {
                // The tokenizer splits "doesn't" into "doesn", "'", "t"; the negated auxiliary goes with the verb.
                j -= 3;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * A noun that attributes ("his assertion that …", "Lee's suggestion", "the so-called plan, dubbed …"): the
     * possessor is the source; without one the relation names no source.
     */
    private void nounCue(Sentence s, int i, List<Found> out) {
        List<Token> t = s.tokens();
        Span source = null;
        String prev = i > 0 ? Lexicon.lower(t.get(i - 1).text()) : "";
        if (Lexicon.POSSESSIVES.contains(prev)) {
            source = Span.of(text, t.get(i - 1).start(), t.get(i - 1).end());
        } else if (prev.equals("s") && i >= 3 && (t.get(i - 2).text().equals("'") || t.get(i - 2).text().equals("’"))
                && Lexicon.capitalized(t.get(i - 3).text())) {
            int k = i - 3;
            while (k > 0 && Lexicon.capitalized(t.get(k - 1).text()) && i - k < 8) {
                k--;
            }
            source = Span.of(text, t.get(k).start(), t.get(i - 3).end());
        }
        int from = i + 1;
        while (from < t.size() && (isPunct(t.get(from).text()) || Lexicon.NOUN_CUE_LINKS.contains(Lexicon.lower(
                t.get(from).text())))) {
            from++;
        }
        Span content = from < t.size() ? clause(s, t.get(from).start(), s.end()) : null;
        if (content == null || words(content.text()) < 2) {
            return;
        }
        Span cue = Span.of(text, t.get(i).start(), t.get(i).end());
        usedCue.set(cue.start());
        out.add(new Found(source, cue, content, null, false, null));
    }

    /** Where reported content starts at or after {@code from}: past punctuation and a "that" after the cue. */
    private static int contentStart(List<Token> t, int from) {
        while (from < t.size() && (isPunct(t.get(from).text()) || Lexicon.lower(t.get(from).text()).equals("that"))) {
            from++;
        }
        return from;
    }

    /** A cue whose subject the rules cannot find: the relation is kept with its content and no source. */
    private void sourceless(Sentence s, int i, List<Found> out) {
        List<Token> t = s.tokens();
        int from = contentStart(t, i + 1);
        Span content = from < t.size() ? clause(s, t.get(from).start(), s.end()) : null;
        if (content != null && words(content.text()) >= 2) {
            Span cue = Span.of(text, t.get(i).start(), t.get(i).end());
            usedCue.set(cue.start());
            out.add(new Found(null, cue, content, null, false, null));
        }
    }

    /** Whether tokens after {@code j} up to the cue at {@code verb} make a passive with no "by" agent after it. */
    private static boolean passiveWithoutAgent(List<Token> t, int j, int verb) {
        String w = Lexicon.lower(t.get(verb).text());
        if (!(w.endsWith("ed") || w.equals("told") || w.equals("shown") || w.equals("known") || w.equals("found"))
                || (verb + 1 < t.size() && Lexicon.lower(t.get(verb + 1).text()).equals("by"))) {
            return false;
        }
        for (int k = j + 1; k < verb; k++) {
            if (BE.contains(Lexicon.lower(t.get(k).text()))) {
                return true;
            }
        }
        return false;
    }

    /** Pronouns that stand for people ("he appeared to suggest" has a source, "the plan appeared" has none). */
    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "i", "we");

    private static final Set<String> BE = Set.of("been", "was", "were", "is", "are", "be", "being");

    /** The lower-case word right before {@code offset}, or "". */
    private String wordBefore(int offset) {
        int e = offset;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return Lexicon.lower(text.substring(b, e));
    }

    /** Whether {@code offset} lies in the content of an indirect attribution already found, after its cue. */
    private static boolean insideReportedContent(List<Found> out, int offset) {
        for (Found f : out) {
            if (f.quote() == null && f.cue() != null && f.cue().end() <= offset && f.content().contains(offset)
                    && f.content().start() >= f.cue().end() && offset - f.content().start() <= 6) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most words a subject before an appositive comma may have; beyond it the stretch is a clause. The
     * cap costs 0.001 (train) and 0.002 (dev) of source overlap F1, as gold sources of that length exist, and gains
     * exact precision: a newsroom reader gets no clause as a "source".
     */
    private static final int MAX_SUBJECT = 16;

    /**
     * For a verb after the comma at token {@code comma}: the stretch from the start of the sentence (after an
     * opening phrase such as "In a statement,") up to that comma, when it is short and holds no verb of saying; else
     * null.
     */
    private Span clauseSubject(Sentence s, int comma) {
        List<Token> t = s.tokens();
        int first = subjectStart(t, comma);
        if (first >= comma || comma - first > 30 || quoted.get(t.get(first).start())) {
            return null;
        }
        int end = comma - 1;
        for (int k = first; k < comma; k++) {
            String w = Lexicon.lower(t.get(k).text());
            if (Lexicon.SPEECH.contains(w) || t.get(k).text().equals(";") || usedCue.get(t.get(k).start())) {
                // "Ruiz, who has endorsed the plan, said …": keep the name before the clause that holds a cue.
                int c = first;
                while (c < k && !t.get(c).text().equals(",")) {
                    c++;
                }
                if (c >= k || c == first || t.get(k).text().equals(";")) {
                    return null;
                }
                end = c - 1;
                break;
            }
        }
        Span span = Span.of(text, t.get(first).start(), t.get(end).end());
        return nounPhrase(span.text()) ? span : null;
    }

    /** The speaker of a quotation whose closing mark is right before {@code offset} ("…,” adding that …), or null. */
    private static Span quotationSpeakerBefore(List<Found> out, int offset) {
        for (Found f : out) {
            if (f.quote() != null && f.source() != null && f.content().end() <= offset
                    && offset - f.content().end() <= 3) {
                return f.source();
            }
        }
        return null;
    }

    /**
     * The first token of a subject before token {@code limit}: past an opening phrase, punctuation and opening words
     * ("But", "Still"); {@code limit} when none is left.
     */
    private static int subjectStart(List<Token> t, int limit) {
        int first = openingPhraseEnd(t, limit);
        while (first < limit && (isPunct(t.get(first).text())
                || Lexicon.OPENERS.contains(Lexicon.lower(t.get(first).text())))) {
            first++;
        }
        return first;
    }

    /**
     * Where the subject can start: after an opening phrase that ends at a comma ("In his speech, the mayor …",
     * "Speaking on a radio program, Sen. Lee …") when the sentence starts with one of the opener words.
     */
    private static int openingPhraseEnd(List<Token> t, int limit) {
        if (limit == 0 || !Lexicon.CLAUSE_OPENERS.contains(Lexicon.lower(t.get(0).text()))) {
            return 0;
        }
        for (int c = 1; c < limit; c++) {
            if (t.get(c).text().equals(",")) {
                return c + 1;
            }
        }
        return 0;
    }

    /** The last source already found between {@code from} and {@code to}, or null. */
    private static Span sourceBefore(List<Found> out, int from, int to) {
        Span best = null;
        for (Found f : out) {
            Span src = f.source();
            if (src != null && src.start() >= from && src.end() <= to && (best == null || src.start() > best.start())) {
                best = src;
            }
        }
        return best;
    }

    /**
     * The subject that opens the sentence, when it is a pronoun or a capitalised name followed by a lower-case word
     * ("Mr. Okafor generally backed …", "She added …"), found for a verb at token {@code limit} or later; else
     * null. A leading conjunction or adverbial word with its comma ("But", "Still,") is skipped.
     */
    private Span openingSubject(Sentence s, int limit) {
        List<Token> t = s.tokens();
        int first = subjectStart(t, limit);
        if (first >= limit) {
            return null;
        }
        if (quoted.get(t.get(first).start())) {
            return null;
        }
        String w = t.get(first).text();
        if (Lexicon.PRONOUNS.contains(Lexicon.lower(w)) && !Lexicon.lower(w).equals("it")
                && !Lexicon.lower(w).equals("you")) {
            return Span.of(text, t.get(first).start(), t.get(first).end());
        }
        int e = first;
        while (e < limit && e - first < 8 && (Lexicon.capitalized(t.get(e).text())
                || (t.get(e).text().equals(".") && e > first && t.get(e - 1).text().length() <= 4)
                || nameJoin(t, e, first) || (e > first && headNoun(t.get(e).text())))) {
            e++;
        }
        if (e == first || e >= limit || !Character.isLowerCase(t.get(e).text().charAt(0))) {
            return null;
        }
        return Span.of(text, t.get(first).start(), t.get(e - 1).end());
    }

    /** An apostrophe or "s" inside a name or a possessive ("O’Neill", "Ruiz’ campaign", "Lee's aides"). */
    private static boolean nameJoin(List<Token> t, int e, int first) {
        String w = t.get(e).text();
        if (e > first && (w.equals("’") || w.equals("'")) && t.get(e - 1).end() == t.get(e).start()) {
            return true;
        }
        return w.equals("s") && e > first && (t.get(e - 1).text().equals("’") || t.get(e - 1).text().equals("'"));
    }

    /** A lower-case noun that heads a source phrase ("campaign", "spokesman", "aides"). */
    private static boolean headNoun(String word) {
        String w = Lexicon.lower(word);
        return Character.isLowerCase(word.charAt(0)) && (Lexicon.PERSON_HEADS.contains(w)
                || Lexicon.ORGANIZATION_HEADS.contains(w) || Lexicon.MEDIA_HEADS.contains(w));
    }

    /**
     * For "Name, appositive, said" with the second comma at {@code comma}: the index of the first comma, or -1. The
     * appositive must start with a lower-case word or an article and the word before it must be capitalised.
     */
    private static int appositiveStart(List<Token> t, int comma) {
        for (int c = comma - 2; c >= 1 && comma - c <= 16; c--) {
            String w = t.get(c).text();
            if (w.equals(",")) {
                String first = t.get(c + 1).text();
                boolean describes = !Lexicon.capitalized(first) || Lexicon.INDEFINITE.contains(Lexicon.lower(first))
                        || Lexicon.lower(first).equals("the") || Lexicon.TITLES.contains(Lexicon.lower(first));
                return describes && Lexicon.capitalized(t.get(c - 1).text()) ? c : -1;
            }
            if (isPunct(w) && !w.equals("’") && !w.equals("'") && !w.equals("-") && !w.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token k (walking back from j) still belongs to the subject phrase. */
    private static boolean subjectWord(List<Token> t, int k, int j) {
        if (j - k >= 12) {
            return false;
        }
        String word = t.get(k).text();
        String w = Lexicon.lower(word);
        if (word.equals("-") || word.equals("&")) {
            return true;
        }
        if (k > 0 && (t.get(k - 1).text().equals("’") || t.get(k - 1).text().equals("'"))
                && t.get(k - 1).end() == t.get(k).start() && k >= 2 && t.get(k - 2).end() == t.get(k - 1).start()
                && Lexicon.capitalized(t.get(k - 2).text()) && nameAfterApostrophe(word)) {
            // The word after an apostrophe inside a name: "I" in "Al-Ra’I" is no pronoun.
            return true;
        }
        if (k > 0 && t.get(k - 1).text().equals("-") && t.get(k - 1).end() == t.get(k).start()) {
            // "Tehrik-i-Taliban", "Jaish-e-Mohammed": a word joined by a hyphen is part of the name, whatever it
            // spells on its own.
            return true;
        }
        if ((word.equals("’") || word.equals("'")) && k > 0 && k + 1 <= j
                && t.get(k - 1).end() == t.get(k).start() && t.get(k).end() == t.get(k + 1).start()
                && nameAfterApostrophe(t.get(k + 1).text()) && Lexicon.capitalized(t.get(k - 1).text())) {
            // "O’Brien", "Al-Ra’I": an apostrophe inside a name.
            return true;
        }
        if ((word.equals("’") || word.equals("'")) && k + 1 <= j && t.get(k + 1).text().equals("s")) {
            // The tokenizer splits a possessive: "Lee ’ s campaign".
            return true;
        }
        if (word.equals(".") && k > 0 && Lexicon.capitalized(t.get(k - 1).text())
                && t.get(k - 1).text().length() <= 4) {
            // "Mr. Burman", "U.S. officials", "Sen. Graham": the full stop of an abbreviation stays in the name.
            return true;
        }
        if (k == j && k > 0 && Lexicon.NOUN_LIKE.contains(w)
                && DETERMINERS.contains(Lexicon.lower(t.get(k - 1).text()))) {
            // "The reports show …": after a determiner the word is the subject's noun, not a cue.
            return true;
        }
        if (word.length() >= 2 && word.chars().allMatch(Character::isUpperCase) && k < j
                && Lexicon.SUBJECT_STOP.contains(w)) {
            // "IS-K", "WHO officials": an acronym, not the verb or pronoun it spells.
            return true;
        }
        if (isPunct(word) || Lexicon.SUBJECT_STOP.contains(w) || Lexicon.SPEECH.contains(w)
                || Lexicon.THOUGHT.contains(w) || Lexicon.STANCE.contains(w) || Lexicon.ATTRIBUTION_VERBS.contains(w)
                || Lexicon.ATTITUDE_VERBS.contains(w)) {
            return false;
        }
        if (w.equals("and")) {
            // "Smith and Jones said" joins two names; "…, and officials said" starts a new clause.
            return k > 0 && k < j && Lexicon.capitalized(t.get(k - 1).text())
                    && Lexicon.capitalized(t.get(k + 1).text());
        }
        if (Lexicon.PRONOUNS.contains(w) && k < j) {
            return false;
        }
        return true;
    }

    /** The rest of "O’Brien" or "Al-Ra’y", not a contraction's ("Lee’s", "Don’t"). */
    private static boolean nameAfterApostrophe(String word) {
        return Lexicon.capitalized(word) || !CONTRACTED.contains(Lexicon.lower(word)) && !word.equals("t");
    }

    private String roleAfter(List<Token> t, int from) {
        if (from < t.size() - 2 && t.get(from).text().equals(",")) {
            int end = phraseEnd(t, from + 1);
            if (end > from + 1) {
                return text.substring(t.get(from + 1).start(), t.get(end - 1).end());
            }
        }
        return null;
    }

    /** {@code end} moved back over a trailing time phrase ("on Monday", "last week", "in 2015"). */
    private static int withoutTrailingTime(List<Token> t, int from, int end) {
        int e = end;
        while (e > from + 1 && (Lexicon.TIME_WORDS.contains(Lexicon.lower(t.get(e - 1).text()))
                || t.get(e - 1).text().chars().allMatch(Character::isDigit))) {
            e--;
            if (e > from + 1 && TIME_PREPOSITIONS.contains(Lexicon.lower(t.get(e - 1).text()))) {
                e--;
            }
        }
        return e;
    }

    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "last", "this", "earlier", "early",
            "late", "since", "during", "next");

    /**
     * The end of the source phrase that opens at {@code from} after "according to" or "citing": its first word is the
     * head even where it could be a verb ("according to reports in the media", "citing statements by …").
     */
    private static int sourceEnd(List<Token> t, int from) {
        return from < t.size() && !isPunct(t.get(from).text()) ? phraseEnd(t, from + 1) : from;
    }

    /** The end (exclusive token index) of a noun phrase starting at {@code from}: up to punctuation or a clause word. */
    private static int phraseEnd(List<Token> t, int from) {
        int e = from;
        while (e < t.size() && e - from < 12) {
            String word = t.get(e).text();
            String w = Lexicon.lower(word);
            boolean possessive = (word.equals("-") && e > 0 && e + 1 < t.size()
                    && t.get(e - 1).end() == t.get(e).start() && t.get(e).end() == t.get(e + 1).start())
                    || ((word.equals("’") || word.equals("'")) && e + 1 < t.size()
                            && t.get(e + 1).text().equals("s"))
                    || (word.equals(".") && e > from && t.get(e - 1).text().length() <= 4
                            && Lexicon.capitalized(t.get(e - 1).text()) && e + 1 < t.size()
                            && Lexicon.capitalized(t.get(e + 1).text()));
            if (!possessive && (isPunct(word) || w.equals("that") || w.equals("as") || w.equals("saying")
                    || w.equals("who") || w.equals("which") || Lexicon.SPEECH.contains(w))) {
                break;
            }
            e++;
        }
        return e;
    }

    private Span clause(Sentence s, int from, int to) {
        return Span.trimmed(text, Math.max(from, s.start()), Math.min(to, s.end()), ",;:—–-.");
    }

    /** "wrote on X", "said on Twitter", "posted on Telegram": the cue takes in the platform. */
    private Span extendSocial(Span cue) {
        int p = cue.end();
        int limit = Math.min(text.length(), p + 40);
        String after = text.substring(p, limit);
        Matcher m = SOCIAL_AFTER.matcher(after);
        if (m.lookingAt()) {
            return Span.of(text, cue.start(), p + m.end());
        }
        return cue;
    }

    private static final Pattern SOCIAL_AFTER = Pattern.compile(
            "\\s+(?:in\\s+a\\s+post\\s+)?on\\s+(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|Truth Social|Threads|Bluesky|Weibo)\\b");

    private boolean socialCue(Span cue) {
        String c = Lexicon.lower(cue.text());
        return c.startsWith("tweet") || c.startsWith("posted")
                || SOCIAL_AFTER.matcher(text.substring(cue.end(), Math.min(text.length(), cue.end() + 40)))
                        .lookingAt();
    }

    // ---- pass 3: sourcing lines

    private void markTurns() {
        for (Span para : article.paragraphs()) {
            Matcher t = TRANSCRIPT.matcher(para.text());
            if (t.lookingAt() && !NOT_A_SPEAKER.matcher(t.group("np")).matches() && !para.text().startsWith("Source")) {
                turns.set(para.start() + t.end("cue"), para.end());
            }
        }
    }

    private void sourceLines(List<Found> out) {
        List<Span> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            Matcher t = TRANSCRIPT.matcher(para.text());
            boolean turn = t.lookingAt();
            if (!turn && p == 0) {
                // A headline "Mayor: bridge will reopen in May" credits its words to the name before the colon.
                t = HEADLINE.matcher(para.text());
                turn = t.lookingAt();
            }
            if (turn && !para.text().startsWith("Source") && usedCue.nextSetBit(para.start()) != para.start()
                    && !NOT_A_SPEAKER.matcher(t.group("np")).matches()) {
                Span source = Span.of(text, para.start() + t.start("np"), para.start() + t.end("np"));
                Span cue = Span.of(text, para.start() + t.start("cue"), para.start() + t.end("cue"));
                Span content = Span.trimmed(text, cue.end(), para.end(), "");
                // A transcript quoted in full has its turns inside the quotation; capitals mark them as turns.
                boolean capitals = source.text().equals(source.text().toUpperCase(java.util.Locale.ROOT));
                if (words(content.text()) >= 2 && (!quoted.get(source.start()) || capitals)) {
                    add(out, source, cue, content, null, false);
                }
            }
        }
        Matcher d = DASH_AFTER_QUOTE.matcher(text);
        while (d.find()) {
            // "…” ― Ann Lee": reader comments and pull quotes credited by a dash after the closing mark.
            if (usedCue.get(d.start("cue"))) {
                continue;
            }
            int close = d.start();
            int open = Math.max(text.lastIndexOf('“', close - 1), text.lastIndexOf('"', close - 1));
            int from = Math.max(open, paragraphStart(close));
            Span content = Span.trimmed(text, from, close + 1, "");
            if (words(content.text()) >= 2) {
                add(out, Span.of(text, d.start("np"), d.end("np")), Span.of(text, d.start("cue"), d.end("cue")),
                        content, null, false);
            }
        }
        for (int p = 1; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            Matcher m = SOURCE_LINE.matcher(para.text());
            if (m.lookingAt()) {
                Span source = Span.trimmed(text, para.start() + m.start("np"), para.start() + m.end("np"), "");
                Span cue = Span.of(text, para.start() + m.start("cue"), para.start() + m.end("cue"));
                Span previous = paragraphs.get(p - 1);
                boolean social = Lexicon.SOCIAL_PLATFORMS.contains(Lexicon.lower(source.text()));
                out.add(new Found(source, cue, previous, null, social, null));
            }
        }
    }

    // ---- small helpers

    private void add(List<Found> out, Span source, Span cue, Span content, String role, boolean social) {
        if (source != null && source.text().endsWith("-")) {
            // "the US-backed government", "a Johnson-endorsed bill": the source is the name joined to the cue.
            source = Span.trimmed(text, source.start(), source.end(), "-");
            int space = source.text().lastIndexOf(' ');
            source = space < 0 ? source : Span.of(text, source.start() + space + 1, source.end());
            if (!Lexicon.capitalized(source.text())) {
                // "a self-described socialist": no one is named before the hyphen.
                return;
            }
        }
        if (content != null && content.length() > 0 && source != null && (timeOnly(source.text())
                || (Lexicon.capitalized(source.text()) && ARTICLES.contains(Lexicon.lower(source.text())))
                || PREPOSITIONS.contains(Lexicon.lower(firstWord(source.text()))))) {
            // A lone "The" before the cue (the subject was cut off), a time ("The audit, published last week,
            // recognizes …") or a prepositional phrase ("In Video Clip Shared On X", a headline): no source, but the
            // cue and its content still stand.
            usedCue.set(cue.start());
            out.add(new Found(null, cue, content, null, social, null));
            return;
        }
        if (content == null || content.length() == 0 || source == null || source.length() == 0
                || !nounPhrase(source.text())) {
            return;
        }
        usedCue.set(cue.start());
        lastSource = source;
        out.add(new Found(source, cue, content, role, social, null));
    }

    private static String firstWord(String phrase) {
        String stripped = phrase.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    private boolean startsParagraph(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) != '\n') {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                return false;
            }
            i--;
        }
        return true;
    }

    private int paragraphEnd(int offset) {
        int e = text.indexOf('\n', offset);
        return e < 0 ? text.length() : e;
    }

    private int paragraphStart(int offset) {
        int s = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return s < 0 ? 0 : s + 1;
    }

    private static final Pattern SHARE_OF_PEOPLE = Pattern.compile("(?i)(?:one|two|three|four|five|six|seven|eight|"
            + "nine|\\d+)\\s+(?:in|of|out of)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "from", "with", "by", "for", "into",
            "after", "before", "during", "under", "over", "amid", "of", "about", "through", "via");

    private static final Set<String> NOT_A_HEAD = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "with", "and",
            "or", "but", "at", "by", "from", "about", "into", "after", "before",
            "have", "has", "had", "out", "up", "two", "three", "four", "more", "most", "many", "some", "any", "this",
            "these", "those", "its", "his", "her", "their", "our", "my", "your", "very", "much", "such", "own");

    /**
     * Whether a walked-back subject can be a source: it must end in something that can head a noun phrase, a name, a
     * pronoun or a noun, not an article, a preposition or an adverb ("capable of", "widely").
     */
    private static boolean nounPhrase(String phrase) {
        String[] words = phrase.strip().split("[\\s\\u00A0]+");
        String last = words[words.length - 1];
        String lower = Lexicon.lower(last);
        if (last.endsWith("-")) {
            // "the US-" (cut before "-backed"): not a phrase that names anyone.
            return false;
        }
        if (Lexicon.capitalized(last) || Lexicon.PRONOUNS.contains(lower) || Lexicon.RELATIVE.contains(lower)) {
            return true;
        }
        if (SHARE_OF_PEOPLE.matcher(phrase.strip()).matches()) {
            // "One in three said", "two of five respondents": a share of the people asked.
            return true;
        }
        if (last.startsWith("(") && last.endsWith(")") && words.length > 1) {
            // "Rep. Ana Ruiz (D-N.M.)": a party and state after a name.
            return nounPhrase(phrase.substring(0, phrase.lastIndexOf('(')));
        }
        if (NOT_A_HEAD.contains(lower) || Lexicon.adverb(lower)
                || !Character.isLetter(last.charAt(0))) {
            return false;
        }
        return true;
    }

    /** "this week", "last month", "earlier this year": nothing but a time. */
    private static boolean timeOnly(String phrase) {
        String[] words = phrase.strip().split("[\\s\\u00A0]+");
        return Arrays.stream(words).map(Lexicon::lower)
                .allMatch(w -> Lexicon.TIME_WORDS.contains(w) || TIME_DETERMINERS.contains(w));
    }

    private static final Set<String> TIME_DETERMINERS = Set.of("this", "that", "next", "the", "same", "a", "an",
            "each", "every", "early", "late", "later");

    static boolean isPunct(String token) {
        return !ArticleText.isWord(token);
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}

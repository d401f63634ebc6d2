package org.wirecheck.credibility.engine;

import java.util.ArrayList;
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
    private static final String PRONOUN = "(?:he|she|they|we|I|it|He|She|They|We|It)";
    private static final String DESCRIBED = "(?:the|a|an|one|two|three|several|some|many|another|his|her|their|its|The|A|An)"
            + "\\s+(?:[\\p{L}\\p{M}'’\\-]+\\s+){0,6}?[\\p{L}\\p{M}'’\\-]+";
    private static final String SPEECH = String.join("|", Lexicon.SPEECH);
    private static final String ADVERB = "(?:(?:also|later|then|has|have|had|previously|once|again)\\s+)?";

    /** {@code ,” said Ann Lee, a spokeswoman.}: cue, then speaker. */
    private static final Pattern CUE_THEN_SPEAKER = Pattern.compile(
            "[,.!?]?\\s*(?<cue>" + SPEECH + ")\\s+(?<np>" + PRONOUN + "|" + NAME + "|" + DESCRIBED + ")"
                    + "(?:,\\s+(?<role>[^,.;:“”\"\\n]{2,90}))?");

    /** {@code ,” Lee said.} or {@code ,” Lee, a spokeswoman, said}: speaker, then cue. */
    private static final Pattern SPEAKER_THEN_CUE = Pattern.compile("[,.!?]?\\s*(?<np>" + PRONOUN + "|" + NAME + "|"
            + DESCRIBED + ")(?:,\\s+(?<role>[^,;:“”\"\\n]{2,90}),)?\\s+" + ADVERB + "(?<cue>" + SPEECH + ")\\b");

    /** {@code ”― Ann Lee}: HuffPost-style attribution of a quotation by a dash and a name. */
    private static final Pattern DASH_SPEAKER = Pattern.compile("\\s*(?<cue>[―—])\\s*(?<np>" + NAME + ")");

    /** {@code PENCE: Well, …}: a transcript turn. */
    private static final Pattern TRANSCRIPT = Pattern.compile(
            "^[\"“]?(?<np>\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,2}"
                    + "|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})(?<cue>:)\\s+\\S");

    /** Line labels that look like a speaker turn but are page furniture. */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile(
            "(?i)^(?:source|sources|author|date|photo|image|credit|editor|editors|update|note|read more|related|tags|"
                    + "posted|published|updated|by|watch|listen|video|file|caption|copyright|editor's note)$");

    /** {@code Lee said: “…} or {@code Lee told VOA, “…}: speaker and cue just before the opening mark. */
    private static final Pattern BEFORE_QUOTE = Pattern.compile("(?<np>" + PRONOUN + "|" + NAME + "|" + DESCRIBED
            + ")(?:,\\s+(?<role>[^,;:“”\"\\n]{2,90}),)?\\s+" + ADVERB + "(?<cue>" + SPEECH + ")"
            + "(?:\\s+[^,:;“”\"\\n]{1,50}?)?\\s*(?:[,:]|\\bthat)?\\s*$");

    /** A sourcing line: "Source: Twitter, March 1, 2024" or "Sources: …". */
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?<cue>Sources?:)\\s*(?<np>[^,;\\n]{2,80})");

    private final String text;
    private final ArticleText article;
    private final BitSet quoted = new BitSet();
    private final BitSet usedCue = new BitSet();
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
            if (f == null && m.depth() == 0 && previous != null && startsParagraph(m.open())
                    && previousParagraphEnd >= 0 && text.substring(previousParagraphEnd, m.open()).isBlank()) {
                // A quotation paragraph right after another speaker's quotation, with no new cue: the same speaker
                // goes on (news style: the speaker is named once per run of quotation paragraphs).
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
        int to = Math.min(paragraphEnd(from), from + 160);
        if (from >= to) {
            return null;
        }
        for (Pattern p : List.of(SPEAKER_THEN_CUE, CUE_THEN_SPEAKER, DASH_SPEAKER)) {
            Matcher x = p.matcher(text).region(from, to);
            if (x.lookingAt() && plausibleSpeaker(x.group("np"))) {
                Span np = speakerSpan(x.start("np"), x.end("np"));
                Span cue = Span.of(text, x.start("cue"), x.end("cue"));
                usedCue.set(cue.start());
                String role = p == DASH_SPEAKER || x.group("role") == null ? null : x.group("role").strip();
                return new Found(np, extendSocial(cue), content, role, socialCue(cue), new Marked(m.innerStart(),
                        m.innerEnd()));
            }
        }
        return null;
    }

    private Found speakerBefore(QuoteScanner.Marked m, Span content) {
        Sentence s = article.sentenceAt(m.open());
        int from = s == null ? paragraphStart(m.open()) : s.start();
        if (m.open() - from > 240) {
            from = m.open() - 240;
        }
        if (from >= m.open()) {
            return null;
        }
        Matcher x = BEFORE_QUOTE.matcher(text).region(from, m.open());
        if (x.find() && plausibleSpeaker(x.group("np"))) {
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

    private static boolean plausibleSpeaker(String np) {
        String first = Lexicon.lower(np.split("\\s+")[0]);
        return !Lexicon.SUBJECT_STOP.contains(first) || Lexicon.PRONOUNS.contains(first);
    }

    // ---- pass 2: indirect speech

    private void indirect(Sentence s, List<Found> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (quoted.get(tok.start()) || usedCue.get(tok.start())) {
                continue;
            }
            String w = Lexicon.lower(tok.text());
            if (w.equals("according") && i + 1 < t.size() && Lexicon.lower(t.get(i + 1).text()).equals("to")) {
                accordingTo(s, i, out);
            } else if (w.equals("citing")) {
                citing(s, i, out);
            } else if (Lexicon.SPEECH.contains(w) || Lexicon.THOUGHT.contains(w) || Lexicon.STANCE.contains(w)
                    || Lexicon.ATTRIBUTION_VERBS.contains(w)) {
                reportingVerb(s, i, out);
            }
        }
    }

    private void accordingTo(Sentence s, int i, List<Found> out) {
        List<Token> t = s.tokens();
        Span cue = Span.of(text, t.get(i).start(), t.get(i + 1).end());
        int srcEnd = phraseEnd(t, i + 2);
        if (srcEnd <= i + 2) {
            return;
        }
        Span source = Span.of(text, t.get(i + 2).start(), t.get(srcEnd - 1).end());
        Span content;
        if (i == 0 || (i == 1 && isPunct(t.get(0).text()))) {
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
        int srcEnd = phraseEnd(t, i + 1);
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
        int j = i - 1;
        while (j >= 0 && Lexicon.AUXILIARY.contains(Lexicon.lower(t.get(j).text()))) {
            j--;
        }
        if (j < 0) {
            return;
        }
        String before = t.get(j).text();
        if (i > 0 && Lexicon.lower(t.get(i - 1).text()).equals("to")) {
            return;
        }
        if (Lexicon.NOUN_LIKE.contains(w) && !(Lexicon.PRONOUNS.contains(Lexicon.lower(before))
                || Lexicon.capitalized(before) || Lexicon.PERSON_HEADS.contains(Lexicon.lower(before))
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
                while (contentFrom < t.size() && (isPunct(t.get(contentFrom).text())
                        || Lexicon.lower(t.get(contentFrom).text()).equals("that"))) {
                    contentFrom++;
                }
                if (contentFrom < t.size()) {
                    add(out, source, extended, clause(s, t.get(contentFrom).start(), s.end()), role, social);
                }
                return;
            }
        }
        if (before.equals(",") && w.endsWith("ing") && lastSource != null && lastSource.start() >= s.start()) {
            // "…, he said, adding that …": the participle shares the subject of the clause it hangs on.
            while (contentFrom < t.size() && (isPunct(t.get(contentFrom).text())
                    || Lexicon.lower(t.get(contentFrom).text()).equals("that"))) {
                contentFrom++;
            }
            if (contentFrom < t.size()) {
                add(out, lastSource, extended, clause(s, t.get(contentFrom).start(), s.end()), null, social);
            }
            return;
        }
        if (before.equals(",") || before.equals("”") || before.equals("\"")) {
            // Inverted order: "…, said the minister." The subject follows the verb, the content precedes the comma.
            int srcEnd = phraseEnd(t, i + 1);
            if (srcEnd <= i + 1 || j == 0) {
                return;
            }
            Span source = Span.of(text, t.get(i + 1).start(), t.get(srcEnd - 1).end());
            add(out, source, extended, clause(s, s.start(), t.get(j).start()), roleAfter(t, srcEnd), social);
            return;
        }
        Span source;
        String role = null;
        int k = j;
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
                return;
            }
            int first = k + 1;
            while (first <= j && isPunct(t.get(first).text())) {
                first++;
            }
            if (first > j) {
                return;
            }
            source = Span.of(text, t.get(first).start(), t.get(j).end());
            k = first - 1;
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
        while (contentFrom < t.size() && (isPunct(t.get(contentFrom).text())
                || Lexicon.lower(t.get(contentFrom).text()).equals("that"))) {
            contentFrom++;
        }
        Span content = contentFrom < t.size() ? clause(s, t.get(contentFrom).start(), s.end()) : null;
        if ((content == null || words(content.text()) < 2) && k >= 1 && t.get(k).text().equals(",")) {
            content = clause(s, s.start(), t.get(k).start());
        }
        if (content == null || words(content.text()) < 2) {
            return;
        }
        add(out, source, extended, content, role, social);
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
        if ((word.equals("’") || word.equals("'")) && k + 1 <= j && t.get(k + 1).text().equals("s")) {
            // The tokenizer splits a possessive: "Clinton ’ s campaign".
            return true;
        }
        if (word.equals(".") && k > 0 && Lexicon.capitalized(t.get(k - 1).text())
                && t.get(k - 1).text().length() <= 4) {
            // "Mr. Burman", "U.S. officials", "Sen. Graham": the full stop of an abbreviation stays in the name.
            return true;
        }
        if (isPunct(word) || Lexicon.SUBJECT_STOP.contains(w) || Lexicon.SPEECH.contains(w)
                || Lexicon.THOUGHT.contains(w) || Lexicon.STANCE.contains(w) || Lexicon.ATTRIBUTION_VERBS.contains(w)) {
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

    private String roleAfter(List<Token> t, int from) {
        if (from < t.size() - 2 && t.get(from).text().equals(",")) {
            int end = phraseEnd(t, from + 1);
            if (end > from + 1) {
                return text.substring(t.get(from + 1).start(), t.get(end - 1).end());
            }
        }
        return null;
    }

    /** The end (exclusive token index) of a noun phrase starting at {@code from}: up to punctuation or a clause word. */
    private static int phraseEnd(List<Token> t, int from) {
        int e = from;
        while (e < t.size() && e - from < 12) {
            String word = t.get(e).text();
            String w = Lexicon.lower(word);
            boolean possessive = word.equals("-") || ((word.equals("’") || word.equals("'")) && e + 1 < t.size()
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

    private void sourceLines(List<Found> out) {
        List<Span> paragraphs = article.paragraphs();
        for (Span para : paragraphs) {
            Matcher t = TRANSCRIPT.matcher(para.text());
            if (t.lookingAt() && !para.text().startsWith("Source")
                    && usedCue.nextSetBit(para.start()) != para.start()) {
                Span source = Span.of(text, para.start() + t.start("np"), para.start() + t.end("np"));
                Span cue = Span.of(text, para.start() + t.start("cue"), para.start() + t.end("cue"));
                Span content = Span.trimmed(text, cue.end(), para.end(), "");
                if (words(content.text()) >= 2 && !quoted.get(source.start())) {
                    add(out, source, cue, content, null, false);
                }
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
        if (content == null || content.length() == 0 || source == null || source.length() == 0
                || !nounPhrase(source.text())) {
            return;
        }
        usedCue.set(cue.start());
        lastSource = source;
        out.add(new Found(source, cue, content, role, social, null));
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

    private static final Set<String> NOT_A_HEAD = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "with",
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
        if (Lexicon.capitalized(last) || Lexicon.PRONOUNS.contains(lower) || Lexicon.RELATIVE.contains(lower)) {
            return true;
        }
        if (last.endsWith("-") || NOT_A_HEAD.contains(lower) || (lower.endsWith("ly") && !lower.endsWith("ally")
                && !Lexicon.PERSON_HEADS.contains(lower)) || !Character.isLetter(last.charAt(0))) {
            return false;
        }
        return true;
    }

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

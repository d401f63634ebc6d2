package org.wirecheck.credibility.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines, datelines, credit and reprint notices, image credits and editor lines, one paragraph at a time, and
 * checks given origins against them. The patterns follow the house styles of wire copy (AP and Reuters datelines,
 * "(AP)", "Reporting by …; Editing by …") and of republishers ("Reprinted with the permission of …", "This article
 * first appeared in …", "Click here to read more", and the South Asian press's credit lines "Courtesy Dawn", "Via
 * Dawn", "With input from APP").
 */
final class ProvenanceReader {

    private static final String NAMES = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’\\-]*|and|&|de|van|von|al|bin|el))*";
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Posted by)\\s+(?<name>" + NAMES
            + "(?:,\\s*" + NAMES + ")*)");
    private static final Pattern AUTHOR_LINE = Pattern
            .compile("(?:^|\\|\\s*)Author:\\s*(?<name>[^|\\n]{2,80}?)\\s*(?:\\||$)");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<d>\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]{2,}(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]+){0,3}(?:,\\s*\\p{L}[\\p{L}\\p{M}.' ]{1,30})?"
                    + "(?:\\s*\\([^)\\n]{1,30}\\))?)\\s*(?:[—–]+|--?)(?=[\\s\\u00A0])");
    private static final Pattern REPRINT = Pattern.compile(
            "(?i)\\b(?:reprinted|republished|reproduced|published)\\s+(?:here\\s+)?(?:with\\s+(?:the\\s+)?(?:kind\\s+)?permission\\s+(?:of|from)|courtesy\\s+of|by\\s+(?:kind\\s+)?permission\\s+of|by\\s+arrangement\\s+with)\\s+(?<name>[^.\\n;]{2,80})");
    private static final Pattern FIRST_APPEARED = Pattern.compile(
            "(?i)\\b(?:first|originally)\\s+(?:appeared|published|ran|posted)\\s+(?:in|on|at|by)\\s+(?<name>[^.\\n;,]{2,80})");
    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)\\b(?:click here to read more|read (?:the )?(?:full|more|original)(?: (?:story|article))?(?: at| on)?|continue reading(?: at| on)?)\\b");
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?<name>[^.\\n;]{2,60})\\s+contributed\\s+(?:to\\s+)?(?:this\\s+)?(?:report|reporting|story)");
    private static final Pattern HAT_TIP = Pattern.compile("(?i)\\b(?:h/t|hat tip)[:\\s]+(?<name>[^.\\n,;]{2,60})");
    /**
     * "Source: Dawn", and the same line as aggregators on the Afghanistan/Pakistan/Central Asia beat write it in Dari
     * ("منبع: هشت صبح"), Urdu ("ماخذ: ڈان"), Pashto ("سرچینه: پژواک", either yeh) and Russian ("Источник:
     * «Азаттык»"), perhaps after a direction mark. The colon must follow the word: "منبع عکس:" and "Источник фото:"
     * credit a photo.
     */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^[\\u200E\\u200F\\u202A-\\u202E]*(?:Sources?|منبع|منابع|ماخذ|مآخذ|سرچینه|سرچينه|Источник|Источники)\\s*:\\s*"
                    + "(?<name>[^,;،؛\\n]{2,80})");
    private static final Pattern COPYRIGHT = Pattern
            .compile("(?:©|\\bCopyright\\b\\s*©?)\\s*(?:\\d{4}\\s*)?(?<name>[^.\\n,;]{2,60})");
    private static final Pattern PARENTHESISED = Pattern.compile("\\((?<name>[^()\\n]{2,30})\\)");
    private static final Pattern IMAGE_CREDIT = Pattern.compile(
            "(?i)(?:^(?:photo|image|picture|photograph|file photo|illustration|credit|image credit|photo credit)s?\\b[^\\n]{0,160}"
                    + "|\\((?:photo|image|credit|picture)s?:[^)\\n]{2,100}\\)"
                    + "|\\b(?:photo|image|picture)s?\\s+(?:by|credit|courtesy(?:\\s+of)?)[:\\s][^\\n.]{2,80}"
                    + "|[^\\n]{0,60}\\bvia Getty Images\\b)");
    private static final Pattern EDITOR = Pattern.compile(
            "(?i)\\b(?:edited by|editing by|editor:|editors:|sub-?edited by)\\s*[^\\n;)|]{2,80}");
    private static final Pattern REPORTING_BY = Pattern
            .compile("(?i)\\b(?:reporting by|writing by)\\s+(?<name>[^\\n;)]{2,80})");

    /**
     * The whole of a credit line: "Courtesy Dawn", "Courtesy: 8am.media", "Courtesy of Dawn", "Via Dawn", "With
     * (additional) input(s) from APP", "Credit: Hasht-e Subh", and the Urdu courtesy line of Pakistani papers,
     * "بشکریہ ڈان" or "بشکریہ: روزنامہ جنگ" (with the Persian or Arabic-keyboard heh, yeh and kaf too). Matched
     * against a whole line or the last sentence or parenthesis of a paragraph only (see {@link #creditLines}), never
     * inside running text.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)(?<cue>courtesy(?:\\s+of\\b)?|بشکریہ|بشکریه|بشكريه|via\\b|credits?(?=\\s*:)|with\\s+(?:additional\\s+)?inputs?\\s+from\\b)"
                    + "\\s*[:\\-–—]?\\s*(?<name>[^\\s:()][^:()\\n]{1,79}?)[\\s.۔]*");
    /** A credit line in parentheses closing a paragraph: "… the ministry said. (via Reuters)". */
    private static final Pattern CLOSING_PARENTHESIS = Pattern.compile("\\((?<line>[^()\\n]{3,100})\\)[\\s.]*$");
    /** Where a sentence starts: after its end mark and space, at a capital or a parenthesis. */
    private static final Pattern SENTENCE_START = Pattern.compile("[.!?”\"’]\\s+(?=[\\p{Lu}(])");
    /** Names in one credit line: "APP and Reuters", "Dawn, agencies". */
    private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    /** A short paragraph: a credit line, a caption's credit, a kicker; longer ones are the story's text. */
    private static final int SHORT_LINE_WORDS = 10;

    private static final Pattern ABOUT_A_PIECE = Pattern.compile(
            "(?i)\\b(?:article|story|piece|report|post|column|op-ed|commentary|interview|version|essay|analysis)\\s+(?:was\\s+|has\\s+)?$");

    private ProvenanceReader() {
    }

    static Provenance read(Article article, ArticleText at, PublisherDirectory directory, List<Origin> origins,
            List<Attribution> attributions) {
        String text = at.text();
        Span byline = null;
        boolean fromMetadata = false;
        if (article.byline() != null && !article.byline().isBlank()) {
            fromMetadata = true;
            int at0 = text.indexOf(article.byline().strip());
            byline = at0 >= 0
                    ? Span.of(text, at0, at0 + article.byline().strip().length())
                    : new Span(0, 0, article.byline().strip());
        }
        Span dateline = null;
        List<Credit> credits = new ArrayList<>();
        List<Span> images = new ArrayList<>();
        List<Span> editors = new ArrayList<>();
        List<Span> paragraphs = at.paragraphs();
        List<String> originNames = origins.stream().map(o -> PublisherDirectory.nameKey(o.publisher())).toList();
        int lastLong = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            if (AttributionFinder.words(paragraphs.get(p).text()) > SHORT_LINE_WORDS) {
                lastLong = p;
            }
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            String s = para.text();
            int base = para.start();
            if (byline == null) {
                Matcher m = BYLINE.matcher(s);
                if (m.lookingAt()) {
                    byline = Span.of(text, base + m.start("name"), base + m.end("name"));
                } else {
                    Matcher a = AUTHOR_LINE.matcher(s);
                    if (a.find()) {
                        byline = Span.trimmed(text, base + a.start("name"), base + a.end("name"), "");
                    }
                }
            }
            if (dateline == null) {
                Matcher m = DATELINE.matcher(s);
                if (m.lookingAt() && hasUpperWord(m.group("d"))) {
                    dateline = Span.trimmed(text, base + m.start("d"), base + m.end(), "");
                }
            }
            // Every pattern is gated by a literal the notice must contain: the patterns are case-insensitive
            // alternations, which Java cannot skip through quickly, and most paragraphs hold no notice at all.
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.contains("reprinted") || lower.contains("republished") || lower.contains("reproduced")
                    || lower.contains("published")) {
                credit(text, base, s, REPRINT, "REPRINT_NOTICE", directory, credits);
            }
            if (lower.contains("first") || lower.contains("originally")) {
                credit(text, base, s, FIRST_APPEARED, "FIRST_APPEARED", directory, credits);
            }
            if (lower.contains("contributed")) {
                credit(text, base, s, CONTRIBUTED, "CONTRIBUTED", directory, credits);
            }
            if (lower.contains("h/t") || lower.contains("hat tip")) {
                credit(text, base, s, HAT_TIP, "HAT_TIP", directory, credits);
            }
            if (startsLikeASourceLine(s)) {
                credit(text, base, s, SOURCE_LINE, "SOURCE_LINE", directory, credits);
            }
            if (s.indexOf('©') >= 0 || s.contains("Copyright")) {
                credit(text, base, s, COPYRIGHT, "COPYRIGHT", directory, credits);
            }
            if (lower.contains("read") || lower.contains("continue")) {
                readMore(text, para, directory, credits);
            }
            if (s.indexOf('(') >= 0) {
                wireCredits(text, para, directory, credits);
            }
            agencyLine(text, para, directory, credits);
            boolean creditLine = creditLines(text, para, p > 0 ? paragraphs.get(p - 1) : null,
                    p == paragraphs.size() - 1, p > lastLong, directory, originNames, credits, images);
            if (byline == null && (lower.contains("reporting by") || lower.contains("writing by"))) {
                Matcher rb = REPORTING_BY.matcher(s);
                if (rb.find()) {
                    byline = Span.trimmed(text, base + rb.start("name"), base + rb.end("name"), "");
                }
            }
            if (!creditLine && (lower.contains("photo") || lower.contains("image") || lower.contains("picture")
                    || lower.contains("credit") || lower.contains("illustration") || lower.contains("getty"))) {
                Matcher im = IMAGE_CREDIT.matcher(s);
                while (im.find()) {
                    images.add(Span.trimmed(text, base + im.start(), base + im.end(), ""));
                }
            }
            if (!lower.contains("edit")) {
                continue;
            }
            Matcher ed = EDITOR.matcher(s);
            while (ed.find()) {
                editors.add(Span.trimmed(text, base + ed.start(), base + ed.end(), ""));
            }
        }
        List<Provenance.OriginCredit> originCredits = new ArrayList<>();
        for (Origin o : origins) {
            originCredits.add(originCredit(o, text, credits, attributions, directory));
        }
        return new Provenance(byline, fromMetadata, dateline, List.copyOf(credits), List.copyOf(images),
                List.copyOf(editors), List.copyOf(originCredits));
    }

    /** Whether a paragraph opens with a "source" word of {@link #SOURCE_LINE}: the literal gate for it. */
    private static boolean startsLikeASourceLine(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '\u200E' || s.charAt(i) == '\u200F'
                || (s.charAt(i) >= '\u202A' && s.charAt(i) <= '\u202E'))) {
            i++;
        }
        return s.startsWith("Source", i) || s.startsWith("منبع", i) || s.startsWith("منابع", i)
                || s.startsWith("ماخذ", i) || s.startsWith("مآخذ", i) || s.startsWith("سرچینه", i)
                || s.startsWith("سرچينه", i) || s.startsWith("Источник", i);
    }

    private static boolean hasUpperWord(String d) {
        String first = d.split("[\\s,(]")[0].replaceAll("[^\\p{L}]", "");
        return first.length() >= 3 && first.equals(first.toUpperCase(Locale.ROOT));
    }

    private static void credit(String text, int base, String s, Pattern p, String kind, PublisherDirectory directory,
            List<Credit> out) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Span name = Span.trimmed(text, base + m.start("name"), base + m.end("name"), "\"“”'’()«».");
            if (name.length() == 0) {
                continue;
            }
            KnownPublisher publisher = resolve(text, name, directory);
            if ((kind.equals("COPYRIGHT") || kind.equals("CONTRIBUTED")) && publisher == null) {
                continue;
            }
            if (kind.equals("FIRST_APPEARED") && publisher == null
                    && !(Lexicon.capitalized(name.text()) && ABOUT_A_PIECE.matcher(s.substring(0, m.start())).find())) {
                // "first appeared in 2017" dates an event; only "this article first appeared in …" credits a publisher.
                continue;
            }
            out.add(new Credit(kind, Span.trimmed(text, base + m.start(), base + m.end(), ""), publisher,
                    name.text()));
        }
    }

    private static KnownPublisher resolve(String text, Span name, PublisherDirectory directory) {
        Optional<KnownPublisher> exact = directory.resolve(name.text());
        if (exact.isPresent()) {
            return exact.get();
        }
        List<PublisherDirectory.Mention> inside = directory.find(text, name.start(), name.end());
        return inside.isEmpty() ? null : inside.get(0).publisher();
    }

    /** "Tolo News: … Click here to read more": the publisher is named at the start of the paragraph or in it. */
    private static void readMore(String text, Span para, PublisherDirectory directory, List<Credit> out) {
        Matcher m = READ_MORE.matcher(para.text());
        if (!m.find()) {
            return;
        }
        String s = para.text();
        int colon = s.indexOf(':');
        KnownPublisher publisher = null;
        String name = null;
        if (colon > 0 && colon < 50) {
            Span lead = Span.trimmed(text, para.start(), para.start() + colon, "");
            publisher = resolve(text, lead, directory);
            name = lead.text();
        }
        if (publisher == null) {
            List<PublisherDirectory.Mention> found = directory.find(text, para.start(), para.end());
            if (!found.isEmpty()) {
                publisher = found.get(0).publisher();
                name = found.get(0).span().text();
            }
        }
        out.add(new Credit("READ_MORE", para, publisher, name));
    }

    /** "(AP)", "(Reuters)": a parenthesised registered publisher. */
    private static void wireCredits(String text, Span para, PublisherDirectory directory, List<Credit> out) {
        Matcher m = PARENTHESISED.matcher(para.text());
        while (m.find()) {
            Optional<KnownPublisher> p = directory.resolve(m.group("name"));
            if (p.isPresent()) {
                out.add(new Credit("WIRE_CREDIT", Span.of(text, para.start() + m.start(), para.start() + m.end()),
                        p.get(), m.group("name").strip()));
            }
        }
    }

    /** A short line that is only a publisher's name, perhaps with "News" or "staff": "VOA News", "Reuters". */
    private static void agencyLine(String text, Span para, PublisherDirectory directory, List<Credit> out) {
        String s = para.text();
        if (AttributionFinder.words(s) > 6) {
            return;
        }
        String core = s.replaceAll("(?i)^(?:by|from|with|source:?)\\s+", "")
                .replaceAll("(?i)\\s+(?:news|staff|and agencies|wire services|reporters?|with agencies)\\.?$", "")
                .replaceAll("[.\\s]+$", "");
        Optional<KnownPublisher> p = directory.resolve(core);
        if (p.isEmpty()) {
            p = directory.resolve(s.replaceAll("[.\\s]+$", ""));
        }
        if (p.isPresent()) {
            out.add(new Credit("AGENCY_LINE", para, p.get(), s.strip()));
        }
    }

    /**
     * Credit lines ({@link #CREDIT_LINE}). Their cue words are everyday English — "a courtesy call on the minister",
     * "flew to Kabul via Dubai", "Photo courtesy of UNHCR", "Credit: Ahmad Zia/AFP" under a picture — so a line counts
     * only in the shape a credit line has, and only for a name that is certainly a publisher:
     * <ul>
     * <li>where: a short paragraph of its own, the last sentence of the copy ("… the board said. Courtesy Dawn"), or a
     * parenthesis closing a paragraph ("(via Reuters)");</li>
     * <li>who: the whole name resolves through the registry (a name, alias or domain: "8am.media"), or is the name an
     * origin was given by; a name that merely contains a publisher ("Ahmad Zia/AFP", a photographer and his agency)
     * does not count, nor does "agencies", which names no one;</li>
     * <li>"Courtesy …" or "Credit: …" right under a caption ("Photo: …") credits the picture, and is an image credit;
     * "Credit: …" is the usual photo credit, so it credits the article only in the closing lines of the copy (no long
     * paragraph after it) — elsewhere it stays an image credit, as before.</li>
     * </ul>
     *
     * @return whether the paragraph is an article's credit line (and so not an image credit)
     */
    private static boolean creditLines(String text, Span para, Span previous, boolean last, boolean closing,
            PublisherDirectory directory, List<String> originNames, List<Credit> out, List<Span> images) {
        String s = para.text();
        boolean alone = AttributionFinder.words(s) <= SHORT_LINE_WORDS;
        List<int[]> places = new ArrayList<>(2);
        if (alone) {
            boolean parenthesised = s.startsWith("(") && s.endsWith(")");
            places.add(
                    parenthesised ? new int[]{para.start() + 1, para.end() - 1} : new int[]{para.start(), para.end()});
        }
        Matcher paren = s.endsWith(")") || s.endsWith(").") ? CLOSING_PARENTHESIS.matcher(s) : null;
        if (paren != null && paren.find()) {
            places.add(new int[]{para.start() + paren.start("line"), para.start() + paren.end("line")});
        } else if (last) {
            Matcher start = SENTENCE_START.matcher(s);
            int from = -1;
            while (start.find()) {
                from = start.end();
            }
            if (from > 0 && s.length() - from <= 100) {
                places.add(new int[]{para.start() + from, para.end()});
            }
        }
        Matcher m = null;
        for (int[] place : places) {
            Matcher candidate = CREDIT_LINE.matcher(text).region(place[0], place[1]);
            if (candidate.matches()) {
                m = candidate;
                alone = place[0] <= para.start() + 1 && place[1] >= para.end() - 1;
                break;
            }
        }
        if (m == null) {
            return false;
        }
        int from = m.regionStart();
        int to = m.regionEnd();
        String cue = Lexicon.lower(m.group("cue"));
        boolean courtesy = cue.startsWith("courtesy") || cue.startsWith("بش");
        boolean credit = cue.startsWith("credit");
        if (credit && !(alone && closing)) {
            return false;
        }
        Span line = Span.trimmed(text, from, to, "");
        if ((credit || courtesy) && previous != null
                && IMAGE_CREDIT.matcher(previous.text()).find()) {
            if (!credit) {
                images.add(line);
            }
            return false;
        }
        String kind = courtesy
                ? "COURTESY_LINE"
                : credit ? "CREDIT_LINE" : cue.startsWith("via") ? "VIA_LINE" : "INPUT_LINE";
        Span names = Span.trimmed(text, m.start("name"), m.end("name"), "\"“”'’«».۔");
        Credit whole = lineCredit(kind, line, names, directory, originNames);
        if (whole != null) {
            out.add(whole);
            return true;
        }
        // "With input from APP and Reuters": each name on its own.
        boolean any = false;
        Matcher sep = NAME_LIST.matcher(text).region(names.start(), names.end());
        int start = names.start();
        while (true) {
            boolean more = sep.find();
            Span name = Span.trimmed(text, start, more ? sep.start() : names.end(), "\"“”'’«».۔");
            Credit c = lineCredit(kind, line, name, directory, originNames);
            if (c != null) {
                out.add(c);
                any = true;
            }
            if (!more) {
                return any;
            }
            start = sep.end();
        }
    }

    /**
     * The credit a credit line gives {@code name}: to the registry publisher the whole name stands for, or to no
     * registered publisher when it is the name an origin was given by; null when it is neither.
     */
    private static Credit lineCredit(String kind, Span line, Span name, PublisherDirectory directory,
            List<String> originNames) {
        if (name.length() == 0) {
            return null;
        }
        Optional<KnownPublisher> p = directory.resolve(name.text());
        if (p.isEmpty() && !originNames.contains(PublisherDirectory.nameKey(name.text()))) {
            return null;
        }
        return new Credit(kind, line, p.orElse(null), name.text());
    }

    /**
     * CREDITED when a credit notice, or an attribution, names the origin through any alias or domain the registry
     * knows or by the name as given; the first such span is the evidence.
     */
    private static Provenance.OriginCredit originCredit(Origin origin, String text, List<Credit> credits,
            List<Attribution> attributions, PublisherDirectory directory) {
        Optional<KnownPublisher> byName = directory.resolve(origin.publisher());
        Optional<KnownPublisher> known = byName.isEmpty() && origin.url() != null
                ? directory.resolve(origin.url())
                : byName;
        String given = PublisherDirectory.nameKey(origin.publisher());
        for (Credit c : credits) {
            boolean same = known.isPresent() && c.publisher() != null && c.publisher().id() == known.get().id();
            boolean named = c.creditedName() != null
                    && namesWholly(PublisherDirectory.nameKey(c.creditedName()), given);
            if (same || named) {
                return new Provenance.OriginCredit(origin.publisher(), ProvenanceStatus.CREDITED, c.span());
            }
        }
        for (Attribution a : attributions) {
            if (a.source() == null) {
                continue;
            }
            boolean named = namesWholly(PublisherDirectory.nameKey(a.source().text()), given);
            boolean same = known.isPresent() && directory.find(text, a.source().start(), a.source().end()).stream()
                    .anyMatch(m -> m.publisher().id() == known.get().id());
            if (named || same) {
                return new Provenance.OriginCredit(origin.publisher(), ProvenanceStatus.CREDITED, a.source());
            }
        }
        return new Provenance.OriginCredit(origin.publisher(), ProvenanceStatus.UNCREDITED, null);
    }

    /**
     * Whether {@code name} holds {@code given} as whole words ("kabul lantern weekly" holds "kabul lantern"). A plain
     * substring test made an origin given as "AP" credited by "With input from APP" (another agency) or by "Japan
     * Times".
     */
    private static boolean namesWholly(String name, String given) {
        if (given.isEmpty()) {
            return false;
        }
        for (int at = name.indexOf(given); at >= 0; at = name.indexOf(given, at + 1)) {
            int end = at + given.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1));
            boolean endsWord = end == name.length() || !Character.isLetterOrDigit(name.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }
}

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
 * first appeared in …", "Click here to read more").
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
    private static final Pattern SOURCE_LINE = Pattern.compile("^Sources?:\\s*(?<name>[^,;\\n]{2,80})");
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
            if (s.startsWith("Source")) {
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
            if (byline == null && (lower.contains("reporting by") || lower.contains("writing by"))) {
                Matcher rb = REPORTING_BY.matcher(s);
                if (rb.find()) {
                    byline = Span.trimmed(text, base + rb.start("name"), base + rb.end("name"), "");
                }
            }
            if (lower.contains("photo") || lower.contains("image") || lower.contains("picture")
                    || lower.contains("credit") || lower.contains("illustration") || lower.contains("getty")) {
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

    private static boolean hasUpperWord(String d) {
        String first = d.split("[\\s,(]")[0].replaceAll("[^\\p{L}]", "");
        return first.length() >= 3 && first.equals(first.toUpperCase(Locale.ROOT));
    }

    private static void credit(String text, int base, String s, Pattern p, String kind, PublisherDirectory directory,
            List<Credit> out) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Span name = Span.trimmed(text, base + m.start("name"), base + m.end("name"), "\"“”'’()");
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
                    && Lexicon.lower(c.creditedName()).contains(given);
            if (same || named) {
                return new Provenance.OriginCredit(origin.publisher(), ProvenanceStatus.CREDITED, c.span());
            }
        }
        for (Attribution a : attributions) {
            if (a.source() == null) {
                continue;
            }
            boolean named = PublisherDirectory.nameKey(a.source().text()).contains(given);
            boolean same = known.isPresent() && directory.find(text, a.source().start(), a.source().end()).stream()
                    .anyMatch(m -> m.publisher().id() == known.get().id());
            if (named || same) {
                return new Provenance.OriginCredit(origin.publisher(), ProvenanceStatus.CREDITED, a.source());
            }
        }
        return new Provenance.OriginCredit(origin.publisher(), ProvenanceStatus.UNCREDITED, null);
    }
}

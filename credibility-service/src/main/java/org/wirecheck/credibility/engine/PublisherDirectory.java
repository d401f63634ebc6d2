package org.wirecheck.credibility.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wirecheck.common.article.Hosts;

/**
 * The registry's alias table in memory: resolves a name, alias, domain or url to a publisher and finds publisher
 * names in a stretch of text. Built once per registry change; immutable and thread-safe.
 * <p>
 * In running text a name counts only as written (publishers' names are proper nouns: "The Hill" is a paper, "the
 * hill" is not; "AP" is a wire, "ap" is not); domains match in any case. {@link #resolve} of a whole name ignores
 * case.
 */
public final class PublisherDirectory {

    /** A publisher name found in the text. */
    public record Mention(Span span, KnownPublisher publisher) {
    }

    private static final PublisherDirectory EMPTY = new PublisherDirectory(List.of());

    private final List<KnownPublisher> publishers;
    private final Map<String, KnownPublisher> byName = new HashMap<>();
    private final Map<String, KnownPublisher> byDomain = new HashMap<>();
    private final Pattern exactCase;
    private final Pattern anyCase;

    public PublisherDirectory(List<KnownPublisher> publishers) {
        if (publishers == null) {
            throw new IllegalArgumentException("A publisher directory needs a list of publishers, got null");
        }
        this.publishers = List.copyOf(publishers);
        List<String> caseSensitive = new ArrayList<>();
        List<String> caseInsensitive = new ArrayList<>();
        for (KnownPublisher p : this.publishers) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name());
            for (String name : names) {
                String key = nameKey(name);
                if (key.isEmpty()) {
                    continue;
                }
                byName.putIfAbsent(key, p);
                caseSensitive.add(name.strip());
            }
            for (String domain : p.domains()) {
                String d = domainKey(domain);
                if (!d.isEmpty()) {
                    byDomain.putIfAbsent(d, p);
                    byName.putIfAbsent(d, p);
                    caseInsensitive.add(d);
                }
            }
        }
        this.exactCase = alternation(caseSensitive, 0);
        this.anyCase = alternation(caseInsensitive, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static PublisherDirectory empty() {
        return EMPTY;
    }

    public List<KnownPublisher> publishers() {
        return publishers;
    }

    /** The publisher a name, alias, domain or url stands for. */
    public Optional<KnownPublisher> resolve(String nameOrUrl) {
        if (nameOrUrl == null || nameOrUrl.isBlank()) {
            return Optional.empty();
        }
        KnownPublisher byAlias = byName.get(nameKey(nameOrUrl));
        if (byAlias != null) {
            return Optional.of(byAlias);
        }
        String host = host(nameOrUrl);
        if (host == null) {
            return Optional.empty();
        }
        // news.bbc.co.uk is bbc.co.uk: walk up the labels until a registered domain matches.
        String h = host;
        while (h.contains(".")) {
            KnownPublisher p = byDomain.get(h);
            if (p != null) {
                return Optional.of(p);
            }
            h = h.substring(h.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** Every publisher name or domain in {@code text[from, to)}, longest match first, left to right. */
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        collect(exactCase, text, from, to, found);
        collect(anyCase, text, from, to, found);
        found.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparing(m -> -m.span().length()));
        List<Mention> kept = new ArrayList<>();
        int last = -1;
        for (Mention m : found) {
            if (m.span().start() >= last) {
                kept.add(m);
                last = m.span().end();
            }
        }
        return kept;
    }

    private void collect(Pattern pattern, String text, int from, int to, List<Mention> out) {
        if (pattern == null) {
            return;
        }
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            KnownPublisher p = byName.get(nameKey(m.group()));
            if (p != null) {
                out.add(new Mention(Span.of(text, m.start(), m.end()), p));
            }
        }
    }

    private static Pattern alternation(List<String> names, int flags) {
        if (names.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(sb.toString(), flags);
    }

    /** Lower case, white space folded, a leading "the" dropped: "The  Guardian" and "guardian" are one key. */
    static String nameKey(String name) {
        // Arabic-keyboard yeh and kaf are the Persian letters, Urdu's heh goal is the heh Persian writes, and the
        // non-joiner and tatweel only change the look: "پژواك" is "پژواک", "روزنامه" is "روزنامہ".
        String k = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").replace('ي', 'ی')
                .replace('ى', 'ی').replace('ك', 'ک').replace('ہ', 'ه').replace("\u200C", "").replace("\u0640", "");
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }

    /** A registered domain as {@link Hosts} writes hosts (lower case, no "www.", ASCII form of any script). */
    private static String domainKey(String domain) {
        return Hosts.ofName(domain).orElse(domain.strip().toLowerCase(Locale.ROOT));
    }

    /** The host a name or url points to ("voanews.com", "https://www.rferl.org/a/…"), or null if it is none. */
    private static String host(String nameOrUrl) {
        String s = nameOrUrl.strip();
        if (s.contains(" ")) {
            return null;
        }
        return Hosts.ofUrl(s.contains("://") ? s : "http://" + s).filter(h -> h.contains(".")).orElse(null);
    }
}

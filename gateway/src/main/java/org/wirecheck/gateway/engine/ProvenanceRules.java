package org.wirecheck.gateway.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wirecheck.common.article.PublishedAt;
import org.wirecheck.gateway.api.Provenance;
import org.wirecheck.gateway.client.CredibilityApiModel.Credit;
import org.wirecheck.gateway.client.CredibilityApiModel.Publisher;
import org.wirecheck.gateway.client.DedupApiModel.ArticleRef;
import org.wirecheck.gateway.client.DedupApiModel.Duplicate;
import org.wirecheck.gateway.client.DedupApiModel.Passage;

/**
 * Decides an article's {@link ProvenanceStatus} from what dedup-service found (the earlier articles it shares text
 * with, and how much) and what credibility-service found (the publishers its credit lines name, each with every alias
 * and domain the registry knows).
 * <p>
 * An earlier article counts as <em>copied</em> when it comes from another publisher and this one is an exact, edited
 * or spun copy of it, contains it, or is contained in it. A copied article is <em>excerpted</em> when less than
 * {@code excerptShare} of its text appears here. Then:
 * <ul>
 * <li>nothing copied: ORIGINAL;</li>
 * <li>any copied article not credited: UNCREDITED_COPY, except one whose shared text this article also shares with
 * another copied article it does credit ({@link #carries}): a wire story's other reprints carry the credited
 * origin's words, and a reprint that credits the origin need not credit every outlet that printed them too;</li>
 * <li>every copied article credited and every one only excerpted: EXCERPT;</li>
 * <li>every copied article credited: CREDITED_REPRINT.</li>
 * </ul>
 * The origin is the earliest copied article. Worked example: an aggregator page that carries a full RFE/RL story
 * ending "Reprinted with the permission of Radio Free Europe/Radio Liberty" (dedup: CONTAINS, 0.98 of the RFE/RL
 * story is here) and the first paragraph of a Tolo News story ending "Tolo News: Click here to read more" (CONTAINS,
 * 0.15) credits both, and does not only excerpt: CREDITED_REPRINT, origin the earlier of the two.
 */
public final class ProvenanceRules {

    private static final Set<String> COPYING = Set.of("EXACT", "NEAR_DUPLICATE", "PARAPHRASE", "CONTAINS",
            "CONTAINED_IN");

    private final double excerptShare;

    /** @param excerptShare below this share of a copied article's text present here, the copy is an excerpt */
    public ProvenanceRules(double excerptShare) {
        if (!(excerptShare > 0 && excerptShare < 1)) {
            throw new IllegalArgumentException("excerptShare must be between 0 and 1 (exclusive), got " + excerptShare);
        }
        this.excerptShare = excerptShare;
    }

    /**
     * @param articleUrl this article's url
     * @param publisher this article's publisher as given (may be null)
     * @param ownPublisher the registry entry this article's publisher resolves to (may be null)
     * @param duplicates what dedup-service reported for this article
     * @param credits the credit lines credibility-service found in this article
     */
    public Provenance decide(String articleUrl, String publisher, Publisher ownPublisher, List<Duplicate> duplicates,
            List<Credit> credits) {
        List<Provenance.Evidence> evidence = new ArrayList<>();
        List<Duplicate> creditedCopies = new ArrayList<>();
        ArticleRef origin = null;
        boolean allCredited = true;
        boolean allExcerpts = true;
        List<Duplicate> copied = duplicates.stream()
                .filter(d -> d.earlier() && COPYING.contains(d.relation()))
                .filter(d -> !samePublisher(articleUrl, publisher, ownPublisher, d))
                .sorted(Comparator.comparing((Duplicate d) -> PublishedAt.parse(d.publishedAt()).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        // Each copied article's credit, found once: the credited ones may excuse the others (carries).
        List<Optional<Credit>> creditOf = new ArrayList<>(copied.size());
        for (Duplicate d : copied) {
            Optional<Credit> credit = credits.stream().filter(c -> credits(c, d)).findFirst();
            creditOf.add(credit);
            if (credit.isPresent()) {
                creditedCopies.add(d);
            }
        }
        for (int i = 0; i < copied.size(); i++) {
            Duplicate d = copied.get(i);
            double share = d.containment() == null ? d.similarity() : d.containment().otherInThis();
            Optional<Credit> credit = creditOf.get(i);
            Duplicate through = credit.isPresent()
                    ? null
                    : creditedCopies.stream().filter(e -> carries(e, d)).findFirst().orElse(null);
            allCredited &= credit.isPresent() || through != null;
            allExcerpts &= share < excerptShare;
            if (origin == null) {
                origin = d.ref();
            }
            evidence.add(new Provenance.Evidence(d.ref(), d.relation(), d.similarity(), share, credit.isPresent(),
                    credit.map(Credit::text).orElse(null), credit.map(Credit::start).orElse(null),
                    credit.map(Credit::end).orElse(null), through == null ? null : through.ref()));
        }
        ProvenanceStatus status;
        if (copied.isEmpty()) {
            status = ProvenanceStatus.ORIGINAL;
        } else if (!allCredited) {
            status = ProvenanceStatus.UNCREDITED_COPY;
        } else if (allExcerpts) {
            status = ProvenanceStatus.EXCERPT;
        } else {
            status = ProvenanceStatus.CREDITED_REPRINT;
        }
        Set<String> credited = new LinkedHashSet<>();
        for (Credit c : credits) {
            String name = c.publisher() != null ? c.publisher().name() : c.creditedName();
            if (name != null && !name.isBlank()) {
                credited.add(name);
            }
        }
        return new Provenance(status, origin, List.copyOf(credited), evidence);
    }

    /**
     * Of what this article shares with {@code d}, the share it may have that it does not also share with
     * {@code credited}: a credit line or a retyped word.
     */
    static final double CARRIED_SLACK = 0.1;

    /**
     * Whether everything this article shares with {@code d} (its passages, on this article's side), but for
     * {@link #CARRIED_SLACK} of it, lies in what it shares with {@code credited}: then {@code d} only carries text
     * this article has from {@code credited}. Shares alone cannot tell: an aggregator page holds two stories of
     * equal length, each a different half of the page.
     */
    static boolean carries(Duplicate credited, Duplicate d) {
        List<int[]> covered = new ArrayList<>();
        for (Passage p : credited.passages() == null ? List.<Passage>of() : credited.passages()) {
            covered.add(new int[]{p.start(), p.end()});
        }
        covered.sort(Comparator.comparingInt((int[] r) -> r[0]));
        long shared = 0;
        long outside = 0;
        for (Passage p : d.passages() == null ? List.<Passage>of() : d.passages()) {
            shared += p.end() - p.start();
            int at = p.start();
            for (int[] r : covered) {
                if (r[1] <= at) {
                    continue;
                }
                if (r[0] >= p.end()) {
                    break;
                }
                outside += Math.max(0, r[0] - at);
                at = Math.max(at, r[1]);
                if (at >= p.end()) {
                    break;
                }
            }
            outside += Math.max(0, p.end() - at);
        }
        return shared > 0 && outside <= CARRIED_SLACK * shared;
    }

    /** Does credit line {@code c} name the publisher of {@code d}, through any name or domain? */
    static boolean credits(Credit c, Duplicate d) {
        String wanted = Publishers.key(d.publisher());
        String host = Publishers.host(d.url());
        if (!wanted.isEmpty() && wanted.equals(Publishers.key(c.creditedName()))) {
            return true;
        }
        Publisher p = c.publisher();
        return p != null && (names(p).contains(wanted) && !wanted.isEmpty()
                || p.domains() != null && p.domains().stream().anyMatch(domain -> Publishers.sameSite(host, domain)));
    }

    private static boolean samePublisher(String articleUrl, String publisher, Publisher own, Duplicate d) {
        String key = Publishers.key(publisher);
        String otherKey = Publishers.key(d.publisher());
        if (!key.isEmpty() && key.equals(otherKey)) {
            return true;
        }
        if (own != null && !otherKey.isEmpty() && names(own).contains(otherKey)) {
            return true;
        }
        String host = Publishers.host(articleUrl);
        String otherHost = Publishers.host(d.url());
        if (!host.isEmpty() && host.equals(otherHost)) {
            return true;
        }
        return own != null && own.domains() != null
                && own.domains().stream().anyMatch(domain -> Publishers.sameSite(otherHost, domain));
    }

    private static Set<String> names(Publisher p) {
        Set<String> names = new LinkedHashSet<>();
        names.add(Publishers.key(p.name()));
        if (p.aliases() != null) {
            p.aliases().forEach(a -> names.add(Publishers.key(a)));
        }
        if (p.domains() != null) {
            p.domains().forEach(a -> names.add(Publishers.key(a)));
        }
        return names;
    }
}

package org.wirecheck.dedup.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The rules of reprint clusters: articles connected by any relation form one cluster, and its origin is the
 * earliest-published member (on a tie, the first one seen).
 * <p>
 * A cluster keeps its id while it grows. When a new article bridges clusters, the merged cluster keeps the id of the
 * cluster whose origin comes first. When a deletion splits a cluster, the part holding the earliest remaining member
 * keeps the id and every other part gets an id derived from its own origin, so the same corpus always yields the same
 * cluster ids.
 */
public final class ReprintClusters {

    private ReprintClusters() {
    }

    /**
     * A cluster member as the rules see it.
     *
     * @param id the article id
     * @param publishedAt when the article was published (the service uses the indexing time if none was given)
     * @param seen order in which the corpus first saw the article, for ties
     */
    public record Member(UUID id, Instant publishedAt, long seen) {
        public Member {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(publishedAt, "publishedAt");
        }
    }

    /** Earliest published first; on a tie, first seen. */
    public static final Comparator<Member> EARLIEST_FIRST = Comparator.comparing(Member::publishedAt)
            .thenComparingLong(Member::seen);

    /** The origin of a non-empty cluster. */
    public static Member origin(Collection<Member> members) {
        return members.stream().min(EARLIEST_FIRST)
                .orElseThrow(() -> new IllegalArgumentException("A cluster needs at least one member"));
    }

    /** The id a cluster gets when an article founds it. */
    public static UUID clusterIdFor(UUID founder) {
        return UUID.nameUUIDFromBytes(("cluster:" + founder).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a part split off cluster {@code parent} by a deletion, founded by its origin. */
    public static UUID splitClusterId(UUID parent, UUID origin) {
        return UUID.nameUUIDFromBytes(("cluster:" + parent + ":" + origin).getBytes(StandardCharsets.UTF_8));
    }

    /** Connected parts of {@code members} under {@code links} (pairs of ids; links to non-members are ignored). */
    public static List<List<Member>> parts(Collection<Member> members, Collection<UUID[]> links) {
        Map<UUID, UUID> parent = new HashMap<>();
        for (Member m : members) {
            parent.put(m.id(), m.id());
        }
        for (UUID[] link : links) {
            if (parent.containsKey(link[0]) && parent.containsKey(link[1])) {
                UUID a = root(parent, link[0]);
                UUID b = root(parent, link[1]);
                if (!a.equals(b)) {
                    parent.put(a, b);
                }
            }
        }
        Map<UUID, List<Member>> byRoot = new HashMap<>();
        for (Member m : members) {
            byRoot.computeIfAbsent(root(parent, m.id()), r -> new ArrayList<>()).add(m);
        }
        List<List<Member>> parts = new ArrayList<>(byRoot.values());
        parts.sort(Comparator.comparing(ReprintClusters::origin, EARLIEST_FIRST));
        return parts;
    }

    private static UUID root(Map<UUID, UUID> parent, UUID id) {
        UUID r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }
}

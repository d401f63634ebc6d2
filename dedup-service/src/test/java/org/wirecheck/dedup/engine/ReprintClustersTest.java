package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReprintClustersTest {

    static ReprintClusters.Member member(String published, long seen) {
        return new ReprintClusters.Member(UUID.randomUUID(), Instant.parse(published), seen);
    }

    @Test
    void theOriginIsTheEarliestPublishedAndOnATieTheFirstSeen() {
        var late = member("2024-03-02T00:00:00Z", 1);
        var earlySeenSecond = member("2024-03-01T00:00:00Z", 3);
        var earlySeenFirst = member("2024-03-01T00:00:00Z", 2);
        assertEquals(earlySeenFirst, ReprintClusters.origin(List.of(late, earlySeenSecond, earlySeenFirst)));
        assertThrows(IllegalArgumentException.class, () -> ReprintClusters.origin(List.of()));
    }

    @Test
    void removingABridgeSplitsTheClusterEarliestPartFirst() {
        var a = member("2024-03-01T00:00:00Z", 1);
        var b = member("2024-03-02T00:00:00Z", 2);
        var c = member("2024-02-01T00:00:00Z", 3);
        var d = member("2024-03-03T00:00:00Z", 4);
        // a-b and c-d were linked through a bridge article that was deleted.
        var parts = ReprintClusters.parts(List.of(a, b, c, d),
                List.of(new UUID[]{a.id(), b.id()}, new UUID[]{d.id(), c.id()}, new UUID[]{a.id(), UUID.randomUUID()}));
        assertEquals(2, parts.size());
        assertEquals(c, ReprintClusters.origin(parts.get(0)));
        assertEquals(a, ReprintClusters.origin(parts.get(1)));
    }
}

package org.wirecheck.credibility.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A publisher's own past assessments, aggregated. Means are null when there are none. */
public record TrackRecordView(long assessments, Double meanCredibility, Double meanAttribution,
        Map<String, Long> flagCounts, List<Entry> recent) {

    public record Entry(UUID articleId, Integer credibility, Integer attribution, List<String> flags,
            Instant assessedAt) {
    }
}

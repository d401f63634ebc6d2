package org.wirecheck.dedup.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What dedup-service found for an article. Offsets in {@code passages} refer to {@code text}. */
@Schema(description = "Duplicates of an article, its language and reprint cluster.")
public record DedupReport(UUID articleId, String url, String publisher, String title, Instant publishedAt,
        String language, boolean indexed, String text, List<Duplicate> duplicates, Cluster cluster) {

    /** One related article, relation read "this article -> other". */
    public record Duplicate(UUID articleId, String url, String publisher, Instant publishedAt,
            @Schema(enumeration = {
                    "EXACT", "NEAR_DUPLICATE", "CONTAINS", "CONTAINED_IN",
                    "PARAPHRASE"}) String relation,
            @Schema(description = "The other article precedes this one (publishedAt, tie: first seen)") boolean earlier,
            double similarity, Containment containment, List<Passage> passages,
            @Schema(description = "For a spun copy (PARAPHRASE): the words this text swapped for the other's, "
                    + "inside the matched passages; empty for other relations") List<Swap> swaps){
    }

    public record Containment(double thisInOther, double otherInThis) {
    }

    /** Character offsets (Java String indexes, end exclusive) into this text and the other article's text. */
    public record Passage(int start, int end, int otherStart, int otherEnd) {
    }

    /**
     * Words this text puts where the other has different ones, between words both share: offsets into this text and
     * the other's, and the words themselves.
     */
    public record Swap(int start, int end, int otherStart, int otherEnd, String text, String otherText) {
    }

    public record Cluster(UUID clusterId, int size, Origin origin) {
    }

    public record Origin(UUID articleId, String url, String publisher, Instant publishedAt) {
    }
}

package org.wirecheck.credibility.engine;

import java.util.List;

/**
 * How the article shows where it came from.
 *
 * @param byline the byline, null when there is none
 * @param bylineFromMetadata whether the byline came from the caller's metadata rather than the text
 * @param dateline the dateline ("WASHINGTON —"), null when there is none
 * @param credits credit and reprint notices
 * @param imageCredits image credit lines
 * @param editors editor lines
 * @param originCredits for each given origin, whether the text credits it
 */
public record Provenance(Span byline, boolean bylineFromMetadata, Span dateline, List<Credit> credits,
        List<Span> imageCredits, List<Span> editors, List<OriginCredit> originCredits) {

    /** Whether the text credits one origin, with the span that does. */
    public record OriginCredit(String publisher, ProvenanceStatus status, Span evidence) {
    }
}

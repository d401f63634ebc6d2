package org.wirecheck.credibility.engine;

import java.util.List;

/**
 * Everything the engine found in one article, with both scores and the signals behind them.
 *
 * @param publisher the registry publisher of the article (by the given name or the url's domain), or null
 * @param attributionScore 0..100
 * @param quotes direct quotations
 * @param attributions attribution relations
 * @param sources distinct sources
 * @param credibilityScore 0..100
 * @param signals every input to both scores
 * @param flags raised flags
 * @param provenance bylines, datelines, credits and origin checks
 */
public record Assessment(KnownPublisher publisher, int attributionScore, List<Quote> quotes,
        List<Attribution> attributions, List<Source> sources, int credibilityScore, List<Signal> signals,
        List<Flag> flags, Provenance provenance) {
}

package org.wirecheck.credibility.engine;

import java.util.List;

/**
 * Everything the engine found in one article, with both scores and the signals behind them.
 *
 * @param publisher the registry publisher of the article (by the given name or the url's domain), or null
 * @param attributionScore 0..100, or null if the article's language is not one the rules read (then the flags hold
 *        {@link Flag#LANGUAGE_NOT_READ}, and there are no quotes, attributions, sources or signals)
 * @param quotes direct quotations
 * @param attributions attribution relations
 * @param sources distinct sources
 * @param credibilityScore 0..100, or null with the attribution score
 * @param signals every input to both scores
 * @param flags raised flags
 * @param provenance bylines, datelines, credits and origin checks
 */
public record Assessment(KnownPublisher publisher, Integer attributionScore, List<Quote> quotes,
        List<Attribution> attributions, List<Source> sources, Integer credibilityScore, List<Signal> signals,
        List<Flag> flags, Provenance provenance) {
}

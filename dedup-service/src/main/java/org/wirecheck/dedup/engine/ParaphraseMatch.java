package org.wirecheck.dedup.engine;

import java.util.List;

/**
 * How far two articles say the same things in the same order, sentence by sentence.
 *
 * @param similarity mean cosine of the aligned sentence pairs
 * @param thisInOther share of this article's words in sentences aligned to the other
 * @param otherInThis share of the other's words in sentences aligned to this one
 * @param passages the aligned sentences, in this article's order
 */
public record ParaphraseMatch(double similarity, double thisInOther, double otherInThis, List<Passage> passages) {

    public static final ParaphraseMatch NONE = new ParaphraseMatch(0, 0, 0, List.of());
}

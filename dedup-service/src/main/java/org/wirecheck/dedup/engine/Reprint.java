package org.wirecheck.dedup.engine;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One duplicate found for an article: which article, how they relate (read this -> other), and the evidence.
 *
 * @param other the other article's id
 * @param relation read from this article to the other
 * @param similarity resemblance: shingle Jaccard on the lexical path, mean aligned-sentence cosine on the paraphrase
 *        path
 * @param thisInOther share of this article found in the other
 * @param otherInThis share of the other article found in this one
 * @param passages matched passages, character offsets into both texts
 */
public record Reprint(UUID other, Relation relation, double similarity, double thisInOther, double otherInThis,
        List<Passage> passages) {

    public Reprint {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(relation, "relation");
        passages = List.copyOf(passages);
    }

    /** The same finding read from the other article's side. */
    public Reprint seenFrom(UUID self) {
        return new Reprint(self, relation.inverse(), similarity, otherInThis, thisInOther,
                passages.stream().map(Passage::reversed)
                        .sorted(java.util.Comparator.comparingInt(Passage::start)).toList());
    }
}

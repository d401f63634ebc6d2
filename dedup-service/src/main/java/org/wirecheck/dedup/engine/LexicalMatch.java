package org.wirecheck.dedup.engine;

import java.util.List;

/**
 * How much two texts share word for word, read from the first ("this") to the second ("other").
 *
 * @param similarity Jaccard resemblance of the two shingle sets, chrome left out
 * @param thisInOther share of this article's copy words that lie in passages found in the other
 * @param otherInThis share of the other article's copy words that lie in passages found in this one
 * @param passages the shared passages, in this article's order
 * @param leadInThis words of the other's opening (its first paragraphs) that lie in one shared passage here
 * @param leadOfThisInOther the same, for this article's opening found in the other
 * @param longestPassageWords words in the longest shared passage (on this side)
 * @param density share of this side's shingles inside the passages that are found in the other: about 0.85 for a
 *        reprint with a few edited words, under 0.5 when every few words were swapped (a spun copy), since one
 *        changed word breaks {@link AnalysedArticle#SHINGLE_WORDS} shingles
 */
public record LexicalMatch(double similarity, double thisInOther, double otherInThis, List<Passage> passages,
        int leadInThis, int leadOfThisInOther, int longestPassageWords, double density) {

    public static final LexicalMatch NONE = new LexicalMatch(0, 0, 0, List.of(), 0, 0, 0, 0);

    public LexicalMatch reversed() {
        return new LexicalMatch(similarity, otherInThis, thisInOther,
                passages.stream().map(Passage::reversed).sorted(java.util.Comparator.comparingInt(Passage::start))
                        .toList(),
                leadOfThisInOther, leadInThis, longestPassageWords, density);
    }
}

package org.wirecheck.dedup.engine;

/**
 * A stretch of text found in both articles: character offsets (Java {@code String} indexes, end exclusive) into this
 * article's text and into the other's.
 */
public record Passage(int start, int end, int otherStart, int otherEnd) {

    public Passage {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A passage needs 0 <= start <= end, got " + start + ".." + end);
        }
        if (otherStart < 0 || otherEnd < otherStart) {
            throw new IllegalArgumentException(
                    "A passage needs 0 <= otherStart <= otherEnd, got " + otherStart + ".." + otherEnd);
        }
    }

    /** The same passage seen from the other article. */
    public Passage reversed() {
        return new Passage(otherStart, otherEnd, start, end);
    }
}

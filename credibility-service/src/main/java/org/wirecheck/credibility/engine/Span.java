package org.wirecheck.credibility.engine;

/** A stretch of the article text: {@code start} inclusive, {@code end} exclusive, both in UTF-16 offsets. */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A span needs 0 <= start <= end, got " + start + ".." + end);
        }
        if (text == null) {
            throw new IllegalArgumentException("A span needs its text, got null");
        }
    }

    /** The span {@code [start, end)} of {@code text}. */
    public static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }

    /** The span of {@code text} from {@code start} to {@code end} with white space and the given characters cut. */
    public static Span trimmed(String text, int start, int end, String cut) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u00A0'
                || cut.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0'
                || cut.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return of(text, start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}

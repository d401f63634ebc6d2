package org.wirecheck.common.text;

/**
 * Invisible characters a page's markup puts inside words: the soft hyphen ({@code &shy;}, where a typesetter may break
 * a long word), the zero-width space, the word joiner and the byte-order mark. A reader sees the word whole, so text
 * extracted from HTML leaves them out; otherwise "gov&shy;ern&shy;ment" is three words to every rule that reads it.
 * The zero-width non-joiner and the direction marks stay: they change how Persian and mixed-direction text looks.
 */
public final class SoftBreaks {

    private SoftBreaks() {
    }

    /** {@code text} without soft hyphens, zero-width spaces, word joiners and byte-order marks; null stays null. */
    public static String remove(String text) {
        if (text == null) {
            return null;
        }
        int first = firstIn(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSoftBreak(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSoftBreak(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isSoftBreak(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}

package org.wirecheck.credibility.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotation marks that pair up, in straight and curly form.
 * <p>
 * News style lets a quotation run over several paragraphs: the paragraph that continues it opens with a quotation
 * mark but the one before it has no closing mark. So an open quotation survives a line break exactly when the next
 * paragraph starts with an opening mark; otherwise the unpaired mark was a stray and is dropped. Single marks
 * ({@code ‘…’}, {@code '…'}) inside a double-quoted stretch are nested quotations; a right single mark between two
 * letters is an apostrophe ("don’t"), never a closing mark.
 */
final class QuoteScanner {

    /** A quotation: offsets of its opening and closing marks, and its nesting depth (0 = outermost). */
    record Marked(int open, int close, int depth, int width) {

        Marked(int open, int close, int depth) {
            this(open, close, depth, 1);
        }

        int innerStart() {
            return open + width;
        }

        int innerEnd() {
            return close + 1 - width;
        }
    }

    private QuoteScanner() {
    }

    static List<Marked> scan(String text) {
        List<Marked> found = new ArrayList<>();
        int open = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0) {
                int next = i + 1;
                while (next < n && (Character.isWhitespace(text.charAt(next)) || text.charAt(next) == '\u00A0')) {
                    next++;
                }
                boolean continues = next < n && (text.charAt(next) == '“' || text.charAt(next) == '"');
                if (!continues) {
                    open = -1;
                } else {
                    i = next;
                }
                continue;
            }
            if (c == '“') {
                if (open < 0) {
                    open = i;
                }
            } else if (c == '”') {
                if (open >= 0) {
                    found.add(new Marked(open, i, 0));
                    open = -1;
                }
            } else if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                // Two apostrophes stand for a double quotation mark in some wire and archive text (''like this'').
                if (open < 0 && opensHere(text, i)) {
                    open = i;
                    i++;
                } else if (open >= 0 && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                    found.add(new Marked(open, i + 1, 0, text.startsWith("''", open) ? 2 : 1));
                    open = -1;
                    i++;
                }
            } else if (c == '"') {
                if (open < 0) {
                    if (opensHere(text, i)) {
                        open = i;
                    }
                } else if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                    found.add(new Marked(open, i, 0));
                    open = -1;
                }
            }
        }
        List<Marked> all = new ArrayList<>(found);
        for (Marked m : found) {
            nested(text, m.innerStart(), m.innerEnd(), all);
        }
        all.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return all;
    }

    private static boolean opensHere(String text, int i) {
        boolean afterBreak = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '\u00A0'
                || "([{—–-/:".indexOf(text.charAt(i - 1)) >= 0;
        int next = text.startsWith("''", i) ? i + 2 : i + 1;
        boolean beforeText = next < text.length() && !Character.isWhitespace(text.charAt(next));
        return afterBreak && beforeText;
    }

    private static void nested(String text, int from, int to, List<Marked> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean letterBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
            if ((c == '‘' || c == '\'') && open < 0 && !letterBefore && letterAfter) {
                open = i;
            } else if ((c == '’' || c == '\'') && open >= 0 && !letterAfter && i > open + 1) {
                out.add(new Marked(open, i, 1));
                open = -1;
            }
        }
    }
}

package org.wirecheck.dedup.engine;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article's sentences with their character offsets, within paragraphs (a headline without a full stop is still its
 * own sentence). Chrome paragraphs are left out. Sentences end where the JDK's sentence rules say, and also at the
 * Arabic-script full stop and question mark ({@link #endsArabicScriptSentence}), which those rules do not know: an
 * Urdu paragraph would otherwise be one sentence.
 */
public record Sentences(List<String> texts, int[] starts, int[] ends, int[] words) {

    /** Sentences shorter than this carry too little meaning to align ("Read more.", a dateline). */
    static final int MIN_WORDS = 4;

    public static Sentences of(AnalysedArticle article) {
        ArticleText text = article.text();
        List<String> texts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        for (int p = 0; p < text.paragraphCount(); p++) {
            int first = text.paragraphStart(p);
            int last = text.paragraphEnd(p) - 1;
            if (last < first || article.isChrome(first)) {
                continue;
            }
            int from = text.start(first);
            String paragraph = text.text().substring(from, text.end(last));
            breaks.setText(paragraph);
            int word = first;
            for (int s = breaks.first(), e = next(paragraph, breaks, s); e != BreakIterator.DONE; s = e, e = next(
                    paragraph, breaks, s)) {
                int count = 0;
                while (word <= last && text.start(word) < from + e) {
                    word++;
                    count++;
                }
                String sentence = paragraph.substring(s, e).strip();
                if (count >= MIN_WORDS) {
                    texts.add(sentence);
                    spans.add(new int[]{from + s, from + s + paragraph.substring(s, e).stripTrailing().length(),
                            count});
                }
            }
        }
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        int[] words = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            words[i] = spans.get(i)[2];
        }
        return new Sentences(List.copyOf(texts), starts, ends, words);
    }

    /**
     * The Arabic full stop (U+06D4, "۔", Urdu's and Pashto's) and question mark (U+061F, "؟", of every language
     * written in Arabic script): sentence ends the JDK's sentence rules miss.
     */
    static boolean endsArabicScriptSentence(char c) {
        return c == '\u06D4' || c == '\u061F';
    }

    /**
     * The end of the sentence starting at {@code start}: the next boundary the JDK gives, or sooner, after an
     * {@link #endsArabicScriptSentence} mark and the spaces after it, if text follows them.
     */
    private static int next(String paragraph, BreakIterator breaks, int start) {
        int end = breaks.following(start);
        int limit = end == BreakIterator.DONE ? paragraph.length() : end;
        for (int i = start; i < limit; i++) {
            if (endsArabicScriptSentence(paragraph.charAt(i))) {
                int after = i + 1;
                while (after < limit && Character.isWhitespace(paragraph.charAt(after))) {
                    after++;
                }
                if (after < limit) {
                    return after;
                }
            }
        }
        return end;
    }

    public int size() {
        return texts.size();
    }

    public int totalWords() {
        int total = 0;
        for (int w : words) {
            total += w;
        }
        return total;
    }
}

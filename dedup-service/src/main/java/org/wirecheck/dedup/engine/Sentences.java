package org.wirecheck.dedup.engine;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article's sentences with their character offsets, within paragraphs (a headline without a full stop is still its
 * own sentence). Chrome paragraphs are left out.
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
            for (int s = breaks.first(), e = breaks.next(); e != BreakIterator.DONE; s = e, e = breaks.next()) {
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

package org.wirecheck.credibility.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * The article text cut into paragraphs (lines), sentences (OpenNLP UD-EWT sentence model, run per paragraph so a
 * sentence never crosses a line break) and tokens (OpenNLP's {@link SimpleTokenizer}). All offsets point into the
 * original text.
 */
public final class ArticleText {

    /** A token with its offsets. */
    public record Token(int start, int end, String text) {
    }

    /** A sentence with its tokens and the paragraph it belongs to. */
    public record Sentence(int start, int end, int paragraph, List<Token> tokens) {
    }

    /**
     * OpenNLP's character-class tokenizer. The UD-EWT token model was measured at about twenty times its cost (most
     * of a 5 ms budget per 1,000-word article on its own) for splits that differ only inside names and contractions,
     * which the rules below handle themselves.
     */
    private static final SimpleTokenizer TOKENIZER = SimpleTokenizer.INSTANCE;

    private final String text;
    private final List<org.wirecheck.credibility.engine.Span> paragraphs;
    private final List<Sentence> sentences;

    private ArticleText(String text) {
        this.text = text;
        List<org.wirecheck.credibility.engine.Span> paras = new ArrayList<>();
        List<Sentence> sents = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                org.wirecheck.credibility.engine.Span para = org.wirecheck.credibility.engine.Span.trimmed(text,
                        lineStart, lineEnd, "");
                paras.add(para);
                split(para, paras.size() - 1, sents);
            }
            lineStart = lineEnd + 1;
        }
        this.paragraphs = Collections.unmodifiableList(paras);
        this.sentences = Collections.unmodifiableList(sents);
    }

    /** Splits and tokenizes {@code text}. */
    public static ArticleText of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("An article text must not be null");
        }
        return new ArticleText(text);
    }

    private void split(org.wirecheck.credibility.engine.Span para, int paragraph, List<Sentence> out) {
        List<int[]> bounds = new ArrayList<>();
        for (Span s : TextModels.sentenceDetector().sentPosDetect(para.text())) {
            int start = para.start() + s.getStart();
            int end = para.start() + s.getEnd();
            if (!bounds.isEmpty() && wronglySplit(bounds.get(bounds.size() - 1), start)) {
                bounds.get(bounds.size() - 1)[1] = end;
            } else {
                bounds.add(new int[]{start, end});
            }
        }
        for (int[] b : bounds) {
            int start = b[0];
            int end = b[1];
            String sentence = text.substring(start, end);
            List<Token> tokens = new ArrayList<>();
            for (Span t : TOKENIZER.tokenizePos(sentence)) {
                tokens.add(new Token(start + t.getStart(), start + t.getEnd(),
                        sentence.substring(t.getStart(), t.getEnd())));
            }
            out.add(new Sentence(start, end, paragraph, List.copyOf(tokens)));
        }
    }

    /**
     * Whether the sentence model cut inside a sentence: after a title ("Sen. Ana Ruiz"), inside a parenthesis
     * ("Ruiz (D-N.M.) said"), or before a lower-case word.
     */
    private boolean wronglySplit(int[] previous, int next) {
        int open = 0;
        for (int i = previous[0]; i < previous[1]; i++) {
            char c = text.charAt(i);
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        if (open > 0 || Character.isLowerCase(text.charAt(next)) || text.charAt(next) == ')') {
            return true;
        }
        int end = previous[1];
        if (end < 2 || text.charAt(end - 1) != '.') {
            return false;
        }
        int w = end - 1;
        while (w > previous[0] && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return TITLE_ABBREVIATIONS.contains(text.substring(w, end - 1));
    }

    private static final java.util.Set<String> TITLE_ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr",
            "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Prof", "Rev", "St", "Adm", "Cmdr", "Amb",
            "Supt", "Insp", "Det", "Atty", "Hon", "No", "Sens", "Reps");

    public String text() {
        return text;
    }

    public List<org.wirecheck.credibility.engine.Span> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The number of word tokens (tokens holding a letter or a digit). */
    public int wordCount() {
        int n = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (isWord(t.text())) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence holding {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}

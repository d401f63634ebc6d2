package org.wirecheck.common.text;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Cyrillic and Greek letters that look like Latin ones ("а" U+0430 for "a", "ο" U+03BF for "o"). Put into English
 * copy, they make a copied text a different string while a reader sees the same words: a known way of slipping copy
 * past duplicate checks. dedup-service reads such a word as its Latin lookalike; credibility-service flags the words.
 * <p>
 * The lower-case forms of upper-case lookalikes are included ("т" from "Т"), since a tokenizer that folds case meets
 * "Тhe" as "тhe". Letters with no Latin lookalike ("б", "ж", "λ") are never folded, and a word holding one is a word
 * of its own script, not a disguised Latin one.
 */
public final class Lookalikes {

    /** A word mixing Latin letters and lookalikes only: read as Latin. */
    public static final int MIXED = 1;
    /** A word of lookalikes only ("а", "сос"): Latin in Latin-script text, its own script elsewhere. */
    public static final int LOOKALIKES_ONLY = 2;
    /** Anything else: no lookalike, or a letter of those scripts with none. */
    public static final int NONE = 0;

    private static final String FROM = "аАвВеЕкКмМнНоОрРсСтТуУхХіІјЈѕЅһҺԁԀԛԚԝԜӏӀ" + "αΑβΒεΕζΖηΗιΙκΚμΜΝοΟρΡτΤΥχΧ";
    private static final String TO = "aAbBeEkKmMhHoOpPcCtTyYxXiIjJsShHdDqQwWlI" + "aAbBeEzZhHiIkKmMNoOpPtTYxX";

    static {
        if (FROM.length() != TO.length()) {
            throw new IllegalStateException("Every lookalike needs its Latin letter");
        }
    }

    private Lookalikes() {
    }

    /** The Latin letter {@code c} looks like, or 0 if it is no Cyrillic or Greek lookalike. */
    public static char latinFor(char c) {
        if (c < 0x0370 || c > 0x052F) {
            return 0;
        }
        int at = FROM.indexOf(c);
        return at < 0 ? 0 : TO.charAt(at);
    }

    /** Whether {@code c} is a Cyrillic or Greek letter (with a Latin lookalike or not). */
    public static boolean isCyrillicOrGreek(char c) {
        return c >= 0x0370 && c <= 0x052F && Character.isLetter(c);
    }

    /** Whether {@code c} is a letter of the Latin script. */
    public static boolean isLatin(char c) {
        return c < 0x80
                ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
                : Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * What chars {@code from} to {@code to} of {@code s} are as a word: {@link #MIXED} if they hold Latin letters and
     * lookalikes and no other Cyrillic or Greek letter, {@link #LOOKALIKES_ONLY} if their letters are all lookalikes,
     * else {@link #NONE}.
     */
    public static int kind(CharSequence s, int from, int to) {
        boolean latin = false;
        boolean lookalike = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (latinFor(c) != 0) {
                lookalike = true;
            } else if (isCyrillicOrGreek(c)) {
                return NONE;
            } else if (!latin && isLatin(c)) {
                latin = true;
            }
        }
        return !lookalike ? NONE : latin ? MIXED : LOOKALIKES_ONLY;
    }

    /** Word counts for {@link #readsAsLatin}: the word holds a Latin letter. */
    public static final int LATIN_WORD = 1;
    /** ... the word holds Cyrillic or Greek letters and no Latin one. */
    public static final int OTHER_WORD = 2;

    /** {@link #LATIN_WORD}, {@link #OTHER_WORD} or 0 (neither: digits, Arabic script) for chars {@code from} to {@code to}. */
    public static int scriptOf(CharSequence s, int from, int to) {
        boolean other = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isLatin(c)) {
                return LATIN_WORD;
            }
            other |= isCyrillicOrGreek(c);
        }
        return other ? OTHER_WORD : 0;
    }

    /**
     * Whether a word of this {@link #kind} is read as Latin, in a text with so many {@link #LATIN_WORD}s and
     * {@link #OTHER_WORD}s: a mixed word always, a word of lookalikes only where most words are Latin (a Cyrillic "а"
     * among English words is the article "a"; among Russian ones it is the Russian "а").
     */
    public static boolean readsAsLatin(int kind, int latinWords, int otherWords) {
        return kind == MIXED || kind == LOOKALIKES_ONLY && latinWords > otherWords;
    }

    /**
     * Reads as Latin letters, in place, the lookalikes of the words {@link #readsAsLatin} says, of words 0 to
     * {@code count - 1} of {@code chars}, word {@code w} running from {@code start.applyAsInt(w)} to
     * {@code end.applyAsInt(w)}; returns the words it changed. The one place the rule is applied: dedup-service's
     * tokenizer runs it on its normalised words, {@link #readAsLatin(String)} on a text's runs of letters and digits.
     */
    public static BitSet readAsLatin(char[] chars, int count, IntUnaryOperator start, IntUnaryOperator end) {
        CharSequence all = CharBuffer.wrap(chars);
        int[] kinds = new int[count];
        int latinWords = 0;
        int otherWords = 0;
        for (int w = 0; w < count; w++) {
            kinds[w] = kind(all, start.applyAsInt(w), end.applyAsInt(w));
            int script = scriptOf(all, start.applyAsInt(w), end.applyAsInt(w));
            latinWords += script == LATIN_WORD ? 1 : 0;
            otherWords += script == OTHER_WORD ? 1 : 0;
        }
        BitSet changed = new BitSet();
        for (int w = 0; w < count; w++) {
            if (readsAsLatin(kinds[w], latinWords, otherWords)) {
                for (int k = start.applyAsInt(w); k < end.applyAsInt(w); k++) {
                    char latin = latinFor(chars[k]);
                    chars[k] = latin != 0 ? latin : chars[k];
                }
                changed.set(w);
            }
        }
        return changed;
    }

    /**
     * What {@link #readAsLatin(String)} made of a text.
     *
     * @param text the text with the lookalikes of the words it changed read as Latin letters, char for char
     * @param changed the words it changed, as {@code {from, to}} offsets (the same in both texts)
     */
    public record Reading(String text, List<int[]> changed) {
    }

    /**
     * A text with its lookalikes read as Latin letters in the words {@link #readsAsLatin} says, words being runs of
     * letters and digits. Char for char, so an offset into the result is an offset into {@code text}; the same text,
     * nothing changed, if it has no Cyrillic or Greek letter.
     */
    public static Reading readAsLatin(String text) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            any = isCyrillicOrGreek(text.charAt(i));
        }
        if (!any) {
            return new Reading(text, List.of());
        }
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < text.length();) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            words.add(new int[]{from, i});
        }
        char[] read = text.toCharArray();
        BitSet changed = readAsLatin(read, words.size(), w -> words.get(w)[0], w -> words.get(w)[1]);
        return new Reading(new String(read), changed.stream().mapToObj(words::get).toList());
    }
}

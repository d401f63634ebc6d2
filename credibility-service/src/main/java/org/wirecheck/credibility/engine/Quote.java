package org.wirecheck.credibility.engine;

/**
 * A direct quotation.
 *
 * @param text the quoted words, without the quotation marks
 * @param speaker the speaker's name as the text gives it, a pronoun resolved to the person it refers to; null when
 *        the text does not say
 * @param cue the attributing verb ("said", "told"), null when none
 * @param start offset of the quoted text (inside the marks)
 * @param end end offset of the quoted text
 * @param speakerMention where the speaker is named next to the quote (may be a pronoun), null when none
 * @param cueSpan where the cue is, null when none
 */
public record Quote(String text, String speaker, String cue, int start, int end, Span speakerMention, Span cueSpan) {
}

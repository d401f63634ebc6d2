package org.wirecheck.credibility.bench;

import java.util.List;
import java.util.Random;

/**
 * Generates wire-style articles of a given length from sentence templates (seeded, so every run benchmarks the same
 * text): a byline, a dateline, direct quotations with named speakers and pronouns, indirect speech, anonymous
 * sourcing, "according to" clauses and a credit line, in the proportions of hard news copy.
 */
public final class SyntheticWireCopy {

    private static final List<String> PEOPLE = List.of("Farid Noori", "Leyla Karimova", "Omar Haidari",
            "Maria Santos", "Abdul Wahid", "Temur Umarov", "Nadia Rahimi", "Karim Zadran");
    private static final List<String> ROLES = List.of("the district governor", "a spokeswoman for the ministry",
            "an analyst at the Oxus Society", "a trader in the central market", "the provincial police chief");
    private static final List<String> PLACES = List.of("Kabul", "Herat", "Mazar-i-Sharif", "Kunduz", "Dushanbe",
            "Islamabad", "Peshawar");
    private static final List<String> FACTS = List.of("the border crossing stayed closed for a fourth day",
            "prices of flour and cooking oil rose sharply", "two convoys were turned back at the checkpoint",
            "the talks would resume after the holiday", "the new rules had not been published",
            "aid deliveries reached fewer than half of the districts", "the road had been cleared of snow",
            "several schools reopened with fewer teachers");
    private static final List<String> TEMPLATES = List.of(
            "“%F,” said %P, %R.",
            "%P said %F.",
            "“We cannot wait any longer,” %S said. “%F.”",
            "According to %M, %F.",
            "Officials briefed on the matter said %F.",
            "%F, a senior regional security source told %M.",
            "In %L, %F, and residents said they had little information.",
            "The ministry said in a statement that %F.",
            "%P told %M that %F.",
            "Traffic moved slowly through %L on Tuesday as %F.",
            "Aid groups have warned for weeks that %F.");
    private static final List<String> MEDIA = List.of("Reuters", "the Associated Press", "VOA", "Tolo News");

    private SyntheticWireCopy() {
    }

    /** An article of about {@code words} words. */
    public static String article(int words, long seed) {
        if (words < 50) {
            throw new IllegalArgumentException("A synthetic article needs at least 50 words, got " + words);
        }
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        sb.append("By ").append(pick(PEOPLE, r)).append('\n');
        sb.append(pick(PLACES, r).toUpperCase()).append(" —\u00A0");
        int count = 3;
        int sentences = 0;
        String lastPerson = pick(PEOPLE, r);
        while (count < words) {
            String person = pick(PEOPLE, r);
            String t = pick(TEMPLATES, r);
            String fact = pick(FACTS, r);
            String s = t.replace("%F", t.startsWith("“%F") || t.startsWith("%F") ? capitalise(fact) : fact)
                    .replace("%P", person).replace("%R", pick(ROLES, r)).replace("%L", pick(PLACES, r))
                    .replace("%M", pick(MEDIA, r))
                    .replace("%S", lastPerson.equals(person) ? "he" : lastPerson.split(" ")[1]);
            lastPerson = person;
            sb.append(s);
            count += s.split("\\s+").length;
            sentences++;
            sb.append(sentences % 3 == 0 ? "\n" : " ");
        }
        sb.append("\nReporting by ").append(pick(PEOPLE, r)).append("; Editing by ").append(pick(PEOPLE, r))
                .append('\n');
        return sb.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    public static void main(String[] args) {
        System.out.println(article(1000, 1));
    }
}

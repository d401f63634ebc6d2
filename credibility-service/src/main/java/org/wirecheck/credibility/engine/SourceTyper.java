package org.wirecheck.credibility.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what kind of source a mention is and who a pronoun stands for. Called once per mention in text order,
 * because "he said" refers to the last named person before it.
 * <p>
 * The order of the tests is the order of certainty: social-media platforms, then the publisher registry (any alias),
 * then anonymity (AP and Reuters: "sources", "officials briefed on the matter", "a senior … source" are anonymous
 * whenever no name comes with them), then documents, outlets and organisations by the head noun, then people by
 * capitalised names.
 */
final class SourceTyper {

    /** The verdict on one mention. */
    record Typed(SourceKind kind, String name) {
    }

    private record Person(String name, char gender) {
    }

    private static final Pattern FEMININE = Pattern
            .compile("\\b(?:mrs\\.?|ms\\.?|spokeswoman|she|her|woman|chairwoman|queen)\\b");
    private static final Pattern MASCULINE = Pattern.compile("\\b(?:mr\\.?|spokesman|his|man|chairman|king|prince)\\b");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0]+");
    private static final Set<String> ON_PLATFORM = Set.of("on", "via", "to");

    private final PublisherDirectory directory;
    private final List<Person> persons = new ArrayList<>();
    private final Map<String, Character> genders = new HashMap<>();
    private Typed lastNonPerson;
    private Typed last;

    private final String text;

    /**
     * A person the text introduces by name and role before quoting anyone ("Farid Noori, a retired police commander
     * who …", "Ana Lee, the county's chief engineer,"): two to four capitalised words, a comma, an article,
     * and a role that ends in a word for a person. "He claimed …" after it refers to that person.
     */
    private static final Pattern INTRODUCED = Pattern
            .compile("(?<name>\\p{Lu}[\\p{L}'’\\-]+(?:[ \\u00A0]\\p{Lu}[\\p{L}'’\\-]+){1,3}),"
                    + "[ \\u00A0]+(?<role>(?:a|an|the)[ \\u00A0][^,.;:\\n“”\"]{0,80}?\\b(?<head>\\p{Ll}+))"
                    + "(?=[,.;:]|[ \\u00A0]+(?:of|at|for|in|and|who|with|from|since)\\b)");

    private record Introduced(int offset, String name, char gender) {
    }

    private final List<Introduced> introduced = new ArrayList<>();
    private int nextIntroduced;

    SourceTyper(PublisherDirectory directory, String text) {
        this.directory = directory;
        this.text = text;
        Matcher m = INTRODUCED.matcher(text);
        while (m.find()) {
            String head = m.group("head");
            if (Lexicon.PERSON_HEADS.contains(head) && !head.endsWith("s")) {
                String role = Lexicon.lower(m.group("role"));
                char gender = FEMININE.matcher(role).find() ? 'f' : MASCULINE.matcher(role).find() ? 'm' : '?';
                introduced.add(new Introduced(m.start(), m.group("name"), gender));
            }
        }
    }

    /** Types a mention at {@code offset}; calls come in text order, so persons introduced before it are known. */
    Typed type(int offset, String mention, String role, boolean social) {
        while (nextIntroduced < introduced.size() && introduced.get(nextIntroduced).offset() < offset) {
            Introduced p = introduced.get(nextIntroduced++);
            if (!Lexicon.COUNTRIES.contains(Lexicon.lower(p.name())) && directory.find(p.name(), 0,
                    p.name().length()).isEmpty()) {
                remember(p.name(), p.gender());
            }
        }
        return type(mention, role, social);
    }

    Typed type(String mention, String role, boolean social) {
        String m = mention.strip();
        if (m.endsWith(")") && m.indexOf('(') > 0) {
            // "Ana Ruiz (D-N.M.)": the party and state say nothing about the kind of source.
            m = m.substring(0, m.lastIndexOf('(')).strip();
        }
        Typed t = classify(m, role);
        if (social && t.kind() != SourceKind.ANONYMOUS) {
            t = new Typed(SourceKind.SOCIAL_MEDIA, t.name());
        }
        last = t;
        if (t.kind() != SourceKind.PERSON) {
            lastNonPerson = t;
        }
        return t;
    }

    private Typed classify(String mention, String role) {
        int comma = mention.indexOf(',');
        if (comma > 0 && APPOSITIVE.matcher(mention.substring(comma + 1)).lookingAt()) {
            // "Dilnoza Karimova, a reporter speaking from Osh, Kyrgyzstan": the name before the comma is
            // the source, the rest describes it.
            String before = mention.substring(0, comma).strip();
            String[] names = BLANKS.split(before);
            if (names.length >= 2 && names.length <= 4
                    && Arrays.stream(names).allMatch(Lexicon::capitalized)) {
                return classify(before, role != null ? role : mention.substring(comma + 1).strip());
            }
        }
        String lower = Lexicon.lower(mention);
        if (Lexicon.PRONOUNS.contains(lower) || Lexicon.RELATIVE.contains(lower)) {
            return pronoun(lower);
        }
        switch (lower) {
            // A possessive is the source of a noun cue ("his assertion"): the person or body it stands for.
            case "his" -> {
                return pronoun("he");
            }
            case "her" -> {
                return pronoun("she");
            }
            case "its" -> {
                return pronoun("it");
            }
            case "their", "our", "my" -> {
                return pronoun(lower.equals("their") ? "they" : lower.equals("our") ? "we" : "i");
            }
            default -> {
            }
        }
        String[] words = BLANKS.split(mention);
        String head = Lexicon.lower(words[headIndex(words)]).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]",
                "");
        if (Lexicon.SOCIAL_PLATFORMS.contains(lower) || SOCIAL_HEADS.contains(head)) {
            return new Typed(SourceKind.SOCIAL_MEDIA, mention);
        }
        String first = Lexicon.lower(words[0]);
        List<PublisherDirectory.Mention> outlets = directory.find(mention, 0, mention.length());
        if (!outlets.isEmpty()) {
            KnownPublisher p = outlets.get(0).publisher();
            SourceKind kind = p.kind() == PublisherKind.THINK_TANK ? SourceKind.ORGANIZATION : SourceKind.MEDIA;
            return new Typed(kind, p.name());
        }
        if (anonymityPhrase(lower) || anonymityPhrase(role == null ? "" : Lexicon.lower(role))) {
            return new Typed(SourceKind.ANONYMOUS, mention);
        }
        String state = lower.startsWith("the ") ? lower.substring(4) : lower;
        if (Lexicon.COUNTRIES.contains(state.replaceAll("['’]s$", ""))) {
            return new Typed(SourceKind.ORGANIZATION, mention);
        }
        if (words.length >= 2 && Lexicon.SOCIAL_PLATFORMS.contains(head)
                && ON_PLATFORM.contains(Lexicon.lower(words[words.length - 2]))) {
            // "the Kabul Lens account on X", "a post on Telegram": the platform is where, the account is who.
            return new Typed(SourceKind.SOCIAL_MEDIA, mention);
        }
        String name = properName(words);
        if (words.length == 1 && Lexicon.PERSON_HEADS.contains(lower)) {
            // "Experts say …" at the start of a sentence: a capital letter, not a name.
            name = null;
        }
        if (name != null && Lexicon.COUNTRIES.contains(Lexicon.lower(name))) {
            return new Typed(SourceKind.ORGANIZATION, mention);
        }
        if (demonymPlural(words[words.length - 1])) {
            // "Other Afghans", "many Pakistanis": people of a country, unnamed, not the state.
            return new Typed(SourceKind.ANONYMOUS, mention);
        }
        String described = roleBeforeName(words);
        if (described != null) {
            // "Kabul University professor Laila Ahmadi": a role word, then the person's name.
            return person(described, mention, role);
        }
        if (Lexicon.PERSON_HEADS.contains(head) && name == null) {
            boolean indefinite = Lexicon.INDEFINITE.contains(first) || words.length == 1
                    || Lexicon.ALWAYS_ANONYMOUS_HEADS.contains(head) || head.endsWith("s");
            if (indefinite) {
                return new Typed(SourceKind.ANONYMOUS, mention);
            }
        }
        if (Lexicon.PERSON_HEADS.contains(head) && Lexicon.ALWAYS_ANONYMOUS_HEADS.contains(head)
                && (Lexicon.INDEFINITE.contains(first) || !Lexicon.capitalized(words[0]) || words.length == 1)) {
            // "a senior Pentagon official", "U.S. officials": a capitalised word describes, it does not name.
            return new Typed(SourceKind.ANONYMOUS, mention);
        }
        if (Lexicon.DOCUMENT_HEADS.contains(head) && !Lexicon.MEDIA_HEADS.contains(head)) {
            return new Typed(SourceKind.DOCUMENT, mention);
        }
        if (head.equals("agency") && !lower.contains("news") && !lower.contains("press")) {
            // "the State Migration Agency": a public body; a news agency says so ("the news agency").
            return new Typed(SourceKind.ORGANIZATION, mention);
        }
        if (Lexicon.MEDIA_HEADS.contains(head)) {
            return new Typed(head.equals("report") ? SourceKind.DOCUMENT : SourceKind.MEDIA, mention);
        }
        if (Lexicon.ORGANIZATION_HEADS.contains(head) || isAcronym(words[words.length - 1])
                || organisationOf(words) || organisationName(words)) {
            return new Typed(SourceKind.ORGANIZATION, mention);
        }
        if (name != null) {
            if (!name.contains(" ") && !titled(words) && !knownSurname(name) && !Lexicon.PRONOUNS.contains(first)
                    && !namedInFull(name)) {
                // A lone capitalised word that never follows a first name ("Pakistan said") is an actor such as a
                // state or a group, not a person.
                return new Typed(SourceKind.ORGANIZATION, mention);
            }
            return person(name, mention, role);
        }
        if (Lexicon.PERSON_HEADS.contains(head)) {
            return new Typed(SourceKind.PERSON, mention);
        }
        return new Typed(SourceKind.ANONYMOUS, mention);
    }

    private boolean titled(String[] words) {
        for (String w : words) {
            if (Lexicon.TITLES.contains(Lexicon.lower(w))) {
                return true;
            }
        }
        return false;
    }

    private boolean knownSurname(String name) {
        for (Person p : persons) {
            if (p.name().equals(name) || p.name().endsWith(" " + name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article writes this word after a capitalised first name somewhere ("Hillary Clinton"). */
    private boolean namedInFull(String surname) {
        int i = text.indexOf(" " + surname);
        while (i > 0) {
            int e = i + 1 + surname.length();
            boolean wordEnd = e >= text.length() || !Character.isLetter(text.charAt(e));
            int b = i - 1;
            while (b >= 0 && Character.isLetter(text.charAt(b))) {
                b--;
            }
            String before = text.substring(b + 1, i);
            if (wordEnd && before.length() >= 2 && Character.isUpperCase(before.charAt(0))
                    && !Lexicon.INDEFINITE.contains(Lexicon.lower(before)) && !before.equals("The")
                    && before.chars().skip(1).allMatch(Character::isLowerCase)) {
                return true;
            }
            i = text.indexOf(" " + surname, e);
        }
        return false;
    }

    private Typed person(String name, String mention, String role) {
        String lowerMention = Lexicon.lower(mention) + " " + (role == null ? "" : Lexicon.lower(role));
        char gender = FEMININE.matcher(lowerMention).find() ? 'f' : MASCULINE.matcher(lowerMention).find() ? 'm' : '?';
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        // A surname alone ("Lee") is the person named in full before ("Ann Lee").
        for (int i = persons.size() - 1; i >= 0; i--) {
            Person p = persons.get(i);
            if (p.name().equals(name) || p.name().endsWith(" " + surname) || name.endsWith(" " + p.name())) {
                String full = p.name().length() >= name.length() ? p.name() : name;
                remember(full, gender);
                return new Typed(SourceKind.PERSON, full);
            }
        }
        remember(name, gender);
        return new Typed(SourceKind.PERSON, name);
    }

    private void remember(String name, char gender) {
        persons.removeIf(p -> p.name().equals(name));
        char g = gender != '?' ? gender : genders.getOrDefault(name, '?');
        if (g != '?') {
            genders.put(name, g);
        }
        persons.add(new Person(name, g));
    }

    private Typed pronoun(String lower) {
        switch (lower) {
            case "he", "she" -> {
                char g = lower.equals("he") ? 'm' : 'f';
                for (int i = persons.size() - 1; i >= 0; i--) {
                    Person p = persons.get(i);
                    char known = genders.getOrDefault(p.name(), '?');
                    if (known == g || known == '?') {
                        genders.put(p.name(), g);
                        persons.remove(i);
                        persons.add(new Person(p.name(), g));
                        return new Typed(SourceKind.PERSON, p.name());
                    }
                }
                return new Typed(SourceKind.PERSON, lower);
            }
            case "it", "which" -> {
                return lastNonPerson != null ? lastNonPerson : new Typed(SourceKind.ORGANIZATION, lower);
            }
            case "who" -> {
                return !persons.isEmpty()
                        ? new Typed(SourceKind.PERSON, persons.get(persons.size() - 1).name())
                        : new Typed(SourceKind.PERSON, lower);
            }
            case "that" -> {
                return last != null ? last : new Typed(SourceKind.ANONYMOUS, lower);
            }
            case "they" -> {
                return last != null && last.kind() != SourceKind.PERSON
                        ? last
                        : new Typed(SourceKind.ANONYMOUS, lower);
            }
            default -> {
                // I, we, you: the author or the people the author speaks for.
                return new Typed(SourceKind.PERSON, lower);
            }
        }
    }

    private static boolean anonymityPhrase(String lower) {
        return lower.contains("anonymity") || lower.contains("not authorized") || lower.contains("not authorised")
                || lower.contains("declined to be named") || lower.contains("asked not to be")
                || lower.contains("familiar with") || lower.contains("briefed on") || lower.contains("unnamed")
                || lower.contains("anonymous") || lower.contains("not be identified")
                || lower.contains("not be named");
    }

    /**
     * The personal name in a phrase: the last run of capitalised words after any title, or null when there is none
     * (a capital at the start of the sentence does not make a name).
     */
    private static String properName(String[] words) {
        int end = words.length;
        int start = end;
        while (start > 0 && Lexicon.capitalized(words[start - 1])
                && !Lexicon.TITLES.contains(Lexicon.lower(words[start - 1]))) {
            start--;
        }
        if (start == end) {
            return null;
        }
        String firstWord = Lexicon.lower(words[start]);
        if (start == 0 && (Lexicon.INDEFINITE.contains(firstWord) || firstWord.equals("the"))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(words[i].replaceAll("['’]s$", "").replaceAll("[,.;:]+$", ""));
        }
        String name = sb.toString();
        return name.isBlank() ? null : name;
    }

    /**
     * Where the head noun of a mention is: its last word, unless a participle after a noun starts a modifier ("a
     * video showing a burning truck", "an undated video circulated on Telegram": the head is "video"). After an
     * article the word is an adjective ("a wounded fighter") and does not cut.
     */
    private static int headIndex(String[] words) {
        int last = words.length - 1;
        while (last > 0 && (Lexicon.TIME_WORDS.contains(Lexicon.lower(words[last]))
                || TRAILING_TIME.contains(Lexicon.lower(words[last])))) {
            // "a poll last week", "a statement on Monday": the time after the head.
            last--;
        }
        if (Lexicon.INDEFINITE.contains(Lexicon.lower(words[last])) || Lexicon.lower(words[last]).equals("the")) {
            // "The Morning": nothing but an article before it, so the time word is the name.
            last = words.length - 1;
        }
        for (int i = 2; i <= last; i++) {
            String w = words[i];
            String before = Lexicon.lower(words[i - 1]);
            if ((w.endsWith("ing") || w.endsWith("ed")) && w.length() > 4 && Character.isLowerCase(w.charAt(0))
                    && Character.isLowerCase(words[i - 1].charAt(0)) && !Lexicon.INDEFINITE.contains(before)
                    && !before.equals("the") && !Lexicon.POSSESSIVES.contains(before) && !Lexicon.adverb(before)) {
                return i - 1;
            }
        }
        return last;
    }

    private static final Set<String> TRAILING_TIME = Set.of("this", "next", "on", "in", "at",
            "early", "late");

    /** Lower-case words that describe a person before the name ("professor Ana Lee", "columnist Omar Aziz"). */
    private static final Set<String> ROLE_WORDS = Set.of("professor", "columnist", "journalist",
            "researcher", "director", "editor", "author", "lecturer", "scholar", "fellow", "economist", "historian",
            "chairman", "chairwoman", "president", "governor", "senator", "secretary", "ambassador", "envoy", "general",
            "colonel", "chief", "founder", "correspondent", "reporter", "analyst", "spokesman", "spokeswoman",
            "spokesperson", "minister", "commander", "official", "expert", "adviser", "advisor", "lawyer", "attorney",
            "activist", "leader", "head", "deputy", "candidate", "mayor", "judge", "doctor", "cleric", "writer");

    /** Heads of phrases that are posts on a platform ("the tweet", "a viral post on X" is caught by its "on X"). */
    private static final Set<String> SOCIAL_HEADS = Set.of("tweet", "tweets", "retweet",
            "retweets", "hashtag", "livestream");

    private static final Pattern APPOSITIVE = Pattern.compile("[\\s\\u00A0]*(?:a|an|the)[\\s\\u00A0]");

    /** The name after a lower-case role word at the end of a mention (two to four capitalised words), or null. */
    private static String roleBeforeName(String[] words) {
        int end = words.length;
        int start = end;
        while (start > 0 && Lexicon.capitalized(words[start - 1])) {
            start--;
        }
        if (end - start < 2 || end - start > 4 || start == 0 || !ROLE_WORDS.contains(words[start - 1])) {
            return null;
        }
        return String.join(" ", Arrays.copyOfRange(words, start, end)).replaceAll("['’]s$", "");
    }

    /** "Ministry of Defence", "Society for Central Asian Affairs": an organisation noun before "of"/"for". */
    private static boolean organisationOf(String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            String next = Lexicon.lower(words[i + 1]);
            if ((next.equals("of") || next.equals("for")) && Lexicon.capitalized(words[i])
                    && Lexicon.ORGANIZATION_HEADS.contains(Lexicon.lower(words[i]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Jamaat Ansarullah", "Tehrik-i-Taliban Pakistan", "Lashkar-e-Taiba": a name opened by a word that means group,
     * movement, party or army in the region's languages, where English puts the head noun last.
     */
    private static boolean organisationName(String[] words) {
        int start = 0;
        while (start < words.length && !Lexicon.capitalized(words[start])) {
            start++;
        }
        if (start == words.length) {
            return false;
        }
        String first = Lexicon.lower(words[start]);
        int hyphen = first.indexOf('-');
        return Lexicon.ORGANIZATION_NAME_OPENERS.contains(hyphen > 0 ? first.substring(0, hyphen) : first);
    }

    private static final List<String> DEMONYM_ENDINGS = List.of("ian", "an", "i", "");

    /**
     * "Afghans", "Pakistanis", "Russians", "Tajiks": a capitalised plural whose singular, less a demonym ending, begins
     * the name of a country the lexicon knows.
     */
    static boolean demonymPlural(String word) {
        if (word.length() < 5 || !word.endsWith("s") || !Lexicon.capitalized(word)) {
            return false;
        }
        String singular = Lexicon.lower(word.substring(0, word.length() - 1));
        for (String ending : DEMONYM_ENDINGS) {
            if (!singular.endsWith(ending)) {
                continue;
            }
            String root = singular.substring(0, singular.length() - ending.length());
            if (root.length() >= 4 && Lexicon.COUNTRIES.stream().anyMatch(c -> c.startsWith(root))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String word) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase())
                && !letters.equals("I");
    }
}

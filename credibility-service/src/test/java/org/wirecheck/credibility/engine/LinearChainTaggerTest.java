package org.wirecheck.credibility.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirecheck.credibility.engine.LinearChainTagger.Example;
import org.wirecheck.credibility.engine.LinearChainTagger.Options;
import org.wirecheck.credibility.engine.LinearChainTagger.Role;
import org.wirecheck.credibility.engine.LinearChainTagger.Tagged;

/** The trained-tagger experiment's tagger learns a cue the rules do not know, from invented annotated articles. */
class LinearChainTaggerTest {

    private static final String[] NAMES = {"Farid Noori", "Laila Ahmadi", "Omar Sadiq", "Nadia Rahimi", "Jawid Karimi",
            "Abdul Rahman Haidari", "Tariq Azizi", "Mina Qasemi", "Mohammad Bashir Wardak", "Zahra Hosseini",
            "Khalid Popal", "Roya Sultani", "Sayed Ali Jalali"};
    private static final String[] CLAIMS = {"the bridge would reopen in May", "the convoy had left Herat at dawn",
            "prices in the bazaar had doubled", "the school would stay closed", "the talks had stalled again",
            "the road to Bamiyan was safe", "the clinic lacked vaccines", "the dam would be finished by spring",
            "the border crossing had reopened", "the harvest was the worst in years", "the court had adjourned",
            "the power cuts would end soon"};

    /** "Noori reckoned that …": the verb is in no rule list, so only training can teach it. */
    private static Example article(int i) {
        String name = NAMES[i % NAMES.length];
        String claim = CLAIMS[(i * 5 + 3) % CLAIMS.length];
        String opening = "Officials met in Kabul on Tuesday.\n";
        String sentence = name + " reckoned that " + claim + ".";
        String text = opening + sentence + "\nThe meeting ended at noon.";
        int s = opening.length();
        int cue = s + name.length() + 1;
        int content = cue + "reckoned that ".length();
        return new Example(text, List.of(new Tagged(Role.SOURCE, s, s + name.length()),
                new Tagged(Role.CUE, cue, cue + "reckoned".length()),
                new Tagged(Role.CONTENT, content, content + claim.length())));
    }

    private static Options options() {
        return new Options(16, false, w -> 0);
    }

    @Test
    void learnsACueTheRulesDoNotKnowAndFindsItWithAnUnseenSpeaker() {
        List<Example> training = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            training.add(article(i));
        }
        String text = "Officials met in Kabul on Tuesday.\nGul Ahmad Zadran reckoned that the airport would reopen.";
        assertTrue(AttributionFinder.find(ArticleText.of(text)).isEmpty(), "the rules alone should find nothing here");

        LinearChainTagger tagger = LinearChainTagger.train(training, 10, 7, options());
        List<Tagged> found = tagger.tag(ArticleText.of(text));

        assertEquals(List.of("SOURCE Gul Ahmad Zadran", "CUE reckoned", "CONTENT the airport would reopen"),
                found.stream().map(t -> t.role() + " " + text.substring(t.start(), t.end())).toList());
    }

    @Test
    void trainingIsDeterministicForTheSameSeed() {
        List<Example> training = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            training.add(article(i));
        }
        ArticleText probe = ArticleText.of(article(13).text());
        assertEquals(LinearChainTagger.train(training, 3, 11, options()).tag(probe),
                LinearChainTagger.train(training, 3, 11, options()).tag(probe));
    }

    @Test
    void rejectsWhatCannotBeTrained() {
        assertThrows(IllegalArgumentException.class, () -> LinearChainTagger.train(List.of(), 3, 1, options()));
        assertThrows(IllegalArgumentException.class,
                () -> LinearChainTagger.train(List.of(article(0)), 0, 1, options()));
        assertThrows(IllegalArgumentException.class, () -> new Options(4, false, w -> 0));
    }
}

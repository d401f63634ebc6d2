package org.wirecheck.credibility.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Behaviour of the engine on short fixtures written for these tests, in the styles of real newsroom copy. */
class CredibilityEngineTest {

    static final PublisherDirectory DIRECTORY = new PublisherDirectory(List.of(
            new KnownPublisher(1, "Associated Press", PublisherKind.WIRE_AGENCY, List.of("AP", "The Associated Press"),
                    List.of("apnews.com")),
            new KnownPublisher(2, "Reuters", PublisherKind.WIRE_AGENCY, List.of(), List.of("reuters.com")),
            new KnownPublisher(3, "Radio Free Europe/Radio Liberty", PublisherKind.BROADCASTER,
                    List.of("RFE/RL", "Radio Liberty"), List.of("rferl.org")),
            new KnownPublisher(4, "Voice of America", PublisherKind.BROADCASTER, List.of("VOA", "VOA News"),
                    List.of("voanews.com")),
            new KnownPublisher(5, "TOLOnews", PublisherKind.BROADCASTER, List.of("Tolo News"), List.of("tolonews.com")),
            new KnownPublisher(6, "The Wall Street Journal", PublisherKind.NEWSPAPER, List.of("WSJ"),
                    List.of("wsj.com"))));

    private final CredibilityEngine engine = new CredibilityEngine(ScoringWeights.defaults());

    private Assessment assess(String text) {
        return engine.assess(Article.ofText(text), List.of(), DIRECTORY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            curly, speaker after          | “The bridge will reopen in May,” said Farid Noori, the district governor.               | The bridge will reopen in May, | Farid Noori | said
            straight, speaker before      | Noori told reporters: "We have no money left for the repairs."                        | We have no money left for the repairs. | Noori | told
            inverted name then cue        | “Nobody warned us,” Leyla Karimova said on Tuesday.                                   | Nobody warned us, | Leyla Karimova | said
            described speaker then cue    | “The harbour will stay shut,” port authority director Ines Silva said.                 | The harbour will stay shut, | Ines Silva | said
            cue then described speaker    | “The water is rising,” said flood warden Tomas Berg.                                  | The water is rising, | Tomas Berg | said
            """)
    void findsQuotationsWithTheirSpeaker(String name, String text, String quoted, String speaker, String cue) {
        Assessment a = assess(text);
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        Quote q = a.quotes().get(0);
        assertEquals(quoted, q.text());
        assertEquals(speaker, q.speaker());
        assertEquals(cue, q.cue());
        assertEquals(quoted, text.substring(q.start(), q.end()));
    }

    @Test
    void aPronounAfterAPersonIntroducedByRoleResolvesToThatPerson() {
        String text = """
                Officials in Kabul welcomed the talks, a spokesman said.
                Farid Noori, a retired police commander who ran the district for a decade, joined the protest. \
                He claimed that the border posts had been abandoned.
                “We warned them twice,” he said.
                Kabul Airport, the main hub for aid flights, stayed closed. “The runway is fine,” he added.
                """;
        Assessment a = assess(text);
        Attribution claimed = a.attributions().stream().filter(x -> x.cue().text().equals("claimed")).findFirst()
                .orElseThrow(() -> new AssertionError(a.attributions().toString()));
        assertEquals("Farid Noori", claimed.sourceName());
        assertEquals(List.of("Farid Noori", "Farid Noori"), a.quotes().stream().map(Quote::speaker).toList());
    }

    @Test
    void aWholeClauseBeforeAnAppositiveCommaIsNoSource() {
        Assessment a = assess(
                "The convoy crossed three districts along the 900-kilometer (560-mile) road that links the "
                        + "valley with Herat and Pakistan, referred to as the Silk Route by most traders.");
        assertTrue(
                a.attributions().stream().noneMatch(x -> x.source() != null && x.source().text().contains("districts")),
                a.attributions().toString());
        assertTrue(a.sources().stream().noneMatch(x -> x.kind() == SourceKind.PERSON), a.sources().toString());
    }

    @Test
    void pronounsResolveToTheLastMatchingNamedSpeaker() {
        String text = """
                Maria Santos, the mayor, spoke first. “We will rebuild the market,” Santos said.
                “Prices doubled,” said Omar Haidari, a trader. “The money is gone,” he said.
                “She promised this last year,” he added.
                “I keep my promises,” she told VOA.
                """;
        Assessment a = assess(text);
        assertEquals(5, a.quotes().size(), a.quotes().toString());
        assertEquals("Santos", a.quotes().get(0).speaker().replace("Maria ", ""));
        assertEquals("Omar Haidari", a.quotes().get(1).speaker());
        assertEquals("Omar Haidari", a.quotes().get(2).speaker());
        assertEquals("Omar Haidari", a.quotes().get(3).speaker());
        assertTrue(a.quotes().get(4).speaker().endsWith("Santos"), a.quotes().get(4).toString());
    }

    @Test
    void aQuotationRunsOverParagraphsAndHoldsNestedQuotes() {
        String text = "“The order came at night,” said Karim Zadran. “They told us ‘leave everything behind’ and we did.\n"
                + "“Nobody came back for the animals,” he said.";
        Assessment a = assess(text);
        Quote spanning = a.quotes().stream().filter(q -> q.text().contains("leave everything")).findFirst()
                .orElseThrow();
        assertTrue(spanning.text().contains("Nobody came back"), spanning.text());
        assertTrue(a.quotes().stream().anyMatch(q -> q.text().equals("leave everything behind")), a.quotes()
                .toString());
        assertEquals("Karim Zadran", a.quotes().get(0).speaker());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            according to, media     | The talks collapsed on Friday, according to The Wall Street Journal.                     | The Wall Street Journal | according to | MEDIA
            citing, anonymous       | The convoy was attacked near Herat, the agency said, citing a senior regional security source. | a senior regional security source | citing | ANONYMOUS
            reported that, media    | Reuters reported that the ceasefire had been extended by a week.                         | Reuters | reported | MEDIA
            wrote on X, social      | The minister wrote on X that the border would stay closed until further notice.          | The minister | wrote on X | SOCIAL_MEDIA
            officials, anonymous    | Officials briefed on the matter said the deal was close to being signed.                 | Officials briefed on the matter | said | ANONYMOUS
            the paper said          | The budget was cut by a third, the paper said.                                           | the paper | said | MEDIA
            organisation            | The Ministry of Defence said two soldiers were wounded in the attack.                    | The Ministry of Defence | said | ORGANIZATION
            document                | A United Nations report found that poppy cultivation fell sharply last year.             | A United Nations report | found | DOCUMENT
            second verb of a clause | Mayor Lena Ortiz toured the flooded district and said the bridge would reopen in May.    | Mayor Lena Ortiz | said | PERSON
            negated verb group      | The ministry did not say when the border crossing would reopen.                          | The ministry | say | ORGANIZATION
            adverb before the cue   | Ana Lee forcefully rejected the claim that the dam was failing.                          | Ana Lee | rejected | PERSON
            noun in -ly as subject  | The ferry ran late again on Monday, lawyers for the family said.                          | lawyers for the family | said | ANONYMOUS
            party and state tag     | Sen. Maria Lopez (D-N.M.) said the bill would pass next week.                            | Sen. Maria Lopez (D-N.M.) | said | PERSON
            passive with by         | The closure was first reported by the Riverside Gazette on Monday.                       | the Riverside Gazette | reported | MEDIA
            name in commas          | The county treasurer, Ruth Okafor, said the budget would be balanced by June.            | The county treasurer, Ruth Okafor | said | PERSON
            opening phrase, commas  | In a statement, the union’s president, Carl Mendes, said the strike would go ahead.      | the union’s president, Carl Mendes | said | PERSON
            inverted after comma    | The budget was balanced, said the county treasurer.                                      | the county treasurer | said | ANONYMOUS
            share of people asked   | One in three said the ferry service had become unreliable.                               | One in three | said | ANONYMOUS
            plural noun subject     | The reports show that the ferry lost money every year.                                  | The reports | show | DOCUMENT
            name before relative    | Speaking on a radio program, Sen. Ana Ruiz (D-Mo.), who has endorsed the plan, said the vote would be close. | Sen. Ana Ruiz (D-Mo.) | said | PERSON
            according to reports    | But according to reports in the local media, the governor had already left the province.  | reports in the local media | according to | MEDIA
            a noun in -ly as source | The ruling party won 42 of the 60 seats, according to a Reuters tally of the results.      | a Reuters tally of the results | according to | MEDIA
            a poll last week        | Most voters distrust the council, according to a poll last week - the third in a row.     | a poll last week | according to | DOCUMENT
            participle after quote  | “We have waited three years for this road,” she said, adding that the village had been cut off every spring. | she | adding | PERSON
            """)
    void splitsAttributionsIntoSourceCueAndContent(String name, String text, String source, String cue,
            SourceKind kind) {
        Assessment a = assess(text);
        Attribution at = a.attributions().stream().filter(x -> x.cue().text().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": " + a.attributions()));
        assertEquals(source, at.source().text());
        assertEquals(kind, at.sourceKind(), at.toString());
        assertTrue(at.content().length() > 10, at.toString());
        assertFalse(at.content().overlaps(at.source()), at.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said she hopes the bridge will reopen in May.              | The mayor   | said
            The council said the contractor expects to finish the work in June.  | The council | said
            """)
    void anAttitudeReportedInsideAnotherSourcesWordsIsNoRelationOfItsOwn(String text, String source, String cue) {
        List<Attribution> found = assess(text).attributions();
        assertEquals(1, found.size(), found.toString());
        assertEquals(source, found.get(0).source().text());
        assertEquals(cue, found.get(0).cue().text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The new bridge is expected to open in May.             | expected
            The minister seemed to rule out new taxes on fuel.     | seemed
            """)
    void attributionsThatNameNoSourceHaveNone(String text, String cue) {
        List<Attribution> found = assess(text).attributions();
        assertEquals(1, found.size(), found.toString());
        assertEquals(null, found.get(0).source());
        assertEquals(cue, found.get(0).cue().text());
        assertEquals(SourceKind.ANONYMOUS, found.get(0).sourceKind());
        assertTrue(assess(text).sources().isEmpty());
    }

    @Test
    void aSecondQuotationInTheParagraphKeepsTheSpeaker() {
        List<Quote> quotes = assess("“The road is closed,” Mayor Ines Silva said. “We will reopen it in May.”")
                .quotes();
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("Ines Silva", quotes.get(1).speaker());
    }

    @Test
    void aTranscriptTurnIsOneRelationOfItsSpeaker() {
        List<Attribution> found = assess(
                "Partial transcript follows.\nLOPEZ: Well, I think the bridge will reopen in May.")
                .attributions();
        assertEquals(1, found.size(), found.toString());
        assertEquals("LOPEZ", found.get(0).source().text());
        assertEquals(":", found.get(0).cue().text());
    }

    @Test
    void aNounCueTakesItsPossessorAsSource() {
        Attribution a = assess("Auditor Maria Chen repeated her assertion that the ledger had been altered.")
                .attributions().stream().filter(x -> x.cue().text().equals("assertion")).findFirst().orElseThrow();
        assertEquals("her", a.source().text());
        assertTrue(a.sourceName().endsWith("Maria Chen"), a.sourceName());
        assertEquals("the ledger had been altered", a.content().text());
    }

    @Test
    void aQuestionPutToTheSourceAndANameGivenInARelativeClause() {
        Attribution asked = assess(
                "Asked whether the dam would hold, the engineer said the spillway had been repaired.")
                .attributions().stream().filter(a -> a.cue().text().equals("Asked")).findFirst().orElseThrow();
        assertEquals("the engineer", asked.source().text());
        assertEquals("whether the dam would hold", asked.content().text());

        List<Attribution> found = assess("The ferry operator posted what he called a final warning.").attributions();
        assertEquals(List.of("posted"), found.stream().map(a -> a.cue().text()).toList());
    }

    @Test
    void aContractedNegationStaysWithTheCueAndAColonIntroducesTheNextLine() {
        Attribution negated = assess("Governor Tom Hale doesn't think the fuel levy will pass this year.")
                .attributions()
                .stream().filter(a -> a.cue().text().equals("think")).findFirst().orElseThrow();
        assertEquals("Governor Tom Hale", negated.source().text());

        Assessment a = assess("The mayor said:\n“We will rebuild the bridge before winter.”");
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        assertEquals("The mayor", a.quotes().get(0).speakerMention().text());
        assertEquals("said", a.quotes().get(0).cue());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sources                                             | ANONYMOUS
            Two senior Pentagon officials                       | ANONYMOUS
            A person familiar with the negotiations             | ANONYMOUS
            A diplomat who spoke on condition of anonymity      | ANONYMOUS
            U.S. officials                                      | ANONYMOUS
            A spokesman for the governor                        | ANONYMOUS
            Ahmad Shah Popal                                    | PERSON
            Foreign Minister Amir Khan Muttaqi                  | PERSON
            The Associated Press                                | MEDIA
            The newspaper                                       | MEDIA
            The Ministry of Interior                             | ORGANIZATION
            The Taliban                                         | ORGANIZATION
            A leaked memo                                       | DOCUMENT
            Tajikistan                                          | ORGANIZATION
            The United States                                   | ORGANIZATION
            The State Migration Agency                          | ORGANIZATION
            The state news agency                               | MEDIA
            Official statistics                                 | DOCUMENT
            The Kabul Lens account on X                         | SOCIAL_MEDIA
            A video showing a burning truck                     | DOCUMENT
            An undated video circulated on Telegram             | DOCUMENT
            Officials briefed on the matter                     | ANONYMOUS
            A local fighter                                     | ANONYMOUS
            """)
    void classifiesSourcesNamedOrAnonymous(String subject, SourceKind expected) {
        Assessment a = assess(subject + " said the convoy had crossed the border.");
        assertEquals(1, a.attributions().size(), a.attributions().toString());
        assertEquals(expected, a.attributions().get(0).sourceKind(), a.attributions().toString());
        assertEquals(expected != SourceKind.ANONYMOUS, a.attributions().get(0).sourceKind().named());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name before an appositive | Dilnoza Karimova, a reporter speaking from Osh, Kyrgyzstan, pointed out that bread prices had doubled. | pointed | Dilnoza Karimova | PERSON
            role word before the name | University of Kabul professor Laila Ahmadi explained that the exams were postponed.            | explained | Laila Ahmadi | PERSON
            acronym that spells a verb | In a message on Friday, IS-K condemned the new trade deal with the neighbours.               | condemned | IS-K | ORGANIZATION
            participle before subject | The army withdrew from the valley, making many of these villagers feel abandoned by the state. | feel | many of these villagers | ANONYMOUS
            capitalised head noun     | Experts say the drought will last another two years.                                          | say | Experts | ANONYMOUS
            name opened by "group"    | Jamaat Ansarullah claimed the attack in a statement issued late on Sunday.                    | claimed | Jamaat Ansarullah | ORGANIZATION
            people of a country       | Many Pakistanis believe the new border fence will cut their villages in two.                  | believe | Many Pakistanis | ANONYMOUS
            hyphenated group name     | Tehrik-i-Taliban Pakistan denied that its fighters had crossed the border.                     | denied | Tehrik-i-Taliban Pakistan | ORGANIZATION
            """)
    void namesTheSourceAsANewsroomWould(String name, String text, String cue, String sourceName, SourceKind kind) {
        Assessment a = assess(text);
        Attribution at = a.attributions().stream().filter(x -> x.cue().text().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": " + a.attributions()));
        assertEquals(sourceName, at.sourceName(), at.toString());
        assertEquals(kind, at.sourceKind(), at.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            compound modifier  | The plan was drafted by the US-backed council before the talks began in Doha. | backed
            noun after article | The mayor has the backing of most councillors for the new tram line.          | backing
            noun before of     | Public backing of the tram line grew after the floods in the spring.          | backing
            death toll         | Cholera Outbreak In The Delta Claims 14 Lives As Clinics Run Short Of Water    | Claims
            death toll, lower  | The landslide claimed the lives of six miners on Thursday, the mine owner said. | claimed
            """)
    void aCueWordUsedAsNoVerbMakesNoAttribution(String name, String text, String cue) {
        List<Attribution> found = assess(text).attributions();
        assertTrue(found.stream().noneMatch(x -> x.cue().text().equals(cue)), name + ": " + found);
    }

    @Test
    void aQuotationsSpeakerAfterItStaysInItsSentence() {
        List<Quote> quotes = assess("""
                The leaflets condemned the “invaders” of the north. Several local imams have urged calm since then.

                Rahimi warned that “the fighters will come back before spring”. These raids he says, will be “only \
                the beginning of a long campaign”.
                """).quotes();
        assertTrue(quotes.stream().noneMatch(q -> q.speaker() != null && (q.speaker().contains("north")
                || q.speaker().contains("raids"))), quotes.toString());
    }

    @Test
    void anApostropheInsideANameKeepsTheName() {
        List<Attribution> found = assess(
                "The state-owned newspaper Al-Ra’y said on Tuesday that the plot had been foiled at the border.")
                .attributions();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).source().text().endsWith("Al-Ra’y"), found.toString());
    }

    @Test
    void aHeadlinesPrepositionalPhraseIsNotTheSource() {
        List<Attribution> found = assess("""
                In Video Clip Shared On Telegram, Militia Commander Vows To Retake The Valley

                A militia commander vowed in a video to retake the valley before winter.
                """).attributions();
        assertTrue(found.stream().noneMatch(x -> x.source() != null && x.source().text().startsWith("In ")),
                found.toString());
    }

    @Test
    void postsNamesWithAnArticleAndTimesAreTypedAsTheyAre() {
        Assessment a = assess("""
                According to the tweet, the border police closed the crossing overnight.
                In the recording, al-Masri refers to the floods as a warning to the province's rulers.
                The audit, issued last week, finds that the ministry lost most of its records.
                """);
        Map<String, Attribution> byCue = new java.util.HashMap<>();
        a.attributions().forEach(x -> byCue.put(x.cue().text(), x));
        assertEquals(SourceKind.SOCIAL_MEDIA, byCue.get("According to").sourceKind(), a.attributions().toString());
        assertTrue(byCue.get("refers").sourceKind().named(), byCue.get("refers").toString());
        assertTrue(a.attributions().stream().noneMatch(x -> x.source() != null && x.source().text().contains("week")),
                a.attributions().toString());
    }

    @Test
    void aSpeakerBeforeAQuotationStartsAtAWord() {
        String text = "Al-Nusra leaflets have described the drought as “a test sent to the faithful and a warning to "
                + "the traitors.”";
        Assessment a = assess(text);
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        Span mention = a.quotes().get(0).speakerMention();
        assertTrue(mention == null || mention.start() == 0 || !Character.isLetter(text.charAt(mention.start() - 1)),
                "speaker cut out of a word: " + mention);
    }

    @Test
    void aCountryIsAStateEvenWhereANameEndsWithIt() {
        // "Azadi Pakistan" reads like a first name and a surname; the country alone is still no person.
        Assessment a = assess("The Azadi Pakistan movement claimed the attack on Sunday.\n"
                + "Pakistan claims that the gunmen had slipped across the border at night.");
        Attribution claims = a.attributions().stream().filter(x -> x.cue().text().equals("claims")).findFirst()
                .orElseThrow(() -> new AssertionError(a.attributions().toString()));
        assertEquals("Pakistan", claims.source().text());
        assertEquals(SourceKind.ORGANIZATION, claims.sourceKind());
    }

    @Test
    void aSourcingLineCreditsTheParagraphBeforeIt() {
        String text = "A man in the clip threatens the crowd and waves a rifle.\nSource: Twitter, March 3, 2025\n";
        Assessment a = assess(text);
        assertTrue(a.flags().contains(Flag.SOCIAL_MEDIA_SOURCED), a.flags().toString());
        assertTrue(a.attributions().stream().anyMatch(x -> x.sourceKind() == SourceKind.SOCIAL_MEDIA));
    }

    @Test
    void rolesAndMentionsOfSources() {
        String text = "Temur Umarov, president of the Oxus Society for Central Asian Affairs, said the vote changed little. "
                + "Umarov added that turnout was low.";
        Assessment a = assess(text);
        Source s = a.sources().stream().filter(x -> x.name().equals("Temur Umarov")).findFirst()
                .orElseThrow(() -> new AssertionError(a.sources().toString()));
        assertEquals(SourceKind.PERSON, s.kind());
        assertEquals("president of the Oxus Society for Central Asian Affairs", s.role());
        assertEquals(2, s.mentions());
    }

    @Test
    void bylineDatelineAndCredits() {
        String text = """
                By Ayesha Tanzeem
                ISLAMABAD — Pakistan reopened the border crossing on Monday, officials said.
                VOA News
                Photo: A truck waits at the crossing. (AP)
                Reprinted with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW
                This article first appeared in Tolo News.
                Kabul residents complain about prices. Click here to read more
                Edited by Sam Brown
                """;
        Assessment a = assess(text);
        Provenance p = a.provenance();
        assertEquals("Ayesha Tanzeem", p.byline().text());
        assertFalse(p.bylineFromMetadata());
        assertEquals("ISLAMABAD —", p.dateline().text());
        assertTrue(hasCredit(p, "AGENCY_LINE", 4), p.credits().toString());
        assertTrue(hasCredit(p, "WIRE_CREDIT", 1), p.credits().toString());
        assertTrue(hasCredit(p, "REPRINT_NOTICE", 3), p.credits().toString());
        assertTrue(hasCredit(p, "FIRST_APPEARED", 5), p.credits().toString());
        assertTrue(p.credits().stream().anyMatch(c -> c.kind().equals("READ_MORE")));
        assertEquals(1, p.imageCredits().size(), p.imageCredits().toString());
        assertEquals(1, p.editors().size());
    }

    private static boolean hasCredit(Provenance p, String kind, long publisherId) {
        return p.credits().stream()
                .anyMatch(c -> c.kind().equals(kind) && c.publisher() != null && c.publisher().id() == publisherId);
    }

    @Test
    void originsAreCreditedThroughAnyAliasOrUncredited() {
        String text = "The governor resigned on Sunday.\nReprinted with the permission of RFE/RL.";
        Assessment a = engine.assess(Article.ofText(text),
                List.of(new Origin("Radio Free Europe/Radio Liberty", null, "EXACT"),
                        new Origin("Reuters", "https://www.reuters.com/x", "NEAR_DUPLICATE")),
                DIRECTORY);
        List<Provenance.OriginCredit> oc = a.provenance().originCredits();
        assertEquals(ProvenanceStatus.CREDITED, oc.get(0).status());
        assertNotNull(oc.get(0).evidence());
        assertTrue(oc.get(0).evidence().text().contains("RFE/RL"));
        assertEquals(ProvenanceStatus.UNCREDITED, oc.get(1).status());
        assertNull(oc.get(1).evidence());
    }

    @Test
    void gluedWordsRaiseSpinArtifactsForAnyVocabulary() {
        String spun = "Soldiers stormed the village andkilling started at dawn. The militants weretargeting "
                + "the school. Killing and targeting of civilians continued.";
        assertTrue(assess(spun).flags().contains(Flag.SPIN_ARTIFACTS));
        String invented = "The zorblat council met. Its members werevoting on the quaxing rules andzorblat delegates "
                + "kept voting while the quaxing went on.";
        assertTrue(assess(invented).flags().contains(Flag.SPIN_ARTIFACTS));
        String clean = "The island withdrew its envoy. Therefore another theory emerged, and the offices were closed "
                + "together with the theatre during the wasteland crisis.";
        assertFalse(assess(clean).flags().contains(Flag.SPIN_ARTIFACTS), FlagDetector.gluedWords(ArticleText.of(
                clean)).toString());
    }

    /**
     * A story disguised with Cyrillic lookalikes ("sаid", "Nооri") is read as the story it passes for: the same quotes,
     * speakers and attribution score, its spans on the text as received; the disguised words are the flag's evidence.
     */
    @Test
    void lookalikeLettersAreReadAsLatinAndFlagged() {
        String story = """
                KABUL — The bridge over the Kabul river will reopen in May, the district governor said on Monday.
                “We have no money left for the repairs,” said Farid Noori, the district governor. \
                Traders told reporters the closure had doubled the price of flour in the market.""";
        String disguised = story.replace("said", "s\u0430id").replace("Noori", "N\u043E\u043Eri")
                .replace("reporters", "rep\u043Erters").replace("price", "pri\u0441e");
        Assessment original = assess(story);
        Assessment copy = assess(disguised);
        assertEquals(original.attributionScore(), copy.attributionScore());
        assertEquals(original.quotes().stream().map(Quote::speaker).toList(),
                copy.quotes().stream().map(Quote::speaker).toList());
        Quote quote = copy.quotes().get(0);
        assertEquals(disguised.substring(quote.start(), quote.end()), "We have no money left for the repairs,");
        assertFalse(original.flags().contains(Flag.LOOKALIKE_LETTERS), original.flags().toString());
        assertTrue(copy.flags().contains(Flag.LOOKALIKE_LETTERS), copy.flags().toString());
        Signal flag = copy.signals().stream().filter(x -> x.id().equals("flag.LOOKALIKE_LETTERS")).findFirst()
                .orElseThrow();
        assertEquals(List.of("s\u0430id", "s\u0430id", "N\u043E\u043Eri", "rep\u043Erters", "pri\u0441e"),
                flag.evidence().stream().map(Span::text).toList());
        assertEquals(original.credibilityScore() - 25, copy.credibilityScore());
        // A Russian sentence's own "а" and a Latin name in it are no disguise.
        assertFalse(assess("Он сказал, а она спросила о Kabul и TOLOnews.").flags()
                .contains(Flag.LOOKALIKE_LETTERS));
    }

    @Test
    void paywallOpinionListingAndAnonymousFlags() {
        assertTrue(assess("The minister resigned after the vote and the party split into two camps. "
                + "Subscribe now to continue reading.").flags().contains(Flag.PAYWALL_TRUNCATED));
        String opinion = """
                I have watched this region for twenty years. We keep making the same mistake.
                My view is simple: we should stop pretending the militants can be bought.
                Our allies must understand that. I am not optimistic, but we need to try.
                """;
        assertTrue(assess(opinion).flags().contains(Flag.OPINION));
        String listing = """
                Spy agency chief resigns. The agency said he left for personal reasons.
                Author: J. Fitsanakis | Date: 12 May 2024 | Permalink
                Arrests in cable case. Police said three men were held.
                Author: I. Allen | Date: 10 May 2024 | Permalink
                """;
        assertTrue(assess(listing).flags().contains(Flag.LISTING_PAGE));
        Assessment anon = assess("Sources said the talks were over. Officials familiar with the plan said it "
                + "would be announced soon.");
        assertTrue(anon.flags().contains(Flag.ANONYMOUS_ONLY), anon.sources().toString());
        assertFalse(anon.sources().isEmpty());
    }

    @Test
    void emptyAndUnattributedTextsScoreZeroAttribution() {
        Assessment empty = assess("");
        assertEquals(0, empty.attributionScore());
        assertTrue(empty.quotes().isEmpty());
        Assessment plain = assess("The river rose overnight. Roads were closed. Schools stayed shut.");
        assertEquals(0, plain.attributionScore());
        assertTrue(plain.credibilityScore() >= 0 && plain.credibilityScore() <= 100);
    }

    @Test
    void moreAttributionNeverLowersTheAttributionScore() {
        String base = "The river rose overnight and roads were closed.";
        String sourced = base + " “We evacuated 40 families,” said Hamid Rahimi, the district chief. "
                + "The army said the dam was safe, according to a statement.";
        assertTrue(assess(sourced).attributionScore() > assess(base).attributionScore());
    }

    @Test
    void everySignalHasAnIdAWeightAndEvidenceInsideTheText() {
        String text = "“We evacuated 40 families,” said Hamid Rahimi. Subscribe now to continue reading.";
        Assessment a = assess(text);
        assertFalse(a.signals().isEmpty());
        for (Signal s : a.signals()) {
            for (Span e : s.evidence()) {
                assertEquals(e.text(), text.substring(e.start(), e.end()), s.id());
            }
        }
        assertTrue(a.signals().stream().anyMatch(s -> s.id().equals("flag.PAYWALL_TRUNCATED") && s.weight() < 0));
    }

    @Test
    void arabicScriptAndNoBreakSpacesDoNotBreakTheEngine() {
        Assessment a = assess("قال المتحدث إن الهجوم وقع ليلا.\nKABUL —\u00A0“The road is open,” said Ahmad Wali.");
        assertEquals(1, a.quotes().size());
        assertEquals("Ahmad Wali", a.quotes().get(0).speaker());
    }

    @Test
    void weightsRejectBadValues() {
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(-1, 0.5, 2, 3, 2, 1.5, 2, 1, 5, 1.5, 1, 1,
                1.5, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(1, 0, 2, 3, 2, 1.5, 2, 1, 5, 1.5, 1, 1,
                1.5, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 2, ""));
    }

    @Test
    void directoryResolvesAliasesDomainsAndUrls() {
        assertEquals(3, DIRECTORY.resolve("rfe/rl").orElseThrow().id());
        assertEquals(3, DIRECTORY.resolve("https://www.rferl.org/a/story.html").orElseThrow().id());
        assertEquals(3, DIRECTORY.resolve("Radio Free Europe/Radio Liberty").orElseThrow().id());
        assertEquals(1, DIRECTORY.resolve("https://apnews.com/article/x").orElseThrow().id());
        assertTrue(DIRECTORY.resolve("ap").isPresent(), "alias lookups ignore case");
        assertTrue(DIRECTORY.find("a map of the gap", 0, 16).isEmpty(), "AP must not match inside words");
    }

    @Test
    void directoryMatchesADomainInItsOwnScriptOrItsAsciiForm() {
        PublisherDirectory directory = new PublisherDirectory(List.of(
                new KnownPublisher(1, "Primer", PublisherKind.NEWSPAPER, List.of(), List.of("Пример.рф")),
                new KnownPublisher(2, "Misal", PublisherKind.NEWSPAPER, List.of(),
                        List.of("xn--mgbh0fb.xn--kgbechtv"))));
        assertEquals(1, directory.resolve("https://www.пример.рф/статья").orElseThrow().id());
        assertEquals(1, directory.resolve("https://xn--e1afmkfd.xn--p1ai/a").orElseThrow().id());
        assertEquals(2, directory.resolve("http://مثال.إختبار/خبر").orElseThrow().id());
    }

    @Test
    void htmlBecomesLinesOfVisibleText() {
        String text = ArticleHtml.text("<html><head><title>t</title><script>x()</script></head><body><p>By Ann Lee</p>"
                + "<p>“It works,” she said.</p><div>VOA News</div></body></html>");
        assertEquals("By Ann Lee\n“It works,” she said.\nVOA News", text);
    }

    @Test
    void aNulCharacterReferenceInHtmlBecomesTheReplacementCharacter() {
        assertEquals("By Ann\uFFFD Lee", ArticleHtml.text("<p>By Ann&#0; Lee</p>"));
        // Soft hyphens and zero-width spaces would split a name and a cue in two.
        String hyphenated = ArticleHtml
                .text("<p>“The talks will go on,” said Zabi&shy;hullah Mu&shy;ja&#8203;hid.</p>");
        assertEquals("“The talks will go on,” said Zabihullah Mujahid.", hyphenated);
        assertEquals("Zabihullah Mujahid", assess(hyphenated).quotes().get(0).speaker());
    }
    /**
     * The rules read English only: an article in another language gets no scores, not scores of 0, and a flag that
     * says so; English copy, short copy and English copy quoting a Dari phrase are read as before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dari   | false | کابل — وزارت صحت عامه روز دوشنبه اعلام کرد که شیوع سرخکان در ولایت هرات افزایش یافته است. یک داکتر در شفاخانه حوزوی هرات گفت: «کمبود دارو مشکل اصلی است.» یک منبع که نخواست نامش فاش شود گفت که شمار قربانیان بیشتر است.
            Pashto | false | کابل — د کرنې وزارت ویاند وویل چې په هلمند ولایت کې د غنمو حاصلات سږکال دېرش سلنه زیات شوي دي. یو بزګر حاجي عبدالله وویل: «دا کال موږ ته ښه و، خو بیې ټیټې دي.»
            Russian| false | ДУШАНБЕ — Власти Таджикистана закрыли два пограничных перехода. «Мы усилили охрану на всём участке границы», — заявил представитель службы Мухаммад Рахимов. По словам источника в ведомстве, стрельба продолжалась час.
            French | false | KABOUL — Les autorités ont annoncé lundi la réouverture de la route du Salang après une semaine de travaux. « Le tunnel sera fermé la nuit », a déclaré un porte-parole du ministère des Travaux publics, selon qui les camions devront attendre.
            English| true  | KABUL — The ministry said on Monday that the Salang road would reopen after a week of repairs. "The tunnel will close at night," a spokesman for the ministry of public works said, adding that trucks would have to wait.
            English quoting Dari | true | HERAT — Residents chanted "ما آب می‌خواهیم" (we want water) outside the governor's office on Sunday, and the governor said the new canal would be finished by the spring, according to a statement from his office.
            short  | true | Kabul: roads closed.
            """)
    void anArticleInALanguageTheRulesDoNotReadHasNoScoresRatherThanZero(String language, boolean read, String text) {
        Assessment a = assess(text);
        assertEquals(read, !a.flags().contains(Flag.LANGUAGE_NOT_READ), language);
        if (read) {
            assertNotNull(a.attributionScore());
            assertNotNull(a.credibilityScore());
        } else {
            assertNull(a.attributionScore());
            assertNull(a.credibilityScore());
            assertTrue(a.quotes().isEmpty() && a.sources().isEmpty() && a.signals().isEmpty());
            assertEquals(List.of(Flag.LANGUAGE_NOT_READ), a.flags());
        }
    }
}

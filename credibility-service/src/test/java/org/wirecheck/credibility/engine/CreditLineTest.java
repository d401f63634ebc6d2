package org.wirecheck.credibility.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit lines as republishers write them at the foot (or head) of a copy, and the everyday uses of the same words
 * that must not become a publisher's credit. Fixtures are invented for these tests; "¶" separates paragraphs.
 */
class CreditLineTest {

    static final PublisherDirectory DIRECTORY = new PublisherDirectory(List.of(
            new KnownPublisher(1, "Associated Press", PublisherKind.WIRE_AGENCY, List.of("AP"), List.of("apnews.com")),
            new KnownPublisher(2, "Reuters", PublisherKind.WIRE_AGENCY, List.of(), List.of("reuters.com")),
            new KnownPublisher(3, "Agence France-Presse", PublisherKind.WIRE_AGENCY, List.of("AFP"),
                    List.of("afp.com")),
            new KnownPublisher(4, "Associated Press of Pakistan", PublisherKind.STATE_AFFILIATED, List.of("APP"),
                    List.of("app.com.pk")),
            new KnownPublisher(5, "Dawn", PublisherKind.NEWSPAPER,
                    List.of("Dawn News", "Dawn.com", "ڈان", "روزنامہ ڈان"),
                    List.of("dawn.com")),
            new KnownPublisher(6, "The Express Tribune", PublisherKind.NEWSPAPER, List.of("Express Tribune"),
                    List.of("tribune.com.pk")),
            new KnownPublisher(7, "Hasht-e Subh", PublisherKind.NEWSPAPER,
                    List.of("Hasht-e Subh Daily", "8am Media", "هشت صبح"), List.of("8am.media")),
            new KnownPublisher(8, "Pajhwok Afghan News", PublisherKind.WIRE_AGENCY, List.of("Pajhwok", "پژواک"),
                    List.of("pajhwok.com")),
            new KnownPublisher(9, "Radio Free Europe/Radio Liberty", PublisherKind.STATE_AFFILIATED,
                    List.of("RFE/RL", "Azattyk", "Азаттык"), List.of("rferl.org"))));

    private final CredibilityEngine engine = new CredibilityEngine(ScoringWeights.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            courtesy, own line             | Bakeries in Herat reopened on Sunday, traders said.¶Courtesy Hasht-e Subh            | Hasht-e Subh         | COURTESY_LINE | Hasht-e Subh
            courtesy colon, a domain       | Bakeries in Herat reopened on Sunday, traders said.¶Courtesy: 8am.media              | Hasht-e Subh         | COURTESY_LINE | 8am.media
            courtesy of, own line          | The canal project was delayed again, engineers said.¶Courtesy of Dawn                 | Dawn                 | COURTESY_LINE | Dawn
            Urdu courtesy, own line        | کراچی میں بجلی کے نرخ پھر بڑھ گئے، حکام نے بتایا۔¶بشکریہ ڈان                          | Dawn                 | COURTESY_LINE | ڈان
            Urdu courtesy, colon, stop     | کراچی میں بجلی کے نرخ پھر بڑھ گئے، حکام نے بتایا۔¶بشکریہ: روزنامہ ڈان۔                | Dawn                 | COURTESY_LINE | روزنامہ ڈان
            Urdu courtesy, Persian heh     | کراچی میں بجلی کے نرخ پھر بڑھ گئے، حکام نے بتایا۔¶بشکریه: روزنامه ڈان                 | Dawn                 | COURTESY_LINE | روزنامه ڈان
            Urdu courtesy, Arabic keyboard | کراچی میں بجلی کے نرخ پھر بڑھ گئے، حکام نے بتایا۔¶بشكريه ڈان                          | Dawn                 | COURTESY_LINE | ڈان
            Urdu source line               | کراچی میں بجلی کے نرخ پھر بڑھ گئے، حکام نے بتایا۔¶ماخذ: ڈان                           | Dawn                 | SOURCE_LINE   | ڈان
            courtesy colon, leading The    | The canal project was delayed again, engineers said.¶Courtesy: The Express Tribune    | Express Tribune      | COURTESY_LINE | The Express Tribune
            courtesy in capitals, a period | The canal project was delayed again, engineers said.¶COURTESY: DAWN.                  | Dawn                 | COURTESY_LINE | DAWN
            courtesy ending the copy       | Fares rose by a tenth, the transport board said. Courtesy Dawn                       | Dawn                 | COURTESY_LINE | Dawn
            courtesy line at the head      | Courtesy Dawn¶The canal project was delayed again, engineers said on Monday in Sukkur. | Dawn                | COURTESY_LINE | Dawn
            courtesy, unregistered origin  | The market burned overnight, shopkeepers said.¶Courtesy Kabul Lantern                 | Kabul Lantern        | COURTESY_LINE | Kabul Lantern
            credit line at the foot        | Bakeries in Herat reopened on Sunday, traders said.¶Credit: Hasht-e Subh              | Hasht-e Subh         | CREDIT_LINE   | Hasht-e Subh
            via, own line                  | The canal project was delayed again, engineers said.¶Via Dawn                         | Dawn                 | VIA_LINE      | Dawn
            via in parentheses, blog end   | The ceasefire held through the night, the ministry said. (via Reuters)               | Reuters              | VIA_LINE      | Reuters
            with input from                | Wheat prices fell in Quetta, dealers said.¶With input from APP                        | Associated Press of Pakistan | INPUT_LINE | APP
            with additional input, two     | Wheat prices fell in Quetta, dealers said.¶(With additional input from APP and Reuters) | Reuters            | INPUT_LINE    | Reuters
            """)
    void creditLinesCreditTheirPublisher(String name, String text, String origin, String kind, String credited) {
        Assessment a = assess(text, origin);
        Credit c = a.provenance().credits().stream()
                .filter(x -> x.kind().equals(kind) && x.creditedName().equals(credited)).findFirst()
                .orElseThrow(() -> new AssertionError(a.provenance().credits().toString()));
        Provenance.OriginCredit oc = a.provenance().originCredits().get(0);
        assertEquals(ProvenanceStatus.CREDITED, oc.status(), a.provenance().credits().toString());
        assertEquals(c.span(), oc.evidence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            courtesy inside a sentence   | The Dawn correspondent paid a courtesy call on the minister on Monday.       | Dawn
            courtesy opening a sentence  | Courtesy calls on the governor resumed after Eid, his office said.         | Dawn
            via in running text          | The delegation flew to Kabul via Dubai on Tuesday.                         | Dubai
            via ending the copy's text   | Most of the aid was flown in via Dubai.                                    | Dubai
            photo courtesy               | Families queue for flour in Kabul. Photo courtesy of UNHCR                 | UNHCR
            courtesy under a caption     | Photo: Families queue for flour in Kabul.¶Courtesy of UNHCR¶Aid agencies said the queues grew longer every week in the city. | UNHCR
            credit under a caption       | The ferry service resumed on Monday after a month of floods, officials said.¶Photo: A ferry crosses the Indus.¶Credit: Dawn | Dawn
            credit line above the story  | Credit: Reuters¶The ferry service resumed on Monday after a month of floods, officials said in a statement. | Reuters
            photographer and agency      | The ferry service resumed on Monday, officials said.¶Credit: Ahmad Zia/AFP | Agence France-Presse
            input naming no agency       | Wheat prices fell in Quetta, dealers said.¶With additional input from agencies | Agence France-Presse
            unregistered, not the origin | The market burned overnight, shopkeepers said.¶Courtesy Kabul Lantern      | Dawn
            Urdu courtesy opening a long paragraph | بشکریہ ڈان کے نمائندے کے مطابق کراچی میں بجلی کے نرخ ایک بار پھر بڑھا دیے گئے ہیں اور شہری پریشان ہیں۔ | Dawn
            """)
    void everydayUsesOfTheWordsCreditNoOne(String name, String text, String origin) {
        Assessment a = assess(text, origin);
        Provenance.OriginCredit oc = a.provenance().originCredits().get(0);
        assertEquals(ProvenanceStatus.UNCREDITED, oc.status(), a.provenance().credits().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            photo courtesy             | Families queue for flour in Kabul. Photo courtesy of UNHCR
            courtesy under a caption   | Photo: Families queue for flour in Kabul.¶Courtesy of UNHCR
            credit under a caption     | Photo: A ferry crosses the Indus.¶Credit: Dawn
            credit above the story     | Credit: Reuters¶The ferry service resumed on Monday after a month of floods, officials said in a statement.
            """)
    void imageCreditsStayImageCredits(String name, String text) {
        Provenance p = assess(text, "Somebody Else").provenance();
        String last = p.imageCredits().isEmpty() ? "" : p.imageCredits().get(p.imageCredits().size() - 1).text();
        assertTrue(last.contains("UNHCR") || last.contains("Dawn") || last.contains("Reuters"),
                p.imageCredits().toString());
        assertTrue(p.credits().stream()
                .noneMatch(c -> List.of("COURTESY_LINE", "CREDIT_LINE", "VIA_LINE", "INPUT_LINE").contains(c.kind())),
                p.credits().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            credit line at the foot | Bakeries in Herat reopened on Sunday, traders said.¶Credit: Hasht-e Subh
            """)
    void aCreditLineCreditingTheArticleIsNotAnImageCredit(String name, String text) {
        Provenance p = assess(text, "Hasht-e Subh").provenance();
        assertEquals(List.of(), p.imageCredits());
    }

    /**
     * Source lines of the aggregators on the beat that write in Dari, Pashto and Russian. The name resolves through
     * the registry's aliases in that script; "photo source" lines credit the picture.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dari source line              | بازار نان در هرات دوباره باز شد.¶منبع: هشت صبح            | Hasht-e Subh                    | CREDITED
            Dari, spaced colon and period | بازار نان در هرات دوباره باز شد.¶منبع : هشت صبح.          | Hasht-e Subh                    | CREDITED
            Dari, after a direction mark  | بازار نان در هرات دوباره باز شد.¶‏منبع: هشت صبح       | Hasht-e Subh                    | CREDITED
            Pashto source line            | په کندهار کې باران وورېد.¶سرچینه: پژواک                    | Pajhwok Afghan News             | CREDITED
            Pashto, Arabic-keyboard kaf   | په کندهار کې باران وورېد.¶سرچينه: پژواك                    | Pajhwok Afghan News             | CREDITED
            Russian source line           | В Бишкеке подорожал хлеб.¶Источник: Азаттык                | Radio Free Europe/Radio Liberty | CREDITED
            Russian, in guillemets        | В Бишкеке подорожал хлеб.¶Источник: «Азаттык»              | Radio Free Europe/Radio Liberty | CREDITED
            Dari photo source             | بازار نان در هرات دوباره باز شد.¶منبع عکس: هشت صبح        | Hasht-e Subh                    | UNCREDITED
            Russian photo source          | В Бишкеке подорожал хлеб.¶Источник фото: Азаттык           | Radio Free Europe/Radio Liberty | UNCREDITED
            """)
    void sourceLinesInDariPashtoAndRussian(String name, String text, String origin, ProvenanceStatus status) {
        Assessment a = assess(text, origin);
        Provenance.OriginCredit oc = a.provenance().originCredits().get(0);
        assertEquals(status, oc.status(), a.provenance().credits().toString());
        if (status == ProvenanceStatus.CREDITED) {
            Credit c = a.provenance().credits().stream().filter(x -> x.kind().equals("SOURCE_LINE")).findFirst()
                    .orElseThrow(() -> new AssertionError(a.provenance().credits().toString()));
            assertEquals(origin, c.publisher().name());
            assertEquals(c.span(), oc.evidence());
        }
    }

    /**
     * An origin named as given (not through the registry) must be named by whole words: "APP" (the Associated Press of
     * Pakistan) does not name "AP", nor does "Japan Times".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another agency's initials    | Wheat prices fell in Quetta, dealers said.¶With input from APP                     | AP            | UNCREDITED
            letters inside a word        | The talks stalled.¶Reprinted with the permission of Japan Times                     | AP            | UNCREDITED
            attribution inside a word    | Japan Times reported that the talks had stalled over the border fence.             | AP            | UNCREDITED
            the name inside a longer one | The talks stalled.¶This article first appeared in Kabul Lantern Weekly.             | Kabul Lantern | CREDITED
            the name as written          | The talks stalled.¶Reprinted with the permission of Kabul Lantern                   | Kabul Lantern | CREDITED
            """)
    void anOriginGivenByNameIsNamedByWholeWords(String name, String text, String origin, ProvenanceStatus status) {
        Assessment a = engine.assess(Article.ofText(text.replace("¶", "\n")),
                List.of(new Origin(origin, null, "EXACT")), DIRECTORY);
        assertEquals(status, a.provenance().originCredits().get(0).status(), a.provenance().credits().toString());
    }

    private Assessment assess(String text, String origin) {
        return engine.assess(Article.ofText(text.replace("¶", "\n")), List.of(new Origin(origin, null, "EXACT")),
                DIRECTORY);
    }
}

package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LexicalComparisonTest {

    static final String STORY = """
            Bridge closes after cracks found in main span

            Engineers closed the Eastgate bridge on Monday after a routine inspection found cracks in two of the \
            steel girders that carry the main span, the city transport office said in a statement.

            About 31,000 vehicles cross the bridge every day. Buses will be diverted through the harbour tunnel, \
            adding up to twenty minutes to journeys from the northern suburbs during the morning rush.

            "Safety comes first, and we will not reopen the bridge until we know exactly what caused this," said \
            Ingrid Halvorsen, who heads the office, adding that a specialist team had been called in from abroad.

            The bridge was last refurbished in 2009 at a cost of 48 million, and opposition councillors demanded \
            to know why the cracks had not been spotted during the inspection carried out last autumn.
            """;

    static final String OTHER_STORY = """
            Library extends opening hours for exam season

            The central library will stay open until midnight from next week to give students more space to \
            revise before the summer exams, the university announced on Wednesday after a petition.

            More than 4,000 students signed the petition, which complained that reading rooms were full by nine \
            in the morning and that many had nowhere quiet to work in the evenings.
            """;

    static final String THIRD_STORY = """
            Orchestra cancels tour after instruments lost in transit

            The national youth orchestra called off the last four concerts of its autumn tour on Thursday after \
            a shipping container holding its cellos, double basses and timpani went missing between two ports.

            The container was last tracked leaving a depot near the border on Monday morning, and the freight \
            company said it was working with customs officers in three countries to find out where it went.

            Ticket holders will be refunded in full, the orchestra said, and the young musicians, most of them \
            aged between fourteen and nineteen, flew home on Friday evening on a flight paid for by sponsors.
            """;

    /** Another paper's own report of the STORY's event: same names and facts, one quote shared. */
    static final String SAME_EVENT = """
            Commuters face long delays as Eastgate bridge shuts

            Drivers queued for more than an hour on the ring road on Monday evening, hours after the city \
            shut its busiest crossing without warning.

            "Safety comes first, and we will not reopen the bridge until we know exactly what caused this," \
            Ingrid Halvorsen, head of the transport office, told reporters at a hastily arranged news conference.

            Bus operators said services from the northern suburbs would run through the harbour tunnel instead, \
            and taxi firms warned that fares would rise while the crossing stayed closed.

            Shop owners near the eastern end of the bridge said trade had collapsed within hours, and several \
            called on the council to offer compensation if the closure lasted beyond a week.
            """;

    /** A longer report, eight paragraphs, for cuts and truncation. */
    static final String LONG_STORY = """
            Port strike enters second week as talks stall

            Dock workers at the three container terminals of the northern port stayed off the job for an eighth \
            day on Tuesday, after overnight talks between their union and the terminal operators broke up without \
            a date for the next meeting.

            The union is asking for a pay rise of nine percent over two years and a limit on night shifts, which it \
            says have doubled since the operators brought in automated cranes on the western quay last spring.

            The operators have offered four percent and a review of shift patterns once the new cranes are fully \
            running, an offer the union's regional secretary, Tomasz Brandt, called an insult to people who kept \
            the port going through the pandemic.

            More than forty ships were waiting at anchor outside the harbour on Tuesday morning, according to the \
            harbour master's office, and several shipping lines have begun sending cargo to ports further south.

            Supermarket chains said fresh fruit and vegetables could run short within days, while car makers with \
            plants near the port warned that parts deliveries were already late and assembly lines might stop.

            The transport minister urged both sides to return to the table and said the government was ready to \
            appoint a mediator, but ruled out any law that would force the dock workers back to work.

            Economists at the national bank estimated that every day of the strike cost the economy about thirty \
            million in lost trade, and warned that the damage would grow as stocks of imported goods ran down.

            A rally in support of the strikers is planned outside the port authority's offices on Saturday, and \
            the union said workers at two smaller ports on the east coast would stop work for a day in solidarity.
            """;

    static final ReprintJudge JUDGE = new ReprintJudge(ReprintRules.DEFAULT, sentences -> {
        throw new AssertionError("the lexical tests must not reach the embedding model");
    });

    static ReprintJudge.Verdict verdict(String self, String other) {
        return JUDGE.lexical(AnalysedArticle.of(self), AnalysedArticle.of(other), false);
    }

    static Relation relation(String self, String other) {
        return assertInstanceOf(ReprintJudge.Verdict.Decided.class, verdict(self, other)).relation();
    }

    @Test
    void retypedCopyIsExact() {
        String retyped = STORY.replace("\"Safety", "\u201CSafety").replace("this,\"", "this,\u201D")
                .replace(" ", "\u00A0").toUpperCase();
        assertEquals(Relation.EXACT, relation(retyped, STORY));
    }

    @Test
    void editedReprintIsANearDuplicate() {
        String[] p = STORY.split("\n\n");
        String edited = "Cracks shut Eastgate bridge\n\n" + p[1].replace("routine", "scheduled") + "\n\n" + p[2]
                + "\n\n" + p[3] + "\n\nThis story first appeared in the City Courier.";
        assertEquals(Relation.NEAR_DUPLICATE, relation(edited, STORY));
    }

    @Test
    void aPageHoldingTwoArticlesContainsEachAndIsContainedInNeither() {
        String page = "Today's picks\n\n" + STORY + "\n\n" + OTHER_STORY + "\n\n" + THIRD_STORY;
        assertEquals(Relation.CONTAINS, relation(page, STORY));
        assertEquals(Relation.CONTAINS, relation(page, OTHER_STORY));
        assertEquals(Relation.CONTAINED_IN, relation(STORY, page));
        LexicalMatch match = LexicalComparison.compare(AnalysedArticle.of(page), AnalysedArticle.of(STORY), false);
        assertTrue(match.otherInThis() > 0.95, "the whole story is in the page: " + match.otherInThis());
        assertTrue(match.similarity() < 0.8, "but the page resembles it less: " + match.similarity());
    }

    @Test
    void anExcerptOfTheOpeningFollowedByReadMoreIsContained() {
        String[] p = STORY.split("\n\n");
        String aggregator = "Regional digest\n\nCouncil approves new cycle lanes along the river road after a "
                + "two-year consultation with residents and shop owners.\n\n" + p[0] + "\n\n" + p[1]
                + "\n\nClick here to read more";
        ReprintJudge.Verdict v = verdict(aggregator, STORY);
        assertEquals(Relation.CONTAINS, assertInstanceOf(ReprintJudge.Verdict.Decided.class, v).relation());
        assertTrue(((ReprintJudge.Verdict.Decided) v).match().otherInThis() < 0.5);
    }

    @Test
    void sharingOneQuotedSentenceIsNotADuplicate() {
        assertFalse(verdict(SAME_EVENT, STORY) instanceof ReprintJudge.Verdict.Decided);
        ReprintJudge.Screen screen = JUDGE.screen(SpunCopyScreen.prepare(AnalysedArticle.of(SAME_EVENT)),
                SpunCopyScreen.prepare(AnalysedArticle.of(STORY)));
        assertInstanceOf(ReprintJudge.Screen.Unrelated.class, screen, "screened: " + screen.result());
    }

    @Test
    void aQuoteFromTheOpeningShorterThanAnExcerptIsNotOne() {
        // The story's first paragraph (30-odd words), quoted inside an article of its own: not an excerpt.
        String quote = STORY.strip().split("\n\n")[1].replace(".", "");
        int words = quote.split("\\s+").length;
        assertTrue(words >= 30 && words < ReprintRules.DEFAULT.excerptWords(), words + " words");
        String host = OTHER_STORY.strip() + "\n\nAs another paper reported: " + quote + ".\n\n" + THIRD_STORY.strip();
        assertFalse(verdict(host, STORY) instanceof ReprintJudge.Verdict.Decided, "verdict: " + verdict(host, STORY));
    }

    @Test
    void aShortPageOfExcerptsThatStartsWithAStoryContainsIt() {
        String[] p = LONG_STORY.strip().split("\n\n");
        String[] third = THIRD_STORY.strip().split("\n\n");
        String cutShort = p[2].substring(0, p[2].indexOf(" over two years")) + " ...";
        // Both start with the story's opening, the page is the shorter of the two, and a third of it is the story:
        // but the rest of the page is other excerpts, and the story goes on with its own paragraphs.
        String page = "Latest news from around the web\n\n" + p[0] + "\n\n" + p[1] + "\n\n" + cutShort
                + "\n\nClick here to read more\n\n" + OTHER_STORY.strip() + "\n\n" + third[0] + "\n\n" + third[1]
                + "\n\nClick here to read more";
        AnalysedArticle pageText = AnalysedArticle.of(page);
        AnalysedArticle story = AnalysedArticle.of(LONG_STORY);
        assertTrue(pageText.copyWords() < story.copyWords());
        assertEquals(Relation.CONTAINS, relation(page, LONG_STORY));
        // A page that is that opening and nothing else is held by the story: a truncated copy.
        String truncated = p[0] + "\n\n" + p[1] + "\n\n" + cutShort + "\n\nSubscribe to continue reading.";
        assertEquals(Relation.CONTAINED_IN, relation(truncated, LONG_STORY));
    }

    @Test
    void aPhraseTheOriginalRepeatsDoesNotCutAnExcerptInTwo() {
        String story = """
                Harbour tunnel shut for repairs until Friday

                The harbour tunnel shut for repairs until Friday morning after divers found water seeping through \
                a joint in the eastern tube, the roads agency said on Sunday, and traffic was sent over the old \
                swing bridge instead.

                Engineers said the joint had been sealed twice before and that a permanent fix would take most of \
                the summer, with night closures planned from July.
                """;
        String[] p = story.strip().split("\n\n");
        String page = "Digest\n\n" + p[0] + "\n\n" + p[1] + "\n\nClick here to read more\n\n" + OTHER_STORY.strip();
        LexicalMatch match = LexicalComparison.compare(AnalysedArticle.of(page), AnalysedArticle.of(story), false);
        assertEquals(1, match.passages().size(), "one passage: " + match.passages());
        assertTrue(match.leadInThis() >= ReprintRules.DEFAULT.excerptWords(), "excerpt words " + match.leadInThis());
        assertEquals(Relation.CONTAINS, relation(page, story));
    }

    @Test
    void aLightlySpunCopyIsAParaphraseNotAnEditedReprint() {
        // One content word in six swapped: most shingles survive (an edited reprint by density alone), but every
        // sentence, aligned one for one, lost a sixth of its content words, where an edited reprint loses a few.
        String[] tokens = LONG_STORY.split(" ");
        int content = 0;
        StringBuilder spun = new StringBuilder();
        for (int t = 0; t < tokens.length; t++) {
            String word = tokens[t].replaceAll("\\W", "");
            boolean swap = word.length() >= 5 && ++content % 6 == 0;
            spun.append(swap ? tokens[t].replace(word, "x" + word + "x") : tokens[t])
                    .append(t + 1 < tokens.length ? " " : "");
        }
        LexicalMatch match = LexicalComparison.compare(AnalysedArticle.of(spun.toString()),
                AnalysedArticle.of(LONG_STORY), false);
        assertTrue(match.density() >= ReprintRules.DEFAULT.spunDensity(), "density " + match.density());
        ReprintJudge.Verdict.Spun v = assertInstanceOf(ReprintJudge.Verdict.Spun.class,
                verdict(spun.toString(), LONG_STORY));
        assertTrue(v.screen().meanOverlap() < ReprintRules.DEFAULT.spunOverlap());
        assertTrue(v.screen().passages().size() >= 8, "sentences aligned: " + v.screen().passages().size());
    }

    /** LONG_STORY heavily spun: headline and opening kept word for word, every later sentence rewritten around it. */
    static final String HEAVILY_SPUN = """
            Port strike enters second week as talks stall

            Dock workers at the three container terminals of the northern port stayed off the job for an eighth \
            day on Tuesday, after overnight talks between their union and the terminal operators broke up without \
            a date for the next meeting.

            The union is seeking a wage increase of nine percent across two years and a cap on night shifts, which \
            it claims have doubled ever since the firms introduced automatic cranes along the western wharf in the spring.

            The firms have proposed four percent plus an evaluation of shift rotas when the fresh cranes become \
            completely operational, a proposal Tomasz Brandt, regional secretary of the union, labelled an affront \
            to folks who kept the harbour functioning throughout the pandemic.

            Upward of forty vessels were idling at anchor beyond the port that morning, as stated by the \
            harbourmaster's bureau, and numerous shipping lines have started diverting freight to ports farther south.

            Grocery chains cautioned that fresh fruit and vegetables might become scarce within days, while auto \
            producers with factories close to the port said component shipments were already overdue and assembly \
            lines could halt.

            The transportation minister pressed both parties to resume negotiations and stated the administration \
            stood prepared to name a mediator, yet excluded any statute compelling dockers to resume their jobs.

            Analysts at the central bank reckoned that each day of stoppage set the economy back roughly thirty \
            million in forfeited commerce, and cautioned that the harm would deepen as inventories of imported \
            merchandise dwindled.

            A demonstration backing the strikers is scheduled in front of the port authority's headquarters on \
            Saturday, and the union stated employees at two minor eastern ports would down tools for a \
            single day out of solidarity.
            """;

    @Test
    void aHeavilySpunCopyThatKeptItsOpeningIsAParaphraseNotAContainment() {
        // Only names, numbers and phrases no thesaurus touched survive word for word (and the opening, which a
        // spinner left alone): a quarter of the text, under the containment line, but its first 40 words in the
        // other's opening, which made it "contains" before the spun-copy check covered such pairs.
        LexicalMatch match = LexicalComparison.compare(AnalysedArticle.of(HEAVILY_SPUN),
                AnalysedArticle.of(LONG_STORY), false);
        double shared = Math.max(match.thisInOther(), match.otherInThis());
        assertTrue(shared >= ReprintJudge.SPUN_CHECK_CONTAINMENT && shared < ReprintRules.DEFAULT.containment(),
                "containment " + shared);
        assertTrue(match.leadInThis() >= ReprintRules.DEFAULT.excerptWords(), "opening words " + match.leadInThis());
        ReprintJudge.Verdict v = verdict(HEAVILY_SPUN, LONG_STORY);
        assertTrue(v instanceof ReprintJudge.Verdict.Spun
                || v instanceof ReprintJudge.Verdict.Decided d && d.relation() == Relation.PARAPHRASE, v.toString());
    }

    @Test
    void aReprintWithParagraphsCutIsANearDuplicateAndATruncatedCopyIsContainedIn() {
        String[] p = LONG_STORY.strip().split("\n\n");
        // Headline changed, four of eight body paragraphs cut from the middle: half the original is left, but it
        // runs from its top to its bottom.
        String cut = "Strike at port drags on\n\n" + p[1] + "\n\n" + p[3] + "\n\n" + p[5] + "\n\n" + p[8]
                + "\n\nThis story first appeared in the Harbour Courier.";
        LexicalMatch match = LexicalComparison.compare(AnalysedArticle.of(cut), AnalysedArticle.of(LONG_STORY), false);
        assertTrue(match.otherInThis() < ReprintRules.DEFAULT.nearDuplicate(), "in " + match.otherInThis());
        assertEquals(Relation.NEAR_DUPLICATE, relation(cut, LONG_STORY));
        // The first half and a paywall notice: one block from the top of the original.
        String truncated = String.join("\n\n", java.util.Arrays.copyOf(p, 5))
                + "\n\nSubscribe to continue reading this article.";
        assertEquals(Relation.CONTAINED_IN, relation(truncated, LONG_STORY));
        assertEquals(Relation.CONTAINS, relation(LONG_STORY, truncated));
    }

    @Test
    void aCopyCutOffWordForWordIsContainedInHoweverMuchItKeepsButAnEditedOneIsANearDuplicate() {
        String[] p = LONG_STORY.strip().split("\n\n");
        // All but the last two paragraphs, word for word, and a paywall notice: most of the story, but a part of it.
        String cutOff = String.join("\n\n", java.util.Arrays.copyOf(p, p.length - 2))
                + "\n\nSubscribe to continue reading this article.";
        LexicalMatch match = LexicalComparison.compare(AnalysedArticle.of(cutOff), AnalysedArticle.of(LONG_STORY),
                false);
        assertTrue(match.otherInThis() >= ReprintRules.DEFAULT.nearDuplicate(), "in " + match.otherInThis());
        assertEquals(Relation.CONTAINED_IN, relation(cutOff, LONG_STORY));
        // The same cut with a word changed in every paragraph and a new headline: an edited reprint.
        List<String> edited = new ArrayList<>();
        edited.add("Port strike: no end in sight");
        for (int i = 1; i < p.length - 2; i++) {
            edited.add(p[i].replaceFirst("\\b(\\w{5,})\\b", "$1s"));
        }
        assertEquals(Relation.NEAR_DUPLICATE, relation(String.join("\n\n", edited), LONG_STORY));
    }

    @Test
    void passagesPointAtTheSameWordsInBothTexts() {
        String page = "Digest\n\n" + OTHER_STORY + "\n\n" + STORY;
        LexicalMatch match = LexicalComparison.compare(AnalysedArticle.of(page), AnalysedArticle.of(STORY), false);
        assertEquals(1, match.passages().size());
        Passage p = match.passages().get(0);
        assertEquals(page.substring(p.start(), p.end()), STORY.substring(p.otherStart(), p.otherEnd()));
        assertTrue(STORY.substring(p.otherStart(), p.otherEnd()).startsWith("Bridge closes"));
    }

    @Test
    void aFooterSharedByTwoPagesOfOnePublisherDoesNotMakeThemCopies() {
        String footer = "\n\nThe Harbour Institute is an independent research body founded in 1987. It studies "
                + "transport, housing and public finance, and publishes its findings free of charge. Reproduction is "
                + "allowed with attribution to the institute and a link to the original publication.";
        AnalysedArticle a = AnalysedArticle.of(STORY + footer);
        AnalysedArticle b = AnalysedArticle.of(OTHER_STORY + footer);
        assertFalse(JUDGE.lexical(a, b, true) instanceof ReprintJudge.Verdict.Decided);
    }

    @Test
    void aPublishersUpdateKeepingItsClosingParagraphsIsStillRelatedToTheStory() {
        // An agency's update: a new top of five paragraphs, then the last four paragraphs of its earlier story kept
        // as background. The shared passage runs to the end of both, as a site's template does, but it holds four
        // long paragraphs of a story, not a list of headlines and a footer.
        String[] paragraphs = LONG_STORY.strip().split("\n\n");
        String update = String.join("\n\n", "Port strike ends after mediator brokers pay deal",
                "Dock workers at the northern port voted on Thursday to accept a pay deal brokered by a government "
                        + "mediator, ending a strike that had kept container terminals idle for eleven days.",
                "The agreement gives workers a rise of six percent over two years and caps the number of night "
                        + "shifts any one crane operator can be asked to work in a month, the union said.",
                "Terminal operators said the first ships waiting at anchor would be brought alongside on Friday "
                        + "morning and that the backlog of containers could take three weeks to clear.",
                "Tomasz Brandt, the union's regional secretary, told a meeting of members at the western quay that "
                        + "the deal was not everything they had asked for but that it was a fair compromise.",
                "The transport ministry said it would publish the mediator's report next month, including advice "
                        + "on how future disputes at the country's ports could be settled before a stoppage.",
                paragraphs[5], paragraphs[6], paragraphs[7], paragraphs[8]);
        AnalysedArticle story = AnalysedArticle.of(LONG_STORY);
        AnalysedArticle updated = AnalysedArticle.of(update);
        assertTrue(LexicalComparison.compare(updated, story, true).thisInOther() > 0.3);
        assertInstanceOf(ReprintJudge.Verdict.Decided.class, JUDGE.lexical(updated, story, true));
    }

    @Test
    void learnedBoilerplateIsLeftOutOfMatching() {
        String footer = "The Harbour Institute newsletter brings our weekly briefing on transport, housing and "
                + "public finance every Friday morning, free of charge, straight to the inbox of every reader who "
                + "asks for it on our website or at any of our public events.";
        long footerHash = ArticleText.of(footer).paragraphHash(0);
        AnalysedArticle learned = AnalysedArticle.of(STORY + "\n\n" + footer, h -> h == footerHash);
        AnalysedArticle plain = AnalysedArticle.of(STORY + "\n\n" + footer);
        assertTrue(learned.copyWords() < plain.copyWords());
    }

    @Test
    void invariantsHoldOnRandomTexts() {
        Random random = new Random(7);
        String[] vocabulary = (STORY + " " + OTHER_STORY).split("\\s+");
        for (int trial = 0; trial < 30; trial++) {
            String text = randomText(random, vocabulary, 80 + random.nextInt(200));
            String unrelated = "zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau ".repeat(6);
            AnalysedArticle a = AnalysedArticle.of(text);
            LexicalMatch self = LexicalComparison.compare(a, a, false);
            assertEquals(1.0, self.similarity(), 1e-9, "a text resembles itself fully");
            assertEquals(1.0, self.thisInOther(), 1e-9);
            AnalysedArticle padded = AnalysedArticle.of(text + "\n\n" + unrelated);
            LexicalMatch grown = LexicalComparison.compare(padded, a, false);
            assertTrue(grown.similarity() < 1.0, "adding unrelated text lowers resemblance");
            assertEquals(1.0, grown.otherInThis(), 1e-9, "but the original is still fully contained");
        }
    }

    private static String randomText(Random random, String[] vocabulary, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(vocabulary[random.nextInt(vocabulary.length)]).append(w % 40 == 39 ? "\n\n" : " ");
        }
        return s.toString();
    }

    @Test
    void cjkTextsWithoutSpacesAreCompared() {
        String zh = "北京市政府周二宣布，由于连日暴雨，城市东部的三座桥梁将关闭检修，预计持续两周。交通部门表示，公交线路将临时调整。";
        String page = "今日新闻摘要\n\n" + zh + "\n\n另外，市图书馆将从下周起延长开放时间至午夜，以方便学生复习考试。"
                + "\n\n体育新闻：市足球队在周末的比赛中以三比一战胜对手，球迷们在球场外庆祝到深夜。"
                + "\n\n天气预报：本周后半段气温将明显下降，气象部门提醒市民注意保暖，出行携带雨具。";
        assertEquals(Relation.CONTAINS, relation(page, zh));
        assertEquals(List.of(), LexicalComparison.compare(AnalysedArticle.of(zh),
                AnalysedArticle.of("市图书馆将从下周起延长开放时间至午夜，以方便学生复习考试。"), false).passages());
    }
}

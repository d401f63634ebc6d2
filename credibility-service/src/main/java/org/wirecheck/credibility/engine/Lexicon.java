package org.wirecheck.credibility.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The closed word classes the rules need: reporting verbs (the cues of AP style attribution), the words that end a
 * subject phrase, and the nouns that tell a source's kind. These are grammar, not a list of known articles: every
 * rule built on them works for any name, place or topic.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Verbs of saying: cues that introduce a quotation as well as indirect speech. */
    static final Set<String> SPEECH = words("say", "says", "said", "saying", "tell", "tells", "told", "telling", "add",
            "adds", "added", "adding", "note", "notes", "noted", "noting", "explain", "explains", "explained",
            "explaining", "stated", "announce", "announces", "announced", "claim", "claims", "claimed", "claiming",
            "argue", "argues", "argued", "arguing", "insist", "insists", "insisted", "warn", "warns", "warned",
            "warning", "write", "writes", "wrote", "reported", "reports", "tweeted", "tweets", "posted", "declared",
            "declares", "recalled", "recalls", "commented", "responded", "replied", "asked", "asks", "acknowledged",
            "acknowledges", "admitted", "admits", "confirmed", "confirms", "denied", "denies", "suggested", "suggests",
            "predicted", "predicts", "stressed", "stresses", "emphasized", "emphasised", "contended", "alleged",
            "alleges", "accused", "urged", "urges", "cited", "echoed", "agreed", "revealed", "disclosed",
            "concluded", "testified", "promised", "pledged", "vowed", "threatened", "boasted", "complained",
            "criticized", "criticised", "maintained", "remarked", "conceded", "countered", "charged", "quipped",
            "shouted", "wondered", "estimated", "indicated", "cautioned", "blamed", "described", "called");

    /** Verbs of belief and finding: cues of attributed thoughts and results, never of a quotation. */
    static final Set<String> THOUGHT = words("believe", "believes", "believed", "think", "thinks", "fear", "fears",
            "feared", "expect", "expects", "expected", "hope", "hopes", "hoped", "found", "finds", "shows", "showed",
            "show", "knows", "doubt", "doubts", "worried", "worries", "wants", "wanted");

    /**
     * Verbs of stance and speech acts that PolNeAR counts as cues when a source is their subject ("Lee attacked
     * the plan as …", "the council plans to …"); used for indirect attribution only, never to find a quotation's speaker.
     */
    static final Set<String> STANCE = words("attacked", "attacks", "blasted", "slammed", "condemned", "condemns",
            "questioned", "questions", "mentioned", "pointed", "touted", "praised", "praises", "defended", "defends",
            "defending", "dismissed", "rejected", "rejects", "demanded", "demands", "demanding", "proposed",
            "proposes", "promised", "promises", "promising", "refused", "refuses", "declined", "declines",
            "supported", "supports", "endorsed", "endorses", "opposed", "opposes", "plans", "planned", "intends",
            "hinted", "mocked", "joked", "hailed", "lamented", "reiterated", "repeated", "advised", "recommended",
            "ordered", "asserted", "disputed", "questioning", "criticizing", "accusing", "calling", "urging",
            "arguing", "claiming", "noting", "insisting", "suggesting", "explaining", "announcing", "describing",
            "conceded", "acknowledging", "encouraged", "encouraging", "discussed", "explored", "highlighted",
            "stated", "understands", "understand", "know", "feel", "feels", "felt", "considers", "considered",
            "sees", "see", "saw", "agree", "agrees", "seem", "seems", "seemed", "decided", "estimates",
            "predicts", "expects", "suspects", "suspected", "assumed", "recognized", "admitted", "signaled",
            "vowing", "pledging", "threatening", "warning", "telling", "asking", "wondering", "complaining",
            "charging", "blaming", "praising", "slamming", "hitting", "touting");

    /**
     * Verbs that are a cue in at least half of their occurrences in the PolNeAR train compartment (at least five
     * times), with nouns, adverbs and adjectives removed by hand. Only word counts were taken from the corpus; the
     * list is ordinary English vocabulary of attribution, and the dev and test compartments were not used for it.
     */
    static final Set<String> ATTRIBUTION_VERBS = words("accused", "accuses", "accusing", "acknowledge", "acknowledged",
            "acknowledging", "added", "adding", "adds", "admits", "admitted", "agreed", "alleging", "announce",
            "announced", "announces", "announcing", "argue", "argued", "argues", "arguing", "asked", "asking", "asks",
            "assailed", "asserted", "asserting", "assured", "attacked", "bemoaned", "blamed", "blaming", "blasted",
            "blasting", "blasts", "boasted", "called", "calling", "cautioned", "challenged", "cited", "cites", "citing",
            "claimed", "claiming", "commented", "complained", "conceded", "concluded", "concludes", "condemned",
            "confirmed", "considers", "continued", "criticized", "criticizing", "declare", "declared", "declaring",
            "declined", "decried", "defended", "denied", "denounced", "denouncing", "described", "describes",
            "describing", "disclosed", "discuss", "discussed", "discussing", "dismissed", "dismissing", "echoed",
            "emphasize", "emphasized", "emphasizing", "encouraged", "endorsed", "endorses", "expected", "explained",
            "explaining", "explains", "express", "expressed", "finds", "highlighted", "hints", "indicate", "indicated",
            "indicates", "insist", "insisted", "insisting", "insists", "joked", "lamented", "mention", "mentioned",
            "mentioning", "mentions", "mocked", "mocking", "noted", "notes", "noting", "ordered", "pledges", "pledging",
            "pointed", "pointing", "portray", "portrayed", "posted", "praised", "praises", "praising", "predicted",
            "predicting", "promised", "promising", "proposing", "questioned", "questioning", "quoted", "railed",
            "recalled", "recalling", "recommended", "refused", "refuses", "refusing", "reiterated", "rejected",
            "remarked", "remarking", "repeating", "replied", "reported", "responded", "responds", "retweeted", "reveal",
            "revealed", "reveals", "said", "saying", "says", "seeks", "seemed", "showed", "shows", "signaled",
            "slammed", "slamming", "slams", "speculated", "stated", "stating", "stressed", "suggest", "suggested",
            "suggesting", "suggests", "telling", "tells", "told", "touted", "touting", "tweeted", "tweeting", "urged",
            "urging", "vowed", "vowing", "vows", "warn", "warned", "warning", "wondered", "writes", "wrote");

    /**
     * Verbs that are a cue in at least 40% of their occurrences in the PolNeAR train compartment (at least four times)
     * and are not in the lists above, verb forms picked by hand, then lower bands as the comments below say. Only word
     * counts were taken from the corpus, as for {@link #ATTRIBUTION_VERBS}; each lowering of the bar was kept only
     * when the dev compartment improved too. The break-even: predictions of precision p raise F1 when p > F1 / 2.
     */
    static final Set<String> ATTITUDE_VERBS = words("referring", "offered", "sought", "appeared", "appears", "issued",
            "talked", "hoping", "pushed", "learned", "oppose", "referred", "identified", "praise", "listed", "deemed",
            "reminded", "sounded", "voiced", "requested", "expecting", "convinced", "projected", "emailed", "thanked",
            "pleaded", "reads", "promote", "remembered", "highlighting", "answered", "applauded", "reminding",
            "criticize", "chanted", "forecast", "referenced", "likened", "invoked", "believing", "apologized",
            "predict", "attributed", "championed", "sided", "implied", "implying", "derided", "regarded", "realized",
            "balked", "echoing", "weighed", "recounted", "referencing", "pressing", "labeled", "persuaded",
            "interjected", "knocked", "unveiled", "lashed", "yelled", "documented", "detailing", "rebuked",
            "lambasted", "outlined", "expressing", "disavow", "rejecting", "recognizing", "advocated", "debated",
            "blames", "articulated", "rebuffed", "alluding", "imagined", "portraying", "dismisses", "boasts", "sparred",
            "outlining", "congratulated", "refers", "contends", "cite", "condemning", "fearing", "threaten",
            "credited", "brushed", "chanting", "reacted", "vow", "conclude", "remembers", "proclaimed", "dubbed",
            "rebut", "mused", "complain", "calls",
            // and, counted only right after a subject (a pronoun, a name or a noun of the head lists), in at least
            // half of at least three occurrences (those that then fired wrongly more often than not were removed):
            "blame", "shared", "pressed", "preferred", "offering", "booed", "distanced",
            "presented", "devoted", "thanking", "worry", "unleashed", "releasing", "resist", "apologize", "pivoted",
            "clarified", "envisioned", "criticizes", "acquiesced", "informed",
            "withdrew", "prefers", "renewed", "elaborated", "proceeded", "coined", "aiming",
            "disliked", "congratulating", "ripped", "introduces", "mounted",
            "underscores", "imposed", "framed", "singled", "rips",
            // and verbs that are a cue in 30% to 40% of at least five occurrences: worth it only where the rules'
            // other conditions (a subject, a content clause) hold; those the rules then got right in under 36% of
            // their train firings were removed:
            "talking", "supporting", "voted", "seeking", "backing", "backed", "signed",
            "pushing", "writing", "favored", "describe", "laid", "viewed", "delivering", "ignored", "addressed",
            "embraced", "considering", "endorsing", "welcomed", "persuade", "wonder", "admit", "refuse",
            "celebrated", "noticed", "naming", "launching", "admitting", "listing", "repeat", "recall",
            "recognizes", "disclose", "reply", "remind", "recommend", "answering", "mock", "disavowed", "joking",
            "threatens", "pushes", "dismiss", "bashing",
            // and from 22% to 30%, those that the rules then got right at least 36% of the time on train:
            "seen", "showing", "cast", "offer", "remember", "planning", "knew", "recognize", "identify", "exposed",
            "guess", "attempted", "understood", "dispute", "cheered", "echo");

    /**
     * Words of the lists above that the indirect-speech rule fires on wrongly more often than not: as found by the
     * rules, fewer than a third of them are a cue in the PolNeAR train compartment (mostly nouns such as "attacks",
     * "tweets", or attitudes nested in reported words). They still count as cues next to a quotation.
     */
    static final Set<String> WEAK_CUES = words("saw", "planned", "attacks", "maintained", "believed", "encouraging",
            "feels", "advised", "add", "opposes", "expects", "tweets", "echoing", "intends", "note", "felt",
            "questions",
            "hitting");

    /**
     * Verbs that credit a quotation when they end the clause right after it ("…,” Okafor demanded.): past and present
     * forms of the lists above, with "-ing" forms and the weak cues left out.
     */
    static final Set<String> QUOTATION_VERBS = quotationVerbs();

    private static Set<String> quotationVerbs() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (Set<String> list : List.of(SPEECH, STANCE, ATTRIBUTION_VERBS)) {
            for (String w : list) {
                if ((w.endsWith("ed") || w.endsWith("s") || w.equals("wrote") || w.equals("said") || w.equals("told"))
                        && !w.endsWith("ing") && !WEAK_CUES.contains(w)) {
                    all.add(w);
                }
            }
        }
        // Longer words first, so that the regular expression built from them prefers "added" to "add".
        List<String> sorted = new java.util.ArrayList<>(all);
        sorted.sort((a, b) -> b.length() - a.length());
        return new java.util.LinkedHashSet<>(sorted);
    }

    /** Cues that take a person as object before their content: "told reporters that ...". */
    static final Set<String> TAKES_OBJECT = words("tell", "tells", "told", "telling", "asked", "asks", "warned",
            "warns", "urged", "urges", "accused", "assured", "reminded", "informed");

    /** Cue words that are nouns as often as verbs; they count only right after a subject. */
    static final Set<String> NOUN_LIKE = words("attacks", "questions", "promises", "plans", "demands", "supports",
            "see", "know", "feel", "understand", "agree", "seem", "estimates", "hitting", "calling", "reports",
            "claims", "notes", "note", "claim", "show", "fears",
            "fear", "hopes", "hope", "doubts", "warning", "called", "wants", "found", "expected", "described", "calls",
            "praise", "vow", "cite", "reads", "forecast");

    /** Words between a subject and its cue that belong to neither ("has also said"). */
    static final Set<String> AUXILIARY = words("has", "had", "have", "also", "previously", "later", "recently",
            "would", "will", "could", "may", "might", "then", "once", "repeatedly", "again", "reportedly", "is", "was",
            "were", "are", "did", "does", "do", "further", "publicly", "privately", "still", "already", "even", "had",
            "just", "often", "first", "been", "being", "allegedly", "separately");

    /** Words that end a subject phrase when walking back from a cue. */
    static final Set<String> SUBJECT_STOP = words("that", "which", "who", "whom", "whose", "when", "where", "while",
            "because", "but", "or", "if", "as", "since", "although", "though", "after", "before", "than", "so", "yet",
            "is", "was", "were", "are", "be", "been", "being", "do", "does", "did", "not", "to", "by", "with",
            "without", "into", "onto", "upon", "about", "against", "during", "until", "what", "how", "why", "also",
            "has", "had", "have", "would", "will", "could", "should", "can", "may", "might", "must", "said", "says",
            "say", "told", "once", "then", "there", "here", "now", "however", "even", "just", "only", "both",
            "either", "neither", "nor");

    /** Words that open a sentence before its subject ("But she said …", "Still, Lee added …"). */
    static final Set<String> OPENERS = words("but", "and", "so", "yet", "still", "meanwhile", "later", "however",
            "instead", "now", "then", "also", "separately", "earlier", "last", "on", "in", "at", "this", "week", "year",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday");

    /** First words of an opening phrase that ends at a comma before the subject ("In a statement, Lee said …"). */
    static final Set<String> CLAUSE_OPENERS = words("in", "on", "at", "after", "before", "during", "speaking",
            "asked", "addressing", "writing", "since", "with", "for", "according", "while", "when", "as", "by",
            "from", "under", "last", "this", "earlier", "later", "meanwhile", "however", "still", "but", "and");

    /** Prepositions before a participle cue whose subject is the clause's ("began by saying", "aside from noting"). */
    static final Set<String> PARTICIPLE_PREPOSITIONS = words("by", "from", "while", "after", "before", "without",
            "when", "since", "in");

    /**
     * Words before a pronoun subject that make its clause a relative one ("what he called …", "the plan that she
     * backed"); "which he said" and "that she told" stay attributions.
     */
    static final Set<String> PRONOUN_SUBJECT_NOT_A_SOURCE = words("what", "which", "that", "whom");

    /** The plain verbs of saying. */
    static final Set<String> SAYING = words("said", "says", "say", "told", "tells", "wrote", "writes");

    /** Words that open the question after "asked" ("asked whether", "asked about"). */
    static final Set<String> QUESTION_WORDS = words("whether", "if", "about", "what", "how", "why", "when", "who",
            "which", "for", "to");

    /**
     * Cues whose subject is what is attributed, not who attributes it ("The minister seemed to …"): PolNeAR gives them no
     * source.
     */
    static final Set<String> SOURCELESS = words("seem", "seems", "seemed", "appear", "appears", "appeared");

    /**
     * Nouns (and naming participles) that are a cue in at least 40% of their occurrences in the PolNeAR train
     * compartment, picked from the same word counts as the verb lists.
     */
    static final Set<String> NOUN_CUES = words("assertion", "suggestion", "complaints", "admission", "insistence",
            "assurances", "reluctance", "dubbed", "titled");

    /** Words between a noun cue and its content ("criticism of", "assertion that"). */
    static final Set<String> NOUN_CUE_LINKS = words("that", "of", "about", "over", "from", "for", "to");

    static final Set<String> POSSESSIVES = words("his", "her", "their", "its", "my", "our");

    /** Relative pronouns that stand for the source themselves ("Smith, who said ..."), as PolNeAR annotates. */
    static final Set<String> RELATIVE = words("who", "which", "that");

    static final Set<String> PRONOUNS = words("he", "she", "they", "it", "i", "we", "you");

    static final Set<String> TIME_WORDS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "earlier", "week",
            "month", "year", "last");

    static final Set<String> SOCIAL_PLATFORMS = words("twitter", "x", "facebook", "telegram", "instagram",
            "tiktok", "youtube", "truth social", "threads", "bluesky", "weibo", "vk", "whatsapp", "reddit", "linkedin");

    /**
     * Countries and their usual short forms: as the subject of a cue ("Pakistan claims …", "the United States said")
     * a state speaks, an organisation, never a person, even where the article also writes the name after another
     * capitalised word ("the Azadi Pakistan movement").
     */
    static final Set<String> COUNTRIES = words("afghanistan", "albania", "algeria", "andorra", "angola", "argentina",
            "armenia", "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "benin",
            "bhutan", "bolivia", "bosnia", "botswana", "brazil", "britain", "great britain", "bulgaria", "burkina faso",
            "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "croatia",
            "cuba", "cyprus", "czechia", "czech republic", "denmark", "djibouti", "ecuador", "egypt", "eritrea",
            "estonia", "ethiopia", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece",
            "guatemala", "guinea", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
            "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan",
            "laos", "latvia", "lebanon", "liberia", "libya", "lithuania", "luxembourg", "madagascar", "malawi",
            "malaysia", "maldives", "mali", "malta", "mauritania", "mexico", "moldova", "mongolia", "montenegro",
            "morocco", "mozambique", "myanmar", "namibia", "nepal", "netherlands", "new zealand", "nicaragua", "niger",
            "nigeria", "north korea", "north macedonia", "norway", "oman", "pakistan", "palestine", "panama",
            "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda",
            "saudi arabia", "senegal", "serbia", "sierra leone", "singapore", "slovakia", "slovenia", "somalia",
            "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan", "sweden", "switzerland",
            "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tunisia", "turkey", "turkiye",
            "turkmenistan", "uganda", "ukraine", "united arab emirates", "uae", "united kingdom", "uk", "u.k.",
            "united states", "us", "u.s.", "usa", "america", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen",
            "zambia", "zimbabwe");

    /** Heads of phrases that name a news outlet without naming it ("the paper said"). */
    static final Set<String> MEDIA_HEADS = words("paper", "newspaper", "daily", "outlet", "broadcaster", "network",
            "channel", "magazine", "agency", "tabloid", "website", "times", "post", "journal", "news", "herald",
            "tribune", "gazette", "guardian", "telegraph", "press", "wire", "radio", "tv", "television", "review",
            "observer", "chronicle", "independent", "economist", "reporter", "reporters", "correspondent",
            "journalist", "journalists", "media", "editorial", "report");

    /** Heads of phrases that are documents. */
    static final Set<String> DOCUMENT_HEADS = words("report", "statement", "study", "document", "documents", "memo",
            "letter", "filing", "survey", "poll", "polls", "data", "analysis", "assessment", "cable", "indictment",
            "complaint", "lawsuit", "records", "transcript", "release", "communique", "resolution", "ruling",
            "order", "decree", "law", "bill", "email", "emails", "video", "footage", "research", "figures",
            "estimates", "census", "budget", "book", "article", "paper", "filings", "court papers", "guidelines",
            "reports", "studies", "surveys", "results", "findings", "statements", "statistics");

    /** Heads of phrases that are organisations. */
    static final Set<String> ORGANIZATION_HEADS = words("ministry", "department", "government", "council", "party",
            "army", "military", "police", "committee", "agency", "office", "commission", "organization",
            "organisation", "institute", "society", "university", "union", "bank", "group", "company", "corporation",
            "corp", "inc", "administration", "campaign", "taliban", "authorities", "authority", "court", "embassy",
            "parliament", "congress", "senate", "house", "state", "foundation", "center", "centre", "association",
            "coalition", "alliance", "movement", "front", "forces", "force", "command", "board", "federation",
            "regime", "cabinet", "kremlin", "pentagon", "fbi", "cia", "un", "nato", "who", "imf", "eu", "firm",
            "network", "service", "services", "secretariat", "presidency", "palace", "mission", "team", "club",
            "fund", "trust", "directorate", "bureau", "leadership", "opposition", "province", "city", "county");

    /**
     * Words that open an organisation's name in Arabic, Persian, Pashto and Urdu usage (group, movement, party, army,
     * front, council): "Jamaat Ansarullah", "Tehrik-i-Taliban", "Hizb-e Islami", "Jabhat al-Nusra".
     */
    static final Set<String> ORGANIZATION_NAME_OPENERS = words("jamaat", "jamiat", "tehreek",
            "tehrik", "tahrik", "harakat", "hizb", "hezb", "hezbollah", "hizbullah", "lashkar", "jaish", "sipah",
            "ittehad", "ittihad", "tanzeem", "tanzim", "majlis", "shura", "jabhat", "jabha", "junood", "kataib",
            "ansar");

    /** Heads of phrases that describe people without naming them. */
    static final Set<String> PERSON_HEADS = words("official", "officials", "source", "sources", "spokesman",
            "spokeswoman", "spokesperson", "person", "people", "diplomat", "diplomats", "aide", "aides", "insider",
            "insiders", "officer", "officers", "analyst", "analysts", "expert", "experts", "witness", "witnesses",
            "resident", "residents", "member", "members", "leader", "leaders", "commander", "commanders", "lawmaker",
            "lawmakers", "representative", "representatives", "investigator", "investigators", "prosecutor",
            "prosecutors", "adviser", "advisers", "advisor", "advisors", "employee", "employees", "staffer",
            "staffers", "individual", "individuals", "activist", "activists", "observer", "observers", "critic",
            "critics", "supporter", "supporters", "man", "woman", "men", "women", "someone", "figure", "figures",
            "executive", "executives", "minister", "worker", "workers", "fighter", "fighters", "militant",
            "militants", "soldier", "soldiers", "student", "students", "doctor", "doctors", "villager", "villagers",
            "relative", "relatives", "friend", "friends", "voter", "voters");

    /** Heads that are anonymous whenever no name comes with them (AP: "sources", "officials briefed"). */
    static final Set<String> ALWAYS_ANONYMOUS_HEADS = words("source", "sources", "insider", "insiders", "official",
            "officials", "person", "people", "individual", "individuals", "someone", "diplomat", "diplomats");

    /** Determiners that make a described person unidentified ("a senior official", "two diplomats"). */
    static final Set<String> INDEFINITE = words("a", "an", "one", "two", "three", "four", "five", "several", "some",
            "many", "other", "another", "various", "multiple", "numerous", "few", "senior", "unnamed", "anonymous");

    /** Titles before a person's name. */
    static final Set<String> TITLES = words("mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.",
            "lt.", "col.", "maj.", "capt.", "sgt.", "president", "senator", "governor", "general", "minister",
            "secretary", "mayor", "judge", "justice", "ambassador", "sheikh", "mullah", "maulvi", "imam", "king",
            "queen", "prince", "pope", "chancellor", "commander", "spokesman", "spokeswoman", "professor", "chairman",
            "director", "chief", "leader", "mr", "mrs", "ms", "dr", "candidate", "nominee", "rev.", "father");

    /** Nouns and adjectives that end in "-ly" like an adverb. */
    private static final Set<String> NOT_ADVERBS = words("family", "ally", "italy", "assembly", "supply", "july",
            "rally", "reply", "belly", "bully", "monopoly", "anomaly", "fly", "daily", "weekly", "monthly", "early",
            "only", "lily", "emily", "kelly", "holly", "molly", "sally", "billy", "kimberly", "beverly", "shelly",
            "hillary", "ely", "dolly", "jolly", "elderly", "friendly", "likely", "unlikely", "costly", "nearly",
            "tally",
            "quarterly", "biweekly", "apply", "comply", "imply", "rely", "multiply", "homily", "folly", "gully",
            "jelly");

    /** Whether a lower-case word is an adverb in "-ly" ("frequently", "publicly"), by its ending. */
    static boolean adverb(String lower) {
        return lower.length() > 4 && lower.endsWith("ly") && !NOT_ADVERBS.contains(lower)
                && !PERSON_HEADS.contains(lower);
    }

    /** A word set; repeated words are harmless, so the lists can be grouped by meaning rather than checked by hand. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static boolean capitalized(String word) {
        if (word.length() > 3 && word.charAt(2) == '-' && (word.startsWith("al") || word.startsWith("el"))) {
            // "al-Masri", "el-Sisi": the Arabic article is written in lower case before a name.
            return Character.isUpperCase(word.charAt(3));
        }
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}

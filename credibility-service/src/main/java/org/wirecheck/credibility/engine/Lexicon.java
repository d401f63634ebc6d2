package org.wirecheck.credibility.engine;

import java.util.Arrays;
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
     * Verbs of stance and speech acts that PolNeAR counts as cues when a source is their subject ("Reid attacked
     * Trump as …", "Clinton plans to …"); used for indirect attribution only, never to find a quotation's speaker.
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

    /** Cues that take a person as object before their content: "told reporters that ...". */
    static final Set<String> TAKES_OBJECT = words("tell", "tells", "told", "telling", "asked", "asks", "warned",
            "warns", "urged", "urges", "accused", "assured", "reminded", "informed");

    /** Cue words that are nouns as often as verbs; they count only right after a subject. */
    static final Set<String> NOUN_LIKE = words("attacks", "questions", "promises", "plans", "demands", "supports",
            "see", "know", "feel", "understand", "agree", "seem", "estimates", "hitting", "calling", "reports",
            "claims", "notes", "note", "claim", "show", "fears",
            "fear", "hopes", "hope", "doubts", "warning", "called", "wants", "found", "expected", "described");

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

    /** Relative pronouns that stand for the source themselves ("Smith, who said ..."), as PolNeAR annotates. */
    static final Set<String> RELATIVE = words("who", "which", "that");

    static final Set<String> PRONOUNS = words("he", "she", "they", "it", "i", "we", "you");

    static final Set<String> TIME_WORDS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "earlier", "week",
            "month", "year", "last");

    static final Set<String> SOCIAL_PLATFORMS = words("twitter", "x", "facebook", "telegram", "instagram",
            "tiktok", "youtube", "truth social", "threads", "bluesky", "weibo", "vk", "whatsapp", "reddit", "linkedin");

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
            "estimates", "census", "budget", "book", "article", "paper", "filings", "court papers", "guidelines");

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

    /** A word set; repeated words are harmless, so the lists can be grouped by meaning rather than checked by hand. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static boolean capitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}

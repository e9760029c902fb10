//! The cue inventory: verbs and phrases that attribute content to a source.

use super::{WordSet, lines, word_set};

/// What a cue verb reports, which decides the sources and contents it takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Speech and writing ("said", "denied", "wrote"): any source, quoted or reported content.
    Speech,
    /// Beliefs, intentions and stances ("believes", "wants", "criticized"): only with a source
    /// of their own, never one borrowed from the sentence.
    Belief,
    /// Findings of documents ("the study found", "polls show"): a document as source.
    Evidence,
}

// Reporting verbs, one table per [`CueClass`], a verb a line: its base alone when its forms are
// regular ("add": adds, added, adding; "deny": denies, denied, denying; "argue": argues, argued,
// arguing), else base, third person, past and gerund ("-" where a form is no cue: "reporting
// from Kabul"; "-" before a base that is no cue: "-term", a noun). A verb is listed once.

/// Verbs of speech and writing ([`CueClass::Speech`]).
pub const SPEECH_VERBS: &str = lines![
    "say says said saying",
    "tell tells told telling",
    "add",
    "state",
    "claim",
    "deny",
    "announce",
    "argue",
    "insist",
    "explain",
    "note",
    "warn",
    "write writes wrote writing",
    "report reports reported -",
    "confirm",
    "acknowledge",
    "admit admits admitted admitting",
    "assert",
    "suggest",
    "predict",
    "promise",
    "pledge",
    "vow",
    "declare",
    "allege",
    "complain",
    "contend",
    "concede",
    "reveal",
    "recall",
    "respond",
    "reply",
    "emphasize",
    "emphasise",
    "stress",
    "tweet",
    "assure",
    "remind",
    "inform",
    "speculate",
    "swear swears swore swearing",
    "decry",
    "lambaste",
    "chide",
    "admonish",
    "muse",
    "testify",
    "mention",
    "agree",
    "urge",
    "ask",
    "repeat",
    "hail",
    "accuse",
    "charge",
    "comment",
    "go goes went -",
    "shoot shoots shot -",
    "fire fires fired -",
    "yell",
    "shout",
    "scream",
    "chant",
    "exclaim",
    "mutter",
    "whisper",
    "plead",
    "retort",
    "encourage",
    "implore",
    "insinuate",
    "maintain",
    "estimate",
    "quip quips quipped quipping",
    "joke",
    "boast",
    "indicate",
    "point",
    "call",
    "imply",
    "recount",
    "hint",
    "rebut rebuts rebutted rebutting",
    "disagree",
    "guarantee",
    "reference",
    "detail",
    "post",
    "concur concurs concurred concurring",
    "interject",
    "opine",
    "scoff",
    "fume",
    "bark",
    "exhort",
    "surmise",
    "gush gushes gushed gushing",
    "grumble",
    "sneer",
    "bellow",
    "holler",
    "marvel marvels marveled marveling",
    "make makes made making",
    "proclaim",
    "intone",
    "deadpan",
    "cry cries cried crying",
    "thunder",
    "snap snaps snapped snapping",
    "vent",
    "gripe",
    "grouse",
    "retweet",
    "clarify",
    "confess",
    "reassure",
    "attest",
    "aver avers averred averring",
    "avow",
    "summarize",
    "theorize",
    "hypothesize",
    // (Ghana's and India's "intimated that"; "an intimate dinner" is no cue. Counsel "submitted
    // that …" in India's courts, only before "that": not "submitted a bid".)
    "-intimate intimates intimated intimating",
    "submit submits submitted submitting",
];

/// Verbs of belief, intention and stance ([`CueClass::Belief`]).
pub const BELIEF_VERBS: &str = lines![
    "reckon reckons reckoned -",
    "believe",
    "assume",
    "view",
    "wonder",
    "realize",
    "learn",
    "determine",
    "forecast forecasts forecast forecasting",
    "think thinks thought thinking",
    // "Voters see Clinton as …": with "as" only (see `verb_cue`).
    "see sees saw -",
    "fear",
    "hope",
    "expect",
    "want",
    "worry",
    "doubt",
    "plan plans planned planning",
    "intend",
    // "Caddell continued: …", "The letter continues: “…”" report, as words only (see
    // `WORDS_ONLY`); "we continue to …" does not.
    "continue continues continued -",
    "publish",
    "cite",
    "attack",
    "describe",
    "decline",
    "criticize",
    "assail",
    "reaffirm",
    "deem",
    "prefer prefers preferred preferring",
    "bemoan",
    "presume",
    "infer infers inferred inferring",
    "deduce",
    "recollect",
    "ponder",
    "thank - thanked thanking",
    "persuade",
    "congratulate",
    "vouch",
    "extol",
    "chastise",
    "criticise",
    "blast",
    "condemn",
    "question",
    "demand",
    "defend",
    "praise",
    "reject",
    "dismiss",
    "blame",
    "slam slams slammed slamming",
    "tout",
    "propose",
    "recommend",
    "dispute",
    "counter",
    "endorse",
    "support supports supported -",
    "oppose",
    "know knows knew -",
    "rule",
    "decide",
    "feel feels felt feeling",
    "discuss",
    "signal",
    "echo",
    "express",
    "voice",
    "paint",
    "deride",
    "mock",
    "threaten",
    "reiterate",
    "highlight",
    "brag brags bragged bragging",
    "lament",
    "caution",
    "affirm",
    "refute",
    "downplay",
    "challenge",
    "denounce",
    "lambast",
    "hammer",
    "scold",
    "rebuke",
    "laud",
    "applaud",
    "welcome",
    "commend",
    "-credit credits credited crediting",
    "conclude",
    "label",
    "dub dubs dubbed dubbing",
    "brand",
    "-term - termed terming",
    "characterize",
    "portray",
    "liken",
    "compare",
    "suspect",
    "anticipate",
    "seek seeks sought seeking",
    "advocate",
    "favor",
    "refuse",
    "disclose",
    "unveil",
    "observe",
    "remark",
    "recognize",
    "understand understands understood understanding",
    "consider",
    "promote",
    "back",
    "ignore",
    "speak speaks spoke speaking",
    "talk",
    "vote",
    "rail",
    "lash",
    "weigh",
    "push",
    "press",
    "lay lays laid laying",
    "refer refers referred referring",
    "-order - ordered -",
    "-offer - offered -",
];

/// Verbs of findings ([`CueClass::Evidence`]).
pub const EVIDENCE_VERBS: &str =
    lines!["show", "find finds found finding", "prove", "demonstrate",];

/// The particles that verb `base` is a cue only with ("called on Moscow to stop", "called for
/// an inquiry", "pointed out that", "made clear that …"; "made it clear": see `particle`),
/// parted by spaces; `None` for a verb that needs none.
pub fn needed_particles(base: &str) -> Option<&'static str> {
    Some(match base {
        "call" => "on for",
        "point" => "out to",
        "speak" => "about of out on",
        "talk" => "about of",
        "vote" => "for against",
        "rail" => "against",
        "lash" => "out",
        "weigh" => "in",
        "push" => "for back",
        "press" => "for",
        "comment" => "on",
        "go" => "on",
        "shoot" | "fire" => "back",
        "assume" => "that",
        "lay" => "out",
        "refer" => "to",
        "make" => "clear",
        _ => return None,
    })
}

/// Words before a share of people: "About half of voters", "more than 60 percent", "as many
/// as 40 percent".
pub static SHARE_QUALIFIERS: WordSet = word_set![
    "about", "nearly", "roughly", "almost", "some", "more", "fewer", "less", "than", "at", "least",
    "only", "just", "over", "under", "around", "approximately", "barely", "as", "many",
];

/// Shares of people a poll reports, as one word: "half of voters", "majorities of Democrats".
pub static SHARES: WordSet = word_set![
    "half", "majorities", "majority", "third", "thirds", "two-thirds", "one-third", "quarter",
    "three-quarters", "one-quarter", "most", "plurality",
];

/// Numbers written as words, in a share of people: "Nine in 10".
pub static NUMBER_WORDS: WordSet = word_set![
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Tens written as words, alone or before a number word: "Forty percent", "Thirty-one percent".
pub static TENS_WORDS: WordSet = word_set![
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Verbs that report only words they introduce (with "that", a colon or a quote), being as
/// often verbs of another sense: "posted that …" but "posted the results", "stated that …" but
/// "state Rep. Hoover", "maintained that …" but "maintained a lead", "continued: …" but
/// "continued to interject", "“Never,” he snapped" but "prices snapped back".
pub static WORDS_ONLY: WordSet = word_set![
    "post", "state", "maintain", "continue", "cry", "thunder", "snap", "vent", "gripe", "grouse",
];

/// Verbs of denial, which claim nothing of a bare noun phrase ("rejected the criticism").
pub static DENIAL_VERBS: WordSet = word_set!["reject", "deny", "dismiss", "refute", "rebuff"];

/// The forms of declining to speak ("declined to say whether …").
pub static DECLINE_FORMS: WordSet = word_set![
    "decline", "declines", "declined", "declining", "refuse", "refuses", "refused", "refusing",
];

/// What one declines to do when one declines to comment: "declined to comment", "refused to
/// elaborate", "declined to provide details".
pub static NO_COMMENT: WordSet = word_set![
    "comment", "elaborate", "discuss", "speculate", "respond", "answer", "specify", "say",
    "provide",
];

/// What goes unanswered when someone "did not respond to" it.
pub static UNANSWERED: WordSet = word_set![
    "request", "requests", "message", "messages", "email", "emails", "e-mail", "e-mails",
    "inquiry", "inquiries", "call", "calls", "questions", "queries", "interview",
];

/// Verbs that make their object do what follows ("forced Stumpf to admit …"): the object is
/// the source of the cue after "to".
pub static MAKE_VERBS: WordSet = word_set!["forced", "compelled", "prompted", "led", "got"];

/// Verbs that only ask their object to do what follows ("urged Clinton to explain …"): the cue
/// after "to" reports nothing yet.
pub static ASK_VERBS: WordSet = word_set![
    "asked", "urged", "pressed", "ordered", "told", "challenged", "invited", "encouraged",
    "pushed", "begged", "dared", "wants", "wanted", "expects", "expected",
];

/// Prepositions and particles a cue verb takes into its cue when they open its content
/// ("complained about his mic", "warned of a crisis", "has not ruled out that …").
pub static CUE_PREPOSITIONS: WordSet = word_set!["about", "of", "against", "over", "out", "back"];

/// Verbs whose object comes before their content: "told reporters that …", "urged Moscow to …".
pub static OBJECT_VERBS: WordSet = word_set![
    "tell", "urge", "ask", "warn", "advise", "remind", "inform", "assure", "promise", "accuse",
    "encourage", "implore",
];

/// Heads of a phrase that is told something: an audience or an outlet ("told a news
/// conference", "told the state news agency TASS").
pub static ADDRESSEE_NOUNS: WordSet = word_set![
    "conference", "briefing", "broadcaster", "channel", "station", "radio", "television", "show",
    "program", "programme", "podcast", "audience", "crowd", "rally", "gathering", "meeting",
    "hearing", "forum", "summit", "panel", "interviewer", "journalists", "daily", "newspaper",
    "agency", "magazine", "website", "outlet", "network", "reporters", "students", "supporters",
    "committee", "court", "paper", "advisers", "aides", "donors", "lawmakers", "jury", "staff",
    "viewers", "listeners", "readers", "cabinet", "parliament", "legislature", "assembly",
    "colleagues", "investors", "delegates",
];

/// Speech verbs whose object follows them, so that a noun phrase after them is never their
/// source: "…, Jim Ortiz, called the statement “meaningless”" (not "…," said the statement).
pub static NOT_INVERTED: WordSet = word_set![
    "call", "accuse", "urge", "encourage", "implore", "hail", "charge", "tell", "inform", "remind",
    "assure", "advise", "mention", "reference", "detail", "repeat",
];

/// Words before a past participle that make it an adjective, not a cue ("the reported use").
pub static DETERMINERS: WordSet = word_set![
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "these", "those", "our",
];

/// Works whose title in quote marks may follow them, no quote: "in his 2012 book, ''An American
/// Son''".
pub static TITLED_WORKS: WordSet = word_set![
    "book", "memoir", "column", "essay", "article", "op-ed", "film", "movie", "documentary",
    "show", "song", "album", "novel", "series", "play", "podcast",
];

/// Words of the names of broadcasters and social networks, where words are said ("on ABC
/// News", "on Twitter").
pub static OUTLET_WORDS: WordSet = word_set![
    "News", "Radio", "TV", "Television", "Channel", "Twitter", "Facebook", "Instagram", "X", "CNN",
    "MSNBC", "NPR", "BBC", "CBS", "NBC", "ABC", "Fox", "YouTube", "TikTok",
];

/// Sources a document-finding cue takes ("the study found", "polls show").
pub static DOCUMENTS: WordSet = word_set![
    "study", "studies", "report", "reports", "poll", "polls", "survey", "surveys", "data",
    "research", "analysis", "investigation", "review", "audit", "records", "documents", "document",
    "evidence", "figures", "statistics", "numbers", "team", "probe", "inquiry", "findings",
    "estimates", "memo", "letter", "statement", "resolution", "paper", "average", "video",
    "footage", "recording", "tape", "transcript", "ad", "clip", "results", "chart", "map", "model",
    "slide", "photo", "image", "graphic", "tweet", "tweets", "ruling", "decision", "opinion",
    "filing", "lawsuit", "complaint", "indictment", "verdict", "judgment", "affidavit",
    "editorial", "petition", "article", "column", "op-ed", "website", "email", "emails", "photos",
    "videos", "images", "pictures", "filings", "files", "polling", "projections", "modelling",
    "modeling", "release", "releases",
];

/// Lowercase nouns that make a noun phrase a source, though not a named one ("officials said",
/// "a spokesman said").
pub static SOURCE_NOUNS: WordSet = word_set![
    "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "aide", "aides", "expert", "experts", "analyst", "analysts", "critic", "critics", "supporter",
    "supporters", "lawmaker", "lawmakers", "people", "person", "witness", "witnesses", "residents",
    "police", "prosecutors", "investigators", "authorities", "government", "ministry", "campaign",
    "committee", "statement", "report", "study", "poll", "survey", "group", "leaders", "leader",
    "president", "minister", "spokesmen", "diplomats", "diplomat", "observers", "economists",
    "scientists", "researchers", "doctors", "activists", "advocates", "opponents", "rivals",
    "members", "officers", "agency", "department", "administration", "regime", "backers", "voters",
    "americans", "democrats", "republicans", "candidate", "nominee", "senator", "governor",
    "mayor", "judge", "lawyer", "lawyers", "attorney", "attorneys", "reporters", "journalist",
    "newspaper", "network", "website", "magazine", "paper", "outlet", "court", "council", "board",
    "team", "party", "company", "firm", "organization", "organisation", "white", "kremlin",
    "surrogates", "surrogate", "allies", "ally", "advisers", "adviser", "advisors", "advisor",
    "negotiators", "protesters", "demonstrators", "panel", "union", "users", "fans", "friends",
    "friend", "relatives", "family", "neighbors", "neighbours", "colleagues", "staff", "employees",
    "workers", "students", "parents", "citizens", "locals", "insiders", "strategists", "pollsters",
    "historians", "economist", "scientist", "researcher", "professor", "author", "authors",
    "writer", "editor", "editors", "columnist", "reporter", "correspondent", "media",
    "broadcaster", "newspapers", "outlets", "agencies", "television", "embassy", "military",
    "office", "offices", "lady", "democrat", "republican", "mp", "mps", "mla", "mlas", "mep",
    "meps", "nurse", "nurses", "teacher", "teachers", "physician", "physicians", "paramedics",
    "firefighters", "farmer", "farmers", "patients", "tenants", "owner", "owners", "commuters",
    "passengers", "riders", "drivers", "shoppers", "renters", "homeowners", "customers",
    "motorists", "retirees", "pensioners", "seniors", "families", "survivors", "victims",
    "councillors", "councilors", "merchants", "vendors", "landlords", "consumers", "growers",
];

/// Words between a source and its cue that neither end the source nor carry content: auxiliaries,
/// negation and adverbs ("has repeatedly said", "also told", "had previously denied").
pub static BETWEEN_SOURCE_AND_CUE: WordSet = word_set![
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "both",
    "repeatedly", "previously", "later", "then", "recently", "again", "further", "reportedly",
    "publicly", "privately", "already", "just", "once", "still", "even", "long", "often",
    "frequently", "first", "initially", "quickly", "immediately", "flatly", "strongly", "firmly",
    "openly", "explicitly", "simply", "angrily", "bluntly", "separately", "earlier",
    "subsequently", "apparently", "allegedly", "now", "never", "always", "did", "does", "do",
    "not", "too", "herself", "himself", "themselves", "personally", "clearly", "correctly",
    "incorrectly", "falsely", "wrongly", "rightly", "accurately", "reiterated", "may", "might",
    "could", "should", "can", "must", "perhaps", "there", "here", "only", "today", "yesterday",
    "tonight", "yet", "twice", "ever", "remain", "remains",
];

/// Adjectives of a source that knows, before their preposition ("people familiar with the
/// matter", "officials briefed on the talks").
pub static INFORMED: WordSet = word_set!["familiar", "briefed", "knowledgeable", "close"];

/// Words that open a noun phrase that is a source ("the campaign", "several cast members").
pub static SOURCE_DETERMINERS: WordSet = word_set![
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my",
    "several", "some", "many", "most", "other", "another", "both", "all", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "one", "few", "numerous", "various", "top",
    "senior",
];

/// Words that end a source noun phrase on the way back from its head: prepositions,
/// conjunctions, relatives and verbs of being.
pub static NOT_IN_SOURCE_PHRASE: WordSet = word_set![
    "on", "in", "at", "for", "with", "by", "from", "to", "of", "into", "about", "after", "before",
    "during", "since", "and", "or", "but", "that", "which", "who", "when", "while", "if", "though",
    "although", "whereas", "because", "as", "than", "is", "was", "are", "were", "be", "been",
    "has", "have", "had", "not", "also", "he", "she", "it", "they", "we", "i", "you", "there",
    "then", "so", "what", "let", "make", "made", "help", "where", "why", "despite", "amid",
    "unlike", "without", "via", "toward", "towards", "aside", "away", "off", "up", "down", "out",
    "back",
];

/// Quantifiers that are a source on their own when they open a sentence before its cue ("Some
/// accused Trump of …", "Both have promised …", "Another said …").
pub static QUANTIFIER_SUBJECTS: WordSet = word_set![
    "some", "many", "both", "most", "few", "several", "all", "another"
];

/// Pronouns for people the writer does not name, a source on their own ("Someone called it
/// …", "Nobody believes …").
pub static INDEFINITE_PEOPLE: WordSet = word_set![
    "someone", "somebody", "everyone", "everybody", "nobody", "anyone", "anybody"
];

/// Lowercase words that are never the head of a source noun phrase.
pub static NOT_SOURCE_HEADS: WordSet = word_set![
    "and", "or", "but", "both", "all", "some", "many", "others", "most", "few", "this", "that",
    "these", "those", "it", "there", "which", "who", "what", "one", "nothing", "something",
    "everything", "anything", "much", "more", "less", "time", "times", "day", "days", "week",
    "weeks", "year", "years", "month", "months", "ago", "later", "earlier", "yesterday", "today",
    "tonight", "now", "then", "here", "also", "too", "not", "only", "just", "even", "still",
    "never", "ever", "always", "often", "is", "was", "are", "were", "be", "been", "has", "have",
    "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
    "to", "of", "in", "on", "at", "for", "with", "by", "as", "over", "against", "without", "under",
    "upon", "amid", "among", "despite", "toward", "towards", "across", "through",
];

/// Cue verbs whose base and third-person forms are as often nouns ("the gas attack", "his
/// plans", "battleground states").
pub static NOUN_LIKE: WordSet = word_set![
    "charge", "attack", "question", "plan", "rule", "state", "support", "claim", "report", "show",
    "demand", "counter", "note", "estimate", "promise", "pledge", "vow", "call", "tweet", "find",
    "reply", "respond", "hope", "fear", "doubt", "worry", "want", "stress", "warn", "blast",
    "slam", "tout", "praise", "blame", "defend", "decline", "dispute", "feel", "know", "think",
    "ask", "agree", "mention", "recall", "answer", "add", "back", "forecast", "hint", "guarantee",
    "learn", "view", "reference", "detail", "challenge", "comment",
];

/// Third-person forms of cues that are also plural nouns ("advocates", "reports"): the subject
/// of a verb right after them ("Gun rights advocates said").
pub static PLURAL_NOUN_CUES: WordSet = word_set![
    "advocates", "reports", "claims", "charges", "attacks", "calls", "plans", "promises",
    "pledges", "vows", "tweets", "demands", "estimates", "notes", "replies", "fears", "doubts",
    "hopes", "worries", "questions", "forecasts", "comments", "answers", "challenges", "details",
    "views", "hints", "shows",
];

/// Past tenses and participles that do not end in "-ed" ("his rival made", "the man shot").
pub static IRREGULAR_PAST: WordSet = word_set![
    "made", "said", "told", "gave", "given", "took", "taken", "got", "gotten", "put", "set", "led",
    "left", "won", "lost", "held", "ran", "wrote", "written", "saw", "seen", "knew", "known",
    "thought", "brought", "began", "begun", "came", "went", "gone", "sent", "spent", "built",
    "found", "felt", "kept", "met", "paid", "heard", "sold", "stood", "chose", "chosen", "drove",
    "driven", "rose", "risen", "fell", "fallen", "broke", "broken", "spoke", "spoken", "struck",
    "caught", "taught", "fought", "sought", "bought", "became", "grew", "grown", "drew", "drawn",
    "threw", "thrown", "shot", "hit", "cut", "quit", "meant", "shown", "done", "ate", "eaten",
    "hid", "hidden", "forgot", "forgotten", "swore", "sworn", "bore", "borne", "understood",
];

/// Verbs that cannot open a cue's complement: it would have no subject of its own ("the base
/// that the USA says was used").
pub static AUXILIARIES: WordSet = word_set![
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "does", "did",
];

/// Words that, right after a cue, open an adverbial rather than its content ("said in his
/// interview", "said after the hearing").
pub static ADVERBIAL_OPENERS: WordSet = word_set![
    "in", "into", "on", "at", "after", "before", "during", "when", "while", "since", "as", "via",
    "by", "through", "from", "with", "within", "without", "outside", "inside", "afterward",
    "later", "earlier",
];

/// Occasions of speech that, in a phrase after the content, tell where it was said, not what
/// ("criticized the plan in a statement", "during a campaign stop", "on Twitter").
pub static SPEECH_OCCASIONS: WordSet = word_set![
    "statement", "statements", "interview", "interviews", "tweet", "tweets", "speech", "remarks",
    "conference", "briefing", "op-ed", "rally", "stop", "appearance", "Twitter", "Facebook",
    "post",
];

/// Words that, after a comma, open a clause that ends a claim's content: concessions and
/// contrasts ("…, although …", "…, but …") and a relative clause on a person ("questioned the
/// health of Donald Trump, who is 70", "the reason for the delay, which had …"; "which" measured
/// better on train.jsonl, and a little worse on the dev set). ("and" measured worse.)
pub static CLAUSE_OPENERS: WordSet = word_set![
    "while", "although", "though", "whereas", "but", "yet", "who", "which"
];

/// Nouns that end in "-ly" like adverbs: "the family said", "a close ally said".
pub static LY_NOUNS: WordSet = word_set![
    "family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "daily", "weekly",
    "monthly", "quarterly", "bully",
];

/// Time words that, after one of [`TIME_LEADS`], stand between a source and its cue ("Sanders
/// on Tuesday said", "the company this month announced").
pub static TIME_WORDS: WordSet = word_set![
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "month",
    "year", "weekend", "morning", "afternoon", "evening", "night", "today", "yesterday", "tonight",
];

/// Words that lead a time word between a source and its cue.
pub static TIME_LEADS: WordSet = word_set![
    "on", "this", "last", "that", "earlier", "late", "early", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday",
];

/// Nouns that report, after their owner and before "that": "Trump's claim that …".
pub static REPORTING_NOUNS: WordSet = word_set![
    "claim", "claims", "assertion", "argument", "allegation", "allegations", "belief", "view",
    "warning", "promise", "pledge", "insistence", "suggestion", "contention", "statement",
    "admission", "prediction", "charge", "charges", "accusation", "complaint", "observation",
    "remark", "remarks", "denial", "denials", "theory", "message", "concern", "concerns", "fear",
    "fears", "hope", "warnings", "statements", "assurance", "assurances", "notion", "idea",
    "reports",
];

/// Prepositions that tie a noun phrase to the one before it ("A spokesman for the campaign",
/// "the head of the agency"): a noun phrase after one is not a source by itself.
pub static PREPOSITIONS: WordSet = word_set![
    "of", "for", "at", "from", "with", "in", "on", "through", "by", "about", "across", "among",
    "around", "throughout", "near",
];

/// Capitalized first words of a sentence that open a subordinate clause before the main one
/// ("When Cuomo pointed out …, Giuliani interrupted him").
pub static SUBORDINATORS: WordSet = word_set![
    "When", "If", "After", "Before", "While", "As", "Although", "Because"
];

/// Nouns in -s that modify another noun and are no verb after a subject: "A federal appeals
/// court", "communications director".
pub static NOUN_MODIFIERS: WordSet = word_set![
    "appeals", "news", "sales", "rights", "ethics", "communications", "affairs"
];

/// Words that join a clause to a quote before a cue, which then is no attribution of the quote
/// ("“a crude populism” that he said threatened …").
pub static CLAUSE_JOINERS: WordSet = word_set![
    "and", "but", "or", "if", "because", "unless", "although", "which", "who"
];

/// Words before "as" that make it a comparison, not a clause of time ("such as", "as well as").
pub static COMPARISON_LEADS: WordSet = word_set![
    "as", "such", "same", "so", "just", "well", "long", "soon", "much", "even"
];

/// Verbs of making a document, whose participle qualifies it ("A Pew study published this week
/// found").
pub static PUBLISH_VERBS: WordSet = word_set!["publish", "issue", "post", "write", "file"];

/// The forms of "be" that make a participle passive ("was asked", "been told").
pub static BE_FORMS: WordSet = word_set!["is", "was", "are", "were", "be", "been"];

/// Capitalized connectives that may open a sentence before its clause ("Yet as …", "But as …").
pub static CONNECTIVES: WordSet = word_set!["Yet", "But", "And", "So", "Still"];

/// Object pronouns, addressees of a cue ("told him", "assured us").
pub static OBJECT_PRONOUNS: WordSet = word_set!["him", "her", "them", "us", "me", "you"];

/// Nouns of a stretch of time after "for" ("has argued for years that").
pub static DURATIONS: WordSet = word_set!["time", "years", "months", "weeks", "decades"];

/// Conjunctions after "even" that open the writer's clause ("even though", "even if").
pub static EVEN_CONJUNCTIONS: WordSet = word_set!["though", "if", "as", "when", "so"];

/// Determiners of an owned or known noun phrase ("its", "their", "the").
pub static OWNER_DETERMINERS: WordSet = word_set!["its", "their", "his", "her", "the"];

/// Nouns of what someone says, whose owner speaks the quote after a colon: "Her message was
/// simple: “…”", "His answer: “…”".
pub static MESSAGE_NOUNS: WordSet = word_set![
    "message", "answer", "response", "reply", "advice", "verdict", "warning", "words", "plea",
    "reaction", "explanation", "assessment", "conclusion", "view",
];

/// Possessives, owners of a reporting noun ("Trump's claim that …", "her warning that …").
pub static POSSESSIVES: WordSet = word_set!["'s", "’s", "his", "her", "their", "its"];

/// Verbs of belief that may close the clause they report or interrupt it: "…, Clinton allies
/// believe.", "…, the study concluded.", "Such efforts, they believe, will …"
pub static CLOSING_BELIEFS: WordSet = word_set![
    "believe", "think", "fear", "hope", "expect", "suspect", "conclude", "reckon", "worry",
];

/// Verbs of a decision that may close the clause they report, never interrupt it: "…, the judge
/// ruled." ("… from British rule before …" is a noun.)
pub static CLOSING_DECISIONS: WordSet = word_set!["rule", "decide"];

/// Nouns of the writer's apposition that sums up a reported act: "…, Okafor announced Monday,
/// a move colleges warn could …", "…, he said, a sign that …".
pub static SUMMING_NOUNS: WordSet = word_set![
    "move", "step", "decision", "sign", "signal", "reversal", "shift", "blow", "setback", "rebuke",
    "departure", "gesture", "concession", "development", "turnaround", "program", "programme",
    "policy", "plan", "measure", "proposal",
];

/// Adjectives of belief that a clause with "that" follows after "is" or "remains": "is confident
/// that …", "were adamant that …".
pub static BELIEF_ADJECTIVES: WordSet = word_set![
    "confident", "convinced", "certain", "adamant", "optimistic", "hopeful", "sure", "concerned",
    "skeptical", "sceptical", "aware",
];

/// Words before a cue's form that make it an adjective or a noun ("the most wanted", "a very
/// informed", "new rules", "the latest estimates").
pub static ADJECTIVE_LEADS: WordSet = word_set![
    "'s", "’s", "more", "most", "less", "very", "new", "recent", "latest", "similar"
];

/// Adverbs of time beside a question put to someone: "was once asked", "asked again whether".
pub static ASKED_WHEN: WordSet = word_set!["once", "later", "again", "also", "then"];

/// Conjunctions of a condition or a time that open a clause ("If elected, he said …").
pub static CONDITIONS: WordSet = word_set!["when", "if", "unless", "until"];

/// Words before a name that make it the subject of a clause ("said Trump had …", "and Clinton
/// said").
pub static SUBJECT_LEADS: WordSet = word_set!["said", "says", "that", "and", "but"];

/// Words that end a time counted back ("hours later", "days ago").
pub static AGO: WordSet = word_set!["later", "ago", "earlier"];

/// Conjunctions of time and cause that open a clause of the writer's ("…, as Pyongyang
/// fired …", "…, after the vote").
pub static TIME_CONJUNCTIONS: WordSet = word_set!["as", "after", "amid", "when", "because"];

/// Coordinating conjunctions that may open a clause.
pub static CONJUNCTIONS: WordSet = word_set!["and", "but", "yet", "so"];

/// Words before a name that open the clause it is the subject of ("… when Trump, after …,").
pub static CLAUSE_LEADS: WordSet = word_set!["when", "while", "as", "that", "and"];

/// Conjunctions and prepositions of time or means that open an aside before a gerund ("…,
/// before admitting …", "Trump, after railing against …, produced …").
pub static ASIDE_OPENERS: WordSet = word_set!["before", "after", "while", "when", "by", "without"];

/// Words that open an indirect question ("asked whether …", "said why …").
pub static QUESTION_WORDS: WordSet = word_set![
    "whether", "if", "why", "how", "what", "who", "when", "where", "which"
];

/// Conjunctions of a time of the writer's after a source ("said a spokesman when reached").
pub static WRITERS_TIME_OPENERS: WordSet = word_set![
    "when", "while", "after", "before", "because", "since", "until"
];

/// Prepositions of circumstance that a cue's participle may follow ("after repeated clashes").
pub static CIRCUMSTANCE_PREPOSITIONS: WordSet = word_set![
    "after", "amid", "despite", "over", "against", "among", "into"
];

/// Words that open the members of a group named before them ("Several candidates, including
/// Trump, said").
pub static MEMBER_LEADS: WordSet = word_set!["including", "like"];

/// Conjunctions that open the writer's clause after the object of a cue ("defended the plan
/// after new figures showed …").
pub static OBJECT_CLOSING_CONJUNCTIONS: WordSet = word_set![
    "after", "before", "when", "because", "since", "until", "while", "once"
];

/// Words of time before a clause that are no subject's ("since Tuesday", "later").
pub static TIME_BEFORE_CLAUSE: WordSet =
    word_set!["after", "before", "since", "until", "later", "earlier"];

/// Words after an opening gerund that show it takes an object: "Helping thousands of
/// families, …", "Urging some to stay, …".
pub static GERUND_OBJECT_LEADS: WordSet = word_set![
    "to", "hundreds", "thousands", "dozens", "millions", "some", "many", "several"
];

/// Adverbs of frequency that stand before a clause's verb, never inside a noun phrase: "said
/// plants often fail because …" is a clause, not the cue's object.
pub static PREVERBAL_ADVERBS: WordSet = word_set![
    "often", "never", "always", "usually", "rarely", "seldom", "sometimes", "frequently"
];

/// Words that make what a denial denies more than a bare noun phrase ("denied that …",
/// "dismissed the report as …").
pub static DENIED_CLAUSE_WORDS: WordSet = word_set!["that", "as", "to", "of", "about", "was", "is"];

/// Words after "little" or "nothing" that show no words were said ("said little about it").
pub static NOTHING_SAID_TAILS: WordSet = word_set!["about", "of", "on", "more", "else", "new"];

/// Subordinators after a sentence's opening conjunction ("But if …", "And while …").
pub static SUBORDINATORS_AFTER_CONJUNCTION: WordSet =
    word_set!["if", "when", "while", "although", "though", "because"];

/// The months, which a time after "in" names ("endorsed Sanders in December").
pub static MONTHS: WordSet = word_set![
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
];

/// Words after a comma that go on with a content rather than open the main clause after an
/// opening subordinate one: "…, and that …", "…, as was the case", "…, one that is …".
pub static NOT_CLAUSE_OPENERS: WordSet = word_set![
    "and", "or", "but", "as", "if", "when", "while", "because", "though", "although", "one",
    "given", "including", "which", "who", "where", "with", "from", "not",
];

/// Relative words that open a clause about the noun before them ("the group, which …").
pub static RELATIVE_OPENERS: WordSet = word_set!["who", "which", "whose", "where"];

/// Small counts that open a list of sources after "according to" ("two officials").
pub static SMALL_COUNTS: WordSet = word_set!["two", "three", "one", "both"];

/// Words in "-ing" that are no gerund ("denied wrongdoing", "denied anything").
pub static NOT_GERUNDS: WordSet =
    word_set!["wrongdoing", "anything", "nothing", "everything", "king"];

/// Prepositions before a place or a time that can close a content ("on Tuesday", "in Ohio").
pub static PLACE_PREPOSITIONS: WordSet = word_set!["on", "in", "at", "during"];

/// Words that open a complement clause ("said that …", "asked whether …").
pub static COMPLEMENT_OPENERS: WordSet = word_set!["that", "to", "whether", "if", "how", "why"];

/// Words after "but" that start a second predicate of the same subject ("but could not …").
pub static PREDICATE_CONTINUERS: WordSet = word_set!["could", "also", "still", "not"];

/// Words before a day between a source and its cue ("Spicer on Thursday said").
pub static DAY_LEADS: WordSet = word_set!["on", "last", "this", "early", "late"];

/// Words that count a span of time ("a few days ago", "several weeks later").
pub static TIME_COUNTS: WordSet = word_set!["a", "an", "few", "several"];

/// Finite forms of "be": before a past form a passive ("Trump was criticized"), before a
/// gerund a progressive ("is calling the candidate “fit”").
pub static FINITE_BE: WordSet = word_set!["was", "were", "is", "are"];

/// Conjunctions that open a sentence before its subject ("But", "And", "Yet", "Still").
pub static SUBJECT_CONJUNCTIONS: WordSet = word_set!["but", "and", "yet", "still"];

/// Words before a quoted name that make it what is said, not who says it ("said “…”").
pub static SAID_LEADS: WordSet = word_set!["that", "saying", "said", "says"];

/// Object pronouns that a stance can take alone ("backed him", "doubt it").
pub static STANCE_OBJECTS: WordSet = word_set!["him", "her", "them", "it"];

/// Titles in capitals that name an office, not a name ("CEO", "MP"): Kenya's cabinet and
/// principal secretaries and county members ("Health CS Aden Duale", "Kapseret MCA Peter
/// Chomba"), South Africa's provincial members ("MEC Ramokgopa"), and police ranks of India,
/// Pakistan and Nigeria ("DSP Rajesh Kumar", "SP Olugbenga Fadeyi", "the IGP").
pub static CAPITAL_TITLES: WordSet = word_set![
    "CEO", "MP", "MLA", "MPP", "MSP", "MEP", "MNA", "MHA", "CM", "CS", "PS", "CAS", "MCA", "MEC",
    "SP", "DSP", "ASP", "SSP", "CSP", "ACP", "DCP", "SHO", "IGP", "DIG", "AIG", "DGP",
];

/// Whether `w` is one of [`CAPITAL_TITLES`] in the plural: the holders of an office ("MPs",
/// "CEOs"), no one's name.
pub fn is_capital_title_plural(w: &str) -> bool {
    w.len() <= 4
        && w.strip_suffix('s').is_some_and(|one| {
            one.bytes().all(|b| b.is_ascii_uppercase()) && CAPITAL_TITLES.contains(one)
        })
}

/// Marks before a closing quote mark that end spoken words (`,”`, `!”`, `?”`).
pub static SPEECH_END_MARKS: WordSet = word_set![",", "!", "?"];

/// Closing double quote marks, curly, straight or typed as two apostrophes.
pub static DOUBLE_CLOSERS: WordSet = word_set!["”", "\"", "''"];

/// Bodies that hear evidence: "the court heard", "the inquest heard".
pub static HEARING_BODIES: WordSet = word_set![
    "court", "jury", "inquest", "tribunal", "hearing", "inquiry", "trial"
];

/// Cues that are nouns before "for" ("support for them", "praise for the plan").
pub static NOUNS_BEFORE_FOR: WordSet = word_set!["support", "praise", "demand"];

/// Words after a noun that a past verb makes a cue ("issued a warning that", "sounded a call
/// for").
pub static NOUN_CUE_LINKS: WordSet = word_set!["that", "for", "on"];

/// Marks after "commented" that show its quote is its content ("commented: “…”").
pub static COMMENT_ENDS: WordSet = word_set![":", ".", ","];

/// Object pronouns that a gerund of "call" names ("…, calling it “a disgrace”").
pub static GERUND_OBJECTS: WordSet = word_set!["it", "him", "them"];

/// Marks that end an object in its clause ("called the police;").
pub static OBJECT_ENDS: WordSet = word_set![",", ";", ")"];

/// Conjunctions right after a cue before another one ("said before adding: “…”").
pub static ADDING_CONJUNCTIONS: WordSet = word_set!["before", "while", "after"];

/// Forms of "have" before "since" ("has since said").
pub static HAVE_FORMS: WordSet = word_set!["has", "have", "had"];

/// Words that join a quote to the one before it ("…,” he said, but “…”").
pub static QUOTE_JOINERS: WordSet = word_set!["and", "but", "still"];

/// Subjects that point back to the sentence before ("That's according to …").
pub static ANAPHORIC_SUBJECTS: WordSet = word_set!["That", "This", "It"];

/// Forms of "ask" before "if" that asks ("asked if").
pub static ASK_FORMS: WordSet = word_set!["asked", "ask", "asks"];

/// Words after "plead" that make it a plea in court ("pleaded guilty", "pleaded not guilty").
pub static PLEAS: WordSet = word_set!["guilty", "not", "no"];

/// Currency signs, which open a sum of money ("$2 billion").
pub static CURRENCY_SIGNS: WordSet = word_set!["$", "£", "€"];

/// Relative pronouns that may be their clause's object ("which the Budget Office says …").
pub static OBJECT_RELATIVES: WordSet = word_set!["which", "who", "whom"];

/// Cues that name their object something ("called it a failure", "dubbed", "labeled",
/// "termed").
pub static NAMING_VERBS: WordSet = word_set!["call", "dub", "label", "term"];

/// Conjunctions that open a sentence ("But", "And", "Yet").
pub static OPENING_CONJUNCTIONS: WordSet = word_set!["But", "And", "Yet"];

/// Words that join a second predicate to the first ("…, but also contended", "and").
pub static COORDINATORS: WordSet = word_set!["and", "but", "to"];

/// Subject pronouns that open a clause of time after "as" ("as he issued a statement").
pub static CLAUSE_SUBJECT_PRONOUNS: WordSet = word_set!["he", "she", "they"];

/// Words between the names of an occasion's people ("with", "'s").
pub static OCCASION_NAME_LINKS: WordSet = word_set!["with", "'s", "’s"];

/// Units of time of a day or less ("two days ago", "hours later").
pub static DAY_UNITS: WordSet = word_set!["day", "days", "hours"];

/// Words before a title that qualify it ("former", "then", "acting").
pub static TITLE_QUALIFIERS: WordSet = word_set!["former", "then", "acting"];

/// Adjectives that rank a source ("top aides", "senior officials", "other").
pub static RANK_ADJECTIVES: WordSet = word_set!["top", "senior", "other"];

/// Conjunctions that end a participle phrase looked back over ("and", "but", "or").
pub static CLAUSE_CONJUNCTIONS: WordSet = word_set!["and", "but", "or"];

/// Relative pronouns that may open a relative clause before its source ("which the ministry
/// said", "what she called").
pub static RELATIVE_PRONOUNS: WordSet = word_set!["which", "who", "whom", "that", "what"];

/// Marks that end a clause inside a content ("," ";" "—" "(" ":").
pub static CLAUSE_BREAKS: WordSet = word_set![",", ";", "—", "–", "--", "(", ":"];

//! The cue inventory: verbs and phrases that attribute content to a source.

use super::{WordSet, word_set};

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

/// Reporting verbs: base, third person, past and gerund, separated by spaces ("-" where a form is
/// no cue: "reporting from Kabul"); and their class.
pub const VERBS: &[(&str, CueClass)] = {
    use CueClass::*;
    &[
        ("say says said saying", Speech),
        ("tell tells told telling", Speech),
        ("add adds added adding", Speech),
        ("state states stated stating", Speech),
        ("claim claims claimed claiming", Speech),
        ("deny denies denied denying", Speech),
        ("announce announces announced announcing", Speech),
        ("argue argues argued arguing", Speech),
        ("insist insists insisted insisting", Speech),
        ("explain explains explained explaining", Speech),
        ("note notes noted noting", Speech),
        ("warn warns warned warning", Speech),
        ("write writes wrote writing", Speech),
        ("report reports reported -", Speech),
        ("confirm confirms confirmed confirming", Speech),
        (
            "acknowledge acknowledges acknowledged acknowledging",
            Speech,
        ),
        ("admit admits admitted admitting", Speech),
        ("assert asserts asserted asserting", Speech),
        ("suggest suggests suggested suggesting", Speech),
        ("predict predicts predicted predicting", Speech),
        ("promise promises promised promising", Speech),
        ("pledge pledges pledged pledging", Speech),
        ("vow vows vowed vowing", Speech),
        ("declare declares declared declaring", Speech),
        ("allege alleges alleged alleging", Speech),
        ("complain complains complained complaining", Speech),
        ("contend contends contended contending", Speech),
        ("concede concedes conceded conceding", Speech),
        ("reveal reveals revealed revealing", Speech),
        ("recall recalls recalled recalling", Speech),
        ("respond responds responded responding", Speech),
        ("reply replies replied replying", Speech),
        ("emphasize emphasizes emphasized emphasizing", Speech),
        ("emphasise emphasises emphasised emphasising", Speech),
        ("stress stresses stressed stressing", Speech),
        ("tweet tweets tweeted tweeting", Speech),
        ("assure assures assured assuring", Speech),
        ("remind reminds reminded reminding", Speech),
        ("inform informs informed informing", Speech),
        ("speculate speculates speculated speculating", Speech),
        ("swear swears swore swearing", Speech),
        ("decry decries decried decrying", Speech),
        ("lambaste lambastes lambasted lambasting", Speech),
        ("chide chides chided chiding", Speech),
        ("admonish admonishes admonished admonishing", Speech),
        ("muse muses mused musing", Speech),
        ("reckon reckons reckoned -", Belief),
        ("testify testifies testified testifying", Speech),
        ("mention mentions mentioned mentioning", Speech),
        ("agree agrees agreed agreeing", Speech),
        ("urge urges urged urging", Speech),
        ("ask asks asked asking", Speech),
        ("repeat repeats repeated repeating", Speech),
        ("hail hails hailed hailing", Speech),
        ("accuse accuses accused accusing", Speech),
        ("charge charges charged charging", Speech),
        ("comment comments commented commenting", Speech),
        ("yell yells yelled yelling", Speech),
        ("shout shouts shouted shouting", Speech),
        ("scream screams screamed screaming", Speech),
        ("chant chants chanted chanting", Speech),
        ("exclaim exclaims exclaimed exclaiming", Speech),
        ("mutter mutters muttered muttering", Speech),
        ("whisper whispers whispered whispering", Speech),
        ("plead pleads pleaded pleading", Speech),
        ("retort retorts retorted retorting", Speech),
        ("encourage encourages encouraged encouraging", Speech),
        ("implore implores implored imploring", Speech),
        ("insinuate insinuates insinuated insinuating", Speech),
        ("maintain maintains maintained maintaining", Speech),
        ("estimate estimates estimated estimating", Speech),
        ("quip quips quipped quipping", Speech),
        ("joke jokes joked joking", Speech),
        ("boast boasts boasted boasting", Speech),
        ("indicate indicates indicated indicating", Speech),
        ("point points pointed pointing", Speech),
        ("call calls called calling", Speech),
        ("believe believes believed believing", Belief),
        ("assume assumes assumed assuming", Belief),
        ("view views viewed viewing", Belief),
        ("wonder wonders wondered wondering", Belief),
        ("realize realizes realized realizing", Belief),
        ("learn learns learned learning", Belief),
        ("determine determines determined determining", Belief),
        ("forecast forecasts forecast forecasting", Belief),
        ("imply implies implied implying", Speech),
        ("recount recounts recounted recounting", Speech),
        ("hint hints hinted hinting", Speech),
        ("rebut rebuts rebutted rebutting", Speech),
        ("disagree disagrees disagreed disagreeing", Speech),
        ("guarantee guarantees guaranteed guaranteeing", Speech),
        ("think thinks thought thinking", Belief),
        ("fear fears feared fearing", Belief),
        ("hope hopes hoped hoping", Belief),
        ("expect expects expected expecting", Belief),
        ("want wants wanted wanting", Belief),
        ("worry worries worried worrying", Belief),
        ("doubt doubts doubted doubting", Belief),
        ("plan plans planned planning", Belief),
        ("intend intends intended intending", Belief),
        // Only "continued" reports ("Caddell continued: …"); "we continue to …" does not.
        ("continued - - -", Belief),
        ("publish publishes published publishing", Belief),
        ("cite cites cited citing", Belief),
        ("attack attacks attacked attacking", Belief),
        ("describe describes described describing", Belief),
        ("decline declines declined declining", Belief),
        ("criticize criticizes criticized criticizing", Belief),
        ("chastise chastises chastised chastising", Belief),
        ("reference references referenced referencing", Speech),
        ("detail details detailed detailing", Speech),
        ("criticise criticises criticised criticising", Belief),
        ("blast blasts blasted blasting", Belief),
        ("condemn condemns condemned condemning", Belief),
        ("question questions questioned questioning", Belief),
        ("demand demands demanded demanding", Belief),
        ("defend defends defended defending", Belief),
        ("praise praises praised praising", Belief),
        ("reject rejects rejected rejecting", Belief),
        ("dismiss dismisses dismissed dismissing", Belief),
        ("blame blames blamed blaming", Belief),
        ("slam slams slammed slamming", Belief),
        ("tout touts touted touting", Belief),
        ("propose proposes proposed proposing", Belief),
        ("recommend recommends recommended recommending", Belief),
        ("dispute disputes disputed disputing", Belief),
        ("counter counters countered countering", Belief),
        ("endorse endorses endorsed endorsing", Belief),
        ("support supports supported -", Belief),
        ("oppose opposes opposed opposing", Belief),
        ("know knows knew -", Belief),
        ("rule rules ruled ruling", Belief),
        ("decide decides decided deciding", Belief),
        ("feel feels felt feeling", Belief),
        ("discuss discusses discussed discussing", Belief),
        ("signal signals signaled signaling", Belief),
        ("echo echoes echoed echoing", Belief),
        ("express expresses expressed expressing", Belief),
        ("voice voices voiced voicing", Belief),
        ("paint paints painted painting", Belief),
        ("deride derides derided deriding", Belief),
        ("mock mocks mocked mocking", Belief),
        ("threaten threatens threatened threatening", Belief),
        ("reiterate reiterates reiterated reiterating", Belief),
        ("highlight highlights highlighted highlighting", Belief),
        ("brag brags bragged bragging", Belief),
        ("lament laments lamented lamenting", Belief),
        ("caution cautions cautioned cautioning", Belief),
        ("affirm affirms affirmed affirming", Belief),
        ("refute refutes refuted refuting", Belief),
        ("downplay downplays downplayed downplaying", Belief),
        ("challenge challenges challenged challenging", Belief),
        ("denounce denounces denounced denouncing", Belief),
        ("lambast lambasts lambasted lambasting", Belief),
        ("hammer hammers hammered hammering", Belief),
        ("scold scolds scolded scolding", Belief),
        ("rebuke rebukes rebuked rebuking", Belief),
        ("laud lauds lauded lauding", Belief),
        ("applaud applauds applauded applauding", Belief),
        ("welcome welcomes welcomed welcoming", Belief),
        ("commend commends commended commending", Belief),
        ("credit credits credited crediting", Belief),
        ("conclude concludes concluded concluding", Belief),
        ("label labels labeled labeling", Belief),
        ("dub dubs dubbed dubbing", Belief),
        ("brand brands branded branding", Belief),
        (
            "characterize characterizes characterized characterizing",
            Belief,
        ),
        ("portray portrays portrayed portraying", Belief),
        ("liken likens likened likening", Belief),
        ("compare compares compared comparing", Belief),
        ("suspect suspects suspected suspecting", Belief),
        ("anticipate anticipates anticipated anticipating", Belief),
        ("seek seeks sought seeking", Belief),
        ("advocate advocates advocated advocating", Belief),
        ("favor favors favored favoring", Belief),
        ("refuse refuses refused refusing", Belief),
        ("disclose discloses disclosed disclosing", Belief),
        ("unveil unveils unveiled unveiling", Belief),
        ("observe observes observed observing", Belief),
        ("remark remarks remarked remarking", Belief),
        (
            "acknowledge acknowledges acknowledged acknowledging",
            Belief,
        ),
        ("recognize recognizes recognized recognizing", Belief),
        ("understand understands understood understanding", Belief),
        ("consider considers considered considering", Belief),
        ("promote promotes promoted promoting", Belief),
        ("back backs backed backing", Belief),
        ("ignore ignores ignored ignoring", Belief),
        ("speak speaks spoke speaking", Belief),
        ("talk talks talked talking", Belief),
        ("vote votes voted voting", Belief),
        ("rail rails railed railing", Belief),
        ("lash lashes lashed lashing", Belief),
        ("weigh weighs weighed weighing", Belief),
        ("push pushes pushed pushing", Belief),
        ("press presses pressed pressing", Belief),
        ("show shows showed showing", Evidence),
        ("find finds found finding", Evidence),
        ("prove proves proved proving", Evidence),
        (
            "demonstrate demonstrates demonstrated demonstrating",
            Evidence,
        ),
    ]
};

/// Verbs that are a cue only with the particle that follows ("called on Moscow to stop",
/// "called for an inquiry", "pointed out that").
pub const NEEDS_PARTICLE: &[(&str, &[&str])] = &[
    ("call", &["on", "for"]),
    ("point", &["out", "to"]),
    ("speak", &["about", "of", "out", "on"]),
    ("talk", &["about", "of"]),
    ("vote", &["for", "against"]),
    ("rail", &["against"]),
    ("lash", &["out"]),
    ("weigh", &["in"]),
    ("push", &["for", "back"]),
    ("press", &["for"]),
    ("comment", &["on"]),
    ("assume", &["that"]),
];

/// Prepositions a cue verb takes into its cue when they open its content ("complained about
/// his mic", "warned of a crisis").
pub static CUE_PREPOSITIONS: WordSet = word_set!["about", "of", "against", "over"];

/// Verbs whose object comes before their content: "told reporters that …", "urged Moscow to …".
pub static OBJECT_VERBS: WordSet = word_set![
    "tell", "urge", "ask", "warn", "advise", "remind", "inform", "assure", "promise", "accuse",
    "encourage", "implore",
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

/// Sources a document-finding cue takes ("the study found", "polls show").
pub static DOCUMENTS: WordSet = word_set![
    "study", "studies", "report", "reports", "poll", "polls", "survey", "surveys", "data",
    "research", "analysis", "investigation", "review", "audit", "records", "documents", "document",
    "evidence", "figures", "statistics", "numbers", "team", "probe", "inquiry", "findings",
    "estimates", "memo", "letter", "statement", "paper", "average", "video", "footage",
    "recording", "tape", "transcript", "ad", "clip", "results", "chart", "map", "model", "slide",
    "photo", "image", "graphic", "tweet", "tweets", "ruling", "decision", "opinion", "filing",
    "lawsuit", "complaint", "indictment", "verdict", "judgment", "affidavit",
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
    "scientists", "researchers", "doctors", "activists", "advocates", "opponents", "members",
    "officers", "agency", "department", "administration", "regime", "backers", "voters",
    "americans", "democrats", "republicans", "candidate", "nominee", "senator", "governor",
    "mayor", "judge", "lawyer", "lawyers", "attorney", "attorneys", "reporters", "journalist",
    "newspaper", "network", "website", "magazine", "paper", "outlet", "court", "council", "board",
    "team", "party", "company", "firm", "organization", "organisation", "white", "kremlin",
    "surrogates", "surrogate", "allies", "ally", "advisers", "adviser", "advisors", "advisor",
    "negotiators", "protesters", "demonstrators", "panel", "union", "users", "fans", "friends",
    "friend", "relatives", "family", "neighbors", "colleagues", "staff", "employees", "workers",
    "students", "parents", "citizens", "residents", "locals", "insiders", "strategists",
    "pollsters", "historians", "economist", "scientist", "researcher", "professor", "author",
    "authors", "writer", "editor", "editors", "columnist", "reporter", "correspondent", "media",
    "broadcaster", "newspapers", "outlets", "agencies", "television",
];

/// Words between a source and its cue that neither end the source nor carry content: auxiliaries,
/// negation and adverbs ("has repeatedly said", "also told", "had previously denied").
pub static BETWEEN_SOURCE_AND_CUE: WordSet = word_set![
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "repeatedly",
    "previously", "later", "then", "recently", "again", "further", "reportedly", "publicly",
    "privately", "already", "just", "once", "still", "even", "long", "often", "frequently",
    "first", "initially", "quickly", "immediately", "flatly", "strongly", "firmly", "openly",
    "explicitly", "simply", "angrily", "bluntly", "separately", "earlier", "subsequently", "had",
    "apparently", "allegedly", "now", "never", "always", "did", "does", "do", "not", "too",
    "herself", "himself", "themselves", "personally", "clearly", "correctly", "incorrectly",
    "falsely", "wrongly", "rightly", "accurately", "reiterated", "may", "might", "could", "should",
    "can", "must", "perhaps",
];

/// Adjectives of a source that knows, before their preposition ("people familiar with the
/// matter", "officials briefed on the talks").
pub static INFORMED: WordSet = word_set!["familiar", "briefed", "knowledgeable"];

/// Words that open a noun phrase that is a source ("the campaign", "several cast members").
pub static SOURCE_DETERMINERS: WordSet = word_set![
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my",
    "several", "some", "many", "most", "other", "another", "both", "all", "two", "three", "four",
    "five", "one", "few", "numerous", "various", "top", "senior",
];

/// Words that end a source noun phrase on the way back from its head: prepositions,
/// conjunctions, relatives and verbs of being.
pub static NOT_IN_SOURCE_PHRASE: WordSet = word_set![
    "on", "in", "at", "for", "with", "by", "from", "to", "of", "into", "about", "after", "before",
    "during", "since", "and", "or", "but", "that", "which", "who", "when", "while", "if", "though",
    "although", "whereas", "because", "as", "than", "is", "was", "are", "were", "be", "been",
    "has", "have", "had", "not", "also", "he", "she", "it", "they", "we", "i", "you", "there",
    "then", "so",
];

/// Lowercase words that are never the head of a source noun phrase.
pub static NOT_SOURCE_HEADS: WordSet = word_set![
    "and", "or", "but", "both", "all", "some", "many", "others", "most", "few", "this", "that",
    "these", "those", "it", "there", "which", "who", "what", "one", "nothing", "something",
    "everything", "anything", "much", "more", "less", "time", "times", "day", "days", "week",
    "weeks", "year", "years", "month", "months", "ago", "later", "earlier", "yesterday", "today",
    "tonight", "now", "then", "here", "also", "too", "and", "but", "or", "not", "only", "just",
    "even", "still", "is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "does",
    "did", "will", "would", "can", "could", "should", "may", "might", "must", "to", "of", "in",
    "on", "at", "for", "with", "by", "as",
];

/// Cue verbs whose base and third-person forms are as often nouns ("the gas attack", "his
/// plans", "battleground states").
pub static NOUN_LIKE: WordSet = word_set![
    "charge", "attack", "question", "plan", "rule", "state", "support", "claim", "report", "show",
    "demand", "counter", "note", "estimate", "promise", "pledge", "vow", "call", "tweet", "find",
    "reply", "respond", "hope", "fear", "doubt", "worry", "want", "stress", "warn", "blast",
    "slam", "tout", "praise", "blame", "defend", "decline", "dispute", "feel", "know", "think",
    "ask", "agree", "mention", "recall", "answer", "add", "back", "forecast", "hint", "guarantee",
    "learn", "view", "reference", "detail",
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
    "hid", "hidden", "forgot", "forgotten", "swore", "sworn", "bore", "borne",
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
    "in", "on", "at", "after", "before", "during", "when", "while", "since", "as", "via", "by",
    "through", "from", "with", "without", "outside", "inside", "afterward", "later", "earlier",
];

/// Words that, after a comma, open a clause that ends a claim's content: concessions and
/// contrasts ("…, although …", "…, but …"). ("which" and "and" measured worse on the dev set.)
pub static CLAUSE_OPENERS: WordSet =
    word_set!["while", "although", "though", "whereas", "but", "yet"];

/// Nouns that end in "-ly" like adverbs: "the family said", "a close ally said".
pub static LY_NOUNS: WordSet = word_set![
    "family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "daily", "weekly",
    "monthly", "quarterly", "bully",
];

/// Time words that, after one of [`TIME_LEADS`], stand between a source and its cue ("Sanders
/// on Tuesday said", "the company this month announced").
pub static TIME_WORDS: WordSet = word_set![
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "month",
    "year", "weekend", "morning", "afternoon", "evening", "night",
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
    "admission", "prediction", "charge", "accusation", "complaint", "observation", "remark",
    "denial", "denials", "theory", "message", "concern", "concerns", "fear", "fears", "hope",
    "warnings", "statements", "assurance", "assurances", "notion", "idea", "reports",
];

/// Prepositions that tie a noun phrase to the one before it ("A spokesman for the campaign",
/// "the head of the agency"): a noun phrase after one is not a source by itself.
pub static PREPOSITIONS: WordSet = word_set![
    "of", "for", "at", "from", "with", "in", "on", "through", "by", "about",
];

//! Word lists: abbreviations, function words, honorifics, titles and organization words.

use super::{WordSet, lines, word_set};

/// Words that take a period without ending a sentence ("Mr.", "Sen.", "Jan.").
pub static ABBREVIATIONS: WordSet = word_set![
    "Mr", "Mrs", "Ms", "Dr", "St", "ST", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
    "Capt", "Sgt", "Prof", "Rev", "Inc", "Co", "Corp", "Ltd", "vs", "No", "Jan", "Feb", "Mar",
    "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Adm", "Maj", "Cmdr", "Supt",
    "Insp", "Pres", "Atty", "Messrs", "Del", "v", "Cpl", "Const", "Cst", "Det", "Coun", "Ald",
    "Pte", "Fr",
];

/// Capitalized words that open a sentence after a dotted abbreviation ("… the U.S. The …").
pub static SENTENCE_OPENERS: WordSet = word_set![
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That",
    "His", "Her", "Their", "Our", "There", "Its", "On", "At", "As", "If", "When", "While",
];

/// Honorifics that tell a man, part of a person's mention ("Mr Lavrov"; Nigeria's and India's
/// "Alhaji Musa Danjuma", "Shri Ram Nath").
static MALE_HONORIFICS: WordSet =
    word_set!["Mr", "Sir", "Lord", "Alhaji", "Mallam", "Shri", "Encik"];
/// Honorifics that tell a woman (Singapore's and Malaysia's "Madam Tan Bee Lian", "Mdm Siti";
/// "Hajia Amina Bello"; a peer, "Baroness Chakrabarti"; French "Mme Dupont").
static FEMALE_HONORIFICS: WordSet = word_set![
    "Mrs", "Ms", "Miss", "Dame", "Lady", "Madam", "Mdm", "Alhaja", "Hajia", "Smt", "Datin", "Puan",
    "Sheikha", "Baroness", "Mme",
];
/// Honorifics that tell no gender; Malaysia's titles of honour too ("Datuk Seri Anwar Ibrahim",
/// "Tun Mahathir", and "Sri" of "Tan Sri Lee Lam Thye": see [`opens_honorific`]), and the
/// Gulf's "Sheikh" (which Bangladesh's "Sheikh Hasina" bears as a family name) and Zimbabwe's
/// "Cde" (comrade).
static OTHER_HONORIFICS: WordSet = word_set![
    "Dr", "Prof", "Messrs", "Datuk", "Dato", "Tun", "Seri", "Sri", "Sheikh", "Cde"
];

/// Whether words `w` and `next` open a title of honour of two words whose second is an
/// honorific: Malaysia's "Tan Sri", "Puan Sri", "Toh Puan" ("Tan" is a surname elsewhere).
pub fn opens_honorific(w: &str, next: &str) -> bool {
    matches!((w, next), ("Tan" | "Puan", "Sri") | ("Toh", "Puan"))
}

/// The gender that honorific `w` tells, if `w` is one ([`MALE_HONORIFICS`],
/// [`FEMALE_HONORIFICS`], [`OTHER_HONORIFICS`]).
pub fn honorific(w: &str) -> Option<Gender> {
    // (None is longer than eight letters: most names are passed over before the lookups.)
    if w.len() > 8 {
        None
    } else if MALE_HONORIFICS.contains(w) {
        Some(Gender::Male)
    } else if FEMALE_HONORIFICS.contains(w) {
        Some(Gender::Female)
    } else {
        OTHER_HONORIFICS.contains(w).then_some(Gender::Unknown)
    }
}

/// The gender an honorific or pronoun tells, for resolving "he" and "she".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// "Mr", "he".
    Male,
    /// "Mrs", "she".
    Female,
    /// "Dr", or nothing said.
    Unknown,
}

impl Gender {
    /// The other of male and female; unknown stays unknown.
    pub fn other(self) -> Gender {
        match self {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
            Gender::Unknown => Gender::Unknown,
        }
    }
}

/// Abbreviations that end a name, with their period or not ("Apple Inc.", "Martin Luther King
/// Jr.", "Helen Price KC", "Peter Nguyen SC", Australia's senior counsel).
pub static NAME_SUFFIXES: WordSet = word_set![
    "Inc", "Corp", "Co", "Ltd", "LLC", "Plc", "PLC", "Jr", "Sr", "KC", "QC", "SC"
];

/// Last words of a company's name, which "the company" or "the firm" stands for ("Loblaw
/// Companies Ltd.", "Acme Holdings").
pub static COMPANY_ENDS: WordSet = word_set![
    "Inc", "Corp", "Co", "Ltd", "LLC", "Plc", "PLC", "Company", "Companies", "Corporation",
    "Holdings", "Limited",
];

/// Whether `w` ends a name as a suffix does: one of [`NAME_SUFFIXES`], or a numeral in Roman
/// capitals ("King Charles III", "Pope Leo XIV").
pub fn is_name_suffix(w: &str) -> bool {
    NAME_SUFFIXES.contains(w) || is_roman_numeral(w)
}

/// Whether `w` is a numeral of two or more Roman capitals ("II", "XIV"), as a monarch's or an
/// heir's name ends.
pub fn is_roman_numeral(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Short words a title-case headline leaves in lowercase ("Rally for Clinton", "Face Key Test
/// in U.S. Court").
pub static TITLE_FUNCTION_WORDS: WordSet = word_set![
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "nor", "as", "if", "vs", "via", "per",
];

/// Job titles and ranks: they stand before a name but are not part of its mention
/// ("U.S. Secretary of State Rex Tillerson" → "Rex Tillerson").
pub static TITLES: WordSet = word_set![
    "President", "Vice", "Secretary", "State", "Minister", "Prime", "Foreign", "Defense",
    "Defence", "Ambassador", "Senator", "Sen", "Rep", "Representative", "Congressman",
    "Congresswoman", "Del", "Delegate", "Gov", "Governor", "General", "Gen", "Attorney", "Judge",
    "Justice", "Justices", "Chief", "Director", "Chairman", "Chairwoman", "Chair", "Spokesman",
    "Spokeswoman", "Spokesperson", "Speaker", "Leader", "Majority", "Minority", "Mayor", "Deputy",
    "Assistant", "Special", "Counsel", "Adviser", "Advisor", "Officer", "Executive", "CEO",
    "Administrator", "King", "Queen", "Prince", "Princess", "Pope", "Colonel", "Col", "Lt",
    "Lieutenant", "Captain", "Capt", "Sergeant", "Commander", "Admiral", "Adm", "Chancellor",
    "Premier", "Former", "Candidate", "Nominee", "Republican", "Democrat", "Democratic", "GOP",
    "Presidential", "Press", "Dictator", "Professor", "Engineer", "Engr", "Economist", "Analyst",
    "Reporter", "Correspondent", "Editor", "Host", "Anchor", "Commissioner", "Superintendent",
    "Inspector", "Detective", "Constable", "Sheriff", "Lawmaker", "Legislator", "Diplomat",
    "Envoy", "Emir", "Ayatollah", "Cardinal", "Bishop", "Archbishop", "Rabbi", "Imam", "Pastor",
    "Father", "Brother", "Sister", "Uncle", "Aunt", "Mother", "Elder", "Coach", "Founder",
    "Co-founder", "Secretary-General", "Director-General", "Author", "Rev", "Maj", "Major", "Sgt",
    "Supt", "Insp", "Det", "Con", "Ch", "Cpl", "Corporal", "Const", "Cst", "Pte", "Fr", "Pres",
    "Atty", "Treasury", "Interior", "Homeland", "Security", "National", "Health", "Energy",
    "Education", "Trade", "Finance", "Labor", "Commerce", "Agriculture", "Transportation",
    "Veterans", "Affairs", "Intelligence", "House", "Senate", "Senior", "Junior", "Acting",
    "Interim", "Then", "Then-President", "U.N.", "UN", "EU", "NATO", "President-elect",
    "Governor-elect", "Mayor-elect", "Senator-elect", "Chancellor-elect", "Minister-elect",
    "Supervisor", "Elections", "Comptroller", "Controller", "Treasurer", "Auditor", "Prosecutor",
    "Solicitor",
    // Local and parliamentary offices ("Councillor Ana Diaz", "Labour MP Jess Phillips").
    "Councillor", "Cllr", "Cr", "Coun", "Ald", "Councilor", "Taoiseach", "Tánaiste", "Councilman",
    "Councilwoman", "Councilmember", "Alderman", "Alderwoman", "Assemblyman", "Assemblywoman",
    // (Ireland's police officer: "Det Garda Siobhán Keane"; the force is "Garda Síochána".)
    "Garda", "Assemblymember", "MP", "MLA", "MPP", "MSP", "MEP", "MNA", "MHA", "CM", "TD", "CS",
    "PS", "CAS", "Reeve", "Warden", "MCA",
    "MEC", // Police ranks in capitals ("DSP Rajesh Kumar", "SP Olugbenga Fadeyi").
    "SP", "DSP", "ASP", "SSP", "CSP", "ACP", "DCP", "SHO", "IGP", "DIG", "AIG", "DGP",
    // Occupations written before a name ("Comedian Sarah Silverman", "Journalist Jorge Ramos").
    "Comedian", "Journalist", "Actor", "Actress", "Singer", "Rapper", "Columnist", "Historian",
    "Strategist", "Commentator", "Filmmaker", "Producer", "Novelist", "Activist", "Businessman",
    "Businesswoman", "Billionaire", "Entrepreneur", "Lawyer", "Writer", "Student", "Organiser",
    "Organizer", // Sport ("Goaltender Sam Montembeault", "Striker Sam Kerr").
    "Goaltender", "Goalie", "Goalkeeper", "Quarterback", "Striker", "Midfielder", "Defender",
    "Defenceman", "Defenseman", "Winger", "Pitcher", "Skipper", "Manager",
];

/// Titles, most of them abbreviated, and the nouns that stand for them in a description ("Sen.
/// Warren" … "the senator"; "the CM" after "Chief Minister Rekha Gupta"), a pair a line.
const TITLE_ABBREVIATIONS: &str = lines![
    "Sen senator", "Chief cm", "Rep congressman", "Rep congresswoman", "Rep representative",
    "Gov governor", "Gen general", "Pres president", "Adm admiral", "Col colonel", "Capt captain",
    "Lt lieutenant", "Sgt sergeant", "Cpl corporal", "Const constable", "Cst constable",
    "Det detective", "Coun councillor", "Ald alderman", "Pte private", "Fr father", "Maj major",
    "Supt superintendent", "Insp inspector", "Atty attorney", "Del delegate", "Justice judge",
];

/// Whether `abbreviation` is a title that `noun` stands for in a description ("Sen",
/// "senator"); with `None`, whether any title is.
pub fn abbreviated_title(abbreviation: Option<&str>, noun: &str) -> bool {
    // (Each line ends in its noun: most lines are turned away by its last byte alone.)
    TITLE_ABBREVIATIONS.lines().any(|line| {
        line.strip_suffix(noun)
            .and_then(|a| a.strip_suffix(' '))
            .is_some_and(|a| abbreviation.is_none_or(|w| w == a))
    })
}

/// Parts after a hyphen that make a capitalized word an adjective, never a name ("French-language
/// rules", "Obama-era", "Ontario-based", "Liberal-led").
pub static ADJECTIVE_ENDS: WordSet = word_set![
    "era", "based", "led", "style", "language", "speaking", "born", "backed", "controlled",
    "leaning", "linked", "like", "inspired", "related", "owned",
];

/// Capitalized words that are not names: function words, pronouns, days, months and common
/// sentence openers.
pub static NOT_NAMES: WordSet = word_set![
    "The", "A", "An", "And", "But", "Or", "Nor", "If", "In", "On", "At", "For", "From", "To", "Of",
    "By", "With", "As", "Into", "Over", "Under", "About", "Against", "Between", "Through", "He",
    "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
    "Him", "Them", "Us", "Me", "This", "That", "These", "Those", "There", "Here", "What", "When",
    "Where", "Why", "How", "Who", "Whom", "Whose", "Which", "While", "After", "Before", "During",
    "Since", "Until", "Still", "Yet", "So", "Then", "Now", "Also", "Even", "Only", "Just", "Many",
    "Some", "All", "Most", "More", "Much", "Such", "Both", "Each", "Every", "Any", "No", "Not",
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens",
    "Hundreds", "Thousands", "Millions", "Scores", "Eleven", "Twelve", "Twenty", "Thirty", "Forty",
    "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Half", "Several", "Few", "Nearly", "Almost",
    "Roughly", "First", "Second", "Third", "Last", "Next", "Other", "Another", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "June", "July", "August", "September", "October", "November", "December", "Jan",
    "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Yes", "Well", "Oh", "However", "Meanwhile",
    "Although", "Though", "Because", "According", "Asked", "Instead", "Indeed", "Perhaps",
    "Earlier", "Later", "Today", "Tomorrow", "Yesterday", "Tonight", "Mr", "Mrs", "Ms", "Dr",
    "Sir", "Let", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have",
    "Had", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Please", "Thank",
    "Thanks", "God", "Read", "Watch", "Click", "Follow", "Like", "Share", "See", "Photo", "Video",
    "Image", "Getty", "Updated", "Posted", "Advertisement", "Editor", "Note", "Source", "Sources",
    "Officials", "Critics", "Experts", "Supporters", "Advocates", "Aides", "Analysts",
    "Authorities", "Investigators", "Prosecutors", "Witnesses", "Residents", "Protesters",
    "Lawmakers", "Observers", "Internet", "Earth", "Christmas", "Easter", "Ramadan", "Bible",
    "Constitution", "Amendment", "Act", "Minister", "President", "Secretary", "Ambassador",
    "Senator", "Governor", "General", "Universe",
    // Pronouns, prepositions and modifiers that open a sentence ("Despite challenging …, Cruz
    // said", "Anyone expecting …", "Contributing: …").
    "Despite", "Anyone", "Anybody", "Everyone", "Everybody", "Someone", "Somebody", "Nobody",
    "Neither", "Either", "Whoever", "Whichever", "Whenever", "Wherever", "Whatever", "Given",
    "Prior", "Outside", "Rather", "Unlike", "Amid", "Among", "Following", "Regarding", "Current",
    "Multiple", "Known", "Having", "Being", "Looking", "Recognizing", "Contributing", "Recently",
    "Eagerly", "Hastily",
    // Sentence adverbs that open a sentence ("Nonetheless, officials said …").
    "Nonetheless", "Nevertheless", "Moreover", "Furthermore", "Additionally", "Separately",
    "Similarly", "Likewise", "Regardless", "Notably", "Ultimately", "Overall", "Besides",
    "Otherwise", "Hence", "Thus", "Therefore", "Accordingly", "Consequently", "Specifically",
    // The labels of lines that link elsewhere ("READ MORE: …", "WATCH: …", "RELATED: …").
    "READ", "MORE", "WATCH", "RELATED", "LISTEN", "SUBSCRIBE", "ADVERTISEMENT", "CLICK", "ALSO",
    "SEE", "SIGN",
];

/// Words that make up the names of world regions, which are places, not speakers ("Europe",
/// "the Middle East", "Sub-Saharan Africa", "the West").
pub static REGION_WORDS: WordSet = word_set![
    "Europe", "Asia", "Africa", "America", "Americas", "Antarctica", "Oceania", "Eurasia",
    "Scandinavia", "Balkans", "Caribbean", "Caucasus", "Arctic", "Antarctic", "Mideast", "Sahel",
    "Baltics", "Levant", "Maghreb", "Siberia", "Gulf", "Pacific", "Atlantic", "Mediterranean",
    "Middle", "Latin", "Far", "Near", "Horn", "East", "West", "North", "South", "Central",
    "Eastern", "Western", "Northern", "Southern", "Southeast", "Northeast", "Southwest",
    "Northwest", "Sub-Saharan", "Arab", "Persian", "Indo-Pacific", "Asia-Pacific", "European",
    "Asian", "African",
];

/// Last words that make a name a place or a day, not a speaker ("Aston Township", "Trump
/// Tower", "Bank of America Stadium", "Labor Day").
pub static PLACE_WORDS: WordSet = word_set![
    "Township", "County", "Parish", "Borough", "Avenue", "Boulevard", "Road", "Square", "Plaza",
    "Park", "Stadium", "Arena", "Airport", "Station", "Beach", "Island", "Islands", "River",
    "Valley", "Bay", "Lake", "Mountains", "Heights", "Hills", "Bridge", "Tower", "Day", "Basin",
    "Coast", "Peninsula", "Creek", "Harbour", "Harbor", "Canyon", "Falls", "Delta",
];

/// Nouns that describe an organization before its name: "power utility Eskom", "the airline
/// Qantas", "retailer Woolworths".
pub static ORGANIZATION_DESCRIPTORS: WordSet = word_set![
    "utility", "airline", "carrier", "retailer", "broadcaster", "bank", "lender", "insurer",
    "company", "firm", "giant", "miner", "carmaker", "automaker", "chain", "supermarket",
    "regulator", "agency", "network", "publisher", "newspaper", "startup", "operator", "group",
    "conglomerate", "charity", "union", "party", "club", "university", "watchdog", "nonprofit",
    "non-profit", "organization", "organisation", "manufacturer", "exporter",
];

/// Prepositions of place: a name after one ("in Honolulu", "at Midway") is a place, whatever
/// given name it looks like ("Virginia", "Cleveland").
pub static LOCATIVES: WordSet = word_set![
    "in", "at", "near", "across", "outside", "throughout", "around"
];

/// Labels of a newspaper's sections and formats, which open headlines with a colon ("Analysis:
/// Why …") as a speaker's name does ("Pat Caddell: …").
pub static SECTION_LABELS: WordSet = word_set![
    "Analysis", "Letters", "Opinion", "Editorial", "Exclusive", "Commentary", "Review", "Watch",
    "Update", "Breaking", "Live", "Explainer", "Factbox", "Timeline", "Photos", "Video", "Podcast",
    "Interview", "Column", "Obituary", "Correction", "Clarification", "CORRECTION",
    "CLARIFICATION", "UPDATE", "ANALYSIS", "EXCLUSIVE", "BREAKING", "OPINION", "WATCH", "Byline",
    "BYLINE", "VIDEO", "PHOTOS", "Photo", "Note", "Name", "Age", "Wow",
    // Where to reach the writer ("Twitter: @milbank", "EMAIL: …").
    "Twitter", "Email", "EMAIL", "Facebook", "Instagram", "Contact", "Phone", "Website",
];

/// Months that are also names: after a given name they are a surname ("Theresa May").
pub static MONTH_NAMES: WordSet = word_set!["April", "May", "June", "August"];

/// Words before a month that make it a date, not a surname ("in May", "last June").
pub static MONTH_LEADS: WordSet = word_set![
    "in", "of", "since", "until", "till", "by", "last", "next", "early", "late", "mid", "through",
    "from", "during", "this", "on", "before", "after", "between",
];

/// Nouns of a person told by nationality, capitalized but no name: "“…,” the Dutchman said".
pub static NATIONALITY_NOUNS: WordSet = word_set![
    "Dutchman", "Frenchman", "Englishman", "Irishman", "Welshman", "Scotsman", "Dutchwoman",
    "Frenchwoman", "Englishwoman", "Irishwoman", "Welshwoman", "Scotswoman",
];

/// Lowercase particles inside names ("Bashar al-Assad", "Ursula von der Leyen").
pub static NAME_PARTICLES: WordSet = word_set![
    "al", "bin", "ibn", "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le",
    "du", "dos", "das", "el", "ben", "bint", "ter", "ten", "st",
];

/// Words that make a name an organization ("The New York Post", "Justice Department").
pub static ORGANIZATION_WORDS: WordSet = word_set![
    "Post", "Times", "News", "Press", "Agency", "Ministry", "Department", "Party", "Committee",
    "Council", "Commission", "Court", "Institute", "University", "Service", "Office", "Bureau",
    "Association", "Foundation", "Network", "Networks", "Journal", "Tribune", "Herald", "Guardian",
    "Telegraph", "Gazette", "Daily", "Magazine", "Review", "Show", "Reuters", "Kremlin",
    "Pentagon", "Congress", "Senate", "Parliament", "Government", "Administration", "Campaign",
    "Presidency", "Center", "Centre", "Centers", "Group", "Company", "Corporation", "Inc", "Corp",
    "Co", "Ltd", "Plc", "Firm", "Bank", "Fund", "Union", "Organization", "Organisation", "Nation",
    "Nations", "Federation", "League", "Alliance", "Assembly", "Coalition", "Board", "Authority",
    "Police", "Army", "Navy", "Force", "Forces", "Military", "Embassy", "Mission", "Observatory",
    "Watch", "International", "Project", "Trust", "Society", "Forum", "Club", "Team", "Channel",
    "TV", "Radio", "Television", "Broadcasting", "Media", "Examiner", "Breitbart", "PolitiFact",
    "Politico", "Bloomberg", "CNN", "BBC", "Fox", "MSNBC", "NPR", "Facebook", "Twitter", "Google",
    "Microsoft", "Apple", "Amazon", "House", "Hall", "Street", "YouTube", "Instagram", "TikTok",
    "Telegram", "Reddit", "WhatsApp", "LinkedIn", "Snapchat", "Jazeera", "Interfax", "Xinhua",
    "Tass", "TASS", "RIA", "Novosti", "Kyodo", "Yonhap", "Sputnik", "Hill", "Institution",
    "Clinic", "Hospital", "Caucus", "Cabinet", "Secretariat", "Directorate", "Division", "Unit",
    "Staff", "Laboratory", "Lab", "Academy", "School", "Museum", "Library", "Chamber", "College",
    "Hamas", "Hezbollah", "Taliban", "Houthis", "Meta", "Tesla", "Boeing", "Netflix", "OpenAI",
    "Nvidia", "Walmart", "Toyota", "Pfizer", "Moderna", "Gazprom", "Rosneft", "Huawei", "Samsung",
    "Alibaba", "Tencent", "United",
    "Steelworkers", // Companies ("Northwind Motors", "Acme Holdings").
    "Motor", "Motors", "Computer", "Computers", "Airlines", "Airways", "Holdings", "Industries",
    "Technologies", "Pharmaceuticals", "Systems", "Partners", "Capital", "Markets", "Securities",
    "Insurance", "Telecom", "Communications", "Enterprises", "Brands", "Foods", "Stores",
    "Railways", "Airport",
    // Public bodies and utilities ("Alberta Health Services", "Nova Scotia Health", "BC Hydro",
    // "Thames Water", "Canada Energy Regulator", "Via Rail", "Thompson-Nicola Regional District").
    "Services", "Resources", "Regulator", "Operator", "Health", "Hydro", "Rail", "Transit", "Water",
    "District", "Municipality", "City", "Town", "Township", "Registry", "Tribunal", "Inspectorate",
    "Programme", "Minerals", "Mining", "Metals",
    // The prosecution in Commonwealth courts ("The Crown argued"); police ("Scotland Yard",
    // Ireland's "Gardaí"); utilities ("Kenya Power").
    "Crown", "Yard", "Síochána", "Siochana", "Gardaí", "Gardai", "Power",
];

/// Personal pronouns that can be the subject of a reporting verb.
static SUBJECT_PRONOUNS: WordSet = word_set![
    "he", "she", "He", "She", "they", "They", "it", "It", "I", "we", "We", "who"
];

/// The gender that subject pronoun `w` tells, if `w` is one ([`SUBJECT_PRONOUNS`]): plural and
/// neuter ones tell none.
pub fn subject_pronoun(w: &str) -> Option<Option<Gender>> {
    SUBJECT_PRONOUNS.contains(w).then_some(match w {
        "he" | "He" => Some(Gender::Male),
        "she" | "She" => Some(Gender::Female),
        _ => None,
    })
}

/// Offices that a place names before them: "The Alabama senator", "the New York state attorney
/// general".
pub static OFFICE_NOUNS: WordSet = word_set![
    "senator", "governor", "congressman", "congresswoman", "lawmaker", "mayor", "attorney"
];

/// Kin that introduce a name: "His son Chip Carter", "his wife, Heidi Cruz".
pub static KIN_NOUNS: WordSet = word_set![
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow",
    "widower", "grandson", "granddaughter", "nephew", "niece", "cousin", "stepson", "stepdaughter",
    "grandmother", "grandfather",
];

/// Organization words that are also surnames after a given name ("Frank Hill", "Emily Post").
pub static SURNAME_WORDS: WordSet = word_set!["Hill", "Post", "Fox", "Hall", "House", "Power"];

/// Roles that describe a person in an election: "the Republican nominee".
pub static ROLE_NOUNS: WordSet = word_set!["nominee", "candidate", "challenger", "incumbent"];

/// Words before a title that make it another office ("Vice President", "Deputy Secretary").
pub static TITLE_PREFIXES: WordSet = word_set!["Vice", "Deputy", "Assistant", "Associate", "Under"];

/// The articles.
pub static ARTICLES: WordSet = word_set!["a", "an", "the"];

/// "he" and "she", capitalized or not: the pronouns of one person.
pub static HE_OR_SHE: WordSet = word_set!["he", "He", "she", "She"];

/// Whether "’s" after `subject` is "has" or "is", not an owner's mark: "she’s said", "who’s
/// argued".
pub fn contracts_after(subject: &str) -> bool {
    HE_OR_SHE.contains(subject) || subject == "who"
}

/// Words before a country's demonym that make it a language ("in French", "speaks Russian").
pub static LANGUAGE_LEADS: WordSet = word_set![
    "in", "speak", "speaks", "spoke", "speaking", "fluent", "translated"
];

/// Words that may stand between a language's lead and the language, or between languages:
/// "spoke only French", "speaks Russian and a little German".
pub static LANGUAGE_FILLERS: WordSet = word_set![
    "only", "some", "little", "a", "mostly", "mainly", "broken", "perfect", "fluent", "and", "or",
    "both", "either",
];

/// Languages that are no country's demonym, which list with those that are: "French and Farsi".
pub static LANGUAGES: WordSet = word_set![
    "Farsi", "Arabic", "Mandarin", "Cantonese", "Hindi", "Urdu", "Swahili", "Tagalog", "Hebrew",
    "Pashto", "Dari", "Kurdish", "Yiddish", "Punjabi", "Bengali", "Tamil", "Creole", "Latin",
    "English",
];

/// Nouns after a demonym that make it a cuisine: "Thai food", "a Mexican restaurant".
pub static CUISINE_NOUNS: WordSet = word_set![
    "food", "foods", "cuisine", "cooking", "dish", "dishes", "restaurant", "restaurants",
];

/// Family names written before the given name in Chinese and Korean names ("Wang Yi", "Kim
/// Jong Un"), in their common romanizations, those of Singapore, Malaysia and Hong Kong too
/// ("Chee Hong Tat", "Tsang Chi-kin").
pub static FAMILY_FIRST: WordSet = word_set![
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
    "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han",
    "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang",
    "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Cui",
    "Zhong", "Tan", "Fan", "Qian", "Dai", "Mao", "Qin", "Xi", "Hou", "Shao", "Meng", "Lei", "Qiu",
    "Yin", "Kong", "Bai", "Zou", "Xiong", "Jia", "Shi", "Xue", "Fu", "Yan", "Gu", "Hao", "Kang",
    "Wen", "Geng", "Fang", "Tsai", "Chiang", "Hsu", "Chang", "Chou", "Wong", "Chan", "Leung",
    "Cheung", "Lam", "Ng", "Tse", "Yip", "Lau", "Kim", "Lee", "Park", "Choi", "Jung", "Jeong",
    "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong",
    "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Nam", "Noh", "Roh", "Kwak", "Sung", "Cha", "Joo",
    "Woo", "Koo", "Min", "Ryu", "Chun", "Yun", "Mun", "Ban", "Byun", "Chae", "Won", "Chee", "Goh",
    "Ong", "Teo", "Koh", "Tay", "Toh", "Yeo", "Chua", "Loh", "Seah", "Heng", "Quek", "Neo", "Sim",
    "Chia", "Liew", "Soh", "Yap", "Chew", "Leong", "Khoo", "Tsang", "Yeung", "Kwok", "Chow", "Mak",
];

/// The parts of a romanized Chinese or Korean syllable, each a list parted by spaces, longest
/// first: an initial (possibly none: the list ends in an empty one), a vowel group and a coda
/// (possibly none).
pub const SYLLABLE_INITIALS: &str = concat!(
    "zh ch sh hs ts tz kk tt pp ss jj ",
    "b p m f d t n l g k h j q x r z c s y w "
);
/// See [`SYLLABLE_INITIALS`].
pub const SYLLABLE_VOWELS: &str = concat!(
    "iao uai yeo yae wae oo ai ei ao ou ia ie iu ua uo ui ue ae eo eu ",
    "ya ye yo yu wa we wi wo oe a o e i u v"
);
/// The codas of a pinyin syllable ("er" is "e" and "r"), the last none.
pub const PINYIN_CODAS: &str = "ng n r ";
/// The codas of a Korean syllable, the last none.
pub const KOREAN_CODAS: &str = "ng n k l m p t ";

/// The gender a kin or role noun tells ("son", "chairwoman", "spokesman"), in any case.
pub fn gendered_noun(word: &str) -> Gender {
    let lower = crate::text::Lowercase::new(word);
    let noun = lower.as_str();
    if FEMALE_NOUNS.contains(noun) {
        Gender::Female
    } else if MALE_NOUNS.contains(noun) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// Nouns of kin and role that tell a woman ("her daughter", "the chairwoman").
pub static FEMALE_NOUNS: WordSet = word_set![
    "woman", "women", "mother", "daughter", "wife", "sister", "grandmother", "granddaughter",
    "aunt", "niece", "widow", "stepdaughter", "stepmother", "girlfriend", "fiancee", "chairwoman",
    "spokeswoman", "congresswoman", "businesswoman", "councilwoman", "assemblywoman",
    "congresswomen", "actress", "queen", "princess", "duchess", "countess", "girl", "lady", "mom",
    "mum", "grandma", "sportswoman", "policewoman", "stateswoman", "anchorwoman", "waitress",
    "nun", "heiress", "empress", "baroness", "dame",
];

/// Nouns of kin and role that tell a man ("his son", "the chairman").
pub static MALE_NOUNS: WordSet = word_set![
    "man", "men", "father", "son", "husband", "brother", "grandfather", "grandson", "uncle",
    "nephew", "widower", "stepson", "stepfather", "boyfriend", "fiance", "chairman", "spokesman",
    "congressman", "businessman", "councilman", "assemblyman", "king", "prince", "duke", "boy",
    "gentleman", "dad", "grandpa", "sportsman", "policeman", "statesman", "anchorman", "monk",
    "emperor", "baron",
];

/// Collective nouns and plurals with no "-s" of people, which "they" stands for ("The family
/// said … They …", "people familiar with the matter … they said").
pub static COLLECTIVE_NOUNS: WordSet = word_set![
    "family", "couple", "group", "crowd", "team", "staff", "public", "audience", "people",
    "police", "men", "women", "children",
];

/// Groups of people and kinds of evidence that a sentence may open with, capitalized as if a
/// name ("Diplomats said …", "Research shows …"): sources the article describes rather than
/// names.
pub static GROUP_NOUNS: WordSet = word_set![
    "diplomats", "doctors", "scientists", "economists", "activists", "voters", "teachers",
    "students", "parents", "workers", "farmers", "rebels", "troops", "soldiers", "lawyers",
    "locals", "opponents", "organizers", "organisers", "researchers", "negotiators", "regulators",
    "insiders", "officials", "sources", "critics", "experts", "analysts", "residents", "witnesses",
    "protesters", "lawmakers", "observers", "investigators", "prosecutors", "supporters", "aides",
    "police", "authorities", "officers", "detectives", "paramedics", "firefighters", "rescuers",
    "demonstrators", "campaigners", "pollsters", "strategists", "donors", "auditors", "inspectors",
    "senators", "others", "leaders", "ministers", "executives", "nurses", "employees",
    "passengers", "businesses", "companies", "investors", "traders", "families", "relatives",
    "patients", "consumers", "shoppers", "motorists", "commuters", "research", "studies", "data",
    "evidence", "polls", "figures", "statistics", "surveys", "colleges", "universities", "schools",
    "hospitals", "unions", "landlords", "tenants", "employers", "retailers", "banks", "airlines",
    "municipalities", "provinces", "estimates", "records", "results", "tests", "science",
    "history", "experience", "poll", "report", "people", "reporters", "candidates", "politicians",
    "builders",
];

/// Marks that open a sentence's first token after a break ("“", "(", "•").
pub static OPENING_MARKS: WordSet = word_set!["\"", "“", "‘", "'", "''", "(", "[", "•"];

/// Marks that close a quote or an aside ("”", ")").
pub static CLOSING_MARKS: WordSet = word_set!["\"", "”", "’", "'", "''", ")", "]"];

/// Dashes and the colon that end a dateline ("WASHINGTON —", "KABUL:").
pub static DATELINE_ENDS: WordSet = word_set!["-", "—", "―", "–", "--", ":"];

/// The marks a dateline may hold ("WASHINGTON, D.C. (AP) —", "BRUSSELS/OTTAWA (Reuters) -").
pub static DATELINE_MARKS: WordSet =
    word_set!["-", "—", "―", "–", "--", ":", ",", "(", ")", ".", "/"];

/// Marks that end a sentence or a clause inside a quote (". , ! ? …").
pub static CLAUSE_MARKS: WordSet = word_set![".", "?", "!", ",", "…"];

/// Prepositions that carry an organization's name on ("Bank of America", "Center for Responsive Politics").
pub static ORGANIZATION_LINKS: WordSet = word_set!["of", "for", "on"];

/// Plurals that own with "'s" inside an organization's name ("People's Party", "Women's
/// Institute").
pub static PLURAL_OWNERS: WordSet = word_set!["People", "Women", "Children", "Men"];

/// Opening double quote marks of other typographies ("“", "„", "«").
pub static OPENING_QUOTES: WordSet = word_set!["“", "„", "«"];

/// "it" and its forms, which stand for an organization ("It said", "its statement").
pub static IT_FORMS: WordSet = word_set!["it", "It", "its"];

/// Words that part a description from the name after it ("leader of", "and").
pub static DESCRIPTION_BREAKS: WordSet = word_set!["of", "and", "or"];

/// Endings of nouns of people ("teacher", "actress", "economist", "historian", "resident"),
/// separated by spaces.
pub const PERSON_NOUN_ENDINGS: &str = "er or ist ess ian ant ent";

/// The dashes that sign a post or a quote ("― Jamil Smith").
pub static DASHES: WordSet = word_set!["―", "—", "–", "-"];

/// Reflexive pronouns after a name that only stress it ("Sanders himself").
pub static REFLEXIVES: WordSet = word_set!["himself", "herself", "itself"];

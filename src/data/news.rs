//! Curated country usage of English-language news, on top of the generated table: the
//! spellings reporters use, seats of government, and the names that look like countries but
//! are not.

use super::{WordSet, lines, word_set};

/// Spellings missing from, or ruled differently than in, the generated table; a spelling here
/// wins. Lines as in the generated table (code, then names, aliases, demonyms and capitals), with
/// a fifth column for seats of government.
pub const SPELLINGS: &str = include_str!("news-countries.tsv");

/// Names of organizations, places and things that hold a country word but do not name the
/// country; a match inside one of these is not a mention.
pub const NOT_COUNTRIES: &str = lines![
    "USA Today", "Priorities USA", "USA Gymnastics", "USA Swimming",
    "American Enterprise Institute", "American Airlines", "American Express",
    "American Civil Liberties Union", "American Medical Association", "American Action Forum",
    "American Legion", "American Red Cross", "American Bar Association", "Bank of America",
    "Voice of America", "Concerned Women for America", "Americans for Prosperity",
    "Americans United", "Alternative for Germany", "Islamic State", "Islamic State of Iraq",
    "Credit Suisse", "Morgan Stanley", "New Mexico", "New Jersey", "New England",
    "New South Wales", "New Guinea", "New Britain", "Rhode Island", "Washington Post",
    "Washington Times", "Washington Examiner", "Washington Free Beacon", "Washington Monthly",
    "Washington State", "Washington state", "George Washington", "University of Washington",
    "Washington Redskins", "Washington Nationals", "Washington Wizards", "Washington Capitals",
    "Moscow Times", "Russia Today", "China Daily", "Japan Times", "Korea Herald",
    "Turkish Airlines", "Qatar Airways", "British Airways", "British Museum", "Irish Times",
    "Syrian Observatory", "Deutsche Bank", "Paris Agreement", "Paris Hilton", "Jordan River",
    "Georgia Tech", "Lake Chad", "French Quarter", "French fries", "Indian Ocean",
    "Indian Country", "American Indian", "American Indians", "Native American", "Native Americans",
    "Mexican-American", "Mexican-Americans", "African-American", "African-Americans",
    "African American", "African Americans", "Latin American", "Latin Americans", "Latin America",
    "South American", "North American", "Central American", "Central America", "South America",
    "North America", "Asian-American", "Asian Americans", "Asian-Americans", "Irish-American",
    "Italian-American", "Cuban-American", "Cuban-Americans", "Arab-American", "Japanese-American",
    "Chinese-American", "Korean-American", "Indian-American", "English-language",
    "French-language", "Spanish-language", "Arabic-language", "Russian-language",
    "Chinese-language", "German-language", "Spanish-speaking", "French-speaking",
    "Russian-speaking", "Dominican Order", "Georgian Bay", "Guinea pig", "Turkey Point",
    "Ireland Baldwin", "Jersey City", "Canada goose", "Canada geese", "United Russia",
    "A Just Russia", "Iceland Foods", "Chinatown", "British Columbia",
];

/// Words that end the name of a society of people a few capitalized words after a demonym:
/// "Canadian Dental Association", "American Academy of Pediatrics", "Egyptian Red Crescent".
/// (Not a state's own bodies: "Chinese Communist Party", "British Foreign Office".)
pub static SOCIETY_WORDS: WordSet = word_set![
    "Association", "Society", "Institute", "Foundation", "Academy", "Federation", "Chamber",
    "Cross", "Crescent",
];

/// Words that, before a country's name, make the name of one of its agencies or firms:
/// "Statistics Canada", "Health Canada", "Public Health England", "Air Canada", "Team USA".
pub static AGENCY_LEADS: WordSet = word_set![
    "Statistics", "Health", "Elections", "Parks", "Transport", "Environment", "Fisheries",
    "Oceans", "Finance", "Sport", "Affairs", "Safety", "Service", "Services", "Citizenship",
    "Immigration", "Agriculture", "Industry", "Heritage", "Historic", "Air", "Team", "Visit",
    "Destination", "Development", "Infrastructure", "Rail",
];

/// Capitalized words before a country's name that qualify the country, not name an
/// organization ("Nazi Germany", "East Germany").
pub static COUNTRY_QUALIFIERS: WordSet = word_set![
    "Nazi", "East", "West", "North", "South", "Weimar", "Soviet", "Imperial"
];

/// Country names that are also given names or surnames ("Jordan Peterson", "Chad Bray",
/// "Lisa Monaco"): next to another capitalized name they are a person.
pub static PERSON_NAME_COUNTRIES: WordSet = word_set![
    "Jordan", "Chad", "Georgia", "Monaco", "Israel", "India", "Kenya", "Jersey", "Chile", "Cuba",
    "Niger", "Mali", "Sudan", "Tonga", "Samoa", "Lebanon", "Ireland", "France", "Guinea", "Iran",
    "Peru", "Malta", "Cyprus", "Brazil", "Kosovo", "Bermuda", "Panama", "Montserrat", "Washington",
    "Lima", "Victoria", "Sofia", "Valletta", "Paris", "London", "Lincoln", "Lisbon", "Hamilton",
    "Kingston", "Vienna", "Santiago", "Dakar", "Troy", "Athens", "Holland", "Douglas",
];

/// Capitals of small countries whose names are more often a large town elsewhere or a name
/// ("Victoria", B.C.; "Hamilton", Ont.; "Plymouth", England; "Queen Victoria"): they stand for
/// their country only in an article that names the country in another way too.
pub static SHARED_CAPITALS: WordSet = word_set![
    "Victoria", "Hamilton", "Kingston", "Georgetown", "Plymouth", "Douglas", "Jamestown", "Nassau"
];

/// Demonyms that are also surnames: after a given name they are a person ("David French",
/// "Mark Cuban"), not the country.
pub static SURNAME_DEMONYMS: WordSet = word_set!["French", "Cuban", "English", "Welsh", "Irish"];

/// Words that tell that "Georgia" is the country in the Caucasus; without one of them in the
/// text, "Georgia" in English-language news is the U.S. state.
pub static GEORGIA_COUNTRY_CONTEXT: WordSet = word_set![
    "Tbilisi", "TBILISI", "Georgian", "Georgians", "Caucasus", "Abkhazia", "Ossetia",
    "Saakashvili",
];

/// Words that end the name of a road, a movement or a team after a country's word ("Dublin
/// Road", "Sudan Liberation Front", "Chelsea FC").
pub static NAME_ENDERS: WordSet = word_set![
    "Road", "Street", "Avenue", "Boulevard", "Lane", "Drive", "Highway", "Front", "Movement",
    "Brigade", "Brigades", "Liberation", "FC", "Airways", "Club", "Rangers", "County", "Parish",
    "Township",
];

/// Nouns that, after a demonym, name an organization rather than describe a country's thing
/// ("American Medical Association", "British Airways"), besides the organization words of
/// [`ORGANIZATION_WORDS`](super::words::ORGANIZATION_WORDS) ("American Federation of Teachers").
pub static ORGANIZATION_NOUNS: WordSet = word_set![
    "Medical", "Enterprise", "Progress", "Airlines", "Express", "Legion", "Heart", "Cancer",
    "Civil", "Bar", "Conservative", "Petroleum", "Steel", "Motors", "Standard",
];

//! Countries: every mention of a country by name, alias, demonym, capital or seat of
//! government, with its ISO 3166-1 alpha-2 code.
//!
//! One pass over the text tries, at each capitalized word start, every spelling that begins
//! with that word and keeps the longest that ends on a word boundary ("Russian Federation"
//! before "Russian"), case-sensitive. The names that merely hold a country word ("USA Today",
//! "Islamic State") are spellings too, so a match inside one of them is never a country.
//! Context rules then drop people ("Jordan Peterson"), languages and cuisines ("in French",
//! "Thai food"), the U.S. state of Georgia, shouting capitals ("LET US"), and the towns,
//! counties and states of the United States and Canada named like a country or a capital
//! ("Paris, Tenn.", "Douglas County": [`local`]).

mod local;
pub(crate) use local::is_region;

use std::cell::OnceCell;
use std::sync::OnceLock;

use crate::annotations::{Country, CountryMention, Form, Span};
use crate::data::words::{CUISINE_NOUNS, Gender, LANGUAGE_FILLERS, LANGUAGE_LEADS, LANGUAGES};
use crate::data::{FastMap, Lexicon, WordSet, countries as generated, given_name_gender, news};
use crate::offsets::slice;
use crate::text::{Doc, Kind};

/// One country mention found in the text, in byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// Where it is.
    pub span: Span,
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// How the country is named.
    pub form: Form,
}

/// What a spelling stands for.
#[derive(Clone, Copy)]
enum Entry {
    Country(&'static str, Form),
    NotCountry,
}

/// Every spelling, each once (curated usage first, then the generated table, then the names
/// that are not countries), found by its first word.
fn spellings() -> &'static Lexicon<Vec<(&'static str, Entry)>> {
    static SPELLINGS: OnceLock<Lexicon<Vec<(&'static str, Entry)>>> = OnceLock::new();
    SPELLINGS.get_or_init(|| {
        // (Maps from a word to an index, the one map type of the crate's lexicons: a map of
        // each value type would bring a copy of the hash table's code of its own into the wasm.)
        let mut first_words: FastMap<&'static str, u32> = FastMap::default();
        let mut groups: Vec<(&'static str, Vec<(&'static str, Entry)>)> = Vec::new();
        let mut seen: FastMap<&'static str, u32> = FastMap::default();
        let mut add = |spelling: &'static str, entry: Entry| {
            // The first of equal spellings wins.
            if seen.insert(spelling, 0).is_none() {
                let first = first_word(spelling);
                let group = *first_words.entry(first).or_insert_with(|| {
                    groups.push((first, Vec::new()));
                    groups.len() as u32 - 1
                });
                groups[group as usize].1.push((spelling, entry));
            }
        };
        for table in [news::SPELLINGS, generated::SPELLINGS] {
            each_row(table, &mut |spelling, code, form| {
                add(spelling, Entry::Country(code, form));
                // "Syrians", "Pakistanis" ("British" and "Chinese" have no plural in -s), built
                // once, for the program's life.
                if form == Form::Demonym && (spelling.ends_with("an") || spelling.ends_with('i')) {
                    let mut plural = String::with_capacity(spelling.len() + 1);
                    plural.push_str(spelling);
                    plural.push('s');
                    add(
                        Box::leak(plural.into_boxed_str()),
                        Entry::Country(code, form),
                    );
                }
            });
        }
        for spelling in news::NOT_COUNTRIES.lines() {
            add(spelling, Entry::NotCountry);
        }
        Lexicon::new(groups)
    })
}

/// Calls `f` on every spelling of a table, with its code and form: a country a line, its ISO code,
/// then its names, aliases, demonyms (whose plurals in -s the reader derives), capitals and seats,
/// a column each, separated by tabs; the spellings of a column separated by `|`.
fn each_row(table: &'static str, f: &mut dyn FnMut(&'static str, &'static str, Form)) {
    const FORMS: [Form; 5] = [
        Form::Name,
        Form::Alias,
        Form::Demonym,
        Form::Capital,
        Form::Seat,
    ];
    for line in table.lines() {
        let mut columns = line.split('\t');
        let code = columns.next().unwrap_or_default();
        for (column, form) in columns.zip(FORMS) {
            for spelling in column.split('|').filter(|s| !s.is_empty()) {
                f(spelling, code, form);
            }
        }
    }
}

/// The leading letters and digits of `s`: "U" of "U.S.", "Côte" of "Côte d'Ivoire".
fn first_word(s: &str) -> &str {
    let ascii = s.bytes().position(|b| !b.is_ascii_alphanumeric());
    match ascii {
        Some(end) if s.as_bytes()[end].is_ascii() => slice(s, ..end),
        _ => slice(
            s,
            ..s.find(|c: char| !crate::text::is_alphanumeric(c))
                .unwrap_or(s.len()),
        ),
    }
}

/// The byte offsets in the document where a country's name can start: capitalized word starts,
/// and capitals after a hyphen, apostrophe or period inside a word ("anti-American",
/// "U.S.-Russia").
fn name_starts(doc: &Doc) -> Vec<usize> {
    let mut starts = Vec::with_capacity(doc.tokens.len() / 4);
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != Kind::Word {
            continue;
        }
        if t.capitalized {
            starts.push(t.span.start);
        }
        if t.plain {
            continue;
        }
        let w = doc.word(i).as_bytes();
        for k in 1..w.len() {
            // After a byte that is not a letter or digit, or ends a non-ASCII character.
            let after_mark = matches!(w[k - 1], b'-' | b'.' | b'\'' | 0x80..);
            if after_mark && doc.text.is_char_boundary(t.span.start + k) {
                let at = t.span.start + k;
                let after = slice(doc.text, at..).chars().next();
                let before = slice(doc.text, ..at).chars().next_back();
                if after.is_some_and(char::is_uppercase)
                    && !before.is_some_and(crate::text::is_alphanumeric)
                {
                    starts.push(at);
                }
            }
        }
    }
    starts
}

/// The longest spelling at byte `at` of `text` that ends on a word boundary.
fn longest_at(text: &str, at: usize) -> Option<(&'static str, Entry)> {
    let rest = slice(text, at..);
    spellings()
        .get(first_word(rest))?
        .iter()
        .filter(|(s, _)| {
            rest.starts_with(s)
                && !char_after(text, at + s.len()).is_some_and(crate::text::is_alphanumeric)
        })
        .max_by_key(|(s, _)| s.len())
        .copied()
}

/// The common English name of the country with ISO code `code`.
pub fn country_name(code: &str) -> &'static str {
    // Each code's slot in a table of all two-letter codes.
    let slot = |code: &str| match *code.as_bytes() {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
        }
        _ => None,
    };
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = vec![""; 26 * 26];
        each_row(generated::SPELLINGS, &mut |name, code, form| {
            if let Some(k) = slot(code).filter(|_| form == Form::Name) {
                names[k] = name;
            }
        });
        names
    });
    slot(code).map_or("", |k| names[k])
}

/// Every country mention in `text`, in order.
///
/// ```
/// use newsmark::countries::find;
/// let text = "U.S.-backed forces and Russian Federation troops; not USA Today or Jordan Peterson.";
/// let codes: Vec<_> = find(text).iter().map(|m| (m.span.text(text), m.code)).collect();
/// assert_eq!(codes, [("U.S.", "US"), ("Russian Federation", "RU")]);
/// ```
pub fn find(text: &str) -> Vec<Found> {
    find_in(&Doc::new(text))
}

/// Every country mention in the document, in order.
pub(crate) fn find_in(doc: &Doc) -> Vec<Found> {
    let text = doc.text;
    // Looked for only once "Georgia" turns up.
    let georgia_is_the_country = OnceCell::new();
    let georgia = || {
        *georgia_is_the_country.get_or_init(|| {
            (0..doc.tokens.len()).any(|i| news::GEORGIA_COUNTRY_CONTEXT.contains(doc.word(i)))
        })
    };
    let mut found: Vec<(Found, &'static str)> = Vec::new();
    // Spellings seen as part of a person's name ("Rep. Jim Jordan"): alone, they are that person.
    let mut people: Vec<&str> = Vec::new();
    let mut at = 0;
    for start in name_starts(doc) {
        if start < at {
            continue;
        }
        let Some((spelling, entry)) = longest_at(text, start) else {
            continue;
        };
        let span = Span::new(start, start + spelling.len());
        at = span.end;
        let Entry::Country(code, form) = entry else {
            continue;
        };
        // "Sudan Liberation Army", "Dublin Road": the name of an organization, a road or a team,
        // which says nothing of the country's other mentions.
        if is_place_form(form) && leads_a_name(text, span, &news::NAME_ENDERS) {
            continue;
        }
        // (A headline's title case tells nothing: "Iran Rejects Western Criticism"; the article
        // says whether it names a person.)
        let headline =
            news::PERSON_NAME_COUNTRIES.contains(spelling) && doc.headline[doc.token_after(start)];
        if !headline && is_part_of_person_name(text, span, spelling, form) {
            if news::PERSON_NAME_COUNTRIES.contains(spelling)
                || news::SURNAME_DEMONYMS.contains(spelling)
            {
                people.push(spelling);
            }
            continue;
        }
        // ("US$41", "HK$2 billion": a currency's sign, no mention of the country.)
        if (spelling == "Georgia" && !georgia())
            || char_after(text, span.end) == Some('$')
            || is_language(text, span, form)
            || is_shouted(text, span, spelling)
            || is_inside_organization_name(text, span, form)
        {
            continue;
        }
        found.push((Found { span, code, form }, spelling));
    }
    // ("Mark Cuban" then "Cuban said": the person; but "Cuban officials" are the country's.)
    found.retain(|(f, spelling)| {
        !people.contains(spelling)
            || news::SURNAME_DEMONYMS.contains(spelling) && !acts(text, f.span)
    });
    local::drop_local_places(text, &mut found);
    found.into_iter().map(|(f, _)| f).collect()
}

/// Whether the word after `span` is a verb the name before it does, or a mark that ends it:
/// "Cuban said", "Cuban, who …".
fn acts(text: &str, span: Span) -> bool {
    let rest = slice(text, span.end..);
    let verb = |w: &str| {
        crate::grammar::cue_verb(w).is_some()
            || crate::grammar::past_form(w)
            || crate::data::cues::AUXILIARIES.contains(w)
    };
    // ("Cuban also said": past an adverb.)
    let after = neighbours(text, span).1.unwrap_or_default();
    let after = if crate::data::cues::BETWEEN_SOURCE_AND_CUE.contains(after) {
        let at = span.end + 1;
        neighbours(text, Span::new(at, at + after.len()))
            .1
            .unwrap_or_default()
    } else {
        after
    };
    rest.starts_with([',', '.', ';', ':', ')', '’', '\'']) || verb(after)
}

/// "Center for American Progress", "Voice of America", "American Federation of Teachers",
/// "British Medical Journal", "Canadian Dental Association", "Statistics Canada", "University
/// of Tokyo": a country word inside an organization's name.
fn is_inside_organization_name(text: &str, span: Span, form: Form) -> bool {
    if form == Form::Seat {
        return false;
    }
    let before = slice(text, ..span.start).trim_end();
    let (lead, after) = neighbours(text, span);
    if form != Form::Demonym && lead.is_some_and(|w| news::AGENCY_LEADS.contains(w)) {
        return true;
    }
    let led_by_a_name = "for of".split(' ').any(|p| {
        before.strip_suffix(p).is_some_and(|head| {
            head.ends_with(' ')
                && head
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(is_organization_word)
        })
    });
    let followed_by_organization = form == Form::Demonym
        && after.is_some_and(|w| {
            crate::data::words::ORGANIZATION_WORDS.contains(w)
                || news::ORGANIZATION_NOUNS.contains(w)
        });
    // "said Oxfam Canada", "Greenpeace Italy", "Business Unity South Africa", "Greenpeace UK":
    // a country's name that ends a name after a word of it (not "Nazi Germany", "East
    // Germany", nor after the first word of a sentence: "Say Mexico demanded …", "Poor
    // Mexico"); an abbreviation with periods qualifies what follows ("Democrat U.S. senators").
    let ends_a_name = (form == Form::Name
        || form == Form::Alias && !slice(text, span.start..span.end).contains('.'))
        && lead.is_some_and(|w| {
            is_name_word(w)
                && !w.ends_with('.')
                && !is_country_name(w)
                && !news::COUNTRY_QUALIFIERS.contains(w)
                && !starts_sentence(text, span, w)
        })
        // (But a title may follow the organization's name: "Food Banks Canada CEO …".)
        && !after.is_some_and(|w| {
            w.starts_with(char::is_uppercase) && !crate::data::words::TITLES.contains(w)
        });
    led_by_a_name
        || followed_by_organization
        || ends_a_name
        || form == Form::Demonym && leads_a_name(text, span, &news::SOCIETY_WORDS)
}

/// Whether one of the capitalized words right after `span` is one of `enders`, ending a name
/// that the country's word begins: a movement's ("Sudan Liberation Army", "Kenya Airways"), a
/// road's ("Dublin Road") or a society's ("Canadian Dental Association"); not a state's own
/// body ("U.S. Army", "Israel Police"), where the country is named.
fn leads_a_name(text: &str, span: Span, enders: &WordSet) -> bool {
    slice(text, span.end..)
        .strip_prefix(' ')
        .is_some_and(|tail| {
            tail.split([' ', '\n'])
                .take(NAME_WORDS_AFTER)
                .map(|w| w.trim_end_matches([',', '.', ';', ':', '’', '\'']))
                .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                .any(|w| enders.contains(w))
        })
}

/// How many capitalized words after a country's word may end a name it begins.
const NAME_WORDS_AFTER: usize = 3;

fn is_organization_word(w: &str) -> bool {
    crate::data::words::ORGANIZATION_WORDS.contains(w) || news::ORGANIZATION_NOUNS.contains(w)
}

/// Groups mentions by country, in order of first mention.
pub fn group(found: &[Found]) -> Vec<Country> {
    let mut countries: Vec<Country> = Vec::new();
    for f in found {
        let mention = CountryMention {
            start: f.span.start,
            end: f.span.end,
            form: f.form,
        };
        match countries.iter_mut().find(|c| c.code == f.code) {
            Some(c) => c.mentions.push(mention),
            None => countries.push(Country {
                code: f.code,
                name: country_name(f.code),
                mentions: vec![mention],
            }),
        }
    }
    countries
}

fn char_after(text: &str, at: usize) -> Option<char> {
    slice(text, at..).chars().next()
}

/// The word before and after the span on the same line, with one space between.
fn neighbours(text: &str, span: Span) -> (Option<&str>, Option<&str>) {
    let before = slice(text, ..span.start)
        .strip_suffix(' ')
        .and_then(|head| {
            let start = head
                .char_indices()
                .rev()
                .find(|&(_, c)| !(crate::text::is_alphanumeric(c) || c == '.'))
                .map_or(0, |(i, c)| i + c.len_utf8());
            Some(slice(head, start..)).filter(|w| !w.is_empty())
        });
    let after = slice(text, span.end..).strip_prefix(' ').and_then(|tail| {
        let end = tail
            .find(|c: char| !crate::text::is_alphanumeric(c))
            .unwrap_or(tail.len());
        Some(slice(tail, ..end)).filter(|w| !w.is_empty())
    });
    (before, after)
}

fn is_name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && !crate::data::words::NOT_NAMES.contains(w)
}

/// "Jordan Peterson", "Lisa Monaco", "Chad Bray", "David French", and capitals next to a name ("Moscow Mayor
/// Sergei Sobyanin" is about the city): a person or a city, not the state.
fn is_part_of_person_name(text: &str, span: Span, spelling: &str, form: Form) -> bool {
    if news::SURNAME_DEMONYMS.contains(spelling) {
        let (before, _) = neighbours(text, span);
        return before.is_some_and(|w| given_name_gender(w) != Gender::Unknown);
    }
    let ambiguous = news::PERSON_NAME_COUNTRIES.contains(spelling) || form == Form::Capital;
    if !ambiguous {
        return false;
    }
    let (before, after) = neighbours(text, span);
    let before_is_name = before.is_some_and(|w| {
        is_name_word(w)
            && !crate::data::words::TITLES.contains(w)
            && !starts_sentence(text, span, w)
    });
    let after_is_name = after.is_some_and(|w| is_name_word(w) && find_single(w).is_none());
    before_is_name || after_is_name || initial_after(slice(text, span.end..))
}

/// Whether `rest` opens with a middle initial and a name: "Stanley B. Greenberg".
fn initial_after(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() > 5
        && b[0] == b' '
        && b[1].is_ascii_uppercase()
        && b[2] == b'.'
        && b[3] == b' '
        && b[4].is_ascii_uppercase()
        && b[5].is_ascii_lowercase()
}

/// Whether the word `w` just before `span` opens its sentence (and so is capitalized anyway).
fn starts_sentence(text: &str, span: Span, w: &str) -> bool {
    let head = slice(text, ..span.start - 1 - w.len()).trim_end_matches([' ', '"', '“', '\'', '‘']);
    if let Some(before_period) = head.strip_suffix('.') {
        // "Rep. Jim Jordan": a period after an abbreviation or an initial ends no sentence.
        let word = before_period
            .rsplit(|c: char| !crate::text::is_alphanumeric(c))
            .next()
            .unwrap_or("");
        return !(crate::data::words::ABBREVIATIONS.contains(word)
            || crate::text::one_letter(word));
    }
    head.is_empty() || head.ends_with(['!', '?', '\n', ':'])
}

/// Whether `w` alone is a country's name or alias ("Canada", "USA"), not a demonym.
pub(crate) fn is_country_name(w: &str) -> bool {
    matches!(
        find_single(w),
        Some(Entry::Country(_, Form::Name | Form::Alias))
    )
}

/// Whether `w` alone is a country's demonym ("Italian", "Syrians").
pub(crate) fn is_demonym(w: &str) -> bool {
    matches!(find_single(w), Some(Entry::Country(_, Form::Demonym)))
}

/// What the whole of `w` spells, if it is a spelling: "Russia", "Syrians".
fn find_single(w: &str) -> Option<Entry> {
    longest_at(w, 0)
        .filter(|(s, _)| s.len() == w.len())
        .map(|(_, entry)| entry)
}

/// Whether a mention in this form can be the name of a place, a road or a movement: a name,
/// an alias or a capital, not a demonym or a seat.
fn is_place_form(form: Form) -> bool {
    matches!(form, Form::Name | Form::Alias | Form::Capital)
}

/// "in French", "speaks Russian", "Russian-language", "spoke only French and Farsi": a
/// language, not the country; "Thai food", "a Mexican restaurant": a cuisine.
fn is_language(text: &str, span: Span, form: Form) -> bool {
    if form != Form::Demonym {
        return false;
    }
    let rest = slice(text, span.end..);
    if rest.starts_with("-language")
        || rest.starts_with("-speaking")
        || rest.starts_with(" language")
    {
        return true;
    }
    let (_, after) = neighbours(text, span);
    if after.is_some_and(|w| CUISINE_NOUNS.contains(w)) {
        return true;
    }
    let goes_on = after.is_some_and(|w| w.starts_with(char::is_lowercase) && w != "and");
    !goes_on && after_a_language_lead(slice(text, ..span.start))
}

/// Whether `head` ends in a verb or preposition of language, then maybe an adverb and other
/// languages: "spoke", "in", "speaks only", "spoke Russian and some", "in Spanish, Arabic and".
fn after_a_language_lead(head: &str) -> bool {
    let mut words = head
        .rsplit(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    for _ in 0..LANGUAGE_LIST_WORDS {
        match words.next() {
            Some(w) if LANGUAGE_LEADS.contains(w) => return true,
            Some(w)
                if LANGUAGE_FILLERS.contains(w)
                    || LANGUAGES.contains(w)
                    || matches!(find_single(w), Some(Entry::Country(_, Form::Demonym))) => {}
            _ => return false,
        }
    }
    false
}

/// How many words back a list of languages may reach for its lead.
const LANGUAGE_LIST_WORDS: usize = 8;

/// "LET US GO": an all-caps word next to other all-caps words is shouting, not a country.
fn is_shouted(text: &str, span: Span, spelling: &str) -> bool {
    if spelling.chars().any(|c| c.is_lowercase() || c == '.') {
        return false;
    }
    let (before, after) = neighbours(text, span);
    let caps = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_uppercase());
    before.is_some_and(caps) || after.is_some_and(caps)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks `find` gives, as (text, code) pairs.
    pub(in crate::countries) fn marks(text: &str) -> Vec<(&str, &str)> {
        find(text)
            .iter()
            .map(|m| (m.span.text(text), m.code))
            .collect()
    }

    #[test]
    fn every_code_has_its_name_from_the_first_line_to_the_last() {
        assert_eq!(country_name("AD"), "Andorra");
        assert_eq!(country_name("US"), "United States");
        assert_eq!(country_name("ZW"), "Zimbabwe");
        assert_eq!(country_name("XX"), "");
        assert_eq!(country_name("D"), "");
    }

    #[test]
    fn longest_spelling_wins_and_possessives_stay_out() {
        assert_eq!(
            marks("Russian Federation and Russia's allies"),
            [("Russian Federation", "RU"), ("Russia", "RU")]
        );
    }

    #[test]
    fn a_shared_capital_needs_its_country_named_otherwise() {
        // Regression: a B.C. minister's news conference "in Victoria" was in the Seychelles,
        // and Hamilton police were Bermuda's.
        assert_eq!(
            marks(
                "She spoke to reporters in Victoria. Hamilton police and Kingston officials agreed."
            ),
            []
        );
        assert_eq!(
            marks("Jamaica's prime minister flew home to Kingston."),
            [("Jamaica", "JM"), ("Kingston", "JM")]
        );
    }

    #[test]
    fn dotted_and_hyphenated_forms() {
        assert_eq!(
            marks("U.S.-backed rebels with Russian-made arms left the U.K."),
            [("U.S.", "US"), ("Russian", "RU"), ("U.K.", "GB")]
        );
    }

    #[test]
    fn non_ascii_names() {
        assert_eq!(
            marks("Côte d'Ivoire and Türkiye signed"),
            [("Côte d'Ivoire", "CI"), ("Türkiye", "TR")]
        );
    }

    #[test]
    fn demonym_plurals_and_seats() {
        let text = "Syrians and Americans watched the Kremlin and the White House.";
        assert_eq!(
            marks(text),
            [
                ("Syrians", "SY"),
                ("Americans", "US"),
                ("Kremlin", "RU"),
                ("White House", "US")
            ]
        );
        assert_eq!(find(text)[2].form, Form::Seat);
        // The seats of other countries' news: the Philippines' palace, with its accent or
        // without, Nigeria's, Spain's, Japan's.
        let text = "Malacañang said so, and Malacanang, Aso Rock, Moncloa and the Kantei agreed.";
        assert_eq!(
            marks(text),
            [
                ("Malacañang", "PH"),
                ("Malacanang", "PH"),
                ("Aso Rock", "NG"),
                ("Moncloa", "ES"),
                ("Kantei", "JP")
            ]
        );
        assert!(find(text).iter().all(|f| f.form == Form::Seat));
    }

    #[test]
    fn organizations_with_a_country_word_are_not_countries() {
        let text = "USA Today, Priorities USA, the Islamic State and Credit Suisse said so.";
        assert_eq!(marks(text), []);
        // A party: "the anti-immigrant Alternative for Germany (AfD)" is no mention of Germany.
        let text = "Voters flocked to the Alternative for Germany in Germany.";
        assert_eq!(marks(text), [("Germany", "DE")]);
    }

    #[test]
    fn a_currency_sign_is_no_mention_of_its_country() {
        // Regression: "(US$41)" in a story from Seoul was a mention of the United States.
        let text = "A bag sold for 58,000 won (US$41), and HK$2 billion went to the US.";
        assert_eq!(marks(text), [("US", "US")]);
    }

    #[test]
    fn agencies_and_societies_named_with_a_country_word_are_not_countries() {
        let text = "Statistics Canada and Health Canada agreed, the Canadian Dental Association \
                    and the Egyptian Red Crescent did not, and Canada paid. So says the Kenyan Red \
                    Cross\n\nThe end.";
        assert_eq!(marks(text), [("Canada", "CA")]);
        // A state's own body names its country.
        assert_eq!(
            marks("The Chinese Communist Party met."),
            [("Chinese", "CN")]
        );
    }

    #[test]
    fn a_country_that_ends_an_organization_s_name_is_no_country() {
        // Regression: "Oxfam Canada said" gave the claim to Canada.
        let text = "The charity Oxfam Canada and Greenpeace Italy objected, as did Business Unity \
                    South Africa and Greenpeace UK. They fought Nazi Germany. Say Mexico pays: \
                    Canada would not, nor would Republican U.S. senators.";
        assert_eq!(
            marks(text),
            [
                ("Germany", "DE"),
                ("Mexico", "MX"),
                ("Canada", "CA"),
                ("U.S.", "US")
            ]
        );
        // Regression: "Food Banks Canada CEO Kirstin Beardsley" was a mention of Canada; a
        // title may follow the name (not a place: "Canada Day").
        assert_eq!(
            marks("Food Banks Canada CEO Kirstin Beardsley spoke on Canada Day."),
            [("Canada", "CA")]
        );
    }

    #[test]
    fn people_named_like_countries_are_not_countries() {
        assert_eq!(marks("The actor Tom Holland met Frederick Douglas."), []);
        assert_eq!(marks("United Russia won; the Iceland Foods shop shut."), []);
        assert_eq!(marks("Jordan Peterson met Lisa Monaco and Chad Bray."), []);
        assert_eq!(marks("He flew to Jordan on Monday."), [("Jordan", "JO")]);
    }

    #[test]
    fn native_names_of_countries_are_no_english_spellings() {
        // Regression: Dominica and Japan were named, by "Dominique" and "Nippon".
        let text = "Dominique de Villepin said Nippon Steel would buy it, as did Nihon Kohden.";
        assert_eq!(marks(text), []);
        // English names of old and spellings without accents stay.
        let text = "Swaziland, Burma, Viet Nam, Turkiye and Cote d'Ivoire voted.";
        assert_eq!(
            marks(text),
            [
                ("Swaziland", "SZ"),
                ("Burma", "MM"),
                ("Viet Nam", "VN"),
                ("Turkiye", "TR"),
                ("Cote d'Ivoire", "CI")
            ]
        );
    }

    #[test]
    fn us_states_are_not_countries() {
        assert_eq!(marks("Voters in New Mexico, New Jersey and Georgia"), []);
        // Regression: "British" named the United Kingdom, and "West Island" the Cocos Islands.
        assert_eq!(
            marks("She moved to Victoria, British Columbia, from Montreal's West Island."),
            []
        );
        assert_eq!(
            marks("Georgia and Russia fought over Abkhazia"),
            [("Georgia", "GE"), ("Russia", "RU")]
        );
    }

    #[test]
    fn lowercase_words_and_languages_are_not_countries() {
        assert_eq!(marks("let us eat turkey and china"), []);
        assert_eq!(marks("an English-language paper, printed in French."), []);
        assert_eq!(marks("French officials"), [("French", "FR")]);
        assert_eq!(marks("She spoke only French and Farsi at home."), []);
        assert_eq!(marks("He speaks fluent Russian and a little German."), []);
        assert_eq!(
            marks("Classes are taught in Farsi, Spanish and Arabic."),
            []
        );
        assert_eq!(
            marks("They ordered Thai food from a Mexican restaurant."),
            []
        );
        // A language lead far back, or a sentence going on, leaves the country.
        assert_eq!(
            marks("in a speech, French officials said"),
            [("French", "FR")]
        );
        assert_eq!(marks("in French territory"), [("French", "FR")]);
        assert_eq!(
            marks("Speaking in Beijing, Chinese officials said"),
            [("Beijing", "CN"), ("Chinese", "CN")]
        );
    }

    #[test]
    fn shared_demonym_goes_to_the_sovereign_country() {
        assert_eq!(marks("American voters"), [("American", "US")]);
    }

    #[test]
    fn capitals_next_to_names_are_cities() {
        assert_eq!(marks("Moscow Mayor Sergei Sobyanin"), []);
        assert_eq!(marks("talks in Moscow ended"), [("Moscow", "RU")]);
    }

    #[test]
    fn grouping_keeps_first_mention_order_and_canonical_names() {
        let countries = group(&find("Russia, the U.S. and Russian Federation"));
        let names: Vec<_> = countries
            .iter()
            .map(|c| (c.code, c.name, c.mentions.len()))
            .collect();
        assert_eq!(names, [("RU", "Russia", 2), ("US", "United States", 1)]);
    }

    #[test]
    fn country_words_inside_organization_names() {
        let text = "the Center for American Progress, the American Federation of Teachers and Voice of America";
        assert_eq!(marks(text), []);
        // (A capital too: "Tokyo" named Japan.)
        assert_eq!(marks("a professor at the University of Tokyo"), []);
        assert_eq!(
            marks("President Xi Jinping of China agreed"),
            [("China", "CN")]
        );
    }

    #[test]
    fn a_capital_before_a_middle_initial_is_a_given_name() {
        assert_eq!(marks("“No,” said Stanley B. Greenberg, a pollster."), []);
    }

    #[test]
    fn a_demonym_after_a_given_name_is_a_surname() {
        let text = "Mark Cuban and David French met French and German Chancellor Angela Merkel.";
        assert_eq!(marks(text), [("French", "FR"), ("German", "DE")]);
        // Alone, the surname is the person where it acts; "Cuban officials" are the state's.
        let text = "Mark Cuban spoke. Cuban said it was good. Cuban also said it was. Cuban \
                    officials disagreed.";
        assert_eq!(marks(text), [("Cuban", "CU")]);
    }

    #[test]
    fn a_person_named_like_a_country_stays_a_person_when_named_alone() {
        let text = "Rep. Jim Jordan (R-Ohio) spoke. Later, Jordan said it was over. Egypt and Jordan disagreed.";
        assert_eq!(marks(text), [("Egypt", "EG")]);
    }

    #[test]
    fn a_headline_in_title_case_makes_no_person_of_a_country() {
        let text = "Iran Rejects Western Criticism of Missile Test\n\nIran on Monday rejected the \
                    criticism.";
        assert_eq!(marks(text), [("Iran", "IR"), ("Iran", "IR")]);
        let text = "Jordan Peterson Speaks\n\nJordan Peterson said the talk went well.";
        assert_eq!(marks(text), []);
    }

    /// Each country mention of `text` as (code, the words marked), in order.
    fn marked(text: &str) -> Vec<(&'static str, &str)> {
        crate::annotate(text)
            .countries
            .iter()
            .flat_map(|c| {
                c.mentions
                    .iter()
                    .map(move |m| (c.code, &text[m.start..m.end]))
            })
            .collect()
    }

    #[test]
    fn a_country_word_that_begins_a_movement_s_or_a_road_s_name_drops_no_other_mention() {
        // Regression: "Sudan Liberation Army" once dropped every "Sudan" of the article.
        let text = "The Sudan Liberation Army attacked a convoy. Sudan rejected the claim. \
                    Officials in Sudan said talks would resume. He lives on Dublin Road in \
                    Dublin. The U.S. Army left.";
        assert_eq!(
            marked(text),
            [
                ("SD", "Sudan"),
                ("SD", "Sudan"),
                ("IE", "Dublin"),
                ("US", "U.S.")
            ]
        );
    }

    #[test]
    fn aliases_and_ethnonyms_and_a_dateline_s_georgia() {
        let text = "TBILISI, Georgia (AP) — Protesters gathered. Officials in T&T said the \
                    Sinhalese majority was calm. Trinidadians voted.";
        assert_eq!(
            marked(text),
            [
                ("GE", "Georgia"),
                ("TT", "T&T"),
                ("TT", "Trinidadians"),
                ("LK", "Sinhalese")
            ]
        );
    }
}

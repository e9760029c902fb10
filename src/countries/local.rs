//! Local news: a town of the United States or Canada named like a country or a foreign capital
//! ("Paris, Tenn.", "London, Ont.", "a man from Palestine" in a story from Texas) is that town,
//! not the country; so is a county ("Douglas County"), and a state after a town ("Tacoma,
//! Washington").
//!
//! A name is the town's in the whole article when one of its mentions is qualified by a state
//! or province ("Paris, Tenn."), or when the story is from a state or province with a town of
//! that name of at least 10,000 people (GeoNames, [`places::LOCALITIES`]) and never names the
//! country in another way ("TYLER, Texas" and "Palestine", with no "Palestinian" or "Gaza").
//! A mention qualified by its country ("Paris, France") stays the country's. A small country's
//! capital that is more often a town or a name elsewhere ("Victoria", "Hamilton",
//! [`news::SHARED_CAPITALS`]) is its country only where the article names the country too.

use std::cell::OnceCell;
use std::sync::OnceLock;

use super::{Found, find_single, is_place_form};
use crate::data::places::{LOCALITIES, REGIONS};
use crate::data::{Lexicon, news};
use crate::offsets::slice;

/// A state's or province's postal code: "TN", "ON".
type Region = &'static str;

/// Calls `f` on each spelling of a state or province, with its postal code and whether it is
/// the full name: ("TN", "TN", false), ("Tennessee", "TN", true), ("Tenn.", "TN", false), ….
fn each_region(f: &mut dyn FnMut(&'static str, Region, bool)) {
    for line in REGIONS.lines() {
        let code = line.split('|').next().unwrap_or_default();
        for (k, spelling) in line.split('|').enumerate() {
            f(spelling, code, k == 1);
        }
    }
}

/// Whether `name` is the full name of a state or province ("Iowa", "New Hampshire").
pub(crate) fn is_region(name: &str) -> bool {
    static NAMES: OnceLock<Lexicon<()>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            Lexicon::new(
                REGIONS
                    .lines()
                    .filter_map(|l| l.split('|').nth(1))
                    .map(|n| (n, ())),
            )
        })
        .get(name)
        .is_some()
}

/// The states and provinces where a town named `name` has at least 10,000 people, postal
/// codes separated by spaces.
fn towns(name: &str) -> Option<&'static str> {
    LOCALITIES
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix('\t'))
}

/// Whether the space-separated postal codes `codes` hold `region`.
fn holds(codes: &str, region: Region) -> bool {
    codes.split(' ').any(|c| c == region)
}

/// The state or province right after `end`, after a comma: ", Tenn.", ", Tennessee", ", TN";
/// and whether that spelling also names a country ("Georgia").
fn qualifier(text: &str, end: usize) -> Option<(Region, bool)> {
    let rest = slice(text, end..)
        .strip_prefix(", ")
        .filter(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))?;
    let mut longest: Option<(&str, Region)> = None;
    each_region(&mut |spelling, code, _| {
        let fits = rest.starts_with(spelling)
            && !slice(rest, spelling.len()..).starts_with(crate::text::is_alphanumeric);
        if fits && longest.is_none_or(|(other, _)| spelling.len() > other.len()) {
            longest = Some((spelling, code));
        }
    });
    longest.map(|(spelling, code)| (code, find_single(spelling).is_some()))
}

/// The states and provinces the story is from: those its dateline names after a town ("TYLER,
/// Texas (AP) —"), or that qualify two of its towns ("Tyler, Texas", "Bellevue, Wash.").
fn story_regions(text: &str) -> Vec<Region> {
    let mut qualifying: Vec<Region> = Vec::new();
    let mut from: Vec<Region> = Vec::new();
    for (at, _) in text.bytes().enumerate().filter(|&(_, b)| b == b',') {
        let dateline = is_dateline(text, at);
        if !dateline && !after_a_town(text, at + 2) {
            continue;
        }
        let Some((region, _)) = qualifier(text, at) else {
            continue;
        };
        if (dateline || qualifying.contains(&region)) && !from.contains(&region) {
            from.push(region);
        }
        qualifying.push(region);
    }
    from
}

/// How far into its line a dateline's comma may be: "WASHINGTON COURT HOUSE,".
const DATELINE_LEN: usize = 32;

/// Whether the comma at `at` follows a dateline's town in capitals at a paragraph's start.
fn is_dateline(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let from = at.saturating_sub(DATELINE_LEN);
    let Some(start) = (from..at).rev().find(|&k| k == 0 || b[k - 1] == b'\n') else {
        return false;
    };
    at - start > 1
        && b[start..at]
            .iter()
            .all(|&c| c.is_ascii_uppercase() || c == b' ' || c == b'.')
}

/// Whether `start` follows a comma after a capitalized word that does not open its sentence:
/// "Tacoma, " before "Washington"; not "However, ".
fn after_a_town(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    if start < 2 || b.get(start - 2..start) != Some(b", ") {
        return false;
    }
    let end = start - 2;
    let mut word = end;
    while word > 0 && !matches!(b[word - 1], b' ' | b'\n') {
        word -= 1;
    }
    let mut before = word;
    while before > 0 && b[before - 1] == b' ' {
        before -= 1;
    }
    // The byte before the word, and the last of a curly opening quote's three.
    let opens = before == 0 || matches!(b[before - 1], b'.' | b'!' | b'?' | b'\n' | b'"' | 0x9c);
    end - word > 1 && b[word].is_ascii_uppercase() && !opens
}

/// "Douglas, Sarpy and Lancaster counties": a country's word that opens a list of counties.
fn opens_a_list_of_counties(text: &str, end: usize) -> bool {
    let mut rest = slice(text, end..);
    let mut words = 0;
    loop {
        let Some(tail) = ", and |, | and "
            .split('|')
            .find_map(|sep| rest.strip_prefix(sep))
        else {
            return words > 0 && rest.starts_with(" counties");
        };
        let len = tail
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(tail.len());
        if len == 0 || !tail.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        rest = slice(tail, len..);
        words += 1;
    }
}

/// Drops from `found` (each mention with its spelling) the mentions that are towns, counties
/// or states of the United States and Canada.
pub(super) fn drop_local_places(text: &str, found: &mut Vec<(Found, &'static str)>) {
    // The names that are towns in this article, and those whose story was read already.
    let mut local: Vec<&str> = Vec::new();
    let mut read: Vec<&str> = Vec::new();
    let story = OnceCell::new();
    for &(f, spelling) in found.iter() {
        // A town in the country its name stands for says nothing against the country:
        // "Washington, Iowa" is in the United States.
        let home = matches!(f.code, "US" | "CA");
        if home || !is_place_form(f.form) || local.contains(&spelling) {
            continue;
        }
        let first = !read.contains(&spelling);
        if first {
            read.push(spelling);
        }
        // Qualified by a state or province: "Paris, Tenn."; by one that is also a country's
        // name only where the state has a large town of the name ("Athens, Georgia"; not
        // "Tbilisi, Georgia").
        let large = towns(spelling).unwrap_or_default();
        let qualified = qualifier(text, f.span.end)
            .is_some_and(|(region, a_country)| !a_country || holds(large, region));
        // With no other word for the country: a story from a state or province with a large
        // town of this name, or a capital more often a town or a name elsewhere ("Victoria").
        if qualified
            || (first
                && (news::SHARED_CAPITALS.contains(spelling)
                    || !large.is_empty()
                        && large
                            .split(' ')
                            .any(|code| story.get_or_init(|| story_regions(text)).contains(&code)))
                && !found
                    .iter()
                    .any(|&(g, other)| g.code == f.code && other != spelling))
        {
            local.push(spelling);
        }
    }
    let mut k = found.len();
    while k > 0 {
        k -= 1;
        let (f, spelling) = found[k];
        let followed_by = |code: &str| {
            found
                .iter()
                .any(|(g, _)| g.code == code && g.span.start == f.span.end + 2)
        };
        let town = local.contains(&spelling) && !followed_by(f.code);
        let county = is_place_form(f.form) && opens_a_list_of_counties(text, f.span.end);
        let a_state = || {
            let mut full_name = false;
            each_region(&mut |name, _, full| full_name |= full && name == spelling);
            full_name
        };
        let state = after_a_town(text, f.span.start)
            && a_state()
            && !slice(text, f.span.end..)
                .starts_with(|c: char| c == ' ' || crate::text::is_alphanumeric(c))
            && !found.iter().any(|(g, _)| g.span.end + 2 == f.span.start);
        if town || county || state {
            found.remove(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::countries::tests::marks;

    #[test]
    fn a_town_qualified_by_its_state_is_the_town_in_the_whole_story() {
        let text = "The fair opened in Paris, Tenn., on Friday. Paris has held it since 1953, \
                    long before a sister fair in Paris, France.";
        assert_eq!(marks(text), [("France", "FR")]);
        assert_eq!(marks("A bakery in Athens, Ga., closed."), []);
        assert_eq!(
            marks("The band played London, Ont., and Kingston, Ontario."),
            []
        );
        assert_eq!(marks("Police in Moscow, Idaho, said the road was icy."), []);
        // However small the town: "Cairo, Ga." has 9,000 people.
        assert_eq!(marks("He grew up in Cairo, Ga., and Peru, Neb."), []);
    }

    #[test]
    fn a_state_without_such_a_town_qualifies_nothing() {
        // No large town of Georgia, the state, is called Tbilisi; there is an Athens.
        assert_eq!(
            marks("Protesters gathered in Tbilisi, Georgia, on Sunday."),
            [("Tbilisi", "GE"), ("Georgia", "GE")]
        );
        assert_eq!(marks("A rally in Athens, Georgia, drew students."), []);
    }

    #[test]
    fn a_story_from_a_state_with_a_large_town_of_the_name_means_the_town() {
        let local = "TYLER, Texas (AP) — A man from Palestine was arrested on Monday.";
        assert_eq!(marks(local), []);
        let two_towns = "Crews from Lufkin, Texas, and Nacogdoches, Texas, joined those of \
                         Palestine to fight the fire.";
        assert_eq!(marks(two_towns), []);
    }

    #[test]
    fn national_news_that_names_one_town_of_a_state_keeps_the_capital() {
        let text = "After the shootings at Fort Hood, Texas, and the attacks in Paris, the \
                    senator called for new screening.";
        assert_eq!(marks(text), [("Paris", "FR")]);
        // The country named another way keeps the name the country's.
        let text = "TYLER, Texas (AP) — Palestinians in Gaza and Palestine's envoy spoke.";
        assert_eq!(marks(text), [("Palestinians", "PS"), ("Palestine", "PS")]);
    }

    #[test]
    fn a_comma_that_ends_the_text_qualifies_nothing() {
        assert_eq!(marks("They met in Paris,"), [("Paris", "FR")]);
        assert_eq!(marks("TYLER,"), []);
    }

    #[test]
    fn counties_named_like_a_capital_are_counties() {
        assert_eq!(marks("Voters in Douglas County lined up early."), []);
        assert_eq!(
            marks("Douglas, Sarpy and Lancaster counties reported first."),
            []
        );
        assert_eq!(
            marks("Ohio's Hamilton and Stark counties went for Kasich."),
            []
        );
    }

    #[test]
    fn a_state_after_a_town_is_the_state() {
        assert_eq!(marks("The Tacoma, Washington, firm hired 40 people."), []);
        assert_eq!(marks("A Bellevue, Washington-based firm sold it."), []);
        // Not after a sentence's first word, and not before more of the sentence.
        assert_eq!(
            marks("However, Washington did not answer."),
            [("Washington", "US")]
        );
        assert_eq!(
            marks("Under pressure from Congress, Washington backed out."),
            [("Washington", "US")]
        );
        assert_eq!(
            marks("He spoke in Washington, Iowa; Washington was cold."),
            [("Washington", "US"), ("Washington", "US")]
        );
    }
}

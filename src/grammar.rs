//! Grammar that speakers and claims share: verb forms, the reporting-verb lexicon, quote marks.

use crate::data::Lexicon;
use crate::data::cues::{
    AUXILIARIES, BELIEF_VERBS, BETWEEN_SOURCE_AND_CUE, CueClass, DETERMINERS, EVIDENCE_VERBS,
    INDEFINITE_PEOPLE, IRREGULAR_PAST, LY_NOUNS, NOT_GERUNDS, PREPOSITIONS, QUESTION_WORDS,
    SPEECH_VERBS, SUBORDINATORS,
};
use crate::data::words::OPENING_QUOTES;
use crate::text::Lowercase;
use std::sync::OnceLock;

/// Whether `w`, a sentence's first word, opens a subordinate clause before the main one
/// ("When Cuomo pointed out …, Giuliani interrupted him").
pub(crate) fn opens_subordinate_clause(w: &str) -> bool {
    SUBORDINATORS.contains(w)
}

/// Whether `w` is an adverb in "-ly" ("repeatedly", "implicitly"), not a noun or adjective
/// in "-ly" ("ally", "quarterly").
pub(crate) fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase) && !LY_NOUNS.contains(w)
}

/// Whether `w`, in lowercase, is an auxiliary or adverb that stands between a source and its cue
/// ("has repeatedly said", "Al Sharpton Just Said").
pub(crate) fn stands_between(w: &str) -> bool {
    BETWEEN_SOURCE_AND_CUE.contains(w) || is_ly_adverb(w)
}

/// Whether `w`, the first word of a sentence, and `next` open a participle's phrase before the
/// main clause: "Walking to the next address, …", "Repeating his speech, …", "Reached by
/// POLITICO, …" (a past participle before a preposition).
pub(crate) fn opens_participle(w: &str, next: &str) -> bool {
    ing_form(w) && next.starts_with(char::is_lowercase)
        || w.len() > 5 && w.ends_with("ed") && PREPOSITIONS.contains(next)
}

/// Whether `w` is a word in -ing long enough to be a verb's ("Blaming", not "King").
pub(crate) fn ing_form(w: &str) -> bool {
    w.len() > 5 && w.ends_with("ing")
}

/// Whether `w` ends like a gerund and is no noun in "-ing" ("denying", not "wrongdoing").
pub(crate) fn gerund_like(w: &str) -> bool {
    w.ends_with("ing") && !NOT_GERUNDS.contains(w)
}

/// Whether `w`, in lowercase, names a person the writer does not name: "someone", "nobody".
pub(crate) fn indefinite_person(w: &str) -> bool {
    (w.ends_with("one") || w.ends_with("body")) && INDEFINITE_PEOPLE.contains(w)
}

/// Whether `w` opens an indirect question: "whether", "if", "why", "how", "what" …
pub(crate) fn opens_question(w: &str) -> bool {
    QUESTION_WORDS.contains(w)
}

/// Whether `w` is negated by a contraction ("wouldn't", "didn’t").
pub(crate) fn is_negated(w: &str) -> bool {
    w.ends_with("n't") || w.ends_with("n’t")
}

/// Whether `w` ends in a contraction of "would" or "had" ("she'd", "I’d").
pub(crate) fn contracts_would(w: &str) -> bool {
    w.ends_with("'d") || w.ends_with("’d")
}

/// Whether `w` ends like a past tense or participle ("said", "released").
pub(crate) fn past_form(w: &str) -> bool {
    w.ends_with("ed") || IRREGULAR_PAST.contains(w)
}

/// Whether `w` may be the verb that opens a predicate whose subject stands elsewhere ("which
/// officials said will take effect", "The problem, says Ana Ruiz, is that …"): an auxiliary, a
/// past form or a lowercase "-s" form that is no determiner ("its"), "as" or noun in "-ers".
pub(crate) fn opens_predicate(w: &str) -> bool {
    AUXILIARIES.contains(w)
        || past_form(w)
        || s_form(w)
            && w.starts_with(char::is_lowercase)
            && w != "as"
            && !DETERMINERS.contains(w)
            && !w.ends_with("ers")
}

/// Whether `w` ends in a single "s": a plural or a third-person verb ("officials", "says"), not
/// "press".
pub(crate) fn s_form(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss")
}

/// Whether a capitalized headline word may be the verb after its subject's name: a form in -s
/// ("Files", "Addresses") or an auxiliary ("May", "Will").
pub(crate) fn is_headline_verb(w: &str) -> bool {
    let w = Lowercase::new(w);
    s_form(w.as_str()) || AUXILIARIES.contains(w.as_str())
}

/// Whether a capitalized headline word is a reporting verb ("Says", "Warns"): it ends a name.
pub(crate) fn is_headline_cue(w: &str) -> bool {
    w.len() >= 3 && cue_verb(Lowercase::new(w).as_str()).is_some_and(|v| v.is(THIRD) || v.is(PAST))
}

/// The places of the forms in a line of [`SPEECH_VERBS`] and the other verb tables.
pub(crate) const BASE: usize = 0;
pub(crate) const THIRD: usize = 1;
pub(crate) const PAST: usize = 2;
pub(crate) const GERUND: usize = 3;

/// A word that is a form of a reporting verb.
#[derive(Clone, Copy)]
pub(crate) struct VerbForm {
    /// The verb's base form ("say").
    pub(crate) base: &'static str,
    pub(crate) class: CueClass,
    /// Bit `j` is set when the word is the verb's form `j` ([`BASE`] … [`GERUND`]): "put" is
    /// base, third person and past.
    forms: u8,
}

impl VerbForm {
    pub(crate) fn is(self, form: usize) -> bool {
        self.forms >> form & 1 == 1
    }
}

/// The reporting verb that `w` is a form of (forms marked "-" in the verb tables are none, and
/// so is a base written after "-": "-term - termed terming", whose "term" is a noun).
pub(crate) fn cue_verb(w: &str) -> Option<VerbForm> {
    static FORMS: OnceLock<Lexicon<VerbForm>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let tables = [
            (SPEECH_VERBS, CueClass::Speech),
            (BELIEF_VERBS, CueClass::Belief),
            (EVIDENCE_VERBS, CueClass::Evidence),
        ];
        let mut entries = Vec::new();
        for (table, class) in tables {
            for line in table.lines() {
                let line: &'static str = match line.contains(' ') {
                    true => line,
                    // Built once, for the program's life.
                    false => Box::leak(regular_forms(line).into_boxed_str()),
                };
                let base = line
                    .split(' ')
                    .next()
                    .unwrap_or(line)
                    .trim_start_matches('-');
                for f in line.split(' ').filter(|&f| !f.starts_with('-')) {
                    let forms = line
                        .split(' ')
                        .enumerate()
                        .filter(|&(_, g)| g == f)
                        .fold(0, |m, (j, _)| m | 1 << j);
                    let form = VerbForm { base, class, forms };
                    entries.push((f, form));
                    if let Some(doubled) = doubled_l(base, f) {
                        entries.push((Box::leak(doubled.into_boxed_str()), form));
                    }
                }
            }
        }
        Lexicon::new(entries)
    });
    forms.get(w).copied()
}

/// The British spelling of form `f` of a verb whose base ends in one vowel and "l", where
/// it doubles the "l": "labelled", "signalling", "marvelled".
fn doubled_l(base: &str, f: &str) -> Option<String> {
    let b = base.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    let single =
        b.len() > 2 && b[b.len() - 1] == b'l' && vowel(b[b.len() - 2]) && !vowel(b[b.len() - 3]);
    let ending = f
        .strip_prefix(base)
        .filter(|e| matches!(*e, "ed" | "ing"))?;
    // (Pushed by hand: `format!` and `concat` each bring their machinery into the download.)
    single.then(|| {
        let mut doubled = String::with_capacity(base.len() + 1 + ending.len());
        doubled.push_str(base);
        doubled.push('l');
        doubled.push_str(ending);
        doubled
    })
}

/// The line of a regular verb's forms, from its base: "deny denies denied denying", "argue
/// argues argued arguing", "push pushes pushed pushing".
fn regular_forms(base: &str) -> String {
    let stem_y = base
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'i', 'o', 'u']));
    let stem_e = base
        .strip_suffix('e')
        .filter(|s| !s.ends_with(['e', 'y', 'o']));
    let mut line = String::with_capacity(4 * base.len() + 12);
    line.push_str(base);
    line.push(' ');
    match stem_y {
        Some(stem) => line.push_str(stem),
        None => line.push_str(base),
    }
    line.push_str(match () {
        _ if stem_y.is_some() => "ies ",
        _ if base.ends_with(['s', 'x', 'z', 'o'])
            || base.ends_with("sh")
            || base.ends_with("ch") =>
        {
            "es "
        }
        _ => "s ",
    });
    match stem_y {
        Some(stem) => line.push_str(stem),
        None => line.push_str(base.strip_suffix('e').unwrap_or(base)),
    }
    line.push_str(if stem_y.is_some() { "ied " } else { "ed " });
    line.push_str(stem_e.unwrap_or(base));
    line.push_str("ing");
    line
}

pub(crate) fn is_double_opener(w: &str) -> bool {
    OPENING_QUOTES.contains(w)
}

pub(crate) fn is_double_closer(w: &str) -> bool {
    matches!(w, "”" | "»")
}

pub(crate) fn is_straight_double(w: &str) -> bool {
    matches!(w, "\"" | "''")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_regular_verbs_forms_come_from_its_base() {
        for line in [
            "add adds added adding", "deny denies denied denying", "argue argues argued arguing",
            "agree agrees agreed agreeing", "push pushes pushed pushing",
            "echo echoes echoed echoing",
        ] {
            assert_eq!(super::regular_forms(line.split(' ').next().unwrap()), line);
        }
    }

    #[test]
    fn british_spellings_double_the_l_of_a_short_last_syllable() {
        // Regression: "The union labelled the offer …" had no cue.
        for (form, base) in [
            ("labelled", "label"),
            ("signalling", "signal"),
            ("marvelled", "marvel"),
        ] {
            assert_eq!(super::cue_verb(form).map(|v| v.base), Some(base), "{form}");
        }
        assert!(super::cue_verb("revealled").is_none());
    }

    #[test]
    fn a_headline_verb_is_a_form_in_s_or_an_auxiliary() {
        for w in ["Files", "Addresses", "May", "Will"] {
            assert!(super::is_headline_verb(w), "{w}");
        }
        for w in ["Chief", "Cross", "Super"] {
            assert!(!super::is_headline_verb(w), "{w}");
        }
    }
}

//! Stage 1, cues: the reporting verbs and phrases of a document ("said", "according to",
//! "quoted him as saying", the dash that signs a post), each with its class and form.

use crate::data::cues::{
    ADJECTIVE_LEADS, AUXILIARIES, CUE_PREPOSITIONS, CueClass, DETERMINERS, DOCUMENTS,
    NEEDS_PARTICLE, NOUN_LIKE, POSSESSIVES, PREPOSITIONS, PUBLISH_VERBS, REPORTING_NOUNS,
    TIME_WORDS,
};
use crate::data::words::{ARTICLES, HE_OR_SHE};
use crate::grammar::{BASE, GERUND, PAST, THIRD, cue_verb, is_ly_adverb, past_form, s_form};
use crate::text::{Doc, Kind, Lowercase};

/// A reporting verb or phrase in the text, as token indexes (inclusive).
#[derive(Clone, Copy, Debug)]
pub(super) struct Cue {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) class: CueClass,
    /// The verb's base form ("tell" for "told"); empty for phrases.
    pub(super) base: &'static str,
    /// A gerund ("saying", "adding"): it takes its source from the clause it hangs on.
    pub(super) gerund: bool,
    /// A form that is as often a noun ("attack", "plans"): it needs a named or pronoun source.
    pub(super) noun_like: bool,
    /// For a noun that a past verb made ("issued a warning that"), that verb's token.
    pub(super) made_by: Option<usize>,
    pub(super) according_to: bool,
}

/// Whether the dash at token `i` opens the line that signs an embedded post: a name and a
/// handle after it ("― Jamil Smith (@JamilSmith) August 20, 2016").
pub(super) fn signs_post(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.tokens[i - 1].kind == Kind::Break
        && (i + 2..doc.tokens.len().min(i + 8)).any(|k| doc.word(k).starts_with('@'))
}

/// The cue verbs and phrases of the document, in order.
pub(super) fn find_cues(doc: &Doc) -> Vec<Cue> {
    let n = doc.tokens.len();
    let is_word = |i: usize, w: &str| i < n && doc.tokens[i].kind == Kind::Word && doc.word(i) == w;
    let phrase = |first, last, according_to| Cue {
        first,
        last,
        class: CueClass::Speech,
        base: "",
        gerund: false,
        noun_like: false,
        made_by: None,
        according_to,
    };
    let mut cues = Vec::with_capacity(n / 16);
    for i in 0..n {
        let w = doc.word(i);
        // "“…” ― Sonya Herridge": a dash after a closing quote, before a name; or one that opens
        // the line below an embedded post ("― Jamil Smith (@JamilSmith) August 20, 2016").
        if doc.tokens[i].kind == Kind::Punct
            && matches!(w, "―" | "—" | "–")
            && i > 0
            && (matches!(doc.word(i - 1), "”" | "\"" | "''") || signs_post(doc, i))
            && i + 1 < n
            && doc.is_capitalized(i + 1)
        {
            cues.push(phrase(i, i, false));
            continue;
        }
        // Words inside a cue phrase found already ("quoted him as saying") are not cues.
        if doc.tokens[i].kind != Kind::Word || cues.last().is_some_and(|c: &Cue| c.last >= i) {
            continue;
        }
        // Cue verbs are lowercase words of three letters or more, or capitalized after a
        // word in a title-case headline ("Lindsey Graham Says").
        let headline_case = i > 0
            && doc.headline[i]
            && doc.tokens[i - 1].kind == Kind::Word
            && w.len() >= 3
            && w.as_bytes()[0].is_ascii_uppercase()
            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        // "Said Ellis: “…”": an inverted cue that opens its sentence.
        let opens_inverted = matches!(w, "Said" | "Says")
            && doc.sentences[doc.sentence_of(i)].start == i
            && i + 1 < n
            && doc.is_capitalized(i + 1);
        let lowered = (headline_case || opens_inverted).then(|| Lowercase::new(w));
        let w = lowered.as_ref().map_or(w, Lowercase::as_str);
        if w.len() < 3 || !w.as_bytes()[0].is_ascii_lowercase() && w != "According" {
            continue;
        }
        if (w == "according" || w == "According") && is_word(i + 1, "to") {
            cues.push(phrase(i, i + 1, true));
            continue;
        }
        // "Trump's claim that …", "her warning that …": a reporting noun after its owner.
        let owned = || i > 0 && POSSESSIVES.contains(doc.word(i - 1));
        if is_word(i + 1, "that") && REPORTING_NOUNS.contains(w) && owned() {
            cues.push(phrase(i, i, false));
            continue;
        }
        // "The statement read: “…”", "The sign reads: …"
        if matches!(w, "read" | "reads") && i + 1 < n && doc.is_punct(i + 1, ":") {
            cues.push(Cue {
                base: "read",
                ..phrase(i, i, false)
            });
            continue;
        }
        // "as a Homeland Security memo put it"
        if w == "put" && is_word(i + 1, "it") {
            cues.push(Cue {
                base: "put",
                ..phrase(i, i + 1, false)
            });
            continue;
        }
        // "TASS quoted him as saying", "NTV cited President Erdoğan as saying"
        if w == "quoted" || w == "cited" {
            let saying =
                (i + 2..(i + 6).min(n)).find(|&k| is_word(k, "saying") && is_word(k - 1, "as"));
            if let Some(k) = saying {
                cues.push(phrase(i, k, false));
                continue;
            }
        }
        let Some(verb) = cue_verb(w) else {
            continue;
        };
        // "thought of the days when …", "thinking about running": remembering and weighing
        // claim nothing.
        // Nor does showing up ("The real Trump showed up at debate").
        if verb.base == "think" && (is_word(i + 1, "of") || is_word(i + 1, "about"))
            || verb.base == "show" && is_word(i + 1, "up")
        {
            continue;
        }
        // "A Pew study published this week found": a document's participle qualifies it.
        let made = PUBLISH_VERBS.contains(verb.base);
        if made && verb.is(PAST) && i > 0 && DOCUMENTS.contains(doc.word(i - 1)) {
            continue;
        }
        // "the reported use", "his stated aim", "his recently revealed plan", "Trump's plans",
        // "a Saturday tweet": an adjective or a noun.
        let mut before = i;
        while before > 1
            && (is_ly_adverb(doc.word(before - 1))
                || doc.is_capitalized(before - 1) && TIME_WORDS.contains(doc.word(before - 1)))
        {
            before -= 1;
        }
        // "sounded a call for", "issued a warning that": a noun that a past verb made is a
        // cue; its maker is the source.
        let made = before >= 2
            && ARTICLES.contains(doc.word(before - 1))
            && past_form(doc.word(before - 2))
            && i + 1 < n
            && matches!(doc.word(i + 1), "that" | "for" | "on");
        // "more detailed medical records": a participle that is compared is an adjective.
        // (After a pronoun, "’s" is a verb: "he’s claiming".)
        let contracted = before > 1 && HE_OR_SHE.contains(doc.word(before - 2));
        if before > 0
            && !made
            && (DETERMINERS.contains(doc.word(before - 1))
                || ADJECTIVE_LEADS.contains(doc.word(before - 1)) && !contracted)
        {
            continue;
        }
        let mut last = i;
        // Without its particle, "called" names rather than reports ("called climate change a
        // hoax"): a cue only with a named or pronoun source.
        let mut names_only = false;
        if let Some((_, particles)) = NEEDS_PARTICLE.iter().find(|(base, _)| *base == verb.base) {
            if particles.iter().any(|p| is_word(i + 1, p)) {
                // "“…,” he went on.", but "went on to win" reports nothing.
                if verb.base == "go" && i + 2 < n && doc.tokens[i + 2].kind == Kind::Word {
                    continue;
                }
                last = i + 1;
            } else if verb.base == "comment"
                && i + 1 < n
                && matches!(doc.word(i + 1), ":" | "." | ",")
            {
                // "a friend commented: “…”", "“…,” he commented.": the quote is the content.
            } else if verb.base == "call"
                // "is calling the candidate “extremely fit”": a progressive is the verb too.
                && (!verb.is(GERUND)
                    || i > 0 && matches!(doc.word(i - 1), "is" | "are" | "was" | "were"))
            {
                if !names_what(doc, i + 1) {
                    continue;
                }
                // "… and called it “a gimmick”" goes on with the sentence's source.
                names_only = !(i > 0 && matches!(doc.word(i - 1), "and" | "but"));
            } else if verb.base == "call"
                && i > 0
                && doc.is_punct(i - 1, ",")
                && i + 1 < n
                && (DETERMINERS.contains(doc.word(i + 1))
                    || matches!(doc.word(i + 1), "it" | "him" | "them")
                    || doc.is_capitalized(i + 1))
            {
                // "…, calling the ruling “a disgrace”": a gerund after a comma, with an object,
                // is the verb ("…, calling out to her son" is not).
            } else {
                continue;
            }
        } else if i + 1 < n && CUE_PREPOSITIONS.contains(doc.word(i + 1)) {
            last = i + 1;
        }
        // "shows that Americans …" is the verb whatever its source; "the shows that aired"
        // is the noun.
        // (Not "NBC's “Today” show that …", a title's noun.)
        let verb_before_that = is_word(i + 1, "that")
            && i + 2 < n
            && !past_form(doc.word(i + 2))
            && !AUXILIARIES.contains(doc.word(i + 2))
            && !(i > 0 && matches!(doc.word(i - 1), "\"" | "”"))
            // (Not "in states that Obama won", "the shows that aired"; but "dogged by charges
            // that …".)
            && !(i > 0
                && (PREPOSITIONS.contains(doc.word(i - 1)) || DETERMINERS.contains(doc.word(i - 1)))
                && !REPORTING_NOUNS.contains(doc.word(i)));
        cues.push(Cue {
            first: i,
            last,
            class: verb.class,
            base: verb.base,
            gerund: verb.is(GERUND),
            noun_like: names_only
                || (verb.is(BASE) || verb.is(THIRD))
                    && NOUN_LIKE.contains(verb.base)
                    && !verb_before_that,
            made_by: made.then(|| before - 2),
            according_to: false,
        });
    }
    cues
}

/// Whether "called" before token `i` names its object something ("called Oz a quack", "called
/// the charges unsubstantiated") rather than calls someone ("called the police.") or gives a
/// name ("a group called Citizens United sued").
fn names_what(doc: &Doc, i: usize) -> bool {
    let n = doc.tokens.len();
    let is_word = |k: usize| k < n && doc.tokens[k].kind == Kind::Word;
    // ("who he called about the prospect of …" has no object.)
    if is_word(i) && PREPOSITIONS.contains(doc.word(i)) {
        return false;
    }
    // The object: a name ("the Hope Trust" too), or up to four words before "a", "an", "the".
    let first = if is_word(i) && doc.word(i) == "the" {
        i + 1
    } else {
        i
    };
    let name = is_word(first) && doc.is_capitalized(first);
    let start = if name { first } else { i };
    let end = (start..n.min(start + 5))
        .find(|&k| {
            !is_word(k)
                || name && !doc.is_capitalized(k)
                || !name && k > i && ARTICLES.contains(doc.word(k))
        })
        .unwrap_or(n.min(start + 5));
    let Some(next) = (end < n).then(|| doc.word(end)) else {
        return false;
    };
    // The object alone up to the clause's end: "called the police.", "a charity, called the Hope
    // Trust, in 2010" (not "called the charges unsubstantiated.").
    let clause_ends = matches!(next, "," | ";" | ")")
        || next == "." && (end + 1 == n || doc.sentence_of(end + 1) != doc.sentence_of(end));
    if clause_ends {
        return end == start || !name && end - start > 2;
    }
    // "called Citizens United sued"
    !(name && (past_form(next) || s_form(next) && next.starts_with(char::is_lowercase)))
}

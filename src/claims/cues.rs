//! Stage 1, cues: the reporting verbs and phrases of a document ("said", "according to",
//! "quoted him as saying", the dash that signs a post), each with its class and form.

use crate::data::cues::{
    ADJECTIVE_LEADS, AUXILIARIES, BE_FORMS, BELIEF_ADJECTIVES, CIRCUMSTANCE_PREPOSITIONS,
    CLAUSE_SUBJECT_PRONOUNS, COMMENT_ENDS, CUE_PREPOSITIONS, CueClass, DETERMINERS, DOCUMENTS,
    DOUBLE_CLOSERS, FINITE_BE, GERUND_OBJECTS, HEARING_BODIES, NOUN_CUE_LINKS, NOUN_LIKE,
    NOUNS_BEFORE_FOR, OBJECT_ENDS, OUTLET_WORDS, PLURAL_NOUN_CUES, POSSESSIVES, PREPOSITIONS,
    PUBLISH_VERBS, REPORTING_NOUNS, SOURCE_NOUNS, SPEECH_END_MARKS, TIME_WORDS, WORDS_ONLY,
    needed_particles,
};
use crate::data::given_name_gender;
use crate::data::words::{
    ABBREVIATIONS, ARTICLES, DASHES, Gender, HE_OR_SHE, NOT_NAMES, contracts_after, subject_pronoun,
};
use crate::grammar::{
    BASE, GERUND, PAST, THIRD, VerbForm, contracts_would, cue_verb, is_double_closer,
    is_double_opener, is_ly_adverb, is_straight_double, past_form, s_form,
};
use crate::text::{Doc, Kind, Lowercase};

/// The words after "back" that make it a verb's adverb, no stance: "backing up", "moves back to
/// the Northeast".
const BACK_ADVERBIAL: &str = "up down to into from in on at home off";

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

impl Cue {
    /// Whether it tells a belief, an intention, a stance or a finding rather than speech.
    pub(super) fn stance(&self) -> bool {
        self.class != CueClass::Speech
    }
}

/// The indexes of the cues that start at a token in `from..to`.
pub(super) fn starting_in(cues: &[Cue], from: usize, to: usize) -> std::ops::Range<usize> {
    cues.partition_point(|c| c.first < from)..cues.partition_point(|c| c.first < to)
}

/// Whether the dash at token `i` opens the line that signs an embedded post: a name and a
/// handle after it ("― Jamil Smith (@JamilSmith) August 20, 2016").
pub(super) fn signs_post(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.tokens[i - 1].kind == Kind::Break
        && (i + 2..doc.tokens.len().min(i + SIGNATURE_REACH)).any(|k| doc.word(k).starts_with('@'))
}

/// How many tokens after a verb that introduces words its "that" may come ("posted on her Facebook
/// page that …").
const INTRODUCED_REACH: usize = 8;
/// How many tokens after "quoted" or "cited" its "as saying" may end.
const QUOTED_AS_REACH: usize = 6;
/// How many tokens after "see" its "as" may come ("see the former secretary of state as …").
const SEEN_AS_REACH: usize = 8;
/// How many tokens after the dash that signs a post its handle may come.
const SIGNATURE_REACH: usize = 8;
/// How many tokens the line that signs a quote may have ("― Ana Ruiz, a nurse from Toronto.").
pub(super) const SIGNATURE_LINE: usize = 12;
/// How many tokens after "In" the poll it names may end ("In the latest NBC News/Wall Street
/// Journal poll").
const POLL_REACH: usize = 10;
/// How many words the object of "called" may have before what it is called.
const OBJECT_WORDS: usize = 5;

/// Whether token `i` of `doc` is the word `w`.
fn is_word(doc: &Doc, i: usize, w: &str) -> bool {
    i < doc.tokens.len() && doc.tokens[i].kind == Kind::Word && doc.word(i) == w
}

/// A cue phrase of the speech class from token `first` to `last`.
fn phrase(first: usize, last: usize) -> Cue {
    Cue {
        first,
        last,
        class: CueClass::Speech,
        base: "",
        gerund: false,
        noun_like: false,
        made_by: None,
        according_to: false,
    }
}

/// The cue verbs and phrases of the document, in order.
pub(super) fn find_cues(doc: &Doc) -> Vec<Cue> {
    let n = doc.tokens.len();
    let mut cues: Vec<Cue> = Vec::with_capacity(n / 16);
    for i in 0..n {
        if let Some(cue) = signature_dash(doc, i) {
            cues.push(cue);
            continue;
        }
        // Words inside a cue phrase found already ("quoted him as saying") are not cues.
        if doc.tokens[i].kind != Kind::Word || cues.last().is_some_and(|c| c.last >= i) {
            continue;
        }
        if let Some(cue) = in_poll(doc, i) {
            cues.push(cue);
            continue;
        }
        let w = doc.word(i);
        let lowered = capitalized_cue(doc, i).then(|| Lowercase::new(w));
        let w = lowered.as_ref().map_or(w, Lowercase::as_str);
        // Cue verbs are lowercase words of three letters or more.
        if w.len() < 3 || !w.as_bytes()[0].is_ascii_lowercase() && w != "According" {
            continue;
        }
        if let Some(cue) = phrase_cue(doc, i, w)
            .or_else(|| heard_by(doc, i, w))
            .or_else(|| verb_cue(doc, i, w))
            .or_else(|| beside_quote(doc, i, w))
        {
            cues.push(cue);
        }
    }
    cues
}

/// How many words a document's noun phrase may have between a quote and "read" ("“…,” the
/// statement read.").
const DOCUMENT_WORDS: usize = 4;
/// How many words of a name may stand between a quote's closing mark and a verb of manner
/// ("“…!” Donald Hartley beamed.").
const NAME_WORDS: usize = 4;

/// Whether token `k` is a mark that closes a spoken sentence: `,”`, `!”`, `?”` (or straight).
fn closes_speech(doc: &Doc, k: usize) -> bool {
    k >= 1
        && (is_double_closer(doc.word(k)) || is_straight_double(doc.word(k)))
        && SPEECH_END_MARKS.contains(doc.word(k - 1))
}

/// A past verb outside the lexicon that a quote's punctuation marks as the way it was said:
/// "“This is fantastic!” beamed Donald Hartley", "“…,” Hartley beamed.", "Mr. Christie
/// gloated: “…”". The quote ends on a comma, "!" or "?" inside its mark, or the verb ends on a
/// colon before one.
fn beside_quote(doc: &Doc, i: usize, w: &str) -> Option<Cue> {
    let n = doc.tokens.len();
    if !w.ends_with("ed") || i == 0 || i + 1 >= n {
        return None;
    }
    // "“…,” beamed Donald Hartley": a name after the verb that ends its clause (not
    // "“Scandal,” thanked Obama for …", an object).
    let name_end = (i + 1..n.min(i + 1 + NAME_WORDS))
        .find(|&k| !(doc.tokens[k].kind == Kind::Word && doc.is_capitalized(k)));
    let before_name = closes_speech(doc, i - 1)
        && doc.is_capitalized(i + 1)
        && name_end
            .is_none_or(|k| doc.is_punct(k, ".") || doc.is_punct(k, ",") || is_word(doc, k, "of"));
    // "“…,” Hartley beamed.", "“…!” she gushed,", "“…,” Ms. Abedin answered.": a short name
    // or a pronoun between.
    let after_name = doc.is_punct(i + 1, ".") || doc.is_punct(i + 1, ",");
    let after_name = after_name
        && (1..=NAME_WORDS.min(i - 1)).any(|back| {
            let first = i - back;
            closes_speech(doc, first - 1)
                && (first..i).all(|k| {
                    doc.tokens[k].kind == Kind::Word
                        && (doc.is_capitalized(k) || HE_OR_SHE.contains(doc.word(k)))
                        || doc.is_punct(k, ".") && ABBREVIATIONS.contains(doc.word(k - 1))
                })
        });
    // "Mr. Christie gloated: “…”", "Hillary Clinton cracked, “…”", "she apologised: “…”"
    let before_quote = opens_quote_after(doc, i + 1)
        && (doc.is_capitalized(i - 1)
            || doc.word(i - 1) != "who" && subject_pronoun(doc.word(i - 1)).is_some());
    (before_name || after_name || before_quote).then(|| phrase(i, i))
}

/// "“…” ― Sonya Herridge": a dash after a closing quote, before a name, or opening the line
/// below a paragraph that such a quote ends ("“…”" over "- Bernie Sanders."); or one that
/// opens the line below an embedded post ("― Jamil Smith (@JamilSmith) August 20, 2016").
fn signature_dash(doc: &Doc, i: usize) -> Option<Cue> {
    let dash = doc.word(i);
    if doc.tokens[i].kind != Kind::Punct || i == 0 || !DASHES.contains(dash) {
        return None;
    }
    let closes_quote = |k: usize| DOUBLE_CLOSERS.contains(doc.word(k));
    let below_quote = i > 1 && doc.tokens[i - 1].kind == Kind::Break && closes_quote(i - 2);
    // A hyphen after a quote signs it only at the end of its line: "“…” - Jane Smith, chair of
    // the board." (Not "''Do svidaniya!'' - Russian for ''goodbye.''")
    let signs_line = || {
        (i + 1..doc.tokens.len().min(i + SIGNATURE_LINE))
            .take_while(|&k| {
                let w = doc.word(k);
                doc.tokens[k].kind != Kind::Break
                    && !(is_double_opener(w) || is_double_closer(w) || is_straight_double(w))
            })
            .last()
            .is_some_and(|k| k + 1 == doc.tokens.len() || doc.tokens[k + 1].kind == Kind::Break)
    };
    ((dash != "-" || below_quote || closes_quote(i - 1) && signs_line())
        && (closes_quote(i - 1) || below_quote || signs_post(doc, i))
        && i + 1 < doc.tokens.len()
        && doc.is_capitalized(i + 1))
    .then(|| phrase(i, i))
}

/// Whether the capitalized word at `i` may be a cue: after a word in a title-case headline
/// ("Lindsey Graham Says"), an inverted cue that opens its sentence ("Said Ellis: “…”") or
/// the participle "Asked" there.
fn capitalized_cue(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    let headline_case = i > 0
        && doc.headline[i]
        && doc.tokens[i - 1].kind == Kind::Word
        && w.len() >= 3
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    let opens_inverted = matches!(w, "Said" | "Says")
        && doc.opens_sentence(i)
        && i + 1 < doc.tokens.len()
        && doc.is_capitalized(i + 1);
    // "Asked whether he would resign, …": a question put to the subject.
    headline_case || opens_inverted || w == "Asked" && doc.opens_sentence(i)
}

/// "In" that opens a sentence before the poll or survey that finds what the sentence says: "In
/// the latest poll, Ruiz leads by nine points". The poll is the source, as after "according
/// to". (Annotators mark "Ruiz leads in the polls" less than half the time: left out.)
fn in_poll(doc: &Doc, i: usize) -> Option<Cue> {
    let w = doc.word(i);
    if !(w == "In" && doc.opens_sentence(i)) {
        return None;
    }
    // The poll's name and what qualifies it, no clause or phrase of its own: not "In a memo
    // released as polls closed", "In front of a polling place".
    let end = doc.tokens.len().min(i + POLL_REACH);
    let mut k = i + 1;
    loop {
        if k >= end {
            return None;
        }
        let w = doc.word(k);
        // ("poll", "polls", "polling", "survey", "surveys")
        if w.starts_with("poll") || w.starts_with("survey") {
            break;
        }
        let qualifier =
            doc.tokens[k].kind == Kind::Word && !w.ends_with("ed") && !PREPOSITIONS.contains(w);
        if !qualifier && w != "/" {
            return None;
        }
        k += 1;
    }
    Some(Cue {
        according_to: true,
        ..phrase(i, i)
    })
}

/// "heard" after a court, jury or inquest that hears evidence: "The court heard that he used
/// the money to pay debts", "Sligo Circuit Court heard …", in the court reports of Britain,
/// Ireland and Australia. Whoever spoke goes unnamed (see `Finder::reported_source`).
fn heard_by(doc: &Doc, i: usize, w: &str) -> Option<Cue> {
    (w == "heard"
        && i >= 2
        && HEARING_BODIES.contains(Lowercase::new(doc.word(i - 1)).as_str())
        && (matches!(doc.word(i - 2), "the" | "The") || doc.is_capitalized(i - 1)))
    .then(|| Cue {
        base: "hear",
        ..phrase(i, i)
    })
}

/// Whether token `k` is a finite "be" or "remain", before a state of mind ("is confident",
/// "remains of the view").
fn states(doc: &Doc, k: usize) -> bool {
    FINITE_BE.contains(doc.word(k)) || matches!(doc.word(k), "remain" | "remains")
}

/// A cue phrase at token `i`, the word `w`: "according to", a reporting noun after its owner
/// ("Trump's claim that …"), "read:", "put it", "quoted him as saying".
fn phrase_cue(doc: &Doc, i: usize, w: &str) -> Option<Cue> {
    if (w == "according" || w == "According") && is_word(doc, i + 1, "to") {
        return Some(Cue {
            according_to: true,
            ..phrase(i, i + 1)
        });
    }
    // "Trump's claim that …", "her warning that …"
    let owned = || i > 0 && POSSESSIVES.contains(doc.word(i - 1));
    if is_word(doc, i + 1, "that") && REPORTING_NOUNS.contains(w) && owned() {
        return Some(phrase(i, i));
    }
    // "The statement read: “…”", "The sign reads: …"; "“…,” reads a Wednesday editorial",
    // "“…,” the statement read.", "“…,” it read."
    let after_quote = || {
        i + 1 < doc.tokens.len()
            && closes_speech(doc, i - 1)
            && DETERMINERS.contains(doc.word(i + 1))
            || (2..=DOCUMENT_WORDS.min(i - 1)).any(|back| {
                closes_speech(doc, i - back - 1)
                    && DETERMINERS.contains(doc.word(i - back))
                    && (i - back + 1..i).all(|k| doc.tokens[k].kind == Kind::Word)
            })
            // "“I am still with Sanders,” it read."
            || doc.word(i - 1) == "it" && closes_speech(doc, i - 2)
    };
    if matches!(w, "read" | "reads")
        && i + 1 < doc.tokens.len()
        && (doc.is_punct(i + 1, ":") || i > 1 && after_quote())
    {
        return Some(Cue {
            base: "read",
            ..phrase(i, i)
        });
    }
    // "Ruiz would like to see a deal", "she'd like to …": a wish.
    if w == "like" && i > 0 && is_word(doc, i + 1, "to") {
        let before = doc.word(i - 1);
        let contracted = contracts_would(before);
        if before == "would" || contracted {
            return Some(Cue {
                base: "like",
                class: CueClass::Belief,
                ..phrase(i - usize::from(!contracted), i)
            });
        }
    }
    // "Ruiz is confident that …", "aides were adamant that …": a belief said of its holder.
    if is_word(doc, i + 1, "that") && BELIEF_ADJECTIVES.contains(w) && i > 0 && states(doc, i - 1) {
        return Some(Cue {
            base: "be",
            class: CueClass::Belief,
            ..phrase(i, i)
        });
    }
    // "He was of the view that …", "The court is of the opinion that …".
    if matches!(w, "view" | "opinion")
        && is_word(doc, i + 1, "that")
        && i > 2
        && doc.word(i - 1) == "the"
        && doc.word(i - 2) == "of"
        && states(doc, i - 3)
    {
        return Some(Cue {
            base: "be",
            class: CueClass::Belief,
            ..phrase(i - 2, i)
        });
    }
    // "as a Homeland Security memo put it"
    if w == "put" && is_word(doc, i + 1, "it") {
        return Some(Cue {
            base: "put",
            ..phrase(i, i + 1)
        });
    }
    // "TASS quoted him as saying", "NTV cited President Erdoğan as saying"
    if w == "quoted" || w == "cited" {
        let end = (i + QUOTED_AS_REACH).min(doc.tokens.len());
        return (i + 2..end)
            .find(|&k| is_word(doc, k, "saying") && is_word(doc, k - 1, "as"))
            .map(|k| phrase(i, k));
    }
    None
}

/// A reporting verb at token `i`, the word `w`, unless it is an adjective or a noun here or
/// lacks the particle it needs.
fn verb_cue(doc: &Doc, i: usize, w: &str) -> Option<Cue> {
    let n = doc.tokens.len();
    let verb = cue_verb(w)?;
    // "thought of the days when …", "thinking about running": remembering and weighing claim
    // nothing. Nor does showing up ("The real Trump showed up at debate"), nor backing up or
    // down ("Grain shipments are backing up"), nor "back" that says where ("the campaign moves
    // back to the Northeast").
    if verb.base == "think" && (is_word(doc, i + 1, "of") || is_word(doc, i + 1, "about"))
        || verb.base == "show" && is_word(doc, i + 1, "up")
        || verb.base == "back"
            && i + 1 < n
            && BACK_ADVERBIAL.split(' ').any(|p| doc.word(i + 1) == p)
    {
        return None;
    }
    // Seeing is a view only of something as something ("see Clinton as the stronger
    // candidate"), not "see what happens".
    if verb.base == "see"
        && !(i + 2..n.min(i + SEEN_AS_REACH))
            .take_while(|&k| doc.tokens[k].kind == Kind::Word)
            .any(|k| doc.word(k) == "as")
    {
        return None;
    }
    // "A Pew study published this week found": a document's participle qualifies it.
    if PUBLISH_VERBS.contains(verb.base)
        && verb.is(PAST)
        && i > 0
        && DOCUMENTS.contains(doc.word(i - 1))
    {
        return None;
    }
    let made_by = made_by(doc, i);
    if made_by.is_none() && modified(doc, i) {
        return None;
    }
    // "That said, …" opens the writer's own turn; "he was back to his old self" is no verb.
    let that_said =
        w == "said" && i > 0 && doc.word(i - 1) == "That" && i + 1 < n && doc.is_punct(i + 1, ",");
    let adverb = w == "back" && i > 0 && BE_FORMS.contains(doc.word(i - 1));
    // "There's no denying he …", "she heard shouting": a gerund after "no" or a form of "hear"
    // is a noun (but "can be heard yelling that …" reports); "270 pledged delegates": the
    // participle tells which.
    // "Urban planning expert Dr Nicole Gurran": before a source noun that titles a name, it is
    // a compound's noun.
    let noun = verb.is(GERUND)
        && (i > 0 && doc.word(i - 1) == "no"
            || i > 1 && doc.word(i - 1).starts_with("hear") && !BE_FORMS.contains(doc.word(i - 2))
            || i + 2 < n && SOURCE_NOUNS.contains(doc.word(i + 1)) && doc.is_capitalized(i + 2))
        || verb.base == "pledge"
            && verb.is(PAST)
            && (is_word(doc, i + 1, "delegates") || is_word(doc, i + 1, "delegate"));
    if that_said || adverb || noun {
        return None;
    }
    // "Gun rights advocates said …", "Iowa biofuels advocates say …": a cue's "-s" form that is
    // also a plural noun, right before a verb of its own, is that noun, the verb's subject.
    // ("who he claims has been unfair": after a subject pronoun, it is the verb.)
    // So is a document's name before a verb of its own: "…, RTB report shows".
    let document = DOCUMENTS.contains(w) && i > 0 && doc.word(i - 1) != "to";
    let subject_noun = (PLURAL_NOUN_CUES.contains(w) || document)
        && !(i > 0 && (HE_OR_SHE.contains(doc.word(i - 1)) || doc.word(i - 1) == "it"))
        && i + 1 < n
        && doc.tokens[i + 1].kind == Kind::Word
        && doc.word(i + 1).starts_with(char::is_lowercase)
        && !CUE_PREPOSITIONS.contains(doc.word(i + 1))
        && (AUXILIARIES.contains(doc.word(i + 1))
            || cue_verb(doc.word(i + 1))
                .is_some_and(|v| v.is(PAST) || v.is(BASE) || document && v.is(THIRD)));
    // "Latino support for them", "praise for the plan": a noun before "for", where the verb
    // takes its object.
    let noun_for =
        verb.is(BASE) && NOUNS_BEFORE_FOR.contains(verb.base) && is_word(doc, i + 1, "for");
    // "to, say, single digits": an example set off by commas; "easier said than done".
    let aside =
        w == "say" && i > 0 && doc.is_punct(i - 1, ",") && i + 1 < n && doc.is_punct(i + 1, ",")
            || w == "said" && is_word(doc, i + 1, "than");
    if subject_noun || noun_for || aside {
        return None;
    }
    // "posted on X that …", "“…,” she posted.", but not "posted the results online" or "in a
    // Facebook post that …" (the noun; "will post" is the verb). So with "stated that …",
    // "maintained that …", "continued: …", but not "state Rep. Hoover", "maintained a lead",
    // "continued to interject".
    let noun = verb.is(BASE)
        && !(i > 0 && (AUXILIARIES.contains(doc.word(i - 1)) || doc.word(i - 1) == "to"));
    // (And "submitted" only right before its "that": not "Yue submitted his proposal, Ash
    // wrote that …".)
    if verb.base == "post" && noun
        || verb.base == "submit" && !is_word(doc, i + 1, "that")
        || WORDS_ONLY.contains(verb.base)
            && !introduces_words(doc, i)
            && !(verb.is(PAST) && matches!(verb.base, "state" | "maintain") && clause_after(doc, i))
    {
        return None;
    }
    let (last, names_only) = particle(doc, i, verb)?;
    // "shows that Americans …" is the verb whatever its source; "the shows that aired" is the
    // noun. (Not "NBC's “Today” show that …", a title's noun.)
    let verb_before_that = is_word(doc, i + 1, "that")
        && i + 2 < n
        && !past_form(doc.word(i + 2))
        && !AUXILIARIES.contains(doc.word(i + 2))
        && !(i > 0 && matches!(doc.word(i - 1), "\"" | "”"))
        // (Not "in states that Obama won", "the shows that aired"; but "dogged by charges
        // that …".)
        && !(i > 0
            && (PREPOSITIONS.contains(doc.word(i - 1)) || DETERMINERS.contains(doc.word(i - 1)))
            && !REPORTING_NOUNS.contains(doc.word(i)));
    // "They found that incomes grew", "the researchers found that …": a finding by people,
    // which a clause follows, is a belief of theirs (else evidence comes from documents: "the
    // study found", "a study by Ruiz found that"; not "he found a way").
    let finder = || {
        // (Past an auxiliary: "he has found that …".)
        let j = i - 1 - usize::from(AUXILIARIES.contains(doc.word(i - 1)));
        let w = Lowercase::new(doc.word(j));
        subject_pronoun(w.as_str()).is_some() || SOURCE_NOUNS.contains(w.as_str())
    };
    let class = if verb.class == CueClass::Evidence
        && verb.base != "show"
        && i > 1
        && is_word(doc, i + 1, "that")
        && finder()
    {
        CueClass::Belief
    } else {
        verb.class
    };
    Some(Cue {
        first: i,
        last,
        class,
        base: verb.base,
        gerund: verb.is(GERUND),
        noun_like: names_only
            || (verb.is(BASE) || verb.is(THIRD))
                && NOUN_LIKE.contains(verb.base)
                && !verb_before_that,
        made_by,
        according_to: false,
    })
}

/// Whether the colon or comma at token `k` has a quote opening right after it: "cracked, “…”".
fn opens_quote_after(doc: &Doc, k: usize) -> bool {
    (doc.is_punct(k, ":") || doc.is_punct(k, ","))
        && k + 1 < doc.tokens.len()
        && (is_double_opener(doc.word(k + 1)) || is_straight_double(doc.word(k + 1)))
}

/// Whether the verb at token `i` introduces words: a quote or punctuation right after it, or
/// after where they appeared ("“…,” Ramesh posted on X."), or "that" or a colon a few words on
/// ("posted on Facebook that …"); or a quote closes right before it and its source ("“…,” Pence
/// stated in a press release").
fn introduces_words(doc: &Doc, i: usize) -> bool {
    let n = doc.tokens.len();
    let after_quote = (i.saturating_sub(INTRODUCED_REACH)..i)
        .rev()
        .find(|&k| doc.tokens[k].kind != Kind::Word && !doc.is_punct(k, "."))
        // (A quote that closes its own sentence, "“umpire.” Students would continue …", is
        // another's: a comma, a question or an exclamation ends the quoted words.)
        .is_some_and(|k| {
            let closer =
                |k: usize| is_double_closer(doc.word(k)) || is_straight_double(doc.word(k));
            if doc.is_punct(k, ",") {
                k > 0 && closer(k - 1)
            } else {
                k > 0 && closer(k) && matches!(doc.word(k - 1), "," | "?" | "!")
            }
        });
    let after_outlet = i + 3 >= n || doc.tokens[i + 3].kind != Kind::Word;
    after_quote
        || i + 1 >= n
        || doc.tokens[i + 1].kind != Kind::Word
        || i + 2 < n
            && doc.word(i + 1) == "on"
            && OUTLET_WORDS.contains(doc.word(i + 2))
            && after_outlet
        || (i + 1..n.min(i + INTRODUCED_REACH))
            .take_while(|&k| {
                doc.tokens[k].kind == Kind::Word || doc.is_punct(k, ":") || doc.is_punct(k, ",")
            })
            // ("stated a day earlier, “If …”")
            .any(|k| matches!(doc.word(k), "that" | ":") || opens_quote_after(doc, k))
}

/// Whether a clause with no "that" follows the verb at `i`: a subject pronoun or a name, then
/// a form of "be" or an auxiliary before any comma ("stated Clinton and her team were …"; not
/// "maintained a lead").
fn clause_after(doc: &Doc, i: usize) -> bool {
    let n = doc.tokens.len();
    let k = i + 1;
    k < n
        && (CLAUSE_SUBJECT_PRONOUNS.contains(doc.word(k))
            || doc.is_capitalized(k) && !doc.opens_sentence(k))
        && (k + 1..n.min(k + INTRODUCED_REACH))
            .take_while(|&j| doc.tokens[j].kind == Kind::Word)
            .any(|j| AUXILIARIES.contains(doc.word(j)))
}

/// Where the words before token `i` begin, past adverbs in "-ly" and capitalized times ("his
/// recently revealed plan", "a Saturday tweet").
fn modifiers_start(doc: &Doc, i: usize) -> usize {
    let mut before = i;
    while before > 1
        && (is_ly_adverb(doc.word(before - 1))
            || doc.is_capitalized(before - 1) && TIME_WORDS.contains(doc.word(before - 1)))
    {
        before -= 1;
    }
    before
}

/// "sounded a call for", "issued a warning that": a noun at `i` that a past verb made is a cue,
/// and that verb's token its maker's.
fn made_by(doc: &Doc, i: usize) -> Option<usize> {
    let before = modifiers_start(doc, i);
    (before >= 2
        && ARTICLES.contains(doc.word(before - 1))
        && past_form(doc.word(before - 2))
        && i + 1 < doc.tokens.len()
        && NOUN_CUE_LINKS.contains(doc.word(i + 1)))
    .then(|| before - 2)
}

/// Whether the cue word at `i` is an adjective or a noun after a determiner or an adjective's
/// lead: "the reported use", "his stated aim", "Trump's plans", "more detailed medical
/// records". (After a pronoun, "’s" is a verb: "he’s claiming".)
fn modified(doc: &Doc, i: usize) -> bool {
    let before = modifiers_start(doc, i);
    // ("Moody's said the risk rose", "McDonald's said sales fell": a name's own "'s" before a
    // past form that a clause follows, not a modifier's noun: "Trump's stated goal".)
    // (Not "It's implied that …": "'s" is "is" after a pronoun.)
    let owner_verb = || {
        before > 1
            && matches!(doc.word(before - 1), "'s" | "’s")
            && doc.is_capitalized(before - 2)
            && subject_pronoun(doc.word(before - 2)).is_none()
            && !NOT_NAMES.contains(doc.word(before - 2))
            && past_form(doc.word(i))
            && i + 1 < doc.tokens.len()
            && {
                let next = doc.word(i + 1);
                // ("said" is no modifier: "McDonald's said sales fell".)
                doc.word(i) == "said"
                    || DETERMINERS.contains(next)
                    || next == "that"
                    || subject_pronoun(next).is_some()
            }
    };
    let contracted = before > 1 && contracts_after(doc.word(before - 2));
    // "the combination of pledged delegates": a participle between a preposition and a plural.
    let plural_after = i + 1 < doc.tokens.len() && {
        let next = doc.word(i + 1);
        doc.tokens[i + 1].kind == Kind::Word
            && next.starts_with(char::is_lowercase)
            && s_form(next)
            && !DETERMINERS.contains(next)
    };
    // "after repeated clashes", "amid heightened fears"
    let preposition = |w: &str| PREPOSITIONS.contains(w) || CIRCUMSTANCE_PREPOSITIONS.contains(w);
    // "the TV show “Shark Tank”", "the NBC show Today": a noun before the title it names.
    let titled = before > 1
        && doc.is_capitalized(before - 1)
        && DETERMINERS.contains(doc.word(before - 2))
        && i + 1 < doc.tokens.len()
        && {
            let next = doc.word(i + 1);
            is_double_opener(next)
                || is_straight_double(next)
                || next == "‘"
                || doc.is_capitalized(i + 1)
        }
        && !past_form(doc.word(i))
        && !s_form(doc.word(i));
    // "Patient advocate Stephen McMahon, …, said": a title after the word that opens the
    // sentence, before a given name ("Critics warn Ana Ruiz …": a plural subject's verb).
    let title_of_name = before == i
        && i > 0
        && i + 2 < doc.tokens.len()
        && doc.is_capitalized(i - 1)
        && doc.is_capitalized(i + 2)
        && !s_form(doc.word(i))
        && !past_form(doc.word(i))
        && !doc.word(i).ends_with("ing")
        && !s_form(doc.word(i - 1))
        && doc.opens_sentence(i - 1)
        && subject_pronoun(doc.word(i - 1)).is_none()
        && !PREPOSITIONS.contains(Lowercase::new(doc.word(i - 1)).as_str())
        && given_name_gender(doc.word(i + 1)) != Gender::Unknown;
    // "issued a heat warning for the region", "a yellow weather warning": a warning that an
    // article and the nouns qualifying it lead is a noun, and its nouns no source.
    let compound_warning = doc.word(i) == "warning" && i > 2 && {
        let (w, v) = (doc.word(i - 1), doc.word(i - 2));
        w.starts_with(char::is_lowercase)
            && !SOURCE_NOUNS.contains(w)
            && !matches!(w, "and" | "but" | "or")
            && (ARTICLES.contains(v)
                || v.starts_with(char::is_lowercase) && ARTICLES.contains(doc.word(i - 3)))
    };
    titled
        || title_of_name
        || compound_warning
        || before > 0
            && (DETERMINERS.contains(doc.word(before - 1))
                // ("The accused, whose name …": an article at the start of a sentence too.)
                || ARTICLES.contains(Lowercase::new(doc.word(before - 1)).as_str())
                || ADJECTIVE_LEADS.contains(doc.word(before - 1)) && !contracted && !owner_verb()
                // (Not past a day: "Ruiz on Monday told reporters".) "22 admitted patients":
                // after a number too.
                || (preposition(doc.word(before - 1))
                    || doc.word(before - 1).starts_with(|c: char| c.is_ascii_digit()))
                    && past_form(doc.word(i))
                    && plural_after
                    && !TIME_WORDS.contains(doc.word(before)))
}

/// The last token of the verb at `i` with its particle, and whether it only names (a cue only
/// with a named or pronoun source); `None` where it lacks the particle it needs to report.
fn particle(doc: &Doc, i: usize, verb: VerbForm) -> Option<(usize, bool)> {
    let n = doc.tokens.len();
    let Some(particles) = needed_particles(verb.base) else {
        // ("said about 40 people died": "about" a number is no particle.)
        let about_a_number = i + 2 < n
            && doc.word(i + 1) == "about"
            && doc
                .word(i + 2)
                .starts_with(|c: char| c.is_ascii_digit() || c == '$');
        let with_preposition =
            i + 1 < n && CUE_PREPOSITIONS.contains(doc.word(i + 1)) && !about_a_number;
        return Some((i + usize::from(with_preposition), false));
    };
    // "made it clear that …"
    if verb.base == "make" && is_word(doc, i + 1, "it") && is_word(doc, i + 2, "clear") {
        return Some((i + 2, false));
    }
    if particles.split(' ').any(|p| is_word(doc, i + 1, p)) {
        // "“…,” he went on.", but "went on to win" reports nothing.
        let goes_on_to = verb.base == "go" && i + 2 < n && doc.tokens[i + 2].kind == Kind::Word;
        return (!goes_on_to).then_some((i + 1, false));
    }
    // "a friend commented: “…”", "“…,” he commented.": the quote is the content.
    if verb.base == "comment" && i + 1 < n && COMMENT_ENDS.contains(doc.word(i + 1)) {
        return Some((i, false));
    }
    // Without its particle, "called" names rather than reports ("called climate change a
    // hoax"). "is calling the candidate “extremely fit”": a progressive is the verb too.
    if verb.base == "call" && (!verb.is(GERUND) || i > 0 && FINITE_BE.contains(doc.word(i - 1))) {
        if !names_what(doc, i + 1) {
            return None;
        }
        // "… and called it “a gimmick”" goes on with the sentence's source.
        return Some((i, !(i > 0 && matches!(doc.word(i - 1), "and" | "but"))));
    }
    // "…, calling the ruling “a disgrace”": a gerund after a comma, with an object, is the verb
    // ("…, calling out to her son" is not).
    (verb.base == "call"
        && i > 0
        && doc.is_punct(i - 1, ",")
        && i + 1 < n
        && (DETERMINERS.contains(doc.word(i + 1))
            || GERUND_OBJECTS.contains(doc.word(i + 1))
            || doc.is_capitalized(i + 1)))
    .then_some((i, false))
}

/// Whether "called" before token `i` names its object something ("called Oz a quack", "called
/// the charges unsubstantiated") rather than calls someone ("called the police."), calls
/// something off or gives a name ("a group called Citizens United sued").
fn names_what(doc: &Doc, i: usize) -> bool {
    let n = doc.tokens.len();
    let is_word = |k: usize| k < n && doc.tokens[k].kind == Kind::Word;
    // ("who he called about the prospect of …" has no object; "called off the strike"
    // cancels it.)
    if is_word(i) && (PREPOSITIONS.contains(doc.word(i)) || doc.word(i) == "off") {
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
    let end = (start..n.min(start + OBJECT_WORDS))
        .find(|&k| {
            !is_word(k)
                || name && !doc.is_capitalized(k)
                || !name && k > i && ARTICLES.contains(doc.word(k))
        })
        .unwrap_or(n.min(start + OBJECT_WORDS));
    let Some(next) = (end < n).then(|| doc.word(end)) else {
        return false;
    };
    // The object alone up to the clause's end: "called the police.", "a charity, called the Hope
    // Trust, in 2010" (not "called the charges unsubstantiated.").
    let clause_ends = OBJECT_ENDS.contains(next)
        || next == "." && (end + 1 == n || doc.sentence_of(end + 1) != doc.sentence_of(end));
    if clause_ends {
        return end == start || !name && end - start > 2;
    }
    // "called Citizens United sued" (not "Ruiz called Clinton unqualified": after its
    // subject, "called" is the verb); "called Kast to congratulate him" phones him.
    let subject = i >= 2 && doc.is_capitalized(i - 2);
    !(name
        && (next == "to"
            || !subject
                && (past_form(next) || s_form(next) && next.starts_with(char::is_lowercase))))
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, direct, reported, unnamed};
    use crate::{ClaimKind, annotate};

    #[test]
    fn counsel_submitted_that_is_a_claim_but_a_bid_submitted_is_none() {
        // Regression: "submitted that …" had no claim.
        let text = "Senior advocate Kapil Sibal submitted that 200 families had lost their \
                    homes. The firm submitted a bid. Yue submitted his proposal, Ash wrote.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that 200 families had lost their homes", "submitted", "Kapil Sibal"
                ),
                reported("Yue submitted his proposal", "wrote", "Ash"),
            ]
        );
    }

    #[test]
    fn an_order_is_a_claim_of_whoever_gave_it() {
        // Regression: "ordered" reported nothing ("Orders" and "the order" are nouns).
        let text = "A magistrate ordered the council to reopen the clinic. The premier ordered \
                    a review of the contract. Orders were slow, the baker said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the council to reopen the clinic", "ordered", "A magistrate"
                ),
                reported("a review of the contract", "ordered", "The premier"),
                reported("Orders were slow", "said", "the baker"),
            ]
        );
    }

    #[test]
    fn an_offer_is_a_claim_but_what_someone_was_offered_is_none() {
        // Regression: "offered" reported nothing.
        let text = "Ruiz offered to resign over the delays. The mourners were offered stamps. \
                    The mayor offered her condolences to the families.";
        assert_eq!(
            claims(text),
            [
                reported("to resign over the delays", "offered", "Ruiz"),
                reported("her condolences to the families", "offered", "The mayor"),
            ]
        );
    }

    #[test]
    fn what_a_court_heard_is_a_claim_of_no_one_named() {
        // Regression: "The court heard that …" had no claim; whoever hears is no source.
        let text = "The court heard that he used the money to pay debts. Sligo Circuit Court \
                    heard he was sorry. Voters heard the plan. The jury was told the man fled.";
        assert_eq!(
            claims(text),
            [
                unnamed("that he used the money to pay debts", "heard"),
                unnamed("he was sorry", "heard"),
                unnamed("the man fled", "told"),
            ]
        );
    }

    #[test]
    fn a_participle_after_an_article_that_opens_the_sentence_is_no_cue() {
        // Regression: "The accused" reported the rest of the sentence.
        let text = "The accused, whose name has not been released, is to appear in court on \
                    Dec. 12. The reported figure was too low. An estimated 200 officers were \
                    there.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn stated_or_maintained_before_a_clause_with_no_that_is_a_cue() {
        // Regression: "stated Clinton and her team were" was no cue, being no "that".
        let text = "Ana Ruiz stated Tom Reyes and his team were careless. Reyes maintained he \
                    was right. The party maintained a lead in Ohio.";
        assert_eq!(
            claims(text),
            [
                reported("Tom Reyes and his team were careless", "stated", "Ana Ruiz"),
                reported("he was right", "maintained", "Tom Reyes"),
            ]
        );
    }

    #[test]
    fn a_verb_that_reports_only_words_reports_the_quote_before_its_source() {
        // Regression: "stated" after a quote and its source was no cue, and the quote no one's.
        let text = "“The plan must go,” Ana Ruiz stated in a release. He was a “umpire.” Voters \
                    would continue to vote.";
        assert_eq!(
            claims(text),
            [direct("The plan must go,", "stated", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_name_s_own_possessive_before_said_is_no_modifier() {
        // Regression: "Moody's said" read like "Trump's stated goal", and had no claim.
        let text = "Analysts at Moody's said the risk rose. Ana Ruiz's stated goal was clear. It's \
                    implied that he won't run.";
        assert_eq!(
            claims(text),
            [reported("the risk rose", "said", "Analysts at Moody")]
        );
    }

    #[test]
    fn who_s_before_a_past_form_is_who_has() {
        // Regression: "’s" made "argued" an adjective, as in "Trump’s stated goal".
        let text = "Ana Ruiz, who’s argued that the plan would fail, left. Ruiz’s stated goal \
                    was clear.";
        assert_eq!(
            claims(text),
            [reported("that the plan would fail", "argued", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_document_s_name_before_a_verb_of_its_own_is_no_cue() {
        // Regression: "report" was the headline's cue, and "RTB" its source.
        let text = "Rents rise for 11th quarter in a row, RTB report shows\n\nRents rose again.";
        assert_eq!(
            claims(text),
            [reported(
                "Rents rise for 11th quarter in a row", "shows", "RTB report"
            )]
        );
    }

    #[test]
    fn backing_up_or_down_or_back_to_a_place_is_no_stance() {
        // Regression: "up across the Prairies" was what grain shipments backed.
        let text = "Grain shipments are backing up across the Prairies. The mayor backed down \
                    on Monday. The campaign moves back to Ohio. The union is backing Ana Ruiz.";
        assert_eq!(claims(text), [reported("Ana Ruiz", "backing", "The union")]);
    }

    #[test]
    fn a_gerund_after_a_verb_of_hearing_is_the_sound_unless_passive() {
        // Regression: "around 2 a.m" was a claim with the cue "shouting".
        let text = "Ana Ruiz said she heard shouting around 2 a.m. Ruiz could be heard yelling \
                    that the door was locked.";
        assert_eq!(
            claims(text),
            [
                reported("she heard shouting around 2 a.m", "said", "Ana Ruiz"),
                reported("that the door was locked", "yelling", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_cue_s_form_after_new_or_latest_is_a_noun() {
        // Regression: the headline's "rules" was a cue, "Toronto council approves new" its
        // speaker.
        let text = "Toronto council approves new rules for rooming houses\n\nThe latest \
                    estimates for the city are lower.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_gerund_before_a_source_noun_that_titles_a_name_is_no_cue() {
        // Regression: "planning" was a cue, and "Urban" its speaker.
        let text = "Urban planning expert Dr Ana Ruiz, from the University of Sydney, says \
                    density alone will not fix affordability.";
        assert_eq!(
            claims(text),
            [reported(
                "density alone will not fix affordability",
                "says",
                "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_cue_between_the_first_word_and_a_full_name_is_a_title() {
        // Regression: "advocate" was a cue, "Patient" its speaker and the name its claim; a
        // plural's verb before a name stays a cue.
        let text = "Patient advocate Mary Diaz, of the Patients' Association, said older patients \
                    suffer most. Critics warn Ana Ruiz that the plan will fail.";
        assert_eq!(
            claims(text),
            [
                reported("older patients suffer most", "said", "Mary Diaz"),
                reported("that the plan will fail", "warn", "Critics"),
            ]
        );
    }

    #[test]
    fn a_verb_beside_a_quote_after_an_honorific_and_a_name_is_its_cue() {
        // Regression: with "Ms." between, "answered" was no cue and the quote no one's.
        let text = "\"It's the minister,\" Ms. Ruiz answered.";
        assert_eq!(
            claims(text),
            [direct("It's the minister,", "answered", "Ruiz")]
        );
    }

    #[test]
    fn about_before_a_number_is_no_particle_of_the_cue() {
        // Regression: the cue was "said about", and the content lost its "about".
        let text = "Ana Ruiz said about $300 million would be set aside. Police said about 40 \
                    people were hurt. Diaz talked about the plan.";
        assert_eq!(
            claims(text),
            [
                reported("about $300 million would be set aside", "said", "Ana Ruiz"),
                reported("about 40 people were hurt", "said", "Police"),
                reported("the plan", "talked about", "Diaz"),
            ]
        );
    }

    #[test]
    fn a_warning_after_an_article_and_its_nouns_is_a_noun() {
        // Regression: "a heat" warned "for the region"; a warning its maker issued still
        // reports.
        let text = "The weather office issued a heat warning for the region. Forecasters \
                    issued a yellow weather warning for rain. The agency issued a warning that \
                    the dam could fail.";
        assert_eq!(
            claims(text),
            [reported("that the dam could fail", "warning", "The agency")]
        );
    }

    #[test]
    fn a_state_calls_something_what_it_is() {
        // Regression: a country was no source for "called", and the claim was lost.
        let text = "Washington, a treaty ally of Manila, called the maneuvers \"dangerous\".";
        assert_eq!(
            claims(text),
            [reported(
                "the maneuvers \"dangerous\"", "called", "Washington"
            )]
        );
    }

    #[test]
    fn a_plural_noun_cue_after_a_subject_pronoun_is_the_verb() {
        // Regression: "claims" before "has" was taken for the plural noun, and the claim lost.
        let text = "Ana Ruiz faulted the mayor, who she claims has been unfair to her.";
        assert_eq!(
            claims(text),
            [
                reported("who", "claims", "Ana Ruiz"),
                reported("has been unfair to her", "claims", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn seeing_something_as_something_is_a_view() {
        // Regression: "see" was no cue, and the view was lost.
        let text = "Democratic voters see Ruiz as the stronger candidate. We will see what \
                    happens.";
        assert_eq!(
            claims(text),
            [reported(
                "Ruiz as the stronger candidate", "see", "Democratic voters"
            )]
        );
    }

    #[test]
    fn pledged_delegates_and_no_denying_report_nothing() {
        // Regression: "delegates and superdelegates" was pledged by "The figures include", and
        // "patients stuck in the hallway" admitted by no one.
        let text = "The figures include pledged delegates and superdelegates. There's no \
                    denying he has had quite a run. We had 22 admitted patients stuck in the \
                    hallway. Ruiz has pledged to stay in the race.";
        assert_eq!(
            claims(text),
            [reported("to stay in the race", "pledged", "Ruiz")]
        );
    }

    #[test]
    fn called_after_its_subject_names_what_the_object_is() {
        // Regression: "unqualified" was taken for the verb of "Clinton", as in "a group called
        // Citizens United sued".
        let text = "Ana Ruiz called Clinton unqualified. A group called Citizens United sued.";
        assert_eq!(
            claims(text),
            [reported("Clinton unqualified", "called", "Ana Ruiz")]
        );
    }

    #[test]
    fn charges_and_encouragement_report_but_the_noun_does_not() {
        let text = "Donald Trump charges that donors gave millions. He encouraged Americans to \
                    check. The charges against him were dropped.";
        assert_eq!(
            claims(text),
            [
                reported("that donors gave millions", "charges", "Donald Trump"),
                reported("Americans to check", "encouraged", "Donald Trump")
            ]
        );
    }

    #[test]
    fn shows_that_is_a_verb_whatever_its_source() {
        let text = "A Bloomberg poll shows that Americans have abandoned him. \
                    Another slide shows that most avocados are grown in Mexico.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that Americans have abandoned him", "shows", "A Bloomberg poll"
                ),
                reported(
                    "that most avocados are grown in Mexico", "shows", "Another slide"
                )
            ]
        );
    }

    #[test]
    fn say_set_off_by_commas_and_easier_said_than_done_report_nothing() {
        let text = "Ruiz could narrow the gap to, say, single digits. Fixing the roads is easier \
                    said than done.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn naming_verbs_take_source_noun_phrases_too() {
        let text = "The Trump campaign called the charges unsubstantiated. \
                    Some called the plan a joke.";
        assert_eq!(
            claims(text),
            [reported(
                "the charges unsubstantiated", "called", "The Trump campaign"
            )]
        );
    }

    #[test]
    fn beliefs_reached_by_assumption_and_inquiry() {
        let text = "Negotiators assumed that Mr. Clarke had the money. \
                    Investigators determined that the fire was set.";
        assert_eq!(
            claims(text),
            [
                reported("Mr. Clarke had the money", "assumed that", "Negotiators"),
                reported("that the fire was set", "determined", "Investigators")
            ]
        );
    }

    #[test]
    fn viewing_something_as_something_is_a_belief() {
        let text = "Birchers viewed communists as terrorists. Her views on trade are known.";
        assert_eq!(
            claims(text),
            [reported("communists as terrorists", "viewed", "Birchers")]
        );
    }

    #[test]
    fn a_described_person_after_the_cue_is_the_person_not_the_description() {
        let text = "“I thought that Mike Pence did all the things right,” said MSNBC host Chris \
                    Matthews. The explosion went off in front of 131 West 23rd Street, \
                    according to NYPD Commissioner James O’Neill. \"This is a waste of time,\" said Del. Stacey \
                    Plaskett of the Virgin Islands.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "I thought that Mike Pence did all the things right,",
                    "said",
                    "Chris Matthews"
                ),
                reported(
                    "The explosion went off in front of 131 West 23rd Street",
                    "according to",
                    "James O’Neill"
                ),
                direct("This is a waste of time,", "said", "Stacey Plaskett"),
            ]
        );
    }

    #[test]
    fn a_noun_phrase_after_called_is_its_object_not_its_source() {
        // Regression: "the statement" after "called" was taken for an inverted source, and the
        // name before it for the content.
        let text = "A lawyer for the tenants, Jim Ortiz, called the statement “meaningless.”";
        assert_eq!(
            claims(text),
            [reported(
                "the statement “meaningless.”", "called", "Jim Ortiz"
            )]
        );
    }

    #[test]
    fn apposition_between_speaker_and_cue() {
        let text =
            "Nikki Haley, the U.S. ambassador to the United Nations, said the vote was a disgrace.";
        assert_eq!(
            claims(text),
            [reported("the vote was a disgrace", "said", "Nikki Haley")]
        );
        let text = "U.S. Ambassador to the United Nations, Nikki Haley, called on Moscow to stop protecting Assad.";
        assert_eq!(
            claims(text),
            [reported(
                "Moscow to stop protecting Assad", "called on", "Nikki Haley"
            )]
        );
    }

    #[test]
    fn an_informed_source_after_its_cue_keeps_what_it_knows() {
        let text = "The plan is dead, according to two people familiar with the plans. The deal \
                    is close, said a person familiar with the talks.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The plan is dead", "according to", "two people familiar with the plans"
                ),
                reported(
                    "The deal is close", "said", "a person familiar with the talks"
                ),
            ]
        );
    }

    #[test]
    fn an_aside_between_dashes_stands_between_the_source_and_its_cue() {
        let text = "The bank's chief executive — who resigned last month — has said he was sorry. \
                    Sen. Tim Scott — a Republican from South Carolina — said the bill was dead.";
        assert_eq!(
            claims(text),
            [
                reported("he was sorry", "said", "The bank's chief executive"),
                reported("the bill was dead", "said", "Tim Scott"),
            ]
        );
    }

    #[test]
    fn a_past_verb_beside_a_spoken_quote_is_how_it_was_said() {
        let text = "“This is fantastic!” beamed Dana Ortiz of Fresno, California, who had come \
                    early. “We will win,” Ortiz crowed. Mr. Ruiz gloated: “I told you so.” \
                    Kerry Lane, star of “Scandal,” smiled at Obama.";
        assert_eq!(
            claims(text),
            [
                direct("This is fantastic!", "beamed", "Dana Ortiz"),
                direct("We will win,", "crowed", "Dana Ortiz"),
                direct("I told you so.", "gloated", "Ruiz"),
            ]
        );
    }

    #[test]
    fn a_past_verb_before_a_comma_and_a_quote_or_after_a_pronoun_is_how_it_was_said() {
        // Regression: neither quote had a claim.
        let text = "During the debate, Ana Ruiz cracked, “I'm a progressive who gets things \
                    done.” The Health Service Executive spoke later. In a statement, it \
                    apologised: “We regret the delay.” The man who wired, “Send money,” was her \
                    father.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "I'm a progressive who gets things done.",
                    "cracked",
                    "Ana Ruiz"
                ),
                direct(
                    "We regret the delay.", "apologised", "Health Service Executive"
                ),
            ]
        );
    }

    #[test]
    fn a_document_reads_the_quote_beside_it() {
        let text = "“The senator has less spine than a jellyfish,” reads a Sunday editorial in \
                    The Fresno Review. “The talks were useful,” the ministry's statement read. \
                    He read a book.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "The senator has less spine than a jellyfish,",
                    "reads",
                    "a Sunday editorial in The Fresno Review"
                ),
                direct("The talks were useful,", "read", "the ministry's statement"),
            ]
        );
        let sign = "She lifted a sign of her own. “Still with Lopez,” it read.";
        assert_eq!(
            claims(sign),
            [("Still with Lopez,", ClaimKind::Direct, Some("read"), None)]
        );
    }

    #[test]
    fn continues_before_a_quote_reports_but_continue_to_does_not() {
        // Regression: only "continued" was a cue.
        let text = "The letter continues: “Please explain your understanding.” We continue to \
                    fight.";
        assert_eq!(
            claims(text),
            [direct(
                "Please explain your understanding.", "continues", "The letter"
            )]
        );
    }

    #[test]
    fn support_before_for_is_the_noun() {
        // Regression: "Latino" supported "for Ruiz in May".
        let text = "Latino support for Ruiz fell in May. Ortiz said the praise for the plan was \
                    rare.";
        assert_eq!(
            claims(text),
            [reported(
                "the praise for the plan was rare", "said", "Ortiz"
            )]
        );
    }

    #[test]
    fn more_reporting_verbs() {
        let text = "The minister assured reporters that the talks would go on. Critics decried \
                    the plan as reckless. Ms. Diaz reminded voters that she had won twice.";
        assert_eq!(
            claims(text),
            [
                reported("that the talks would go on", "assured", "The minister"),
                reported("the plan as reckless", "decried", "Critics"),
                reported("that she had won twice", "reminded", "Diaz"),
            ]
        );
    }

    #[test]
    fn stances_of_assailing_reaffirming_deeming_and_preferring() {
        let text = "Ana Ruiz assailed the plan as a giveaway. The board reaffirmed that the vote \
                    would stand. The auditors deemed the fees excessive. Most voters in the \
                    district prefer Ortiz.";
        assert_eq!(
            claims(text),
            [
                reported("the plan as a giveaway", "assailed", "Ana Ruiz"),
                reported("that the vote would stand", "reaffirmed", "The board"),
                reported("the fees excessive", "deemed", "The auditors"),
                reported("Ortiz", "prefer", "Most voters in the district"),
            ]
        );
    }

    #[test]
    fn bemoaning_thanking_and_persuading_are_stances_but_thanks_to_is_none() {
        let text = "Ana Ruiz bemoaned the loss of the library. She thanked volunteers for their \
                    work. Ortiz persuaded the council that the plan was sound. The plan passed \
                    thanks to his votes.";
        assert_eq!(
            claims(text),
            [
                reported("the loss of the library", "bemoaned", "Ana Ruiz"),
                reported("volunteers for their work", "thanked", "Ana Ruiz"),
                reported("the council that the plan was sound", "persuaded", "Ortiz"),
            ]
        );
    }

    #[test]
    fn termed_names_its_object_but_the_noun_term_is_no_cue() {
        // Regression: "termed the budget “anti-people”" had no claim.
        let text = "Ana Ruiz on Wednesday termed the budget “anti-people”. In his second term \
                    voters trusted him.";
        assert_eq!(
            claims(text),
            [reported("the budget “anti-people”", "termed", "Ana Ruiz")]
        );
    }

    #[test]
    fn being_of_the_view_that_is_a_belief() {
        let text = "Ana Ruiz was of the view that the levy would raise prices. The court is of \
                    the opinion that the law stands. The view of the river is fine.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the levy would raise prices", "of the view", "Ana Ruiz"
                ),
                reported("that the law stands", "of the opinion", "The court"),
            ]
        );
    }

    #[test]
    fn congratulating_vouching_and_extolling_are_stances() {
        let text = "Ana Ruiz congratulated Ortiz on his win. Two former judges vouched for the \
                    nominee. The mayor extolled the virtues of the old library.";
        assert_eq!(
            claims(text),
            [
                reported("Ortiz on his win", "congratulated", "Ana Ruiz"),
                reported("for the nominee", "vouched", "Two former judges"),
                reported("the virtues of the old library", "extolled", "The mayor"),
            ]
        );
    }

    #[test]
    fn a_negated_auxiliary_stands_between_a_source_and_its_cue() {
        // Regression: "He wouldn't say" had no speaker.
        let text = "Frank Hill wrote that turnout would be high. He wouldn't say whether the \
                    party had hired staff.";
        assert_eq!(
            claims(text)[1],
            reported("whether the party had hired staff", "say", "Frank Hill")
        );
    }

    #[test]
    fn an_evidence_cue_whose_source_opens_before_its_sentence() {
        // Regression (found by the fuzzer): the word before the source's titles was looked up
        // before the text's first token.
        let text = "F..Spa add'*:\"Hzp\u{0}\u{0}[....USA Today.K.'g*,";
        assert!(annotate(text).validate(text).is_ok());
        // A cue that ends the text looks at no word after it.
        assert_eq!(claims("The poll shows"), []);
        assert_eq!(claims("Trump showed"), []);
        assert_eq!(claims("The accord was expected"), []);
    }

    #[test]
    fn what_people_found_is_a_claim_of_theirs_when_a_clause_follows() {
        // Regression: a finding came only from a document, so researchers and "they" found
        // nothing.
        let text = "The researchers found that rents rose. Ana Ruiz studied the data. She has \
                    found that wages fell. She found a way out.";
        assert_eq!(
            claims(text),
            [
                reported("that rents rose", "found", "The researchers"),
                reported("that wages fell", "found", "Ana Ruiz"),
            ]
        );
        // (A document with a name before its cue still finds.)
        let text = "A 2014 study by Harvard and the University of California at Berkeley found \
                    that prices rose.";
        assert_eq!(claims(text)[0].0, "that prices rose");
    }

    #[test]
    fn nouns_that_look_like_cues_are_not_cues() {
        assert_eq!(
            claims("The gas attack killed dozens, and the battleground states voted."),
            []
        );
    }

    #[test]
    fn called_without_a_particle_needs_a_named_source() {
        let text = "Trump has called climate change a hoax. A man called John left.";
        assert_eq!(
            claims(text),
            [reported("climate change a hoax", "called", "Trump")]
        );
        // Regression: "calling" as the first word looked before the text.
        assert_eq!(claims("calling it a hoax"), []);
        // After a comma, with its object, "calling" goes on with the sentence's source.
        let text = "Scholz said he would appeal, calling the ruling “a disgrace”. She left the \
                    room, calling out to her son.";
        assert_eq!(
            claims(text),
            [
                reported("he would appeal", "said", "Scholz"),
                reported("the ruling “a disgrace”", "calling", "Scholz"),
            ]
        );
    }

    #[test]
    fn called_names_its_object_something_not_calls_or_names_it() {
        // (Regression: "called off the strike" called the union something, and "called Kast to
        // congratulate him" called Kast something.)
        let text = "A spokesman called the charges unsubstantiated. Mr. Dimon called Mr. \
                    Stumpf's testimony “gutless.” The union called off the strike. Boric called \
                    Kast to congratulate him.";
        assert_eq!(
            claims(text),
            [
                reported("the charges unsubstantiated", "called", "A spokesman"),
                reported("Mr. Stumpf's testimony “gutless.”", "called", "Dimon"),
            ]
        );
        // After "and", "called" goes on with the sentence's source.
        let text = "Kaine said the plan would leave out millions of families and called it \
                    \"a gimmick.\" He went home and called his mother.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the plan would leave out millions of families",
                    "said",
                    "Kaine"
                ),
                reported("it \"a gimmick.\"", "called", "Kaine"),
            ]
        );
        // Regression: "announcing" ran on into the main clause, and "citing" went to the
        // statement.
        let text = "In a statement announcing the pick, the Transport Workers Union called \
                    Clinton a “champion,” citing her work after the attacks.";
        assert_eq!(
            claims(text),
            [
                reported("the pick", "announcing", "a statement"),
                reported("Clinton a “champion,”", "called", "Transport Workers Union"),
                reported(
                    "her work after the attacks", "citing", "Transport Workers Union"
                ),
            ]
        );
        // Regressions: a naming participle, and a call, were claims of "A group" and "Smith".
        let text = "A group called Citizens United sued the commission. She founded a charity, \
                    called the Hope Trust, in 2010. Mr. Smith called the police.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_reporting_noun_after_its_owner() {
        let text =
            "Politifact seized on Trump's claim that there have been thousands of shootings.";
        assert_eq!(
            claims(text),
            [reported(
                "that there have been thousands of shootings",
                "claim",
                "Trump"
            )]
        );
    }

    #[test]
    fn shot_back_and_fired_back_are_cues_but_not_at_a_gunman() {
        let text = "Pence shot back, \"Senator, you've whipped out that thing again.\" Trump \
                    fired back within hours. Donald Trump fired back that Clinton was weak. The \
                    officer fired back at the gunman.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "Senator, you've whipped out that thing again.",
                    "shot back",
                    "Pence"
                ),
                reported("that Clinton was weak", "fired back", "Donald Trump"),
            ]
        );
    }

    #[test]
    fn a_progressive_calling_names_like_called() {
        let text = "Trump is calling the charges “a hoax.”";
        assert_eq!(
            claims(text),
            [reported("the charges “a hoax.”", "calling", "Trump")]
        );
    }

    #[test]
    fn a_cue_after_a_pronoun_and_a_contracted_verb() {
        let text = "Trump said the vote was rigged. He’s claiming that voter fraud is a big \
                    problem. Trump's claimed victory is hollow.";
        assert_eq!(
            claims(text),
            [
                reported("the vote was rigged", "said", "Trump"),
                reported("that voter fraud is a big problem", "claiming", "Trump"),
            ]
        );
    }

    #[test]
    fn a_source_noun_with_a_verb_after_an_aside_and_its_cue_is_the_content() {
        let text = "The Trump campaign, for its part, insisted the candidate had been \
                    misunderstood. The talks stalled, said a person in the room.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the candidate had been misunderstood", "insisted", "The Trump campaign"
                ),
                reported("The talks stalled", "said", "a person in the room"),
            ]
        );
    }

    #[test]
    fn a_causative_verb_is_no_part_of_a_source_phrase() {
        let text = "Readers may not let editorials tell them how to vote.";
        assert_eq!(
            claims(text),
            [reported("them how to vote", "tell", "editorials")]
        );
    }

    #[test]
    fn a_name_before_an_opening_mark_after_the_cue_opens_the_content() {
        // Regression: "said Clinton “believes …”" was read as "…, said Clinton.", and the
        // claim was "A spokesman, Glen Caplin", Clinton's.
        let text = "A spokesman, Glen Caplin, said Clinton \"believes strongly in the \
                    independence of the Federal Reserve.\"";
        assert_eq!(
            claims(text),
            [reported(
                "Clinton \"believes strongly in the independence of the Federal Reserve.\"",
                "said",
                "Glen Caplin"
            )]
        );
    }

    #[test]
    fn only_between_a_source_and_its_cue() {
        let text =
            "Clinton baited Donald Trump. He could only mutter, \"Where did you find this?\"";
        assert_eq!(
            claims(text),
            [direct("Where did you find this?", "mutter", "Donald Trump")]
        );
    }

    #[test]
    fn today_and_yesterday_stand_between_a_source_and_its_cue_and_before_its_content() {
        // Regression: "yesterday" was the start of the content, and "Johnson" no source.
        let text = "The minister said yesterday the talks had failed. Johnson yesterday denied \
                    allegations that he lied to Parliament. Johnson announced today that he \
                    will not resign.";
        assert_eq!(
            claims(text),
            [
                reported("the talks had failed", "said", "The minister"),
                reported("that he lied to Parliament", "denied", "Johnson"),
                reported("that he will not resign", "announced", "Johnson"),
            ]
        );
    }

    #[test]
    fn a_cue_s_noun_after_a_preposition_or_an_article_is_no_verb() {
        // Regression: "states that President Barack Obama won" and "making incendiary comments,
        // said" were claims.
        let text = "Seven of them are in states that President Barack Obama won. Oz has been \
                    dogged by charges that he has perpetuated questionable advice. Maine Gov. \
                    Paul LePage, a Trump supporter known for making incendiary comments, said \
                    Tuesday that he was not confident.";
        assert_eq!(
            claims(text),
            [
                (
                    "that he has perpetuated questionable advice",
                    ClaimKind::Indirect,
                    Some("charges"),
                    None
                ),
                reported("that he was not confident", "said", "Paul LePage"),
            ]
        );
    }

    #[test]
    fn a_particle_after_a_cue_is_part_of_it() {
        // Regression: the content was "out that different approaches …".
        let text = "Kerry has not ruled out that different approaches could be formed.";
        assert_eq!(
            claims(text),
            [reported(
                "that different approaches could be formed",
                "ruled out",
                "Kerry"
            )]
        );
    }

    #[test]
    fn calling_about_something_calls_no_one_anything() {
        // Regression: "about the prospect of holding an event" was Trump's claim.
        let text = "It is unclear who the president called about the prospect of holding an \
                    event in Michigan. Trump called Oz a quack.";
        assert_eq!(claims(text), [reported("Oz a quack", "called", "Trump")]);
    }

    #[test]
    fn an_adverb_of_frequency_is_no_head_of_a_source() {
        // Regression: "Trump never" was the speaker.
        let text = "Trump never missed an opportunity to remind the audience he was the only \
                    candidate funding his campaign.";
        assert_eq!(
            claims(text),
            [reported(
                "he was the only candidate funding his campaign",
                "remind",
                "Trump"
            )]
        );
    }

    #[test]
    fn the_writer_s_that_said_and_an_adverb_or_adjective_like_a_cue_are_no_cues() {
        let text = "That said, a loss here would hurt her. Within hours, he was back to his old \
                    self. He rose after repeated clashes with the mayor.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_noun_before_the_title_it_names_is_no_cue() {
        // Regression: "show" was a cue, "TV" its source and the title its claim.
        let text = "Ann Cole, a host on the TV show “Money Talks,” joined the panel.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_plural_noun_before_its_own_verb_is_no_cue() {
        // Regression: "advocates" was the cue, "Gun rights" its source.
        let text = "Gun rights advocates said the law would fail. Ms. Ruiz writes back that it \
                    will not. Mr. Pell says praise from abroad helps.";
        assert_eq!(
            claims(text),
            [
                reported("the law would fail", "said", "Gun rights advocates"),
                reported("that it will not", "writes back", "Ruiz"),
                reported("praise from abroad helps", "says", "Pell"),
            ]
        );
    }

    #[test]
    fn would_like_to_is_a_wish() {
        let text = "Ruiz would like to see a deal. Pell said he'd like to run. Ortiz would like \
                    the cake.";
        assert_eq!(
            claims(text),
            [
                reported("to see a deal", "would like", "Ruiz"),
                reported("he'd like to run", "said", "Pell"),
            ]
        );
    }

    #[test]
    fn a_belief_said_of_its_holder_is_a_cue() {
        let text = "Ruiz is confident that he will win. His donors remain hopeful that he will \
                    run. Ruiz is confident.";
        assert_eq!(
            claims(text),
            [
                reported("that he will win", "confident", "Ruiz"),
                reported("that he will run", "hopeful", "His donors"),
            ]
        );
    }

    #[test]
    fn making_clear_is_a_cue_and_making_a_thing_is_none() {
        let text = "Ruiz made clear that he would not resign. Pell has made it clear he will run. \
                    Ortiz made a cake.";
        assert_eq!(
            claims(text),
            [
                reported("that he would not resign", "made clear", "Ruiz"),
                reported("he will run", "made it clear", "Pell"),
            ]
        );
    }

    #[test]
    fn posting_words_is_a_cue_and_posting_a_thing_is_none() {
        let text = "Senator Ruiz posted on X that the vote had been rigged. Senator Ruiz posted the \
                    results online. Senator Ruiz wrote in a Facebook post that he would resign. \
                    “We will win,” Senator Ruiz posted. “It was rigged,” Ruiz posted on X. Ruiz \
                    posted on Facebook videos of the rally.";
        assert_eq!(
            claims(text),
            [
                reported("that the vote had been rigged", "posted", "Ruiz"),
                reported("that he would resign", "wrote", "Ruiz"),
                direct("We will win,", "posted", "Ruiz"),
                direct("It was rigged,", "posted", "Ruiz"),
            ]
        );
    }

    #[test]
    fn clarifying_confessing_and_reassuring_are_cues() {
        let text = "The governor clarified that he would run. Ruiz confessed that she was nervous. \
                    Officials reassured voters that the count was complete.";
        assert_eq!(
            claims(text),
            [
                reported("that he would run", "clarified", "The governor"),
                reported("that she was nervous", "confessed", "Ruiz"),
                reported(
                    "voters that the count was complete", "reassured", "Officials"
                ),
            ]
        );
    }

    #[test]
    fn pondering_and_inferring_are_beliefs() {
        let text = "Ruiz pondered whether the levy would pass. Analysts inferred that the mill \
                    would close.";
        assert_eq!(
            claims(text),
            [
                reported("whether the levy would pass", "pondered", "Ruiz"),
                reported("that the mill would close", "inferred", "Analysts"),
            ]
        );
    }

    #[test]
    fn retweeting_a_message_is_a_cue() {
        let text = "Senator Ruiz retweeted a message from her aide, Jo Park.";
        assert_eq!(
            claims(text),
            [reported(
                "a message from her aide, Jo Park", "retweeted", "Ruiz"
            )]
        );
    }

    #[test]
    fn stating_maintaining_and_continuing_report_only_the_words_they_introduce() {
        let text = "The report states that the plant was safe. Supporters include state Rep. Ana \
                    Ruiz. Mayor Ortiz maintained that the vote was fair. Mayor Ortiz maintained a \
                    lead in the polls. Mayor Ortiz continued: “We will not stop.” Mayor Ortiz \
                    continued to interrupt.";
        assert_eq!(
            claims(text),
            [
                reported("that the plant was safe", "states", "The report"),
                reported("that the vote was fair", "maintained", "Ortiz"),
                direct("We will not stop.", "continued", "Ortiz"),
            ]
        );
    }

    #[test]
    fn a_participle_between_a_preposition_and_a_plural_is_an_adjective() {
        // (But a verb after a day is none: "on Monday told reporters" had no claim.)
        let text = "She is on track through the combination of pledged delegates and \
                    superdelegates. Senator Ruiz pledged to vote against the bill. Bob Pell on \
                    Monday told reporters that water would be supplied.";
        assert_eq!(
            claims(text),
            [
                reported("to vote against the bill", "pledged", "Ruiz"),
                reported("that water would be supplied", "told", "Bob Pell")
            ]
        );
    }
}

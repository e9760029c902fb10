//! Claims: direct quotes and reported statements, each with its cue and its source.
//!
//! Quotes are paired within a paragraph, so one stray mark cannot turn the rest of the article
//! inside out; a paragraph that opens a quote without closing it runs on into the next one that
//! opens with a quote mark. A cue is a reporting verb from [`crate::data::cues`]; its source is
//! the name, pronoun or noun phrase before it ("Mr Lavrov said", "Nikki Haley, the U.S.
//! ambassador, said") or, inverted, after it ("…," said Mr Lavrov). Reported content is the
//! cue's complement to the end of the clause, or, inverted, the clause before it.

use std::sync::OnceLock;

use crate::annotations::{ClaimKind, Form, Span, SpeakerKind};
use crate::countries;
use crate::data::Lexicon;
use crate::data::cues::{
    ADJECTIVE_LEADS, ADVERBIAL_OPENERS, AGO, ASIDE_OPENERS, ASK_VERBS, AUXILIARIES, BE_FORMS,
    BELIEF_VERBS, BETWEEN_SOURCE_AND_CUE, CLAUSE_JOINERS, CLAUSE_LEADS, CLAUSE_OPENERS,
    COMPARISON_LEADS, CONDITIONS, CONJUNCTIONS, CONNECTIVES, CUE_PREPOSITIONS, CueClass,
    DETERMINERS, DOCUMENTS, DURATIONS, EVEN_CONJUNCTIONS, EVIDENCE_VERBS, INFORMED, IRREGULAR_PAST,
    LY_NOUNS, MAKE_VERBS, NEEDS_PARTICLE, NOT_IN_SOURCE_PHRASE, NOT_INVERTED, NOT_SOURCE_HEADS,
    NOUN_LIKE, NOUN_MODIFIERS, OBJECT_PRONOUNS, OBJECT_VERBS, OWNER_DETERMINERS, POSSESSIVES,
    PREPOSITIONS, PUBLISH_VERBS, REPORTING_NOUNS, SOURCE_DETERMINERS, SOURCE_NOUNS,
    SPEECH_OCCASIONS, SPEECH_VERBS, SUBJECT_LEADS, SUBORDINATORS, TIME_CONJUNCTIONS, TIME_LEADS,
    TIME_WORDS,
};
use crate::data::words::{
    ARTICLES, Gender, HE_OR_SHE, LOCATIVES, NAME_SUFFIXES, SECTION_LABELS, SUBJECT_PRONOUNS, TITLES,
};
use crate::speakers::Mention;
use crate::text::{Doc, Kind, Lowercase, slice};

/// Who a claim comes from, before entities are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A named mention (index into the mentions).
    Named(usize),
    /// A pronoun at this token, with the gender it tells.
    Pronoun(usize, Option<Gender>),
    /// A noun phrase that is a source but not a name ("officials", "the campaign"), as the
    /// token indexes of its first and last word.
    Nominal(usize, usize),
    /// A country's name, as token indexes of its first and last word: its government speaks.
    State(usize, usize),
    /// A source the text does not give.
    Unnamed,
}

/// A claim found in the text, in byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// The content.
    pub span: Span,
    /// Quoted or reported.
    pub kind: ClaimKind,
    /// The cue, if it has its own.
    pub cue: Option<Span>,
    /// Its source.
    pub source: Source,
}

/// A reporting verb or phrase in the text, as token indexes (inclusive).
#[derive(Clone, Copy, Debug)]
struct Cue {
    first: usize,
    last: usize,
    class: CueClass,
    /// The verb's base form ("tell" for "told"); empty for phrases.
    base: &'static str,
    /// A gerund ("saying", "adding"): it takes its source from the clause it hangs on.
    gerund: bool,
    /// A form that is as often a noun ("attack", "plans"): it needs a named or pronoun source.
    noun_like: bool,
    /// For a noun that a past verb made ("issued a warning that"), that verb's token.
    made_by: Option<usize>,
    according_to: bool,
}

/// A pair of quote marks, as token indexes; `close` is `None` when the quote runs to the end
/// of its paragraph.
#[derive(Clone, Copy, Debug)]
struct Quote {
    open: usize,
    close: Option<usize>,
    content: Span,
    /// Opens a paragraph and continues a quote left open by the one before.
    continues: bool,
}

/// Every claim in the document, sorted by start.
pub fn find(doc: &Doc, mentions: &[Mention], countries: &[countries::Found]) -> Vec<Found> {
    let cues = find_cues(doc);
    let quotes = find_quotes(doc);
    let mut cue_starts = vec![false; doc.tokens.len()];
    // (A noun-like cue is no verb to end a clause at, save "called", which names only as a verb.)
    for c in cues
        .iter()
        .filter(|c| !c.noun_like || c.base == "call" && doc.word(c.first) == "called")
    {
        cue_starts[c.first] = true;
    }
    // The token range of each country named (not described: "Russia", not "Russian"), or its
    // capital: a state speaks through its government ("North Korea said", "Moscow denied").
    let states: Vec<(usize, usize)> = countries
        .iter()
        .filter(|c| {
            matches!(
                c.form,
                Form::Name | Form::Alias | Form::Seat | Form::Capital
            )
        })
        .map(|c| {
            let first = doc.tokens.partition_point(|t| t.span.end <= c.span.start);
            let last = doc.tokens.partition_point(|t| t.span.start < c.span.end) - 1;
            (first, last)
        })
        .collect();
    let finder = Finder {
        doc,
        mentions,
        states: &states,
        quotes: &quotes,
        cue_starts,
    };
    let mut used = vec![false; cues.len()];
    // The source each cue gave a quote.
    let mut direct_source: Vec<Option<Source>> = vec![None; cues.len()];
    let mut claims: Vec<Found> = Vec::new();
    // The last direct claim: its index in `claims`, its quote, its cue and its source.
    let mut previous: Option<(usize, usize, Option<usize>, Source)> = None;
    let attributions: Vec<Option<(usize, Source)>> = quotes
        .iter()
        .map(|q| finder.quote_attribution(q, &cues))
        .collect();
    for (qi, q) in quotes.iter().enumerate() {
        let attribution = attributions[qi];
        // "“Ça va,” said Élise Martin": a quote that opens its sentence, with a comma inside its
        // closing mark and a cue after it, is no title ("On CBS's “Face the Nation,” he said").
        let signed = attribution.is_some_and(|(ci, _)| {
            q.close
                .is_some_and(|close| cues[ci].first > close && doc.is_punct(close - 1, ","))
        }) && finder.sentence(q.open).start == q.open;
        if !signed && finder.is_title(q) {
            continue;
        }
        let same_paragraph =
            |pq: usize| doc.paragraph_of(quotes[pq].open) == doc.paragraph_of(q.open);
        // A quote that runs over paragraphs is attributed where it ends: its first paragraphs
        // take the source of the first continuation that has one.
        let ahead = || {
            let mut j = qi;
            while j + 1 < quotes.len() && quotes[j].close.is_none() && quotes[j + 1].continues {
                j += 1;
                if let Some((_, source)) = attributions[j] {
                    return Some(source);
                }
            }
            None
        };
        // "“…?” “…?” Starmer told parliament.": a quote that opens its paragraph right before
        // an attributed one is said by the same source.
        let next_door = || {
            let next = quotes.get(qi + 1)?;
            (q.close? + 1 == next.open
                && same_paragraph(qi + 1)
                && (q.open == 0 || doc.paragraph_of(q.open - 1) != doc.paragraph_of(q.open)))
            .then(|| attributions[qi + 1].map(|(_, source)| source))
            .flatten()
        };
        if attribution.is_none() {
            if let Some(source) = next_door().or_else(|| q.close.is_none().then(ahead).flatten()) {
                claims.push(Found {
                    span: q.content,
                    kind: ClaimKind::Direct,
                    cue: None,
                    source,
                });
                previous = Some((claims.len() - 1, qi, None, source));
                continue;
            }
        }
        match (attribution, previous) {
            // The second half of a quote split by its attribution ("…," he said, "…"), or a
            // quote that goes on from it in the same paragraph: one claim.
            (Some((ci, _)), Some((k, pq, Some(pci), _)))
                if ci == pci
                    && same_paragraph(pq)
                    && quotes[pq]
                        .close
                        .is_some_and(|c| c < cues[ci].first && cues[ci].last < q.open) =>
            {
                claims[k].span.end = q.content.end;
                previous = Some((k, qi, Some(ci), claims[k].source));
            }
            // "“It is mad,” he added, “and dangerous,” calling for …": a gerund after the
            // second half of a split quote reports on from it.
            (Some((ci, _)), Some((k, pq, pci, source)))
                if cues[ci].gerund
                    && q.close.is_some_and(|c| cues[ci].first > c)
                    && doc.sentence_of(quotes[pq].open) == doc.sentence_of(q.open)
                    && finder.continues(&quotes[pq], q) =>
            {
                claims[k].span.end = q.content.end;
                previous = Some((k, qi, pci, source));
            }
            (None, Some((k, pq, pci, source))) if finder.continues(&quotes[pq], q) => {
                if same_paragraph(pq) {
                    claims[k].span.end = q.content.end;
                    previous = Some((k, qi, pci, source));
                } else {
                    let kind = ClaimKind::Direct;
                    claims.push(Found {
                        span: q.content,
                        kind,
                        cue: None,
                        source,
                    });
                    previous = Some((claims.len() - 1, qi, None, source));
                }
            }
            (Some((ci, source)), _) => {
                used[ci] = true;
                direct_source[ci] = Some(source);
                let cue = Some(finder.cue_span(&cues[ci]));
                claims.push(Found {
                    span: finder.with_lead_in(q, &cues[ci], source),
                    kind: ClaimKind::Direct,
                    cue,
                    source,
                });
                previous = Some((claims.len() - 1, qi, Some(ci), source));
            }
            (None, _) => {
                if let Some(found) = finder.after_colon(q) {
                    previous = Some((claims.len(), qi, None, found.source));
                    claims.push(found);
                }
            }
        }
    }
    claims.extend(finder.labelled_paragraphs(&claims));
    // A reported claim that is exactly a quote is that quote.
    let mut quoted: Vec<Span> = claims.iter().map(|c| c.span).collect();
    crate::sort_by_key(&mut quoted, |s| (s.start, s.end));
    // The source of the last reported claim, by sentence, for coordinated cues, and its
    // span: a claim inside it ("said that the country would declare …") hands on no source.
    let mut last_source: Option<(usize, Source, Span)> = None;
    // The source of the last quote attributed so far, and its sentence.
    let mut last_quoted: Option<(usize, Source)> = None;
    for (ci, cue) in cues.iter().enumerate() {
        let sentence = doc.sentence_of(cue.first);
        // The source of the sentence's last claim: reported, or a quote attributed there.
        let quoted_here = last_quoted
            .filter(|&(s, _)| s == sentence)
            .map(|(_, source)| source);
        if let Some(source) = direct_source[ci] {
            last_quoted = Some((sentence, source));
        }
        if used[ci] {
            continue;
        }
        let inherited = last_source
            .filter(|(s, _, _)| *s == sentence)
            .map(|(_, source, _)| source)
            .or(quoted_here);
        let cue_start = doc.tokens[cue.first].span.start;
        let nested = last_source.is_some_and(|(s, _, span)| {
            s == sentence && span.start <= cue_start && cue_start < span.end
        });
        // "Police say he posed a threat and refused to drop the gun": a stance inside a claim,
        // or after one whose clause has a person for subject, is not another of its source's.
        let person_subject = last_source.is_some_and(|(s, _, span)| {
            let k = doc.tokens.partition_point(|t| t.span.start < span.start);
            s == sentence
                && (finder.pronoun(k).is_some() || finder.mention_starting_at(k).is_some())
        });
        // "has said she will vote for Trump but has declined to endorse him": an auxiliary
        // after "and" or "but" parallels the claim's own verb.
        let parallel = cue.first > 1
            && AUXILIARIES.contains(doc.word(cue.first - 1))
            && matches!(doc.word(cue.first - 2), "and" | "but");
        let inherited = inherited.filter(|_| {
            cue.class == CueClass::Speech || cue.gerund || !(nested || person_subject && !parallel)
        });
        if let Some(found) = finder.reported(cue, inherited) {
            if !nested {
                last_source = Some((sentence, found.source, found.span));
            }
            // "declined to comment on his departure": a claim inside one of its own source's
            // says nothing more; nor does one inside another's that names nobody new ("told
            // the Sentinel she expected long lines", "said the committee would ask for more
            // documents"): it is part of what the outer source reports. A named source's is
            // kept: "…, after the Kremlin warned of …".
            let repeats = nested
                && !cue.gerund
                && (!matches!(found.source, Source::Named(_) | Source::State(..))
                    || last_source.is_some_and(|(_, source, _)| source == found.source));
            if quoted.binary_search(&found.span).is_err() && !repeats {
                claims.push(found);
            }
        }
    }
    crate::sort_by_key(&mut claims, |c| (c.span.start, c.span.end));
    claims
}

/// Whether `w`, a sentence's first word, opens a subordinate clause before the main one
/// ("When Cuomo pointed out …, Giuliani interrupted him").
pub(crate) fn opens_subordinate_clause(w: &str) -> bool {
    SUBORDINATORS.contains(w)
}

/// Whether `w` is an adverb in "-ly" ("repeatedly", "implicitly"), not a noun or adjective
/// in "-ly" ("ally", "quarterly").
fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase) && !LY_NOUNS.contains(w)
}

/// Whether `w` ends like a past tense or participle ("said", "released").
pub(crate) fn past_form(w: &str) -> bool {
    w.ends_with("ed") || IRREGULAR_PAST.contains(w)
}

/// Whether `w` ends in a single "s": a plural or a third-person verb ("officials", "says"), not
/// "press".
fn s_form(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss")
}

/// How many later claims (by start) are compared with each claim for overlap.
const OVERLAP_WINDOW: usize = 32;

/// For each claim (sorted by start), whether a longer claim covers the same stretch of text:
/// of two claims that each cover at least half of the other ("said the United States wants
/// to work with Russia" and the intention inside it), the longer is the one a reader sees.
/// The shorter one's source still speaks.
pub fn within_longer(claims: &[Found]) -> Vec<bool> {
    let same_stretch = |a: Span, b: Span| {
        let overlap = a.end.min(b.end).saturating_sub(a.start.max(b.start));
        overlap > 0 && overlap * 2 >= a.len() && overlap * 2 >= b.len()
    };
    let mut within = vec![false; claims.len()];
    for i in 0..claims.len() {
        let a = claims[i].span;
        for j in i + 1..claims.len().min(i + 1 + OVERLAP_WINDOW) {
            let b = claims[j].span;
            if b.start >= a.end {
                break;
            }
            if same_stretch(a, b) {
                within[if b.len() > a.len() { i } else { j }] = true;
            }
        }
    }
    within
}

/// The most tokens a claim's clause runs to: a sentence with no end in sight (a list, a
/// transcript with no punctuation) is cut there, which keeps the work per cue bounded.
const MAX_CLAUSE: usize = 150;

/// The indexes of the cues that start at a token in `from..to`.
fn starting_in(cues: &[Cue], from: usize, to: usize) -> std::ops::Range<usize> {
    cues.partition_point(|c| c.first < from)..cues.partition_point(|c| c.first < to)
}

/// Whether a capitalized headline word is a reporting verb ("Says", "Warns"): it ends a name.
pub(crate) fn is_headline_cue(w: &str) -> bool {
    w.len() >= 3 && cue_verb(Lowercase::new(w).as_str()).is_some_and(|v| v.is(THIRD) || v.is(PAST))
}

/// The places of the forms in a line of [`SPEECH_VERBS`] and the other verb tables.
const BASE: usize = 0;
const THIRD: usize = 1;
const PAST: usize = 2;
const GERUND: usize = 3;

/// A word that is a form of a reporting verb.
#[derive(Clone, Copy)]
struct VerbForm {
    /// The verb's base form ("say").
    base: &'static str,
    class: CueClass,
    /// Bit `j` is set when the word is the verb's form `j` ([`BASE`] … [`GERUND`]): "put" is
    /// base, third person and past.
    forms: u8,
}

impl VerbForm {
    fn is(self, form: usize) -> bool {
        self.forms >> form & 1 == 1
    }
}

/// The reporting verb that `w` is a form of (forms marked "-" in the verb tables are none).
fn cue_verb(w: &str) -> Option<VerbForm> {
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
                let base = line.split(' ').next().unwrap_or(line);
                for f in line.split(' ').filter(|&f| f != "-") {
                    let forms = line
                        .split(' ')
                        .enumerate()
                        .filter(|&(_, g)| g == f)
                        .fold(0, |m, (j, _)| m | 1 << j);
                    entries.push((f, VerbForm { base, class, forms }));
                }
            }
        }
        Lexicon::new(entries)
    });
    forms.get(w).copied()
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

/// Whether the dash at token `i` opens the line that signs an embedded post: a name and a
/// handle after it ("― Jamil Smith (@JamilSmith) August 20, 2016").
fn signs_post(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.tokens[i - 1].kind == Kind::Break
        && (i + 2..doc.tokens.len().min(i + 8)).any(|k| doc.word(k).starts_with('@'))
}

/// The cue verbs and phrases of the document, in order.
fn find_cues(doc: &Doc) -> Vec<Cue> {
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

fn is_double_opener(w: &str) -> bool {
    matches!(w, "“" | "„" | "«")
}

fn is_double_closer(w: &str) -> bool {
    matches!(w, "”" | "»")
}

fn is_straight_double(w: &str) -> bool {
    matches!(w, "\"" | "''")
}

/// Pairs the quote marks of each paragraph.
fn find_quotes(doc: &Doc) -> Vec<Quote> {
    let text = doc.text;
    let mut quotes = Vec::new();
    let mut para_start = 0;
    let mut left_open = false; // the paragraph before ended inside a quote
    let n = doc.tokens.len();
    for end in 0..=n {
        if end < n && doc.tokens[end].kind != Kind::Break {
            continue;
        }
        let mut open: Option<usize> = None;
        // Inside an open quote, whether one of the other style is open in it: "Read the
        // question: “Do you think so?” Forty-three, yes."
        let mut nested = false;
        let mut single: Option<usize> = None;
        let para_first = para_start;
        for i in para_start..end {
            let t = doc.tokens[i];
            if t.kind != Kind::Punct {
                continue;
            }
            let w = doc.word(i);
            let before = slice(text, ..t.span.start).chars().next_back();
            let after = slice(text, t.span.end..).chars().next();
            let space_before = before.is_none_or(|c| {
                c.is_whitespace()
                    || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | ':' | ';' | '/')
            });
            let space_after = after.is_none_or(char::is_whitespace);
            // Straight marks by their place; curly ones by their shape, unless their place
            // says the typist turned them the wrong way ("”Mr. Trump embodies …”").
            let curly = is_double_opener(w) || is_double_closer(w);
            let turned = curly && space_before != space_after;
            let opener = if is_straight_double(w) || turned {
                space_before && !space_after
            } else {
                is_double_opener(w)
            };
            let closer = (is_straight_double(w) || curly) && !opener;
            if let Some(o) = open {
                let other_style = is_straight_double(w) != is_straight_double(doc.word(o));
                if nested && closer && other_style {
                    nested = false;
                } else if closer {
                    let content = Span::new(doc.tokens[o].span.end, t.span.start);
                    let continues = left_open && o == para_first;
                    quotes.push(Quote {
                        open: o,
                        close: Some(i),
                        content,
                        continues,
                    });
                    open = None;
                    nested = false;
                } else if opener && other_style && !nested {
                    nested = true;
                } else if opener {
                    open = Some(i); // an unclosed quote gives way to the next one
                    nested = false;
                }
            } else if opener {
                open = Some(i);
                single = None;
            } else if matches!(w, "‘" | "'") && space_before && !space_after {
                single = Some(i);
            } else if matches!(w, "’" | "'")
                && !space_before
                && !after.is_some_and(char::is_alphanumeric)
            {
                if let Some(s) = single.take() {
                    let content = Span::new(doc.tokens[s].span.end, t.span.start);
                    quotes.push(Quote {
                        open: s,
                        close: Some(i),
                        content,
                        continues: false,
                    });
                }
            }
        }
        let opened_here = open.is_some();
        if let Some(o) = open {
            let last = doc.tokens[end - 1].span.end;
            let continues = left_open && o == para_first;
            if doc.tokens[o].span.end < last {
                quotes.push(Quote {
                    open: o,
                    close: None,
                    content: Span::new(doc.tokens[o].span.end, last),
                    continues,
                });
            }
        }
        left_open = opened_here;
        para_start = end + 1;
    }
    // A quote holds words: `""` is no claim.
    quotes.retain(|q| {
        (q.open + 1..doc.tokens.len())
            .take_while(|&k| doc.tokens[k].span.start < q.content.end)
            .any(|k| doc.tokens[k].kind == Kind::Word)
    });
    quotes
}

struct Finder<'d, 't> {
    doc: &'d Doc<'t>,
    mentions: &'d [Mention],
    /// Token ranges of the countries named, sorted.
    states: &'d [(usize, usize)],
    quotes: &'d [Quote],
    /// For each token, whether a cue starts there.
    cue_starts: Vec<bool>,
}

impl Finder<'_, '_> {
    fn cue_span(&self, cue: &Cue) -> Span {
        Span::new(
            self.doc.tokens[cue.first].span.start, self.doc.tokens[cue.last].span.end,
        )
    }

    #[inline]
    fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    #[inline]
    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == Kind::Word
    }

    /// Whether token `i` opens an adverbial ("on Monday", "in a statement"), not a count ("at
    /// least 62").
    fn opens_adverbial(&self, i: usize) -> bool {
        ADVERBIAL_OPENERS.contains(self.word(i))
            && !(self.word(i) == "at"
                && i + 1 < self.doc.tokens.len()
                && matches!(self.word(i + 1), "least" | "most"))
    }

    /// The sentence range of token `i`.
    fn sentence(&self, i: usize) -> std::ops::Range<usize> {
        self.doc
            .sentences
            .get(self.doc.sentence_of(i))
            .cloned()
            .unwrap_or(i..i + 1)
    }

    /// The first token from `from` to before `to` that is the punctuation `mark`.
    fn first_mark(&self, from: usize, to: usize, mark: &str) -> Option<usize> {
        (from..to).find(|&k| self.doc.is_punct(k, mark))
    }

    /// The last token from `from` to before `to` that is the punctuation `mark`.
    fn last_mark(&self, from: usize, to: usize, mark: &str) -> Option<usize> {
        (from..to).rev().find(|&k| self.doc.is_punct(k, mark))
    }

    fn inside_quote(&self, i: usize) -> bool {
        let at = self.doc.tokens[i].span.start;
        let k = self.quotes.partition_point(|q| q.content.start <= at);
        k > 0 && at < self.quotes[k - 1].content.end
    }

    fn mention_ending_at(&self, i: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.last < i);
        (k < self.mentions.len() && self.mentions[k].last == i).then_some(k)
    }

    /// A country named by the tokens ending at `i`, as the source it is ("North Korea said").
    fn state_ending_at(&self, i: usize) -> Option<Source> {
        let k = self.states.partition_point(|&(_, last)| last < i);
        let &(first, last) = self.states.get(k)?;
        (last == i).then_some(Source::State(first, last))
    }

    /// Whether `cue` is a gerund after a comma ("…," Trump said, adding …), which goes on with
    /// the source of its sentence (from token `sentence_start`).
    fn goes_on(&self, cue: &Cue, sentence_start: usize) -> bool {
        self.gerund_comma(cue, sentence_start).is_some()
    }

    /// The comma before a gerund `cue`, past adverbs and a closing mark ("…, perhaps
    /// recognizing …", "a “strong leader,” comparing …").
    fn gerund_comma(&self, cue: &Cue, sentence_start: usize) -> Option<usize> {
        let mut k = cue.first;
        while k > sentence_start && self.is_word(k - 1) && self.between_source_and_cue(k - 1) {
            k -= 1;
        }
        if k > sentence_start + 1 && self.is_quote_mark(k - 1) {
            k -= 1;
        }
        // "…, before admitting: “…”", "…, while adding that …"
        if k > sentence_start + 1 && ASIDE_OPENERS.contains(self.word(k - 1)) {
            k -= 1;
        }
        (cue.gerund && k > sentence_start && self.doc.is_punct(k - 1, ",")).then(|| k - 1)
    }

    /// Whether a possessive "'s" follows token `i`.
    fn possessive_after(&self, i: usize) -> bool {
        i + 1 < self.doc.tokens.len() && matches!(self.word(i + 1), "'s" | "’s")
    }

    /// The mention that starts at token `i`, or after "the" there ("the Federal Bureau of
    /// Prisons", whose name leaves the article out).
    fn named_from(&self, i: usize) -> Option<usize> {
        self.mention_starting_at(i).or_else(|| {
            (matches!(self.word(i), "the" | "The") && i + 1 < self.doc.tokens.len())
                .then(|| self.mention_starting_at(i + 1))
                .flatten()
        })
    }

    /// The person that a description from token `k` (before `end`) leads up to: "panel
    /// Chairman Rep. Jason Chaffetz", "NYPD Commissioner James O’Neill", "Hillary Clinton’s
    /// campaign manager Robby Mook", "conservative talk radio host Rush Limbaugh". Names and
    /// countries inside the description ("NYPD", "Clinton’s", "U.S.") say whose role it is.
    fn described_person(&self, k: usize, end: usize) -> Option<usize> {
        let mut i = k;
        let mut described = false;
        while i < end.min(k + 10) {
            if let Some(m) = self.mention_starting_at(i) {
                let last = self.mentions[m].last;
                // "former Trump campaign manager Corey Lewandowski": a name that a role
                // follows is not yet the person.
                let more = self.role_after(last + 1, end) && !self.cue_starts[last + 1];
                let owner = self.possessive_after(last);
                if described && !owner && !more {
                    return Some(m);
                }
                i = last + 1 + usize::from(owner);
                // "Trump admires Vladimir Putin": a verb after a name ends the description.
                let w = if i < end { self.word(i) } else { "" };
                let verb = w.starts_with(char::is_lowercase) && (past_form(w) || s_form(w));
                if !owner && verb {
                    return None;
                }
                continue;
            }
            let state = self.states.partition_point(|&(first, _)| first < i);
            if let Some(&(_, last)) = self.states.get(state).filter(|&&(first, _)| first == i) {
                i = last + 1 + usize::from(self.possessive_after(last));
                continue;
            }
            // ("Secretary of State John Kerry"; not "Trump openly admires Russian President
            // Vladimir Putin")
            let of_title = self.word(i) == "of" && i + 1 < end && self.is_title_word(i + 1);
            if is_ly_adverb(self.word(i)) {
                return None;
            }
            if self.role_after(i, end) {
                described = true;
            } else if !(self.doc.is_punct(i, ".") || self.doc.is_punct(i, "/") || of_title) {
                return None;
            }
            i += 1;
        }
        None
    }

    /// Whether token `i` (before `end`) is a word of a role: a title or a word before one
    /// ("Commissioner", "Russian President"), a lowercase word that can stand in a noun phrase
    /// ("campaign", "host") or a number ("9/11 widow").
    fn role_after(&self, i: usize, end: usize) -> bool {
        i < end && self.is_word(i) && {
            let w = self.word(i);
            self.is_title_word(i)
                || w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    && !NOT_IN_SOURCE_PHRASE.contains(w)
        }
    }

    fn mention_starting_at(&self, i: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.first < i);
        (k < self.mentions.len() && self.mentions[k].first == i).then_some(k)
    }

    fn pronoun(&self, i: usize) -> Option<Source> {
        SUBJECT_PRONOUNS
            .iter()
            .find(|(p, _)| *p == self.word(i))
            .map(|&(_, g)| Source::Pronoun(i, g))
    }

    /// A noun phrase ending at `head` that is a source though not a name: "officials", "the
    /// South Carolina senator", "Several cast members", "Hillary Clinton’s campaign".
    fn nominal(&self, head: usize, start: usize, class: CueClass) -> Option<Source> {
        // A lowercase head, the capitalized first word of its sentence ("Officials said"), or
        // a title after "the" ("The Republican is also encouraging …", "the President said").
        let opens = head == start && self.is_word(head);
        let title = head > start
            && matches!(self.word(head - 1), "the" | "The")
            && TITLES.contains(self.word(head));
        if !self.is_word(head)
            || !(self.word(head).starts_with(char::is_lowercase) || opens || title)
        {
            return None;
        }
        let lower = Lowercase::new(self.word(head));
        let lower = lower.as_str();
        let verb_like = past_form(lower) || lower.ends_with("ing");
        if NOT_SOURCE_HEADS.contains(lower)
            || NOT_IN_SOURCE_PHRASE.contains(lower)
            || DETERMINERS.contains(lower)
            // "the ruling", "the recording": documents that end like verbs
            || (verb_like && !SOURCE_NOUNS.contains(lower) && !DOCUMENTS.contains(lower))
        {
            return None;
        }
        let document = DOCUMENTS.contains(lower);
        let mut first = head;
        let mut determiner = false;
        while first > start && head - first < 8 {
            let k = first - 1;
            // "Farmers' unions", "the teachers’ union": a plural's possessive mark.
            if self.plural_possessive(k, start) {
                first = k;
                determiner = true;
                continue;
            }
            // "a CNN/ORC poll", "A New York Times/CBS News poll": a slash between names.
            if k > start + 1
                && self.doc.is_punct(k, "/")
                && self.doc.is_capitalized(k - 1)
                && self.doc.is_capitalized(k + 1)
            {
                first = k;
                continue;
            }
            let w = Lowercase::new(self.word(k));
            // "contradicting Tulsa police’s claim": a gerund is no part of the phrase, but
            // "the leading candidate" has one.
            // (Not "swing" in "Republicans in swing districts".)
            let gerund = w.as_str().ends_with("ing")
                && w.as_str().len() > 5
                && !SOURCE_NOUNS.contains(w.as_str())
                && !(k > start
                    && SOURCE_DETERMINERS.contains(Lowercase::new(self.word(k - 1)).as_str()));
            // "Ivana Trump filed legal papers", "the candidate will announce": a verb ends it.
            // "Theresa May's spokesman": a capitalized word inside the sentence is a name.
            let lowercase = self.word(k).starts_with(char::is_lowercase);
            let verb = lowercase && (AUXILIARIES.contains(w.as_str()) || w.as_str() == "will")
                || w.as_str().ends_with("n't")
                || past_form(w.as_str())
                    && k > 0
                    && (self.mention_ending_at(k - 1).is_some()
                        || self.pronoun(k - 1).is_some()
                        || self.word(k - 1).ends_with("n't")
                        || AUXILIARIES.contains(self.word(k - 1)));
            if !self.is_word(k)
                || self.cue_starts[k]
                || gerund
                || verb
                || NOT_IN_SOURCE_PHRASE.contains(w.as_str())
                // ("Yesterday Corbyn's team denied", not "a USA TODAY analysis")
                || k == start && TIME_WORDS.contains(w.as_str())
            {
                break;
            }
            first = k;
            // "the campaign", "several aides", "Ivana Trump's brief"
            if SOURCE_DETERMINERS.contains(w.as_str()) || matches!(w.as_str(), "'s" | "’s") {
                determiner = true;
            }
            // "the top aides", "all three candidates": determiners can stand in a row.
            let more =
                k > start && SOURCE_DETERMINERS.contains(Lowercase::new(self.word(k - 1)).as_str());
            if SOURCE_DETERMINERS.contains(w.as_str()) && !more {
                break;
            }
        }
        // "The Syrian regime and its backers": a first noun phrase joined by "and", taken when
        // it opens the sentence or has a determiner of its own.
        if first > start + 1
            && self.word(first - 1) == "and"
            && self.word(first - 2).starts_with(char::is_lowercase)
        {
            if let Some(Source::Nominal(joined, _)) =
                self.nominal(first - 2, start, CueClass::Speech)
            {
                let opens = joined == start
                    || SOURCE_DETERMINERS.contains(Lowercase::new(self.word(joined)).as_str());
                if opens {
                    first = joined;
                    determiner = true;
                }
            }
        }
        // The object of a preposition is part of a larger source, "A spokesman for the
        // campaign", or none: "marching through the streets chanted". (But "…, with one
        // official saying …": the subject of the participle.)
        let absolute = first > start + 1
            && self.word(first - 1) == "with"
            && self.doc.is_punct(first - 2, ",");
        if first > start && self.qualifies(first) && !absolute {
            // "people familiar with the matter", "officials briefed on the talks", "people
            // close to the candidate": the outer noun stands before its adjective.
            let outer = first.checked_sub(2)?;
            // "Some of his aides", "many of the protesters": a part of those named.
            let part = self.word(first - 1) == "of"
                && (document || SOURCE_NOUNS.contains(lower))
                && outer >= start
                && SOURCE_DETERMINERS.contains(Lowercase::new(self.word(outer)).as_str());
            if part {
                return Some(Source::Nominal(outer, head));
            }
            let outer = outer - usize::from(outer > start && INFORMED.contains(self.word(outer)));
            return match self.nominal(outer, start, class) {
                Some(Source::Nominal(outer, _)) if first >= 2 => Some(Source::Nominal(outer, head)),
                _ => None,
            };
        }
        // Evidence comes from documents ("Video of the incident shows …").
        if class == CueClass::Evidence && !document {
            return None;
        }
        // A noun phrase that opens its sentence is its subject: "Connecticut’s tax commissioner".
        let subject = first == start && first < head;
        let known = document || subject || SOURCE_NOUNS.contains(lower);
        let plural = lower.len() > 3 && s_form(lower);
        (known || determiner || plural).then_some(Source::Nominal(first, head))
    }

    /// The source standing at token `i`, the last word before a cue.
    fn source_ending_at(&self, i: usize, start: usize, class: CueClass) -> Option<Source> {
        // The owner of a reporting noun: "Trump's claim", "her warning".
        match self.word(i) {
            "'s" | "’s" if i > start => return self.source_ending_at(i - 1, start, class),
            "his" => return Some(Source::Pronoun(i, Some(Gender::Male))),
            "her" => return Some(Source::Pronoun(i, Some(Gender::Female))),
            "their" | "its" => return Some(Source::Pronoun(i, None)),
            // "Sanders himself seemed to understand"
            "himself" | "herself" | "itself"
                if i > start && self.mention_ending_at(i - 1).is_some() =>
            {
                return self.source_ending_at(i - 1, start, class);
            }
            _ => {}
        }
        // "Gov. Pat McCrory (R) said", "Sen. David Perdue (R-Ga.) said"
        if self.doc.is_punct(i, ")") {
            let open = self.last_mark(start.max(i.saturating_sub(8)), i, "(")?;
            return (open > start)
                .then(|| self.source_ending_at(open - 1, start, class))
                .flatten();
        }
        if let Some(m) = self.mention_ending_at(i) {
            // "A spokesman for Trump said", "A spokeswoman for the State Department said": the
            // spokesman speaks, for Trump.
            let mut first = self.mentions[m].first;
            // "Senator Dianne Feinstein of California said": the person from the place speaks.
            if first >= start + 2 && self.word(first - 1) == "of" {
                let person = self
                    .mention_ending_at(first - 2)
                    .filter(|&p| self.mentions[p].kind == SpeakerKind::Person);
                if let Some(p) = person {
                    return Some(Source::Named(p));
                }
            }
            // ("the U.S. Central Command", "the Australian Defence Department": past a
            // capitalized modifier.)
            if first > start + 1
                && self.is_word(first - 1)
                && self.word(first - 1).starts_with(char::is_uppercase)
                && (matches!(self.word(first - 2), "the" | "The")
                    || PREPOSITIONS.contains(self.word(first - 2)))
            {
                first -= 1;
            }
            if first > start && matches!(self.word(first - 1), "the" | "The") {
                first -= 1;
            }
            // "of super PACs": a modifier after the preposition.
            while first > start + 2
                && self.mentions[m].first - first < 2
                && self.word(first - 1).starts_with(char::is_lowercase)
                && !PREPOSITIONS.contains(self.word(first - 1))
                && PREPOSITIONS.contains(self.word(first - 2))
            {
                first -= 1;
            }
            // "a third of union households in Ohio favored": a place is no subject.
            let own_first = self.mentions[m].first;
            let placed = class == CueClass::Belief
                && own_first > start
                && (LOCATIVES.contains(self.word(own_first - 1))
                    || self.word(own_first - 1) == "from");
            return self
                .qualified(first, i, start, class)
                .or_else(|| (!placed).then_some(Source::Named(m)));
        }
        if let Some(state @ Source::State(first, _)) = self.state_ending_at(i) {
            // "Officials in Washington said": the officials speak, not their state.
            let qualifies = first > start && PREPOSITIONS.contains(self.word(first - 1));
            return qualifies
                .then(|| self.opening_phrase(start, i))
                .flatten()
                .or(Some(state));
        }
        // "Trump, who said", "the Police Department which reported"
        if matches!(self.word(i), "who" | "which") && i > start {
            let k = if self.doc.is_punct(i - 1, ",") {
                i - 1
            } else {
                i
            };
            let source = (k > start)
                .then(|| self.source_ending_at(k - 1, start, class))
                .flatten();
            // "said Diane Swonk, chief economist at KPMG, who argued": the name, past its
            // apposition; "reports in The Washington Post, which found": the name right before.
            // (Its first word capitalized too: "Elizabeth Warren, a Massachusetts Democrat who
            // called for …".)
            let described = match source {
                Some(Source::Nominal(first, _)) => Some(first),
                Some(Source::Named(m)) => {
                    let first = self.mentions[m].first;
                    (first > start && ARTICLES.contains(self.word(first - 1))).then(|| first - 1)
                }
                _ => None,
            };
            if let Some(first) = described {
                let person = (first > start + 1 && self.doc.is_punct(first - 1, ","))
                    .then(|| self.mention_ending_at(first - 2))
                    .flatten()
                    .filter(|&m| self.mentions[m].kind == SpeakerKind::Person);
                let organization = (k > start)
                    .then(|| self.mention_ending_at(k - 1))
                    .flatten()
                    .filter(|&m| self.mentions[m].kind == SpeakerKind::Organization);
                if let Some(m) = person.or(organization) {
                    return Some(Source::Named(m));
                }
            }
            return source;
        }
        if class != CueClass::Evidence {
            if let Some(p) = self.pronoun(i) {
                return Some(p);
            }
        }
        self.nominal(i, start, class)
            .map(|source| match source {
                Source::Nominal(first, _) => {
                    self.qualified(first, i, start, class).unwrap_or(source)
                }
                source => source,
            })
            .or_else(|| self.opening_phrase(start, i))
    }

    /// Whether `cue` is what one must do: "the country must reject discrimination" reports
    /// nothing yet ("I should say that …" says it, "Voters should know …" knows nothing yet).
    fn obliged(&self, cue: &Cue) -> bool {
        cue.first > 0
            && match self.word(cue.first - 1) {
                "must" => true,
                "should" => cue.class == CueClass::Belief,
                _ => false,
            }
    }

    /// Whether the phrase at token `first` qualifies a noun before it: after a preposition, or
    /// "to" after "close" or a source noun ("people close to the candidate", "aides to both
    /// candidates").
    fn qualifies(&self, first: usize) -> bool {
        let w = self.word(first - 1);
        PREPOSITIONS.contains(w)
            || w == "to"
                && first >= 2
                && (self.word(first - 2) == "close"
                    || SOURCE_NOUNS.contains(Lowercase::new(self.word(first - 2)).as_str()))
    }

    /// The source noun phrase that a phrase after a preposition, from token `first` to `i`,
    /// qualifies: "An analysis of super PACs shows", "The survey of 14,000 people suggests",
    /// "A study released by the department found" (the analysis, survey and study speak).
    fn qualified(&self, first: usize, i: usize, start: usize, class: CueClass) -> Option<Source> {
        // "of more than 14,000 people", "of at least 30 economists"
        let quantity = first >= start + 2
            && matches!(
                (self.word(first - 2), self.word(first - 1)),
                ("more" | "fewer" | "less", "than") | ("at", "least" | "most")
            );
        let first = first - 2 * usize::from(quantity);
        if first < start + 2 || !self.qualifies(first) {
            return None;
        }
        // "A suicide analysis released by the Department of Veterans Affairs reveals"
        let participle = self.word(first - 1) == "by" && past_form(self.word(first - 2));
        // "A person close to Rogers said"
        let outer = first - 2;
        let outer = outer - usize::from(outer > start && INFORMED.contains(self.word(outer)));
        let Source::Nominal(outer, head) = (if participle {
            self.noun_before_participle(first - 1, start, class)
                .map(|(source, _)| source)
        } else {
            self.nominal(outer, start, CueClass::Speech)
        })?
        else {
            return None;
        };
        let head = Lowercase::new(self.word(head));
        (SOURCE_NOUNS.contains(head.as_str())
            || (participle || class == CueClass::Evidence) && DOCUMENTS.contains(head.as_str()))
        .then_some(Source::Nominal(outer, i))
    }

    /// A source that a participle phrase up to token `j` qualifies: "A Quinnipiac University
    /// poll released in late August found …", "The man arrested on Friday said …".
    fn noun_before_participle(
        &self,
        j: usize,
        start: usize,
        class: CueClass,
    ) -> Option<(Source, usize)> {
        // Back from `j`, twelve words at most, to a cue, a comma or a conjunction ("The Fed
        // left rates unchanged but signaled").
        let mut k = j + 1;
        let participle = loop {
            if k <= start + 1 || k + 12 <= j + 1 {
                return None;
            }
            k -= 1;
            let w = self.word(k);
            if self.cue_starts[k] || self.doc.is_punct(k, ",") || matches!(w, "and" | "but" | "or")
            {
                return None;
            }
            if w.starts_with(char::is_lowercase) && past_form(w) {
                break k;
            }
        };
        // (A name before a past form is no noun a participle qualifies, but the subject of a
        // verb: "Sanders spent his speech attacking …".)
        let head = participle - 1;
        if self.mention_ending_at(head).is_some() {
            return None;
        }
        match self.nominal(head, start, class)? {
            source @ Source::Nominal(..) => Some((source, head)),
            _ => None,
        }
    }

    /// "Experts on North Korea and nuclear nonproliferation said": a sentence that opens with
    /// a source noun (after a determiner or not) and the words that qualify it, up to token `i`.
    fn opening_phrase(&self, start: usize, i: usize) -> Option<Source> {
        // "Police officials said a second device", "Ivana Trump filed legal papers": a verb
        // inside ends the source before it; "people involved in" has a participle.
        // "Critics on the left": a past form after a determiner is a noun.
        let noun_after_determiner =
            |k: usize| k > start && DETERMINERS.contains(Lowercase::new(self.word(k - 1)).as_str());
        let verb = |k: usize| {
            let w = Lowercase::new(self.word(k));
            let participle = k < i && PREPOSITIONS.contains(self.word(k + 1));
            self.cue_starts[k]
                || AUXILIARIES.contains(w.as_str())
                || past_form(w.as_str()) && !participle && !noun_after_determiner(k)
        };
        if i < start + 2
            || i > start + 9
            || !(start..=i).all(|k| self.is_word(k))
            || (start + 1..=i).any(verb)
        {
            return None;
        }
        let first = Lowercase::new(self.word(start));
        let noun = start + usize::from(SOURCE_DETERMINERS.contains(first.as_str()));
        // "The Russian embassy in London": past the adjectives of a place (a phrase with a
        // participle is its noun's: "A Quinnipiac University poll released in late August").
        let participle = (start..i).any(|k| past_form(self.word(k)));
        let noun = (noun..i)
            .find(|&k| k == start || participle || !self.doc.is_capitalized(k))
            .unwrap_or(noun);
        // "A reporter for USA Today spotted Stein and reported": a phrase that ends in a
        // conjunction is no longer the source.
        let last = Lowercase::new(self.word(i));
        let open_end = NOT_IN_SOURCE_PHRASE.contains(last.as_str())
            || past_form(last.as_str()) && !noun_after_determiner(i);
        // ("The Foreign Ministry in Beijing": or the capitalized noun that ends a name.)
        let source_noun = |k: usize| SOURCE_NOUNS.contains(Lowercase::new(self.word(k)).as_str());
        let head = source_noun(noun)
            || noun > start + 1
                && self.doc.is_capitalized(noun - 1)
                && source_noun(noun - 1)
                && matches!(self.word(noun), "in" | "at")
                && !TIME_WORDS.contains(self.word(i));
        (head && !open_end).then_some(Source::Nominal(start, i))
    }

    /// Where the words of `cue` begin, past the auxiliaries and adverbs before it ("has
    /// repeatedly said"), not before token `sentence_start + 1`.
    fn head_of(&self, cue: &Cue, sentence_start: usize) -> usize {
        let mut head = cue.first;
        while head > sentence_start + 1 && self.between_source_and_cue(head - 1) {
            head -= 1;
        }
        head
    }

    /// Whether a cue whose words begin at `head` stands in a relative clause or an aside:
    /// "Boris Johnson, who has said …", "Trump, after railing against …, produced …".
    fn relative_at(&self, head: usize, sentence_start: usize) -> bool {
        head > sentence_start
            && (matches!(self.word(head - 1), "who" | "which")
                || head > sentence_start + 1
                    && self.doc.is_punct(head - 2, ",")
                    && ASIDE_OPENERS.contains(self.word(head - 1)))
    }

    /// Whether the word at `k` stands between a source and its cue without being either: an
    /// auxiliary or adverb ("has repeatedly said"), any lowercase "-ly" word but a few nouns.
    fn between_source_and_cue(&self, k: usize) -> bool {
        let w = self.word(k);
        // "He wouldn't say", "she didn’t deny"
        let negated = w.ends_with("n't") || w.ends_with("n’t");
        // "He’s claiming", "she's said": after a pronoun, "’s" is "is" or "has".
        let contracted = matches!(w, "’s" | "'s") && k > 0 && HE_OR_SHE.contains(self.word(k - 1));
        BETWEEN_SOURCE_AND_CUE.contains(w) || is_ly_adverb(w) || negated || contracted
    }

    /// The source before a cue: "Mr Lavrov said", "he has repeatedly said", "Nikki Haley, the
    /// U.S. ambassador, said", "Ambassador to the UN, Nikki Haley, called on".
    fn source_before(&self, cue: &Cue, start: usize) -> Option<(Source, usize)> {
        // A cue outside quotes has no source inside them: "“… this anymore,” Trump said,
        // adding later" is not said by "this anymore".
        self.source_before_anywhere(cue, start)
            .filter(|&(source, at)| {
                self.inside_quote(cue.first) || !self.inside_quote(self.first_of_source(source, at))
            })
    }

    /// The source of `cue` before it, from token `start` on, wherever it stands.
    fn source_before_anywhere(&self, cue: &Cue, start: usize) -> Option<(Source, usize)> {
        let mut j = cue.first;
        while j > start && self.is_word(j - 1) && self.between_source_and_cue(j - 1) {
            j -= 1;
        }
        // "The ministry in a statement said", "Trump on Twitter said", "Trump in an interview
        // with Chris Wallace said": past the occasion.
        let occasion = (start.max(j.saturating_sub(10))..j)
            .rev()
            .take_while(|&i| self.is_word(i))
            .find(|&i| SPEECH_OCCASIONS.contains(self.word(i)))
            // (Up to the cue, only names with whom: not "in an interview with RT he blasted".)
            .filter(|&o| {
                (o + 1..j).all(|i| {
                    self.doc.is_capitalized(i) && self.pronoun(i).is_none()
                        || matches!(self.word(i), "with" | "'s" | "’s")
                })
            })
            .and_then(|o| {
                (start + 1..o)
                    .rev()
                    .take(3)
                    .find(|&k| ADVERBIAL_OPENERS.contains(self.word(k)))
            });
        if let Some(k) = occasion {
            j = k;
        }
        // "Sanders on Tuesday said", "Wells Fargo just this month announced"
        while j > start + 1
            && TIME_WORDS.contains(self.word(j - 1))
            && TIME_LEADS.contains(self.word(j - 2))
        {
            j -= 2;
            while j > start && self.is_word(j - 1) && self.between_source_and_cue(j - 1) {
                j -= 1;
            }
        }
        // "Microsoft Corp. said"
        if j > start + 1
            && self.doc.is_punct(j - 1, ".")
            && NAME_SUFFIXES.contains(self.word(j - 2))
        {
            j -= 1;
        }
        if j == start {
            return None;
        }
        let mut j = j - 1;
        // "who has called Putin “a thug,” said": the comma inside the closing mark.
        if j > start + 1 && self.is_quote_mark(j) && self.doc.is_punct(j - 1, ",") {
            j -= 1;
        }
        // "The bank's chief executive — who resigned last month — has said", "John Dickey, the
        // chief executive of Ora Media -- the production company … -- told me": past the aside.
        let double = j > start && self.word(j) == "-" && self.word(j - 1) == "-";
        if matches!(self.word(j), "—" | "–") || double {
            let close = j - usize::from(double);
            let aside = (start.max(j.saturating_sub(30))..close).rev().find(|&k| {
                self.word(k) == self.word(j) && (!double || k > start && self.word(k - 1) == "-")
            });
            if let Some(open) = aside
                .map(|k| k - usize::from(double))
                .filter(|&open| open > start)
            {
                return self.apposed_before(start, open).or_else(|| {
                    self.source_ending_at(open - 1, start, cue.class)
                        .map(|s| (s, open - 1))
                });
            }
        }
        if !self.doc.is_punct(j, ",") {
            return self
                .source_ending_at(j, start, cue.class)
                .map(|s| (s, j))
                .or_else(|| self.noun_before_participle(j, start, cue.class));
        }
        if let Some(found) = self.apposed_before(start, j) {
            return Some(found);
        }
        if j > start {
            if let Some(m) = self.mention_ending_at(j - 1) {
                let first = self.mentions[m].first;
                // (A mention may run over the start of the sentence: "F...Washington Free".)
                if first == start || first > start && self.doc.is_punct(first - 1, ",") {
                    return Some((Source::Named(m), first));
                }
            }
        }
        let comma = self.last_mark(start.max(j.saturating_sub(30)), j, ",")?;
        if comma == start {
            return None;
        }
        self.source_ending_at(comma - 1, start, cue.class)
            .map(|s| (s, comma - 1))
    }

    /// A person named among the commas before token `end` (a comma or an aside's dash) and
    /// after `start`, with an apposition between them and the cue: "Michael Mulgrew, president
    /// of the United Federation of Teachers, which represents New York City educators, said";
    /// "One mother, Kelly Brosnan of Virginia, said": the last one too.
    fn apposed_before(&self, start: usize, end: usize) -> Option<(Source, usize)> {
        let mut segment_start = start;
        let commas =
            (start.max(end.saturating_sub(40))..end).filter(|&k| self.doc.is_punct(k, ","));
        for c in commas.chain([end]) {
            if let Some(m) = (c > segment_start)
                .then(|| self.apposed_person(segment_start, c - 1))
                .flatten()
            {
                return Some((Source::Named(m), self.mentions[m].first));
            }
            segment_start = c + 1;
        }
        None
    }

    /// The person that the tokens from `from` to `to` name, with their titles before and a party
    /// tag or place after: "Sen. Bernie Sanders (Vt.)", "former President Bill Clinton",
    /// "Indiana Governor Mike Pence", "Kelly Brosnan of Virginia".
    fn apposed_person(&self, from: usize, to: usize) -> Option<usize> {
        let mut end = to;
        if self.doc.is_punct(end, ")") {
            end = self.last_mark(from, end, "(")?.checked_sub(1)?;
        }
        // "of West Virginia"
        let of = (from.max(end.saturating_sub(3))..end).find(|&k| self.word(k) == "of");
        if let Some(of) = of.filter(|&of| (of + 1..=end).all(|k| self.doc.is_capitalized(k))) {
            end = of.checked_sub(1)?;
        }
        let m = self.mention_ending_at(end)?;
        let first = self.mentions[m].first;
        let leading = (from..self.titles_before(first).max(from)).all(|k| {
            !self.is_word(k)
                || TITLES.contains(self.word(k))
                || matches!(self.word(k), "former" | "then" | "acting")
        });
        (first >= from && leading && self.mentions[m].kind == SpeakerKind::Person).then_some(m)
    }

    /// The source after an inverted cue: "…," said Mr Lavrov; "…," said a spokesman.
    fn source_after(&self, cue: &Cue, end: usize) -> Option<(Source, usize)> {
        let k = cue.last + 1;
        if k >= end {
            return None;
        }
        // "said MSNBC host Chris Matthews", "said Mr Lavrov", "according to the Federal Bureau
        // of Prisons"
        if let Some(m) = self.described_person(k, end).or_else(|| self.named_from(k)) {
            // "noted NBC’s Dante Chinni": the person the owner has.
            let last = self.mentions[m].last;
            let m = (self.possessive_after(last) && last + 2 < end)
                .then(|| self.mention_starting_at(last + 2))
                .flatten()
                .filter(|&p| {
                    let next = self.mentions[p].last + 1;
                    self.mentions[p].kind == SpeakerKind::Person
                        && (next >= end || self.doc.tokens[next].kind == Kind::Punct)
                })
                .unwrap_or(m);
            return Some((Source::Named(m), self.mentions[m].last));
        }
        // "…,” said he." ("…,” said he would push" is the content's subject.)
        if let Some(p) = self.pronoun(k) {
            let alone = k + 1 >= end || self.doc.tokens[k + 1].kind == Kind::Punct;
            return alone.then_some((p, k));
        }
        // The noun phrase after the cue ends before punctuation, a preposition or a participle
        // ("a database tracking such deaths").
        // "a person familiar with the talks": past the preposition of an informed source.
        let informed = |i: usize| i > k && INFORMED.contains(self.word(i - 1));
        let last = (k..end.min(k + 10))
            .take_while(|&i| {
                let w = Lowercase::new(self.word(i));
                let w = w.as_str();
                // "a recording reviewed by Reuters": a document may end like a participle.
                let participle = i > k
                    && w.ends_with("ing")
                    && !SOURCE_NOUNS.contains(w)
                    && !DOCUMENTS.contains(w);
                let phrase = !NOT_IN_SOURCE_PHRASE.contains(w) || informed(i);
                self.is_word(i) && !participle && phrase
            })
            .last()?;
        // Its head is the last word that can be one: "a transcript released by …".
        let nominal =
            (k..=last)
                .rev()
                .find_map(|head| match self.nominal(head, k, cue.class)? {
                    Source::Nominal(first, head) if first == k => {
                        Some((Source::Nominal(first, head), head))
                    }
                    _ => None,
                })?;
        // "said the Senate majority leader, John J. Flanagan.": the name it describes.
        let name = last + 2;
        let apposed = (name < end && self.doc.is_punct(last + 1, ","))
            .then(|| {
                let mut to = self.first_mark(name, end, ",").unwrap_or(end);
                while to > name + 1 && !self.is_word(to - 1) {
                    to -= 1;
                }
                self.apposed_person(name, to - 1)
            })
            .flatten();
        Some(apposed.map_or(nominal, |m| (Source::Named(m), self.mentions[m].last)))
    }

    /// The cue and source of a direct quote: after the closing mark ("…," he said), before
    /// the opening mark (he said: "…"), or none.
    fn quote_attribution(&self, q: &Quote, cues: &[Cue]) -> Option<(usize, Source)> {
        let doc = self.doc;
        // After the closing mark: the attribution fills the gap up to its cue, as in "…,"
        // Al Jazeera's James Bays, reporting from the White House, said.
        if let Some(close) = q.close {
            let sentence = self.sentence(close);
            let from = close + 1;
            let gap = (from..sentence.end)
                .find(|&k| !doc.is_punct(k, ","))
                .unwrap_or(from);
            let to = sentence.end.min(from + 30);
            // "The “sex tape” reference": a cue that is as often a noun names no speaker.
            let near = starting_in(cues, gap, to)
                .map(|ci| (ci, &cues[ci]))
                .filter(|(_, c)| !(self.inside_quote(c.first) || c.noun_like && c.first == gap));
            // "“…”, adding this was …, TASS quoted him as saying": a gerund with no source of
            // its own gives way to an attribution that closes the sentence.
            let mut fallback = None;
            // A quoted fragment, with no punctuation inside its closing mark or after it.
            let fragment = !self.closes_on_punctuation(close) && gap == from;
            for (ci, cue) in near {
                // "“very close,” adding: “…”": the cue introduces the quote after it. "had
                // “overwhelmingly” supported the change": a stance right after a quote has it
                // inside its own clause.
                let introduces = cue.last + 1 < sentence.end && doc.is_punct(cue.last + 1, ":");
                let stance = cue.class == CueClass::Belief && !cue.gerund;
                if introduces || cue.first == gap && stance {
                    continue;
                }
                if cue.first == gap {
                    // A gerund's source is never after it: "“…,” comparing him to Obama".
                    let after = (!cue.gerund)
                        .then(|| self.source_after(cue, sentence.end))
                        .flatten();
                    match after {
                        Some((source, _)) => return Some((ci, source)),
                        // "called the explanation “laughable,” adding …": a quote inside the
                        // content of a cue before it is no gerund's.
                        None if cue.gerund
                            && starting_in(cues, self.sentence(q.open).start, q.open)
                                .is_empty() =>
                        {
                            let subject = self.clause_subject(cue, sentence.start);
                            fallback = Some((ci, subject.map_or(Source::Unnamed, |s| s.0)));
                        }
                        None if cue.gerund => {}
                        // "NBC's “Today” show that …": a cue right after a quoted fragment
                        // reports what follows it.
                        None if fragment => {}
                        // So does one with a subject after it: "who has called Putin “a
                        // thug,” said he would push …".
                        None if cue.last + 1 < sentence.end
                            && self.pronoun(cue.last + 1).is_some() =>
                        {
                            return None;
                        }
                        None => return Some((ci, Source::Unnamed)),
                    }
                }
                // Only the source's own words before it: "Al Jazeera's James Bays",
                // "Sen. Claire McCaskill"; a gerund has none ("…” to pad the numbers, pointing
                // to …").
                let before = (!cue.gerund)
                    .then(|| self.source_before(cue, from))
                    .flatten();
                if let Some((source, at)) = before {
                    let first = self.first_of_source(source, at);

                    // "“a disgrace” after she attacked …", "“reckless,” and Sen. Chris Murphy
                    // tweeted …", "“highly likely” if Scotland's interests were ignored",
                    // "“a crude populism” that he said threatened …" are no attribution.
                    let joins = |k: usize| {
                        ADVERBIAL_OPENERS.contains(self.word(k))
                            || CLAUSE_JOINERS.contains(self.word(k))
                            || self.word(k) == "that" && self.pronoun(k + 1).is_some()
                    };
                    let own = |k: usize| {
                        self.is_word(k) && !joins(k) || doc.is_punct(k, ".") || doc.is_punct(k, "&")
                    };
                    // "“…,” their lawyer, Shawn Williams, wrote": a short description before
                    // the name, set off by a comma.
                    let described = matches!(source, Source::Named(_))
                        && first > gap + 1
                        && first - gap <= 6
                        && doc.is_punct(first - 1, ",")
                        && SOURCE_DETERMINERS.contains(self.word(gap))
                        && (gap..first - 1).all(own);
                    // "“did not recall” receiving emails she believed …": after a fragment,
                    // the source comes first.
                    if described || (gap..first).all(own) && (!fragment || first == gap) {
                        // "“the last thing” he wanted was …": a cue in a relative clause
                        // attributes nothing.
                        if cue.last + 1 < sentence.end
                            && AUXILIARIES.contains(self.word(cue.last + 1))
                        {
                            return None;
                        }
                        return Some((ci, source));
                    }
                }
            }
            // "“…” of the Clinton proposals, Mr. Holtz-Eakin said.": a named source and its cue
            // close the sentence.
            let closing = starting_in(cues, gap, sentence.end.min(gap + MAX_CLAUSE))
                .rev()
                .map(|ci| (ci, &cues[ci]))
                .find(|(_, c)| c.last + 3 >= sentence.end);
            if let Some((ci, cue)) = closing {
                // "“…,” one said.": one of those the text has named, none by name.
                if cue.first == gap + 1 && matches!(self.word(gap), "one" | "another") {
                    return Some((ci, Source::Unnamed));
                }
                if let Some((source @ (Source::Named(_) | Source::Pronoun(..)), at)) =
                    self.source_before(cue, from)
                {
                    // (With the capitalized words of its titles: "…” officers, Philadelphia
                    // Police Commissioner Richard Ross said.")
                    let mut first = self.first_of_source(source, at);
                    while first > from && doc.is_capitalized(first - 1) {
                        first -= 1;
                    }
                    if first > from && doc.is_punct(first - 1, ",") {
                        return Some((ci, source));
                    }
                }
            }
            if fallback.is_some() {
                return fallback;
            }
            // "“… too big to manage?” Vitter demanded.": a question or exclamation closes the
            // sentence, and a short one of a name and its cue follows, with the occasion at
            // most ("Cruz asked during a speech on the Senate floor.").
            let next = doc.sentence_of(close) + 1;
            if close + 1 == sentence.end && next < doc.sentences.len() {
                let after = doc.sentences[next].clone();
                let short =
                    after.len() <= 16 && doc.paragraph_of(after.start) == doc.paragraph_of(close);
                let cue = starting_in(cues, after.start, after.end).find(|&ci| {
                    let next = cues[ci].last + 1;
                    // ("“…?” Starmer told parliament.": past the addressee.)
                    let next = if cues[ci].base == "tell" && next < after.end {
                        self.addressee(next).unwrap_or(next + 1)
                    } else {
                        next
                    };
                    next + 1 >= after.end
                        || (doc.is_punct(close - 1, "?") || doc.is_punct(close - 1, "!"))
                            && after.start + 8 > next
                            && (ADVERBIAL_OPENERS.contains(self.word(next))
                                || TIME_WORDS.contains(self.word(next)))
                            && (next..after.end)
                                .all(|k| !self.cue_starts[k] && self.word(k) != "that")
                });
                if let Some(ci) = cue.filter(|_| short) {
                    if let Some((source @ (Source::Named(_) | Source::Pronoun(..)), at)) =
                        self.source_before(&cues[ci], after.start)
                    {
                        if self.first_of_source(source, at) == after.start {
                            return Some((ci, source));
                        }
                    }
                }
            }
        }
        // Before the opening mark: the cue ends the text before it, save ':' or ','; or, for a
        // quote that opens its paragraph, the paragraph before ends "… continued:".
        let mut sentence = self.sentence(q.open);
        let mut open = q.open;
        if sentence.start == q.open {
            let before = doc
                .sentence_of(q.open)
                .checked_sub(1)
                .map(|s| doc.sentences[s].clone());
            match before {
                Some(b) if doc.is_punct(b.end - 1, ":") && b.end + 1 == q.open => {
                    sentence = b;
                    open = sentence.end;
                }
                _ => return None,
            }
        }
        let mut j = open;
        while j > sentence.start && (doc.is_punct(j - 1, ":") || doc.is_punct(j - 1, ",")) {
            j -= 1;
        }
        // "told a press conference on Thursday, after the prime minister returned: “…”": a
        // colon reaches further back, past an aside (not past a reported clause: "said she
        // has the essential quality for the job of president: “…”").
        let colon = doc.is_punct(open - 1, ":");
        let ci = starting_in(cues, sentence.start.max(j.saturating_sub(16)), open)
            .rev()
            .find(|&ci| {
                let last = cues[ci].last;
                last < open
                    && (last + 6 >= j
                        || colon && last + 14 >= j && (last..j).any(|k| doc.is_punct(k, ",")))
            })?;
        let cue = &cues[ci];
        // "calling the conservative demand “a political stunt”": a noun in the object of an
        // earlier cue is no speaker's; the quote is what that cue's source calls it.
        let object_of_earlier = cue.noun_like
            && !past_form(self.word(cue.first))
            && j == open
            && ci > 0
            && cues[ci - 1].first >= sentence.start
            && (cues[ci - 1].last + 1..cue.first).all(|k| self.is_word(k));
        if self.obliged(cue) || object_of_earlier {
            return None;
        }
        // "said that “…”" reports the quote inside a reported claim.
        let between_ok = (cue.last + 1..j)
            .all(|k| (self.is_word(k) || colon && doc.is_punct(k, ",")) && self.word(k) != "that")
            && (j < open || cue.last + 1 == open);
        if !between_ok {
            return None;
        }
        // "“…,” Trump said, adding later, “…”": a gerund after a comma goes on with the source
        // of the cue before it in the sentence.
        let goes_on = self.goes_on(cue, sentence.start);
        // (Not one in a relative clause: "not paying an architect who said he was stiffed …,
        // saying, “…”" is Trump's.)
        let earlier = || {
            let mut i = ci;
            while i > 0 && cues[i - 1].first >= sentence.start {
                i -= 1;
                if self.relative_at(self.head_of(&cues[i], sentence.start), sentence.start) {
                    continue;
                }
                let found = self
                    .source_before(&cues[i], sentence.start)
                    .or_else(|| self.source_after(&cues[i], sentence.end));
                if found.is_some() {
                    return found;
                }
            }
            None
        };
        // "Sanders made the following comment: “…”": a cue that is a noun was made by the
        // sentence's subject.
        let noun = cue.first > sentence.start && {
            let w = Lowercase::new(self.word(cue.first - 1));
            SOURCE_DETERMINERS.contains(w.as_str()) || w.as_str() == "following"
        };
        let subject = || self.subject_before(cue.first, sentence.start);
        // A gerund's source is never after it: "…, telling reporters at City Hall: “…”".
        let after = || {
            (!cue.gerund)
                .then(|| self.source_after(cue, open))
                .flatten()
        };
        // "Mr. Trump shrugged, asserting, “…”": else a gerund's source is its clause's subject
        // (not a name before an earlier comma: "During an interview with the BBC, Mr Corbyn
        // rejected the claims, stressing: “…”").
        let source = goes_on
            .then(|| earlier().or_else(|| self.clause_subject(cue, sentence.start)))
            .flatten()
            .or_else(|| self.source_before(cue, sentence.start))
            .or_else(after)
            .or_else(|| noun.then(subject).flatten())
            // "Mr. Obama smiled and said, “…”": a coordinated cue shares its clause's subject.
            .or_else(|| {
                (cue.first > sentence.start && matches!(self.word(cue.first - 1), "and" | "but"))
                    .then(subject)
                    .flatten()
            });
        // "Oz has been called a charlatan for promoting “quack” cures", "A spokesman said it
        // would not comment on “hypothetical scenarios”": with no source of its own, or one
        // after an earlier cue of its sentence, a quoted fragment is inside that cue's claim.
        let fragment = j == open && q.close.is_some_and(|c| !self.closes_on_punctuation(c));
        let inside_earlier = ci > 0
            && cues[ci - 1].first >= sentence.start
            && source.is_none_or(|(s, at)| self.first_of_source(s, at) > cues[ci - 1].last);
        if inside_earlier && fragment {
            return None;
        }
        Some((ci, source.map_or(Source::Unnamed, |s| s.0)))
    }

    /// A quote after a colon with no cue before it, the words of the clause's subject:
    /// "Council member Tim McOsker was less forgiving: “Residents waited three days.”" The
    /// colon is its cue.
    fn after_colon(&self, q: &Quote) -> Option<Found> {
        let doc = self.doc;
        // The colon before the quote, or ending the paragraph before it ("Warren laid out the
        // case:" and the quote below).
        let mut colon = q.open.checked_sub(1)?;
        if doc.tokens[colon].kind == Kind::Break {
            colon = colon.checked_sub(1)?;
        }
        // "Partial transcript as follows:" and "WALLACE: …": a transcript's labels say who
        // speaks.
        let labelled = q.open + 2 < doc.tokens.len() && doc.is_punct(q.open + 2, ":");
        if !doc.is_punct(colon, ":") || labelled {
            return None;
        }
        let sentence = self.sentence(colon);
        // One short clause before the colon, after any opening phrase ("In her speech, …"):
        // its subject's words follow.
        let clause = self
            .last_mark(sentence.start, colon, ",")
            .map_or(sentence.start, |comma| comma + 1);
        if colon <= clause || colon > clause + 12 {
            return None;
        }
        // "A senior House Democratic aide was more cautious: “…”": a source noun speaks too.
        let source = self.subject_at(clause, colon, 1);
        let speaks = match source {
            Source::Named(_) | Source::Pronoun(_, Some(_)) => true,
            Source::Nominal(_, head) => SOURCE_NOUNS.contains(self.word(head)),
            _ => false,
        };
        if !speaks {
            return None;
        }
        Some(Found {
            span: q.content,
            kind: ClaimKind::Direct,
            cue: Some(doc.tokens[colon].span),
            source,
        })
    }

    /// Paragraphs labelled with their speaker: transcripts ("PENCE: Well, look, …") and
    /// headlines ("Pat Caddell: Democrat Voters Worried …"). The rest of the paragraph is the
    /// claim, the colon its cue; none where a quote claimed it already.
    fn labelled_paragraphs(&self, quoted: &[Found]) -> Vec<Found> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let mut found = Vec::new();
        for (m_idx, m) in self.mentions.iter().enumerate() {
            let mut start = m.first;
            while start > 0
                && doc.tokens[start - 1].kind == Kind::Punct
                && self.is_quote_mark(start - 1)
            {
                start -= 1;
            }
            let opens_paragraph = start == 0 || doc.tokens[start - 1].kind == Kind::Break;
            let colon = m.last + 1;
            // "Analysis: Why …", "Letters: Readers weigh in …": a section's label is no one.
            let label = m.first == m.last && SECTION_LABELS.contains(doc.word(m.first));
            if !opens_paragraph || colon + 1 >= n || !doc.is_punct(colon, ":") || label {
                continue;
            }
            let end = (colon + 1..n)
                .find(|&k| doc.tokens[k].kind == Kind::Break)
                .unwrap_or(n);
            let first = (colon + 1..end).find(|&k| self.is_word(k));
            let last = (colon + 1..end).rev().find(|&k| self.is_word(k));
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            // "HOLT: … Will you?": a question keeps its mark.
            let last = last
                + usize::from(
                    last + 1 < end && (doc.is_punct(last + 1, "?") || doc.is_punct(last + 1, "!")),
                );
            let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
            let transcript = m.span.text(doc.text).chars().all(|c| !c.is_lowercase());
            // ("KYIV: Ukrainian Foreign Minister Dmytro Kuleba said …": a dateline in capitals,
            // before a sentence with a named source of its own; but "CLINTON: He said …".)
            let dateline =
                transcript && self.pronoun(first).is_none() && self.subject_and_cue(first);
            if quoted.iter().any(|c| c.span.overlaps(span)) || dateline {
                continue;
            }
            let kind = if transcript {
                ClaimKind::Direct
            } else {
                ClaimKind::Indirect
            };
            found.push(Found {
                span,
                kind,
                cue: Some(doc.tokens[colon].span),
                source: Source::Named(m_idx),
            });
        }
        found
    }

    /// Whether a quote is a title ("Face the Nation", "Fox News Sunday"): a few words, each
    /// capitalized, with no sentence punctuation.
    fn is_title(&self, q: &Quote) -> bool {
        let doc = self.doc;
        let end = doc.tokens.partition_point(|t| t.span.start < q.content.end);
        let inside = q.open + 1..end.max(q.open + 1);
        let words = inside.clone().filter(|&k| self.is_word(k));
        if !(2..=6).contains(&words.clone().take(7).count()) {
            return false;
        }
        // (Short words may stay lowercase, but most are capitalized: "That is not who we are"
        // is no title.)
        let capital = |k: &usize| {
            self.word(*k)
                .starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        };
        let capitals = words.clone().filter(capital).count();
        let title_case = words
            .clone()
            .all(|k| capital(&k) || self.word(k).len() <= 3)
            && capitals >= 2
            && capitals * 2 >= words.clone().count();
        // A comma or period before the closing mark is the sentence's, not the title's.
        let last_word = words.clone().next_back().unwrap_or(inside.start);
        let punctuated =
            (inside.start..last_word).any(|k| matches!(self.word(k), "." | "," | "!" | "?"));
        title_case && !punctuated
    }

    /// A quote attributed after it that stands mid-sentence carries the words around it, as the
    /// speaker's too: "However laudable the goal, using the tax ''is a misguided approach,'' said
    /// Mr. Burman" claims all of it, and so does "A cashier who “steals” is held accountable,
    /// Warren said" (the words after the quote, up to the comma before the attribution).
    fn with_lead_in(&self, q: &Quote, cue: &Cue, source: Source) -> Span {
        let doc = self.doc;
        let sentence = self.sentence(q.open);
        let Some(close) = q.close.filter(|&c| cue.first > c) else {
            return q.content;
        };
        let lead_in = (sentence.start..q.open)
            .filter(|&k| self.is_word(k))
            .count();
        let no_cue = (sentence.start..q.open).all(|k| !self.cue_starts[k]);
        let start = match (sentence.start..q.open).find(|&k| self.is_word(k)) {
            // (A name alone is the subject of the quoted words: Mills “got an immunity
            // agreement,” Jordan said.)
            Some(first)
                if (lead_in >= 2 || self.named_from(first).is_some())
                    && no_cue
                    && !self.inside_quote(first) =>
            {
                doc.tokens[first].span.start
            }
            _ => q.content.start,
        };
        let attribution = self.first_of_source(source, cue.first).min(cue.first);
        // "“…,” the company's lawyer, Jane Doe, said": a quote that closes on a comma is
        // followed by its attribution alone.
        let tail = !self.closes_on_punctuation(close)
            && attribution > close + 2
            && doc.is_punct(attribution - 1, ",")
            && (close + 1..attribution - 1).any(|k| self.is_word(k))
            && (close + 1..attribution).all(|k| !self.cue_starts[k] && !self.is_quote_mark(k));
        let end = if tail {
            doc.tokens[attribution - 2].span.end
        } else {
            q.content.end
        };
        Span::new(start, end)
    }

    /// Whether quote `q` goes on from the attributed quote `prev` with no cue of its own: the
    /// next paragraph of a quote that runs over paragraphs, or a quote that opens the next
    /// sentence after an attributed one ("…," he said. "…").
    fn continues(&self, prev: &Quote, q: &Quote) -> bool {
        if q.continues {
            return true;
        }
        let doc = self.doc;
        let opens_sentence = self.sentence(q.open).start == q.open;
        let words = (q.open..q.close.unwrap_or(q.open))
            .filter(|&k| self.is_word(k))
            .count();
        let prev_end = prev.close.unwrap_or(prev.open);
        // "“…,” Pence said. On CBS, Sen. Bernie Sanders identified … “…”": a sentence about
        // another person, with no cue, stands between.
        let (after_prev, at_q) = (doc.sentence_of(prev_end) + 1, doc.sentence_of(q.open));
        let narrated = |s: usize| {
            let sentence = doc.sentences[s].clone();
            let k = self.mentions.partition_point(|m| m.first < sentence.start);
            let person = self.mentions[k..]
                .iter()
                .take_while(|m| m.first < sentence.end)
                .any(|m| m.kind == SpeakerKind::Person);
            person && !sentence.clone().any(|i| self.cue_starts[i])
        };
        let near = at_q <= after_prev || at_q == after_prev + 1 && !narrated(after_prev);
        // "“…,” Trump said during a rally in Kenansville, “but …”": after a comma, in the same
        // sentence, the attribution stands between the two halves.
        // "“You know, I love Larry,” he said, but “when it comes …”", "…, and still “…”".
        let mut lead = q.open;
        while lead > prev_end + 1 && matches!(self.word(lead - 1), "and" | "but" | "still") {
            lead -= 1;
        }
        let second_half = doc.sentence_of(q.open) == doc.sentence_of(prev_end)
            && lead > 0
            && doc.is_punct(lead - 1, ",");
        // A quote of a few words that stops inside its sentence ("“You squeezed employees” to
        // drive up …") is a fragment the sentence's own cue reports.
        let whole = q.close.is_none_or(|c| {
            c + 1 >= self.sentence(c).end
                || doc.sentence_of(c) != doc.sentence_of(q.open)
                || self.closes_on_punctuation(c)
        });
        // "“…,” Davis said. “We’ll fix it.”": a sentence of its own in the same paragraph goes
        // on, however short.
        let sentence_of_its_own = q.close.is_some_and(|c| {
            [".", "?", "!"].iter().any(|p| doc.is_punct(c - 1, p))
                && doc.paragraph_of(c) == doc.paragraph_of(prev_end)
        });
        // ("…,” spokesperson Mao Ning said.\n\nMarch 30 (Reuters) - Evan Gershkovich … “…”": in a
        // later paragraph, only a quote that opens it goes on.)
        let later_paragraph = doc.paragraph_of(q.open) != doc.paragraph_of(prev_end)
            && q.open > 0
            && doc.paragraph_of(q.open - 1) == doc.paragraph_of(q.open);
        second_half
            || opens_sentence
                && near
                && whole
                && !later_paragraph
                && (words >= 4 || q.close.is_none() || sentence_of_its_own && words >= 1)
    }

    /// A reported claim at a cue: its complement after the cue, or, inverted, the clause before.
    fn reported(&self, cue: &Cue, inherited: Option<Source>) -> Option<Found> {
        let doc = self.doc;
        if self.inside_quote(cue.first) {
            return None;
        }
        let sentence = self.sentence(cue.first);
        // "Asked whether he would endorse Clinton, …": a question claims nothing.
        if self.in_question(cue.first, sentence.start) {
            return None;
        }
        // "When asked whether …, Reid replied": a participle after a subordinator is passive,
        // with no source and no claim.
        if cue.first > sentence.start && past_form(self.word(cue.first)) && {
            let opener = cue.first - 1;
            (opener == sentence.start || doc.is_punct(opener - 1, ","))
                && CONDITIONS.contains(Lowercase::new(self.word(opener)).as_str())
        } {
            return None;
        }
        let cue_span = Some(self.cue_span(cue));
        // An embedded post is the line above the one that signs it.
        if signs_post(doc, cue.first) {
            let (source, _) = self.source_after(cue, sentence.end)?;
            let above = cue.first - 1;
            let line = (0..above)
                .rev()
                .find(|&k| doc.tokens[k].kind == Kind::Break)
                .map_or(0, |k| k + 1);
            let first = (line..above).find(|&k| self.is_word(k))?;
            let last = (first..above).rev().find(|&k| !self.is_quote_mark(k))?;
            return Some(Found {
                span: Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end),
                kind: ClaimKind::Direct,
                cue: cue_span,
                source,
            });
        }
        // "Limbaugh added:" ending its paragraph, over one with no quote mark: that paragraph
        // is his block quote.
        let below = cue.last + 3;
        if below < doc.tokens.len()
            && cue.class == CueClass::Speech
            && !cue.noun_like
            && doc.is_punct(cue.last + 1, ":")
            && doc.tokens[cue.last + 2].kind == Kind::Break
            && !self.is_quote_mark(below)
        {
            let (source, _) = self.source_before(cue, sentence.start)?;
            let end = (below..doc.tokens.len())
                .find(|&k| doc.tokens[k].kind == Kind::Break)
                .unwrap_or(doc.tokens.len());
            let first = (below..end).find(|&k| self.is_word(k))?;
            return Some(Found {
                span: Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end),
                kind: ClaimKind::Direct,
                cue: cue_span,
                source,
            });
        }
        if cue.according_to {
            return self.according_to(cue, sentence);
        }
        if cue.base == "put" {
            return self.as_clause(cue, sentence);
        }
        if let Some(found) = self.as_clause(cue, sentence.clone()) {
            return Some(found);
        }
        // "When the diagnosis was confirmed, Clinton …": a passive cue with nothing after it
        // reports nothing.
        let be = |k: usize| k > sentence.start && BE_FORMS.contains(self.word(k - 1));
        let passive = be(cue.first) && past_form(self.word(cue.first));
        // "Trump was criticized for saying …": the subject of a passive is no source; "the
        // thefts were intended to interfere" says nothing of whose intent.
        let ends = cue.last + 1 >= sentence.end;
        let passive_to = passive && !ends && self.word(cue.last + 1) == "to";
        // "Reagan was once asked how the war would end": a question put to him.
        let asked = cue.base == "ask"
            && !ends
            && self.word(cue.last + 1) != "to"
            && (be(cue.first)
                || be(cue.first.saturating_sub(1)) && self.word(cue.first - 1) == "once");
        if asked
            || passive
                && (ends || doc.is_punct(cue.last + 1, ",") || self.word(cue.last + 1) == "for")
        {
            return None;
        }
        // "…," Trump said, adding later …: a gerund after a comma goes on with the sentence's
        // source.
        let goes_on = self.goes_on(cue, sentence.start);
        // "attacked Trump for saying …", "held Pagliano in contempt for refusing …": the
        // object speaks; "Trump was criticized for saying …": the subject.
        let for_gerund =
            cue.gerund && cue.first > sentence.start + 1 && self.word(cue.first - 1) == "for";
        let before = match inherited {
            _ if passive_to => self
                .source_before(cue, sentence.start)
                .map(|(_, at)| (Source::Unnamed, at)),
            _ if for_gerund => self.object_before(cue.first - 1, sentence.start),
            // "After saying that …, McDaniel was pressed": a gerund that opens a subordinate
            // clause goes with the main clause's subject.
            _ if cue.gerund
                && cue.first == sentence.start + 1
                && opens_subordinate_clause(self.word(sentence.start)) =>
            {
                (cue.last + 1..sentence.end.saturating_sub(1))
                    .filter(|&k| doc.is_punct(k, ","))
                    .find_map(|k| match self.subject_at(k + 1, sentence.end, 1) {
                        Source::Unnamed => None,
                        subject => Some((subject, k + 1)),
                    })
            }
            Some(source) if goes_on => Some((source, cue.first - 1)),
            _ if goes_on => self
                .clause_subject(cue, sentence.start)
                .or_else(|| self.source_before(cue, sentence.start)),
            _ => self.source_before(cue, sentence.start),
        };
        // "The ministry sent letters to the United Nations demanding …": an addressee is no
        // gerund's source, the clause's subject is.
        let before = match before {
            Some((Source::Named(m), _))
                if cue.gerund && {
                    let first = self.titles_before(self.mentions[m].first);
                    let first = first - usize::from(first > 0 && self.word(first - 1) == "the");
                    first > sentence.start && self.word(first - 1) == "to"
                } =>
            {
                self.subject_before(cue.first, sentence.start)
            }
            other => other,
        };
        // "Trump unleashed a series of tweets saying …": a document that the sentence's subject
        // made, right after its verb, speaks for that subject.
        let before = match before {
            Some((Source::Nominal(first, head), _))
                if first > sentence.start + 1
                    && DOCUMENTS.contains(Lowercase::new(self.word(head)).as_str()) =>
            {
                self.maker(first - 1, sentence.start).or(before)
            }
            // "Obama sounded a call for …", "she issued a warning that …": a noun cue speaks
            // for who made it.
            other => cue
                .made_by
                .and_then(|verb| self.maker(verb, sentence.start))
                .or(other),
        };
        // "Clinton doesn't show consistency", "Trump showed no sign of backing down": what a
        // person shows or finds is a claim only when said to be so ("found that …").
        // (Not "A study by Loyola Law School professor Justin Levitt found": a description
        // before the name tells of a document.)
        let person = match before {
            Some((Source::Named(m), _)) => {
                let first = self.titles_before(self.mentions[m].first);
                self.mentions[m].kind == SpeakerKind::Person
                    && (first <= sentence.start
                        || !self.is_word(first - 1)
                        || !self.word(first - 1).starts_with(char::is_lowercase)
                        || SUBJECT_LEADS.contains(self.word(first - 1)))
            }
            Some((Source::Pronoun(_, gender), _)) => gender.is_some(),
            _ => false,
        };
        let that = cue.last + 1 < sentence.end && self.word(cue.last + 1) == "that";
        if cue.class == CueClass::Evidence && person && !that || self.obliged(cue) {
            return None;
        }
        // A source that is sure to be one: a name, a pronoun, or a noun phrase headed by a
        // source noun ("The Trump campaign called the charges unsubstantiated") or, for
        // evidence, a document ("The average shows Clinton ahead").
        let explicit = |s: &Source| match *s {
            Source::Named(_) | Source::Pronoun(..) => true,
            // "An attorney for Mills": the source noun can stand before a preposition.
            Source::Nominal(first, head) => (first..=head).any(|k| {
                let w = Lowercase::new(self.word(k));
                SOURCE_NOUNS.contains(w.as_str())
                    || cue.class == CueClass::Evidence && DOCUMENTS.contains(w.as_str())
            }),
            Source::State(..) | Source::Unnamed => false,
        };
        // "In the wake of the New York Times report, Trump …", "A GAO report released last
        // year": a noun, with a comma or a participle after it.
        let noun = cue.noun_like
            && cue.last + 1 < sentence.end
            && (doc.is_punct(cue.last + 1, ",") || {
                let next = self.word(cue.last + 1);
                next.starts_with(char::is_lowercase) && past_form(next)
            });
        // "state health commissioner Jennifer Shuford said": a word that may be a noun is one
        // in the title of a name that speaks.
        let in_title = || {
            let words = (cue.last + 1..sentence.end.min(cue.last + 4))
                .take_while(|&k| self.is_word(k) && self.word(k).starts_with(char::is_lowercase))
                .count();
            self.subject_and_cue(cue.last + 1 + words)
        };
        if cue.noun_like
            && (noun || !before.as_ref().is_some_and(|(s, _)| explicit(s)) || in_title())
        {
            return None;
        }
        // "…, said Jeffrey N. Trimble": the name after the cue is its source, not its content.
        let after_comma = cue.first > sentence.start
            && (doc.is_punct(cue.first - 1, ",") || self.is_quote_mark(cue.first - 1));
        // A source found before a comma is less sure than one that closes the sentence.
        let inverted = (before.is_none() || doc.is_punct(cue.first - 1, ","))
            && after_comma
            && !cue.gerund
            && !NOT_INVERTED.contains(cue.base)
            && match self.source_after(cue, sentence.end) {
                Some((Source::Named(m), _)) => {
                    let next = self.mentions[m].last + 1;
                    // (Not "said Clinton “believes …”": a mark that opens a quote.)
                    next >= sentence.end
                        || doc.tokens[next].kind == Kind::Punct
                            && !(self.is_quote_mark(next)
                                && next + 1 < sentence.end
                                && self.is_word(next + 1))
                }
                // "…, said one GOP source in the room.", "…, said a person familiar with
                // the talks."
                // (Not "…, insisted the candidate had been misunderstood": a verb follows.)
                Some((Source::Nominal(first, head), _)) => {
                    first == cue.last + 1
                        && (SOURCE_NOUNS.contains(Lowercase::new(self.word(head)).as_str())
                            || (first..head).any(|k| INFORMED.contains(self.word(k))))
                        && sentence.end - head <= 5
                        && (head + 1 >= sentence.end
                            || !self.is_word(head + 1)
                            || PREPOSITIONS.contains(self.word(head + 1)))
                }
                _ => false,
            };
        // A parenthetical attribution: "The museum, Mr. Obama said, would make visitors …":
        // the claim is the sentence around it.
        if let Some((source, at)) = before {
            // "…, Chief Justice Roberts said, …": the titles open the attribution.
            let first = self.titles_before(self.first_of_source(source, at));
            // "…, the agency said in a June report, and …": past an occasion or a time; "…, he
            // told me on Friday, is …": past the addressee first.
            let next = cue.last + 1;
            let next = if next < sentence.end && cue.base == "tell" {
                self.addressee(next).unwrap_or(next)
            } else {
                next
            };
            let comma = if next < sentence.end
                && (ADVERBIAL_OPENERS.contains(self.word(next))
                    || TIME_WORDS.contains(self.word(next)))
            {
                // (A show's name in quote marks: "he said on ABC's “This Week,” is …")
                self.first_mark(next, sentence.end.min(next + 9), ",")
                    .filter(|&c| (next..c).all(|k| self.is_word(k) || self.is_quote_mark(k)))
                    .unwrap_or(next)
            } else {
                next
            };
            let rest =
                comma + 1 + usize::from(comma + 1 < sentence.end && self.is_quote_mark(comma + 1));
            let parenthetical = first > sentence.start + 1
                && doc.is_punct(first - 1, ",")
                && rest < sentence.end
                && doc.is_punct(comma, ",")
                && !self.participle_clause(rest)
                && !self.writers_clause(cue)
                && cue.class == CueClass::Speech;
            if parenthetical {
                let start = (sentence.start..first).find(|&k| self.is_word(k))?;
                let end = self.clause_end(rest, sentence.end);
                let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
                return Some(Found {
                    span,
                    kind: ClaimKind::Indirect,
                    cue: cue_span,
                    source,
                });
            }
        }
        // The complement after the cue.
        if let Some(start) = self
            .complement_start(cue, sentence.end)
            .filter(|_| !inverted && !self.writers_clause(cue))
        {
            // "said on Tuesday he would …": past an adverbial, the complement opens with its
            // subject pronoun.
            // "said on Monday the talks would …", "said Friday the plan …": past a time.
            let time = self.time_phrase(start, sentence.end);
            // "said when she resigned", "said before he died": a conjunction opens no content
            // ("have not said when they would vote" asks a question).
            let negated = cue.first > 1 && matches!(self.word(cue.first - 1), "not" | "never")
                || cue.first > 2 && self.word(cue.first - 2) == "not";
            let conjunction = cue.base == "say"
                && !negated
                && start + 1 < sentence.end
                && self.pronoun(start + 1).is_some();
            let start = if start == cue.last + 1 && self.opens_adverbial(start) && !conjunction {
                (start + 1..sentence.end.min(start + 8))
                    .take_while(|&i| self.is_word(i))
                    .find(|&i| self.pronoun(i).is_some())
                    .or(time)
                    .unwrap_or(start)
            } else {
                time.unwrap_or(start)
            };
            let mut end = self.clause_end(start, sentence.end);
            // "Mr Trump, who praised Mr Putin throughout the campaign, was poised …": a cue
            // in a relative clause reports to the clause's end.
            // "When Cuomo pointed out that Obama had released it, Giuliani interrupted him": in
            // a clause that opens with a subordinator, to where the main clause's subject comes.
            // (Past auxiliaries: "Boris Johnson, who has said he would never resign, faced …".)
            let head = self.head_of(cue, sentence.start);
            let relative = self.relative_at(head, sentence.start);
            let subordinate = opens_subordinate_clause(self.word(sentence.start));
            if relative || subordinate {
                end = (start..end)
                    .find(|&k| {
                        doc.is_punct(k, ",")
                            // "…, who had talked about X — from A, to B", but "…, was poised":
                            // the main clause goes on with its verb.
                            && (relative && {
                                let v = k + 1 + usize::from(self.is_quote_mark(k + 1));
                                v < doc.tokens.len() && {
                                    let w = self.word(v);
                                    AUXILIARIES.contains(w) || past_form(w) || s_form(w)
                                        || self.cue_starts[v]
                                }
                            }
                                || k + 1 < end
                                    && !matches!(
                                        self.subject_at(k + 1, sentence.end, 1),
                                        Source::Unnamed
                                    ))
                    })
                    // "who has called Putin “a thug,” said …": the closing mark stays.
                    .map_or(end, |k| k + 2 * usize::from(self.is_quote_mark(k + 1)));
            }
            let words = (start..end).filter(|&k| self.is_word(k)).count();
            // "the airbase that the USA says was used": a complement needs its own subject;
            // "Mr. Obama said in his interview": an adverbial is not one.
            // "said Friday as he entered", "who said and did": no complement either.
            let right_after = start == cue.last + 1;
            let opener = start + usize::from(right_after && TIME_WORDS.contains(self.word(start)));
            let verb_first = AUXILIARIES.contains(self.word(start))
                || matches!(self.word(start), "and" | "or")
                || right_after && opener < end && self.opens_adverbial(opener);
            // "Nobody knew the answer to that question": knowing a thing claims nothing;
            // knowing that something is so does.
            // (So does deciding a thing: "the voters who will decide this election".)
            let known_thing = matches!(cue.base, "know" | "decide")
                && self.word(start - 1) != "that"
                && (ARTICLES.contains(self.word(start))
                    || cue.base == "decide" && self.word(start) == "this");
            // "lashed out hours later", "fired back days ago": a time is no content.
            let time_only = words <= 3 && AGO.contains(self.word(end - 1));
            if words >= 2 && !verb_first && !known_thing && !time_only {
                // "…, adding", "and said", "took to Twitter to accuse": the cue shares the
                // sentence's source ("…, but also contended": `head` is past the adverbs).
                let coordinated = cue.gerund
                    || (head > sentence.start
                        && (doc.is_punct(head - 1, ",")
                            || matches!(self.word(head - 1), "and" | "but" | "to")));
                let made = (head > sentence.start)
                    .then(|| self.made_to(head - 1, sentence.start))
                    .flatten();
                let source = match (made, before) {
                    (Some(Some(object)), _) => object,
                    (Some(None), _) => return None,
                    (None, Some((s, _))) => s,
                    (None, None) if coordinated && cue.class == CueClass::Speech => {
                        inherited.unwrap_or_else(|| self.sentence_subject(cue, sentence.start))
                    }
                    // "Merkel said the plan was sound and criticized the delays": a stance
                    // joined to a claim of the sentence is its source's.
                    (None, None)
                        if head > sentence.start
                            && matches!(self.word(head - 1), "and" | "but")
                            && inherited.is_some() =>
                    {
                        inherited?
                    }
                    // "Developers and supporters in Congress say …": a speech verb after a
                    // word reports, though its source is not one we can name.
                    (None, None)
                        if cue.class == CueClass::Speech
                            && !cue.noun_like
                            && cue.first > sentence.start
                            && self.is_word(cue.first - 1) =>
                    {
                        Source::Unnamed
                    }
                    (None, None) => return None,
                };
                let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
                return Some(Found {
                    span,
                    kind: ClaimKind::Indirect,
                    cue: cue_span,
                    source,
                });
            }
        }
        // Inverted: "Content, officials said." / "Content, said a spokesman." / "Content, the
        // poll showed."
        let document = |s: &Source| match *s {
            Source::Nominal(_, head) => {
                DOCUMENTS.contains(Lowercase::new(self.word(head)).as_str())
            }
            _ => false,
        };
        let evidence =
            cue.class == CueClass::Evidence && before.as_ref().is_some_and(|(s, _)| document(s));
        if cue.class != CueClass::Speech && !evidence {
            return None;
        }
        let (source, source_first) = match before.filter(|_| !inverted) {
            // "Clinton's running mate, Sen. Tim Kaine, responded": before a name that a comma
            // parts from its cue stands its description, not a claim.
            Some((Source::Named(m), _))
                if doc.is_punct(cue.first - 1, ",")
                    && !(self.mentions[m].last..cue.first - 1).any(|k| doc.is_punct(k, ",")) =>
            {
                return None;
            }
            Some((s, at)) => {
                // "…, Chief Financial Officer Kevan Parekh told analysts."
                let first = self.titles_before(self.first_of_source(s, at));
                // "…, The Wall Street Journal reports."
                let the = first > 0 && matches!(self.word(first - 1), "The" | "the");
                (s, first - usize::from(the))
            }
            None => {
                let (s, _) = self.source_after(cue, sentence.end)?;
                (s, cue.first)
            }
        };
        // "…, promoter AEG Presents said": a word or two of description before a name.
        let described = |k: usize| {
            let w = self.word(k);
            k > sentence.start
                && self.is_word(k)
                && w.starts_with(char::is_lowercase)
                && !NOT_IN_SOURCE_PHRASE.contains(w)
                && !past_form(w)
        };
        let mut source_first = source_first;
        let named = matches!(source, Source::Named(_));
        for _ in 0..2 {
            if !named || source_first == 0 || !described(source_first - 1) {
                break;
            }
            source_first -= 1;
        }
        let comma = source_first
            .checked_sub(1)
            .filter(|&c| c > sentence.start && doc.is_punct(c, ","))?;
        let mut start = sentence.start;
        while start < comma && !self.is_word(start) {
            start += 1;
        }
        let end = comma;
        // "Bamberg said the videos do not show it, the footage showed": a finding does not
        // wrap another source's claim.
        if evidence && (start..end).any(|k| self.cue_starts[k]) {
            return None;
        }
        // "Asked whether he would resign, the chief said no", "Speaking to reporters, …": a
        // participle clause before the source says nothing of its own.
        let opener = Lowercase::new(self.word(start));
        let participle = past_form(opener.as_str())
            || opener.as_str().ends_with("ing")
                && !(start..end).any(|k| AUXILIARIES.contains(self.word(k)));
        if self.is_quote_mark(end - 1)
            || participle
            || (start..end).filter(|&k| self.is_word(k)).count() < 3
        {
            return None;
        }
        let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        Some(Found {
            span,
            kind: ClaimKind::Indirect,
            cue: cue_span,
            source,
        })
    }

    /// Whether token `k` stands in a question, a few words after "whether" or "asked if" in
    /// its clause (from token `start`).
    fn in_question(&self, k: usize, start: usize) -> bool {
        let mut i = k;
        while i > start.max(k.saturating_sub(6)) && self.is_word(i - 1) {
            i -= 1;
            let asked = i > 0 && matches!(self.word(i - 1), "asked" | "ask" | "asks");
            if self.word(i) == "whether" || self.word(i) == "if" && asked {
                return true;
            }
        }
        false
    }

    /// Whether a clause of the writer's own follows the cue after a comma: "…, the ministry
    /// said, as efforts to broker a truce stalled", "…, he said, but gave no details"; not a
    /// comparison ("Experts cautioned, as did the campaign, that …").
    fn writers_clause(&self, cue: &Cue) -> bool {
        let next = cue.last + 2;
        let compared =
            next + 1 < self.doc.tokens.len() && AUXILIARIES.contains(self.word(next + 1));
        next < self.doc.tokens.len()
            && self.doc.is_punct(cue.last + 1, ",")
            && (CLAUSE_OPENERS.contains(self.word(next))
                || TIME_CONJUNCTIONS.contains(self.word(next)) && !compared)
    }

    /// "As Ms. Simonyan put it, …", "As the Times reported last week, …", "…, as a Homeland
    /// Security memo put it.", "…, as police have said.": a cue with no complement of its own,
    /// after "as" and its source, reports the clause on the other side of its comma; "Hawaii,
    /// as one of Mr. Obama's advisers pointed out, normally does not …" reports the sentence
    /// around it.
    fn as_clause(&self, cue: &Cue, sentence: std::ops::Range<usize>) -> Option<Found> {
        let doc = self.doc;
        let (source, at) = self.source_before(cue, sentence.start)?;
        let first = self.first_of_source(source, at);
        // "Mr. Obama's climate advisers": from the owner's honorific.
        let first = self.titles_before(
            self.mention_ending_at(first)
                .map_or(first, |m| self.mentions[m].first),
        );
        let mut first =
            first - usize::from(matches!(self.word(first.checked_sub(1)?), "the" | "The"));
        // "as one of Mr. Obama's climate advisers pointed out"
        if first > 2
            && self.word(first - 1) == "of"
            && SOURCE_DETERMINERS.contains(self.word(first - 2))
        {
            first -= 2;
        }
        let as_ = first
            .checked_sub(1)
            .filter(|&k| matches!(self.word(k), "as" | "As"))?;
        // No complement: what was put follows it; else at most a time or place ("reported
        // last week", "said on Monday"), not "talked about bringing communities together".
        let after = (cue.last + 1..sentence.end)
            .find(|&k| !self.is_word(k))
            .unwrap_or(sentence.end);
        // (Words after the cue, so `cue.last + 1` is one: the cue may end the text.)
        let complement = after > cue.last + 1 && {
            let next = self.word(cue.last + 1);
            let adverbial = ADVERBIAL_OPENERS.contains(next)
                || TIME_LEADS.contains(next)
                || TIME_WORDS.contains(next)
                || is_ly_adverb(next);
            !adverbial || after > cue.last + 6
        };
        if cue.base != "put" && complement {
            return None;
        }
        // "Yet, as Mr. Bown observed, …": past a conjunction, as if it opened the sentence.
        let opens = as_ == sentence.start
            || as_ == sentence.start + 2 && CONNECTIVES.contains(self.word(sentence.start));
        let (start, end) = if opens {
            let comma = self.first_mark(cue.last + 1, sentence.end, ",")?;
            (comma + 1, self.clause_end(comma + 1, sentence.end))
        } else {
            // "… income,” as a memo put it": a closing mark after the comma stays.
            let mark = as_ > 1 && self.is_quote_mark(as_ - 1) && doc.is_punct(as_ - 2, ",");
            let comma = as_.checked_sub(1).filter(|&k| doc.is_punct(k, ","));
            let end = if mark { as_ } else { comma? };
            // The clause just before: "…, the primary requirement is a “lawful source,” as a
            // memo put it".
            let clause = self
                .last_mark(sentence.start, end.saturating_sub(2), ",")
                .map_or(sentence.start, |k| k + 1);
            // "Hawaii, as …, normally does not get …": the sentence goes on past it.
            // "…, as The New Yorker put it, “the operator.”": what was put follows it.
            let goes_on = !mark && after + 1 < sentence.end && doc.is_punct(after, ",");
            if goes_on {
                let from = if cue.base == "put" { after + 1 } else { clause };
                (from, self.clause_end(after + 1, sentence.end))
            } else {
                (clause, end)
            }
        };
        let start = (start..end).find(|&k| {
            self.is_word(k) && !CONJUNCTIONS.contains(self.word(k)) || self.is_quote_mark(k)
        })?;
        let end = (start + 1..=end)
            .rev()
            .find(|&k| !doc.is_punct(k - 1, ","))?;
        Some(Found {
            span: Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end),
            kind: ClaimKind::Indirect,
            cue: Some(self.cue_span(cue)),
            source,
        })
    }

    /// Who made what follows the past verb at token `verb`, as the subject that opens its
    /// clause: "Trump unleashed …", "…, after Donald Trump unleashed …".
    fn maker(&self, verb: usize, sentence_start: usize) -> Option<(Source, usize)> {
        if verb <= sentence_start || !past_form(self.word(verb)) {
            return None;
        }
        let at = verb - 1;
        let opens_clause = |mut k: usize| {
            // "President Barack Obama sounded …": titles before the name.
            while k > sentence_start
                && (TITLES.contains(self.word(k - 1)) || self.doc.is_punct(k - 1, "."))
            {
                k -= 1;
            }
            // (A name may open before its sentence does: "S..Portd".)
            k <= sentence_start
                || self.doc.is_punct(k - 1, ",")
                || CLAUSE_OPENERS.contains(self.word(k - 1))
                || TIME_CONJUNCTIONS.contains(self.word(k - 1))
        };
        self.source_ending_at(at, sentence_start, CueClass::Speech)
            .filter(|&s| opens_clause(self.first_of_source(s, at)))
            .map(|s| (s, at))
    }

    /// Whether token `k` is a word of a title: a capitalized title word ("Chief", "Sen"), or a
    /// capitalized word before one ("Financial" in "Chief Financial Officer").
    fn is_title_word(&self, k: usize) -> bool {
        let title = |k: usize| self.doc.is_capitalized(k) && TITLES.contains(self.word(k));
        title(k) || self.doc.is_capitalized(k) && k + 1 < self.doc.tokens.len() && title(k + 1)
    }

    /// Where the titles before a name at `first` begin: "Chief Financial Officer" before
    /// "Kevan Parekh", "Sen." before "Claire McCaskill".
    fn titles_before(&self, first: usize) -> usize {
        let mut k = first;
        loop {
            let title = if k >= 2 && self.doc.is_punct(k - 1, ".") {
                k - 2
            } else if k >= 1 {
                k - 1
            } else {
                break;
            };
            if !self.is_title_word(title) {
                break;
            }
            k = title;
        }
        k
    }

    /// The first token of a source that ends at token `at`.
    fn first_of_source(&self, source: Source, at: usize) -> usize {
        match source {
            Source::Named(m) => self.mentions[m].first,
            Source::Nominal(first, _) | Source::State(first, _) => first,
            Source::Pronoun(..) | Source::Unnamed => at,
        }
    }

    /// Whether token `k` is the possessive mark of a plural ("Farmers' unions"): an apostrophe
    /// on a word ending in "s", with no single quote opened shortly before it in the sentence.
    fn plural_possessive(&self, k: usize, sentence_start: usize) -> bool {
        let tokens = &self.doc.tokens;
        let glued = |i: usize| i > 0 && tokens[i].span.start == tokens[i - 1].span.end;
        k > sentence_start
            && matches!(self.word(k), "'" | "’")
            && glued(k)
            && self.is_word(k - 1)
            && self.word(k - 1).ends_with('s')
            && !(sentence_start.max(k.saturating_sub(MAX_CLAUSE))..k)
                .any(|i| matches!(self.word(i), "‘" | "'") && !glued(i))
    }

    /// Whether the quote closed at token `close` ends on a mark of its sentence's: "…,”",
    /// "…?”", "…”" after an ellipsis.
    fn closes_on_punctuation(&self, close: usize) -> bool {
        matches!(self.word(close - 1), "." | "?" | "!" | "," | "…")
    }

    fn is_quote_mark(&self, i: usize) -> bool {
        let w = self.word(i);
        self.doc.tokens[i].kind == Kind::Punct
            && (is_double_opener(w) || is_double_closer(w) || is_straight_double(w))
    }

    /// Where a cue's complement starts: after "that" when it comes within a few words ("said on
    /// Monday that"), after the object of "told"/"urged" when "to" follows, else right after
    /// the cue. `None` when nothing follows in the sentence.
    fn complement_start(&self, cue: &Cue, end: usize) -> Option<usize> {
        let doc = self.doc;
        let mut k = cue.last + 1;
        while k < end && (doc.is_punct(k, ",") || doc.is_punct(k, ":")) {
            k += 1;
        }
        // "Analysts warned, as did the central bank, that …": past the comparison.
        if k > cue.last + 1
            && k + 1 < end
            && self.word(k) == "as"
            && AUXILIARIES.contains(self.word(k + 1))
        {
            if let Some(c) = self.first_mark(k + 2, end.min(k + 10), ",") {
                k = c + 1;
            }
        }
        // "she said, referencing the bank's drive …": a participle clause comments on the cue;
        // "Asked whether he would testify, the adviser said …": past a comma, a clause with a
        // source and cue of its own is none of its content, nor a cue's own ("pushed back,
        // noting that …").
        let comma = k > cue.last + 1 && doc.is_punct(k - 1, ",");
        let own_cue = || {
            (k + 1..end.min(k + 6))
                .take_while(|&i| self.is_word(i) && self.word(i) != "that")
                .any(|i| self.cue_starts[i])
        };
        // "spoke on condition of anonymity", "asking not to be identified", "declined to be
        // named"
        let anonymity = || {
            cue.base == "speak"
                && (self.word(k) == "condition"
                    || self.word(k) == "the" && k + 1 < end && self.word(k + 1) == "condition")
                || (k + 1..end.min(k + 4)).any(|i| {
                    self.word(i - 1) == "be" && matches!(self.word(i), "identified" | "named")
                })
        };
        if k >= end
            || !self.is_word(k) && !self.is_quote_mark(k)
            || k > cue.last + 1 && self.participle_clause(k)
            || comma && self.is_word(k) && (self.cue_starts[k] || own_cue())
            || anonymity()
        {
            return None;
        }
        // (Further past an adverbial: "said on Sunday after a meeting with his counterparts
        // from Ukraine, Russia and France that …".)
        let reach = if self.opens_adverbial(k) { 20 } else { 14 };
        let window = (k..end.min(k + reach)).take_while(|&i| {
            self.is_word(i) || doc.is_punct(i, ",") || i > k && self.is_quote_mark(i)
        });
        let mut that = None;
        for i in window {
            if self.word(i) == "that" {
                that = Some(i);
                break;
            }
            // "declare its intention and suggested that …": the "that" of another cue.
            if i > k && self.cue_starts[i] {
                break;
            }
            // Past an auxiliary the complement has begun: "could change that" is inside it; so
            // it has at a subject pronoun ("told investigators she relied on …").
            // ("charged with any wrongdoing, but there's a gap …": nor is a "that" past "but".)
            if AUXILIARIES.contains(self.word(i))
                || i > k && (self.pronoun(i).is_some() || self.word(i) == "but")
            {
                break;
            }
            // "accused Spotify of using the Commission to …": the "to" is inside the charge.
            if self.word(i) == "of" && cue.base == "accuse" {
                break;
            }
            // "urged his supporters to back Clinton": the addressee and what they are to do
            // ("the way his union told him to." says nothing).
            if self.word(i) == "to" && i > k && OBJECT_VERBS.contains(cue.base) {
                return (i + 1 < end && self.is_word(i + 1)).then_some(k);
            }
        }
        // "called for contestants to wear dresses that showed …": past an object, "that" opens
        // a relative clause; past an adverbial ("said on Monday that") or an addressee ("told
        // reporters that") it opens the complement.
        let w = self.word(k);
        let that = that.filter(|&t| {
            t == k
                || REPORTING_NOUNS.contains(self.word(t - 1))
                // (Not "asked for documents that show …": what is asked for is the content.)
                || OBJECT_VERBS.contains(cue.base) && w != "for"
                || ADVERBIAL_OPENERS.contains(w)
                || TIME_WORDS.contains(w)
                || TIME_LEADS.contains(w)
                || is_ly_adverb(w)
                // "said again that", "said only that", "said, however, that" (not "says there
                // needs to be a law that …")
                || BETWEEN_SOURCE_AND_CUE.contains(w) && w != "there"
                || w == "however"
                // "said to reporters that", "fired back two days later that"
                || w == "to" && cue.base == "say"
                || AGO.contains(self.word(t - 1))
                // "acknowledged for the first time that", "has argued for years that"
                || w == "for"
                    && (TIME_WORDS.contains(self.word(t - 1))
                        || DURATIONS.contains(self.word(t - 1)))
        });
        match that {
            // "said that was not her view": "that" is the complement's subject.
            Some(t) if t + 1 < end && AUXILIARIES.contains(self.word(t + 1)) => Some(t),
            // "Trump denied that, writing on social media …": "that" is the object.
            Some(t) if t + 2 < end && doc.is_punct(t + 1, ",") && self.participle_clause(t + 2) => {
                None
            }
            // "said that the two had …", "Trump's claim that there have been …": the
            // complement clause opens with its "that" (as news annotators mark it), "say that,
            // in addition to Scott, he would …" too.
            Some(t) if t + 1 < end => Some(t),
            Some(_) => None,
            // "accused the government of being in “the final days”": what the accused did.
            None if cue.base == "accuse" && self.word(cue.last) != "of" => (k..end.min(k + 12))
                .take_while(|&i| self.is_word(i) || self.doc.is_punct(i, ","))
                // "accuse Clinton’s campaign of lying": one word says too little alone.
                .find(|&i| self.word(i) == "of" && (i + 2..end.min(i + 4)).any(|j| self.is_word(j)))
                .map(|i| i + 1)
                .or_else(|| self.after_addressee(k, end)),
            None if OBJECT_VERBS.contains(cue.base) => self.after_addressee(k, end),
            None => Some(k),
        }
    }

    /// Where the content starts past a time phrase at `k` that a clause follows: "on Monday
    /// the talks …", "last week the court …", "Friday the plan …".
    fn time_phrase(&self, k: usize, end: usize) -> Option<usize> {
        let past = k + self.time_len(k, end);
        let content = past > k
            && past < end
            && self.is_word(past)
            && (DETERMINERS.contains(Lowercase::new(self.word(past)).as_str())
                || self.word(past).starts_with(char::is_uppercase)
                // "said Friday he would appeal", "said on Friday peace talks were difficult"
                || self.pronoun(past).is_some()
                || !NOT_IN_SOURCE_PHRASE.contains(self.word(past))
                    && (past + 1..end.min(past + 6)).any(|i| AUXILIARIES.contains(self.word(i)))
                || matches!(self.word(past), "it" | "there")
                // "agreed Wednesday to transition away from …", not "said Monday to reporters"
                || self.word(past) == "to"
                    && past + 1 < end
                    && {
                        let verb = self.word(past + 1);
                        verb.starts_with(char::is_lowercase)
                            && !s_form(verb)
                            && !DETERMINERS.contains(verb)
                            && self.pronoun(past + 1).is_none()
                    });
        content.then_some(past)
    }

    /// How many tokens from `k` (before `end`) make a time: "Friday", "on Monday morning",
    /// "this weekend"; none without a time word.
    fn time_len(&self, k: usize, end: usize) -> usize {
        let lead = usize::from(
            k + 1 < end
                && TIME_LEADS.contains(self.word(k))
                && TIME_WORDS.contains(self.word(k + 1)),
        );
        let mut past = k + lead;
        while past < end && TIME_WORDS.contains(self.word(past)) {
            past += 1;
        }
        if past > k + lead { past - k } else { 0 }
    }

    /// Where an addressee that opens at `k` ends: a name, an object pronoun or a noun of
    /// people ("told [reporters]", "told [The Associated Press]").
    fn addressee(&self, k: usize) -> Option<usize> {
        match self.named_from(k) {
            Some(m) => Some(self.mentions[m].last + 1),
            None if OBJECT_PRONOUNS.contains(self.word(k))
                || SOURCE_NOUNS.contains(self.word(k))
                || self.word(k) == "reporters" =>
            {
                Some(k + 1)
            }
            None => None,
        }
    }

    /// The content of "told reporters the plan was dead" after its addressee, a name or a
    /// pronoun or noun of people; none in "told The Huffington Post on Thursday".
    fn after_addressee(&self, k: usize, end: usize) -> Option<usize> {
        let past = match self.addressee(k) {
            // "accuse Clinton’s campaign": the name begins the content.
            Some(past) if self.possessive_after(past - 1) => k,
            Some(past) => past,
            // "told donors this weekend she would …": a plural noun that an adverbial or the
            // content's subject follows.
            None if k + 1 < end && {
                let (w, next) = (self.word(k), self.word(k + 1));
                w.len() > 3
                    && w.ends_with('s')
                    && w.starts_with(char::is_lowercase)
                    && (ADVERBIAL_OPENERS.contains(next)
                        || TIME_LEADS.contains(next)
                        || next == "that"
                        || self.pronoun(k + 1).is_some())
            } =>
            {
                k + 1
            }
            None => return Some(k),
        };
        if past >= end || !self.is_word(past) {
            return None;
        }
        let w = self.word(past);
        // "accused the GOP of stoking the issue"
        if w == "of" && past + 1 < end && past > k {
            return Some(past + 1);
        }
        if self.opens_adverbial(past) || self.time_len(past, end) > 0 {
            // "told reporters this weekend he would …": past a time, the content opens with
            // its subject pronoun.
            return (past + 1..end.min(past + 8))
                .take_while(|&i| self.is_word(i))
                .find(|&i| self.pronoun(i).is_some());
        }
        Some(past)
    }

    /// Whether the "who" or "which" at `k` opens a relative clause set off by commas inside
    /// the content, its main verb after it: "said President Hassan Rouhani, who championed the
    /// deal, was under pressure".
    fn relative_inside(&self, k: usize, end: usize) -> bool {
        matches!(self.word(k), "who" | "which")
            && self
                .first_mark(k + 1, end.min(k + 25), ",")
                .is_some_and(|c| {
                    c + 1 < end && {
                        let w = self.word(c + 1);
                        AUXILIARIES.contains(w) || past_form(w) && !self.cue_starts[c + 1]
                    }
                })
    }

    /// Whether the "as" at `k` opens a clause of time, a subject and its verb after it ("as
    /// he issued a statement"); not a comparison ("as good as it gets", "such as").
    fn as_subject_and_verb(&self, k: usize) -> bool {
        let n = self.doc.tokens.len();
        // (Not "it": "as good as it gets".)
        let (subject_end, pronoun) = match self.mention_starting_at(k + 1) {
            Some(m) => (self.mentions[m].last + 1, false),
            None if k + 1 < n && matches!(self.word(k + 1), "he" | "she" | "they") => (k + 2, true),
            None => return false,
        };
        subject_end < n
            && self.is_word(subject_end)
            && (past_form(self.word(subject_end))
                || AUXILIARIES.contains(self.word(subject_end))
                || self.cue_starts[subject_end]
                || s_form(self.word(subject_end)) && pronoun)
            && !COMPARISON_LEADS.contains(self.word(k - 1))
            && !self.word(k - 1).ends_with("er")
    }

    /// The end (exclusive token index) of a clause that starts at `start`: the sentence end,
    /// or a semicolon, leaving out closing punctuation.
    fn clause_end(&self, start: usize, sentence_end: usize) -> usize {
        let doc = self.doc;
        let sentence_end = sentence_end.min(start + MAX_CLAUSE);
        let mut end = (start..sentence_end)
            .find(|&k| {
                doc.is_punct(k, ";")
                    || (k > start
                        && doc.is_punct(k, ",")
                        && self.opens_another_clause(k + 1)
                        && !self.relative_inside(k + 1, sentence_end))
                    // "… was “very close,” adding: …", "… “do what's best,” the person said":
                    // the comma inside the closing mark.
                    || (k > start + 1
                        && self.is_quote_mark(k - 1)
                        && doc.is_punct(k - 2, ",")
                        && (self.opens_another_clause(k)
                            || self.closing_attribution(k, sentence_end)))
                    || (k > start
                        && self.cue_starts.get(k + 1) == Some(&true)
                        && (matches!(self.word(k), "and" | "but") || doc.is_punct(k, ",")))
                    || (k > start && self.auxiliary_and_cue(k, sentence_end))
                    // "condemned the launch as Pyongyang fired three missiles": a clause of
                    // the writer's, of when.
                    || (k > start + 1 && self.word(k) == "as" && self.as_subject_and_verb(k))
                    || (k > start + 1 && self.speech_occasion(start, k))
                    // "… mishandled the investigation and Democrats accused the GOP …", with
                    // a comma or without
                    || (k > start
                        && matches!(self.word(k), "and" | "but")
                        && self.subject_and_cue(k + 1))
                    || (k > start
                        && doc.is_punct(k, ",")
                        && (self.closing_attribution(k + 1, sentence_end)
                            || self.subject_and_cue(k + 1)))
            })
            .unwrap_or(sentence_end);
        // "called the remarks ‘provocative’": a single closing mark stays when the content opens
        // its quote.
        let closes_single = |k: usize| {
            let count = |mark: &str| (start..k).filter(|&i| doc.is_punct(i, mark)).count();
            doc.is_punct(k, "’") && count("‘") > count("’")
                // "accuses GOP of 'political games'"
                || doc.is_punct(k, "'") && count("'") % 2 == 1
        };
        while end > start + 1
            && doc.tokens[end - 1].kind == Kind::Punct
            && !self.is_quote_mark(end - 1)
            && !closes_single(end - 1)
        {
            end -= 1;
        }
        // A closing mark belongs to the content only if it closes a quote the content opens.
        if end > start + 1 && self.is_quote_mark(end - 1) {
            let marks = (start..end).filter(|&k| self.is_quote_mark(k)).count();
            if marks % 2 == 1 {
                end -= 1;
                while end > start + 1 && doc.tokens[end - 1].kind == Kind::Punct {
                    end -= 1;
                }
            }
        }
        end
    }

    /// Whether a preposition at `k` opens the occasion of the cue, not part of the content
    /// from `start`: "criticized the law in a statement on Thursday", "called Machado a fraud
    /// during a campaign stop", "attacked her on Twitter". Not the occasion of a cue inside the
    /// content ("why it was mentioned by Ivanka Trump in an interview"), nor of an adverb
    /// ("said most recently in an interview, that …"); "the debate" may be the topic.
    fn speech_occasion(&self, start: usize, k: usize) -> bool {
        let n = self.doc.tokens.len();
        let occasion = |i: usize| SPEECH_OCCASIONS.contains(self.word(i));
        k + 1 < n
            && ADVERBIAL_OPENERS.contains(self.word(k))
            && (DETERMINERS.contains(self.word(k + 1)) && self.word(k + 1) != "the"
                || occasion(k + 1))
            && (k + 1..n.min(k + 5))
                .take_while(|&i| self.is_word(i))
                .any(occasion)
            && !is_ly_adverb(self.word(k - 1))
            && !self.inside_quote(k)
            && !(start..k).any(|i| self.cue_starts[i])
    }

    /// Whether the word at `k`, after a comma, opens a clause that is no longer the claim
    /// ("…, although analysts disagreed").
    fn opens_another_clause(&self, k: usize) -> bool {
        let n = self.doc.tokens.len();
        // "…, but could not bear to insult him": a verb after "but" goes on with the
        // content's subject.
        let verb_after = || {
            k + 1 < n
                && matches!(self.word(k), "but" | "yet")
                && (AUXILIARIES.contains(self.word(k + 1))
                    || matches!(self.word(k + 1), "could" | "also" | "still" | "not")
                    // "…, but that it would not interfere": a second complement of the same
                    // cue ("but that wasn't the case" is the writer's).
                    || self.word(k + 1) == "that"
                        && k + 2 < n
                        && self.pronoun(k + 2).is_some())
        };
        k < n
            && self.is_word(k)
            && (CLAUSE_OPENERS.contains(self.word(k)) && !verb_after()
                || self.participle_clause(k)
                || self.word(k) == "even"
                    && k + 1 < n
                    && EVEN_CONJUNCTIONS.contains(self.word(k + 1))
                // "…, as a new poll suggested the party …": another source speaks.
                || self.word(k) == "as"
                    && (k + 2..n.min(k + 7))
                        .take_while(|&i| self.is_word(i))
                        .any(|i| self.cue_starts[i])
                // "…, and its leaders have spent the fall …", "…, and the audience laughed":
                // the writer goes on.
                || self.word(k) == "and"
                    && k + 2 < n
                    && OWNER_DETERMINERS.contains(self.word(k + 1))
                    && (k + 2..n.min(k + 5))
                        .take_while(|&i| self.is_word(i))
                        .any(|i| AUXILIARIES.contains(self.word(i)) || past_form(self.word(i))))
    }

    /// Whether the word at `k`, after a comma, opens a participle clause that comments on the
    /// claim rather than goes on with it ("…, contradicting the police's account"): a gerund
    /// outside quotes that no list goes on with ("…, housing and the justice system") and that
    /// is no verb's subject ("…, he said, replacing Clinton would be …").
    fn participle_clause(&self, k: usize) -> bool {
        // "…, implicitly putting his name on the line"
        let k = k + usize::from(
            is_ly_adverb(self.word(k)) && k + 1 < self.doc.tokens.len() && self.is_word(k + 1),
        );
        let w = self.word(k);
        let near = self.doc.tokens.len().min(k + 4);
        let listed = (k + 1..near).any(|i| matches!(self.word(i), "and" | "or"));
        let subject = (k + 1..near)
            .take_while(|&i| self.is_word(i))
            .any(|i| AUXILIARIES.contains(self.word(i)));
        w.ends_with("ing")
            && w.starts_with(char::is_lowercase)
            && w != "including"
            && !listed
            && !subject
            && !self.inside_quote(k)
    }

    /// Whether "and", "but" or a comma at token `k` is followed by auxiliaries or adverbs and a
    /// cue: "called on Stumpf to resign and has asked …", "a district Clinton is expected to
    /// carry, has refused to say …" (not a passive: "PCP, or angel dust, was found").
    fn auxiliary_and_cue(&self, k: usize, end: usize) -> bool {
        let comma = self.doc.is_punct(k, ",");
        let passive = comma && k + 1 < end && BE_FORMS.contains(self.word(k + 1));
        if !(comma || matches!(self.word(k), "and" | "but")) || passive {
            return false;
        }
        let mut j = k + 1;
        while j < end && self.is_word(j) && self.between_source_and_cue(j) {
            j += 1;
        }
        j > k + 1 && self.cue_starts.get(j) == Some(&true)
    }

    /// Whether a name or pronoun at `k` is the subject of a cue right after it: after a
    /// comma, a clause of its own ("Writing for a panel that agreed Pence won, Mark Z. Barabak
    /// noted that …"); or, after a comma, a source noun phrase ("…, and U.S. senators
    /// questioned").
    fn subject_and_cue(&self, k: usize) -> bool {
        let n = self.doc.tokens.len();
        let opens = k;
        // "…, Chief Financial Officer Kevan Parekh told analysts", "…, the Association of
        // Flight Attendants called"
        let mut k = k + usize::from(k < n && self.word(k) == "the");
        while k + 1 < n && self.is_title_word(k) {
            k += 1 + usize::from(self.doc.is_punct(k + 1, "."));
        }
        if k >= n {
            return false;
        }
        let Some(mut j) = self
            .mention_starting_at(k)
            .map(|m| self.mentions[m].last + 1)
            .or_else(|| self.pronoun(k).map(|_| k + 1))
        else {
            // "…, and U.S. senators questioned whether …": a noun phrase that is a source,
            // after a comma ("shootings and protests demands that" is one subject).
            let comma = opens > 1
                && (self.doc.is_punct(opens - 1, ",")
                    || matches!(self.word(opens - 1), "and" | "but")
                        && self.doc.is_punct(opens - 2, ","));
            let cue = (k + 1..n.min(k + 6))
                .take_while(|&i| self.is_word(i))
                .find(|&i| self.cue_starts[i]);
            return comma
                && cue.is_some_and(|c| {
                    matches!(
                        self.source_ending_at(c - 1, opens, CueClass::Speech),
                        Some(Source::Nominal(first, _)) if first == opens
                    )
                });
        };
        // "Sen. Chris Murphy of Connecticut tweeted", "Rep. Jim Jordan (R-Ohio) said"
        if j + 1 < n && self.word(j) == "of" && self.doc.is_capitalized(j + 1) {
            j += 1;
            let place_end = n.min(j + 4);
            while j < place_end && self.doc.is_capitalized(j) {
                j += 1;
            }
        } else if j + 2 < n && self.doc.is_punct(j, "(") && self.doc.is_punct(j + 2, ")") {
            j += 3;
        } else if j + 1 < n && self.doc.is_punct(j, ",") && ARTICLES.contains(self.word(j + 1)) {
            // "…, and Representative Nancy Pelosi, the House Democratic leader, said"
            if let Some(c) = self
                .first_mark(j + 1, n.min(j + 12), ",")
                .filter(|&c| (j + 1..c).all(|i| self.is_word(i)))
            {
                j = c + 1;
            }
        }
        while j < n && self.is_word(j) && self.between_source_and_cue(j) {
            j += 1;
        }
        self.cue_starts.get(j) == Some(&true)
    }

    /// Whether tokens from `k` to the sentence end are an attribution that closes it: a few
    /// words, a cue and at most a few more ("…, sources said.", "…, Mr Obama said on Saturday.").
    fn closing_attribution(&self, k: usize, sentence_end: usize) -> bool {
        let Some(cue) = (k..sentence_end.min(k + 7)).find(|&i| self.cue_starts[i]) else {
            return false;
        };
        (k..cue).all(|i| self.is_word(i)) && sentence_end - cue <= 5
    }

    /// The object of the verb before token `end` in its clause ("held Pagliano in contempt of
    /// Congress" → Pagliano), or the subject of a passive one ("Trump was criticized").
    fn object_before(&self, end: usize, start: usize) -> Option<(Source, usize)> {
        // Within a reach of the verb, which keeps the work per cue bounded.
        let start = start.max(end.saturating_sub(30));
        let clause = self.last_mark(start, end, ",").map_or(start, |k| k + 1);
        (clause..end).rev().find_map(|k| {
            let after_verb = k > clause && {
                let w = self.word(k - 1);
                w.starts_with(char::is_lowercase) && (past_form(w) || s_form(w))
            };
            let object = match self.word(k) {
                "him" => Some(Source::Pronoun(k, Some(Gender::Male))),
                "her" => Some(Source::Pronoun(k, Some(Gender::Female))),
                "them" => Some(Source::Pronoun(k, None)),
                _ => self.mention_starting_at(k).map(Source::Named),
            };
            if let Some(source) = object.filter(|_| after_verb) {
                return Some((source, k));
            }
            // "Trump was criticized": the subject of a passive.
            let passive = k + 2 < end
                && matches!(self.word(k + 1), "was" | "were" | "is" | "are")
                && past_form(self.word(k + 2));
            self.mention_ending_at(k)
                .filter(|_| passive)
                .map(|m| (Source::Named(m), k))
        })
    }

    /// For a cue after "to" at `to`, whether a verb before it has someone do it: the one made
    /// to ("forced Stumpf, who was under questioning, to admit …": Stumpf admits), or `None`
    /// for one only asked to ("urged Clinton to explain …": no one has explained yet).
    fn made_to(&self, to: usize, start: usize) -> Option<Option<Source>> {
        if to <= start || self.word(to) != "to" {
            return None;
        }
        // Past an aside between commas.
        let mut end = to - 1;
        if self.doc.is_punct(end, ",") {
            end = self
                .last_mark(start.max(end.saturating_sub(24)), end, ",")?
                .checked_sub(1)?;
        }
        let (first, object) = match self.mention_ending_at(end) {
            Some(m) => (self.mentions[m].first, Source::Named(m)),
            None => {
                let gender = match self.word(end) {
                    "him" => Some(Gender::Male),
                    "her" => Some(Gender::Female),
                    "them" => None,
                    _ => return None,
                };
                (end, Source::Pronoun(end, gender))
            }
        };
        let verb = self.word(first.checked_sub(1).filter(|&k| k >= start)?);
        if MAKE_VERBS.contains(verb) {
            Some(Some(object))
        } else if ASK_VERBS.contains(verb) {
            Some(None)
        } else {
            None
        }
    }

    /// The subject of the sentence, for a cue with none of its own ("He backed X and said …",
    /// "…, saying …"): a name or pronoun among its first words.
    fn sentence_subject(&self, cue: &Cue, start: usize) -> Source {
        self.subject_at(start, cue.first, 4)
    }

    /// The subject of the clause before a gerund's comma, "…, Trump revised his plan, promising
    /// …": the subject that opens the last clause before it that has one, or the name that an
    /// aside follows ("… when Trump, after railing against …, produced …").
    fn clause_subject(&self, cue: &Cue, sentence_start: usize) -> Option<(Source, usize)> {
        let comma = self.gerund_comma(cue, sentence_start)?;
        let subject = (comma > sentence_start && ASIDE_OPENERS.contains(self.word(comma + 1)))
            .then(|| self.mention_ending_at(comma - 1))
            .flatten()
            .filter(|&m| {
                let first = self.mentions[m].first;
                first <= sentence_start || CLAUSE_LEADS.contains(self.word(first - 1))
            });
        match subject {
            Some(m) => Some((Source::Named(m), comma - 1)),
            None => self.subject_before(comma, sentence_start),
        }
    }

    /// The subject that opens the last clause before token `end` that has one ("On July 6,
    /// 2015, Sanders made …").
    fn subject_before(&self, end: usize, sentence_start: usize) -> Option<(Source, usize)> {
        let mut k = end;
        while k > sentence_start {
            k -= 1;
            // "…, and she becomes upset, shouting …"
            let conjunction = k >= sentence_start + 2
                && matches!(self.word(k - 1), "and" | "but")
                && self.doc.is_punct(k - 2, ",");
            if !(k == sentence_start || self.doc.is_punct(k - 1, ",") || conjunction) {
                continue;
            }
            match self.subject_at(k, end, 1) {
                Source::Unnamed => {}
                // "at a rally in Golden, Colorado, telling …": a name with no verb after it
                // is no clause's subject.
                Source::Named(m) if self.mentions[m].last + 1 >= end => {}
                subject => return Some((subject, k)),
            }
        }
        None
    }

    /// The subject that opens the words from `start` (before `end`): a name or pronoun among
    /// the first `reach` words, not an owner ("Obama’s aides"), or a noun phrase followed by
    /// its verb ("The Republican nominee also outlined …").
    fn subject_at(&self, start: usize, end: usize, reach: usize) -> Source {
        // "A reporter for USA Today spotted …": names inside a phrase that opens with a
        // determiner are not its subject.
        let determined = SOURCE_DETERMINERS.contains(Lowercase::new(self.word(start)).as_str())
            && start + 1 < end
            && self.word(start + 1).starts_with(char::is_lowercase);
        let reach = if determined { 0 } else { reach };
        // "Former CIA Director Michael Morell": the person after an organization's title.
        let titled_person = |m: usize| {
            let mut j = self.mentions[m].last + 1;
            while j < end && self.doc.is_capitalized(j) && TITLES.contains(self.word(j)) {
                j += 1 + usize::from(j + 1 < end && self.doc.is_punct(j + 1, "."));
            }
            (j > self.mentions[m].last + 1)
                .then(|| self.mention_starting_at(j))
                .flatten()
                .filter(|&p| self.mentions[p].kind == SpeakerKind::Person)
                .unwrap_or(m)
        };
        let named = (start..end.min(start + reach)).find_map(|k| {
            self.described_person(k, end)
                .or_else(|| self.mention_starting_at(k).map(titled_person))
                .filter(|&m| !self.possessive_after(self.mentions[m].last))
                .map(Source::Named)
                .or_else(|| self.pronoun(k))
        });
        let verb_like = |k: usize| {
            if k >= end {
                return (false, false);
            }
            let w = Lowercase::new(self.word(k));
            let w = w.as_str();
            // (Not a noun in -s that modifies another: "A federal appeals court".)
            let plural = s_form(w) && !NOUN_MODIFIERS.contains(w);
            let past = AUXILIARIES.contains(w) || w == "also" || past_form(w);
            (self.is_word(k) && past, self.is_word(k) && plural)
        };
        let nominal = || {
            (start + 1..end.min(start + 6)).find_map(|head| {
                // "several environmental groups granted": a plural before a verb is the head;
                // "A federal appeals court on Friday struck": past a time.
                let (past, plural) = verb_like(head + 1 + self.time_len(head + 1, end));
                let verb = past || plural && !(head + 2 < end && verb_like(head + 2).0);
                match self.source_ending_at(head, start, CueClass::Speech) {
                    // ("Mr. Trump's campaign has …": the owner's name opens it with its title.)
                    Some(source @ Source::Nominal(first, _))
                        if verb
                            && (first == start
                                || self
                                    .mention_starting_at(start)
                                    .is_some_and(|m| self.mentions[m].last >= first)) =>
                    {
                        Some(source)
                    }
                    _ => None,
                }
            })
        };
        named.or_else(nominal).unwrap_or(Source::Unnamed)
    }

    /// "According to X, content." or "Content, according to X."
    fn according_to(&self, cue: &Cue, sentence: std::ops::Range<usize>) -> Option<Found> {
        let doc = self.doc;
        // "according to a CNN/ORC poll released Thursday": the poll, whoever ran it.
        let after = self.source_after(cue, sentence.end).map(|(source, at)| {
            let Source::Named(m) = source else {
                return (source, at);
            };
            let mut k = self.mentions[m].last + 1;
            while k < sentence.end.min(cue.last + 10)
                && (doc.is_punct(k, "/") || doc.is_capitalized(k))
            {
                k += 1;
            }
            let document = k < sentence.end
                && self.is_word(k)
                && DOCUMENTS.contains(Lowercase::new(self.word(k)).as_str());
            (
                if document {
                    Source::Nominal(cue.last + 1, k)
                } else {
                    source
                },
                at,
            )
        });
        let source = match after {
            // "according to data from the Fiscal Policy Institute", "according to a person on
            // the conference call": the phrase that qualifies it, to the clause's end.
            // "according to a speech Mrs. Clinton delivered": the one who made it.
            Some((Source::Nominal(_, head), _))
                if let Some(m) = (head + 1 < sentence.end)
                    .then(|| self.named_from(head + 1))
                    .flatten()
                    .filter(|&m| {
                        let verb = self.mentions[m].last + 1;
                        verb < sentence.end
                            && self.word(verb).starts_with(char::is_lowercase)
                            && past_form(self.word(verb))
                    }) =>
            {
                Source::Named(m)
            }
            Some((Source::Nominal(first, head), _)) => {
                let qualified =
                    head + 2 < sentence.end && PREPOSITIONS.contains(self.word(head + 1));
                let last = (head + 2..sentence.end.min(head + 9))
                    .take_while(|&k| self.is_word(k) && !self.cue_starts[k])
                    .last()
                    .filter(|&k| qualified && (k + 1 == sentence.end || !self.is_word(k + 1)));
                Source::Nominal(first, last.unwrap_or(head))
            }
            other => other.map_or(Source::Unnamed, |s| s.0),
        };
        let (start, end) = if cue.first == sentence.start {
            let mut comma =
                self.first_mark(cue.last + 1, sentence.end.min(cue.last + MAX_CLAUSE), ",")?;
            // "According to data from the institute, a left-leaning research group, about one
            // in three …": past the source's apposition.
            let apposition = (comma + 1..sentence.end.min(comma + 10)).find(|&k| {
                !self.is_word(k)
                    || AUXILIARIES.contains(self.word(k))
                    || past_form(self.word(k))
                    || self.cue_starts[k]
            });
            // ("According to Mr. Obama, who spoke on Saturday, the nation …": past a relative.)
            let relative = (comma + 1 < sentence.end
                && matches!(self.word(comma + 1), "who" | "which"))
            .then(|| self.first_mark(comma + 2, sentence.end.min(comma + 16), ","))
            .flatten();
            if let Some(c) = apposition
                .filter(|&c| doc.is_punct(c, ",") && ARTICLES.contains(self.word(comma + 1)))
                .or(relative)
            {
                comma = c;
            }
            (comma + 1, self.clause_end(comma + 1, sentence.end))
        } else {
            let mut start = sentence.start;
            while start < cue.first && !self.is_word(start) {
                start += 1;
            }
            let mut end = cue.first;
            while end > start && doc.tokens[end - 1].kind == Kind::Punct {
                end -= 1;
            }
            // "“…,” Ortberg said, according to a recording": the words before have their own
            // source and cue.
            let quoted = start > sentence.start && self.is_quote_mark(start - 1);
            if quoted && (start..end).any(|k| self.cue_starts[k]) {
                return None;
            }
            // "Scott's relatives watched the videos, according to their attorneys, and said
            // they came away …": the sentence goes on around the attribution.
            let comma = self
                .first_mark(cue.last + 1, sentence.end.min(cue.last + 12), ",")
                .filter(|&c| (cue.last + 1..c).all(|k| self.is_word(k)));
            match comma {
                Some(c) if c + 1 < sentence.end && matches!(self.word(c + 1), "and" | "but") => {
                    (start, self.clause_end(c + 1, sentence.end))
                }
                _ => (start, end),
            }
        };
        if (start..end).filter(|&k| self.is_word(k)).count() < 2 {
            return None;
        }
        let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        Some(Found {
            span,
            kind: ClaimKind::Indirect,
            cue: Some(self.cue_span(cue)),
            source,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{ClaimKind, annotate};

    /// Each claim as (content, kind, cue, speaker name).
    fn claims(text: &str) -> Vec<(&str, ClaimKind, Option<&str>, Option<String>)> {
        let marks = annotate(text);
        marks
            .claims
            .iter()
            .map(|c| {
                let speaker = c.speaker.map(|id| marks.speakers[id].name.clone());
                (
                    &text[c.start..c.end],
                    c.kind,
                    c.cue.map(|s| s.text(text)),
                    speaker,
                )
            })
            .collect()
    }

    fn direct<'a>(
        content: &'a str,
        cue: &'a str,
        who: &str,
    ) -> (&'a str, ClaimKind, Option<&'a str>, Option<String>) {
        (content, ClaimKind::Direct, Some(cue), Some(who.to_string()))
    }

    fn reported<'a>(
        content: &'a str,
        cue: &'a str,
        who: &str,
    ) -> (&'a str, ClaimKind, Option<&'a str>, Option<String>) {
        (
            content,
            ClaimKind::Indirect,
            Some(cue),
            Some(who.to_string()),
        )
    }

    #[test]
    fn curly_quote_with_inverted_attribution() {
        let text = "“We see attempts to hamper cooperation,” said Mr Lavrov.";
        assert_eq!(
            claims(text),
            [direct(
                "We see attempts to hamper cooperation,", "said", "Lavrov"
            )]
        );
    }

    #[test]
    fn straight_quote_then_name_and_cue() {
        let text = "\"It's deplorable, and we regret it\", Mr Lavrov said.";
        assert_eq!(
            claims(text),
            [direct(
                "It's deplorable, and we regret it", "said", "Lavrov"
            )]
        );
    }

    #[test]
    fn job_titles_between_an_inverted_cue_and_the_name() {
        let text =
            "\"Subpoenas are not optional,\" said panel Chairman Rep. Jason Chaffetz (R-Utah).";
        assert_eq!(
            claims(text),
            [direct(
                "Subpoenas are not optional,", "said", "Jason Chaffetz"
            )]
        );
    }

    #[test]
    fn party_tags_and_decimal_numbers_do_not_end_the_sentence() {
        let text = "Rep. Trey Gowdy (R-S.C.) said that 98.33 percent of the claim was hypocrisy.";
        assert_eq!(
            claims(text),
            [reported(
                "that 98.33 percent of the claim was hypocrisy",
                "said",
                "Trey Gowdy"
            )]
        );
    }

    #[test]
    fn an_adverbial_between_the_cue_and_its_complement() {
        let text = "Trump said after the convention he would not accept Cruz's endorsement.";
        assert_eq!(
            claims(text),
            [reported(
                "he would not accept Cruz's endorsement", "said", "Trump"
            )]
        );
        assert_eq!(claims("Mr. Obama said in his interview."), []);
    }

    #[test]
    fn a_title_abbreviation_before_the_name_after_a_quote() {
        let text = "“Mitt Romney was a worthy foe,” Sen. Claire McCaskill said.";
        assert_eq!(
            claims(text),
            [direct(
                "Mitt Romney was a worthy foe,", "said", "Claire McCaskill"
            )]
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
    fn speech_verbs_that_introduce_a_quote_with_a_colon() {
        let text = "During the debate, a friend commented: \"For you, immigration is the reason.\"";
        assert_eq!(
            claims(text),
            [direct(
                "For you, immigration is the reason.", "commented", "a friend"
            )]
        );
    }

    #[test]
    fn a_source_noun_phrase_runs_through_its_preposition() {
        let text = "A spokesman for the campaign said it was over. \
                    Protesters marching through the streets chanted \"What curfew?\"";
        assert_eq!(
            claims(text),
            [
                reported("it was over", "said", "A spokesman for the campaign"),
                direct(
                    "What curfew?",
                    "chanted",
                    "Protesters marching through the streets"
                )
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
    fn a_source_noun_that_opens_the_sentence_takes_its_qualifiers() {
        let text = "Experts on North Korea and nuclear nonproliferation said the test could change things.";
        assert_eq!(
            claims(text),
            [reported(
                "the test could change things",
                "said",
                "Experts on North Korea and nuclear nonproliferation"
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
    fn a_participle_after_a_determiner_and_adverb_is_an_adjective() {
        let text = "His surrogates called him a genius for his recently revealed tax strategy.";
        assert_eq!(
            claims(text),
            [reported(
                "him a genius for his recently revealed tax strategy",
                "called",
                "His surrogates"
            )]
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
    fn telling_someone_reports_what_follows_the_addressee() {
        let text = "Lindsey Graham told The Huffington Post on Thursday. \
                    He told reporters the plan was dead. \
                    He said Friday as he entered the talks. He said and did the same. \
                    Kaine told MSNBC’s “Morning Joe” on Friday that nobody would question her.";
        assert_eq!(
            claims(text),
            [
                reported("the plan was dead", "told", "Lindsey Graham"),
                reported("that nobody would question her", "told", "Kaine"),
            ]
        );
    }

    #[test]
    fn a_question_quote_then_a_short_sentence_of_name_and_cue() {
        let text = "“Is Wells too big to manage?” Vitter demanded. Nobody answered. \
                    “Is it over?” Nobody knew the answer to that question.";
        assert_eq!(
            claims(text),
            [direct("Is Wells too big to manage?", "demanded", "Vitter")]
        );
    }

    #[test]
    fn a_publication_named_with_its_article_closes_the_sentence() {
        let text = "Managers could get $1 million in bonuses, The Wall Street Journal reports.";
        assert_eq!(
            claims(text),
            [reported(
                "Managers could get $1 million in bonuses",
                "reports",
                "Wall Street Journal"
            )]
        );
    }

    #[test]
    fn a_gerund_after_a_quote_goes_on_with_the_speaker_not_the_quoted_words() {
        let text = "“We can’t afford to do this anymore,” Trump said, adding later, \
                    “NATO is costing us a fortune.”";
        assert_eq!(
            claims(text),
            [
                direct("We can’t afford to do this anymore,", "said", "Trump"),
                direct("NATO is costing us a fortune.", "adding", "Trump")
            ]
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
    fn a_gerund_goes_on_with_the_person_a_description_names() {
        let text = "Hillary Clinton’s campaign manager Robby Mook said as much in an interview \
                    earlier Thursday morning, arguing that Trump “lashed out at our nation's \
                    generals.”";
        assert_eq!(
            claims(text),
            [reported(
                "that Trump “lashed out at our nation's generals.”",
                "arguing",
                "Robby Mook"
            )]
        );
    }

    #[test]
    fn a_source_after_according_to_keeps_its_adjectives_and_stops_at_a_participle() {
        let text = "More than half of his advice is wrong, according to the top British medical \
                    journal. Scott is one of at least 707 people shot this year, according to a \
                    Washington Post database tracking such deaths.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "More than half of his advice is wrong", "according to",
                    "the top British medical journal"
                ),
                reported(
                    "Scott is one of at least 707 people shot this year",
                    "according to",
                    "a Washington Post database"
                ),
            ]
        );
    }

    #[test]
    fn a_cue_after_but_shares_the_source() {
        let text = "Demonstrators said they want “justice for Terrence,” but pledged to remain \
                    civil.";
        assert_eq!(
            claims(text),
            [
                reported("they want “justice for Terrence,”", "said", "Demonstrators"),
                reported("to remain civil", "pledged", "Demonstrators"),
            ]
        );
    }

    #[test]
    fn a_name_and_cue_after_a_comma_open_a_clause_of_their_own() {
        let text = "Writing for a Los Angeles Times panel that all agreed Pence won the debate, \
                    Mark Z. Barabak noted that the way Pence carried himself was critical.";
        assert_eq!(
            claims(text),
            [
                (
                    "Pence won the debate",
                    ClaimKind::Indirect,
                    Some("agreed"),
                    None
                ),
                reported(
                    "that the way Pence carried himself was critical",
                    "noted",
                    "Mark Z. Barabak"
                ),
            ]
        );
    }

    #[test]
    fn a_quoted_fragment_after_a_sentence_of_quote_is_not_its_continuation() {
        // Regression: the fragment, the words after it and the second cue were all marked as
        // one direct claim with the first quote, "Harris said" included.
        let text = "“That is a disgrace,” Harris said. “You cut the nurses’ pay” to pad the \
                    quarterly numbers, she said, pointing to the hospital’s annual report.";
        assert_eq!(
            claims(text),
            [
                direct("That is a disgrace,", "said", "Harris"),
                reported(
                    "You cut the nurses’ pay” to pad the quarterly numbers",
                    "said",
                    "Harris"
                ),
                reported("the hospital’s annual report", "pointing to", "Harris"),
            ]
        );
    }

    #[test]
    fn a_participle_after_an_attribution_comments_on_it() {
        let text = "Turnout was the highest in decades, the commission announced, citing \
                    figures from every district.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Turnout was the highest in decades", "announced", "the commission"
                ),
                reported("figures from every district", "citing", "the commission"),
            ]
        );
        // A gerund that a verb follows is the subject of the parenthetical's sentence.
        let text = "That vote was easy, Mr. Ortiz said, replacing the chairman would be far \
                    harder.";
        assert_eq!(
            claims(text),
            [reported(
                "That vote was easy, Mr. Ortiz said, replacing the chairman would be far harder",
                "said",
                "Ortiz"
            )]
        );
    }

    #[test]
    fn that_after_an_object_opens_a_relative_clause_not_the_complement() {
        // Regression: the complements were "failed inspection" and "protect them".
        let text = "Mayor Ruth Okafor called for landlords to repair the buildings that failed \
                    inspection. She has pushed for changing the rules that protect them. The \
                    council voiced concerns that the cost would fall on tenants.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "landlords to repair the buildings that failed inspection",
                    "called for",
                    "Ruth Okafor"
                ),
                reported(
                    "changing the rules that protect them", "pushed for", "Ruth Okafor"
                ),
                reported(
                    "that the cost would fall on tenants", "voiced", "The council"
                ),
            ]
        );
    }

    #[test]
    fn a_time_after_the_addressee_comes_before_the_content() {
        // Regression: the content began at "donors this weekend".
        let text = "The governor told donors this weekend she would veto the bill if it reached \
                    her desk, quietly raising the stakes for her party. Aides told me on Friday \
                    they were ready. Tell me this isn't a trap, Ms. Reyes said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "she would veto the bill if it reached her desk",
                    "told",
                    "The governor"
                ),
                reported("they were ready", "told", "Aides"),
                reported("Tell me this isn't a trap", "said", "Reyes"),
            ]
        );
    }

    #[test]
    fn and_then_a_name_with_its_own_cue_ends_the_content() {
        let text = "Ms. Lindqvist has vowed to reopen the shipyard, and Mr. Haddad is promising \
                    to retrain its workers.";
        assert_eq!(
            claims(text),
            [
                reported("to reopen the shipyard", "vowed", "Lindqvist"),
                reported("to retrain its workers", "promising", "Haddad"),
            ]
        );
    }

    #[test]
    fn a_quote_is_not_attributed_across_after() {
        // Regression: "disgrace" was a quote of Hillary Clinton's, cued by "attacked".
        let text = "Governor Chris Christie described Hillary Clinton as a “disgrace” after she \
                    attacked police officers.";
        assert_eq!(
            claims(text),
            [reported(
                "Hillary Clinton as a “disgrace” after she attacked police officers",
                "described",
                "Chris Christie"
            ),]
        );
    }

    #[test]
    fn a_time_after_the_cue_comes_before_the_content() {
        let text = "WASHINGTON ― President Joe Biden said on Monday the talks would resume. The \
                    court said Friday the plan was legal. Officials said last week Russia had \
                    agreed. Democrats accused the GOP of stoking the issue. Labour accused the \
                    Conservative government of failing the country. Donald Trump said Friday he \
                    would appeal.";
        assert_eq!(
            claims(text),
            [
                reported("the talks would resume", "said", "Joe Biden"),
                reported("the plan was legal", "said", "The court"),
                reported("Russia had agreed", "said", "Officials"),
                reported("stoking the issue", "accused", "Democrats"),
                reported("failing the country", "accused", "Labour"),
                reported("he would appeal", "said", "Donald Trump"),
            ]
        );
        // An infinitive after the time; a conjunction is no part of a source.
        let text = "Nearly 200 nations agreed Wednesday to transition away from coal, though \
                    small island states said it did not go far enough.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "to transition away from coal", "agreed", "Nearly 200 nations"
                ),
                reported("it did not go far enough", "said", "small island states"),
            ]
        );
        // The "to" of the charge is no addressee's: "accused Spotify of using … to …".
        let text = "Apple accused Spotify of using the Commission to rewrite the rules.";
        assert_eq!(
            claims(text),
            [reported(
                "using the Commission to rewrite the rules",
                "accused",
                "Apple"
            )]
        );
    }

    #[test]
    fn a_dateline_is_no_part_of_the_claim() {
        let text = "BRUSSELS (Reuters) - European Union leaders agreed to extend sanctions, \
                    diplomats said.\n\nLONDON, March 3 (AP) — The talks will resume next week, \
                    officials said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "European Union leaders agreed to extend sanctions",
                    "said",
                    "diplomats"
                ),
                reported("to extend sanctions", "agreed", "European Union leaders"),
                reported("The talks will resume next week", "said", "officials"),
            ]
        );
    }

    #[test]
    fn a_single_closing_mark_stays_with_the_quote_the_content_opens() {
        // Regression: the closing ’ was cut off both claims.
        let text = "The spokeswoman, Maria Zakharova, called the remarks ‘provocative’ and said \
                    London was ‘dragging Europe into war’.";
        assert_eq!(
            claims(text),
            [
                reported("the remarks ‘provocative’", "called", "Maria Zakharova"),
                reported(
                    "London was ‘dragging Europe into war’",
                    "said",
                    "Maria Zakharova"
                ),
            ]
        );
    }

    #[test]
    fn a_company_with_its_suffix_is_the_source() {
        // Regression: the period of "Corp." stood between the source and its cue.
        let text = "Shares rose. Microsoft Corp. said it would cut 6,000 jobs. Apple Inc. on \
                    Wednesday reported quarterly revenue that beat estimates.";
        assert_eq!(
            claims(text),
            [
                reported("it would cut 6,000 jobs", "said", "Microsoft"),
                reported("quarterly revenue that beat estimates", "reported", "Apple"),
            ]
        );
    }

    #[test]
    fn a_clause_with_its_own_source_and_cue_after_a_comma_is_not_the_content() {
        // Regression: "testify" reported "the national security adviser said …".
        let text = "Asked whether he would testify, the national security adviser said he would \
                    cooperate fully. His ex-wife agreed, but also contended that she should not \
                    have to give up her privacy.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "he would cooperate fully", "said", "the national security adviser"
                ),
                reported(
                    "that she should not have to give up her privacy",
                    "contended",
                    "His ex-wife"
                ),
            ]
        );
    }

    #[test]
    fn the_official_is_the_official_named_before_and_anonymity_is_no_claim() {
        let text = "A senior administration official, who spoke on condition of anonymity, said \
                    the deal was close. \"We have made a lot of progress,\" the official said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the deal was close", "said", "A senior administration official"
                ),
                direct(
                    "We have made a lot of progress,", "said", "A senior administration official"
                ),
            ]
        );
    }

    #[test]
    fn a_source_that_closes_the_sentence_after_said_is_no_content() {
        // Regression: "one GOP source in the room" was the content of "said".
        let text = "The refusal did not go over well with Republicans, and the meeting \
                    deteriorated from there, said one GOP source in the room.";
        assert_eq!(
            claims(text),
            [reported(
                "The refusal did not go over well with Republicans, and the meeting \
                 deteriorated from there",
                "said",
                "one GOP source"
            )]
        );
    }

    #[test]
    fn said_when_she_left_is_a_time_but_not_said_when_asks() {
        let text = "That was what Liz Wahl said when she resigned from the network. Lawmakers \
                    have not said when they would take up the bill.";
        assert_eq!(
            claims(text),
            [reported("they would take up the bill", "said", "Lawmakers")]
        );
    }

    #[test]
    fn a_quote_after_a_colon_is_the_subjects_and_the_colon_its_cue() {
        let text = "Council member Tim McOsker was less forgiving: “Residents waited three days \
                    for help.” He called for an audit. Experts doubt it. Said Ellis: “I don’t \
                    get the sense she’s interested.”";
        assert_eq!(
            claims(text),
            [
                direct("Residents waited three days for help.", ":", "Tim McOsker"),
                reported("an audit", "called for", "Tim McOsker"),
                direct("I don’t get the sense she’s interested.", "Said", "Ellis"),
            ]
        );
        // A colon after a longer clause introduces the writer's words.
        let text = "She became upset, so that I had to change my answer: “I was just kidding.”";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn the_republican_and_the_newspaper_detail_and_chastise() {
        let text = "The Republican is also encouraging his supporters to vote early. The \
                    newspaper has also detailed spending that benefited him. The FBI director \
                    chastised Clinton for her use of the server. The campaign plans to make more \
                    detailed medical records available.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "his supporters to vote early", "encouraging", "The Republican"
                ),
                reported("spending that benefited him", "detailed", "The newspaper"),
                reported(
                    "Clinton for her use of the server", "chastised", "The FBI director"
                ),
                reported(
                    "to make more detailed medical records available",
                    "plans",
                    "The campaign"
                ),
            ]
        );
    }

    #[test]
    fn an_irregular_past_ends_a_source_phrase() {
        // Regression: "his rival made" was the source of "questioning".
        let text = "A new ad from the campaign seizes on comments his rival made questioning why \
                    she is not further ahead.";
        let found = claims(text);
        assert!(
            found
                .iter()
                .all(|(_, _, _, who)| who.as_deref() != Some("his rival made"))
        );
    }

    #[test]
    fn and_with_a_source_and_cue_after_it_ends_the_content() {
        let text = "Republicans said they are convinced the department mishandled the case and \
                    Democrats accused them of stoking the issue.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "they are convinced the department mishandled the case",
                    "said",
                    "Republicans"
                ),
                reported("stoking the issue", "accused", "Democrats"),
            ]
        );
    }

    #[test]
    fn but_and_a_verb_go_on_with_the_content() {
        let text = "The Tax Policy Center says it would depress revenue early, but would \
                    eventually add $84 billion. Analysts said the plan was bold, but voters were \
                    unsure.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "it would depress revenue early, but would eventually add $84 billion",
                    "says",
                    "Tax Policy Center"
                ),
                reported("the plan was bold", "said", "Analysts"),
            ]
        );
    }

    #[test]
    fn a_comma_after_that_opens_no_content() {
        // Regression: the content began with the comma.
        let text = "Aides say that, for now, the senator will wait.";
        assert_eq!(
            claims(text),
            [reported(
                "that, for now, the senator will wait", "say", "Aides"
            )]
        );
    }

    #[test]
    fn as_a_source_put_it() {
        let text = "Most applicants must meet work requirements, but the test for the program is \
                    a \"lawful source of investment income,\" as a Homeland Security memo put it. \
                    As Ms. Simonyan put it in a statement, the network provides an alternative. \
                    He put it on the table.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the test for the program is a \"lawful source of investment income,\"",
                    "put it",
                    "a Homeland Security memo"
                ),
                reported("the network provides an alternative", "put it", "Simonyan"),
            ]
        );
    }

    #[test]
    fn a_short_quoted_sentence_after_the_attribution_goes_on_with_the_quote() {
        // Regression: a sentence of fewer than four words was taken for a scare quote.
        let text = "“I would,” Melanie said to the TV. “I would, Donald.”";
        assert_eq!(
            claims(text),
            [direct(
                "I would,” Melanie said to the TV. “I would, Donald.",
                "said",
                "Melanie"
            )]
        );
    }

    #[test]
    fn a_plurals_possessive_stays_in_its_source_phrase() {
        let text = "Farmers' unions said they would continue. The teachers’ union said it would \
                    strike.";
        assert_eq!(
            claims(text),
            [
                reported("they would continue", "said", "Farmers' unions"),
                reported("it would strike", "said", "The teachers’ union"),
            ]
        );
    }

    #[test]
    fn people_familiar_with_the_matter_are_a_source_and_their_anonymity_no_claim() {
        let text = "Apple is in talks to buy a stake in the startup, people familiar with the \
                    matter said, asking not to be identified. Officials briefed on the talks said \
                    a deal was near. A diplomat, who declined to be named, said the talks failed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Apple is in talks to buy a stake in the startup",
                    "said",
                    "people familiar with the matter"
                ),
                reported("a deal was near", "said", "Officials briefed on the talks"),
                reported("the talks failed", "said", "A diplomat"),
            ]
        );
    }

    #[test]
    fn a_long_source_of_a_closing_attribution_ends_the_content_before_it() {
        let text = "China urged both sides to exercise restraint, the official Xinhua news agency \
                    reported.";
        assert_eq!(
            claims(text),
            [reported(
                "China urged both sides to exercise restraint",
                "reported",
                "the official Xinhua news agency"
            ),]
        );
    }

    #[test]
    fn a_capital_speaks_for_its_state() {
        let text = "Moscow denied targeting civilians in the city. In Moscow, officials said the \
                    talks failed.";
        assert_eq!(
            claims(text),
            [
                reported("targeting civilians in the city", "denied", "Moscow"),
                reported("the talks failed", "said", "officials"),
            ]
        );
    }

    #[test]
    fn state_media_and_broadcasters_are_sources() {
        let text = "China's central bank, meanwhile, cut its benchmark rate, state media \
                    reported. Russian media said the talks had failed. The broadcaster said it \
                    would appeal.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "China's central bank, meanwhile, cut its benchmark rate",
                    "reported",
                    "state media"
                ),
                reported("the talks had failed", "said", "Russian media"),
                reported("it would appeal", "said", "The broadcaster"),
            ]
        );
    }

    #[test]
    fn a_capitalized_modal_inside_a_source_phrase_is_a_name() {
        let text = "Theresa May's spokesman said the meeting had been constructive.";
        assert_eq!(
            claims(text),
            [reported(
                "the meeting had been constructive", "said", "Theresa May's spokesman"
            )]
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
    fn a_participle_clause_before_an_attribution_is_no_content() {
        let text = "Asked whether he would resign, the fire chief said no. Speaking to reporters \
                    on Monday, the senator said nothing. Raising taxes would hurt growth, the \
                    senator said.";
        assert_eq!(
            claims(text),
            [reported(
                "Raising taxes would hurt growth", "said", "the senator"
            )]
        );
    }

    #[test]
    fn a_verb_ends_a_source_phrase() {
        // Regression: the sources were "Police officials said a second device" and "Ivana
        // Trump filed legal papers".
        let text = "Police officials said a second device was also found nearby and that \
                    the area is being treated as a crime scene. Lawyers for Ivana Trump filed \
                    legal papers opposing the unsealing. Many people involved in the talks said \
                    he had backing.";
        let speakers: Vec<String> = annotate(text)
            .speakers
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(
            speakers,
            [
                "Police officials", "legal papers", "Many people involved in the talks"
            ]
        );
    }

    #[test]
    fn an_ap_party_tag_is_no_name() {
        // Regression: "R-Ky" was the subject that "arguing" went on with.
        let text = "Senate Majority Leader Mitch McConnell, R-Ky., blocked the measure on \
                    Wednesday, arguing that it was a stunt.";
        assert_eq!(
            claims(text),
            [reported(
                "that it was a stunt", "arguing", "Mitch McConnell"
            )]
        );
    }

    #[test]
    fn a_capitalized_verb_is_a_cue_only_in_a_headline() {
        // Regression: "States" in "the United States" was the cue "state".
        let text = "The minister told the United States that aid would flow.";
        assert_eq!(
            claims(text),
            [reported("that aid would flow", "told", "The minister")]
        );
    }

    #[test]
    fn a_participle_clause_after_the_content_is_not_part_of_it() {
        let text = "Video shows that Crutcher had his hands in the air, contradicting Tulsa \
                    police’s earlier claim that Crutcher had refused to keep his hands up.";
        assert_eq!(
            claims(text),
            [
                reported("that Crutcher had his hands in the air", "shows", "Video"),
                reported(
                    "that Crutcher had refused to keep his hands up",
                    "claim",
                    "Tulsa police"
                ),
                reported("to keep his hands up", "refused", "Crutcher"),
            ]
        );
        // A list of nouns in -ing goes on with the content.
        let text = "Clinton said race still determines too much, including schools, housing \
                    and the justice system.";
        assert_eq!(
            claims(text),
            [reported(
                "race still determines too much, including schools, housing and the justice \
                 system",
                "said",
                "Clinton"
            )]
        );
    }

    #[test]
    fn a_document_shows_what_follows_without_that() {
        let text = "POLITICO’s Battleground States average shows Clinton likewise ahead by 3.7 \
                    percentage points.";
        assert_eq!(
            claims(text),
            [reported(
                "Clinton likewise ahead by 3.7 percentage points",
                "shows",
                "POLITICO’s Battleground States average"
            )]
        );
    }

    #[test]
    fn a_document_of_something_shows_what_follows() {
        // Regression: "PACs" was the source, a person; the footage showed nothing.
        let text = "A new analysis of super PACs shows Democratic groups outpacing Republicans \
                    in recent weeks. Footage of the arrest shows him with his hands raised.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Democratic groups outpacing Republicans in recent weeks",
                    "shows",
                    "A new analysis of super PACs"
                ),
                reported(
                    "him with his hands raised", "shows", "Footage of the arrest"
                ),
            ]
        );
        let marks = annotate(text);
        assert!(
            marks
                .speakers
                .iter()
                .all(|s| s.kind == crate::SpeakerKind::Organization)
        );
    }

    #[test]
    fn a_document_speaks_for_the_subject_that_made_it() {
        let text = "Trump unleashed a series of tweets early Friday saying that rival Hillary \
                    Clinton had shown bad judgment. The Clinton campaign released an ad this \
                    week showing Trump making remarks about the military.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that rival Hillary Clinton had shown bad judgment",
                    "saying",
                    "Trump"
                ),
                reported(
                    "Trump making remarks about the military",
                    "showing",
                    "The Clinton campaign"
                ),
            ]
        );
    }

    #[test]
    fn a_gerund_after_a_comma_takes_the_subject_of_the_clause_before() {
        let text = "Chastened by complaints over the plan’s costs, Trump revised his plan, \
                    promising to focus more of its benefits on average Americans. In the spin \
                    room, Obama’s aides were also complimentary, perhaps recognizing that \
                    imitation is the best form of flattery. In August, several environmental \
                    groups granted Mr. Clarke an extension, saying his capital was less than \
                    expected.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "to focus more of its benefits on average Americans",
                    "promising",
                    "Trump"
                ),
                reported(
                    "that imitation is the best form of flattery",
                    "recognizing",
                    "Obama’s aides"
                ),
                reported(
                    "his capital was less than expected", "saying", "several environmental groups"
                ),
            ]
        );
    }

    #[test]
    fn a_gerund_after_a_quote_never_takes_a_source_after_it() {
        let text = "Trump admires Vladimir Putin as a “strong leader,” comparing him favorably \
                    to Obama.";
        assert_eq!(
            claims(text),
            [direct(
                "Trump admires Vladimir Putin as a “strong leader,",
                "comparing",
                "Trump"
            )]
        );
    }

    #[test]
    fn a_spokesman_for_someone_speaks_for_them_but_is_the_source() {
        let text = "A spokeswoman for the State Department said the talks would go on. A \
                    reporter for USA Today spotted Stein and reported her presence on Twitter.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the talks would go on", "said", "A spokeswoman for the State Department"
                ),
                reported("her presence", "reported", "A reporter for USA Today"),
            ]
        );
    }

    #[test]
    fn a_noun_cue_before_a_colon_was_made_by_the_subject_of_its_clause() {
        let text = "On July 6, 2015, Sanders made the following comment:\n\n“For young people \
                    who have graduated high school, the unemployment rate is 33 percent.”";
        assert_eq!(
            claims(text),
            [direct(
                "For young people who have graduated high school, the unemployment rate is 33 \
                 percent.",
                "comment",
                "Sanders"
            )]
        );
    }

    #[test]
    fn descriptions_with_numbers_and_makers_that_open_a_clause() {
        let text = "“They are 100 percent wrong,” said 9/11 widow Terry Strada. Jennifer \
                    Palmieri spoke to reporters Friday after Donald Trump unleashed a series of \
                    tweets criticizing Alicia Machado. An attorney for Mills did not respond to \
                    requests for comment.";
        assert_eq!(
            claims(text),
            [
                direct("They are 100 percent wrong,", "said", "Terry Strada"),
                reported("Alicia Machado", "criticizing", "Donald Trump"),
                reported(
                    "to requests for comment", "respond", "An attorney for Mills"
                ),
            ]
        );
    }

    #[test]
    fn a_coordinated_cue_shares_the_source_of_the_outer_claim_not_an_inner_one() {
        let text = "Prime Minister Theresa May said this week that the country would declare its \
                    intention by the end of March and suggested that it would withdraw from the \
                    single market.";
        let found = claims(text);
        assert_eq!(
            found.last(),
            Some(&reported(
                "that it would withdraw from the single market",
                "suggested",
                "Theresa May"
            ))
        );
    }

    #[test]
    fn a_passive_or_noun_cue_before_a_comma_reports_nothing() {
        let text = "When Mariano’s diagnosis of a blood clot was confirmed, Clinton stayed home. \
                    In the wake of the New York Times report, Trump has portrayed himself as a \
                    shrewd manipulator.";
        assert_eq!(
            claims(text),
            [reported(
                "himself as a shrewd manipulator", "portrayed", "Trump"
            )]
        );
    }

    #[test]
    fn the_that_of_a_later_cue_does_not_open_an_earlier_complement() {
        let text = "Police Chief Kerr Putney said he thought that drugs were a factor.";
        assert_eq!(
            claims(text),
            [reported(
                "he thought that drugs were a factor", "said", "Kerr Putney"
            )]
        );
    }

    #[test]
    fn a_source_noun_phrase_that_closes_the_sentence_after_an_inverted_cue() {
        let text = "The meeting deteriorated from there, said one GOP source in the room.";
        assert_eq!(
            claims(text),
            [reported(
                "The meeting deteriorated from there", "said", "one GOP source"
            )]
        );
    }

    #[test]
    fn an_apposition_after_a_titled_name_and_its_party_tag() {
        let text = "On \"Face the Nation,\" Sen. Bernie Sanders (Vt.), who lost the primaries \
                    to Clinton, said young voters are tired of bigotry.";
        assert_eq!(
            claims(text),
            [reported(
                "young voters are tired of bigotry", "said", "Bernie Sanders"
            )]
        );
    }

    #[test]
    fn a_function_word_is_never_the_head_of_a_source() {
        let text = "They say we are defeating the group abroad while systematically downplaying \
                    its ties.";
        assert_eq!(
            claims(text),
            [(
                "we are defeating the group abroad while systematically downplaying its ties",
                ClaimKind::Indirect,
                Some("say"),
                None
            )]
        );
    }

    #[test]
    fn a_noun_cue_made_by_a_past_verb_speaks_for_its_maker() {
        let text = "Obama issued a warning that the deal was dead. A Government Accountability \
                    Office report released last year found that the agency could not be sure.";
        assert_eq!(
            claims(text),
            [
                reported("that the deal was dead", "warning", "Obama"),
                reported(
                    "that the agency could not be sure",
                    "found",
                    "A Government Accountability Office report"
                ),
            ]
        );
    }

    #[test]
    fn a_comma_that_ends_the_text_opens_no_clause() {
        assert_eq!(
            claims("He said the deal was off,"),
            [("the deal was off", ClaimKind::Indirect, Some("said"), None)]
        );
    }

    #[test]
    fn a_source_qualified_by_a_participle_phrase() {
        let text = "A Quinnipiac University poll released in late August found that 74 percent \
                    of likely voters want the returns. The man arrested on Friday said he was \
                    innocent.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that 74 percent of likely voters want the returns",
                    "found",
                    "A Quinnipiac University poll"
                ),
                reported("he was innocent", "said", "The man"),
            ]
        );
    }

    #[test]
    fn according_to_an_institution_named_with_its_article() {
        let text = "The prison system holds 25 percent of the world's inmates, according to \
                    the Federal Bureau of Prisons.";
        assert_eq!(
            claims(text),
            [reported(
                "The prison system holds 25 percent of the world's inmates",
                "according to",
                "Federal Bureau of Prisons"
            )]
        );
    }

    #[test]
    fn an_infinitive_cue_takes_the_sentence_subject() {
        let text = "Donald Trump took to Twitter overnight to accuse Clinton’s campaign of lying.";
        assert_eq!(
            claims(text),
            [reported(
                "Clinton’s campaign of lying", "accuse", "Donald Trump"
            )]
        );
    }

    #[test]
    fn typewriter_quotes() {
        let text = "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.";
        assert_eq!(
            claims(text),
            [direct(
                "This isn't tax reform,", "said", "Douglas Holtz-Eakin"
            )]
        );
    }

    #[test]
    fn single_quotes_inside_double_stay_inside() {
        let text = "\"People say, 'It doesn't matter,' but it does,\" said Charlie King.";
        assert_eq!(
            claims(text),
            [direct(
                "People say, 'It doesn't matter,' but it does,",
                "said",
                "Charlie King"
            )]
        );
    }

    #[test]
    fn quote_split_by_its_attribution_is_one_claim() {
        let text = "Nikki Haley spoke. \"We are ready,\" she said, \"and we will not wait.\"";
        assert_eq!(
            claims(text),
            [direct(
                "We are ready,\" she said, \"and we will not wait.",
                "said",
                "Nikki Haley"
            )]
        );
    }

    #[test]
    fn quote_running_over_paragraphs_takes_the_speaker_where_it_ends() {
        let text = "“The first part runs on.\n\n“And the second part ends here,” Ms Haley said.";
        let found = claims(text);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0],
            (
                "The first part runs on.",
                ClaimKind::Direct,
                None,
                Some("Haley".into())
            )
        );
        assert_eq!(
            found[1],
            direct("And the second part ends here,", "said", "Haley")
        );
    }

    #[test]
    fn a_stray_mark_does_not_turn_the_article_inside_out() {
        let text = "He said \"no.\n\nMr Lavrov said the talks were over. \"Fine,\" he said.";
        let found = claims(text);
        assert!(
            found.contains(&reported("the talks were over", "said", "Lavrov")),
            "{found:?}"
        );
        assert!(found.iter().any(|c| c.0 == "Fine,"), "{found:?}");
    }

    #[test]
    fn colon_introduces_a_quote() {
        let text = "Mr Putin told reporters: \"We have no plans to respond.\"";
        assert_eq!(
            claims(text),
            [direct("We have no plans to respond.", "told", "Putin")]
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
    fn pronoun_speaker_resolves_to_the_last_named_person() {
        let text = "Rex Tillerson met the press. He said the two had a lengthy exchange of views.";
        assert_eq!(
            claims(text),
            [reported(
                "the two had a lengthy exchange of views",
                "said",
                "Rex Tillerson"
            )]
        );
    }

    #[test]
    fn pronoun_skips_people_of_the_other_gender() {
        let text = "Mr Lavrov met Ms Haley. She said the meeting went well.";
        assert_eq!(
            claims(text),
            [reported("the meeting went well", "said", "Haley")]
        );
    }

    #[test]
    fn organizations_speak() {
        let text = "The Kremlin said the strike was illegal.";
        assert_eq!(
            claims(text),
            [reported("the strike was illegal", "said", "Kremlin")]
        );
        let text = "\"We see attempts to hamper cooperation\", TASS quoted him as saying.";
        assert_eq!(
            claims(text),
            [direct(
                "We see attempts to hamper cooperation", "quoted him as saying", "TASS"
            )]
        );
    }

    #[test]
    fn reported_speech_after_that_and_adverbials() {
        let text = "Mr Lavrov said on Tuesday that Moscow would not accept new sanctions.";
        assert_eq!(
            claims(text),
            [reported(
                "that Moscow would not accept new sanctions",
                "said",
                "Lavrov"
            )]
        );
    }

    #[test]
    fn denials_and_according_to() {
        let text = "The Syrian regime has denied Mr Assad was responsible.";
        assert_eq!(
            claims(text),
            [reported(
                "Mr Assad was responsible", "denied", "The Syrian regime"
            )]
        );
        let text = "According to TASS, the talks will resume on Monday.";
        assert_eq!(
            claims(text),
            [reported(
                "the talks will resume on Monday", "According to", "TASS"
            )]
        );
    }

    #[test]
    fn inverted_reported_speech() {
        let text = "Secret Service protocol called for a trauma center, sources said.";
        let found = claims(text);
        let whole = "Secret Service protocol called for a trauma center";
        assert_eq!(
            found[0],
            (
                whole,
                ClaimKind::Indirect,
                Some("said"),
                Some("sources".into())
            )
        );
        // The nested claim stops before the attribution that closes the sentence.
        assert_eq!(found[1].0, "a trauma center");
    }

    #[test]
    fn parenthetical_attribution_keeps_the_sentence() {
        let text = "The museum, Mr. Obama said, would make visitors face uncomfortable truths.";
        assert_eq!(
            claims(text),
            [reported(
                "The museum, Mr. Obama said, would make visitors face uncomfortable truths",
                "said",
                "Obama"
            )]
        );
    }

    #[test]
    fn parenthetical_attribution_with_titles_keeps_the_sentence() {
        let text =
            "To keep the peace, Foreign Secretary Boris Johnson said, Britain must talk to Moscow.";
        assert_eq!(
            claims(text),
            [reported(
                "To keep the peace, Foreign Secretary Boris Johnson said, Britain must talk to Moscow",
                "said",
                "Boris Johnson"
            )]
        );
    }

    #[test]
    fn a_clause_of_the_writers_after_the_attribution_is_not_content() {
        let text = "Air strikes killed 30 people on Saturday, the health ministry said, as efforts \
                    to broker a truce stalled. Analysts warned, as did the central bank, that \
                    prices would rise.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Air strikes killed 30 people on Saturday",
                    "said",
                    "the health ministry"
                ),
                reported("that prices would rise", "warned", "Analysts"),
            ]
        );
        let text = "The union endorsed Mrs. Clinton in June, and its leaders have spent the fall \
                    trying to hold their members in line.";
        assert_eq!(
            claims(text),
            [reported("Mrs. Clinton in June", "endorsed", "The union")]
        );
    }

    #[test]
    fn a_source_noun_qualified_by_a_place_or_a_side_speaks() {
        let text = "Officials in Washington said the deal was close. Critics on the left argue \
                    the Fed waited too long.";
        assert_eq!(
            claims(text),
            [
                reported("the deal was close", "said", "Officials in Washington"),
                reported("the Fed waited too long", "argue", "Critics on the left"),
            ]
        );
    }

    #[test]
    fn a_document_of_people_speaks_not_the_people() {
        let text = "The YouGov survey of more than 14,000 people, published on Monday, suggests \
                    Labour would win. Lawyers for the family said the suit was filed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Labour would win",
                    "suggests",
                    "The YouGov survey of more than 14,000 people"
                ),
                reported("the suit was filed", "said", "Lawyers for the family"),
            ]
        );
        // Regression: once "Department of Energy" was one name, it took the study's claim.
        let text = "An analysis released by the Department of Energy last month reveals how \
                    swift the rise was.";
        assert_eq!(
            claims(text),
            [reported(
                "how swift the rise was",
                "reveals",
                "An analysis released by the Department of Energy"
            )]
        );
    }

    #[test]
    fn a_content_ends_where_another_source_speaks_after_as() {
        let text = "Rishi Sunak has insisted he will not be distracted by MPs plotting to replace \
                    him, as a new poll suggested the party faced its worst defeat.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "he will not be distracted by MPs plotting to replace him",
                    "insisted",
                    "Rishi Sunak"
                ),
                reported(
                    "the party faced its worst defeat", "suggested", "a new poll"
                ),
            ]
        );
    }

    #[test]
    fn court_documents_report_their_findings() {
        let text = "The ruling found that the president had exceeded his authority. The lawsuit \
                    alleges that the company hid losses. The indictment says he lied.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the president had exceeded his authority",
                    "found",
                    "The ruling"
                ),
                reported("that the company hid losses", "alleges", "The lawsuit"),
                reported("he lied", "says", "The indictment"),
            ]
        );
    }

    #[test]
    fn a_cue_word_in_a_title_before_a_name_is_no_cue() {
        // Regression: "state" was the cue, and Texas its source.
        let text = "In Texas, where the outbreak began, state health commissioner Jennifer \
                    Shuford said the situation was stable.";
        assert_eq!(
            claims(text),
            [reported(
                "the situation was stable", "said", "Jennifer Shuford"
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
    fn according_to_after_an_attributed_quote_leaves_the_quote_its_speaker() {
        let text = "\"We're getting better,\" Ortberg said, according to a recording reviewed by \
                    Reuters. The plan is dead, according to a recording of the meeting. FAA \
                    Administrator Mike Whitaker said the agency would act.";
        assert_eq!(
            claims(text),
            [
                direct("We're getting better,", "said", "Ortberg"),
                reported(
                    "The plan is dead", "according to", "a recording of the meeting"
                ),
                reported("the agency would act", "said", "Mike Whitaker"),
            ]
        );
    }

    #[test]
    fn that_before_a_comma_and_a_participle_is_the_object() {
        let text = "Trump denied that, writing on social media that the bill was \"a gift to the \
                    Democrats.\"\n\nSchumer accuses GOP of 'political games'";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the bill was \"a gift to the Democrats.\"",
                    "writing",
                    "Trump"
                ),
                reported("'political games'", "accuses", "Schumer"),
            ]
        );
    }

    #[test]
    fn a_quote_below_a_colon_that_ends_its_paragraph_runs_over_paragraphs() {
        let text = "In her speech, Warren made the case against the bank:\n\n\"For years, \
                    its executives pushed employees to meet quotas.\n\n\"That is a scam.\"";
        assert_eq!(
            claims(text),
            [
                direct(
                    "For years, its executives pushed employees to meet quotas.",
                    ":",
                    "Warren"
                ),
                (
                    "That is a scam.",
                    ClaimKind::Direct,
                    None,
                    Some("Warren".into())
                ),
            ]
        );
        // A transcript's labels say who speaks, not the line before it.
        let text = "Partial transcript as follows:\n\n\"WALLACE: Will she be there?\n\nPENCE: \
                    She will not.\"";
        let speakers: Vec<_> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(speakers, [Some("WALLACE".into()), Some("PENCE".into())]);
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
    fn who_after_an_apposition_is_the_name_before_it() {
        let text = "\"The Fed is behind,\" said Diane Swonk, chief economist at KPMG, who argued \
                    that inflation would prove sticky. The Fed left rates unchanged but signaled \
                    a cut.";
        assert_eq!(
            claims(text),
            [
                direct("The Fed is behind,", "said", "Diane Swonk"),
                reported("that inflation would prove sticky", "argued", "Diane Swonk"),
            ]
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
    fn a_closing_attribution_with_a_description_before_the_name() {
        let text = "The tour grossed more than $2 billion, promoter AEG Presents said on Monday. \
                    The talks will resume, company spokesman John Smith said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The tour grossed more than $2 billion", "said", "AEG Presents"
                ),
                reported("The talks will resume", "said", "John Smith"),
            ]
        );
    }

    #[test]
    fn a_document_and_its_findings() {
        let text = "A Pew study published this week found that younger adults were the most \
                    pessimistic. Democrats were more optimistic than Republicans, the poll showed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that younger adults were the most pessimistic",
                    "found",
                    "A Pew study"
                ),
                reported(
                    "Democrats were more optimistic than Republicans",
                    "showed",
                    "the poll"
                ),
            ]
        );
    }

    #[test]
    fn a_gerund_before_a_quote_is_not_its_addressees() {
        // Regression: the reporters told were the speaker.
        let text = "Mayor Eric Adams defended his budget, telling reporters at City Hall: \
                    \"Public safety comes first.\"";
        assert_eq!(
            claims(text),
            [
                reported("his budget", "defended", "Eric Adams"),
                direct("Public safety comes first.", "telling", "Eric Adams"),
            ]
        );
        // Regression: with no claim before it, the gerund's quote had no speaker.
        let text = "Mr. Trump shrugged off the question, asserting, \"Of course, I pay federal \
                    taxes.\"";
        assert_eq!(
            claims(text),
            [direct(
                "Of course, I pay federal taxes.", "asserting", "Trump"
            )]
        );
    }

    #[test]
    fn a_content_ends_at_a_comma_inside_a_closing_mark() {
        let text = "Trump told reporters that a deal was \"very close,\" adding: \"We're going to \
                    get it done.\" Warren called it a “terrible situation,” but stopped short of \
                    blaming him.";
        assert_eq!(
            claims(text),
            [
                reported("that a deal was \"very close,\"", "told", "Trump"),
                direct("We're going to get it done.", "adding", "Trump"),
                reported("it a “terrible situation,”", "called", "Warren"),
            ]
        );
    }

    #[test]
    fn a_stance_right_after_a_quote_has_it_in_its_own_clause() {
        // Regression: "overwhelmingly" was a direct claim, and "the change" its speaker.
        let text = "Superintendent Michelle Reid said teachers had \"overwhelmingly\" supported the \
                    change.";
        assert_eq!(
            claims(text),
            [reported(
                "teachers had \"overwhelmingly\" supported the change",
                "said",
                "Michelle Reid"
            )]
        );
    }

    #[test]
    fn coordinated_cue_shares_the_source() {
        let text = "Nikki Haley called on Moscow to stop and said the United States wants to work with Russia.";
        assert_eq!(
            claims(text),
            [
                reported("Moscow to stop", "called on", "Nikki Haley"),
                reported(
                    "the United States wants to work with Russia",
                    "said",
                    "Nikki Haley"
                ),
            ]
        );
    }

    #[test]
    fn a_stance_joined_to_a_claim_is_its_source_s_unless_the_claim_has_a_person_subject() {
        let text = "Merkel said the plan was sound and criticized the opposition for its delays. \
                    Police say he posed a deadly threat and refused to drop the gun.";
        assert_eq!(
            claims(text),
            [
                reported("the plan was sound", "said", "Merkel"),
                reported("the opposition for its delays", "criticized", "Merkel"),
                reported("he posed a deadly threat", "say", "Police"),
            ]
        );
    }

    #[test]
    fn a_cue_after_to_is_its_object_s_when_made_to_and_nobody_s_when_only_asked() {
        let text = "Warren forced Stumpf, who was under questioning from the committee over his \
                    bank's handling of the scam, to admit that no executives had been fired. The \
                    judge ordered Trump to disclose his tax returns.";
        assert_eq!(
            claims(text),
            [reported(
                "that no executives had been fired", "admit", "Stumpf"
            )]
        );
    }

    #[test]
    fn a_quote_before_and_and_another_source_is_no_quote_of_theirs() {
        // Regression: "reckless," was a direct quote of Murphy's, with its sentence before it,
        // and Reid's claim ran on into Murphy's.
        let text = "Minority Leader Harry Reid called the proposal \"reckless,\" and Sen. Chris \
                    Murphy of Connecticut tweeted that Trump was \"picking a fight.\"";
        assert_eq!(
            claims(text),
            [
                reported("the proposal \"reckless,\"", "called", "Harry Reid"),
                reported(
                    "that Trump was \"picking a fight.\"", "tweeted", "Chris Murphy"
                ),
            ]
        );
    }

    #[test]
    fn a_place_before_a_gerund_s_comma_is_not_its_subject() {
        // Regression: "Colorado" was the speaker.
        let text = "Trump seized on the news at a rally in Golden, Colorado, telling supporters \
                    that the FBI had reopened the case.";
        assert_eq!(
            claims(text),
            [reported(
                "that the FBI had reopened the case", "telling", "Trump"
            )]
        );
    }

    #[test]
    fn a_place_after_in_is_no_stance_s_source() {
        // Regression: "Ohio" favored Mr. Trump.
        let text = "A survey by the AFL-CIO found that a third of union households in Ohio \
                    favored Mr. Trump.";
        assert_eq!(
            claims(text),
            [reported(
                "that a third of union households in Ohio favored Mr. Trump",
                "found",
                "A survey by the AFL-CIO"
            )]
        );
    }

    #[test]
    fn a_quote_inside_a_claim_is_no_quote_of_the_gerund_after_it() {
        // Regression: the sentence up to "laughable" was a direct quote, cue "adding".
        let text = "In a statement, Chairwoman Donna Brazile called the explanation \
                    \"laughable,\" adding that voters \"deserve to know.\"";
        assert_eq!(
            claims(text),
            [
                reported("the explanation \"laughable,\"", "called", "Donna Brazile"),
                reported(
                    "that voters \"deserve to know.\"", "adding", "Donna Brazile"
                ),
            ]
        );
    }

    #[test]
    fn the_subject_is_the_person_after_an_organization_s_title() {
        // Regression: "Former CIA" was the writer.
        let text = "Former CIA Director Michael Morell went further in an op-ed, writing that \
                    Putin had recruited Trump.";
        assert_eq!(
            claims(text),
            [reported(
                "that Putin had recruited Trump", "writing", "Michael Morell"
            )]
        );
    }

    #[test]
    fn a_gerund_after_for_is_the_object_s_or_the_passive_subject_s() {
        // Regressions: the panel refused, and Trump criticized.
        let text = "The panel held Pagliano in contempt of Congress for refusing to testify. \
                    Trump was criticized for saying that the judge was biased.";
        assert_eq!(
            claims(text),
            [
                reported("to testify", "refusing", "Pagliano"),
                reported("that the judge was biased", "saying", "Trump"),
            ]
        );
        // Regression: the accord expected itself to be ratified.
        let text = "The accord is expected to be ratified next month.";
        assert_eq!(
            claims(text),
            [(
                "to be ratified next month",
                ClaimKind::Indirect,
                Some("expected"),
                None
            )]
        );
    }

    #[test]
    fn a_pronoun_after_a_cue_with_a_verb_after_it_is_no_inverted_source() {
        // Regression: "said he would push" made Peskov, the last man named, say "a thug".
        let text = "Dmitry Peskov denied it. Sen. Lindsey Graham, who has called Putin \"a thug,\" \
                    said he would push for sanctions.";
        let found = claims(text);
        assert!(
            found
                .iter()
                .all(|c| c.3.as_deref() != Some("Dmitry Peskov") || c.0 == "it")
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
    fn what_a_person_shows_is_no_claim_unless_said_to_be_so() {
        let text = "Trump, for his part, showed no sign of backing down. McLenney said Clinton \
                    doesn't show consistency. A study by law professor Justin Levitt found 31 \
                    incidents of fraud.";
        assert_eq!(
            claims(text),
            [
                reported("Clinton doesn't show consistency", "said", "McLenney"),
                reported("31 incidents of fraud", "found", "Justin Levitt"),
            ]
        );
    }

    #[test]
    fn a_sentence_about_someone_else_ends_a_quote_s_run() {
        // Regression: Sanders's words went on from Pence's quote.
        let text = "\"We will win,\" Pence said on CNN. On CBS, Sen. Bernie Sanders identified \
                    the exhaustion of young voters as a reason. \"The younger people are sick \
                    and tired of racism.\" \"How many times?\" Clinton said. \"This is \
                    unbearable.\"";
        let found = claims(text);
        assert!(
            found
                .iter()
                .all(|c| !c.0.contains("younger") || c.3.is_none())
        );
        assert_eq!(found.last().map(|c| c.3.as_deref()), Some(Some("Clinton")));
    }

    #[test]
    fn scare_quotes_and_titles_are_not_claims() {
        assert_eq!(claims("He appeared on \"Face the Nation\" on Sunday."), []);
        assert_eq!(claims("The so-called \"reset\" failed."), []);
        assert_eq!(
            claims("On CBS's “Face the Nation,” Sanders said it was over."),
            [reported("it was over", "said", "Sanders")]
        );
    }

    #[test]
    fn a_short_quote_in_title_case_that_opens_its_sentence_and_is_signed() {
        assert_eq!(
            claims("“Ça va,” said Élise Martin."),
            [direct("Ça va,", "said", "Élise Martin")]
        );
    }

    #[test]
    fn nouns_that_look_like_cues_are_not_cues() {
        assert_eq!(
            claims("The gas attack killed dozens, and the battleground states voted."),
            []
        );
    }

    #[test]
    fn a_quote_opening_the_paragraph_after_a_colon() {
        let text = "Caddell continued:\n\n\"The health issue is very much a partisan issue.\"";
        assert_eq!(
            claims(text),
            [direct(
                "The health issue is very much a partisan issue.",
                "continued",
                "Caddell"
            )]
        );
    }

    #[test]
    fn a_headline_with_a_closing_period_is_still_a_headline() {
        // Regression: "Lindsey Graham Says" was a name, and the headline no claim.
        let text = "Trump Could Address Clean Energy, Lindsey Graham Says.\n\nThe senator spoke \
                    on Tuesday.";
        assert_eq!(
            claims(text),
            [reported(
                "Trump Could Address Clean Energy", "Says", "Lindsey Graham"
            )]
        );
    }

    #[test]
    fn transcripts_and_headlines_labelled_with_a_speaker() {
        let text = "PENCE: Well, look, this is serious business.\n\nWALLACE: But, Governor, I have to ask you.";
        let found = claims(text);
        assert_eq!(
            found[0],
            (
                "Well, look, this is serious business",
                ClaimKind::Direct,
                Some(":"),
                Some("PENCE".into())
            )
        );
        assert_eq!(found[1].3, Some("WALLACE".into()));
        let text = "Trump Could Address Clean Energy, Lindsey Graham Says\n\nBody.";
        assert_eq!(claims(text)[0].2, Some("Says"));
        // Regression: "Analysis" and "Correction" were speakers.
        let text = "Analysis: Why Trump's Russia comments alarm the establishment\n\nCorrection: \
                    An earlier version of this article misstated a date.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn unnamed_and_possessive_sources() {
        let text = "Officials said Clinton was right.";
        assert_eq!(
            claims(text),
            [reported("Clinton was right", "said", "Officials")]
        );
        let text = "However, Ivana Trump's brief said that was not her view.";
        assert_eq!(
            claims(text),
            [reported(
                "that was not her view", "said", "Ivana Trump's brief"
            )]
        );
    }

    #[test]
    fn a_name_that_opens_the_complement_is_not_an_inverted_source() {
        let text = "Aides said Clinton was tired, said Mr Podesta.";
        let podesta = reported("Aides said Clinton was tired", "said", "Podesta");
        // The aides' claim is most of his: the stretch is marked once, and they still speak.
        assert_eq!(claims(text), [podesta]);
        let speakers: Vec<String> = annotate(text)
            .speakers
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(speakers, ["Aides", "Podesta"]);
    }

    #[test]
    fn a_claim_that_is_most_of_a_longer_one_is_marked_once() {
        let text = "Machado promised to continue supporting Clinton, her lawyer said.";
        assert_eq!(
            claims(text),
            [reported(
                "Machado promised to continue supporting Clinton",
                "said",
                "her lawyer"
            )]
        );
    }

    #[test]
    fn a_state_speaks_through_its_name() {
        let text = "North Korea said the test was its biggest yet.";
        assert_eq!(
            claims(text),
            [reported(
                "the test was its biggest yet", "said", "North Korea"
            )]
        );
        let marks = annotate(text);
        assert_eq!(marks.speakers[0].kind, crate::SpeakerKind::Organization);
        assert_eq!(marks.countries[0].code, "KP");
    }

    #[test]
    fn noun_phrases_joined_by_and() {
        let text = "The Syrian regime and its backers have denied Mr Assad was responsible.";
        assert_eq!(
            claims(text),
            [reported(
                "Mr Assad was responsible", "denied", "The Syrian regime and its backers"
            )]
        );
    }

    #[test]
    fn time_words_and_ly_nouns_between_source_and_cue() {
        let text =
            "Sanders on Tuesday said the plan failed. Scott's family has called on police to act.";
        let found = claims(text);
        assert_eq!(found[0], reported("the plan failed", "said", "Sanders"));
        assert_eq!(
            found[1],
            reported("police to act", "called on", "Scott's family")
        );
    }

    #[test]
    fn a_gerund_after_the_attribution_goes_on_with_its_speaker() {
        let text = "\"We certainly can't afford to do this anymore,\" Trump said, adding later that NATO is costing us a fortune.";
        let found = claims(text);
        assert_eq!(
            found[1],
            reported("that NATO is costing us a fortune", "adding", "Trump")
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
        let text = "A spokesman called the charges unsubstantiated. Mr. Dimon called Mr. \
                    Stumpf's testimony “gutless.”";
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
    fn a_quote_attributed_after_it_carries_its_lead_in() {
        let text = "However laudable the goal, using the tax ''is a misguided approach,'' said Mr. Burman.";
        let found = claims(text);
        assert_eq!(
            found[0].0,
            "However laudable the goal, using the tax ''is a misguided approach,"
        );
        assert_eq!(found[0].3, Some("Burman".into()));
    }

    #[test]
    fn a_quote_inside_a_reported_sentence_carries_the_words_after_it() {
        let text = "A driver who “runs one red light” loses his licence, Grant Shapps said. “It is mad,” \
                    he added, “and dangerous”, calling for a review.";
        let found = claims(text);
        assert_eq!(
            found[0],
            direct(
                "A driver who “runs one red light” loses his licence",
                "said",
                "Grant Shapps"
            )
        );
        // The second half of a split quote stays with the first, though a gerund follows it.
        assert_eq!(
            found[1],
            direct(
                "It is mad,” he added, “and dangerous",
                "added",
                "Grant Shapps"
            )
        );
        assert_eq!(
            found[2],
            reported("a review", "calling for", "Grant Shapps")
        );
    }

    #[test]
    fn a_quote_attributed_to_a_name_with_a_description_before_it() {
        let text = "\"The company misled investors,\" their lawyer, Shawn Williams, wrote in a \
                    filing. \"It was wrong,\" the bank's lawyer, Jane Doe, said.";
        assert_eq!(
            claims(text),
            [
                direct("The company misled investors,", "wrote", "Shawn Williams"),
                direct("It was wrong,", "said", "Jane Doe"),
            ]
        );
    }

    #[test]
    fn a_person_of_a_place_speaks_not_the_place() {
        let text = "Senator Dianne Feinstein of California said she hoped he would calm down. \
                    Bank of America said profits rose.";
        assert_eq!(
            claims(text),
            [
                reported("she hoped he would calm down", "said", "Dianne Feinstein"),
                reported("profits rose", "said", "Bank of America"),
            ]
        );
    }

    #[test]
    fn a_question_claims_nothing() {
        let text = "Asked whether he would endorse Mrs. Clinton if she won, Mr. Sanders said: \
                    \"I will do everything I can.\" Reporters asked if he would support her.";
        let found = claims(text);
        assert_eq!(
            found[0],
            direct("I will do everything I can.", "said", "Sanders")
        );
        // Asking is reported, what the question mentions is not.
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1, ClaimKind::Indirect);
        assert_eq!(found[1].2, Some("asked"));
    }

    #[test]
    fn the_second_half_after_a_long_attribution() {
        let text = "\"I think Lester Holt will be very fair,\" Trump said during a rally in Kenansville, \"but a lot of people are watching.\"";
        let found = claims(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("a lot of people are watching."));
        assert_eq!(found[0].3, Some("Trump".into()));
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
    fn quotes_signed_with_a_dash_even_with_marks_turned_the_wrong_way() {
        let text = "”He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant of our lives.” ― Pamela Padilla";
        assert_eq!(
            claims(text),
            [
                direct("He represents our greatest shame.", "―", "Sonya Herridge"),
                direct("He is ignorant of our lives.", "―", "Pamela Padilla"),
            ]
        );
    }

    #[test]
    fn a_name_with_its_titles_or_place_after_a_description_is_the_source() {
        let text = "One mother, Kelly Brosnan of Virginia, said her son's EpiPens cost her $600 \
                    last year. Trump's running mate, Indiana Governor Mike Pence, told reporters \
                    in Ohio that the matter was closed. Her husband, former President Bill \
                    Clinton, said the vote would come soon.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "her son's EpiPens cost her $600 last year",
                    "said",
                    "Kelly Brosnan"
                ),
                reported("that the matter was closed", "told", "Mike Pence"),
                reported("the vote would come soon", "said", "Bill Clinton"),
            ]
        );
    }

    #[test]
    fn the_description_before_an_apposed_name_is_no_claim() {
        let text = "Clinton's running mate, Sen. Tim Kaine, responded in a conference call. \
                    The plan is dead, Tim Kaine, the senator, said.";
        assert_eq!(
            claims(text),
            [reported("The plan is dead", "said", "Tim Kaine")]
        );
    }

    #[test]
    fn a_duration_or_however_after_the_cue_comes_before_that_but_what_is_asked_for_is_content() {
        let text = "Warren has argued for years that the banks are too big. Trump acknowledged \
                    for the first time that Obama was born in Hawaii. The panel asked for \
                    documents that show the price. He added, however, that the videos were \
                    not enough.";
        assert_eq!(
            claims(text),
            [
                reported("that the banks are too big", "argued", "Warren"),
                reported("that Obama was born in Hawaii", "acknowledged", "Trump"),
                reported("for documents that show the price", "asked", "The panel"),
                reported("that the videos were not enough", "added", "Trump"),
            ]
        );
    }

    #[test]
    fn a_quoted_fragment_inside_an_earlier_claim_has_no_source_of_its_own() {
        let text = "A spokesman for the European Commission said it would not comment on \
                    \"hypothetical scenarios\". Nicola Sturgeon warned that a referendum was \
                    \"highly likely\" if Scotland's interests were ignored.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "it would not comment on \"hypothetical scenarios\"",
                    "said",
                    "A spokesman for the European Commission"
                ),
                reported(
                    "that a referendum was \"highly likely\" if Scotland's interests were ignored",
                    "warned",
                    "Nicola Sturgeon"
                ),
            ]
        );
        // A sentence quoted after the cue is still a quote of its own.
        let text = "Roberts said she thinks the video should be released but said \"the \
                    question is the timing.\"";
        assert_eq!(claims(text)[1].1, ClaimKind::Direct);
    }

    #[test]
    fn a_quote_before_a_relative_clause_is_not_its_speakers_quote() {
        // Regression: the whole sentence was a direct claim, its cue the "said" of the
        // relative clause.
        let text = "Obama warned against the rise of nationalism and \"a crude populism\" that \
                    he said threatened the global order.";
        let found = claims(text);
        assert!(
            found.iter().all(|c| c.1 == ClaimKind::Indirect),
            "{found:?}"
        );
    }

    #[test]
    fn went_on_after_a_quote_is_its_cue_but_went_on_to_is_none() {
        let text = "\"But we have got to be honest,\" Sanders went on. \"Clinton must win.\" He \
                    went on to win the state. The talks went on.";
        assert_eq!(
            claims(text),
            [direct(
                "But we have got to be honest,\" Sanders went on. \"Clinton must win.",
                "went on",
                "Sanders"
            )]
        );
    }

    #[test]
    fn a_quoted_fragment_is_not_attributed_past_the_words_after_it() {
        // Regression: "did not recall" was Clinton's direct quote, cued by "believed".
        let text = "The notes said she \"did not recall\" receiving emails she believed \
                    should not have been sent.";
        let found = claims(text);
        assert!(
            found.iter().all(|c| c.1 == ClaimKind::Indirect),
            "{found:?}"
        );
        // A comma outside the closing mark closes it as well as one inside.
        let text = "\"There has been no breakthrough at all\", Al Jazeera's James Bays, \
                    reporting from the White House, said.";
        assert_eq!(
            claims(text),
            [direct(
                "There has been no breakthrough at all", "said", "James Bays"
            )]
        );
    }

    #[test]
    fn a_name_and_its_reflexive_is_the_named_source() {
        let text = "Bernie Sanders said the party was united. Sanders himself said the mood \
                    was grim.";
        assert_eq!(
            claims(text),
            [
                reported("the party was united", "said", "Bernie Sanders"),
                reported("the mood was grim", "said", "Bernie Sanders"),
            ]
        );
    }

    #[test]
    fn a_claim_in_a_subordinate_clause_ends_where_the_main_clause_begins() {
        let text = "When Cuomo pointed out that Obama released the certificate in 2011, \
                    Giuliani interrupted him. While Mrs. Clinton has vowed to make sure that \
                    the wealthy pay more, she leaves loopholes intact.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that Obama released the certificate in 2011",
                    "pointed out",
                    "Cuomo"
                ),
                reported("to make sure that the wealthy pay more", "vowed", "Clinton"),
            ]
        );
    }

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
    fn and_with_an_auxiliary_before_a_cue_ends_the_content() {
        let text = "Warren has called on Stumpf to resign and has asked the Justice Department \
                    to investigate.";
        assert_eq!(
            claims(text),
            [
                reported("Stumpf to resign", "called on", "Warren"),
                reported("the Justice Department to investigate", "asked", "Warren"),
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
    fn a_stance_after_but_and_an_auxiliary_parallels_the_claims_verb() {
        let text = "Sen. Kelly Ayotte has said she will vote for Trump but has declined to \
                    endorse him. Police say he posed a threat and refused to drop the gun.";
        assert_eq!(
            claims(text),
            [
                reported("she will vote for Trump", "said", "Kelly Ayotte"),
                reported("to endorse him", "declined", "Kelly Ayotte"),
                reported("he posed a threat", "say", "Police"),
            ]
        );
    }

    #[test]
    fn an_embassy_in_a_capital_opens_the_clause_a_gerund_goes_on_with() {
        let text = "The Russian embassy in London responded within hours, accusing Mr Johnson \
                    of \"Russophobic hysteria\".";
        assert_eq!(
            claims(text),
            [reported(
                "\"Russophobic hysteria\"", "accusing", "The Russian embassy in London"
            )]
        );
    }

    #[test]
    fn a_claim_inside_one_of_its_own_sources_is_no_second_claim() {
        let text = "Former Rep. Mike Rogers declined to comment on his departure.";
        assert_eq!(
            claims(text),
            [reported(
                "to comment on his departure", "declined", "Mike Rogers"
            )]
        );
        // A gerund after the claim still is one.
        let text = "The GOP nominee complained about his mic the morning after the debate, even \
                    suggesting he may have been sabotaged.";
        assert_eq!(claims(text).len(), 2);
    }

    #[test]
    fn a_person_close_to_someone_is_the_source_not_that_someone() {
        let text = "A person close to Rogers said he had been pushed out. Trump is preparing on \
                    instinct, according to people close to the candidate.";
        assert_eq!(
            claims(text),
            [
                reported("he had been pushed out", "said", "A person close to Rogers"),
                reported(
                    "Trump is preparing on instinct", "according to",
                    "people close to the candidate"
                ),
            ]
        );
    }

    #[test]
    fn a_quoted_title_and_its_noun_are_no_quote_and_cue() {
        // Regression: "Today" was a direct quote of "show", and "NBC's “Today” show" the
        // content of "tells"; "a legal challenge" was a source and its cue.
        let text = "Biden tells NBC's \"Today\" show that it is \"absolutely bizarre\" for a \
                    candidate to question the vote. Trump would file a legal challenge if the \
                    result is \"questionable.\"";
        assert_eq!(
            claims(text),
            [reported(
                "that it is \"absolutely bizarre\" for a candidate to question the vote",
                "tells",
                "Biden"
            )]
        );
    }

    #[test]
    fn a_source_noun_before_a_colon_speaks_the_quote_after_it() {
        let text = "A senior House Democratic aide was more cautious: \"Gerrymandering makes \
                    it very hard.\"";
        assert_eq!(
            claims(text),
            [direct(
                "Gerrymandering makes it very hard.", ":", "A senior House Democratic aide"
            )]
        );
        let text = "The result was clear: \"Stronger together.\"";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_comma_and_an_auxiliary_before_a_cue_end_the_content_but_not_a_passive() {
        let text = "Rep. Barbara Comstock, who represents a district Clinton is expected to \
                    carry, has refused to say whether she will vote for Trump.";
        let found = claims(text);
        assert_eq!(
            found.last(),
            Some(&reported(
                "to say whether she will vote for Trump", "refused", "Barbara Comstock"
            ))
        );
        assert!(found.iter().all(|c| !c.0.contains(", has")), "{found:?}");
    }

    #[test]
    fn but_that_and_a_subject_is_a_second_complement_of_the_cue() {
        let text = "Peskov told reporters that Russia appreciated \"positive words\", but that \
                    it would not interfere in the election.";
        assert_eq!(
            claims(text),
            [reported(
                "that Russia appreciated \"positive words\", but that it would not interfere in \
                 the election",
                "told",
                "Peskov"
            )]
        );
    }

    #[test]
    fn a_name_after_an_inverted_description_is_the_source() {
        let text = "\"We made this a better bill,\" said the Senate majority leader, John J. \
                    Flanagan. \"It is done,\" said a spokesman, who declined to be named.";
        assert_eq!(
            claims(text),
            [
                direct("We made this a better bill,", "said", "John J. Flanagan"),
                direct("It is done,", "said", "a spokesman"),
            ]
        );
    }

    #[test]
    fn what_opens_no_source_phrase() {
        let text = "The state adopted what labor advocates have called a living wage.";
        assert_eq!(
            claims(text),
            [reported("a living wage", "called", "labor advocates")]
        );
    }

    #[test]
    fn according_to_a_person_on_the_call() {
        let text = "Ryan will no longer defend Trump, according to a person on the conference \
                    call.";
        assert_eq!(
            claims(text),
            [reported(
                "Ryan will no longer defend Trump", "according to",
                "a person on the conference call"
            )]
        );
    }

    #[test]
    fn according_to_data_from_someone_and_past_its_apposition() {
        let text = "According to data from the Fiscal Policy Institute, a left-leaning \
                    research group, about one in three workers earns less than $15 an hour. \
                    According to the report, the company lost money, the largest drop in years.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "about one in three workers earns less than $15 an hour",
                    "According to",
                    "data from the Fiscal Policy Institute"
                ),
                reported(
                    "the company lost money, the largest drop in years",
                    "According to",
                    "the report"
                ),
            ]
        );
    }

    #[test]
    fn an_owners_person_after_an_inverted_cue_and_a_coordinated_cue_before_a_quote() {
        let text = "Debates are not likely to alter the campaign, noted NBC’s Dante Chinni. \
                    Mr. Obama smiled and said, \"I can't do that.\" Prices rose, according to \
                    CME Group's FedWatch tool.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Debates are not likely to alter the campaign",
                    "noted",
                    "Dante Chinni"
                ),
                direct("I can't do that.", "said", "Obama"),
                reported("Prices rose", "according to", "CME Group"),
            ]
        );
    }

    #[test]
    fn which_after_a_named_organization_is_that_organization() {
        let text = "The foundation has been the subject of several reports in The Washington \
                    Post, which found that Mr. Trump had used the charity's money.";
        assert_eq!(
            claims(text),
            [reported(
                "that Mr. Trump had used the charity's money",
                "found",
                "Washington Post"
            )]
        );
    }

    #[test]
    fn aides_to_someone_are_the_source_and_said_to_reporters_that_is_an_addressee() {
        let text = "Aides to both candidates said the two had spoken. Trump said to reporters \
                    that he was fine.";
        assert_eq!(
            claims(text),
            [
                reported("the two had spoken", "said", "Aides to both candidates"),
                reported("that he was fine", "said", "Trump"),
            ]
        );
    }

    #[test]
    fn what_one_must_or_should_do_is_no_stance() {
        let text = "He said that the country must reject discrimination. Voters should know \
                    what those questions are.";
        // Nor is a quote after "must reject" its own claim, with "the country" for speaker.
        let quoted = "He said that the country must reject \"discrimination\".";
        assert_eq!(claims(quoted).len(), 1);
        assert_eq!(
            claims(text),
            [(
                "that the country must reject discrimination",
                ClaimKind::Indirect,
                Some("said"),
                None
            )]
        );
    }

    #[test]
    fn a_short_word_in_ing_is_no_gerund_inside_a_source_phrase() {
        // Regression: the source was "districts", after "swing" ended the phrase as a gerund.
        let text = "Republicans in swing districts are worried that Trump will lose.";
        assert_eq!(
            claims(text),
            [reported(
                "that Trump will lose", "worried", "Republicans in swing districts"
            )]
        );
    }

    #[test]
    fn an_appeals_court_is_one_subject_past_a_time() {
        // Regression: the source was "A federal", before "appeals" taken for its verb.
        let text = "A federal appeals court on Friday struck down the law, ruling that it had \
                    been written to keep black voters from the polls.";
        assert_eq!(
            claims(text),
            [reported(
                "that it had been written to keep black voters from the polls",
                "ruling",
                "A federal appeals court"
            )]
        );
    }

    #[test]
    fn a_closing_attribution_after_a_comma_inside_the_closing_mark_ends_the_content() {
        let text = "She felt the amendment was worth examining because \"most people don't know \
                    about that loophole,\" she said.";
        assert_eq!(
            claims(text)[0].0,
            "the amendment was worth examining because \"most people don't know about that \
             loophole,\""
        );
    }

    #[test]
    fn a_time_after_the_cue_is_no_content_and_comes_before_that() {
        let text = "Trump lashed out hours later. Trump fired back two days later that it was \
                    a lie.";
        assert_eq!(
            claims(text),
            [reported("that it was a lie", "fired back", "Trump")]
        );
    }

    #[test]
    fn a_quote_that_one_of_those_named_said_is_a_claim_with_no_name() {
        let text = "\"It would take something extraordinary at this point,\" one said.";
        assert_eq!(
            claims(text),
            [(
                "It would take something extraordinary at this point,",
                ClaimKind::Direct,
                Some("said"),
                None
            )]
        );
    }

    #[test]
    fn the_occasion_of_the_cue_is_no_part_of_the_content() {
        let text = "Clinton spokesman Brian Fallon dismissed the charges as conspiracy theories \
                    in a statement to reporters. Mr. Obama criticized the verdict on Twitter on \
                    Friday. Aides would not say why the plan was mentioned by Ivanka Trump in an \
                    interview with Cosmopolitan.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the charges as conspiracy theories", "dismissed", "Brian Fallon"
                ),
                reported("the verdict", "criticized", "Obama"),
                reported(
                    "why the plan was mentioned by Ivanka Trump in an interview with Cosmopolitan",
                    "say",
                    "Aides"
                ),
            ]
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
    fn a_name_before_an_apposition_and_a_dashed_aside_is_the_source() {
        let text = "John Dickey, the chief executive of Ora Media -- the production company \
                    that owns Mr. King's programming, which is also streamed on Hulu -- told me, \
                    ''We're a content provider.''";
        assert_eq!(
            claims(text),
            [direct("We're a content provider.", "told", "John Dickey")]
        );
    }

    #[test]
    fn a_part_of_a_source_group_is_the_source() {
        let text = "Some of his aides said the plan was dead. Many of his supporters believe the \
                    polls are rigged. In one of those savings plans that your state offers, the \
                    fees are low.";
        assert_eq!(
            claims(text),
            [
                reported("the plan was dead", "said", "Some of his aides"),
                reported("the polls are rigged", "believe", "Many of his supporters"),
            ]
        );
    }

    #[test]
    fn as_a_source_said_reports_the_clause_on_the_other_side() {
        let text = "As the Times reported last week, the campaign spent little on ads. The video \
                    does not answer whether Scott had a gun, as police have said. Hawaii, as one \
                    of Mr. Obama's climate advisers pointed out, rarely gets hurricanes. As \
                    Clinton talked about bringing communities together, Trump looked away.";
        assert_eq!(
            claims(text),
            [
                reported("the campaign spent little on ads", "reported", "Times"),
                reported(
                    "The video does not answer whether Scott had a gun",
                    "said",
                    "police"
                ),
                reported(
                    "Hawaii, as one of Mr. Obama's climate advisers pointed out, rarely gets \
                     hurricanes",
                    "pointed out",
                    "Obama's climate advisers"
                ),
                reported("bringing communities together", "talked about", "Clinton"),
            ]
        );
    }

    #[test]
    fn a_cue_in_a_relative_clause_reports_to_where_the_main_verb_comes() {
        let text = "Boris Johnson, who has said he would never resign, faced a revolt on \
                    Tuesday. Trump, who had talked about the things she had come to believe, \
                    from Obama founding ISIS, to a plot, won her over. Sen. Lindsey Graham \
                    (R-S.C.), who has called Putin \"a thug,\" said he would push for sanctions.";
        assert_eq!(
            claims(text),
            [
                reported("he would never resign", "said", "Boris Johnson"),
                reported(
                    "the things she had come to believe, from Obama founding ISIS, to a plot",
                    "talked about",
                    "Trump"
                ),
                reported("Putin \"a thug,\"", "called", "Lindsey Graham"),
                reported("he would push for sanctions", "said", "Lindsey Graham"),
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
                reported("The talks stalled", "said", "a person"),
            ]
        );
    }

    #[test]
    fn thinking_of_or_about_something_claims_nothing() {
        let text = "He said he had watched the museum rise and thought of the days when he would \
                    visit it. She is thinking about running for mayor.";
        assert_eq!(
            claims(text),
            [(
                "he had watched the museum rise and thought of the days when he would visit it",
                ClaimKind::Indirect,
                Some("said"),
                None
            )]
        );
    }

    #[test]
    fn a_claim_inside_another_keeps_only_a_newly_named_source() {
        let text = "Lori Edwards told the Orlando Sentinel she expected long lines. Boris \
                    Johnson has said Britain will not be cowed after the Kremlin warned of \
                    \"consequences\" if the UK sent more troops.";
        assert_eq!(
            claims(text),
            [
                reported("she expected long lines", "told", "Lori Edwards"),
                reported(
                    "Britain will not be cowed after the Kremlin warned of \"consequences\" if \
                     the UK sent more troops",
                    "said",
                    "Boris Johnson"
                ),
                reported(
                    "\"consequences\" if the UK sent more troops",
                    "warned of",
                    "Kremlin"
                ),
            ]
        );
    }

    #[test]
    fn a_source_noun_phrase_and_its_cue_after_a_comma_end_the_content() {
        let text = "Ticketmaster faced criticism after fans complained of hours-long queues, and \
                    U.S. senators questioned whether the company had abused its market power.";
        assert_eq!(
            claims(text),
            [
                reported("hours-long queues", "complained of", "fans"),
                reported(
                    "whether the company had abused its market power",
                    "questioned",
                    "U.S. senators"
                ),
            ]
        );
    }

    #[test]
    fn an_addressee_and_what_they_are_to_do_are_the_content() {
        let text = "Sanders urged his supporters to back Clinton. For decades, Kovach has voted \
                    the way his union told him to.";
        assert_eq!(
            claims(text),
            [reported(
                "his supporters to back Clinton", "urged", "Sanders"
            )]
        );
    }

    #[test]
    fn a_cue_after_as_that_ends_the_text() {
        // Regression: the word after the cue was read past the text's end (a panic).
        assert_eq!(claims("As the Times reported"), []);
        assert_eq!(
            claims("The campaign spent little, as Trump said"),
            [reported("The campaign spent little", "said", "Trump")]
        );
    }

    #[test]
    fn a_relative_clause_on_a_person_after_the_content_is_no_part_of_it() {
        let text = "Clinton questioned the health of Donald Trump, who is 70.";
        assert_eq!(
            claims(text),
            [reported(
                "the health of Donald Trump", "questioned", "Clinton"
            )]
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
    fn a_gerund_s_quote_is_not_the_relative_clause_s_speaker_s() {
        let text = "Trump was defensive about not paying an architect who said he was stiffed, \
                    saying, “Maybe he didn’t do a good job.”";
        assert_eq!(
            claims(text),
            [
                reported("he was stiffed", "said", "an architect"),
                direct("Maybe he didn’t do a good job.", "saying", "Trump"),
            ]
        );
    }

    #[test]
    fn a_sentence_that_goes_on_past_according_to_is_one_claim() {
        let text = "Scott's relatives watched the videos on Thursday, according to their \
                    attorneys, and said they came away with questions. The top 1 percent paid \
                    25 percent, according to the Tax Foundation, a research group.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Scott's relatives watched the videos on Thursday, according to their \
                     attorneys, and said they came away with questions",
                    "according to",
                    "their attorneys"
                ),
                reported(
                    "The top 1 percent paid 25 percent", "according to", "Tax Foundation"
                ),
            ]
        );
    }

    #[test]
    fn a_parenthetical_attribution_with_its_occasion_or_time() {
        let text = "The middle fifth paid 8.9 percent, the agency said in a June report, and the \
                    bottom fifth paid 0.8 percent.";
        assert_eq!(
            claims(text),
            [reported(
                "The middle fifth paid 8.9 percent, the agency said in a June report, and the \
                 bottom fifth paid 0.8 percent",
                "said",
                "the agency"
            )]
        );
    }

    #[test]
    fn a_quote_split_by_its_attribution_and_but_is_one() {
        let text = "\"You know, I love Larry,\" Mr. Obama said, but \"when it comes to energy, Larry \
                    has a history.\"";
        assert_eq!(
            claims(text),
            [direct(
                "You know, I love Larry,\" Mr. Obama said, but \"when it comes to energy, Larry \
                 has a history.",
                "said",
                "Obama"
            )]
        );
    }

    #[test]
    fn a_parenthetical_attribution_past_its_addressee() {
        let text = "Mr. King has hosted the show since 2013. The difference now, he told me on \
                    Friday, is that he is the anchor of a straight news program. The plan, the \
                    mayor told The Associated Press, was dead.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The difference now, he told me on Friday, is that he is the anchor of a \
                     straight news program",
                    "told",
                    "King"
                ),
                reported(
                    "The plan, the mayor told The Associated Press, was dead",
                    "told",
                    "the mayor"
                ),
            ]
        );
    }

    #[test]
    fn a_pronoun_does_not_stand_for_a_place_named_like_a_person() {
        let text = "Tom Clarke says he has been absorbing the costs. He is hoping that states, led \
                    by West Virginia, will pass the costs on. \"Coal is not the villain,\" he said. \
                    In a speech in Fort Pierce, Florida, on Friday, Hillary Clinton laid out her \
                    plans. She wants to triple the size of AmeriCorps. For her part, Suu Kyi has \
                    faced sharp criticism. \"Unity also means prosperity,\" she said.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = [
            "Tom Clarke", "Tom Clarke", "Tom Clarke", "Hillary Clinton", "Hillary Clinton",
            "Suu Kyi",
        ];
        assert_eq!(speakers, expected.map(|who| Some(who.to_string())));
    }

    #[test]
    fn a_pronoun_does_not_stand_for_a_place_named_like_a_given_name() {
        let text = "Donald Trump has also commented on the shooting. On Wednesday, he told a crowd \
                    in Cleveland that he was troubled by it. “I don’t know what she was \
                    thinking,” he said.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        assert_eq!(
            speakers,
            ["Donald Trump"; 3].map(|who| Some(who.to_string()))
        );
    }

    #[test]
    fn a_name_after_a_pronoun_subject_is_not_the_next_pronouns_person() {
        let text = "Mr. Schultz said he did not support Mr. Trump. The difference now, he told me on \
                    Friday, is that his show makes him seem kinder to Mr. Trump.\n\nHe said he \
                    did not mention the hacking.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        assert_eq!(speakers, ["Schultz"; 3].map(|who| Some(who.to_string())));
    }

    #[test]
    fn according_to_a_document_someone_made_is_according_to_them() {
        let text = "The goal is to curb activist investors, according to a speech Mrs. Clinton \
                    delivered in July. Prices rose, according to data from the department.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The goal is to curb activist investors", "according to", "Clinton"
                ),
                reported("Prices rose", "according to", "data from the department"),
            ]
        );
    }

    #[test]
    fn a_content_ends_before_the_next_source_and_its_apposition() {
        let text = "Senator Elizabeth Warren wrote on Twitter that Mr. Trump was \"a loser,\" and \
                    Representative Nancy Pelosi, the House Democratic leader, said in a statement \
                    that the disclosure confirmed what they knew.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that Mr. Trump was \"a loser,\"", "wrote", "Elizabeth Warren"
                ),
                reported(
                    "that the disclosure confirmed what they knew",
                    "said",
                    "Nancy Pelosi"
                ),
            ]
        );
    }

    #[test]
    fn a_parenthetical_pronoun_source_is_not_the_name_its_content_opens_with() {
        let text = "Rudolph W. Giuliani, a close adviser, went further. Mr. Trump, he said on ABC's \
                    \"This Week,\" is \"an absolute genius\" and would be a better president.";
        assert_eq!(
            claims(text),
            [reported(
                "Mr. Trump, he said on ABC's \"This Week,\" is \"an absolute genius\" and would be \
                 a better president",
                "said",
                "Rudolph W. Giuliani"
            )]
        );
    }

    #[test]
    fn a_question_quote_then_a_sentence_of_name_cue_and_occasion() {
        let text = "“If we don't stand for something now, when will we?” Cruz asked during a \
                    speech on the Senate floor.\n\n“Is it over?” Reid said on Monday that it was.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "If we don't stand for something now, when will we?",
                    "asked",
                    "Cruz"
                ),
                reported("that it was", "said", "Reid"),
            ]
        );
    }

    #[test]
    fn a_document_that_reads_a_quote_is_its_source() {
        let text = "The statement from the Office of Management and Budget read: \"Agencies \
                    should prepare for an orderly shutdown.\" She read the report twice.";
        assert_eq!(
            claims(text),
            [direct(
                "Agencies should prepare for an orderly shutdown.",
                "read",
                "The statement from the Office of Management and Budget"
            )]
        );
    }

    #[test]
    fn a_question_put_to_someone_is_no_claim_of_theirs() {
        let text = "Ronald Reagan was once asked how the Cold War would end. When asked whether \
                    Democrats would vote for it, Reid replied: \"It depends.\" Carter once told an \
                    interviewer that he was ready.";
        assert_eq!(
            claims(text),
            [
                direct("It depends.", "replied", "Reid"),
                reported("that he was ready", "told", "Carter"),
            ]
        );
    }

    #[test]
    fn a_clause_of_when_after_the_content_is_the_writers() {
        let text = "Obama urged the United States to accept more refugees on Monday as he issued a \
                    statement. Mr. Smith said the deal was as good as it gets.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the United States to accept more refugees on Monday",
                    "urged",
                    "Obama"
                ),
                reported("the deal was as good as it gets", "said", "Smith"),
            ]
        );
    }

    #[test]
    fn a_curly_quote_inside_a_straight_one_stays_inside() {
        let text = "Caddell continued:\n\n\"I am going to read you the question: “Do you think so?” \
                    Forty-three, yes; forty-four, no.\"";
        assert_eq!(
            claims(text),
            [direct(
                "I am going to read you the question: “Do you think so?” Forty-three, yes; \
                 forty-four, no.",
                "continued",
                "Caddell"
            )]
        );
    }

    #[test]
    fn a_short_sentence_of_short_words_is_no_title() {
        let text = "“He was never going to grovel,” one adviser said. “That is not who we are.” \
                    She watched “Face the Nation” on Sunday.";
        assert_eq!(
            claims(text),
            [direct(
                "He was never going to grovel,” one adviser said. “That is not who we are.",
                "said",
                "one adviser"
            )]
        );
    }

    #[test]
    fn a_noun_cue_after_a_weekday_is_a_noun() {
        let text = "Mr. Trump, for his part, insisted in a Saturday tweet that he would stay.";
        assert_eq!(
            claims(text),
            [reported("that he would stay", "insisted", "Trump")]
        );
    }

    #[test]
    fn a_beauty_title_is_no_one_speaking() {
        let text = "Hillary Clinton told the crowd that Trump's posts about a former Miss Universe \
                    showed he lacks the temperament for the job.";
        assert_eq!(
            claims(text),
            [reported(
                "that Trump's posts about a former Miss Universe showed he lacks the temperament \
                 for the job",
                "told",
                "Hillary Clinton"
            )]
        );
    }

    #[test]
    fn a_relative_clause_inside_the_content_keeps_its_main_verb() {
        let text = "Analysts said President Hassan Rouhani, who championed the 2015 nuclear deal, \
                    was under pressure from hardliners.";
        assert_eq!(
            claims(text),
            [reported(
                "President Hassan Rouhani, who championed the 2015 nuclear deal, was under \
                 pressure from hardliners",
                "said",
                "Analysts"
            )]
        );
    }

    #[test]
    fn a_name_after_the_description_that_opens_its_sentence_is_its_subject() {
        let text = "British Foreign Secretary Boris Johnson said London shared those concerns. \
                    Israel's prime minister, Benjamin Netanyahu, went further. \"Iran's aggression \
                    must be met with force,\" he said in Jerusalem.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = ["Boris Johnson", "Benjamin Netanyahu"];
        assert_eq!(speakers, expected.map(|who| Some(who.to_string())));
    }

    #[test]
    fn a_source_whose_name_runs_over_the_start_of_its_sentence() {
        // Regression (found by the fuzzer): the word before a name that opens before its
        // sentence was looked up before the text's first token.
        let text = "F...Washington Free Beacon,add  aed adF]U,add aed.U,U.U.., add aed.";
        assert!(annotate(text).validate(text).is_ok());
    }

    #[test]
    fn a_transcripts_labels_in_capitals_are_the_people_named_in_the_text() {
        let text = "HOLT: Secretary Clinton, your response?\n\nCLINTON: Everyone running for \
                    president has released their tax returns.\n\nCORRECTION: An earlier version \
                    misstated the date.";
        assert_eq!(
            claims(text),
            [
                (
                    "Secretary Clinton, your response?",
                    ClaimKind::Direct,
                    Some(":"),
                    Some("HOLT".to_string())
                ),
                (
                    "Everyone running for president has released their tax returns",
                    ClaimKind::Direct,
                    Some(":"),
                    Some("Clinton".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_name_before_a_quoted_predicate_is_part_of_the_claim() {
        let text = "Mills “got an immunity agreement,” Jordan said.";
        assert_eq!(
            claims(text),
            [direct(
                "Mills “got an immunity agreement,", "said", "Jordan"
            )]
        );
    }

    #[test]
    fn an_embedded_post_is_claimed_by_the_name_on_the_line_below() {
        let text = "On Twitter, the reaction was swift.\n\nWhat do you have to lose? Everything. \
                    #BlackVotersMatter\n― Jamil Smith (@JamilSmith) August 20, 2016\n\nThe \
                    campaign did not respond.";
        assert_eq!(
            claims(text),
            [(
                "What do you have to lose? Everything. #BlackVotersMatter",
                ClaimKind::Direct,
                Some("―"),
                Some("Jamil Smith".to_string())
            )]
        );
    }

    #[test]
    fn a_role_described_is_the_person_last_named_with_it() {
        let text = "Republican presidential nominee Donald Trump said on Monday that he would win. \
                    Hillary Clinton, the Democratic nominee, disagreed. The GOP nominee told \
                    reporters that the polls were wrong. The Democratic nominee said he was unfit.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = ["Donald Trump", "Donald Trump", "Hillary Clinton"];
        assert_eq!(speakers, expected.map(|who| Some(who.to_string())));
    }

    #[test]
    fn a_poll_run_by_two_named_outlets_is_the_source() {
        let text = "According to a CNN/ORC poll released Thursday, 62 percent of debate watchers \
                    thought Clinton won. A New York Times/CBS News poll found that Clinton led. \
                    Clinton leads, according to CNN.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "62 percent of debate watchers thought Clinton won",
                    "According to",
                    "a CNN/ORC poll"
                ),
                reported(
                    "that Clinton led", "found", "A New York Times/CBS News poll"
                ),
                reported("Clinton leads", "according to", "CNN"),
            ]
        );
    }

    #[test]
    fn a_pronoun_after_a_described_speaker_is_that_speaker() {
        let text = "The senator said the bill would pass. “We have the votes,” she added. \
                    Officials said it was dead. He added that it was over.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = [
            Some("The senator"),
            Some("The senator"),
            Some("Officials"),
            None,
        ];
        assert_eq!(speakers, expected.map(|who| who.map(str::to_string)));
    }

    #[test]
    fn they_after_a_group_that_spoke_is_that_group() {
        let text = "McConnell aides acknowledged a collaborative relationship with the White \
                    House. But they emphasized that the sanctions got results. Mr. Smith said it \
                    was over. They said it was not.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = [
            Some("McConnell aides"),
            Some("McConnell aides"),
            Some("Smith"),
            None,
        ];
        assert_eq!(speakers, expected.map(|who| who.map(str::to_string)));
    }

    #[test]
    fn a_maker_named_across_the_start_of_its_sentence() {
        // Regression (found by the fuzzer): the word before a name that opens before its
        // sentence was looked up before the text's first token.
        let text = "S..Portd aPoed ad add";
        assert!(annotate(text).validate(text).is_ok());
    }

    #[test]
    fn a_paragraph_below_a_cue_and_a_colon_is_a_block_quote() {
        let text = "Senator Tom Reed spoke to reporters on Monday.\n\nReed added:\n\nWe have \
                    waited long enough for this bill, and the people of this state deserve an \
                    answer.\n\nThe vote is set for Friday. The plan has to do the \
                    following:\n\nCut the deficit.";
        assert_eq!(
            claims(text),
            [direct(
                "We have waited long enough for this bill, and the people of this state \
                 deserve an answer.",
                "added",
                "Tom Reed"
            )]
        );
    }

    #[test]
    fn a_noun_cue_in_the_object_of_an_earlier_cue_speaks_no_quote() {
        // Regression: the quote went to "the conservative", as the source of "demand".
        let text = "Press secretary Josh Earnest said the president would veto the bill, calling \
                    the conservative demand \"a political stunt.\"";
        assert_eq!(
            claims(text),
            [
                reported("the president would veto the bill", "said", "Josh Earnest"),
                reported(
                    "the conservative demand \"a political stunt.\"",
                    "calling",
                    "Josh Earnest"
                ),
            ]
        );
    }

    #[test]
    fn there_or_here_after_a_source_noun_leaves_it_the_source() {
        let text = "Officials there declined to say whether they were investigating. Residents \
                    here say the water is safe.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "to say whether they were investigating", "declined", "Officials"
                ),
                reported("the water is safe", "say", "Residents"),
            ]
        );
    }

    #[test]
    fn a_gerund_cue_after_a_comma_has_its_own_claim() {
        // Regression: "noting that …" was the content of "pushed back", "noting" no cue.
        let text = "Tapper pushed back, noting that Trump has released only a one-page letter.";
        assert_eq!(
            claims(text),
            [reported(
                "that Trump has released only a one-page letter",
                "noting",
                "Tapper"
            )]
        );
    }

    #[test]
    fn at_least_opens_a_count_not_an_adverbial() {
        // Regression: "said at least 62 …" had no content, read as "said at the meeting".
        let text = "The spokesman said at least 62 of its soldiers were killed. He told reporters \
                    at least 20 were hurt.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "at least 62 of its soldiers were killed",
                    "said",
                    "The spokesman"
                ),
                reported("at least 20 were hurt", "told", "The spokesman"),
            ]
        );
    }

    #[test]
    fn a_spokesman_for_a_named_body_with_a_modifier_is_the_source() {
        // Regression: "Central Command" spoke, a person, where its spokesman did.
        let text = "A spokesman for the U.S. Central Command said the forces were targeting \
                    militants. A spokesman for U.S. Cyber Command said the attack had failed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the forces were targeting militants",
                    "said",
                    "A spokesman for the U.S. Central Command"
                ),
                reported(
                    "the attack had failed", "said", "A spokesman for U.S. Cyber Command"
                ),
            ]
        );
    }

    #[test]
    fn an_addressee_is_no_source_of_the_gerund_after_it() {
        // Regression: the United Nations demanded, where the ministry wrote to it demanding.
        let text = "In Damascus, the Syrian foreign ministry sent letters to the United Nations \
                    demanding that the council condemn the attack. Mr. Smith sent a letter to \
                    Senator Jones asking that the vote be delayed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the council condemn the attack", "demanding",
                    "the Syrian foreign ministry"
                ),
                reported("that the vote be delayed", "asking", "Smith"),
            ]
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
    fn a_that_past_a_long_addressee_opens_the_content() {
        // Regression: the content took in "a crowd of … on Wednesday", its "that" out of reach.
        let text = "Sen. Bernie Sanders told a crowd of young voters in New Hampshire on Wednesday \
                    that Hillary Clinton would be a better president. She told investigators she \
                    relied on the judgment of State Department staff to decide what was \
                    classified.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that Hillary Clinton would be a better president",
                    "told",
                    "Bernie Sanders"
                ),
                (
                    "she relied on the judgment of State Department staff to decide what was \
                     classified",
                    ClaimKind::Indirect,
                    Some("told"),
                    Some("Hillary Clinton".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_name_before_a_past_form_is_no_phrase_of_its_own() {
        // Regression: "Sanders" spoke twice, as Bernie Sanders and as a phrase "Sanders".
        let text = "Sen. Bernie Sanders said it was over. Sanders spent much of his speech \
                    attacking Trump, whom he described as \"a pathological liar.\"";
        let names: Vec<_> = annotate(text)
            .speakers
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, ["Bernie Sanders"]);
    }

    #[test]
    fn a_titled_owner_opens_the_subject_of_a_gerund() {
        // Regression: with "Mr." before it, "Trump's campaign" was no subject, the claim no one's.
        let text = "Mr. Trump's campaign has made its own pitch to young people, arguing that her \
                    policies would saddle them with debt.";
        assert_eq!(
            claims(text),
            [reported(
                "that her policies would saddle them with debt",
                "arguing",
                "Trump's campaign"
            )]
        );
    }

    #[test]
    fn a_relative_after_a_capitalized_apposition_is_the_persons() {
        // Regression: "Massachusetts Democrat" called for the resignation, not Warren.
        let text = "Sen. Elizabeth Warren, a Massachusetts Democrat who called for Stumpf's \
                    resignation last week, said the forfeiture was not enough.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let warren = Some("Elizabeth Warren".to_string());
        assert_eq!(speakers, [warren.clone(), warren]);
    }

    #[test]
    fn where_opens_no_source_phrase() {
        let text = "Stumpf was grilled by the Senate Banking Committee, where lawmakers from both \
                    parties accused him of failing to stop employees.";
        assert_eq!(
            claims(text),
            [reported(
                "failing to stop employees", "accused", "lawmakers from both parties"
            )]
        );
    }

    #[test]
    fn a_named_ministry_in_a_capital_speaks_not_the_capital() {
        // Regression: "Beijing" spoke, where its Foreign Ministry did.
        let text = "The Foreign Ministry in Beijing said the deployment was a threat. The Justice \
                    Department on Monday said it would sue.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the deployment was a threat", "said", "The Foreign Ministry in Beijing"
                ),
                reported("it would sue", "said", "Justice Department"),
            ]
        );
    }

    #[test]
    fn according_to_a_source_and_its_relative_clause() {
        let text = "According to Mr. Obama, who spoke at the museum on Saturday, the nation has \
                    made progress.";
        assert_eq!(
            claims(text),
            [reported(
                "the nation has made progress", "According to", "Obama"
            )]
        );
    }

    #[test]
    fn showing_up_claims_nothing() {
        let text = "The real Trump showed up at the debate. Mr. Smith showed up late and said it \
                    was over.";
        assert_eq!(claims(text), [reported("it was over", "said", "Smith")]);
    }

    #[test]
    fn a_clause_of_the_writers_after_and_ends_the_content() {
        let text = "The fund said it is lowering its forecast for growth, and the downgrade is \
                    casting a shadow on the outlook. He said he had the best temperament, and \
                    the audience laughed.";
        let contents: Vec<_> = claims(text).into_iter().map(|(c, ..)| c).collect();
        assert_eq!(
            contents,
            [
                "it is lowering its forecast for growth", "he had the best temperament"
            ]
        );
    }

    #[test]
    fn deciding_a_thing_claims_nothing() {
        let text = "The voters who will decide this election were watching. The judge who decided \
                    the case retired. The board decided that the plan would go ahead.";
        assert_eq!(
            claims(text),
            [reported(
                "that the plan would go ahead", "decided", "The board"
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
    fn laying_out_a_plan_is_a_stance() {
        let text = "In a speech in Fort Pierce, Clinton laid out her proposals to increase \
                    national service. The hens laid eggs.";
        assert_eq!(
            claims(text),
            [reported(
                "her proposals to increase national service",
                "laid out",
                "Clinton"
            )]
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
    fn a_gerund_after_before_or_after_goes_with_the_clause_s_subject() {
        // Regression: both claims had no speaker.
        let text = "McDaniel insisted on Fox News Sunday, before admitting: “I mean Ben Sasse is \
                    an exception.” After saying that the GOP will keep the Senate, McDaniel was \
                    pressed on several senators.";
        assert_eq!(
            claims(text),
            [
                direct("I mean Ben Sasse is an exception.", "admitting", "McDaniel"),
                reported("that the GOP will keep the Senate", "saying", "McDaniel"),
            ]
        );
    }

    #[test]
    fn a_content_in_an_opening_clause_ends_where_the_main_clause_s_subject_comes() {
        // Regression: the content ran on over "party chair Ronna McDaniel insisted …".
        let text = "After Trump said he could not help some senators, party chair Ronna McDaniel \
                    insisted the Senate would stay in GOP hands. Voters were surprised when \
                    Trump, after railing against carried interest, produced a tax plan.";
        assert_eq!(
            claims(text),
            [
                reported("he could not help some senators", "said", "Trump"),
                reported(
                    "the Senate would stay in GOP hands", "insisted", "Ronna McDaniel"
                ),
                reported("carried interest", "railing against", "Trump"),
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
    fn a_colon_before_a_quote_reaches_past_an_aside_to_its_cue() {
        // Regression: the quote was the content of "told", from "a press conference" on.
        let text = "However, Foreign Affairs Minister Abul Hassan Mahmood Ali told a press \
                    conference on Thursday, after the prime minister returned: “David Cameron has \
                    said the election is now past.” Clinton said she has the quality for the job \
                    of president: “Steadiness.”";
        assert_eq!(
            claims(text),
            [
                direct(
                    "David Cameron has said the election is now past.",
                    "told",
                    "Abul Hassan Mahmood Ali"
                ),
                reported(
                    "she has the quality for the job of president: “Steadiness.”",
                    "said",
                    "Clinton"
                ),
                direct("Steadiness.", ":", "Clinton"),
            ]
        );
    }

    #[test]
    fn a_question_and_the_one_before_it_go_with_the_speaker_who_told_after_them() {
        // Regression: neither question had a speaker, for "told" had an object after it.
        let text = "“I have spent weeks defending him,” said David Davis.\n\n“Did he not \
                    realize it was a party?” “Doesn't the prime minister realize how ridiculous \
                    this sounds?” Starmer told parliament.";
        assert_eq!(
            claims(text),
            [
                direct("I have spent weeks defending him,", "said", "David Davis"),
                (
                    "Did he not realize it was a party?",
                    ClaimKind::Direct,
                    None,
                    Some("Starmer".into())
                ),
                direct(
                    "Doesn't the prime minister realize how ridiculous this sounds?",
                    "told",
                    "Starmer"
                ),
            ]
        );
    }

    #[test]
    fn an_occasion_between_a_source_and_its_cue_is_neither() {
        // Regression: "The ministry in a statement" spoke, and "Twitter" did for Trump.
        let text = "The ministry in a statement said the talks had failed. Trump on Twitter said \
                    the deal was dead. Trump in an interview with Chris Wallace said he would win.";
        assert_eq!(
            claims(text),
            [
                reported("the talks had failed", "said", "The ministry"),
                reported("the deal was dead", "said", "Trump"),
                reported("he would win", "said", "Trump"),
            ]
        );
    }

    #[test]
    fn the_subject_of_a_participle_after_with_speaks_and_a_verb_opens_no_phrase() {
        // Regression: "The ad" spoke for "noting", and "quoted members of …" was a speaker.
        let text = "The ad ran Monday, with the narrator noting that it was unfair. He quoted \
                    members of his own party, who characterized the plan as a mess.";
        assert_eq!(
            claims(text),
            [
                reported("that it was unfair", "noting", "the narrator"),
                reported(
                    "the plan as a mess", "characterized", "members of his own party"
                ),
            ]
        );
    }

    #[test]
    fn a_country_word_and_titles_after_the_cue_lead_to_the_name() {
        // Regression: none of these claims had a speaker ("The pact is dead" had the name for
        // content).
        let text = "“We saw progress,” said Russian President Vladimir Putin. The pact is dead, \
                    said U.S. Secretary of State John Kerry. “It is over,” said Germany's \
                    Chancellor Angela Merkel.";
        assert_eq!(
            claims(text),
            [
                direct("We saw progress,", "said", "Vladimir Putin"),
                reported("The pact is dead", "said", "John Kerry"),
                direct("It is over,", "said", "Angela Merkel"),
            ]
        );
    }

    #[test]
    fn a_dateline_in_capitals_is_no_speaker_s_label() {
        // Regression: "KYIV" said the whole paragraph, and "said on Friday peace negotiations
        // …" reported nothing.
        let text = "KYIV: Ukrainian Foreign Minister Dmytro Kuleba said on Friday peace \
                    negotiations with Russia were difficult.\n\nTRUMP: I will win.\n\nCLINTON: He \
                    said he will win.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "peace negotiations with Russia were difficult",
                    "said",
                    "Dmytro Kuleba"
                ),
                direct("I will win", ":", "TRUMP"),
                direct("He said he will win", ":", "CLINTON"),
            ]
        );
    }

    #[test]
    fn cited_as_saying_is_one_cue_like_quoted_as_saying() {
        // Regression: "Earlier" was a name, and the speaker of "saying".
        let text = "Earlier Turkish broadcaster NTV cited President Tayyip Erdoğan as saying \
                    progress had been made in talks.";
        assert_eq!(
            claims(text),
            [reported(
                "progress had been made in talks",
                "cited President Tayyip Erdoğan as saying",
                "NTV"
            )]
        );
    }

    #[test]
    fn a_that_past_a_long_adverbial_opens_the_content() {
        // Regression: "said" reported nothing, and "report back to leaders" had no speaker.
        let text = "Steinmeier said on Sunday after a meeting with his counterparts from Ukraine, \
                    Russia and France that they would report back to leaders.";
        assert_eq!(
            claims(text),
            [reported(
                "that they would report back to leaders", "said", "Steinmeier"
            )]
        );
    }

    #[test]
    fn a_participle_after_an_auxiliary_is_no_part_of_a_source() {
        // Regression: the speaker was "satisfied local blogs".
        let text = "Her denial hasn't satisfied local blogs, which wondered whether it was the \
                    sign of a health problem.";
        assert_eq!(
            claims(text),
            [reported(
                "whether it was the sign of a health problem",
                "wondered",
                "local blogs"
            )]
        );
    }

    #[test]
    fn a_quoted_fragment_before_a_relative_clause_is_no_one_s_quote() {
        // Regression: "the last thing" was a quote of Kuleba's, cued by "wanted".
        let text = "Kuleba said “the last thing” he wanted was to kill hope for Ukrainians.";
        assert_eq!(
            claims(text),
            [reported(
                "“the last thing” he wanted was to kill hope for Ukrainians",
                "said",
                "Kuleba"
            )]
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
    fn a_quote_that_runs_into_a_word_is_said_by_the_titled_name_after_it() {
        // Regression: Ross's quote had no claim, and "Authorities" was a name apart from
        // "authorities".
        let text = "\"This could have been more dangerous if not for SWAT\" officers, \
                    Philadelphia Police Commissioner Richard Ross said. Authorities say the \
                    suspect fled. He shot six officers, authorities said.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "This could have been more dangerous if not for SWAT",
                    "said",
                    "Richard Ross"
                ),
                reported("the suspect fled", "say", "Authorities"),
                reported("He shot six officers", "said", "Authorities"),
            ]
        );
    }

    #[test]
    fn an_ampersand_joins_the_titles_of_a_source_after_a_quote() {
        // Regression: the quote went on from the claim before it, as no one's.
        let text = "“This recall is based on our commitment to quality,” president & CEO Joseph \
                    Darling said in prepared remarks.";
        assert_eq!(
            claims(text),
            [direct(
                "This recall is based on our commitment to quality,",
                "said",
                "Joseph Darling"
            )]
        );
    }

    #[test]
    fn calling_about_something_calls_no_one_anything() {
        // Regression: "about the prospect of holding an event" was Trump's claim.
        let text = "The president did not clarify who he called about the prospect of holding an \
                    event in Michigan. Trump called Oz a quack.";
        assert_eq!(claims(text), [reported("Oz a quack", "called", "Trump")]);
    }

    #[test]
    fn a_gerund_before_a_quote_goes_with_its_clause_not_with_a_name_before_an_earlier_comma() {
        // Regression: the quote was said by "the BBC".
        let text = "During an interview with the BBC, Mr Corbyn rejected the claims, stressing: \
                    \"I don't recognise the figure.\"";
        assert_eq!(
            claims(text),
            [
                reported("the claims", "rejected", "Corbyn"),
                direct("I don't recognise the figure.", "stressing", "Corbyn"),
            ]
        );
    }

    #[test]
    fn a_time_that_opens_the_sentence_is_no_part_of_its_source() {
        // Regression: "Yesterday Corbyn’s team" denied.
        let text = "Yesterday Corbyn’s team denied a report that he had made plans. Donations hit \
                    $1 billion, a USA TODAY analysis shows.";
        assert_eq!(
            claims(text),
            [
                reported("a report that he had made plans", "denied", "Corbyn’s team"),
                reported("Donations hit $1 billion", "shows", "a USA TODAY analysis"),
            ]
        );
    }

    #[test]
    fn a_quote_inside_a_later_paragraph_goes_on_from_no_one() {
        // Regression: a quote in the next story of a news roundup went on as Mao Ning's.
        let text = "\"China rejects hyping up of this incident,\" spokesperson Mao Ning said.\n\n\
                    March 30 (Reuters) - Evan Gershkovich is an American who has reported on \
                    Russia for six years. \"He is a brave, committed, professional journalist.\"";
        assert_eq!(
            claims(text),
            [direct(
                "China rejects hyping up of this incident,",
                "said",
                "Mao Ning"
            )]
        );
    }

    #[test]
    fn an_adverb_of_frequency_is_no_head_of_a_source() {
        // Regression: "Trump never" was the speaker.
        let text = "Trump never missed an opportunity to remind the audience he was the only \
                    candidate funding his campaign.";
        assert_eq!(
            claims(text),
            [reported(
                "the audience he was the only candidate funding his campaign",
                "remind",
                "Trump"
            )]
        );
    }

    #[test]
    fn a_gerund_after_from_is_no_aside_of_the_last_noun_phrase() {
        // Regression: "a haven" spoke for "saying", once every adverbial opened an aside.
        let text = "But for Donald Trump, Oz's show proved to be a safe space, a haven shielded \
                    from any tough questions, and offered Trump a platform to offer up whatever \
                    he wanted, from saying that he feels young to playing up his stamina.";
        assert_eq!(
            claims(text),
            [reported(
                "that he feels young to playing up his stamina",
                "saying",
                "Donald Trump"
            )]
        );
    }
}

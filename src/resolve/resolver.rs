//! The pronoun resolver: the person a "he", "she" or "they" stands for, named before it.

use crate::annotations::{ClaimKind, Span, SpeakerKind};
use crate::claims::{Found, Source};
use crate::data::cues::{DOCUMENTS, SAID_LEADS, SOURCE_NOUNS};
use crate::data::words::{ARTICLES, DESCRIPTION_BREAKS, Gender, HE_OR_SHE, LOCATIVES, TITLES};
use crate::speakers::{Entity, EntityId, Mention, starting_before};
use crate::text::{Doc, Kind, Lowercase};

/// How many words may stand between a document's article and its noun ("The new annual report").
const DOCUMENT_MODIFIERS: usize = 3;

/// How many sentences back a pronoun looks for the person it stands for.
pub(super) const ANTECEDENT_WINDOW: usize = 40;
/// How many named mentions back it looks at the most.
const ANTECEDENT_MENTIONS: usize = 200;
/// How many sentences back a name stands for a pronoun as a subject or source; further, only
/// as the nearest one with a sign of a person.
const SUBJECT_WINDOW: usize = 3;
/// How many tokens into a sentence its main clause may start, after a subordinate one.
const MAIN_CLAUSE_REACH: usize = 40;
/// How many words of description may open a sentence before a name set off by commas that is
/// its subject ("Israel's prime minister, Benjamin Netanyahu, went further").
const DESCRIPTION_WORDS: usize = 6;

/// Resolves a claim's source to an entity: a named mention directly, a pronoun to the person
/// last named before it, outside quotes, of a compatible gender.
pub(super) struct Resolver<'a, 't> {
    pub(super) doc: &'a Doc<'t>,
    pub(super) mentions: &'a [Mention],
    pub(super) entities: &'a [Entity],
    pub(super) entity_of: &'a [EntityId],
    /// The parts of the direct claims' contents, sorted (not the attribution between two
    /// parts: "“…,” Petrenko said. “…”" names Petrenko outside the quote).
    quoted: Vec<Span>,
    /// For each entity, whether a mention of it is found where names stand out (not a
    /// headline or a sentence's first word alone) or names the source of a claim.
    named: Vec<bool>,
    /// For each mention, whether it names the source of a claim not told inside another.
    leading: Vec<bool>,
    /// For each entity, whether a mention of it stands after a preposition of place.
    placed: Vec<bool>,
    /// For each entity, whether a mention of it is `leading`: it speaks somewhere.
    speaks: Vec<bool>,
}

impl<'a, 't> Resolver<'a, 't> {
    /// The resolver of `doc`, its mentions linked into entities, for its claims.
    pub(super) fn new(
        doc: &'a Doc<'t>,
        mentions: &'a [Mention],
        entities: &'a [Entity],
        entity_of: &'a [EntityId],
        claims: &[Found],
    ) -> Self {
        let mut quoted: Vec<Span> = claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Direct)
            .flat_map(Found::parts)
            .collect();
        crate::sort::sort_spans(&mut quoted);
        let (speaking, leading) = speaking_and_leading(mentions, claims);
        let names_a_speaker = names_a_speaker(doc, mentions, &speaking);
        // (One plain loop for both: each collected iterator brings collecting code of its own
        // into the wasm.)
        let mut named = Vec::with_capacity(entities.len());
        let mut speaks = Vec::with_capacity(entities.len());
        for e in entities {
            named.push(
                e.mentions
                    .iter()
                    .any(|&m| !mentions[m].weak || names_a_speaker[m.0]),
            );
            speaks.push(e.mentions.iter().any(|&m| leading[m.0]));
        }
        Resolver {
            doc,
            mentions,
            entities,
            entity_of,
            quoted,
            named,
            placed: placed(doc, mentions, entity_of, entities.len()),
            speaks,
            leading,
        }
    }

    /// Whether sentence `s` names a person with an honorific or a given name ("Sen. Bernie
    /// Sanders"; not "Sioux City" or "Carrier", which only look like names).
    pub(super) fn names_a_person(&self, s: usize) -> bool {
        self.mentions.iter().any(|m| {
            self.doc.sentence_of(m.first) == s
                && (m.honorific.is_some()
                    || crate::data::given_name_gender(self.doc.word(m.first)) != Gender::Unknown)
        })
    }

    /// The first mention of sentence `s`, if it stands there.
    fn first_mention_of(&self, s: usize) -> Option<usize> {
        let range = &self.doc.sentences[s];
        let first = starting_before(self.mentions, range.start);
        (first < self.mentions.len() && self.mentions[first].first < range.end).then_some(first)
    }

    /// The person a paragraph of one sentence, `s`, opens with, its subject: "Colette
    /// Cunningham, who has worked in A&E for 20 years, was blunt." (past titles: "Nurse Ana
    /// Ruiz …").
    pub(super) fn lone_sentence_subject(&self, s: usize) -> Option<EntityId> {
        let doc = self.doc;
        let range = &doc.sentences[s];
        let alone = doc.opens_line(range.start)
            && (range.end >= doc.tokens.len() || doc.tokens[range.end].kind == Kind::Break);
        let k = self.first_mention_of(s).filter(|_| alone)?;
        let m = &self.mentions[k];
        let e = self.entity_of[k];
        (m.kind == SpeakerKind::Person
            && (range.start..m.first).all(|i| TITLES.contains(doc.word(i)))
            // (Not a name alone: "Pause.")
            && (m.last + 1..range.end).any(|i| doc.tokens[i].kind == Kind::Word)
            // (A person's full name: not "Based on …".)
            && self.entities[e].given.is_some())
        .then_some(e)
    }

    /// The organization named first in sentence `s`, as its subject (after "The" at most):
    /// "The Kremlin rejected the criticism."
    pub(super) fn opening_organization(&self, s: usize) -> Option<EntityId> {
        let start = self.doc.sentences[s].start;
        let k = self.first_mention_of(s)?;
        let m = &self.mentions[k];
        (m.kind == SpeakerKind::Organization
            && (m.first == start || m.first == start + 1 && self.doc.word(start) == "The"))
            .then_some(self.entity_of[k])
    }

    /// The document that opens sentence `s` as its subject, after its article and at most
    /// [`DOCUMENT_MODIFIERS`] words, before its verb: "The study analyzed …", "The new report
    /// says …"; its first and last token.
    pub(super) fn opening_document(&self, s: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        let range = &doc.sentences[s];
        if !ARTICLES.contains(Lowercase::new(doc.word(range.start)).as_str()) {
            return None;
        }
        (range.start + 1..range.end.min(range.start + 2 + DOCUMENT_MODIFIERS))
            .take_while(|&k| doc.tokens[k].kind == Kind::Word && !doc.is_capitalized(k))
            .find(|&k| DOCUMENTS.contains(doc.word(k)))
            .filter(|&k| k + 1 < range.end && doc.tokens[k + 1].kind == Kind::Word)
            .map(|k| (range.start, k))
    }

    /// Whether mention `p`, a capitalized first word (or an organization after one) that
    /// speaks for no one, describes the name `m` a word or two after it: "Opposition leader
    /// Rahul Gandhi", "Former United captain Gary Neville" (not "with Fox News's Chris
    /// Wallace").
    fn describes(&self, p: usize, m: usize) -> bool {
        let speaks = self.leading[p];
        let (p, m) = (&self.mentions[p], &self.mentions[m]);
        let opening = self.doc.sentences[self.doc.sentence_of(p.first)].start;
        (p.weak || p.kind == SpeakerKind::Organization && p.first <= opening + 1)
            && !self.doc.possessive_after(p.last)
            && !speaks
            && p.last + 3 >= m.first
            && (p.last + 1..m.first).all(|i| {
                self.doc.tokens[i].kind == crate::text::Kind::Word
                    && !DESCRIPTION_BREAKS.contains(self.doc.word(i))
            })
    }

    /// The person a pronoun at `token` of `gender` stands for, named at token `since` or after
    /// and not in the content `own` of the pronoun's claim ("Mr. Trump, he said, is a genius"),
    /// and not `ruled_out` (one the pronouns before called by the other gender), and whether
    /// that mention is a subject or a source (else it is only the nearest).
    pub(super) fn antecedent(
        &self,
        token: usize,
        gender: Gender,
        since: usize,
        own: Span,
        ruled_out: impl Fn(EntityId) -> bool,
    ) -> Option<(EntityId, bool)> {
        let at = self.doc.tokens[token].span.start;
        let sentence = self.doc.sentence_of(token);
        let mut nearest = None;
        let before = self.mentions.partition_point(|m| m.span.end <= at);
        let earliest = before.saturating_sub(ANTECEDENT_MENTIONS);
        for (k, m) in self.mentions[..before]
            .iter()
            .enumerate()
            .skip(earliest)
            .rev()
        {
            let s = self.doc.sentence_of(m.first);
            if s + ANTECEDENT_WINDOW < sentence || m.first < since {
                break;
            }
            let Some(signless) = self.fits(k, gender, own) else {
                continue;
            };
            let e = self.entity_of[k];
            if ruled_out(e) {
                continue;
            }
            let far = s + SUBJECT_WINDOW < sentence;
            if far && signless {
                continue;
            }
            if !signless {
                nearest.get_or_insert(e);
            }
            if far {
                break;
            }
            if self.is_subject(k, token, signless) || self.leading[k] {
                return Some((e, true));
            }
        }
        nearest.map(|e| (e, false))
    }

    /// Whether mention `k` may stand for a pronoun of `gender` outside `own`, and if so whether
    /// it is signless: a name with no sign of a person, no honorific, no known given name and
    /// never a source.
    fn fits(&self, k: usize, gender: Gender, own: Span) -> Option<bool> {
        let m = &self.mentions[k];
        let e = self.entity_of[k];
        let g = m
            .honorific
            .filter(|g| *g != Gender::Unknown)
            .unwrap_or(self.entities[e].gender);
        let quoted = {
            let q = self.quoted.partition_point(|q| q.start <= m.span.start);
            q > 0 && self.quoted[q - 1].contains(m.span)
        };
        let fits = m.kind == SpeakerKind::Person
            && (g == gender || g == Gender::Unknown)
            && self.named[e.0]
            && !quoted
            && !own.contains(m.span);
        // Without an honorific, a given name tells: "Angela Merkel" is no "he".
        let by_name = self.entities[e].name_gender;
        if !fits || g == Gender::Unknown && by_name == gender.other() {
            return None;
        }
        // A state or province is no "he" or "she", though it speaks ("Iowa voted for …").
        if g == Gender::Unknown
            && by_name == Gender::Unknown
            && crate::countries::is_region(&self.entities[e].name)
        {
            return None;
        }
        // A name with no sign of a person is no one's when it is named as a place ("in
        // Cleveland", "in Fort Pierce"). Else it stands for a pronoun only as a subject
        // ("Michigan is …"); a given name alone is a sign, of no gender ("His wife, Donna,
        // disagrees", but "Clinton" may be a surname).
        let unmarked = g == Gender::Unknown && by_name == Gender::Unknown && !self.speaks[e.0];
        if unmarked && self.placed[e.0] {
            return None;
        }
        Some(unmarked && crate::data::given_name_gender(&self.entities[e].name) == Gender::Unknown)
    }

    /// Whether mention `k` is the subject of its sentence, as a pronoun at `token` reads it.
    fn is_subject(&self, k: usize, token: usize, signless: bool) -> bool {
        let m = &self.mentions[k];
        let s = self.doc.sentence_of(m.first);
        let sentence = self.doc.sentence_of(token);
        // Prefer the subject of a recent sentence: the first name in it, or in its main
        // clause ("When Cuomo pointed out …, Giuliani interrupted him", "Repeating his
        // speech at the Democratic National Convention, Biden rubbished …").
        let range = &self.doc.sentences[s];
        let opener = self.doc.word(range.start);
        let participle = range.start + 1 < range.end
            && crate::grammar::opens_participle(opener, self.doc.word(range.start + 1));
        let main = if crate::grammar::opens_subordinate_clause(opener) || participle {
            (range.start..range.end.min(range.start + MAIN_CLAUSE_REACH))
                .find(|&i| self.doc.is_punct(i, ","))
                .map_or(range.start, |c| c + 1)
        } else {
            range.start
        };
        // (A name set off by commas is an apposition: "Without naming his successor,
        // Donald J. Trump, he said …".)
        // (But a name after the description that opens the sentence is its subject:
        // "Israel's prime minister, Benjamin Netanyahu, went further.")
        let apposed = |m: &Mention| {
            m.first > main
                && self.doc.is_punct(m.first - 1, ",")
                && m.last + 1 < self.doc.tokens.len()
                && self.doc.is_punct(m.last + 1, ",")
                && !(m.first - 1 - main <= DESCRIPTION_WORDS
                    && (main..m.first - 1).all(|i| {
                        let w = self.doc.word(i);
                        self.doc.tokens[i].kind == crate::text::Kind::Word
                            && !crate::grammar::past_form(w)
                            && !w.ends_with("ing")
                            && !crate::data::cues::AUXILIARIES.contains(w)
                    }))
        };
        // (Not the owner of a description before an apposed name: "Ms Nguyen's neighbour, Beth
        // Carter, was unconvinced" is told of Beth Carter.)
        let owner_of_description = |p: &Mention, m: &Mention| {
            self.doc.possessive_after(p.last)
                && self.doc.is_punct(m.first - 1, ",")
                && m.first - p.last <= DESCRIPTION_WORDS
        };
        // (Nor one after a "he" or "she": "The difference now, he told me, is that he
        // seems kinder to Mr. Trump".)
        // (Nor a name that is its sentence alone, a heading: "Gender Equality.")
        let first_in_sentence = |k: usize| {
            let first = self.mentions[k].first;
            first >= main
                && (self.mentions[k].last + 1..range.end)
                    .any(|i| self.doc.tokens[i].kind == crate::text::Kind::Word)
                && !apposed(&self.mentions[k])
                && self.mentions[..k].last().is_none_or(|p| {
                    p.first < main
                        || self.doc.sentence_of(p.first) != s
                        || owner_of_description(p, &self.mentions[k])
                })
                && !(main.max(first.saturating_sub(MAIN_CLAUSE_REACH))..first)
                    .any(|i| HE_OR_SHE.contains(self.doc.word(i)))
        };
        // Or, in the pronoun's own sentence, the subject of the clause it stands in:
        // "saying Trump had pressured them because he wanted …".
        // (Not past ", but": "said that Trump will release them, but he declined …".)
        let clause_subject = s == sentence
            && m.first > 0
            && SAID_LEADS.contains(self.doc.word(m.first - 1))
            && !(m.last..token).any(|i| self.doc.is_punct(i, ",") && self.doc.word(i + 1) == "but");
        let subject = first_in_sentence(k)
            || k > 0 && first_in_sentence(k - 1) && self.describes(k - 1, k)
            || clause_subject;
        // Or a source named just before: "he said" goes on with the last speaker.
        // (Not one after an article or a preposition: "In Honolulu, he told …", "He helped
        // shape the Fair Sentencing Act".)
        let governed = signless && m.first > 0 && {
            let before = Lowercase::new(self.doc.word(m.first - 1));
            ARTICLES.contains(before.as_str())
                || crate::data::cues::PREPOSITIONS.contains(before.as_str())
        };
        subject && !governed
    }
}

/// Which mentions name a claim's source, and which of them one that is not told inside another
/// claim ("Mr. Assange has said that WikiLeaks will publish …": WikiLeaks speaks only there).
fn speaking_and_leading(mentions: &[Mention], claims: &[Found]) -> (Vec<bool>, Vec<bool>) {
    let mut speaking = vec![false; mentions.len()];
    let mut leading = vec![false; mentions.len()];
    let mut reach = 0;
    for c in claims {
        if let Source::Named(m) = c.source {
            speaking[m.0] = true;
            leading[m.0] |= c.cue.is_none_or(|cue| cue.start >= reach);
        }
        reach = reach.max(c.span.end);
    }
    (speaking, leading)
}

/// For each mention, whether a sentence's first word names a speaker: "Johnson told reporters
/// …", unless the article writes it in lowercase elsewhere ("Delegates questioned …") or it is
/// a noun that sources are ("Reporters asked …").
fn names_a_speaker(doc: &Doc, mentions: &[Mention], speaking: &[bool]) -> Vec<bool> {
    let mut openers = Vec::new();
    let mut spans = Vec::new();
    for (m, mention) in mentions.iter().enumerate() {
        if mention.weak && speaking[m] {
            openers.push(m);
            spans.push(mention.span);
        }
    }
    let mut names = vec![false; mentions.len()];
    for (&m, lowercase) in openers.iter().zip(doc.written_lowercase(&spans)) {
        let noun = SOURCE_NOUNS.contains(Lowercase::new(mentions[m].span.text(doc.text)).as_str());
        names[m] = !lowercase && !noun;
    }
    names
}

/// For each entity, whether a mention of it stands after a preposition of place, past a
/// modifier too ("in neighbouring Punjab"); "in Tulsa, Oklahoma": a name after a place and its
/// comma is one too.
fn placed(doc: &Doc, mentions: &[Mention], entity_of: &[EntityId], entities: usize) -> Vec<bool> {
    let locative = |w: &str| LOCATIVES.contains(Lowercase::new(w).as_str());
    let located = |m: &Mention| {
        let first = doc.with_modifier(m.first, locative);
        first > 0 && locative(doc.word(first - 1))
    };
    let mut placed = vec![false; entities];
    for (k, m) in mentions.iter().enumerate() {
        let after_place = k > 0
            && mentions[k - 1].last + 2 == m.first
            && doc.is_punct(m.first - 1, ",")
            && located(&mentions[k - 1]);
        placed[entity_of[k].0] |= located(m) || after_place;
    }
    placed
}

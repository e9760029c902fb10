//! newsmark marks who speaks, which countries are named and what is claimed, by whom, in a news
//! article. It is pure Rust with no model to load, small enough to run in a reader's browser
//! as WebAssembly.
//!
//! ```
//! let text = "Russia vetoed it. \"We regret it,\" Mr Lavrov said.";
//! let marks = newsmark::annotate(text);
//!
//! assert_eq!(marks.countries[0].code, "RU");
//! assert_eq!(marks.speakers[0].name, "Lavrov");
//! let claim = &marks.claims[0];
//! assert_eq!(&text[claim.start..claim.end], "We regret it,");
//! assert_eq!(claim.speaker, Some(0));
//! ```
//!
//! Offsets are bytes in Rust; [`Annotations::to_utf16`] turns them into the UTF-16 code units
//! of the JSON answer that the browser build and the `newsmark` command give.

pub mod annotations;
pub mod claims;
pub mod countries;
mod data;
mod offsets;
pub mod speakers;
mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use annotations::{
    Annotations, Claim, ClaimKind, Country, CountryMention, Form, Span, Speaker, SpeakerKind,
};

use claims::Source;
use data::words::Gender;
use speakers::{Entity, Mention};

/// Marks the speakers, countries and claims of `text`, with byte offsets.
pub fn annotate(text: &str) -> Annotations {
    let doc = text::Doc::new(text);
    let found_countries = countries::find(text);
    let mentions = speakers::find_mentions(&doc, &found_countries);
    let found_claims = claims::find(&doc, &mentions);
    let (entities, entity_of) = speakers::link(&mentions);
    let quoted: Vec<Span> = found_claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Direct)
        .map(|c| c.span)
        .collect();
    let resolver = Resolver {
        doc: &doc,
        mentions: &mentions,
        entities: &entities,
        entity_of: &entity_of,
        quoted: &quoted,
    };

    // Speakers are the entities and noun phrases that are the source of a claim, numbered by
    // first mention.
    let mut phrases = Phrases::default();
    let sources: Vec<Option<Who>> = found_claims
        .iter()
        .map(|c| match c.source {
            Source::Nominal(first, last) => Some(Who::Phrase(phrases.add(&doc, first, last))),
            source => resolver.entity(source).map(Who::Entity),
        })
        .collect();
    let first_mention = |w: Who| match w {
        Who::Entity(e) => mentions[entities[e].mentions[0]].span.start,
        Who::Phrase(p) => phrases.list[p].spans[0].start,
    };
    let mut speaking: Vec<Who> = sources.iter().flatten().copied().collect();
    speaking.sort_by_key(|&w| (first_mention(w), w));
    speaking.dedup();
    let speakers = speaking
        .iter()
        .enumerate()
        .map(|(id, &w)| match w {
            Who::Entity(e) => Speaker {
                id,
                name: entities[e].name.clone(),
                kind: entities[e].kind,
                mentions: entities[e]
                    .mentions
                    .iter()
                    .map(|&m| mentions[m].span)
                    .collect(),
            },
            Who::Phrase(p) => {
                let phrase = &phrases.list[p];
                Speaker {
                    id,
                    name: phrase.name.clone(),
                    kind: phrase.kind,
                    mentions: phrase.spans.clone(),
                }
            }
        })
        .collect();
    let claims = found_claims
        .iter()
        .zip(&sources)
        .map(|(c, w)| Claim {
            start: c.span.start,
            end: c.span.end,
            kind: c.kind,
            speaker: w.and_then(|w| speaking.iter().position(|&s| s == w)),
            cue: c.cue,
        })
        .collect();
    Annotations {
        speakers,
        countries: countries::group(&found_countries),
        claims,
    }
}

/// A speaker: an entity of named mentions, or a noun phrase that is a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Entity(usize),
    Phrase(usize),
}

/// Source noun phrases ("the campaign", "a Homeland Security Department official"), one entry
/// for each wording, its determiner aside.
#[derive(Default)]
struct Phrases {
    list: Vec<Phrase>,
}

struct Phrase {
    key: String,
    name: String,
    kind: SpeakerKind,
    spans: Vec<Span>,
}

impl Phrases {
    /// Adds the phrase of tokens `first..=last` and returns its index.
    fn add(&mut self, doc: &text::Doc, first: usize, last: usize) -> usize {
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        let name = span.text(doc.text);
        let key = name.to_lowercase();
        let key = ["the ", "a ", "an "]
            .iter()
            .find_map(|d| key.strip_prefix(d))
            .unwrap_or(&key)
            .to_string();
        if let Some(k) = self.list.iter().position(|p| p.key == key) {
            let spans = &mut self.list[k].spans;
            if let Err(at) = spans.binary_search(&span) {
                spans.insert(at, span);
            }
            return k;
        }
        let head = doc.word(last);
        let organization = data::words::ORGANIZATION_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(head))
            || data::cues::DOCUMENTS.contains(&head);
        let kind = if organization {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Person
        };
        self.list.push(Phrase {
            key,
            name: name.to_string(),
            kind,
            spans: vec![span],
        });
        self.list.len() - 1
    }
}

/// Resolves a claim's source to an entity: a named mention directly, a pronoun to the person
/// last named before it, outside quotes, of a compatible gender.
struct Resolver<'a, 't> {
    doc: &'a text::Doc<'t>,
    mentions: &'a [Mention],
    entities: &'a [Entity],
    entity_of: &'a [usize],
    quoted: &'a [Span],
}

impl Resolver<'_, '_> {
    fn entity(&self, source: Source) -> Option<usize> {
        match source {
            Source::Named(m) => Some(self.entity_of[m]),
            Source::Pronoun(token, Some(gender)) => self.antecedent(token, gender),
            Source::Pronoun(_, None) | Source::Nominal(..) | Source::Unnamed => None,
        }
    }

    fn antecedent(&self, token: usize, gender: Gender) -> Option<usize> {
        let at = self.doc.tokens[token].span.start;
        let sentence = self.doc.sentence_of(token);
        let candidates = self.mentions[..self.mentions.partition_point(|m| m.span.end <= at)]
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, m)| {
                m.kind == SpeakerKind::Person && !self.quoted.iter().any(|q| q.contains(m.span))
            })
            .filter(|(k, m)| {
                let e = &self.entities[self.entity_of[*k]];
                let g = m
                    .honorific
                    .filter(|g| *g != Gender::Unknown)
                    .unwrap_or(e.gender);
                g == gender || g == Gender::Unknown
            })
            .filter(|(k, _)| {
                self.entities[self.entity_of[*k]]
                    .mentions
                    .iter()
                    .any(|&i| !self.mentions[i].weak)
            });
        let mut nearest = None;
        for (k, m) in candidates {
            nearest.get_or_insert(k);
            let s = self.doc.sentence_of(m.first);
            if s + 3 < sentence {
                break;
            }
            // Prefer the subject of a recent sentence: the first name in it.
            let subject = self.mentions[..k]
                .last()
                .is_none_or(|p| self.doc.sentence_of(p.first) != s);
            if subject {
                return Some(self.entity_of[k]);
            }
        }
        nearest.map(|k| self.entity_of[k])
    }
}

//! Speakers as the resolution knows them: named entities, and source noun phrases
//! ("officials", "a Homeland Security Department official"), one entry for each wording.

use crate::annotations::{Span, SpeakerKind};
use crate::data::cues::{DOCUMENTS, INFORMED, PREPOSITIONS, TIME_WORDS};
use crate::data::words::ORGANIZATION_WORDS;
use crate::grammar::past_form;
use crate::speakers::EntityId;
use crate::text::{Doc, capitalized};

/// A speaker: an entity of named mentions, or a noun phrase that is a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Who {
    Entity(EntityId),
    Phrase(usize),
}

/// Source noun phrases ("the campaign", "a Homeland Security Department official"), one entry
/// for each wording, its determiner aside.
#[derive(Default)]
pub(super) struct Phrases {
    pub(super) list: Vec<Phrase>,
    /// Each phrase's wording in lowercase, without its determiner, with its index. (A list:
    /// a text has a few dozen phrases, and a map of strings would bring a copy of the hash
    /// table's code of its own into the wasm.)
    by_key: Vec<(String, usize)>,
}

pub(super) struct Phrase {
    pub(super) name: String,
    pub(super) kind: SpeakerKind,
    pub(super) spans: Vec<Span>,
    /// Its head noun, in lowercase ("official" of "A senior administration official").
    pub(super) head: String,
    /// Whether it is a name, a country's ("Russia said"), rather than a description.
    pub(super) named: bool,
}

impl Phrases {
    /// Adds the phrase of tokens `first..=last`, of `kind` if known, and returns its index.
    pub(super) fn add(
        &mut self,
        doc: &Doc,
        first: usize,
        last: usize,
        kind: Option<SpeakerKind>,
    ) -> usize {
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        let name = span.text(doc.text);
        let key = name.to_ascii_lowercase();
        let key = "the |a |an "
            .split('|')
            .find_map(|d| key.strip_prefix(d))
            .unwrap_or(&key)
            .to_string();
        if let Some(&(_, k)) = self.by_key.iter().find(|(known, _)| *known == key) {
            let spans = &mut self.list[k].spans;
            if let Err(at) = spans.binary_search(&span) {
                spans.insert(at, span);
            }
            return k;
        }
        // The head stands before any preposition, participle or relative clause that qualifies
        // it: "A spokesman for the State Department", "A study released by the department",
        // "A poll released Friday", "Officials who spoke with reporters". ("people familiar
        // with the matter", "a source close to the Kremlin")
        let prepositional = |k: usize| {
            PREPOSITIONS.contains(doc.word(k))
                || INFORMED.contains(doc.word(k))
                || doc.word(k) == "who"
        };
        let participle = |k: usize| {
            k < last
                && past_form(doc.word(k))
                && doc.word(k).starts_with(char::is_lowercase)
                && (prepositional(k + 1) || TIME_WORDS.contains(doc.word(k + 1)))
        };
        let head = (first..=last)
            .take_while(|&k| k == first || !prepositional(k) && !participle(k))
            .last()
            .map_or(doc.word(last), |k| doc.word(k));
        let head_key = head.to_ascii_lowercase();
        // "the official" after "A senior administration official": a short definite
        // description names the last source with its head.
        let definite = matches!(doc.word(first), "the" | "The") && last == first + 1;
        if let Some(k) = definite
            .then(|| self.list.iter().rposition(|p| p.head == head_key))
            .flatten()
        {
            let spans = &mut self.list[k].spans;
            if let Err(at) = spans.binary_search(&span) {
                spans.insert(at, span);
            }
            self.by_key.push((key, k));
            return k;
        }
        let organization =
            ORGANIZATION_WORDS.contains(&capitalized(head)) || DOCUMENTS.contains(&head_key);
        // (Only a state's name comes with its kind: "Russia said".)
        let named = kind.is_some();
        let kind = kind.unwrap_or(if organization {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Person
        });
        self.by_key.push((key, self.list.len()));
        self.list.push(Phrase {
            name: name.to_string(),
            kind,
            spans: vec![span],
            head: head_key,
            named,
        });
        self.list.len() - 1
    }
}

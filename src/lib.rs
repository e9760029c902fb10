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
mod grammar;
mod offsets;
pub mod rules;
pub mod speakers;
mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use annotations::{
    Annotations, Claim, ClaimKind, Country, CountryMention, Form, InvalidAnswer, Span, Speaker,
    SpeakerKind,
};

use claims::Source;
use data::FastMap;
use data::cues::SOURCE_NOUNS;
use data::words::{ARTICLES, Gender, HE_OR_SHE};
use speakers::{Entity, Mention};
use text::Lowercase;

/// Marks the speakers, countries and claims of `text`, with byte offsets.
pub fn annotate(text: &str) -> Annotations {
    let doc = text::Doc::new(text);
    let found_countries = countries::find_in(&doc);
    let mentions = speakers::find_mentions(&doc, &found_countries);
    let found_claims = claims::find(&doc, &mentions, &found_countries);
    let (entities, entity_of) = speakers::link(text, &mentions);
    let quoted: Vec<Span> = found_claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Direct)
        .map(|c| c.span)
        .collect();
    // Which mentions name a claim's source, and which one that is not told inside another
    // claim ("Mr. Assange has said that WikiLeaks will publish …": WikiLeaks speaks only there).
    let (speaking, leading) = {
        let mut speaking = vec![false; mentions.len()];
        let mut leading = vec![false; mentions.len()];
        let mut reach = 0;
        for c in &found_claims {
            if let Source::Named(m) = c.source {
                speaking[m] = true;
                leading[m] |= c.cue.is_none_or(|cue| cue.start >= reach);
            }
            reach = reach.max(c.span.end);
        }
        (speaking, leading)
    };
    // "Johnson told reporters …": a sentence's first word is a name when it speaks, unless
    // the article writes it in lowercase elsewhere ("Delegates questioned …") or it is a noun
    // that sources are ("Reporters asked …").
    let openers: Vec<usize> = (0..mentions.len())
        .filter(|&m| mentions[m].weak && speaking[m])
        .collect();
    let spans: Vec<Span> = openers.iter().map(|&m| mentions[m].span).collect();
    let mut names_a_speaker = vec![false; mentions.len()];
    for (&m, lowercase) in openers.iter().zip(doc.written_lowercase(&spans)) {
        let noun = SOURCE_NOUNS.contains(Lowercase::new(mentions[m].span.text(text)).as_str());
        names_a_speaker[m] = !lowercase && !noun;
    }
    let resolver = Resolver {
        doc: &doc,
        mentions: &mentions,
        entities: &entities,
        entity_of: &entity_of,
        quoted: &quoted,
        placed: {
            // "in Tulsa, Oklahoma": a name after a place and its comma is one too.
            let located = |m: &Mention| {
                m.first > 0
                    && data::words::LOCATIVES
                        .contains(Lowercase::new(doc.word(m.first - 1)).as_str())
            };
            let mut placed = vec![false; entities.len()];
            for (k, m) in mentions.iter().enumerate() {
                let after_place = k > 0
                    && mentions[k - 1].last + 2 == m.first
                    && doc.is_punct(m.first - 1, ",")
                    && located(&mentions[k - 1]);
                placed[entity_of[k]] |= located(m) || after_place;
            }
            placed
        },
        named: entities
            .iter()
            .map(|e| {
                e.mentions
                    .iter()
                    .any(|&m| !mentions[m].weak || names_a_speaker[m])
            })
            .collect(),
        speaks: entities
            .iter()
            .map(|e| e.mentions.iter().any(|&m| leading[m]))
            .collect(),
        leading,
    };

    // Speakers are the entities and noun phrases that are the source of a claim, numbered by
    // first mention.
    let mut phrases = Phrases::default();
    // Descriptions that stand for a named entity, marked as its mentions.
    let mut described: Vec<Vec<Span>> = vec![Vec::new(); entities.len()];
    // The organization that spoke last and the sentence of its claim: "it said" goes on
    // with it ("Pakistan's foreign ministry rejected the charge. …, it said").
    let mut last_organization: Option<(Who, usize)> = None;
    // Where the last claim's content starts, and its speaker when a person: "The Alabama
    // senator added that he believed …": a "he" that opens that content is that speaker.
    let mut last_person: Option<(usize, Who)> = None;
    // The first token of the last description that stood for a named entity, and the entity:
    // "he" after "The president acknowledged …" may be the president, though named earlier.
    let mut last_described: Option<(usize, usize)> = None;
    // The sentence of the last claim whose speaker is a named person, and that person.
    let mut last_speaker: Option<(usize, usize)> = None;
    // The same for a person named by a description, since the last named one: "The senator said
    // the bill would pass. “We have the votes,” she added."
    let mut last_phrase: Option<(usize, Who)> = None;
    // And for a group a description named, since the last other speaker: "McConnell aides
    // acknowledged … But they emphasized …".
    let mut last_group: Option<(usize, Who)> = None;
    // Who such a slot holds, if it spoke at most two sentences before token `token`.
    let recent = |slot: Option<(usize, Who)>, token: usize| {
        slot.filter(|&(s, _)| doc.sentence_of(token) <= s + 2)
            .map(|(_, w)| w)
    };
    let fits = |e: usize, gender: Gender| {
        entities[e].gender != gender.other() && entities[e].name_gender != gender.other()
    };
    let sources: Vec<Option<Who>> = found_claims
        .iter()
        .map(|c| {
            let opens_content = |token: usize, gender: Gender| {
                let (start, w) = last_person?;
                let fits = match w {
                    Who::Entity(e) => fits(e, gender),
                    Who::Phrase(_) => true,
                };
                let subject = matches!(doc.word(token), "he" | "she");
                (fits && subject && start == doc.tokens[token].span.start).then_some(w)
            };
            let inherited = match c.source {
                Source::Pronoun(token, Some(gender)) => opens_content(token, gender),
                _ => None,
            };
            let who = match c.source {
                _ if inherited.is_some() => inherited,
                // "the chancellor" after "Chancellor Angela Merkel" is Angela Merkel.
                Source::Nominal(first, last) => Some(
                    match speakers::titled(&doc, &mentions, first, last, ANTECEDENT_WINDOW) {
                        Some(m) => {
                            let span =
                                Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
                            described[entity_of[m]].push(span);
                            last_described = Some((first, entity_of[m]));
                            Who::Entity(entity_of[m])
                        }
                        None => Who::Phrase(phrases.add(&doc, first, last, None)),
                    },
                ),
                Source::State(first, last) => Some(Who::Phrase(phrases.add(
                    &doc,
                    first,
                    last,
                    Some(SpeakerKind::Organization),
                ))),
                Source::Pronoun(token, None) if matches!(doc.word(token), "it" | "It" | "its") => {
                    last_organization
                        .filter(|&(_, s)| s + 2 >= doc.sentence_of(token))
                        .map(|(w, _)| w)
                }
                // A person named after the description, or else the one it stands for.
                Source::Pronoun(token, Some(gender)) => match last_described {
                    Some((first, e))
                        if fits(e, gender)
                            && doc.sentence_of(token) <= doc.sentence_of(first) + 3 =>
                    {
                        // (Not one named in the description's sentence: "The senator said he
                        // would close loopholes Donald Trump used.")
                        let next = doc.sentences[doc.sentence_of(first)].end;
                        Some(
                            resolver
                                .antecedent(token, gender, next, c.span)
                                .map_or(e, |(e, _)| e),
                        )
                    }
                    // "He warned …, he said …. “…,” he said.": a "he" the text names no subject
                    // for since goes on with the last claim's person.
                    _ => match resolver.antecedent(token, gender, 0, c.span) {
                        Some((e, true)) => Some(e),
                        // "The BNP leader said: “…” He reiterated …": else a person described
                        // as the last source, before a name that is only the nearest.
                        _ if last_phrase.is_some_and(|(s, _)| {
                            doc.sentence_of(token) <= s + 1
                                && last_speaker.is_none_or(|(t, _)| t <= s)
                        }) =>
                        {
                            None
                        }
                        // (Only a subject "he" or "she", for one known to be a man or a woman.)
                        nearest => last_speaker
                            .filter(|&(s, e)| {
                                let known = entities[e].gender == gender
                                    || entities[e].name_gender == gender;
                                known
                                    && HE_OR_SHE.contains(doc.word(token))
                                    && doc.sentence_of(token) <= s + 3
                            })
                            .map(|(_, e)| e)
                            .or(nearest.map(|(e, _)| e)),
                    },
                }
                .map(Who::Entity)
                .or_else(|| recent(last_phrase, token)),
                Source::Named(m) => Some(Who::Entity(entity_of[m])),
                Source::Pronoun(token, None) if matches!(doc.word(token), "they" | "They") => {
                    recent(last_group, token)
                }
                Source::Pronoun(..) | Source::Unnamed => None,
            };
            let organization = |w: Who| match w {
                Who::Entity(e) => entities[e].kind == SpeakerKind::Organization,
                Who::Phrase(p) => phrases.list[p].kind == SpeakerKind::Organization,
            };
            last_person = who.filter(|&w| !organization(w)).map(|w| (c.span.start, w));
            let at = doc.tokens.partition_point(|t| t.span.end <= c.span.start);
            let sentence = doc.sentence_of(at.min(doc.tokens.len() - 1));
            match last_person {
                Some((_, Who::Entity(e))) => {
                    last_speaker = Some((sentence, e));
                    last_phrase = None;
                    last_group = None;
                }
                // (One person: "officials" are no "he", but "they".)
                Some((_, Who::Phrase(p))) => {
                    let plural = phrases.list[p].head.ends_with('s');
                    last_phrase = (!plural).then_some((sentence, Who::Phrase(p)));
                    last_group = plural.then_some((sentence, Who::Phrase(p)));
                }
                None => {}
            }
            if let Some(w) = who.filter(|&w| organization(w)) {
                last_organization = Some((w, sentence));
            }
            who
        })
        .collect();
    let first_mention = |w: Who| match w {
        Who::Entity(e) => mentions[entities[e].mentions[0]].span.start,
        Who::Phrase(p) => phrases.list[p].spans[0].start,
    };
    let mut speaking: Vec<Who> = sources.iter().flatten().copied().collect();
    // Entities before phrases that a mention opens alike, each by number.
    sort_by_key(&mut speaking, |&w| match w {
        Who::Entity(e) => (first_mention(w), e),
        Who::Phrase(p) => (first_mention(w), entities.len() + p),
    });
    speaking.dedup();
    let speakers = speaking
        .iter()
        .enumerate()
        .map(|(id, &w)| match w {
            Who::Entity(e) => {
                let mut spans: Vec<Span> = entities[e]
                    .mentions
                    .iter()
                    .map(|&m| mentions[m].span)
                    .collect();
                for &span in &described[e] {
                    if let Err(at) = spans.binary_search(&span) {
                        spans.insert(at, span);
                    }
                }
                Speaker {
                    id,
                    name: entities[e].name.clone(),
                    kind: entities[e].kind,
                    mentions: spans,
                }
            }
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
    // The speaker id of each entity and phrase that speaks.
    let mut entity_id = vec![None; entities.len()];
    let mut phrase_id = vec![None; phrases.list.len()];
    for (id, &w) in speaking.iter().enumerate() {
        match w {
            Who::Entity(e) => entity_id[e] = Some(id),
            Who::Phrase(p) => phrase_id[p] = Some(id),
        }
    }
    let id_of = |w: Who| match w {
        Who::Entity(e) => entity_id[e],
        Who::Phrase(p) => phrase_id[p],
    };
    let within = claims::within_longer(&found_claims);
    let claims = found_claims
        .iter()
        .zip(&sources)
        .zip(within)
        .filter(|(_, within)| !within)
        .map(|((c, w), _)| Claim {
            start: c.span.start,
            end: c.span.end,
            kind: c.kind,
            speaker: w.and_then(id_of),
            cue: c.cue,
        })
        .collect();
    Annotations {
        speakers,
        countries: countries::group(&found_countries),
        claims,
    }
}

/// Sorts `items` by `key`, equal keys in their order. The crate's one sort: each sort of a
/// type of its own would add a copy of the standard library's sort to the wasm.
pub(crate) fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> (usize, usize)) {
    let mut keys: Vec<(usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (a, b) = key(item);
            (a, b, i)
        })
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keys.iter().filter_map(|&(_, _, i)| slots[i].take()));
}

/// A speaker: an entity of named mentions, or a noun phrase that is a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Entity(usize),
    Phrase(usize),
}

/// Source noun phrases ("the campaign", "a Homeland Security Department official"), one entry
/// for each wording, its determiner aside.
#[derive(Default)]
struct Phrases {
    list: Vec<Phrase>,
    by_key: FastMap<String, usize>,
}

struct Phrase {
    name: String,
    kind: SpeakerKind,
    spans: Vec<Span>,
    /// Its head noun, in lowercase ("official" of "A senior administration official").
    head: String,
}

impl Phrases {
    /// Adds the phrase of tokens `first..=last`, of `kind` if known, and returns its index.
    fn add(
        &mut self,
        doc: &text::Doc,
        first: usize,
        last: usize,
        kind: Option<SpeakerKind>,
    ) -> usize {
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        let name = span.text(doc.text);
        let key = name.to_ascii_lowercase();
        let key = ["the ", "a ", "an "]
            .iter()
            .find_map(|d| key.strip_prefix(d))
            .unwrap_or(&key)
            .to_string();
        if let Some(&k) = self.by_key.get(&key) {
            let spans = &mut self.list[k].spans;
            if let Err(at) = spans.binary_search(&span) {
                spans.insert(at, span);
            }
            return k;
        }
        // The head stands before any preposition or participle that qualifies it: "A
        // spokesman for the State Department", "A study released by the department".
        // ("people familiar with the matter", "a source close to the Kremlin")
        let prepositional = |k: usize| {
            data::cues::PREPOSITIONS.contains(doc.word(k))
                || data::cues::INFORMED.contains(doc.word(k))
        };
        let participle = |k: usize| {
            k < last
                && grammar::past_form(doc.word(k))
                && doc.word(k).starts_with(char::is_lowercase)
                && prepositional(k + 1)
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
            self.by_key.insert(key, k);
            return k;
        }
        let mut capitalized = head.to_string();
        if let Some(first) = capitalized.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        let organization = data::words::ORGANIZATION_WORDS.contains(&capitalized)
            || data::cues::DOCUMENTS.contains(&head_key);
        let kind = kind.unwrap_or(if organization {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Person
        });
        self.by_key.insert(key, self.list.len());
        self.list.push(Phrase {
            name: name.to_string(),
            kind,
            spans: vec![span],
            head: head_key,
        });
        self.list.len() - 1
    }
}

/// How many sentences back a pronoun looks for the person it stands for.
const ANTECEDENT_WINDOW: usize = 40;
/// How many named mentions back it looks at the most.
const ANTECEDENT_MENTIONS: usize = 200;

/// Resolves a claim's source to an entity: a named mention directly, a pronoun to the person
/// last named before it, outside quotes, of a compatible gender.
struct Resolver<'a, 't> {
    doc: &'a text::Doc<'t>,
    mentions: &'a [Mention],
    entities: &'a [Entity],
    entity_of: &'a [usize],
    quoted: &'a [Span],
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

impl Resolver<'_, '_> {
    /// Whether mention `p`, a capitalized first word that speaks for no one, describes the
    /// name `m` a word or two after it: "Opposition leader Rahul Gandhi".
    fn describes(&self, p: usize, m: usize) -> bool {
        let speaks = self.leading[p];
        let (p, m) = (&self.mentions[p], &self.mentions[m]);
        p.weak
            && !speaks
            && p.last + 3 >= m.first
            && (p.last + 1..m.first).all(|i| {
                self.doc.tokens[i].kind == text::Kind::Word
                    && !matches!(self.doc.word(i), "of" | "and" | "or")
            })
    }

    /// The person a pronoun at `token` of `gender` stands for, named at token `since` or after
    /// and not in the content `own` of the pronoun's claim ("Mr. Trump, he said, is a genius"),
    /// and whether that mention is a subject or a source (else it is only the nearest).
    fn antecedent(
        &self,
        token: usize,
        gender: Gender,
        since: usize,
        own: Span,
    ) -> Option<(usize, bool)> {
        let at = self.doc.tokens[token].span.start;
        let sentence = self.doc.sentence_of(token);
        let quoted = |span: Span| {
            let k = self.quoted.partition_point(|q| q.start <= span.start);
            k > 0 && self.quoted[k - 1].contains(span)
        };
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
            let e = self.entity_of[k];
            let g = m
                .honorific
                .filter(|g| *g != Gender::Unknown)
                .unwrap_or(self.entities[e].gender);
            let fits = m.kind == SpeakerKind::Person
                && (g == gender || g == Gender::Unknown)
                && self.named[e]
                && !quoted(m.span)
                && !own.contains(m.span);
            if !fits {
                continue;
            }
            // Without an honorific, a given name tells: "Angela Merkel" is no "he".
            let by_name = self.entities[e].name_gender;
            if g == Gender::Unknown && by_name == gender.other() {
                continue;
            }
            // A name with no sign of a person (no honorific, no known given name, never a
            // source) is no one's when it is named as a place ("in Cleveland", "in Fort
            // Pierce"). Else it stands for a pronoun only as a subject ("Michigan is …"); a given
            // name alone is a sign, of no gender ("His wife, Donna, disagrees", but "Clinton"
            // may be a surname).
            let unmarked = g == Gender::Unknown && by_name == Gender::Unknown && !self.speaks[e];
            if unmarked && self.placed[e] {
                continue;
            }
            let signless =
                unmarked && speakers::given_name_gender(&self.entities[e].name) == Gender::Unknown;
            if s + 3 < sentence && signless {
                continue;
            }
            if !signless {
                nearest.get_or_insert(e);
            }
            if s + 3 < sentence {
                break;
            }
            // Prefer the subject of a recent sentence: the first name in it, or in its main
            // clause ("When Cuomo pointed out …, Giuliani interrupted him").
            let range = &self.doc.sentences[s];
            let main = if grammar::opens_subordinate_clause(self.doc.word(range.start)) {
                (range.start..range.end.min(range.start + 40))
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
                    && !(m.first - 1 - main <= 6
                        && (main..m.first - 1).all(|i| {
                            let w = self.doc.word(i);
                            self.doc.tokens[i].kind == text::Kind::Word
                                && !grammar::past_form(w)
                                && !w.ends_with("ing")
                                && !data::cues::AUXILIARIES.contains(w)
                        }))
            };
            // (Nor one after a "he" or "she": "The difference now, he told me, is that he
            // seems kinder to Mr. Trump".)
            // (Nor a name that is its sentence alone, a heading: "Gender Equality.")
            let first_in_sentence = |k: usize| {
                let first = self.mentions[k].first;
                first >= main
                    && (self.mentions[k].last + 1..range.end)
                        .any(|i| self.doc.tokens[i].kind == text::Kind::Word)
                    && !apposed(&self.mentions[k])
                    && self.mentions[..k]
                        .last()
                        .is_none_or(|p| p.first < main || self.doc.sentence_of(p.first) != s)
                    && !(main.max(first.saturating_sub(40))..first)
                        .any(|i| HE_OR_SHE.contains(self.doc.word(i)))
            };
            // Or, in the pronoun's own sentence, the subject of the clause it stands in:
            // "saying Trump had pressured them because he wanted …".
            // (Not past ", but": "said that Trump will release them, but he declined …".)
            let clause_subject = s == sentence
                && m.first > 0
                && matches!(
                    self.doc.word(m.first - 1),
                    "that" | "saying" | "said" | "says"
                )
                && !(m.last..token)
                    .any(|i| self.doc.is_punct(i, ",") && self.doc.word(i + 1) == "but");
            let subject = first_in_sentence(k)
                || k > 0 && first_in_sentence(k - 1) && self.describes(k - 1, k)
                || clause_subject;
            // Or a source named just before: "he said" goes on with the last speaker.
            // (Not one after an article or a preposition: "In Honolulu, he told …", "He helped
            // shape the Fair Sentencing Act".)
            let governed = signless && m.first > 0 && {
                let before = Lowercase::new(self.doc.word(m.first - 1));
                ARTICLES.contains(before.as_str())
                    || data::cues::PREPOSITIONS.contains(before.as_str())
            };
            if subject && !governed || self.leading[k] {
                return Some((e, true));
            }
        }
        nearest.map(|e| (e, false))
    }
}

#[cfg(test)]
mod tests {
    use crate::{SpeakerKind, annotate};

    #[test]
    fn a_described_source_is_a_person_or_an_organization_by_its_head() {
        let text = "A spokeswoman for the State Department said the talks would go on. A new \
                    report by Politico found that he lied. Israel's military said it had hit \
                    a depot. A study released by the Department of Energy found that prices rose.";
        let answer = annotate(text);
        let kinds: Vec<_> = answer
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    "A spokeswoman for the State Department",
                    SpeakerKind::Person
                ),
                ("A new report by Politico", SpeakerKind::Organization),
                ("Israel's military", SpeakerKind::Organization),
                (
                    "A study released by the Department of Energy",
                    SpeakerKind::Organization
                )
            ]
        );
    }

    #[test]
    fn a_titled_description_is_the_person_with_that_title() {
        let text = "German Chancellor Angela Merkel met Vice President Joe Biden. The German \
                    chancellor said Europe needed unity. The president said it was over. Sen. \
                    Elizabeth Warren questioned the plan. The senator said it would fail.";
        let answer = annotate(text);
        let speakers: Vec<(&str, Vec<&str>)> = answer
            .speakers
            .iter()
            .map(|s| {
                let mentions = s.mentions.iter().map(|m| m.text(text)).collect();
                (s.name.as_str(), mentions)
            })
            .collect();
        assert_eq!(
            speakers,
            [
                (
                    "Angela Merkel",
                    vec!["Angela Merkel", "The German chancellor"]
                ),
                ("The president", vec!["The president"]),
                ("Elizabeth Warren", vec!["Elizabeth Warren", "The senator"]),
            ]
        );
    }

    #[test]
    fn a_description_whose_head_opens_with_an_accent_is_no_title() {
        // Regression: the title lookup cut "élu" inside its first letter and panicked.
        let text = "Sen. Élodie Dupont spoke. The élu said the vote was over.";
        assert_eq!(speakers_of_claims(text), [Some("The élu".into())]);
    }

    /// The speaker name of each claim, in order.
    fn speakers_of_claims(text: &str) -> Vec<Option<String>> {
        let answer = annotate(text);
        answer
            .claims
            .iter()
            .map(|c| c.speaker.map(|id| answer.speakers[id].name.clone()))
            .collect()
    }

    #[test]
    fn a_source_noun_that_opens_a_sentence_is_no_name_for_he() {
        // Regression: "he said" went to "Reporters", read as a name for opening its sentence.
        let text = "Mr. Sanders spoke in Ohio. Reporters asked if he would quit. If elected, he \
                    said he would cut taxes.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Reporters".into()), Some("Sanders".into())]
        );
    }

    #[test]
    fn a_stance_inside_a_reported_clause_is_part_of_it() {
        // "he wanted to campaign" is Biden's report of Trump, no claim of Trump's own.
        let text = "President Joe Biden blamed Donald Trump, saying Trump had pressured Republicans \
                    because he wanted to campaign on the issue.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Joe Biden".into()), Some("Joe Biden".into())]
        );
        // Past the reported clause, "he" goes to that clause's subject.
        let text = "President Joe Biden said that Donald Trump had pressured Republicans; he \
                    denied doing so.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Joe Biden".into()), Some("Donald Trump".into())]
        );
    }

    #[test]
    fn he_that_opens_a_content_is_its_source_s() {
        // Regression: the "he" of "he believed" went to "Alabama", a speaker of its own.
        let text = "Sen. Jeff Sessions spoke on Monday. The Alabama senator, an early Trump \
                    supporter, added that he believed the FBI had been compromised.";
        let answer = annotate(text);
        let names: Vec<&str> = answer.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Jeff Sessions"]);
        assert_eq!(speakers_of_claims(text), [Some("Jeff Sessions".into())]);
        // An object pronoun that opens a content is no one's source by that (and what she
        // insisted on is part of what Democrats praised).
        let text = "Democrats praised her for insisting that the vote go ahead.";
        let answer = annotate(text);
        assert_eq!(answer.speakers.len(), 1);
        assert_eq!(speakers_of_claims(text), [Some("Democrats".into())]);
    }

    #[test]
    fn it_goes_on_with_the_organization_that_spoke_last() {
        let text = "Pakistan's foreign ministry rejected the charge. Islamabad remained committed \
                    to the ceasefire, it said in a statement.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Pakistan's foreign ministry".into()),
                Some("Pakistan's foreign ministry".into())
            ]
        );
    }

    #[test]
    fn a_bare_surname_is_not_a_relative_introduced_as_one() {
        // Regression: "Carter" went to Chip Carter, named after Jimmy Carter.
        let text = "Jimmy Carter died on Sunday. His son Chip Carter said his father was a hero. \
                    Carter once told an interviewer that he loved his work.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Chip Carter".into()), Some("Jimmy Carter".into())]
        );
    }

    #[test]
    fn he_is_the_man_named_last_not_the_woman_named_first() {
        // Regression: "he said" went to Angela Merkel, the first name in the sentence before.
        let text = "Angela Merkel's spokesman, Steffen Seibert, told reporters that Germany would \
                    not send troops. \"We have been very clear about that,\" he said.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Steffen Seibert".into()),
                Some("Steffen Seibert".into())
            ]
        );
        // Regression: "he" went to Viktor Orban, named first in an earlier sentence, because
        // "Kremlin" came before "Dmitry Peskov" in his.
        let text = "Prime Minister Viktor Orban said Budapest would not block it. Kremlin \
                    spokesman Dmitry Peskov said the sanctions were illegal. \"It is a hostile \
                    step,\" he told the news agency RIA.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Viktor Orban".into()),
                Some("Dmitry Peskov".into()),
                Some("Dmitry Peskov".into())
            ]
        );
        // Regression: "he" went to Jared Kushner; Johnson, named only as a sentence's first
        // word, was no antecedent though he spoke.
        let text = "Kushner said Netanyahu was ready. Johnson told reporters the party was \
                    united. \"We are,\" he said.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Kushner".into()),
                Some("Johnson".into()),
                Some("Johnson".into())
            ]
        );
        // Regression: "He" went to Narendra Modi: "Opposition" came before Rahul Gandhi in
        // his sentence, so Gandhi was not its subject.
        let text = "\"The laws will free farmers,\" Modi said. Opposition leader Rahul Gandhi \
                    disagreed. He tweeted that the government had betrayed farmers.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Modi".into()), Some("Rahul Gandhi".into())]
        );
        // A capitalized first word that the article writes in lowercase too is no one's name.
        let text = "Cruz said the delegates were wrong. Delegates questioned how Cruz could \
                    turn back. \"The day it was abrogated was the day,\" he said.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Cruz".into()),
                Some("Delegates".into()),
                Some("Cruz".into())
            ]
        );
        // Only a man is named: "she" is no one the text names.
        let text = "Joe Biden said the talks would resume. She said the vote would go ahead.";
        assert_eq!(speakers_of_claims(text), [Some("Joe Biden".into()), None]);
        let text = "Massachusetts Sen. Elizabeth Warren questioned Wells Fargo CEO John Stumpf. \
                    “You should resign,” Warren told Stumpf, after he admitted he had not been \
                    held accountable.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Elizabeth Warren".into()),
                Some("Elizabeth Warren".into()),
                Some("John Stumpf".into())
            ]
        );
    }

    #[test]
    fn he_after_a_description_is_the_person_it_stands_for() {
        // Regression: "he said" went to Donald J. Trump, named after Obama in the paragraph
        // before, though "The president" spoke since.
        let text = "President Obama spoke at the United Nations. \"A nation ringed by walls \
                    would imprison itself,\" Mr. Obama said, in a rebuke of Donald J. Trump, \
                    who has promised to build a wall.\n\nThe president acknowledged that \
                    globalization had left many behind. \"We must do better,\" he said.";
        assert_eq!(speakers_of_claims(text).last(), Some(&Some("Obama".into())));
        // Not a man named inside the description's own claim.
        let text = "Sen. Bernie Sanders said he would act. The senator said he would close \
                    loopholes Donald Trump used. He also said the tax code was rigged.";
        assert_eq!(
            speakers_of_claims(text),
            vec![Some("Bernie Sanders".to_string()); 3]
        );
    }

    #[test]
    fn he_is_the_subject_of_the_main_clause_not_of_a_when_clause() {
        // Regression: "he said" went to Cuomo, the first name in the sentence before.
        let text = "Giuliani spoke to CNN. When Cuomo pointed out that Obama released the \
                    certificate in 2011, Giuliani interrupted him. \"Donald Trump brought it to \
                    a conclusion,\" he said.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Cuomo".into()), Some("Giuliani".into())]
        );
    }

    #[test]
    fn he_goes_on_with_the_last_speaker_past_a_name_in_an_apposition() {
        // Regression: the last "he said" went to Donald J. Trump, the nearest man named.
        let text = "Mr. Obama smiled and said, \"I can't do that.\"\n\nHe warned that \
                    democracy could buckle. Without naming his successor, Donald J. Trump, he \
                    said that the country must reject discrimination.\n\nMichelle Obama wiped \
                    away tears. \"You made it your own,\" he said.";
        assert_eq!(speakers_of_claims(text), vec![Some("Obama".to_string()); 4]);
    }

    #[test]
    fn he_is_not_a_source_named_only_inside_another_claim() {
        // Regression: "He" went to Barack Obama, the source of a claim inside Earnest's.
        let text = "White House spokesman Josh Earnest said Monday that President Barack Obama \
                    has long called for tax fairness. He said Obama hopes that his successor \
                    will push for the same goals.";
        let speakers = speakers_of_claims(text);
        assert_eq!(speakers.first(), Some(&Some("Josh Earnest".into())));
        assert!(speakers.contains(&Some("Barack Obama".into())));
        assert_eq!(
            annotate(text)
                .claims
                .iter()
                .zip(&speakers)
                .find(|(c, _)| text[c.start..c.end].starts_with("Obama hopes"))
                .map(|(_, s)| s.clone()),
            Some(Some("Josh Earnest".into()))
        );
    }

    #[test]
    fn he_is_not_a_heading_that_names_no_one() {
        // Regression: "he said" went to "Gender Equality", a section heading read as a subject.
        let text = "Gender Equality.\n\nThe Gap Goes On: It was under Mr. Ban's watch that the \
                    General Assembly established U.N. Women. In recent months, he said he backed \
                    the idea of a woman succeeding him.";
        assert_eq!(speakers_of_claims(text), [Some("Ban".into())]);
    }

    #[test]
    fn he_after_but_is_the_subject_of_the_sentence_not_of_its_content() {
        // Regression: "he declined" went to Trump, the subject of Pence's reported clause.
        let text = "Mike Pence said Sunday that Donald Trump will release his tax returns once an \
                    audit is complete, but he declined to give a date.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Mike Pence".into()), Some("Mike Pence".into())]
        );
    }

    #[test]
    fn a_noun_and_its_preposition_are_no_source_of_a_gerund_after_them() {
        // Regression: "the acrimonious battle over" spoke for "confirming", and "he" went to it.
        let text = "The GOP leader said he doesn’t think the acrimonious battle over confirming \
                    Kavanaugh made the gap any worse. But he didn’t say that was such great news.";
        let answer = annotate(text);
        let names: Vec<&str> = answer.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["The GOP leader"]);
        assert_eq!(
            speakers_of_claims(text).last(),
            Some(&Some("The GOP leader".into()))
        );
    }

    #[test]
    fn he_after_a_described_source_is_that_person_not_a_name_further_back() {
        // Regression: "He also told" went to Donald Trump, named only further back.
        let text = "Donald Trump said the country was in danger. Our town was small. The farm \
                    was big. “We live in Satan’s kingdom,” my father often said. He also told \
                    his friends that terrorism was the answer.";
        assert_eq!(
            speakers_of_claims(text).last(),
            Some(&Some("my father".into()))
        );
    }
}

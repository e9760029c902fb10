//! Stage 7, resolution: each claim's source to a speaker. A named mention is its entity; a
//! description with a title the person last named with it; a pronoun the person it stands for;
//! any other source noun phrase a speaker of its own. Then the speakers are numbered by first
//! mention, and each claim gets its speaker's id.

mod phrases;
mod resolver;

use phrases::{Phrases, Who};
use resolver::{ANTECEDENT_WINDOW, Resolver};

use crate::annotations::{Claim, Span, Speaker, SpeakerGender, SpeakerKind};
use crate::claims::{self, Found, Source};
use crate::data::cues::NUMBER_WORDS;
use crate::data::words::{
    COLLECTIVE_NOUNS, GROUP_NOUNS, Gender, HE_OR_SHE, IT_FORMS, gendered_noun,
};
use crate::rules::{Rule, Trace};
use crate::speakers::{self, Entity, EntityId, Mention};
use crate::text::Doc;

/// How many words of an apposition after a name its role noun may come ("Jane Okafor, the
/// ministry's chief spokeswoman,").
const APPOSITION_WORDS: usize = 5;
/// How many sentences after a claim its speaker is still the one "it", "they" or a description
/// goes on with.
const RECENT_SENTENCES: usize = 2;
/// How many sentences after a description a pronoun may stand for the person it described.
const DESCRIBED_SENTENCES: usize = 3;
/// How many sentences after the last named speaker a "he" or "she" may go on with them.
const SPEAKER_SENTENCES: usize = 3;

/// A known gender as the answer gives it.
fn speaker_gender(gender: Gender) -> Option<SpeakerGender> {
    match gender {
        Gender::Female => Some(SpeakerGender::Female),
        Gender::Male => Some(SpeakerGender::Male),
        Gender::Unknown => None,
    }
}

/// The speakers of a document and its claims with their speakers' ids, each claim with its
/// trace where one was asked for.
pub(crate) struct Resolved {
    pub(crate) speakers: Vec<Speaker>,
    pub(crate) claims: Vec<Claim>,
    pub(crate) traces: Vec<Trace>,
}

/// Resolves the sources of `found`, the claims of `doc`, whose mentions are linked into
/// `entities` (`entity_of` each mention's); with `TRACE`, keeps each claim's trace.
pub(crate) fn resolve<const TRACE: bool>(
    doc: &Doc,
    mentions: &[Mention],
    entities: &[Entity],
    entity_of: &[EntityId],
    found: &[Found],
) -> Resolved {
    let mut resolution = Resolution {
        resolver: Resolver::new(doc, mentions, entities, entity_of, found),
        phrases: Phrases::default(),
        described: vec![Vec::new(); entities.len()],
        recent: Recent::default(),
        said_of_entity: vec![Votes::default(); entities.len()],
        said_of_phrase: Vec::new(),
    };
    let whos: Vec<Option<(Who, Rule)>> = found.iter().map(|c| resolution.speaker_of(c)).collect();
    let speaking = resolution.speaking(&whos);
    // The speaker id of each entity and phrase that speaks.
    let mut entity_id = vec![None; entities.len()];
    let mut phrase_id = vec![None; resolution.phrases.list.len()];
    for (id, &w) in speaking.iter().enumerate() {
        match w {
            Who::Entity(e) => entity_id[e.0] = Some(id),
            Who::Phrase(p) => phrase_id[p] = Some(id),
        }
    }
    let id_of = |w: Who| match w {
        Who::Entity(e) => entity_id[e.0],
        Who::Phrase(p) => phrase_id[p],
    };
    let folded = claims::folded(found);
    // Each part of a claim that its attribution interrupts is a claim of its own, with the
    // same speaker and cue.
    let mut marked: Vec<(Claim, Trace)> = found
        .iter()
        .zip(&whos)
        .zip(folded)
        .filter(|(_, folded)| !folded)
        .flat_map(|((c, who), _)| {
            let trace = Trace {
                claim: c.rule,
                source: c.source_rule,
                speaker: who.map(|(_, rule)| rule),
            };
            let speaker = who.and_then(|(w, _)| id_of(w));
            c.parts().map(move |part| {
                let claim = Claim {
                    start: part.start,
                    end: part.end,
                    kind: c.kind,
                    speaker,
                    cue: c.cue,
                };
                (claim, trace)
            })
        })
        .collect();
    // (A part may follow a claim inside the gap before it: "“…,” he said, adding that …, “…”".)
    crate::sort::sort_by_key(&mut marked, |(c, _)| (c.start, c.end));
    let (claims, traces) = if TRACE {
        marked.into_iter().unzip()
    } else {
        (
            marked.into_iter().map(|(claim, _)| claim).collect(),
            Vec::new(),
        )
    };
    Resolved {
        speakers: speaking
            .iter()
            .enumerate()
            .map(|(id, &w)| resolution.speaker(id, w))
            .collect(),
        claims,
        traces,
    }
}

/// Who spoke last, by kind, for the pronouns and descriptions after.
#[derive(Default)]
struct Recent {
    /// The organization that spoke last and the sentence of its claim: "it said" goes on with
    /// it ("Pakistan's foreign ministry rejected the charge. …, it said").
    organization: Option<(Who, usize)>,
    /// Where the last claim's content starts (a byte offset), and its speaker when a person:
    /// "The Alabama senator added that he believed …": a "he" that opens that content is
    /// that speaker.
    person: Option<(usize, Who)>,
    /// The first token of the last description that stood for a named entity, and the entity:
    /// "he" after "The president acknowledged …" may be the president, though named earlier.
    described: Option<(usize, EntityId)>,
    /// The sentence of the last claim whose speaker is a named person, and that person.
    speaker: Option<(usize, EntityId)>,
    /// The same for a person named by a description, since the last named one: "The senator
    /// said the bill would pass. “We have the votes,” she added."
    phrase: Option<(usize, Who)>,
    /// And for a group a description named, since the last other speaker: "McConnell aides
    /// acknowledged … But they emphasized …".
    group: Option<(usize, Who)>,
    /// The paragraph and sentence of the last claim that has a speaker, and that speaker: a
    /// quote of its own right after goes on with them.
    claim: Option<(usize, usize, Who)>,
}

/// The state of a document's resolution, claim by claim.
struct Resolution<'a, 't> {
    resolver: Resolver<'a, 't>,
    phrases: Phrases,
    /// Descriptions that stand for a named entity, marked as its mentions.
    described: Vec<Vec<Span>>,
    recent: Recent,
    /// The genders of the pronouns resolved to each entity, and to each phrase.
    said_of_entity: Vec<Votes>,
    said_of_phrase: Vec<Votes>,
}

/// The genders the evidence of one kind tells of a speaker.
#[derive(Clone, Copy, Default)]
struct Votes {
    female: bool,
    male: bool,
}

impl Votes {
    fn add(&mut self, gender: Gender) {
        self.female |= gender == Gender::Female;
        self.male |= gender == Gender::Male;
    }

    /// The gender all of them tell, if they tell one.
    fn gender(self) -> Gender {
        match (self.female, self.male) {
            (true, false) => Gender::Female,
            (false, true) => Gender::Male,
            _ => Gender::Unknown,
        }
    }
}

impl Resolution<'_, '_> {
    /// The speaker of claim `c`, and the rule that resolved it; remembered for the claims
    /// after.
    fn speaker_of(&mut self, c: &Found) -> Option<(Who, Rule)> {
        let who = self.resolve(c);
        // "she said": the pronoun tells its person's gender.
        if let (Source::Pronoun(_, Some(gender)), Some((w, _))) = (c.source, who) {
            match w {
                Who::Entity(e) => self.said_of_entity[e.0].add(gender),
                Who::Phrase(p) => {
                    self.said_of_phrase
                        .resize(self.phrases.list.len(), Votes::default());
                    self.said_of_phrase[p].add(gender);
                }
            }
        }
        self.remember(who.map(|(w, _)| w), c);
        who
    }

    fn resolve(&mut self, c: &Found) -> Option<(Who, Rule)> {
        let r = &self.resolver;
        let doc = r.doc;
        if let Source::Pronoun(token, Some(gender)) = c.source {
            if let Some(who) = self.opens_content(token, gender) {
                return Some((who, Rule::SpeakerOpensContent));
            }
        }
        // "the mother of three" after "Amrit Dhillon says …": the person a "she" would stand for.
        let source = match c.source {
            Source::Nominal(first, last)
                if last == first + 3
                    && doc.word(first + 2) == "of"
                    && parent_of(doc.word(first + 1), doc.word(last)) =>
            {
                Source::Pronoun(first, Some(gendered_noun(doc.word(first + 1))))
            }
            source => source,
        };
        match source {
            // "the chancellor" after "Chancellor Angela Merkel" is Angela Merkel.
            Source::Nominal(first, last) => {
                match speakers::titled(doc, r.mentions, first, last, ANTECEDENT_WINDOW) {
                    Some(m) => {
                        let e = r.entity_of[m];
                        let span =
                            Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
                        self.described[e.0].push(span);
                        // (A "she" after "the team" is no organization's.)
                        if r.entities[e].kind == SpeakerKind::Person {
                            self.recent.described = Some((first, e));
                        }
                        Some((Who::Entity(e), Rule::SpeakerTitled))
                    }
                    None => {
                        let p = self.phrases.add(doc, first, last, None);
                        Some((Who::Phrase(p), Rule::SpeakerPhrase))
                    }
                }
            }
            Source::State(first, last) => {
                let kind = Some(SpeakerKind::Organization);
                let p = self.phrases.add(doc, first, last, kind);
                Some((Who::Phrase(p), Rule::SpeakerPhrase))
            }
            // (Else the organization that opened the sentence before, though it claimed
            // nothing: "The Kremlin rejected the criticism. It said …".)
            Source::Pronoun(token, None) if IT_FORMS.contains(doc.word(token)) => {
                let sentence = doc.sentence_of(token);
                let recent = self
                    .recent
                    .organization
                    .filter(|&(_, s)| s + RECENT_SENTENCES >= sentence);
                // ("The study analyzed 4.2 million visits. It found …": a document that opened
                // the sentence before, where no organization spoke since.)
                let document = sentence
                    .checked_sub(1)
                    .filter(|&before| recent.is_none_or(|(_, s)| s < before))
                    .and_then(|before| r.opening_document(before));
                if let Some((first, last)) = document {
                    let p = self
                        .phrases
                        .add(doc, first, last, Some(SpeakerKind::Organization));
                    return Some((Who::Phrase(p), Rule::SpeakerOpeningDocument));
                }
                recent
                    .map(|(w, _)| (w, Rule::SpeakerLastOrganization))
                    .or_else(|| {
                        let s = sentence.checked_sub(1)?;
                        let e = r.opening_organization(s)?;
                        Some((Who::Entity(e), Rule::SpeakerOpeningOrganization))
                    })
            }
            Source::Pronoun(token, Some(gender)) => self
                .person_for(token, gender, c.span)
                .map(|(e, rule)| (Who::Entity(e), rule))
                .or_else(|| {
                    self.recent_slot(self.recent.phrase, token)
                        .map(|w| (w, Rule::SpeakerLastPhrase))
                }),
            Source::Named(m) => Some((Who::Entity(r.entity_of[m]), Rule::SpeakerNamed)),
            Source::Pronoun(token, None) if matches!(doc.word(token), "they" | "They") => self
                .recent_slot(self.recent.group, token)
                .map(|w| (w, Rule::SpeakerLastGroup)),
            // "Kerry said that … \n\n “That adds up to …”": a quote of its own that opens the
            // paragraph after a claim goes on with that claim's speaker, as one does the sentence
            // after it in its paragraph, or the one after that past a sentence that names no one
            // ("“…,” Woolson said. They also lie in … “That’s a tough area.”").
            Source::Unnamed if matches!(c.rule, Rule::QuoteFloating | Rule::QuoteGoesOn) => {
                let doc = r.doc;
                let at = doc.token_after(c.span.start);
                let paragraph = doc.paragraph_of(at.min(doc.tokens.len() - 1));
                let opens = at < 2 || doc.paragraph_of(at - 2) != paragraph;
                let sentence = doc.sentence_of(at.min(doc.tokens.len() - 1));
                self.recent
                    .claim
                    .filter(|&(p, s, _)| {
                        opens && p + 1 == paragraph
                            || p == paragraph
                                && (s + 1 == sentence
                                    || s + 2 == sentence && !r.names_a_person(sentence - 1))
                    })
                    .map(|(_, _, w)| (w, Rule::SpeakerPreviousClaim))
                    // "Colette Cunningham … was blunt. \n\n “We are exhausted …”": else the
                    // person a paragraph of one sentence right before opens with.
                    .or_else(|| {
                        let before = sentence.checked_sub(1).filter(|_| opens)?;
                        let e = r.lone_sentence_subject(before)?;
                        Some((Who::Entity(e), Rule::SpeakerParagraphBefore))
                    })
            }
            Source::Pronoun(..) | Source::Unnamed => None,
        }
    }

    /// The last claim's person, for a "he" or "she" of `gender` at `token` that opens that
    /// claim's content.
    fn opens_content(&self, token: usize, gender: Gender) -> Option<Who> {
        let (start, w) = self.recent.person?;
        let fits = match w {
            Who::Entity(e) => self.fits(e, gender),
            Who::Phrase(_) => true,
        };
        let doc = self.resolver.doc;
        let subject = matches!(doc.word(token), "he" | "she");
        (fits && subject && start == doc.tokens[token].span.start).then_some(w)
    }

    /// Whether entity `e` may be a pronoun of `gender`: neither its honorifics nor its given
    /// name tell the other, nor the pronouns that stood for it before ("But he warned …" is
    /// no "she").
    fn fits(&self, e: EntityId, gender: Gender) -> bool {
        let entity = &self.resolver.entities[e];
        entity.gender != gender.other()
            && entity.name_gender != gender.other()
            && !self.called_otherwise(e, gender)
    }

    /// Whether the pronouns resolved to entity `e` so far tell the other gender than `gender`.
    fn called_otherwise(&self, e: EntityId, gender: Gender) -> bool {
        self.said_of_entity[e.0].gender() == gender.other()
    }

    /// Who a slot of [`Recent`] holds, if it spoke at most two sentences before `token`.
    fn recent_slot(&self, slot: Option<(usize, Who)>, token: usize) -> Option<Who> {
        let sentence = self.resolver.doc.sentence_of(token);
        slot.filter(|&(s, _)| sentence <= s + RECENT_SENTENCES)
            .map(|(_, w)| w)
    }

    /// The person a "he" or "she" of `gender` at `token`, the source of the claim `own`,
    /// stands for: a person named after the description that spoke last, or else the one it
    /// stands for; else the antecedent that is a subject or source, or the last speaker.
    fn person_for(&self, token: usize, gender: Gender, own: Span) -> Option<(EntityId, Rule)> {
        let (r, recent) = (&self.resolver, &self.recent);
        let doc = r.doc;
        let sentence = doc.sentence_of(token);
        match recent.described {
            Some((first, e))
                if self.fits(e, gender)
                    && sentence <= doc.sentence_of(first) + DESCRIBED_SENTENCES =>
            {
                // (Not one named in the description's sentence: "The senator said he would
                // close loopholes Donald Trump used.")
                let next = doc.sentences[doc.sentence_of(first)].end;
                return Some(
                    match r.antecedent(token, gender, next, own, |e| {
                        self.called_otherwise(e, gender)
                    }) {
                        Some((e, _)) => (e, Rule::SpeakerAntecedent),
                        None => (e, Rule::SpeakerDescribed),
                    },
                );
            }
            _ => {}
        }
        // "The BNP leader said: “…” He reiterated …": a person described as the last source,
        // in this sentence or the one before and after the last one named, is the one a "he"
        // goes on with, unless a subject is named since ("An economist told the AP …. “…,” he
        // said" is not the Odinga who spoke before).
        let described_since = recent
            .phrase
            .filter(|&(s, _)| sentence <= s + 1 && recent.speaker.is_none_or(|(t, _)| t <= s))
            .map(|(s, w)| (self.introduced(w), doc.sentences[s].start));
        // (Only one introduced so, a new person, is past the subjects named before it; a
        // description may be of one of them: "the retired neurosurgeon".)
        let since = described_since
            .filter(|&(new, _)| new)
            .map_or(0, |(_, start)| start);
        // "He warned …, he said …. “…,” he said.": a "he" the text names no subject for since
        // goes on with the last claim's person.
        match r.antecedent(token, gender, since, own, |e| {
            self.called_otherwise(e, gender)
        }) {
            Some((e, true)) => Some((e, Rule::SpeakerAntecedent)),
            _ if described_since.is_some() => None,
            // (Only a subject "he" or "she", for one known to be a man or a woman.)
            nearest => recent
                .speaker
                .filter(|&(s, e)| {
                    let entity = &r.entities[e];
                    let known = entity.gender == gender || entity.name_gender == gender;
                    known
                        && HE_OR_SHE.contains(doc.word(token))
                        && sentence <= s + SPEAKER_SENTENCES
                })
                .map(|(_, e)| (e, Rule::SpeakerLastSpeaker))
                .or(nearest.map(|(e, _)| (e, Rule::SpeakerAntecedent))),
        }
    }

    /// Whether `w` is a person the text introduces with an indefinite article ("An economist
    /// at the University of Nairobi").
    fn introduced(&self, w: Who) -> bool {
        match w {
            // ("A witness", "An economist", "One witness")
            Who::Phrase(p) => matches!(
                self.phrases.list[p].name.as_bytes(),
                [b'a' | b'A', b' ', ..]
                    | [b'a' | b'A', b'n', b' ', ..]
                    | [b'o' | b'O', b'n', b'e', b' ', ..]
            ),
            Who::Entity(_) => false,
        }
    }

    /// Whether `w` is an organization.
    fn organization(&self, w: Who) -> bool {
        match w {
            Who::Entity(e) => self.resolver.entities[e].kind == SpeakerKind::Organization,
            Who::Phrase(p) => self.phrases.list[p].kind == SpeakerKind::Organization,
        }
    }

    /// Remembers `who`, the speaker of claim `c`, for the claims after.
    fn remember(&mut self, who: Option<Who>, c: &Found) {
        let doc = self.resolver.doc;
        let organization = who.filter(|&w| self.organization(w));
        // ("A Saskatoon family is calling for changes after they say …": a collective noun is
        // "they" too.)
        let plural = |p: usize| {
            let head = &self.phrases.list[p].head;
            // ("witness", "boss": one person.)
            head.ends_with('s') && !head.ends_with("ss") || COLLECTIVE_NOUNS.contains(head)
        };
        let person = who
            .filter(|_| organization.is_none())
            .map(|w| (c.span.start, w, matches!(w, Who::Phrase(p) if plural(p))));
        let at = doc.token_after(c.span.start);
        let sentence = doc.sentence_of(at.min(doc.tokens.len() - 1));
        let recent = &mut self.recent;
        recent.person = person.map(|(start, w, _)| (start, w));
        match person {
            Some((_, Who::Entity(e), _)) => {
                recent.speaker = Some((sentence, e));
                recent.phrase = None;
                recent.group = None;
            }
            // (One person: "officials" are no "he", but "they".)
            Some((_, w, plural)) => {
                recent.phrase = (!plural).then_some((sentence, w));
                recent.group = plural.then_some((sentence, w));
            }
            None => {}
        }
        if let Some(w) = organization {
            recent.organization = Some((w, sentence));
        }
        if let Some(w) = who {
            recent.claim = Some((doc.paragraph_of(at.min(doc.tokens.len() - 1)), sentence, w));
        }
    }

    /// The speakers among `whos`, once each, by first mention: entities before phrases that a
    /// mention opens alike, each by number.
    fn speaking(&self, whos: &[Option<(Who, Rule)>]) -> Vec<Who> {
        let r = &self.resolver;
        let entities = r.entities.len();
        let first_mention = |w: Who| match w {
            Who::Entity(e) => r.mentions[r.entities[e].mentions[0]].span.start,
            Who::Phrase(p) => self.phrases.list[p].spans[0].start,
        };
        let mut speaking: Vec<Who> = whos.iter().flatten().map(|&(w, _)| w).collect();
        crate::sort::sort_by_key(&mut speaking, |&w| match w {
            Who::Entity(e) => (first_mention(w), e.0),
            Who::Phrase(p) => (first_mention(w), entities + p),
        });
        speaking.dedup();
        speaking
    }

    /// The gender of entity `e` by its strongest evidence: an honorific, the pronouns resolved to
    /// it, a kin or role noun before its name or a description of it ("His son Chip Carter",
    /// "the chairwoman"), its given name. Evidence of one kind that disagrees tells nothing.
    fn entity_gender(&self, e: EntityId) -> Option<SpeakerGender> {
        let r = &self.resolver;
        let entity = &r.entities[e];
        // ("The Europeans", "the Clintons": a group, whatever a pronoun says.)
        let group = entity.mentions.iter().all(|&m| {
            let first = r.mentions[m].first;
            first > 0
                && matches!(r.doc.word(first - 1), "the" | "The")
                && r.doc.word(r.mentions[m].last).ends_with('s')
        });
        if entity.kind == SpeakerKind::Organization || group {
            return None;
        }
        let mut nouns = Votes::default();
        let doc = r.doc;
        for &m in &entity.mentions {
            let (first, last) = (r.mentions[m].first, r.mentions[m].last);
            let before =
                first.checked_sub(1 + usize::from(first > 1 && doc.is_punct(first - 1, ",")));
            if let Some(k) = before {
                nouns.add(gendered_noun(doc.word(k)));
            }
            // "Jane Okafor, a spokeswoman for the ministry,": the head of an apposition (not
            // one's kin: "Meera Sharma, whose son …", "…, a friend of his son").
            if last + 2 < doc.tokens.len() && doc.is_punct(last + 1, ",") {
                let apposition = (last + 2..doc.tokens.len().min(last + 2 + APPOSITION_WORDS))
                    .take_while(|&k| {
                        doc.tokens[k].kind == crate::text::Kind::Word
                            && !matches!(doc.word(k), "whose" | "of" | "his" | "her" | "their")
                    })
                    .find(|&k| gendered_noun(doc.word(k)) != Gender::Unknown);
                if let Some(k) = apposition {
                    nouns.add(gendered_noun(doc.word(k)));
                }
            }
        }
        for span in &self.described[e.0] {
            let head = span.text(r.doc.text).rsplit(' ').next().unwrap_or("");
            nouns.add(gendered_noun(head));
        }
        [
            entity.gender,
            self.said_of_entity[e.0].gender(),
            nouns.gender(),
            entity.name_gender,
        ]
        .into_iter()
        .find(|&g| g != Gender::Unknown)
        .and_then(speaker_gender)
    }

    /// Whether entity `e` is named: not a group of people or a document that is only ever a
    /// capitalized word of its own ("Diplomats said …", a headline's "Poll: …").
    fn named(&self, e: EntityId) -> bool {
        let r = &self.resolver;
        r.entities[e].mentions.iter().any(|&m| {
            let mention = &r.mentions[m];
            let word = crate::text::Lowercase::new(mention.span.text(r.doc.text));
            !(mention.first == mention.last && GROUP_NOUNS.contains(word.as_str()))
        })
    }

    /// Speaker `id`, `w`, with its name, kind and mentions.
    fn speaker(&self, id: usize, w: Who) -> Speaker {
        match w {
            Who::Entity(e) => {
                let entity = &self.resolver.entities[e];
                let mut spans: Vec<Span> = entity
                    .mentions
                    .iter()
                    .map(|&m| self.resolver.mentions[m].span)
                    .collect();
                // (Sorted once: inserted one by one, an entity described as often as it is
                // named took quadratic time.)
                if !self.described[e.0].is_empty() {
                    spans.extend_from_slice(&self.described[e.0]);
                    crate::sort::sort_spans(&mut spans);
                    spans.dedup();
                }
                Speaker {
                    id,
                    name: entity.name.clone(),
                    kind: entity.kind,
                    gender: self.entity_gender(e),
                    named: self.named(e),
                    mentions: spans,
                }
            }
            Who::Phrase(p) => {
                let phrase = &self.phrases.list[p];
                let said = self.said_of_phrase.get(p).copied().unwrap_or_default();
                let gender = [gendered_noun(&phrase.head), said.gender()]
                    .into_iter()
                    .find(|&g| g != Gender::Unknown);
                Speaker {
                    id,
                    name: phrase.name.clone(),
                    kind: phrase.kind,
                    gender: gender
                        .filter(|_| phrase.kind == SpeakerKind::Person)
                        .and_then(speaker_gender),
                    named: phrase.named,
                    mentions: phrase.spans.clone(),
                }
            }
        }
    }
}

/// Whether `noun` of `count` describes a parent by their children: "mother of three", "father
/// of 2".
fn parent_of(noun: &str, count: &str) -> bool {
    matches!(noun, "mother" | "father" | "mom" | "dad" | "mum")
        && (NUMBER_WORDS.contains(count) || count.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::claims;
    use crate::{SpeakerKind, annotate};

    #[test]
    fn they_after_a_collective_noun_is_the_group() {
        // Regression: "they say …" after "A Saskatoon family" had no speaker.
        let text = "A Regina family is calling for changes at the hospital after they say their \
                    father was sent home.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("A Regina family".into()),
                Some("A Regina family".into())
            ]
        );
    }

    #[test]
    fn a_past_participle_that_opens_the_sentence_is_no_name_and_leaves_the_subject_after_it() {
        // Regression: "Peppered" was a speaker, and "he" after it went to Ana Ruiz.
        let text = "Ana Ruiz chaired the session.\n\nPeppered with questions, Mr. Putin \
                    dwelt on those that allowed him to reassure Russians that prices were \
                    stable. He said the economy had hit bottom.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Putin".into()), Some("Putin".into())]
        );
    }

    #[test]
    fn a_participle_that_opens_the_sentence_is_no_name_and_leaves_the_subject_after_it() {
        // Regression: "Walking" was a speaker, and "he" the Democratic National Convention.
        let text = "Walking to the next address, Ann Cole smiled and said the town had changed.\n\n\
                    Repeating his speech at the Democratic National Convention, Joe Biden \
                    rubbished the plan.\n\n“It is malarkey,” he said.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Ann Cole".into()), Some("Joe Biden".into())]
        );
    }

    #[test]
    fn the_noun_of_a_document_named_with_its_time_is_the_head_a_description_finds() {
        let text = "A Reuters poll released Friday shows that Ruiz leads. The poll also found \
                    that turnout would rise.";
        assert_eq!(
            speakers_of_claims(text),
            vec![Some("A Reuters poll released Friday".to_string()); 2]
        );
    }

    #[test]
    fn a_place_after_a_preposition_and_a_modifier_is_no_he_or_she() {
        // Regression: "she" was Compaq, named after "In struggling".
        let text = "Carly Fiorina spoke first. In struggling Compaq, the mood was grim. “We will \
                    win,” she said.";
        assert_eq!(speakers_of_claims(text), [Some("Carly Fiorina".into())]);
    }

    #[test]
    fn a_quote_paragraph_goes_on_with_the_person_a_lone_sentence_before_opens_with() {
        let text = "Ana Ruiz, who has nursed for 20 years, was blunt.\n\n“We are exhausted. We are \
                    leaving in droves.”";
        assert_eq!(speakers_of_claims(text), [Some("Ana Ruiz".into())]);
        // Not a name alone, nor one after a word of no title, nor a word that only looks like a
        // name (regression: "Based on …").
        let text = "Pause.\n\n“Well, thank you so much for that.”\n\nWith Ruiz, the vote \
                    grows.\n\n“We are exhausted. We are leaving in droves.”\n\nBased on the \
                    count, the race is close.\n\n“We are exhausted. We are leaving in droves.”";
        assert_eq!(speakers_of_claims(text), [None, None, None]);
    }

    #[test]
    fn a_quote_that_runs_over_paragraphs_with_no_cue_is_claimed_from_its_first_paragraph() {
        // Regression: the open paragraph was no claim, and the one that closed it had no
        // speaker; a transcript quoted whole keeps the speakers its labels name.
        let text = "Ana Ruiz read from her report.\n\n“The barriers were not maintained. In three \
                    places they were gone.\n\n“Nobody checked them after the storm.”";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Ana Ruiz".into()), Some("Ana Ruiz".into())]
        );
        let text = "Partial transcript as follows:\n\n\"WALLACE: Will she be there tomorrow \
                    night?\n\n\"PENCE: She will not be attending the debate tomorrow night.\"";
        assert_eq!(
            speakers_of_claims(text),
            [Some("WALLACE".into()), Some("PENCE".into())]
        );
    }

    #[test]
    fn it_goes_on_with_the_organization_that_opened_the_sentence_before() {
        // Regression: the Kremlin claimed nothing, so "it" had no one.
        let text = "The Kremlin rejected the criticism. In a statement, it said the report was \
                    false.";
        assert_eq!(speakers_of_claims(text), [Some("Kremlin".into())]);
    }

    #[test]
    fn one_the_pronouns_called_he_is_no_she() {
        // Regression: "she" went to Bismarck Rewane, whom "he" had stood for.
        let text = "Bismarck Rewane said it was hard. But he warned that relief would take time. \
                    “They tell us to wait,” she said.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Bismarck Rewane".into()),
                Some("Bismarck Rewane".into()),
                None
            ]
        );
    }

    #[test]
    fn a_kin_noun_before_a_name_tells_her_gender_over_the_given_name() {
        // Regression: "she" went to Sarah Mitchell, for "Jess" is a man's name in the census
        // lists.
        let text = "Sarah Mitchell said parents were scrambling. Sydney mother-of-three Jess \
                    Tran said the teachers were right. “It's a juggle,” she said. Jess Tran \
                    said it was worth it.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Sarah Mitchell".into()),
                Some("Jess Tran".into()),
                Some("Jess Tran".into()),
                Some("Jess Tran".into())
            ]
        );
        // (One person, named twice.)
        assert_eq!(annotate(text).speakers[1].mentions.len(), 2);
    }

    #[test]
    fn he_after_a_person_introduced_by_description_is_that_person() {
        // Regression: "he" went to Odinga, the subject of the paragraph before.
        let text = "Opposition leader Raila Odinga called the levy a tax.\n\nAn economist at \
                    the University of Nairobi told the AP that the policy could work. “The \
                    question is who will afford them,” he said.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Raila Odinga".into()),
                Some("An economist at the University of Nairobi".into()),
                Some("An economist at the University of Nairobi".into())
            ]
        );
    }

    #[test]
    fn a_state_is_no_one_s_he_or_she() {
        // Regression: Iowa, which spoke last, was "she".
        let text = "Ana Ruiz spoke first. Iowa voted for the plan. “We will win,” she said.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Iowa".into()), Some("Ana Ruiz".into())]
        );
    }

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
    fn a_name_between_two_parts_of_a_quote_is_no_quoted_name() {
        // Regression: the quote's two parts were one span, and "Petrenko said" inside it.
        let text = "Olena Kovalenko met Ivan Petrenko. “We have the money,” Petrenko said. “We \
                    have the will.” He added that work would start in May.";
        let who: Vec<_> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(who, vec![Some("Ivan Petrenko".to_string()); 3]);
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
    fn a_person_told_by_age_is_the_one_of_that_age() {
        // Regression: "the 45-year-old" was a speaker of its own.
        let text = "Mary Jones, 45, lost her job. Tom Reyes, 52, kept his. \"I feel betrayed,\" \
                    the 45-year-old said. Later, the 52-year-old told the BBC he was lucky.";
        let who: Vec<_> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(
            who,
            [
                Some("Mary Jones".to_string()),
                Some("Tom Reyes".to_string())
            ]
        );
    }

    #[test]
    fn a_title_in_an_apposition_after_the_name_stands_for_the_person() {
        // Regression: "the prime minister" was a speaker of its own.
        let text = "Rishi Sunak, the Prime Minister, disagreed. \"We have fixed it,\" the prime \
                    minister said. Ana Ruiz, the Health Minister, spoke next. The prime minister \
                    said he would wait.";
        let who: Vec<_> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(
            who,
            [
                Some("Rishi Sunak".to_string()),
                Some("Rishi Sunak".to_string())
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
    fn she_after_an_organization_named_by_description_is_not_the_organization() {
        // Regression: "she said" went to the team, named as "the team" a sentence before.
        let text = "The Harbour Rescue Team has been called in. In a statement, the team said \
                    the search would resume at dawn.\n\nA fisher who saw the boat, and who \
                    asked not to be named, said the waves were high.\n\n“It went under in \
                    seconds,” she said.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Harbour Rescue Team".into()),
                Some("A fisher who saw the boat".into()),
                Some("A fisher who saw the boat".into())
            ]
        );
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
    fn local_and_parliamentary_titles_are_no_part_of_the_name() {
        // Regression: "Labour MP Jess Phillips" was the name, and "The MP" a speaker "MP".
        let text = "Councillor Ana Diaz voted against the plan. The councillor said it was \
                    rushed. Labour MP Jess Phillips was angry. The MP said the bill was flawed.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Ana Diaz".into()),
                Some("Ana Diaz".into()),
                Some("Jess Phillips".into())
            ]
        );
    }

    #[test]
    fn a_police_rank_in_capitals_is_a_title_and_its_description_the_officer() {
        // Regression: "DSP Meena Rao" was an organization, "Rao" someone else; "the DCP" after
        // "DCP (Crime) Harmeet Singh Hundal" was no one named.
        let text = "DSP Meena Rao said the road was closed. Rao added that two men were held. \
                    DCP (Crime) Harmeet Singh Hundal said the accused had fled. \"They posed as \
                    customers,\" the DCP said. SP Olugbenga Fadeyi said the suspects were in \
                    custody.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Meena Rao".into()),
                Some("Meena Rao".into()),
                Some("Harmeet Singh Hundal".into()),
                Some("Harmeet Singh Hundal".into()),
                Some("Olugbenga Fadeyi".into())
            ]
        );
    }

    #[test]
    fn canadian_local_and_provincial_offices_are_titles() {
        // Regression: "Reeve Tom Hill", "MNA Marwah Rizqy" and "Liberal MHA John Abbott" were
        // organizations.
        let text = "Reeve Tom Hill said the road was closed. MNA Marwah Rizqy said the bill was \
                    late. Liberal MHA John Abbott said the ferry was full.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Tom Hill".into()),
                Some("Marwah Rizqy".into()),
                Some("John Abbott".into())
            ]
        );
    }

    #[test]
    fn kenyan_and_south_african_offices_in_capitals_are_titles() {
        // Regression: "Agriculture CS Mutahi Kagwe" and "CS Kagwe" were two organizations,
        // "the PS" after "Agriculture PS Paul Ronoh" an organization "PS".
        let text = "Agriculture CS Mutahi Kagwe said the bags were sent. \"No farmer will be \
                    left behind,\" CS Kagwe said. Agriculture PS Paul Ronoh said trucks were \
                    deployed. According to the PS, depots would be stocked by Friday. Kapseret \
                    MCA Peter Chomba said farmers were queuing. MEC Vuyiswa Ramokgopa said the \
                    province was watching.";
        let kagwe = Some("Mutahi Kagwe".to_string());
        let ronoh = Some("Paul Ronoh".to_string());
        assert_eq!(
            speakers_of_claims(text),
            [
                kagwe.clone(),
                kagwe,
                ronoh.clone(),
                ronoh,
                Some("Peter Chomba".into()),
                Some("Vuyiswa Ramokgopa".into())
            ]
        );
    }

    #[test]
    fn an_australian_councillor_s_abbreviated_title_is_no_part_of_the_name() {
        // Regression: "Cr Ngai" was a speaker apart from "Sam Ngai".
        let text = "Mayor Sam Ngai told the ABC the council was not consulted. \"We found out \
                    from a press release,\" Cr Ngai says.";
        assert_eq!(
            speakers_of_claims(text),
            [Some("Sam Ngai".into()), Some("Sam Ngai".into())]
        );
    }

    #[test]
    fn a_title_with_its_portfolio_and_an_irish_title_are_no_part_of_the_name() {
        // Regression: "Minister for Integration Roderic O'Gorman" was a description that named
        // no one, "Local TD Verona Murphy" an organization and "Ms Murphy" someone else.
        let text = "Minister for Integration Roderic O'Gorman condemned the attack. Local TD \
                    Verona Murphy said residents were angry. Ms Murphy said: \"People here are \
                    not racist.\" The President of Washington Restaurant Association said it \
                    was a math problem.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Roderic O'Gorman".into()),
                Some("Verona Murphy".into()),
                Some("Verona Murphy".into()),
                Some("The President of Washington Restaurant Association".into())
            ]
        );
    }

    #[test]
    fn a_numeral_ends_a_name_and_its_bare_surname_is_the_same_person() {
        // Regression: "King Charles III" was an organization for its numeral in capitals,
        // "The king" no source, and "Mr. Hurt" someone apart from "Harry Hurt III".
        let text = "King Charles III said the visit was a joy. The king said he would return. \
                    Harry Hurt III had hoped to publish. Mr. Hurt said it was late.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Charles III".into()),
                Some("Charles III".into()),
                Some("Harry Hurt III".into()),
                Some("Harry Hurt III".into())
            ]
        );
    }

    #[test]
    fn a_generation_stays_in_the_name() {
        // Regression: the speaker was "Robert P. Casey", the "Jr." left out of his name.
        let text = "Sen. Robert P. Casey Jr. (D-Pa.), a Clinton backer, said it was over. Mr. \
                    Casey said the vote would wait.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Robert P. Casey Jr".into()),
                Some("Robert P. Casey Jr".into())
            ]
        );
    }

    #[test]
    fn he_is_the_person_a_club_and_role_describe_not_the_last_speaker() {
        // Regression: "Erik ten Hag" was "Hag", and "he" went to him past "Former United captain
        // Gary Neville", the subject of the sentence before, read as the organization "Former
        // United".
        let text = "United boss Erik ten Hag admitted his side had been poor. Asked about his \
                    future, Ten Hag insisted he had the backing of the owners.\n\nFormer \
                    United captain Gary Neville was less forgiving. \"That was the worst I have \
                    seen,\" he said.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Erik ten Hag".into()),
                Some("Erik ten Hag".into()),
                Some("Gary Neville".into())
            ]
        );
    }

    #[test]
    fn he_after_a_senior_counsel_named_in_apposition_is_the_counsel() {
        // Regression: "Peter Nguyen SC" was an organization for its rank in capitals, so "He"
        // went to the client named before him.
        let text = "Crown prosecutor Emma Blake said Daniel Hoang had bought petrol. Hoang's \
                    barrister, Peter Nguyen SC, argued the evidence was thin. He said his client \
                    had been at home.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Emma Blake".into()),
                Some("Peter Nguyen".into()),
                Some("Peter Nguyen".into())
            ]
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
        let text = "Pakistan's foreign ministry denied that its troops had fired first. Islamabad \
                    remained committed to the ceasefire, it said in a statement.";
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

    #[test]
    fn she_after_a_name_apposed_to_someones_description_is_that_name() {
        // Regression: "she" went to the owner of the description, "Ms Nguyen", who opens the
        // sentence, not to the neighbour it is told of.
        let text = "Sarah Nguyen said the alerts came late. But Ms Nguyen's neighbour, Beth \
                    Carter, was unconvinced. 'If they followed the protocols,' she said, 'then the \
                    protocols are broken.'";
        assert_eq!(
            speakers_of_claims(text)[1..],
            [Some("Beth Carter".into()), Some("Beth Carter".into())]
        );
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
    fn a_description_goes_to_the_person_whose_titles_agree_or_to_no_one() {
        // Regression: "The German foreign minister" went to Hungary's prime minister.
        let text = "Hungarian Prime Minister Viktor Orban said Budapest would veto the package. \
                    The German foreign minister, for her part, insisted that Europe would not be \
                    blackmailed. German Foreign Minister Annalena Baerbock arrived later. The \
                    German foreign minister said the talks would go on.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Viktor Orban".into()),
                Some("The German foreign minister".into()),
                Some("Annalena Baerbock".into())
            ]
        );
    }

    #[test]
    fn a_description_of_an_organization_is_the_one_named_whose_name_it_agrees_with() {
        // Regression: "The commission" and "the health service" were speakers of their own,
        // and "St. Louis County Council" was "Council".
        let text = "The Australian Electoral Commission said the count was over. The \
                    National Health Service said waiting lists had grown. The commission said \
                    it would publish the results. The health service said more staff were \
                    needed. The St. Louis County Council said it agreed. The service said \
                    its staff were tired. The electoral office said it had no comment on the count.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Australian Electoral Commission".into()),
                Some("National Health Service".into()),
                Some("Australian Electoral Commission".into()),
                Some("National Health Service".into()),
                Some("St. Louis County Council".into()),
                Some("National Health Service".into()),
                Some("The electoral office".into()),
            ]
        );
    }

    #[test]
    fn a_description_of_an_organization_is_the_one_it_described_before_its_name() {
        // Regression: "The utility" and "The airline" were speakers of their own; a giant of
        // another trade is no other giant.
        let text = "Power utility Eskom warned that cuts were coming. The utility said outages \
                    had climbed. The airline Qantas cut fares. The airline said demand was weak. \
                    Oil giant Exxon Mobil said sales rose. The online retail giant said profits \
                    fell.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Eskom".into()),
                Some("Eskom".into()),
                Some("Qantas".into()),
                Some("Exxon Mobil".into()),
                Some("The online retail giant".into()),
            ]
        );
    }

    #[test]
    fn a_description_after_an_opening_phrase_that_ends_on_a_name_is_no_apposition() {
        // Regression: "the Democratic presidential candidate" was the interviewer named
        // before its comma.
        let text = "Democratic presidential candidate Ana Ruiz spoke on Monday. In an interview \
                    with Mika Lopez, the Democratic presidential candidate stated that the \
                    comments did not fit.";
        assert_eq!(speakers_of_claims(text), [Some("Ana Ruiz".into())]);
    }

    /// Each speaker as (name, gender, named).
    fn who_is_heard(text: &str) -> Vec<(String, Option<&'static str>, bool)> {
        annotate(text)
            .speakers
            .into_iter()
            .map(|s| {
                let gender = s.gender.map(|g| match g {
                    crate::SpeakerGender::Female => "female",
                    crate::SpeakerGender::Male => "male",
                });
                (s.name, gender, s.named)
            })
            .collect()
    }

    /// Each speaker's name and whether it is named.
    fn names_and_named(text: &str) -> Vec<(String, bool)> {
        who_is_heard(text)
            .into_iter()
            .map(|(name, _, named)| (name, named))
            .collect()
    }

    #[test]
    fn advocates_who_open_a_sentence_are_named_by_no_one() {
        // Regression: "Advocates" (a cue's form too) was a named speaker.
        let text = "Advocates say the number shows how much work remains.";
        assert_eq!(names_and_named(text), [("Advocates".to_string(), false)]);
    }

    #[test]
    fn a_headline_s_poll_or_people_are_named_by_no_one() {
        // Regression: the headline's "Poll" and "People" were named speakers.
        let text = "Poll: Voters Sour On Tax Plan\n\nPeople Say They Want Change\n\nAna Ruiz \
                    said the plan would pass. Builders say rates must fall.";
        assert_eq!(
            names_and_named(text),
            [
                ("Poll".to_string(), false),
                ("People".to_string(), false),
                ("Ana Ruiz".to_string(), true),
                ("Builders".to_string(), false)
            ]
        );
    }

    #[test]
    fn the_company_or_the_firm_is_the_company_named_with_its_suffix() {
        // Regression: "the company" after "Loblaw Companies Ltd." was a speaker of its own.
        let text = "Loblaw Companies Ltd. did not respond. In a call, the company said prices \
                    would fall. The firm added that stores would stay open.";
        assert_eq!(
            names_and_named(text),
            [("Loblaw Companies".to_string(), true)]
        );
    }

    #[test]
    fn a_parent_described_by_their_children_is_the_person_named_last() {
        // Regression: "the mother of three" was a speaker of her own.
        let text = "At a store, shopper Amrit Dhillon compares flyers. “Now I do math,” the \
                    mother of three said. Tom Ruiz agreed. “It adds up,” the father of two said.";
        assert_eq!(
            names_and_named(text),
            [
                ("Amrit Dhillon".to_string(), true),
                ("Tom Ruiz".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_peer_s_and_a_french_honorific_tell_a_woman() {
        // Regression: "Baroness" told no gender (it is longer than the other honorifics).
        let text = "Baroness Chakrabarti told peers the bill was flawed. Mme Dupont said it was \
                    fine.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Chakrabarti".to_string(), Some("female"), true),
                ("Dupont".to_string(), Some("female"), true)
            ]
        );
    }

    #[test]
    fn a_speaker_s_gender_is_what_the_article_s_own_words_tell() {
        // An honorific; a pronoun resolved to the person; a kin or role noun; a given name.
        let text = "Mrs Okafor said the clinic would close. Dr Adeyemi said it would not. \
                    “We will fight,” she added. His son Tunde Balogun said the family agreed. \
                    Margaret Hale said the vote was fair. The chairwoman, Ines Varga, said \
                    the board would meet. Chidi Okoro, a spokesman for the union, said it would \
                    strike. “It is late,” said Kiri Tane, whose son studies there.";
        // (Regression: Kiri Tane was a man, by the son.)
        assert_eq!(
            who_is_heard(text),
            [
                ("Okafor".to_string(), Some("female"), true),
                ("Adeyemi".to_string(), Some("female"), true),
                ("Tunde Balogun".to_string(), Some("male"), true),
                ("Margaret Hale".to_string(), Some("female"), true),
                ("Ines Varga".to_string(), Some("female"), true),
                ("Chidi Okoro".to_string(), Some("male"), true),
                ("Kiri Tane".to_string(), None, true),
            ]
        );
    }

    #[test]
    fn an_accented_given_name_tells_the_gender_its_plain_form_tells() {
        // Regression: "José" and "Lucía" were no given names, as the census writes them plain.
        let text = "José Ortega said the plan was sound. Lucía Varga said it was not. Jérôme Lind \
                    said it was late. Łukasz Nowak said it was early.";
        assert_eq!(
            who_is_heard(text),
            [
                ("José Ortega".to_string(), Some("male"), true),
                ("Lucía Varga".to_string(), Some("female"), true),
                ("Jérôme Lind".to_string(), Some("male"), true),
                ("Łukasz Nowak".to_string(), None, true),
            ]
        );
    }

    #[test]
    fn given_names_of_french_and_south_asian_news_tell_a_gender() {
        let text = "Geneviève Roy said the plan was sound. Rajesh Rao said it was not. Fatima \
                    Khan said it was late.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Geneviève Roy".to_string(), Some("female"), true),
                ("Rajesh Rao".to_string(), Some("male"), true),
                ("Fatima Khan".to_string(), Some("female"), true),
            ]
        );
    }

    #[test]
    fn given_names_of_african_and_irish_news_tell_a_gender() {
        let text = "Nkechi Eze said the plan was sound. Thabo Nkosi said it was not. Aoife Byrne \
                    said it was late. Kofi Mensah said it was early.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Nkechi Eze".to_string(), Some("female"), true),
                ("Thabo Nkosi".to_string(), Some("male"), true),
                ("Aoife Byrne".to_string(), Some("female"), true),
                ("Kofi Mensah".to_string(), Some("male"), true),
            ]
        );
    }

    #[test]
    fn nigerian_and_indian_honorifics_tell_a_gender_and_are_no_part_of_the_name() {
        // Regression: "Alhaji Musa Danjuma" was the name, with no gender, and "the
        // Presidency" a person.
        let text = "Alhaji Musa Danjuma said 300 shops burned. Hajia Amina Bello said the \
                    clinic was shut. Smt Sunita Devi said it was late. The Presidency said \
                    an inquiry would follow.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Musa Danjuma".to_string(), Some("male"), true),
                ("Amina Bello".to_string(), Some("female"), true),
                ("Sunita Devi".to_string(), Some("female"), true),
                ("Presidency".to_string(), None, true),
            ]
        );
    }

    #[test]
    fn malaysian_and_gulf_titles_of_honour_are_no_part_of_the_name() {
        // Regression: "Datuk Seri Anwar Ibrahim" and "Tan Sri Lee Lam Thye" were the names.
        let text = "Datuk Seri Anwar Ibrahim said aid was sent. Tan Sri Lee Lam Thye urged \
                    the authorities to act. Datin Noraini Ahmad said the school was shut. Toh \
                    Puan Aishah said nothing had changed.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Anwar Ibrahim".to_string(), Some("male"), true),
                ("Lee Lam Thye".to_string(), None, true),
                ("Noraini Ahmad".to_string(), Some("female"), true),
                ("Aishah".to_string(), Some("female"), true),
            ]
        );
        // The Gulf's "Sheikh", and "Sheikh Mohammed" is the one named with "Mohammed" first.
        let text = "Sheikh Mohammed bin Rashid said the city would grow. Sheikh Mohammed added \
                    that the plan was ready. Sheikha Latifa said the arts would gain.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Mohammed bin Rashid".to_string(), Some("male"), true),
                ("Latifa".to_string(), Some("female"), true),
            ]
        );
    }

    #[test]
    fn a_bare_first_name_is_the_one_person_named_with_it_first() {
        // Regression: "Prabowo" after "Prabowo Subianto", and "Anwar" after "Anwar Ibrahim",
        // were speakers of their own.
        let text = "Prabowo Subianto said the budget would grow. \"We will not cut,\" Prabowo \
                    said. Siti Rahman said prices rose. Siti Aminah said rents rose. Siti said \
                    she would move. Trump Train organizer Ann Lee said the bus was full. Donald \
                    Trump said the rally was big. Trump said it again.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Prabowo Subianto".into()),
                Some("Prabowo Subianto".into()),
                Some("Siti Rahman".into()),
                Some("Siti Aminah".into()),
                // (Two women named Siti: neither.)
                Some("Siti".into()),
                Some("Ann Lee".into()),
                Some("Donald Trump".into()),
                Some("Donald Trump".into())
            ]
        );
    }

    #[test]
    fn zimbabwe_s_comrade_and_an_engineer_s_title_are_no_part_of_the_name() {
        // Regression: "Cde Jenfan Muswere" and "Engineer Eddington Mazambani" were the names,
        // and "Commuter omnibus operator Mr Tendai Moyo" an organization.
        let text = "Information Minister Cde Jenfan Muswere said the measure would start on \
                    Monday. ZERA chief executive Engineer Eddington Mazambani said supplies were \
                    stable. Commuter omnibus operator Mr Tendai Moyo said fares would hold.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Jenfan Muswere".to_string(), None, true),
                ("Eddington Mazambani".to_string(), None, true),
                ("Tendai Moyo".to_string(), Some("male"), true),
            ]
        );
    }

    #[test]
    fn madam_is_an_honorific_of_women() {
        let text = "Madam Tan Bee Lian said she would cut back. Mdm Lim said it was dear.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Tan Bee Lian".to_string(), Some("female"), true),
                ("Lim".to_string(), Some("female"), true),
            ]
        );
    }

    #[test]
    fn names_borne_by_both_sexes_or_unknown_and_organizations_have_no_gender() {
        let text = "Jordan Ellis said the plan was sound. Kim Novak said it was not. Okonkwo \
                    said the talks had failed. The Kremlin said the report was false.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Jordan Ellis".to_string(), None, true),
                ("Kim Novak".to_string(), None, true),
                ("Okonkwo".to_string(), None, true),
                ("Kremlin".to_string(), None, true),
            ]
        );
    }

    #[test]
    fn unnamed_sources_are_not_named() {
        let text = "Officials said the border would reopen. A source familiar with the matter \
                    said talks had stalled. A person who spoke on condition of anonymity said \
                    the deal was close. Diplomats said the vote would be delayed. A \
                    spokeswoman for the ministry said it had no comment on the report. Russia \
                    said the claims were false.";
        let heard = who_is_heard(text);
        let named: Vec<(&str, bool)> = heard
            .iter()
            .map(|(n, _, named)| (n.as_str(), *named))
            .collect();
        assert_eq!(
            named,
            [
                ("Officials", false),
                ("A source familiar with the matter", false),
                ("A person who spoke on condition of anonymity", false),
                ("Diplomats", false),
                ("A spokeswoman for the ministry", false),
                ("Russia", true),
            ]
        );
        // A role noun tells a gender though the source is unnamed.
        assert_eq!(heard[4].1, Some("female"));
        // Regression: "Senators", "Others", "Businesses" and "Investors" were named, as if names.
        let heard = who_is_heard(
            "Senators said the plan failed. Others said it worked. Businesses welcomed the \
             move. Investors said the cut was overdue.",
        );
        assert_eq!(heard.len(), 4);
        assert!(heard.iter().all(|(_, _, named)| !named));
    }

    #[test]
    fn evidence_that_opens_a_sentence_is_not_named() {
        // Regression: "Research" and "Polls" were named organizations, as if names, and
        // "Colleges" a named person.
        let text = "Research shows gains in reading fade by Grade 4. Polls suggest the premier \
                    is trailing. Statistics Canada said the rate rose. Colleges warned against \
                    a cap.";
        assert_eq!(
            names_and_named(text),
            [
                ("Research".to_string(), false),
                ("Polls".to_string(), false),
                ("Statistics Canada".to_string(), true),
                ("Colleges".to_string(), false),
            ]
        );
    }

    #[test]
    fn the_emergency_services_are_not_named() {
        // Regression: "Police", "Paramedics" and "Firefighters" opening a sentence were taken
        // for names.
        let text = "Police said the driver was arrested. Paramedics said two people were \
                    hurt. Firefighters said the blaze was out by noon.";
        let named: Vec<bool> = who_is_heard(text).iter().map(|h| h.2).collect();
        assert_eq!(named, [false, false, false]);
    }

    #[test]
    fn an_organization_and_its_bare_name_are_one_speaker() {
        // Regression: "Eskom" alone was a person and "Power utility Eskom" an organization, so
        // the panel listed Eskom twice.
        let text = "Power utility Eskom said prices would rise. Eskom added that cuts were likely. \
                    Donald Trump said it was a disgrace. Trump added that it was sad.";
        assert_eq!(
            names_and_named(text),
            [
                ("Eskom".to_string(), true),
                ("Donald Trump".to_string(), true)
            ]
        );
    }

    #[test]
    fn initials_in_parentheses_after_an_organization_are_that_organization() {
        // Regression: the headline's "COCOBOD", the "(COCOBOD)" after "Ghana Cocoa Board" and
        // the "COCOBOD" after it were a speaker of their own, the board another.
        let text = "Smuggling is costing Ghana $500m – COCOBOD\n\nThe Ghana Cocoa Board \
                    (COCOBOD) says farmers lose out. Mr. Tawiah intimated that guards were \
                    complicit. COCOBOD added that it would act.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Ghana Cocoa Board (COCOBOD)".into()),
                Some("Ghana Cocoa Board (COCOBOD)".into()),
                Some("Tawiah".into()),
                Some("Ghana Cocoa Board (COCOBOD)".into())
            ]
        );
    }

    #[test]
    fn an_irish_garda_is_a_title_and_a_registry_an_organization() {
        // Regression: "Det Garda Siobhán Keane" was an organization, "the Registry of Credit
        // Unions" a person "Registry", and "A former credit union manager who stole …" a claim
        // of "A former", cued by "credit".
        let text = "A former credit union manager who stole €410,000 has been jailed. Det Garda \
                    Siobhán Keane told the court the money was moved. The Garda Síochána said \
                    it would investigate. The Registry of Credit Unions said it had acted.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Siobhán Keane".into()),
                Some("Garda Síochána".into()),
                Some("Registry of Credit Unions".into())
            ]
        );
    }

    #[test]
    fn a_state_that_speaks_is_its_government() {
        // Regression: "Texas" was a person, and "it" after it no one.
        let text = "Texas said the rule was illegal. It added that it would appeal. New South \
                    Wales said it would wait.";
        assert_eq!(
            who_is_heard(text),
            [
                ("Texas".to_string(), None, true),
                ("New South Wales".to_string(), None, true)
            ]
        );
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Texas".into()),
                Some("Texas".into()),
                Some("New South Wales".into())
            ]
        );
    }

    #[test]
    fn it_after_a_sentence_a_document_opened_is_the_document() {
        // Regression: "It found …" after "The study analyzed …" was the company's.
        let text = "The company said sales fell. It added that prices rose. The new study \
                    analyzed 4.2 million visits. It found that waits were longest in Toronto.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("The company".into()),
                Some("The company".into()),
                Some("The new study".into())
            ]
        );
    }

    #[test]
    fn they_after_people_who_spoke_is_those_people() {
        // Regression: "they said" after "people familiar with the matter" was no one's.
        let text = "A deal is near, said people familiar with the matter. It may still fail, \
                    they said.";
        let people = Some("people familiar with the matter".to_string());
        assert_eq!(speakers_of_claims(text), [people.clone(), people]);
    }

    #[test]
    fn she_after_one_witness_who_spoke_is_the_witness() {
        // Regression: "witness" ends in "s" and was a group, and "One" introduced no one, so
        // "she said" went to the minister named before.
        let text = "Transport Minister Jo Haylen said more officers would patrol. One witness \
                    told the ABC she saw people running. “Everyone was screaming,” she said.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Jo Haylen".into()),
                Some("One witness".into()),
                Some("One witness".into())
            ]
        );
    }

    #[test]
    fn a_release_is_a_document_of_whoever_sent_it() {
        // Regression: "a press release" was a person who said what the campaign's release said.
        let text = "Rubio's campaign sent out a press release saying Murphy owes Florida an \
                    explanation.";
        assert_eq!(speakers_of_claims(text), [Some("Rubio's campaign".into())]);
    }

    #[test]
    fn a_title_apposed_before_the_name_stands_for_the_person() {
        // Regression: "The chancellor added" after "The chancellor, Rachel Reeves," named no
        // one; "the chancellor" is still no "shadow chancellor".
        let text = "The chancellor, Rachel Reeves, said the leak was bad. The shadow chancellor, \
                    Mel Stride, said it was worse. The chancellor added that she would help.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Rachel Reeves".into()),
                Some("Mel Stride".into()),
                Some("Rachel Reeves".into())
            ]
        );
    }

    #[test]
    fn a_plural_title_is_no_part_of_a_judge_s_name() {
        // Regression: "Justice Gavai remarked" was "Justices B.R. Gavai".
        let text = "A Bench of Justices B.R. Gavai and K.V. Viswanathan observed that the \
                    demolitions broke the law. “Nobody is above the law,” Justice Gavai remarked.";
        assert_eq!(
            speakers_of_claims(text),
            [
                Some("Justices B.R. Gavai and K.V. Viswanathan".into()),
                Some("B.R. Gavai".into())
            ]
        );
    }

    #[test]
    fn auditors_and_inspectors_are_not_named() {
        let text = "Auditors deemed the fees excessive. Inspectors said the doors were locked.";
        let named: Vec<bool> = who_is_heard(text).iter().map(|h| h.2).collect();
        assert_eq!(named, [false, false]);
    }
}

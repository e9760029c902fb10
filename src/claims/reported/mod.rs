//! Stage 4, reported speech: the claim a cue reports, by construction. [`Finder::reported`]
//! tries the stage's rules in order; the first that decides, with a claim or with none, ends it.

mod according_to;
mod as_clause;
mod block;
mod complement;
mod guards;
mod inverted;
mod parenthetical;
mod question;
mod relative;
mod source;

use std::ops::Range;

use crate::annotations::Span;
use crate::claims::cues::{Cue, signs_post};
use crate::claims::direct::Direct;
use crate::claims::finder::Finder;
use crate::claims::found::{Found, Source};
use crate::data::cues::{ADVERBIAL_OPENERS, AUXILIARIES, CONNECTIVES, CueClass, SUBORDINATORS};
use crate::data::words::NOT_NAMES;
use crate::rules::Rule;
use crate::text::Lowercase;

/// What a rule makes of a cue: a claim, no claim (the stage ends), or nothing to say (the next
/// rule decides).
enum Decision {
    Claim(Found),
    NoClaim,
    Next,
}

/// A source found for a cue: who, the token where it ends, and the rule that found it.
#[derive(Clone, Copy)]
struct Sourced {
    source: Source,
    at: usize,
    rule: Rule,
}

impl Sourced {
    /// The source of `found`, if any, as found by `rule`.
    fn by(found: Option<(Source, usize)>, rule: Rule) -> Option<Sourced> {
        found.map(|(source, at)| Sourced { source, at, rule })
    }
}

/// What the rules know of one cue: the cue, its sentence, the source it may inherit from the
/// sentence's claim before it, whether there is such a claim, the source found for it and
/// whether that stands after it.
struct Reported<'c> {
    cue: &'c Cue,
    sentence: Range<usize>,
    inherited: Option<Source>,
    follows_claim: bool,
    before: Option<Sourced>,
    inverted: bool,
}

impl Finder<'_, '_> {
    /// A reported claim at a cue: its complement after the cue, or, inverted, the clause before;
    /// `inherited` is the source of the sentence's claim before it, for coordinated cues, and
    /// `follows_claim` whether the sentence has a claim before it.
    pub(in crate::claims) fn reported(
        &self,
        cue: &Cue,
        inherited: Option<Source>,
        last_content: Option<Span>,
        follows_claim: bool,
    ) -> Option<Found> {
        let sentence = self.sentence(cue.first);
        if let Some(found) = self.question_put(cue, &sentence) {
            return found;
        }
        if self.says_nothing(cue, &sentence) {
            return None;
        }
        if signs_post(self.doc, cue.first) {
            return self.embedded_post(cue, &sentence);
        }
        if self.introduces_block(cue) {
            return self.block_quote(cue, &sentence);
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
        if let Some(found) = self.told_inverted(cue, &sentence) {
            return Some(found);
        }
        if self.passive_or_asked(cue, &sentence) || self.other_sense(cue, &sentence) {
            return None;
        }
        let before = self.reported_source(cue, inherited, &sentence);
        // "said it apologizes to anyone who waited and encouraged patients to …": a cue that
        // "and" or "but" joins right after the content before it is that claim's source's, not
        // a noun's inside that content.
        let before = match (before, inherited, last_content) {
            (Some(b), Some(source), Some(content))
                if cue.first > sentence.start + 1
                    && matches!(self.word(cue.first - 1), "and" | "but")
                    && self.doc.tokens[cue.first - 1].span.start >= content.end
                    && content.contains(self.doc.tokens[b.at].span) =>
            {
                Some(Sourced {
                    source,
                    at: cue.first - 1,
                    rule: Rule::SourceGoesOn,
                })
            }
            _ => before,
        };
        if self.claims_nothing(cue, before, &sentence) {
            return None;
        }
        let at = Reported {
            inverted: self.inverted_source(cue, before, &sentence),
            cue,
            sentence,
            inherited,
            follows_claim,
            before,
        };
        let rules: [fn(&Self, &Reported) -> Decision; 3] = [
            Self::parenthetical,
            Self::relative_content,
            Self::complement_claim,
        ];
        for rule in rules {
            match rule(self, &at) {
                Decision::Claim(found) => return Some(found),
                Decision::NoClaim => return None,
                Decision::Next => {}
            }
        }
        // ("Officer Ana Ruiz, who shot …, was charged with manslaughter": what stands before a
        // charge is no content of it.)
        if self.charged_passively(cue, &at.sentence).is_some() {
            return None;
        }
        self.inverted_claim(&at)
    }
}

impl Finder<'_, '_> {
    /// Whether the words `before` an attribution that interrupts its sentence are no part of
    /// the claim: none, an adverbial or a connective ("However, as POLITICO reported, …",
    /// "Since November, according to …"), a clause of its own ("If …, as some hope, …") or a
    /// phrase set off by a comma.
    fn adverbial_lead(&self, before: Range<usize>) -> bool {
        let words = before.clone().filter(|&k| self.is_word(k)).count();
        let opener = self.word(before.start);
        words == 0
            || ADVERBIAL_OPENERS.contains(Lowercase::new(opener).as_str())
            || CONNECTIVES.contains(opener)
            || SUBORDINATORS.contains(opener)
            || words == 1 && (NOT_NAMES.contains(opener) || opener == "Now")
            || before.clone().any(|k| self.doc.is_punct(k, ","))
    }
}

/// The last reported claim: its sentence, its source and its content.
#[derive(Clone, Copy)]
struct LastReported {
    sentence: usize,
    source: Source,
    span: Span,
}

impl Finder<'_, '_> {
    /// The direct claims with the reported claims of the cues no quote used, each cue with the
    /// source it may inherit from its sentence's claim before it. A reported claim that is
    /// exactly a quote is that quote.
    pub(in crate::claims) fn reported_claims(&self, cues: &[Cue], direct: Direct) -> Vec<Found> {
        let doc = self.doc;
        let mut claims = direct.claims;
        let mut quoted: Vec<Span> = claims.iter().map(|c| c.span).collect();
        crate::sort::sort_spans(&mut quoted);
        // The last reported claim, for coordinated cues: a claim inside it ("said that the
        // country would declare …") hands on no source.
        let mut last: Option<LastReported> = None;
        // The source of the last quote attributed so far, and its sentence.
        let mut last_quoted: Option<(usize, Source)> = None;
        for (ci, cue) in cues.iter().enumerate() {
            let sentence = doc.sentence_of(cue.first);
            // The source of the sentence's last claim: reported, or a quote attributed there.
            let quoted_here = last_quoted
                .filter(|&(s, _)| s == sentence)
                .map(|(_, source)| source);
            if let Some(source) = direct.quoted_by[ci] {
                last_quoted = Some((sentence, source));
                continue;
            }
            let last_here = last.filter(|l| l.sentence == sentence);
            let cue_start = doc.tokens[cue.first].span.start;
            let nested =
                last_here.is_some_and(|l| l.span.start <= cue_start && cue_start < l.span.end);
            let inherited = last_here
                .map(|l| l.source)
                .or(quoted_here)
                .filter(|_| self.inherits(cue, last_here, nested))
                .filter(|_| !last_here.is_some_and(|l| self.subject_after(cue, l, sentence)));
            let follows_claim = last_here.is_some() || quoted_here.is_some();
            let last_content = last_here.map(|l| l.span);
            let Some(found) = self.reported(cue, inherited, last_content, follows_claim) else {
                continue;
            };
            if !nested {
                last = Some(LastReported {
                    sentence,
                    source: found.source,
                    span: found.span,
                });
            }
            // "declined to comment on his departure": a claim inside one of its own source's
            // says nothing more; nor does one inside another's that names nobody new ("told
            // the Sentinel she expected long lines", "said the committee would ask for more
            // documents"): it is part of what the outer source reports. A named source's is
            // kept: "…, after the Kremlin warned of …".
            let repeats = nested
                && !cue.gerund
                && (!matches!(found.source, Source::Named(_) | Source::State(..))
                    || last.is_some_and(|l| l.source == found.source));
            if quoted.binary_search(&found.span).is_err() && !repeats {
                claims.push(found);
            }
        }
        claims
    }

    /// Whether a gerund's own clause has a subject after the last claim of its sentence,
    /// `last`: "prosecutors charged the officer and Emanuel fired his chief, acknowledging …"
    /// is Emanuel's.
    fn subject_after(&self, cue: &Cue, last: LastReported, sentence: usize) -> bool {
        let start = self.doc.sentences[sentence].start;
        cue.gerund
            && matches!(
                self.clause_subject(cue, start),
                Some((Source::Named(_) | Source::Pronoun(..), at))
                    if self.doc.tokens[at].span.start >= last.span.end
            )
    }

    /// Whether `cue` may inherit the source of its sentence's claim before it, `last` the
    /// sentence's last reported claim and `nested` whether the cue stands inside it. A speech
    /// verb or a gerund may; a stance inside a claim, or after one whose clause has a person
    /// for subject, is not another of its source's ("Police say he posed a threat and refused
    /// to drop the gun"), unless an auxiliary after "and" or "but" parallels the claim's own
    /// verb ("has said she will vote for Trump but has declined to endorse him").
    fn inherits(&self, cue: &Cue, last: Option<LastReported>, nested: bool) -> bool {
        let doc = self.doc;
        let person_subject = last.is_some_and(|l| {
            let k = doc.tokens_before(l.span.start);
            self.pronoun(k).is_some() || self.mention_starting_at(k).is_some()
        });
        let parallel = cue.first > 1
            && AUXILIARIES.contains(doc.word(cue.first - 1))
            && matches!(doc.word(cue.first - 2), "and" | "but");
        cue.class == CueClass::Speech || cue.gerund || !(nested || person_subject && !parallel)
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, reported};

    #[test]
    fn referring_to_something_is_a_stance_on_it() {
        let text = "“It is a disgrace,” Ms. Ortiz said, referring to the mayor’s budget cuts.";
        assert_eq!(
            claims(text)[1],
            reported("the mayor’s budget cuts", "referring to", "Ortiz")
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
}

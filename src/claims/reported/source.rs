//! The source of a reported cue: the first of the stage's source rules that finds one.

use std::ops::Range;

use super::Sourced;
use crate::claims::Source;
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::data::cues::DOCUMENTS;
use crate::grammar::opens_subordinate_clause;
use crate::rules::Rule;
use crate::text::Lowercase;

impl Finder<'_, '_> {
    /// The source of a reported `cue`, with `inherited` the source of its sentence's claim
    /// before it, and the rule that found it.
    pub(super) fn reported_source(
        &self,
        cue: &Cue,
        inherited: Option<Source>,
        sentence: &Range<usize>,
    ) -> Option<Sourced> {
        let found = self.subject_of_cue(cue, inherited, sentence);
        // "The ministry sent letters to the United Nations demanding …": an addressee is no
        // gerund's source, the clause's subject is.
        let found = match found.map(|f| f.source) {
            Some(Source::Named(m))
                if cue.gerund && {
                    let first = self.titles_before(self.mentions[m].first);
                    let first = first - usize::from(first > 0 && self.word(first - 1) == "the");
                    first > sentence.start && self.word(first - 1) == "to"
                } =>
            {
                Sourced::by(
                    self.subject_before(cue.first, sentence.start),
                    Rule::SourceClauseSubject,
                )
            }
            _ => found,
        };
        let maker = |verb: usize| Sourced::by(self.maker(verb, sentence.start), Rule::SourceMaker);
        match found.map(|f| f.source) {
            // "Trump unleashed a series of tweets saying …": a document that the sentence's
            // subject made, right after its verb, speaks for that subject.
            Some(Source::Nominal(first, head))
                if first > sentence.start + 1
                    && DOCUMENTS.contains(Lowercase::new(self.word(head)).as_str()) =>
            {
                maker(first - 1).or(found)
            }
            // "Obama sounded a call for …", "she issued a warning that …": a noun cue speaks
            // for who made it.
            _ => cue.made_by.and_then(maker).or(found),
        }
    }

    /// The subject of `cue` by its place in the sentence, before the corrections of
    /// [`Finder::reported_source`].
    fn subject_of_cue(
        &self,
        cue: &Cue,
        inherited: Option<Source>,
        sentence: &Range<usize>,
    ) -> Option<Sourced> {
        // "…," Trump said, adding later …: a gerund after a comma goes on with the sentence's
        // source.
        let goes_on = self.goes_on(cue, sentence.start);
        // "attacked Trump for saying …", "held Pagliano in contempt for refusing …": the
        // object speaks; "Trump was criticized for saying …": the subject.
        let for_gerund =
            cue.gerund && cue.first > sentence.start + 1 && self.word(cue.first - 1) == "for";
        let before = || Sourced::by(self.source_before(cue, sentence.start), Rule::SourceBefore);
        match inherited {
            _ if self.passive_to(cue, sentence) => Sourced::by(
                self.source_before(cue, sentence.start)
                    .map(|(_, at)| (Source::Unnamed, at)),
                Rule::SourceUnnamed,
            ),
            _ if for_gerund => Sourced::by(
                self.object_before(cue.first - 1, sentence.start),
                Rule::SourceForGerund,
            ),
            // "After saying that …, McDaniel was pressed": a gerund that opens a subordinate
            // clause goes with the main clause's subject.
            _ if cue.gerund
                && cue.first == sentence.start + 1
                && opens_subordinate_clause(self.word(sentence.start)) =>
            {
                let main = (cue.last + 1..sentence.end.saturating_sub(1))
                    .filter(|&k| self.doc.is_punct(k, ","))
                    .find_map(|k| match self.subject_at(k + 1, sentence.end, 1) {
                        Source::Unnamed => None,
                        subject => Some((subject, k + 1)),
                    });
                Sourced::by(main, Rule::SourceMainClause)
            }
            Some(source) if goes_on => Some(Sourced {
                source,
                at: cue.first - 1,
                rule: Rule::SourceGoesOn,
            }),
            _ if goes_on => Sourced::by(
                self.clause_subject(cue, sentence.start),
                Rule::SourceClauseSubject,
            )
            .or_else(before),
            _ => before(),
        }
    }
}

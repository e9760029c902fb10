//! Guards: cues that report nothing, whatever follows them.

use std::ops::Range;

use super::Sourced;
use crate::annotations::SpeakerKind;
use crate::claims::Source;
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::data::cues::{
    AUXILIARIES, BE_FORMS, CLAUSE_OPENERS, CONDITIONS, CueClass, DOCUMENTS, SOURCE_NOUNS,
    SUBJECT_LEADS, TIME_CONJUNCTIONS,
};
use crate::grammar::past_form;
use crate::text::Lowercase;

/// How many words back from a cue "whether" or "asked if" makes it a question.
const QUESTION_REACH: usize = 6;
/// How many words after a noun-like cue may stand before the name whose title it is in.
const TITLE_REACH: usize = 4;

impl Finder<'_, '_> {
    /// Whether a cue says nothing where it stands: inside a quote; in a question ("Asked
    /// whether he would endorse Clinton, …"); a participle after a subordinator, passive with
    /// no source ("When asked whether …, Reid replied").
    pub(super) fn says_nothing(&self, cue: &Cue, sentence: &Range<usize>) -> bool {
        self.inside_quote(cue.first)
            || self.in_question(cue.first, sentence.start)
            || cue.first > sentence.start && past_form(self.word(cue.first)) && {
                let opener = cue.first - 1;
                (opener == sentence.start || self.doc.is_punct(opener - 1, ","))
                    && CONDITIONS.contains(Lowercase::new(self.word(opener)).as_str())
            }
    }

    /// Whether token `k` stands in a question, a few words after "whether" or "asked if" in
    /// its clause (from token `start`).
    pub(in crate::claims) fn in_question(&self, k: usize, start: usize) -> bool {
        let mut i = k;
        while i > start.max(k.saturating_sub(QUESTION_REACH)) && self.is_word(i - 1) {
            i -= 1;
            let asked = i > 0 && matches!(self.word(i - 1), "asked" | "ask" | "asks");
            if self.word(i) == "whether" || self.word(i) == "if" && asked {
                return true;
            }
        }
        false
    }

    /// Whether `cue` is passive: "When the diagnosis was confirmed, Clinton …" (nothing after
    /// it), "was criticized for saying …"; or asks: "Reagan was once asked how the war would
    /// end", a question put to him.
    pub(super) fn passive_or_asked(&self, cue: &Cue, sentence: &Range<usize>) -> bool {
        let be = |k: usize| k > sentence.start && BE_FORMS.contains(self.word(k - 1));
        let passive = be(cue.first) && past_form(self.word(cue.first));
        let ends = cue.last + 1 >= sentence.end;
        let asked = cue.base == "ask"
            && !ends
            && self.word(cue.last + 1) != "to"
            && (be(cue.first)
                || be(cue.first.saturating_sub(1)) && self.word(cue.first - 1) == "once");
        asked
            || passive
                && (ends
                    || self.doc.is_punct(cue.last + 1, ",")
                    || self.word(cue.last + 1) == "for")
    }

    /// "Trump was criticized for saying …": the subject of a passive is no source; "the thefts
    /// were intended to interfere" says nothing of whose intent.
    pub(super) fn passive_to(&self, cue: &Cue, sentence: &Range<usize>) -> bool {
        let be = cue.first > sentence.start && BE_FORMS.contains(self.word(cue.first - 1));
        be && past_form(self.word(cue.first))
            && cue.last + 1 < sentence.end
            && self.word(cue.last + 1) == "to"
    }

    /// Whether a cue with the source `before` claims nothing: what a person shows or finds
    /// ("Clinton doesn't show consistency"), unless said to be so ("found that …"); what one
    /// must do ("the country must reject …"); a noun-like cue that is a noun here ("In the wake
    /// of the New York Times report, …") or has no sure source.
    pub(super) fn claims_nothing(
        &self,
        cue: &Cue,
        before: Option<Sourced>,
        sentence: &Range<usize>,
    ) -> bool {
        // (Not "A study by Loyola Law School professor Justin Levitt found": a description
        // before the name tells of a document.)
        let person = match before.map(|b| b.source) {
            Some(Source::Named(m)) => {
                let first = self.titles_before(self.mentions[m].first);
                self.mentions[m].kind == SpeakerKind::Person
                    && (first <= sentence.start
                        || !self.is_word(first - 1)
                        || !self.word(first - 1).starts_with(char::is_lowercase)
                        || SUBJECT_LEADS.contains(self.word(first - 1)))
            }
            Some(Source::Pronoun(_, gender)) => gender.is_some(),
            _ => false,
        };
        let that = cue.last + 1 < sentence.end && self.word(cue.last + 1) == "that";
        if cue.class == CueClass::Evidence && person && !that || self.obliged(cue) {
            return true;
        }
        cue.noun_like && self.noun_here(cue, before, sentence)
    }

    /// Whether a noun-like cue is a noun here: a comma or a participle after it ("A GAO report
    /// released last year"), no sure source before it, or the title of a name that speaks
    /// ("state health commissioner Jennifer Shuford said").
    fn noun_here(&self, cue: &Cue, before: Option<Sourced>, sentence: &Range<usize>) -> bool {
        let doc = self.doc;
        // A source that is sure to be one: a name, a pronoun, or a noun phrase headed by a
        // source noun ("The Trump campaign called the charges unsubstantiated") or, for
        // evidence, a document ("The average shows Clinton ahead").
        let explicit = |s: Source| match s {
            Source::Named(_) | Source::Pronoun(..) => true,
            // "An attorney for Mills": the source noun can stand before a preposition.
            Source::Nominal(first, head) => (first..=head).any(|k| {
                let w = Lowercase::new(self.word(k));
                SOURCE_NOUNS.contains(w.as_str())
                    || cue.class == CueClass::Evidence && DOCUMENTS.contains(w.as_str())
            }),
            Source::State(..) | Source::Unnamed => false,
        };
        let noun = cue.last + 1 < sentence.end
            && (doc.is_punct(cue.last + 1, ",") || {
                let next = self.word(cue.last + 1);
                next.starts_with(char::is_lowercase) && past_form(next)
            });
        let in_title = || {
            let words = (cue.last + 1..sentence.end.min(cue.last + TITLE_REACH))
                .take_while(|&k| self.is_word(k) && self.word(k).starts_with(char::is_lowercase))
                .count();
            self.subject_and_cue(cue.last + 1 + words)
        };
        noun || !before.is_some_and(|b| explicit(b.source)) || in_title()
    }

    /// Whether a clause of the writer's own follows the cue after a comma: "…, the ministry
    /// said, as efforts to broker a truce stalled", "…, he said, but gave no details"; not a
    /// comparison ("Experts cautioned, as did the campaign, that …").
    pub(in crate::claims) fn writers_clause(&self, cue: &Cue) -> bool {
        let next = cue.last + 2;
        let compared =
            next + 1 < self.doc.tokens.len() && AUXILIARIES.contains(self.word(next + 1));
        next < self.doc.tokens.len()
            && self.doc.is_punct(cue.last + 1, ",")
            && (CLAUSE_OPENERS.contains(self.word(next))
                || TIME_CONJUNCTIONS.contains(self.word(next)) && !compared)
    }
}

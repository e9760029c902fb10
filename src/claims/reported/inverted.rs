//! Inverted reported speech: the clause before the cue, its source around the cue. "Content,
//! officials said." / "Content, said a spokesman." / "Content, the poll showed."

use std::ops::Range;

use super::{Reported, Sourced};
use crate::annotations::{ClaimKind, Span};
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::{Found, Source};
use crate::data::cues::{
    AUXILIARIES, CueClass, DOCUMENTS, INFORMED, NOT_IN_SOURCE_PHRASE, NOT_INVERTED, PREPOSITIONS,
    SOURCE_NOUNS,
};
use crate::grammar::past_form;
use crate::rules::Rule;
use crate::text::{Kind, Lowercase};

/// How many tokens after its head a source noun phrase after the cue may leave before the
/// sentence ends ("…, said one GOP source in the room.").
const CLOSING_SOURCE_TAIL: usize = 5;
/// How many words of description may stand before a name that closes the sentence ("…,
/// promoter AEG Presents said").
const DESCRIPTION_WORDS: usize = 2;

impl Finder<'_, '_> {
    /// Whether the cue's source comes after it, closing the sentence ("…, said Jeffrey N.
    /// Trimble"): then the name after the cue is its source, not its content. A source found
    /// before a comma is less sure than one that closes the sentence.
    pub(super) fn inverted_source(
        &self,
        cue: &Cue,
        before: Option<Sourced>,
        sentence: &Range<usize>,
    ) -> bool {
        let doc = self.doc;
        let after_comma = cue.first > sentence.start
            && (doc.is_punct(cue.first - 1, ",") || self.is_quote_mark(cue.first - 1));
        (before.is_none() || doc.is_punct(cue.first - 1, ","))
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
                // "…, said one GOP source in the room.", "…, said a person familiar with the
                // talks." (Not "…, insisted the candidate had been misunderstood": a verb
                // follows.)
                Some((Source::Nominal(first, head), _)) => {
                    first == cue.last + 1
                        && (SOURCE_NOUNS.contains(Lowercase::new(self.word(head)).as_str())
                            || (first..head).any(|k| INFORMED.contains(self.word(k))))
                        && sentence.end - head <= CLOSING_SOURCE_TAIL
                        && (head + 1 >= sentence.end
                            || !self.is_word(head + 1)
                            || PREPOSITIONS.contains(self.word(head + 1)))
                }
                _ => false,
            }
    }

    /// The clause before the comma that opens the attribution, claimed by its source.
    pub(super) fn inverted_claim(&self, at: &Reported) -> Option<Found> {
        let doc = self.doc;
        let (cue, sentence) = (at.cue, &at.sentence);
        let document = |s: Source| match s {
            Source::Nominal(_, head) => {
                DOCUMENTS.contains(Lowercase::new(self.word(head)).as_str())
            }
            _ => false,
        };
        let evidence =
            cue.class == CueClass::Evidence && at.before.is_some_and(|b| document(b.source));
        if cue.class != CueClass::Speech && !evidence {
            return None;
        }
        let (source, source_first, source_rule) = match at.before.filter(|_| !at.inverted) {
            // "Clinton's running mate, Sen. Tim Kaine, responded": before a name that a comma
            // parts from its cue stands its description, not a claim.
            Some(Sourced {
                source: Source::Named(m),
                ..
            }) if doc.is_punct(cue.first - 1, ",")
                && !(self.mentions[m].last..cue.first - 1).any(|k| doc.is_punct(k, ",")) =>
            {
                return None;
            }
            Some(before) => {
                // "…, Chief Financial Officer Kevan Parekh told analysts."
                let first = self.titles_before(self.first_of_source(before.source, before.at));
                // "…, The Wall Street Journal reports."
                let the = first > 0 && matches!(self.word(first - 1), "The" | "the");
                (before.source, first - usize::from(the), before.rule)
            }
            None => {
                let (source, _) = self.source_after(cue, sentence.end)?;
                (source, cue.first, Rule::SourceAfter)
            }
        };
        let comma = self.attribution_comma(source, source_first, sentence.start)?;
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
        Some(Found {
            span: Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end),
            kind: ClaimKind::Indirect,
            cue: Some(self.cue_span(cue)),
            source,
            rule: Rule::Inverted,
            source_rule,
        })
    }

    /// The comma before an attribution whose source opens at `source_first`, past a word or two
    /// of description before a name ("…, promoter AEG Presents said").
    fn attribution_comma(
        &self,
        source: Source,
        source_first: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        let described = |k: usize| {
            let w = self.word(k);
            k > sentence_start
                && self.is_word(k)
                && w.starts_with(char::is_lowercase)
                && !NOT_IN_SOURCE_PHRASE.contains(w)
                && !past_form(w)
        };
        let mut source_first = source_first;
        let named = matches!(source, Source::Named(_));
        for _ in 0..DESCRIPTION_WORDS {
            if !named || source_first == 0 || !described(source_first - 1) {
                break;
            }
            source_first -= 1;
        }
        source_first
            .checked_sub(1)
            .filter(|&c| c > sentence_start && self.doc.is_punct(c, ","))
    }
}

//! "As Ms. Simonyan put it, …": a cue after "as" and its source.

use crate::annotations::{ClaimKind, Span};
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::{Found, Source};
use crate::data::cues::{
    ADVERBIAL_OPENERS, CONJUNCTIONS, CONNECTIVES, SOURCE_DETERMINERS, TIME_LEADS, TIME_WORDS,
};
use crate::grammar::is_ly_adverb;
use crate::rules::Rule;
use std::ops::Range;

/// The most words of a time or place after the cue that leave it without a complement ("reported
/// last week").
const ADVERBIAL_WORDS: usize = 6;

impl Finder<'_, '_> {
    /// "As Ms. Simonyan put it, …", "As the Times reported last week, …", "…, as a Homeland
    /// Security memo put it.", "…, as police have said.": a cue with no complement of its own,
    /// after "as" and its source, reports the clause on the other side of its comma; "Hawaii,
    /// as one of Mr. Obama's advisers pointed out, normally does not …" reports the sentence
    /// around it, in two parts (the part after only, past an adverbial or a connective).
    pub(in crate::claims) fn as_clause(
        &self,
        cue: &Cue,
        sentence: std::ops::Range<usize>,
    ) -> Option<Found> {
        let doc = self.doc;
        let (source, as_, source_rule) = match self.passive_as(cue, &sentence) {
            Some((source, as_)) => (source, as_, Rule::SourceAfter),
            None => {
                let (source, as_) = self.as_and_source(cue, &sentence)?;
                (source, as_, Rule::SourceBefore)
            }
        };
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
            !adverbial || after > cue.last + ADVERBIAL_WORDS
        };
        if cue.base != "put" && complement {
            return None;
        }
        // "Yet, as Mr. Bown observed, …": past a conjunction, as if it opened the sentence.
        // ("But as the tabloid noted, …" without the comma.)
        let opens = as_ == sentence.start
            || (as_ == sentence.start + 1 || as_ == sentence.start + 2)
                && CONNECTIVES.contains(self.word(sentence.start));
        // Where the attribution interrupts the content ("Hawaii, as …, normally does not …"):
        // the first part's end and the second's start, token indices.
        let mut gap = None;
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
                if cue.base != "put" {
                    gap = Some((end, after + 1));
                }
                let from = if cue.base == "put" { after + 1 } else { clause };
                (from, self.clause_end(after + 1, sentence.end))
            } else {
                (clause, end)
            }
        };
        // "“…,” Carson noted in an interview, as reported by BuzzFeed": a clause with a cue of
        // its own is that cue's.
        if source_rule == Rule::SourceAfter && (start..as_).any(|k| self.cue_starts[k]) {
            return None;
        }
        let start = (start..end).find(|&k| {
            self.is_word(k) && !CONJUNCTIONS.contains(self.word(k)) || self.is_quote_mark(k)
        })?;
        let end = (start + 1..=end)
            .rev()
            .find(|&k| !doc.is_punct(k - 1, ","))?;
        let mut found = self.cued(
            cue,
            start..end,
            ClaimKind::Indirect,
            Rule::AsClause,
            source,
            source_rule,
        );
        if let Some((first_end, second)) = gap.filter(|&(first_end, _)| first_end > start) {
            if self.adverbial_lead(start..first_end) {
                found.span.start = doc.tokens[second].span.start;
            } else {
                found.gaps.push(Span::new(
                    doc.tokens[first_end - 1].span.end,
                    doc.tokens[second].span.start,
                ));
            }
        }
        Some(found)
    }

    /// The source before the cue and the "as" before that source: "as Ms. Simonyan put it",
    /// "as one of Mr. Obama's climate advisers pointed out".
    fn as_and_source(&self, cue: &Cue, sentence: &Range<usize>) -> Option<(Source, usize)> {
        let (source, at) = self.source_before(cue, sentence.start)?;
        let first = self.first_of_source(source, at);
        // "Mr. Obama's climate advisers": from the owner's honorific.
        let first = self.titles_before(
            self.mention_ending_at(first)
                .map_or(first, |m| self.mentions[m].first),
        );
        let mut first =
            first - usize::from(matches!(self.word(first.checked_sub(1)?), "the" | "The"));
        if first > 2
            && self.word(first - 1) == "of"
            && SOURCE_DETERMINERS.contains(self.word(first - 2))
        {
            first -= 2;
        }
        let as_ = first
            .checked_sub(1)
            .filter(|&k| matches!(self.word(k), "as" | "As"))?;
        Some((source, as_))
    }

    /// A passive cue after "as", its source named after "by": "as reported by Reuters", "as
    /// first reported by The Washington Post".
    fn passive_as(&self, cue: &Cue, sentence: &Range<usize>) -> Option<(Source, usize)> {
        let by = cue.last + 1;
        if by + 1 >= sentence.end || self.word(by) != "by" {
            return None;
        }
        let mut as_ = cue.first.checked_sub(1)?;
        if as_ > sentence.start && (is_ly_adverb(self.word(as_)) || self.word(as_) == "first") {
            as_ -= 1;
        }
        if !matches!(self.word(as_), "as" | "As") {
            return None;
        }
        let m = self
            .described_person(by + 1, sentence.end)
            .or_else(|| self.named_from(by + 1))?;
        Some((Source::Named(m), as_))
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, direct, reported};

    #[test]
    fn as_after_a_connective_with_no_comma_opens_the_sentence() {
        // Regression: "But as" was no opening "as", and the claim was lost.
        let text = "But as the paper noted in an editorial Thursday, the candidate has fans in \
                    China.";
        assert_eq!(
            claims(text),
            [reported(
                "the candidate has fans in China", "noted", "the paper"
            )]
        );
    }

    #[test]
    fn as_reported_by_a_named_source() {
        let text = "As reported by Reuters, the talks collapsed on Friday. They stalled again, as \
                    first reported by The Kyiv Independent. Oleh Marchenko left. “We are \
                    leaving,” he said, as recalled by Anna Kovalenko.";
        assert_eq!(
            claims(text),
            [
                reported("the talks collapsed on Friday", "reported", "Reuters"),
                reported("They stalled again", "reported", "Kyiv Independent"),
                direct("We are leaving,", "said", "Oleh Marchenko")
            ]
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
                // Two parts: the attribution between them is no part of the claim.
                reported("Hawaii", "pointed out", "Obama's climate advisers"),
                reported(
                    "rarely gets hurricanes", "pointed out", "Obama's climate advisers"
                ),
                reported("bringing communities together", "talked about", "Clinton"),
            ]
        );
    }
}

//! Claims whose content stands on a line of its own: an embedded post above the line that
//! signs it, and a block quote below "… added:".

use std::ops::Range;

use crate::annotations::ClaimKind;
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::Found;
use crate::data::cues::CueClass;
use crate::rules::Rule;
use crate::text::Kind;

impl Finder<'_, '_> {
    /// An embedded post is the line above the one that signs it: "― Jamil Smith (@JamilSmith)
    /// August 20, 2016" under the post's text.
    pub(super) fn embedded_post(&self, cue: &Cue, sentence: &Range<usize>) -> Option<Found> {
        let doc = self.doc;
        let (source, _) = self.source_after(cue, sentence.end)?;
        let above = cue.first - 1;
        let line = (0..above)
            .rev()
            .find(|&k| doc.tokens[k].kind == Kind::Break)
            .map_or(0, |k| k + 1);
        let first = (line..above).find(|&k| self.is_word(k))?;
        let last = (first..above).rev().find(|&k| !self.is_quote_mark(k))?;
        Some(self.cued(
            cue,
            first..last + 1,
            ClaimKind::Direct,
            Rule::EmbeddedPost,
            source,
            Rule::SourceAfter,
        ))
    }

    /// Whether `cue` ends its paragraph with a colon over one that opens with no quote mark:
    /// "Limbaugh added:".
    pub(super) fn introduces_block(&self, cue: &Cue) -> bool {
        let doc = self.doc;
        let below = cue.last + 3;
        below < doc.tokens.len()
            && cue.class == CueClass::Speech
            && !cue.noun_like
            && doc.is_punct(cue.last + 1, ":")
            && doc.tokens[cue.last + 2].kind == Kind::Break
            && !self.is_quote_mark(below)
    }

    /// The paragraph below a cue that [introduces a block](Finder::introduces_block) is the
    /// source's block quote.
    pub(super) fn block_quote(&self, cue: &Cue, sentence: &Range<usize>) -> Option<Found> {
        let doc = self.doc;
        let below = cue.last + 3;
        let (source, _) = self.source_before(cue, sentence.start)?;
        let end = doc.line_end(below);
        let first = (below..end).find(|&k| self.is_word(k))?;
        Some(self.cued(
            cue,
            first..end,
            ClaimKind::Direct,
            Rule::BlockQuote,
            source,
            Rule::SourceBefore,
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::ClaimKind;
    use crate::claims::testing::{claims, direct};

    #[test]
    fn a_quote_below_a_colon_that_ends_its_paragraph_runs_over_paragraphs() {
        let text = "In her speech, Warren made the case against the bank:\n\n\"For years, \
                    its executives pushed employees to meet quotas.\n\n\"That is a scam.\"";
        assert_eq!(
            claims(text),
            [
                direct(
                    "For years, its executives pushed employees to meet quotas.",
                    ":",
                    "Warren"
                ),
                (
                    "That is a scam.",
                    ClaimKind::Direct,
                    None,
                    Some("Warren".into())
                ),
            ]
        );
        // A transcript's labels say who speaks, not the line before it.
        let text = "Partial transcript as follows:\n\n\"WALLACE: Will she be there?\n\nPENCE: \
                    She will not.\"";
        let speakers: Vec<_> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(speakers, [Some("WALLACE".into()), Some("PENCE".into())]);
    }

    #[test]
    fn quotes_signed_with_a_dash_even_with_marks_turned_the_wrong_way() {
        let text = "”He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant of our lives.” ― Pamela Padilla";
        assert_eq!(
            claims(text),
            [
                direct("He represents our greatest shame.", "―", "Sonya Herridge"),
                direct("He is ignorant of our lives.", "―", "Pamela Padilla"),
            ]
        );
    }

    #[test]
    fn an_embedded_post_is_claimed_by_the_name_on_the_line_below() {
        let text = "On Twitter, the reaction was swift.\n\nWhat do you have to lose? Everything. \
                    #BlackVotersMatter\n― Jamil Smith (@JamilSmith) August 20, 2016\n\nThe \
                    campaign did not respond.";
        assert_eq!(
            claims(text),
            [(
                "What do you have to lose? Everything. #BlackVotersMatter",
                ClaimKind::Direct,
                Some("―"),
                Some("Jamil Smith".to_string())
            )]
        );
    }

    #[test]
    fn a_paragraph_below_a_cue_and_a_colon_is_a_block_quote() {
        let text = "Senator Tom Reed spoke to reporters on Monday.\n\nReed added:\n\nWe have \
                    waited long enough for this bill, and the people of this state deserve an \
                    answer.\n\nThe vote is set for Friday. The plan has to do the \
                    following:\n\nCut the deficit.";
        assert_eq!(
            claims(text),
            [direct(
                "We have waited long enough for this bill, and the people of this state \
                 deserve an answer.",
                "added",
                "Tom Reed"
            )]
        );
    }
}

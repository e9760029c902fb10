//! Claims: direct quotes and reported statements, each with its cue and its source.
//!
//! Quotes are paired within a paragraph, so one stray mark cannot turn the rest of the article
//! inside out; a paragraph that opens a quote without closing it runs on into the next one that
//! opens with a quote mark. A cue is a reporting verb from [`crate::data::cues`]; its source is
//! the name, pronoun or noun phrase before it ("Mr Lavrov said", "Nikki Haley, the U.S.
//! ambassador, said") or, inverted, after it ("…," said Mr Lavrov). Reported content is the
//! cue's complement to the end of the clause, or, inverted, the clause before it.

mod boundaries;
mod cues;
mod direct;
mod finder;
mod found;
mod quotes;
mod reported;
mod sources;
#[cfg(test)]
pub(crate) mod testing;

pub use found::{Found, Source};

use cues::find_cues;
use finder::Finder;
use quotes::find_quotes;

use crate::annotations::Span;
use crate::countries;
use crate::speakers::Mention;
use crate::text::Doc;

/// Every claim in the document, sorted by start: the stages in their order.
pub fn find(doc: &Doc, mentions: &[Mention], countries: &[countries::Found]) -> Vec<Found> {
    let cues = find_cues(doc);
    let quotes = find_quotes(doc);
    let finder = Finder::new(doc, mentions, countries, &quotes, &cues);
    let direct = finder.direct_claims(&cues);
    let mut claims = finder.reported_claims(&cues, direct);
    crate::sort::sort_by_key(&mut claims, |c| (c.span.start, c.span.end));
    claims
}

/// How many later claims (by start) are compared with each claim for overlap.
const OVERLAP_WINDOW: usize = 32;

/// For each claim (sorted by start), whether a longer claim covers the same stretch of text:
/// of two claims that each cover at least half of the other ("said the United States wants
/// to work with Russia" and the intention inside it), the longer is the one a reader sees.
/// The shorter one's source still speaks.
pub fn within_longer(claims: &[Found]) -> Vec<bool> {
    let same_stretch = |a: Span, b: Span| {
        let overlap = a.end.min(b.end).saturating_sub(a.start.max(b.start));
        overlap > 0 && overlap * 2 >= a.len() && overlap * 2 >= b.len()
    };
    let mut within = vec![false; claims.len()];
    for i in 0..claims.len() {
        let a = claims[i].span;
        for j in i + 1..claims.len().min(i + 1 + OVERLAP_WINDOW) {
            let b = claims[j].span;
            if b.start >= a.end {
                break;
            }
            if same_stretch(a, b) {
                within[if b.len() > a.len() { i } else { j }] = true;
            }
        }
    }
    within
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, reported};

    #[test]
    fn a_claim_that_is_most_of_a_longer_one_is_marked_once() {
        let text = "Machado promised to continue supporting Clinton, her lawyer said.";
        assert_eq!(
            claims(text),
            [reported(
                "Machado promised to continue supporting Clinton",
                "said",
                "her lawyer"
            )]
        );
    }
}

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

/// For each claim (sorted by start), whether the reader sees it folded into another: of two
/// claims that each cover at least half of the other ("said the United States wants to work
/// with Russia" and the intention inside it), the longer is the one a reader sees; and a
/// stance whose cue stands in another claim's content ("said Ruiz wants the seat") is part of
/// what that claim reports. The folded claim's source still speaks.
pub fn folded(claims: &[Found]) -> Vec<bool> {
    let same_stretch = |a: Span, b: Span| {
        let overlap = a.end.min(b.end).saturating_sub(a.start.max(b.start));
        overlap > 0 && overlap * 2 >= a.len() && overlap * 2 >= b.len()
    };
    let mut folded = vec![false; claims.len()];
    for i in 0..claims.len() {
        let a = claims[i].span;
        for j in i + 1..claims.len().min(i + 1 + OVERLAP_WINDOW) {
            let b = claims[j].span;
            if b.start >= a.end {
                break;
            }
            if same_stretch(a, b) {
                folded[if b.len() > a.len() { i } else { j }] = true;
            }
        }
    }
    // Into a longer claim that is seen, so that one of the two always is.
    let mut stances = vec![false; claims.len()];
    for (i, claim) in claims.iter().enumerate() {
        let Some(cue) = claim.cue.filter(|_| claim.stance) else {
            continue;
        };
        let before = claims.partition_point(|c| c.span.start <= cue.start);
        let first = before.saturating_sub(OVERLAP_WINDOW);
        stances[i] = (first..before).any(|k| {
            !folded[k]
                && claims[k].span.len() > claim.span.len()
                && claims[k]
                    .parts()
                    .any(|p| p.start <= cue.start && cue.start < p.end)
        });
    }
    folded.iter().zip(stances).map(|(&a, b)| a || b).collect()
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, reported, speaker_names};

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

    #[test]
    fn a_stance_inside_another_claim_is_part_of_it() {
        let text = "The mayor told reporters she will fix the roads while her rival, Tom Reyes, \
                    wants to raise bus fares.";
        assert_eq!(
            claims(text),
            [reported(
                "she will fix the roads while her rival, Tom Reyes, wants to raise bus fares",
                "told",
                "The mayor"
            )]
        );
        let speakers = speaker_names(text);
        assert_eq!(
            speakers,
            ["The mayor", "Tom Reyes"],
            "its source still speaks"
        );
    }
}

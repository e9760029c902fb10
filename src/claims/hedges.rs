//! Stage 5, the writer's hedges: "The plan seemed to fail", "Turnout appears low", "Trump is
//! expected to speak", "The group is reportedly spending …". The writer reports these with no
//! source: the subject and what is said of it are the claim's two parts, the hedge between them
//! its cue, and the speaker is nobody's.

use crate::annotations::{ClaimKind, Span};
use crate::claims::finder::Finder;
use crate::claims::found::{Found, Source};
use crate::data::cues::{AUXILIARIES, DETERMINERS, PREPOSITIONS};
use crate::data::words::{HEDGE_STOPS, HEDGES};
use crate::rules::Rule;
use crate::text::Lowercase;

/// How many words a hedge's subject may have.
const SUBJECT_WORDS: usize = 12;
/// How many tokens an aside between the subject and the hedge may have ("The statistics,
/// purported to be gathered by …, appear to be fabricated").
const ASIDE_TOKENS: usize = 24;

impl Finder<'_, '_> {
    /// The writer's hedges of the document that stand in no claim of `claims`.
    pub(in crate::claims) fn hedges(&self, claims: &[Found]) -> Vec<Found> {
        let doc = self.doc;
        let mut hedges = Vec::new();
        for k in 0..doc.tokens.len() {
            let Some((cue, content)) = self.hedge_at(k) else {
                continue;
            };
            let sentence = self.sentence(k);
            let end = self.clause_end(content, sentence.end);
            if end <= content {
                continue;
            }
            let cue_span = Span::new(doc.tokens[cue.0].span.start, doc.tokens[cue.1].span.end);
            let inside = claims
                .iter()
                .any(|c| c.span.start <= cue_span.start && cue_span.end <= c.span.end);
            if inside {
                continue;
            }
            let said = Span::new(doc.tokens[content].span.start, doc.tokens[end - 1].span.end);
            let (span, gaps) = match self.hedge_subject(cue.0, sentence.start, content) {
                Some((first, last)) => {
                    let subject =
                        Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
                    (
                        Span::new(subject.start, said.end),
                        vec![Span::new(subject.end, said.start)],
                    )
                }
                None => (said, Vec::new()),
            };
            hedges.push(Found {
                span,
                gaps,
                kind: ClaimKind::Indirect,
                cue: Some(cue_span),
                source: Source::Unnamed,
                rule: Rule::WritersHedge,
                source_rule: Rule::SourceUnnamed,
            });
        }
        hedges
    }

    /// The hedge at token `k`, as its cue's first and last tokens and the token where what is
    /// said of the subject begins: "seemed" before "to …", "that …" or an adjective; "is
    /// expected" before "to …"; "reportedly" before a verb.
    fn hedge_at(&self, k: usize) -> Option<((usize, usize), usize)> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let word = |i: usize| (i < n && self.is_word(i)).then(|| Lowercase::new(self.word(i)));
        let next = |i: usize| word(i).map(|w| w.as_str().to_owned()).unwrap_or_default();
        // (Most words are none of these: they are turned away before any lowercasing.)
        let w = self.word(k).as_bytes();
        let starts = w.len() >= 4 && matches!(w[0] | 0x20, b's' | b'a' | b'e' | b'r');
        if !starts || !HEDGES.contains(self.word(k)) {
            return None;
        }
        match Lowercase::new(self.word(k)).as_str() {
            "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared" => {
                // "It appears, though, that …"
                let comma = |i: usize| i < n && doc.is_punct(i, ",");
                let after = if comma(k + 1) && comma(k + 3) {
                    k + 4
                } else {
                    k + 1
                };
                let said = next(after);
                let adjective = !said.is_empty()
                    && self.word(after).starts_with(char::is_lowercase)
                    && !HEDGE_STOPS.contains(&said)
                    && !PREPOSITIONS.contains(&said)
                    && !DETERMINERS.contains(&said);
                let to = said == "to" && word(after + 1).is_some();
                (to || said == "that" || adjective).then_some(((k, k), after))
            }
            "expected" => {
                let aux = k
                    .checked_sub(1)
                    .filter(|&a| matches!(next(a).as_str(), "is" | "are" | "was" | "were"))?;
                (next(k + 1) == "to" && word(k + 2).is_some()).then_some(((aux, k), k + 1))
            }
            "reportedly" => {
                let verb = next(k + 1);
                let verb_like =
                    verb.ends_with("ing") || verb.ends_with("ed") || AUXILIARIES.contains(&verb);
                (verb_like && self.cue_starts.get(k + 1) != Some(&true)).then_some(((k, k), k + 1))
            }
            _ => None,
        }
    }

    /// The subject of the hedge whose cue starts at token `cue`, as its first and last tokens:
    /// the noun phrase right before it, or before an aside between commas; none for "it"
    /// before "that" ("It seems that …"), which says nothing.
    fn hedge_subject(
        &self,
        cue: usize,
        sentence_start: usize,
        content: usize,
    ) -> Option<(usize, usize)> {
        let doc = self.doc;
        let mut last = cue.checked_sub(1).filter(|&l| l >= sentence_start)?;
        if doc.is_punct(last, ",") {
            // An aside: the subject stands before its opening comma.
            let from = last.saturating_sub(ASIDE_TOKENS).max(sentence_start);
            let open = (from..last).rev().find(|&i| doc.is_punct(i, ","))?;
            last = open.checked_sub(1).filter(|&l| l >= sentence_start)?;
        }
        if !self.is_word(last) {
            return None;
        }
        let lower = |i: usize| Lowercase::new(self.word(i));
        if matches!(lower(last).as_str(), "which" | "who") {
            return Some((last, last));
        }
        let mut first = last;
        while first > sentence_start && last - first + 1 < SUBJECT_WORDS {
            let before = first - 1;
            let w = lower(before);
            let joins = matches!(self.word(before), "-" | "’s" | "'s");
            // ("America and Britain": "and" joins the subject; ", and" ends it.)
            let joined = matches!(w.as_str(), "and" | "or")
                && before > sentence_start
                && !doc.is_punct(before - 1, ",");
            if !(self.is_word(before) || joins)
                || (HEDGE_STOPS.contains(w.as_str()) && !joined)
                || AUXILIARIES.contains(w.as_str())
                || self.cue_starts.get(before) == Some(&true)
            {
                break;
            }
            first = before;
        }
        let expletive = first == last && lower(first).as_str() == "it";
        let that = self.word(content) == "that";
        (!(expletive && that)).then_some((first, last))
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::claims;

    /// Each claim of `text` with no speaker, and its cue: a hedge's parts, in order.
    fn hedged(text: &str) -> Vec<(&str, &str)> {
        crate::annotate(text)
            .claims
            .iter()
            .filter(|c| c.speaker.is_none())
            .map(|c| {
                let cue = c.cue.map_or("", |s| &text[s.start..s.end]);
                (&text[c.start..c.end], cue)
            })
            .collect()
    }

    #[test]
    fn a_subject_and_what_seems_of_it_are_the_two_parts() {
        assert_eq!(
            hedged("In recent days, the mayor's coalition seemed to be falling apart."),
            [
                ("the mayor's coalition", "seemed"),
                ("to be falling apart", "seemed")
            ]
        );
        assert_eq!(
            hedged(
                "Support for the plan in Ohio and Iowa seemed to fade, and the armed guards appeared tired."
            ),
            [
                ("Support for the plan in Ohio and Iowa", "seemed"),
                ("to fade", "seemed"),
                ("the armed guards", "appeared"),
                ("tired", "appeared")
            ]
        );
        assert_eq!(
            hedged("The turnout appears low this year."),
            [("The turnout", "appears"), ("low this year", "appears")]
        );
    }

    #[test]
    fn expected_with_its_auxiliary_and_reportedly_are_hedges_too() {
        assert_eq!(
            hedged("The governor is expected to sign the bill on Friday."),
            [
                ("The governor", "is expected"),
                ("to sign the bill on Friday", "is expected")
            ]
        );
        assert_eq!(
            hedged("The union is reportedly weighing a strike."),
            [
                ("The union is", "reportedly"),
                ("weighing a strike", "reportedly")
            ]
        );
    }

    #[test]
    fn an_aside_between_subject_and_hedge_is_left_out() {
        assert_eq!(
            hedged("The figures, compiled by a group nobody had heard of, appear to be invented."),
            [("The figures", "appear"), ("to be invented", "appear")]
        );
    }

    #[test]
    fn it_before_that_is_no_subject() {
        assert_eq!(
            hedged("It appears, though, that the vote was close."),
            [("that the vote was close", "appears")]
        );
    }

    #[test]
    fn a_hedge_at_the_end_of_the_text_reads_no_further() {
        assert_eq!(hedged("It seems,"), []);
        assert_eq!(hedged("They appear"), []);
    }

    #[test]
    fn appearing_somewhere_is_no_hedge() {
        assert_eq!(hedged("The senator appeared on Fox News on Sunday."), []);
        assert_eq!(hedged("She appeared with the governor at a rally."), []);
        assert_eq!(hedged("The results were expected."), []);
    }

    #[test]
    fn a_hedge_inside_a_sources_claim_is_part_of_that_claim() {
        let found = claims("The mayor said the plan seemed to be failing.");
        assert_eq!(found.len(), 1);
    }
}

//! A parenthetical attribution: "The museum, Mr. Obama said, would make visitors …" claims the
//! sentence around it.

use std::ops::Range;

use super::{Decision, Reported};
use crate::annotations::{ClaimKind, Span};
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::{Found, Source};
use crate::data::cues::{
    ADVERBIAL_OPENERS, CLOSING_BELIEFS, CONNECTIVES, CueClass, DETERMINERS, TIME_CONJUNCTIONS,
    TIME_WORDS, TITLED_WORKS,
};
use crate::grammar::opens_predicate;
use crate::rules::Rule;

/// How many tokens an apposition after a source after its cue may run ("says Carl Anthony, a
/// historian at the library, is …").
const APPOSITION_REACH: usize = 16;
/// How many tokens the others named with a source after its cue may run ("said Jim Doyle and
/// other Democrats, would …").
const OTHERS_REACH: usize = 5;
/// How many tokens after the cue an occasion or a time may run before the comma that closes
/// the attribution ("said on ABC's “This Week,”").
const OCCASION_REACH: usize = 9;
/// How many words a name apposed to the words past the cue may have, alone after their comma
/// ("told a conference in the capital, Lusaka").
const APPOSED_NAME_WORDS: usize = 4;

impl Finder<'_, '_> {
    /// The sentence around an attribution set off by commas, its source before the cue.
    pub(super) fn parenthetical(&self, at: &Reported) -> Decision {
        let doc = self.doc;
        let (cue, sentence) = (at.cue, &at.sentence);
        let (source, source_rule, first, next) = match at.before {
            Some(before) => {
                // "…, Chief Justice Roberts said, …": the titles open the attribution.
                let first = self.titles_before(self.first_of_source(before.source, before.at));
                // "…, he told me on Friday, is …": past the addressee first.
                let next = cue.last + 1;
                let next = if next < sentence.end && cue.base == "tell" {
                    self.addressee(next).unwrap_or(next)
                } else {
                    next
                };
                (before.source, before.rule, first, next)
            }
            // "The problem, says Ana Ruiz, is that …": the source after the cue, past an
            // apposition ("says Carl Anthony, a historian at the library, is that …").
            None => match self.inverted_parenthesis(cue, sentence) {
                Some((source, next)) => (source, Rule::SourceAfter, cue.first, next),
                None => return Decision::Next,
            },
        };
        // "…, the agency said in a June report, and …": past an occasion or a time.
        let comma = if next < sentence.end
            && (ADVERBIAL_OPENERS.contains(self.word(next)) || TIME_WORDS.contains(self.word(next)))
        {
            // (A show's name in quote marks: "he said on ABC's “This Week,” is …")
            self.first_mark(next, sentence.end.min(next + OCCASION_REACH), ",")
                .filter(|&c| (next..c).all(|k| self.is_word(k) || self.is_quote_mark(k)))
                .unwrap_or(next)
        } else {
            next
        };
        let rest =
            comma + 1 + usize::from(comma + 1 < sentence.end && self.is_quote_mark(comma + 1));
        // "Mr. Rubio said in his 2012 book, ''An American Son.''": the title of a work is no
        // part of what was said.
        let title = comma + 1 < sentence.end
            && self.is_quote_mark(comma + 1)
            && TITLED_WORKS.contains(self.word(comma - 1));
        let parenthetical = !title
            && first > sentence.start + 1
            && doc.is_punct(first - 1, ",")
            && rest < sentence.end
            && doc.is_punct(comma, ",")
            && !self.participle_clause(rest)
            // ("…, the minister announced on Thursday, as the index crossed 450": the
            // writer's time or cause after the attribution.)
            && !TIME_CONJUNCTIONS.contains(self.word(rest))
            // ("…, Petrenko insisted, adding that …": a gerund cue of its own after the
            // comma; but "CNN, Cruz said, called the announcement …" goes on.)
            && !(self.cue_starts[rest] && self.word(rest).ends_with("ing"))
            && !self.writers_clause(cue)
            // ("Such efforts, they believe, will …": a belief held, with its holder before it.)
            && (cue.class == CueClass::Speech
                || at.before.is_some() && CLOSING_BELIEFS.contains(cue.base));
        if !parenthetical {
            return Decision::Next;
        }
        let end = self.clause_end(rest, sentence.end);
        // ("…, Kabuswe told a conference in the capital, Lusaka.": a name alone after the words
        // past the cue is their apposition.)
        if comma > cue.last + 1
            && end <= rest + APPOSED_NAME_WORDS
            && (rest..end).all(|k| doc.is_capitalized(k))
        {
            return Decision::Next;
        }
        let Some(start) = (sentence.start..first).find(|&k| self.is_word(k)) else {
            return Decision::NoClaim;
        };
        // (Nothing after the attribution but its clause's end: "…, Russia said, ;" has no part
        // after it.)
        if end <= rest {
            return Decision::Next;
        }
        // "And, Kasich tells the crowd, he's been …": a connective alone is no part.
        let connective =
            (start..first - 1).all(|k| !self.is_word(k) || CONNECTIVES.contains(self.word(k)));
        let (start, gaps) = if connective {
            (rest, Vec::new())
        } else {
            // (From the comma before the source to the content after the cue.)
            let gap = Span::new(
                doc.tokens[first - 1].span.start,
                doc.tokens[rest].span.start,
            );
            (start, vec![gap])
        };
        Decision::Claim(Found {
            span: Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end),
            gaps,
            kind: ClaimKind::Indirect,
            cue: Some(self.cue_span(cue)),
            stance: cue.stance(),
            source,
            rule: Rule::Parenthetical,
            source_rule,
        })
    }
}

impl Finder<'_, '_> {
    /// The source after a cue set off by commas inside its sentence, with the token after it
    /// (past an apposition): "The problem, says Ana Ruiz, is that …". The part after must open
    /// with the verb that the part before lacks.
    fn inverted_parenthesis(&self, cue: &Cue, sentence: &Range<usize>) -> Option<(Source, usize)> {
        let doc = self.doc;
        if !(cue.first > sentence.start + 1 && doc.is_punct(cue.first - 1, ",")) || cue.gerund {
            return None;
        }
        let (source, head) = self.source_after_head(cue, sentence.end)?;
        let mut comma = head + 1;
        if comma >= sentence.end {
            return None;
        }
        // ("said Jim Doyle and others, would …")
        if self.word(comma) == "and" {
            comma = self.first_mark(comma, sentence.end.min(comma + OTHERS_REACH), ",")?;
        }
        // ("says Carl Anthony, a historian at the library, is …")
        if comma + 1 < sentence.end
            && doc.is_punct(comma, ",")
            && DETERMINERS.contains(self.word(comma + 1))
        {
            comma = self.first_mark(comma + 2, sentence.end.min(comma + APPOSITION_REACH), ",")?;
        }
        let rest = comma + 1;
        let verb = rest < sentence.end && opens_predicate(self.word(rest));
        (doc.is_punct(comma, ",") && verb).then_some((source, comma))
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, reported};

    #[test]
    fn a_name_apposed_to_the_words_past_the_cue_is_no_part() {
        // Regression: "Lusaka" was the claim's second part.
        let text = "Output rose 7% this year, Kabuswe told a conference in the capital, Lusaka. \
                    The plan, he told reporters in Ottawa, was good.";
        assert_eq!(
            claims(text),
            [
                reported("Output rose 7% this year", "told", "Kabuswe"),
                reported("The plan", "told", "Kabuswe"),
                reported("was good", "told", "Kabuswe"),
            ]
        );
    }

    #[test]
    fn a_parenthetical_attribution_claims_the_sentence_around_it_in_two_parts() {
        let text = "The museum, Mr. Obama said, would make visitors face uncomfortable truths.";
        assert_eq!(
            claims(text),
            [
                reported("The museum", "said", "Obama"),
                reported(
                    "would make visitors face uncomfortable truths",
                    "said",
                    "Obama"
                )
            ]
        );
    }

    #[test]
    fn a_cue_that_is_as_often_a_noun_is_a_verb_between_commas_after_a_name() {
        // Regression: "Ruiz notes," was taken for a noun, "the Ruiz notes".
        let text = "Democrats, Ana Ruiz notes, praise the governor.";
        assert_eq!(
            claims(text),
            [
                reported("Democrats", "notes", "Ana Ruiz"),
                reported("praise the governor", "notes", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn the_writer_s_time_or_cause_after_the_attribution_is_no_second_part() {
        // Regression: "as the index crossed 450" was the minister's.
        let text = "All schools will close for two days, the minister announced on Thursday, as \
                    the air quality index crossed 450.";
        assert_eq!(
            claims(text),
            [reported(
                "All schools will close for two days", "announced", "the minister"
            )]
        );
    }

    #[test]
    fn a_belief_set_off_by_commas_claims_both_parts_but_a_stance_does_not() {
        let text = "Tariffs, the exporters believe, will hurt the harvest. The plan, Ana Ruiz \
                    supported, will pass.";
        assert_eq!(
            claims(text),
            [
                reported("Tariffs", "believe", "the exporters"),
                reported("will hurt the harvest", "believe", "the exporters")
            ]
        );
    }

    #[test]
    fn a_quantifier_after_a_comma_is_the_source_of_a_parenthetical() {
        let text = "The new levy, many argue, could drive families out of the city.";
        assert_eq!(
            claims(text),
            [
                reported("The new levy", "argue", "many"),
                reported("could drive families out of the city", "argue", "many")
            ]
        );
    }

    #[test]
    fn a_long_apposition_after_an_inverted_source_leaves_the_second_part() {
        // Regression: past twelve tokens of apposition, "would find it balanced" was lost.
        let text = "Any fair reading of the deal, said Ana Ruiz, an expert on trade policy at the \
                    Lowy Institute in Sydney, would find it balanced.";
        assert_eq!(
            claims(text),
            [
                reported("Any fair reading of the deal", "said", "Ana Ruiz"),
                reported("would find it balanced", "said", "Ana Ruiz")
            ]
        );
    }

    #[test]
    fn a_gerund_cue_after_the_attribution_is_no_part() {
        let text = "Ivan Petrenko spoke. The city would rebuild, Petrenko insisted, adding that \
                    funds had been found.";
        assert_eq!(
            claims(text),
            [
                reported("The city would rebuild", "insisted", "Ivan Petrenko"),
                reported("that funds had been found", "adding", "Ivan Petrenko")
            ]
        );
    }

    #[test]
    fn a_title_after_the_occasion_is_no_part_and_a_time_with_an_occasion_no_content() {
        // Regression: "An American Son" was a part, and "Wednesday morning on …" a content.
        let text = "The family had made plans to return home, Ana Ruiz said in her 2012 book, \
                    ''A Fresno Daughter.'' The race was close, Tim Lopez said Wednesday morning \
                    on MSNBC’s “Morning Joe.”";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The family had made plans to return home",
                    "said",
                    "Ana Ruiz"
                ),
                reported("The race was close", "said", "Tim Lopez"),
            ]
        );
    }

    #[test]
    fn a_source_after_its_cue_between_commas_claims_the_sentence_around_it() {
        // Regression: "The problem, says Ana Ruiz, is that …" had no claim at all.
        let text = "The problem, says Ana Ruiz, is that nobody listens. The paradox, says Tim \
                    Lopez, a historian at the library, was her power. The plan is dead, said Jo \
                    Diaz, its president and CEO.";
        assert_eq!(
            claims(text),
            [
                reported("The problem", "says", "Ana Ruiz"),
                reported("is that nobody listens", "says", "Ana Ruiz"),
                reported("The paradox", "says", "Tim Lopez"),
                reported("was her power", "says", "Tim Lopez"),
                reported("The plan is dead", "said", "Jo Diaz"),
            ]
        );
        // Regression: "Jim Doyle and others, would be clear" was what was said.
        let text = "The contrast, said Jim Doyle and others, would be clear.";
        assert_eq!(
            claims(text),
            [
                reported("The contrast", "said", "Jim Doyle"),
                reported("would be clear", "said", "Jim Doyle"),
            ]
        );
    }

    #[test]
    fn a_connective_before_a_parenthetical_attribution_is_no_part() {
        let text = "And, Mayor Ana Ruiz told the crowd, the city has been known to be tough.";
        assert_eq!(
            claims(text),
            [reported(
                "the city has been known to be tough", "told", "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_parenthetical_attribution_with_titles() {
        let text =
            "To keep the peace, Foreign Secretary Boris Johnson said, Britain must talk to Moscow.";
        assert_eq!(
            claims(text),
            [
                reported("To keep the peace", "said", "Boris Johnson"),
                reported("Britain must talk to Moscow", "said", "Boris Johnson")
            ]
        );
    }

    #[test]
    fn a_parenthetical_attribution_with_its_occasion_or_time() {
        let text = "The middle fifth paid 8.9 percent, the agency said in a June report, and the \
                    bottom fifth paid 0.8 percent.";
        assert_eq!(
            claims(text),
            [
                reported("The middle fifth paid 8.9 percent", "said", "the agency"),
                reported(
                    "and the bottom fifth paid 0.8 percent", "said", "the agency"
                )
            ]
        );
    }

    #[test]
    fn but_also_or_but_and_a_quote_after_the_attribution_go_on() {
        // Regression: "but" was taken for a clause of the writer's, and the part lost; "but
        // gave no details" still is one.
        let text = "A wall would stop the smugglers, Ana Ruiz said, but also the drugs. Donations \
                    are vetted, Ruiz said, but “we do not ask about income.” The plan is dead, \
                    Ruiz said, but gave no details.";
        assert_eq!(
            claims(text),
            [
                reported("A wall would stop the smugglers", "said", "Ana Ruiz"),
                reported("but also the drugs", "said", "Ana Ruiz"),
                reported("Donations are vetted", "said", "Ana Ruiz"),
                reported("but “we do not ask about income.”", "said", "Ana Ruiz"),
                reported("The plan is dead", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_move_that_sums_up_the_claim_is_the_writers() {
        // Regression: "a move colleges warn …" was the second part of the minister's claim.
        let text = "Ottawa will cut the permits again, Rachel Okafor announced Monday, a move \
                    colleges warn could force closures. The economy is strong, Ana Ruiz said, a \
                    clear sign that the plan worked.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Ottawa will cut the permits again", "announced", "Rachel Okafor"
                ),
                reported("The economy is strong", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn an_aside_after_the_attribution_before_that_goes_on() {
        let text = "The ministry said Monday, as talks stalled, that it would wait.";
        assert_eq!(
            claims(text),
            [reported("that it would wait", "said", "The ministry")]
        );
    }

    #[test]
    fn without_and_a_gerund_after_the_attribution_is_the_writers() {
        // Regression: "without giving details" was the second part of the claim.
        let text = "The ministry will act to protect its firms, Ana Ruiz said, without giving \
                    details.";
        assert_eq!(
            claims(text),
            [reported(
                "The ministry will act to protect its firms",
                "said",
                "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_parenthetical_attribution_past_its_addressee() {
        let text = "Mr. King has hosted the show since 2013. The difference now, he told me on \
                    Friday, is that he is the anchor of a straight news program. The plan, the \
                    mayor told The Associated Press, was dead.";
        assert_eq!(
            claims(text),
            [
                reported("The difference now", "told", "King"),
                reported(
                    "is that he is the anchor of a straight news program",
                    "told",
                    "King"
                ),
                reported("The plan", "told", "the mayor"),
                reported("was dead", "told", "the mayor"),
            ]
        );
    }

    #[test]
    fn a_parenthetical_pronoun_source_is_not_the_name_its_content_opens_with() {
        let text = "Rudolph W. Giuliani, a close adviser, went further. Mr. Trump, he said on ABC's \
                    \"This Week,\" is \"an absolute genius\" and would be a better president.";
        assert_eq!(
            claims(text),
            [
                reported("Mr. Trump", "said", "Rudolph W. Giuliani"),
                reported(
                    "is \"an absolute genius\" and would be a better president",
                    "said",
                    "Rudolph W. Giuliani"
                )
            ]
        );
    }
}

//! A cue inside a relative clause whose pronoun is its content's subject: "the policy changes,
//! which officials said will go into effect next year, …" claims "which" and "will go into
//! effect next year", the pronoun and the rest of the relative clause, as two parts; "what she
//! called a failure" claims "what" and the name, "a failure".

use super::{Decision, Reported};
use crate::annotations::{ClaimKind, Span};
use crate::claims::finder::Finder;
use crate::data::cues::PREPOSITIONS;
use crate::grammar::opens_predicate;
use crate::rules::Rule;

impl Finder<'_, '_> {
    /// The rest of a relative clause after "which/who/whom/that/what", a source and its cue,
    /// where the content opens with its verb: the relative pronoun is the content's subject, so
    /// what the source says is the pronoun and the verb phrase after the cue.
    pub(super) fn relative_content(&self, at: &Reported) -> Decision {
        let (cue, sentence) = (at.cue, &at.sentence);
        let Some(before) = at.before.filter(|_| !at.inverted) else {
            return Decision::Next;
        };
        let first = self.titles_before(self.first_of_source(before.source, before.at));
        let start = cue.last + 1;
        let relative = first > sentence.start
            && matches!(
                self.word(first - 1),
                "which" | "who" | "whom" | "that" | "what"
            )
            && first < cue.first;
        if !relative {
            return Decision::Next;
        }
        let pronoun = first - 1;
        // (A verb or the "as" of "which he described as …", not a determiner or a plural noun.)
        let verb_first = start + 1 < sentence.end && self.is_word(start) && {
            let w = self.word(start);
            // ("which he described as …", but "which he has said as part of a deal …" is no
            // description.)
            opens_predicate(w) || w == "as" && self.word(start + 1) != "part"
        };
        // "what she called a failure", "which he dubbed “a cartel”": the thing named, and its
        // name (not "in which he called himself …", nor "which she called for").
        let naming = matches!(cue.base, "call" | "dub" | "label")
            && cue.first == cue.last
            && matches!(self.word(pronoun), "which" | "what")
            && !(pronoun > sentence.start && PREPOSITIONS.contains(self.word(pronoun - 1)));
        if !(verb_first || naming) {
            return Decision::Next;
        }
        let end = self.content_ends(start, first, sentence);
        if (start..end).filter(|&k| self.is_word(k)).count() < 2 {
            return Decision::Next;
        }
        // "which", "who" and "whom" stand for the subject of what is said: each is the claim's
        // first part, the source and cue between the two parts its gap. ("that" is left out:
        // annotators mark it as a part less often than not.)
        let part = self.word(pronoun) != "that";
        let mut found = self.cued(
            cue,
            if part { pronoun..first } else { start..end },
            ClaimKind::Indirect,
            Rule::RelativeContent,
            before.source,
            before.rule,
        );
        if part {
            found.interrupt(Span::new(
                self.doc.tokens[start].span.start,
                self.doc.tokens[end - 1].span.end,
            ));
        }
        Decision::Claim(found)
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, reported};

    #[test]
    fn a_relative_clause_with_a_source_claims_its_verb_phrase() {
        let text = "The rules, which the ministry said will take effect in May, were praised. \
                    Ana Ruiz has two sons, who she said were living abroad.";
        assert_eq!(
            claims(text),
            [
                reported("which", "said", "the ministry"),
                reported("will take effect in May", "said", "the ministry"),
                reported("who", "said", "Ana Ruiz"),
                reported("were living abroad", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn what_a_source_said_was_is_a_claim_in_two_parts() {
        let text = "The delay followed what Ana Ruiz said was a failure of planning.";
        assert_eq!(
            claims(text),
            [
                reported("what", "said", "Ana Ruiz"),
                reported("was a failure of planning", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn what_a_source_called_is_the_thing_and_its_name() {
        // Regression: only the name was claimed, and "what" was left out.
        let text = "The delay followed what Ana Ruiz called a failure of planning. The ministry \
                    published rules, which Ruiz dubbed a tax on work. The film, in which Ruiz \
                    called himself a poet, opened.";
        let found = claims(text);
        assert_eq!(
            found[..4],
            [
                reported("what", "called", "Ana Ruiz"),
                reported("a failure of planning", "called", "Ana Ruiz"),
                reported("which", "dubbed", "Ana Ruiz"),
                reported("a tax on work", "dubbed", "Ana Ruiz"),
            ]
        );
        // ("in which" opens no naming: "which" is no thing named.)
        assert!(found[4..].iter().all(|c| c.0 != "which"));
    }

    #[test]
    fn that_before_a_source_is_no_part() {
        let text = "The city has new rules that the ministry said will take effect in May.";
        assert_eq!(
            claims(text),
            [reported("will take effect in May", "said", "the ministry")]
        );
    }

    #[test]
    fn a_relative_clause_whose_cue_has_an_object_is_the_writers() {
        let text = "The senator, who said nothing, left early.";
        assert_eq!(claims(text), []);
    }
}

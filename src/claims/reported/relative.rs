//! A cue inside a relative clause whose pronoun is its content's subject: "the policy changes,
//! which officials said will go into effect next year, …" claims "will go into effect next
//! year", the rest of the relative clause.

use super::{Decision, Reported};
use crate::annotations::ClaimKind;
use crate::claims::finder::Finder;
use crate::grammar::opens_predicate;
use crate::rules::Rule;

impl Finder<'_, '_> {
    /// The rest of a relative clause after "which/who/whom/that", a source and its cue, where
    /// the content opens with its verb: the relative pronoun is the content's subject, so what
    /// the source says is the verb phrase after the cue.
    pub(super) fn relative_content(&self, at: &Reported) -> Decision {
        let (cue, sentence) = (at.cue, &at.sentence);
        let Some(before) = at.before.filter(|_| !at.inverted) else {
            return Decision::Next;
        };
        let first = self.titles_before(self.first_of_source(before.source, before.at));
        let start = cue.last + 1;
        let relative = first > sentence.start
            && matches!(self.word(first - 1), "which" | "who" | "whom" | "that")
            && first < cue.first;
        // (A verb or the "as" of "which he described as …", not a determiner or a plural noun.)
        let verb_first = start + 1 < sentence.end && self.is_word(start) && {
            let w = self.word(start);
            // ("which he described as …", but "which he has said as part of a deal …" is no
            // description.)
            opens_predicate(w) || w == "as" && self.word(start + 1) != "part"
        };
        if !(relative && verb_first) {
            return Decision::Next;
        }
        let end = self.content_ends(start, first, sentence);
        if (start..end).filter(|&k| self.is_word(k)).count() < 2 {
            return Decision::Next;
        }
        Decision::Claim(self.cued(
            cue,
            start..end,
            ClaimKind::Indirect,
            Rule::RelativeContent,
            before.source,
            before.rule,
        ))
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
                reported("will take effect in May", "said", "the ministry"),
                reported("were living abroad", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_relative_clause_whose_cue_has_an_object_is_the_writers() {
        let text = "The senator, who said nothing, left early.";
        assert_eq!(claims(text), []);
    }
}

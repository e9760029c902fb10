//! A cue inside a relative clause whose pronoun is its content's subject: "the policy changes,
//! which officials said will go into effect next year, …" claims "which" and "will go into
//! effect next year", the pronoun and the rest of the relative clause, as two parts; "what she
//! called a failure" claims "what" and the name, "a failure". With no pronoun, "a probe the
//! agency said was ongoing" claims "was ongoing". A clause that ends at its cue claims its
//! object: "…, a word Trump then repeated." claims "a word".

use std::ops::Range;

use super::{Decision, Reported};
use crate::annotations::{ClaimKind, Span, SpeakerKind};
use crate::claims::finder::Finder;
use crate::claims::found::Source;
use crate::data::cues::{
    AUXILIARIES, BE_FORMS, NAMING_VERBS, OBJECT_RELATIVES, OUTLET_WORDS, PREPOSITIONS,
    RELATIVE_PRONOUNS, SOURCE_NOUNS,
};
use crate::data::words::ARTICLES;
use crate::grammar::{opens_predicate, past_form, s_form};
use crate::rules::Rule;
use crate::text::Lowercase;

/// The most words from its determiner of the noun phrase that a relative clause ending at its
/// cue takes as its object ("a particularly rude word").
const OBJECT_WORDS: usize = 4;
/// The words that open such a noun phrase.
const OBJECT_DETERMINERS: &str = "a an the whose every";

impl Finder<'_, '_> {
    /// The rest of a relative clause after "which/who/whom/that/what", a source and its cue,
    /// where the content opens with its verb: the relative pronoun is the content's subject, so
    /// what the source says is the pronoun and the verb phrase after the cue. Where no pronoun
    /// stands before the source, an auxiliary after the cue shows the same gap, and the verb
    /// phrase alone is claimed.
    pub(super) fn relative_content(&self, at: &Reported) -> Decision {
        let (cue, sentence) = (at.cue, &at.sentence);
        let Some(before) = at.before.filter(|_| !at.inverted) else {
            return Decision::Next;
        };
        let first = self.titles_before(self.first_of_source(before.source, before.at));
        let start = cue.last + 1;
        if first <= sentence.start || first >= cue.first {
            return Decision::Next;
        }
        // (Past the article of a name: "which the Budget Office says …"; not "claims that the
        // IG report could not …", where "that" opens a complement.)
        let lead = first - usize::from(ARTICLES.contains(self.word(first - 1)));
        let pronoun = match self.word(first - 1) {
            w if RELATIVE_PRONOUNS.contains(w) => Some(first - 1),
            _ if lead > sentence.start
                && lead < first
                && OBJECT_RELATIVES.contains(self.word(lead - 1)) =>
            {
                Some(lead - 1)
            }
            _ => None,
        };
        // "a probe the agency said was ongoing": a relative clause with no pronoun, after an
        // article and the noun it tells of, whose content opens with an auxiliary (it has no
        // subject of its own). Not a noun's own cue ("the week the Orlando attack was
        // reported": a plural or a pronoun stands before a base form that is a verb), nor a cue
        // that ends with its preposition ("the office the mayor pointed to was empty").
        let unmarked = || {
            let Some(noun) = lead.checked_sub(1).filter(|&k| k > sentence.start) else {
                return false;
            };
            let w = self.word(noun);
            let base = self.word(cue.first) == cue.base;
            ARTICLES.contains(self.word(noun - 1))
                && self.is_word(noun)
                && w.starts_with(char::is_lowercase)
                && AUXILIARIES.contains(self.word(start))
                && (!base
                    || s_form(self.word(cue.first - 1))
                    || self.pronoun(cue.first - 1).is_some())
                && cue.first == cue.last
        };
        if let Some(object) = self.relative_object(at, pronoun, lead) {
            return Decision::Claim(self.cued(
                cue,
                object,
                ClaimKind::Indirect,
                Rule::RelativeContent,
                before.source,
                before.rule,
            ));
        }
        if start + 1 >= sentence.end || pronoun.is_none() && !unmarked() {
            return Decision::Next;
        }
        // (A verb or the "as" of "which he described as …", not a determiner or a plural noun.)
        let verb_first = self.is_word(start) && {
            let w = self.word(start);
            // ("which he described as …", but "which he has said as part of a deal …" is no
            // description.)
            opens_predicate(w) || w == "as" && self.word(start + 1) != "part"
        };
        // "what she called a failure", "which he dubbed “a cartel”": the thing named, and its
        // name (not "in which he called himself …", nor "which she called for").
        let naming = NAMING_VERBS.contains(cue.base)
            && cue.first == cue.last
            && pronoun.is_some_and(|p| {
                matches!(self.word(p), "which" | "what")
                    && !(p > sentence.start && PREPOSITIONS.contains(self.word(p - 1)))
            });
        if !(verb_first || naming) {
            return Decision::Next;
        }
        let end = self.content_ends(start, lead, sentence);
        if (start..end).filter(|&k| self.is_word(k)).count() < 2 {
            return Decision::Next;
        }
        // "which", "who" and "whom" stand for the subject of what is said: each is the claim's
        // first part, the source and cue between the two parts its gap. ("that" is left out:
        // annotators mark it as a part less often than not.)
        let part = pronoun.filter(|&p| self.word(p) != "that");
        let mut found = self.cued(
            cue,
            part.map_or(start..end, |p| p..p + 1),
            ClaimKind::Indirect,
            Rule::RelativeContent,
            before.source,
            before.rule,
        );
        if part.is_some() {
            found.interrupt(Span::new(
                self.doc.tokens[start].span.start,
                self.doc.tokens[end - 1].span.end,
            ));
        }
        Decision::Claim(found)
    }

    /// What a relative clause that ends at its cue takes as its object, the thing the source
    /// has said, thought or done something of: "whom" ("the senator whom even other senators
    /// hate"), "what" and "which" as objects, "whose war heroism Trump belittled", or the noun
    /// phrase its clause hangs on with no pronoun ("…, a recommendation Attorney General
    /// Loretta Lynch adopted."). `pronoun` is the relative pronoun before the source, if any,
    /// and `lead` the source's first token, past its article.
    fn relative_object(
        &self,
        at: &Reported,
        pronoun: Option<usize>,
        lead: usize,
    ) -> Option<Range<usize>> {
        let (cue, sentence) = (at.cue, &at.sentence);
        let next = cue.last + 1;
        let ends = next >= sentence.end
            || [",", ".", ";", ")"]
                .iter()
                .any(|p| self.doc.is_punct(next, p));
        // (Not a passive, "in which donors are mentioned", nor a noun, "Sanders support".)
        let passive = BE_FORMS.contains(self.word(cue.first - 1));
        let base = self.word(cue.first) == cue.base;
        if !ends || cue.gerund || cue.noun_like || passive {
            return None;
        }
        if let Some(p) = pronoun {
            if p <= sentence.start {
                return None;
            }
            // ("the senator whom even other senators hate", "the deal, which Putin opposed";
            // not a question, "asked whom she supported", nor "to which Lazar admitted". "what"
            // is left out: annotators mark it less often than not.)
            let before = self.word(p - 1);
            let object = matches!(self.word(p), "whom" | "which")
                && !self.cue_starts[p - 1]
                && !PREPOSITIONS.contains(before)
                && before != "to"
                && !past_form(before)
                && !base;
            return object.then_some(p..p + 1);
        }
        // (A noun phrase stands before the source: not "the Kremlin said", the sentence's
        // subject.)
        if lead <= sentence.start {
            return None;
        }
        let source_words = |w: &str| {
            let w = Lowercase::new(w);
            SOURCE_NOUNS.contains(w.as_str()) || OUTLET_WORDS.contains(w.as_str())
        };
        // (The noun phrase ends in its noun: not "the dissolution of the Jewish state", nor a
        // description of the source, "the news site RTL Info reported".)
        let noun = self.word(lead - 1);
        let organization = matches!(at.before.map(|b| b.source),
            Some(Source::Named(m)) if self.mentions[m].kind == SpeakerKind::Organization);
        if base
            || organization
            || PREPOSITIONS.contains(noun)
            || matches!(noun, "as" | "and" | "or" | "but")
            || source_words(noun)
        {
            return None;
        }
        // Back over the noun phrase's words to its determiner ("whose", an article, or
        // "every"), set off from what stands before it.
        let first = (lead.saturating_sub(OBJECT_WORDS + 1)..lead)
            .rev()
            .take_while(|&k| {
                k > sentence.start
                    && self.is_word(k)
                    && self.word(k).starts_with(char::is_lowercase)
                    && !self.cue_starts[k]
                    && !AUXILIARIES.contains(self.word(k))
            })
            .find(|&k| OBJECT_DETERMINERS.split(' ').any(|d| d == self.word(k)))?;
        let set_off = self.doc.is_punct(first - 1, ",")
            || self.word(first) == "whose"
            || PREPOSITIONS.contains(self.word(first - 1));
        (set_off && first + 1 < lead).then_some(first..lead)
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
    fn a_relative_clause_without_its_pronoun_claims_its_verb_phrase() {
        // Regression: with no pronoun before the source, the verb phrase after the cue was
        // taken for a complement with no subject, and the claim was lost.
        let text = "Ana Ruiz faces a probe the ministry said was still open. It is a trend \
                    Democrats hope will last until May.";
        assert_eq!(
            claims(text),
            [
                reported("was still open", "said", "the ministry"),
                reported("will last until May", "hope", "Democrats"),
            ]
        );
    }

    #[test]
    fn a_relative_clause_set_off_by_commas_ends_before_the_sentences_verb() {
        // Regression: after a name's article, the content ran on past the comma into "faces a
        // vote".
        let text = "The bill, which the Budget Office says will cost $2 billion, faces a vote. \
                    The plan, which Ana Ruiz said would fail, leaves the city short.";
        assert_eq!(
            claims(text),
            [
                reported("which", "says", "Budget Office"),
                reported("will cost $2 billion", "says", "Budget Office"),
                reported("which", "said", "Ana Ruiz"),
                reported("would fail", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn an_auxiliary_after_a_noun_of_its_own_is_no_content() {
        // The writer's verb: with no article before the noun ("Not everything", "his latest
        // remarks", "how a candidate"), after a noun that looks like a cue, or a cue that ends
        // with its preposition.
        let text = "Not everything the mayor says is true. It was the week the Orlando attack was \
                    reported. Reporters found the office the mayor pointed to was empty. It is \
                    unlikely his latest remarks will matter. History shows how a candidate \
                    responds can matter.";
        let found = claims(text);
        let contents: Vec<&str> = found.iter().map(|c| c.0).collect();
        for verb_phrase in [
            "is true", "was reported", "was empty", "will matter", "can matter",
        ] {
            assert!(!contents.contains(&verb_phrase), "{verb_phrase}: {found:?}");
        }
    }

    #[test]
    fn a_source_that_opens_the_text_has_no_object_before_it() {
        // Regression: "the Kremlin said" looked for a noun before the text's first token and
        // underflowed (found by the property test).
        assert_eq!(claims("the Kremlin said"), []);
        assert_eq!(claims("which Ruiz opposed."), []);
    }

    #[test]
    fn a_relative_clause_that_ends_at_its_cue_claims_its_object() {
        // Regression: "Tom Reyes used a rude word" was what Ruiz repeated, and "which" and
        // "an arrangement" were no claims.
        let text = "Tom Reyes used a rude word, a word Ana Ruiz then repeated. The city signed the \
                    deal, which Ruiz vehemently opposed. The city relies on the fees, an \
                    arrangement the union has criticized.";
        assert_eq!(
            claims(text),
            [
                reported("a word", "repeated", "Ana Ruiz"),
                reported("which", "opposed", "Ana Ruiz"),
                reported("an arrangement", "criticized", "the union"),
            ]
        );
    }

    #[test]
    fn what_a_relative_clause_ends_at_is_no_object_after_a_question_a_preposition_or_a_name_s_description()
     {
        let text = "Asked whom she supported, Ana Ruiz smiled. Police read the facts to which \
                    Ruiz admitted. The storm hit Cairo, the news site RTL Info reported. Donors \
                    were named in a report in which the ministry is mentioned.";
        let found = claims(text);
        for object in ["whom", "which", "the news site"] {
            assert!(found.iter().all(|c| c.0 != object), "{object}: {found:?}");
        }
    }

    #[test]
    fn a_relative_clause_whose_cue_has_an_object_is_the_writers() {
        let text = "The senator, who said nothing, left early.";
        assert_eq!(claims(text), []);
    }
}

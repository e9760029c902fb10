//! A question put to someone: "Asked whether he would resign, the chief said no", "The mayor
//! was asked by reporters if …". The question is a claim of whoever asked it.

use std::ops::Range;

use crate::annotations::ClaimKind;
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::{Found, Source};
use crate::data::cues::{ASKED_WHEN, BE_FORMS, CONDITIONS, PREPOSITIONS, TIME_WORDS};
use crate::grammar::{is_ly_adverb, past_form};
use crate::rules::Rule;
use crate::text::Lowercase;

impl Finder<'_, '_> {
    /// The question that "asked" puts to the sentence's subject, or to the one a participle
    /// opens with ("Asked whether …, Reid said", "When asked if …", "was asked by a caller why
    /// …"): the words from "whether", "if" or the question word to the end of its clause. Its
    /// source is the asker named after "by", or none. `None` leaves the cue to the other rules.
    pub(super) fn question_put(&self, cue: &Cue, sentence: &Range<usize>) -> Option<Option<Found>> {
        if cue.base != "ask" || !past_form(self.word(cue.first)) {
            return None;
        }
        let before = |k: usize| {
            let w = Lowercase::new(self.word(k));
            BE_FORMS.contains(w.as_str())
                || w.as_str() == "being"
                || CONDITIONS.contains(w.as_str())
        };
        // ("was once asked", "was later asked", "when specifically asked")
        let adverb = |k: usize| is_ly_adverb(self.word(k)) || ASKED_WHEN.contains(self.word(k));
        // (Or one set off after its subject's name, with no object: "Trudeau, asked about the
        // lockout, said"; not "Ruiz, a host, asked Mook if …".)
        let participle = cue.first == sentence.start
            || cue.first > sentence.start + 1
                && self.doc.is_punct(cue.first - 1, ",")
                && (self.mention_ending_at(cue.first - 2).is_some()
                    || self.pronoun(cue.first - 2).is_some())
                && cue.first + 1 < sentence.end
                && (PREPOSITIONS.contains(self.word(cue.first + 1))
                    || self.question_at(cue.first + 1, sentence.end) == Some(cue.first + 1));
        let put = participle
            || before(cue.first - 1)
            || cue.first - 1 > sentence.start && adverb(cue.first - 1) && before(cue.first - 2);
        if !put || self.inside_quote(cue.first) {
            return None;
        }
        // ("Asked about the fire, he said …": a participle with its preposition puts nothing
        // the rules here read.)
        if cue.first != cue.last {
            return participle.then_some(None);
        }
        // The question word, past the asker and the occasion ("Asked on Fox News who …", "was
        // asked by Ingraham on Thursday why …"), but not a request ("asked to explain why").
        let k = cue.last + 1;
        let Some(question) = self.question_at(k, sentence.end) else {
            // A participle that opens the sentence puts a question or nothing ("Asked about
            // the fire, he said …").
            return participle.then_some(None);
        };
        let (source, source_rule) = if self.word(k) == "by" {
            let asker = k + 1;
            let asker_end = (asker + 1..question)
                .find(|&i| PREPOSITIONS.contains(self.word(i)) || TIME_WORDS.contains(self.word(i)))
                .unwrap_or(question);
            let source = self
                .described_person(asker, asker_end)
                .or_else(|| self.named_from(asker))
                .map_or(Source::Nominal(asker, asker_end - 1), Source::Named);
            (source, Rule::SourceAfter)
        } else {
            (Source::Unnamed, Rule::SourceUnnamed)
        };
        let end = self.content_ends(question, cue.first, sentence);
        // "Asked whether …, Reid said", "But when voters were asked who …, Trump led": a
        // question that opens the sentence ends where the main clause's subject comes.
        let mut opener = sentence.start;
        if matches!(self.word(opener), "But" | "And") {
            opener += 1;
        }
        let opening =
            opener == cue.first || CONDITIONS.contains(Lowercase::new(self.word(opener)).as_str());
        let subject = |k: usize| {
            let k = k + usize::from(self.is_quote_mark(k));
            k < end
                && (self.doc.is_capitalized(k)
                    || self.word(k).starts_with(|c: char| c.is_ascii_digit())
                    || !matches!(self.subject_at(k, sentence.end, 1), Source::Unnamed))
        };
        let end = if opening {
            (question + 1..end)
                .find(|&k| self.doc.is_punct(k, ",") && subject(k + 1))
                .unwrap_or(end)
        } else {
            end
        };
        Some((end > question).then(|| {
            self.cued(
                cue,
                question..end,
                ClaimKind::Indirect,
                Rule::QuestionPut,
                source,
                source_rule,
            )
        }))
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, reported, unnamed};

    #[test]
    fn a_question_put_to_someone_is_the_askers_claim() {
        let text = "Asked on Monday whether he would resign, the fire chief said no. When asked \
                    again if the station would close, he smiled. The mayor was asked by a radio \
                    host why the budget had been cut. She was later asked by Tom Reyes at a \
                    town hall what came next.";
        assert_eq!(
            claims(text),
            [
                unnamed("whether he would resign", "Asked"),
                reported("no", "said", "the fire chief"),
                unnamed("if the station would close", "asked"),
                reported("why the budget had been cut", "asked", "a radio host"),
                reported("what came next", "asked", "Tom Reyes"),
            ]
        );
    }

    #[test]
    fn a_question_put_in_an_aside_after_the_subject_is_no_claim_of_the_subject() {
        // Regression: "the lockout in Question Period" was Trudeau's claim.
        let text = "Justin Trudeau, asked about the lockout in Question Period, said the talks \
                    must go on. Ana Ruiz, asked whether she would run, said no. Tom Reyes, a \
                    radio host, asked Ruiz if she would stay.";
        assert_eq!(
            claims(text),
            [
                reported("the talks must go on", "said", "Justin Trudeau"),
                unnamed("whether she would run", "asked"),
                reported("no", "said", "Ana Ruiz"),
                reported("if she would stay", "asked", "Tom Reyes"),
            ]
        );
    }

    #[test]
    fn asking_to_do_something_or_about_a_thing_puts_no_question() {
        let text = "Ana Ruiz was asked to resign. Asked about the fire, Ruiz said it was out.";
        assert_eq!(
            claims(text),
            [
                unnamed("Ana Ruiz", "asked"),
                unnamed("to resign", "asked"),
                reported("it was out", "said", "Ana Ruiz")
            ]
        );
    }
}

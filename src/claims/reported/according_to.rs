//! "According to X, content." and "Content, according to X."

use crate::annotations::{ClaimKind, Span};
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::finder::MAX_CLAUSE;
use crate::claims::found::{Found, Source};
use crate::data::cues::{
    ANAPHORIC_SUBJECTS, AUXILIARIES, DETERMINERS, DOCUMENTS, PREPOSITIONS, RELATIVE_OPENERS,
    SMALL_COUNTS,
};
use crate::data::words::{ARTICLES, TITLES};
use crate::grammar::past_form;
use crate::rules::Rule;
use crate::text::Lowercase;
use crate::text::capitalized;

/// How many tokens the source's apposition after its comma may run ("According to data from the
/// institute, a left-leaning research group, …").
const APPOSITION_REACH: usize = 10;
/// How many tokens a relative clause after the source may run ("According to Mr. Obama, who spoke
/// on Saturday, …").
const RELATIVE_REACH: usize = 16;
/// How many tokens after the cue its source may run to the comma where the sentence goes on.
const SOURCE_REACH: usize = 12;
/// How many lowercase words after a name may come before its document ("White House pool
/// reports", "Kantar Media’s political ad tracker").
const DOCUMENT_AFTER_NAME: usize = 3;
/// How many tokens the names of a document's makers may run ("according to a CNN/ORC poll").
const DOCUMENT_NAME_REACH: usize = 10;
/// How many tokens the phrase that qualifies a source may run ("according to a person on the
/// conference call").
const QUALIFIER_REACH: usize = 9;

impl Finder<'_, '_> {
    /// "According to X, content." or "Content, according to X."
    pub(in crate::claims) fn according_to(
        &self,
        cue: &Cue,
        sentence: std::ops::Range<usize>,
    ) -> Option<Found> {
        let doc = self.doc;
        let source = self.according_source(cue, &sentence);
        let (start, end) = if cue.first == sentence.start {
            // (Past a title in quote marks: "According to ''The Trumps,'' by Gwenda Blair, …".)
            let from = self
                .closing_of_quote_at(cue.last + 1)
                .map_or(cue.last + 1, |close| close + 1);
            let mut comma = self.first_mark(from, sentence.end.min(cue.last + MAX_CLAUSE), ",")?;
            // "According to data from the institute, a left-leaning research group, about one
            // in three …": past the source's apposition.
            let apposition = (comma + 1..sentence.end.min(comma + APPOSITION_REACH)).find(|&k| {
                !self.is_word(k)
                    || AUXILIARIES.contains(self.word(k))
                    || past_form(self.word(k))
                    || self.cue_starts[k]
            });
            // ("According to Mr. Obama, who spoke on Saturday, the nation …", "In the latest
            // poll, conducted in May, Ruiz led …": past a relative or a participle.)
            let relative = (comma + 1 < sentence.end
                && (matches!(self.word(comma + 1), "who" | "which")
                    || self.word(comma + 1).ends_with("ed")))
            .then(|| self.first_mark(comma + 2, sentence.end.min(comma + RELATIVE_REACH), ","))
            .flatten();
            // ("According to Rory Johnston, founder of Commodity Context, …": a title with no
            // article too.)
            let apposed = |opener: &str| {
                ARTICLES.contains(opener)
                    || opener.starts_with(char::is_lowercase)
                        && TITLES.contains(&capitalized(opener))
            };
            if let Some(c) = apposition
                .filter(|&c| doc.is_punct(c, ",") && apposed(self.word(comma + 1)))
                .or(relative)
            {
                comma = c;
            }
            let end = self.clause_end(comma + 1, sentence.end);
            // "In the poll, 79 percent of Democrats said they …": the clause's own cue reports
            // it, the poll's respondents its source.
            if self.word(cue.first) == "In" && (comma + 1..end).any(|k| self.cue_starts[k]) {
                return None;
            }
            (comma + 1, end)
        } else {
            let mut start = sentence.start;
            while start < cue.first && !self.is_word(start) {
                start += 1;
            }
            let mut end = cue.first;
            while end > start && self.loose_mark(end - 1) {
                end -= 1;
            }
            // "“…,” Ortberg said, according to a recording": the words before have their own
            // source and cue.
            let quoted = start > sentence.start && self.is_quote_mark(start - 1);
            if quoted && (start..end).any(|k| self.cue_starts[k]) {
                return None;
            }
            // "Scott's relatives watched the videos, according to their attorneys, and said
            // they came away …": the sentence goes on around the attribution.
            let comma = self
                .first_mark(cue.last + 1, sentence.end.min(cue.last + SOURCE_REACH), ",")
                .filter(|&c| (cue.last + 1..c).all(|k| self.is_word(k)));
            // ("…, according to a timeline, the contractors left …": a clause to the end, with
            // its verb and no comma or relative pronoun, is no apposition.)
            let clause = |c: usize| {
                let rest = c + 1..self.clause_end(c + 1, sentence.end);
                !self.word(c + 1).ends_with("ing")
                    && rest.clone().all(|k| {
                        !doc.is_punct(k, ",")
                            && !RELATIVE_OPENERS.contains(self.word(k))
                            && self.word(k) != "that"
                    })
                    && rest.clone().any(|k| {
                        let w = self.word(k);
                        AUXILIARIES.contains(w) || past_form(w) && k > c + 1
                    })
            };
            // (Not "…, but the senator has vowed …": a clause with a subject of its own.)
            let verb_after = |c: usize| c + 2 < sentence.end && self.verb_at(c + 2);
            // (Nor a clause after "… according to X, but …" with no mark before the cue.)
            let set_off = !self.is_word(cue.first - 1);
            match comma.filter(|_| set_off) {
                Some(c)
                    if c + 1 < sentence.end
                        && matches!(self.word(c + 1), "and" | "but")
                        && verb_after(c) =>
                {
                    return self.around_according(cue, source, start..end, c + 1, &sentence);
                }
                // "Fundraising, according to the campaign, has surged", "Since November,
                // according to Human Rights Watch, forces have killed …": the sentence goes on
                // after the attribution, the content with it.
                // (Not an apposition or a relative clause on the source: "according to
                // Crowdpac, a start-up that tracks donations".)
                Some(c)
                    if c + 1 < sentence.end
                        && (self.is_word(c + 1)
                            && !ARTICLES.contains(Lowercase::new(self.word(c + 1)).as_str())
                            && !RELATIVE_OPENERS.contains(self.word(c + 1))
                            && !self.word(c + 1).ends_with("ing")
                            && !self.word(c + 1).starts_with(|ch: char| ch.is_ascii_digit())
                            && !SMALL_COUNTS.contains(self.word(c + 1))
                            // ("…, according to the polling average, although Carson keeps it
                            // competitive": the writer's clause, the content before.)
                            && !matches!(self.word(c + 1), "although" | "though" | "while")
                            // ("according to Craig Bryan, head of the center, …")
                            && !(c + 2 < sentence.end && self.word(c + 2) == "of")
                            // ("according to his spokesman, Ana Cole.": the source's name.)
                            && !self.mention_starting_at(c + 1).is_some_and(|m| {
                                self.mentions[m].last + 1 == self.clause_end(c + 1, sentence.end)
                            })
                            || clause(c)) =>
                {
                    return self.around_according(cue, source, start..end, c + 1, &sentence);
                }
                _ => (start, end),
            }
        };
        // ("That's according to the campaign's reports": what the sentence before says.)
        let words = (start..end).filter(|&k| self.is_word(k)).count();
        if words < 2 || words == 2 && ANAPHORIC_SUBJECTS.contains(self.word(start)) {
            return None;
        }
        Some(self.cued(
            cue,
            start..end,
            ClaimKind::Indirect,
            Rule::AccordingTo,
            source,
            Rule::SourceAfter,
        ))
    }

    /// The claim around "according to X," inside its sentence: the clause after its comma,
    /// and the words before it where they are more than an opening adverbial or connective.
    fn around_according(
        &self,
        cue: &Cue,
        source: Source,
        before: std::ops::Range<usize>,
        after: usize,
        sentence: &std::ops::Range<usize>,
    ) -> Option<Found> {
        let doc = self.doc;
        let end = self.clause_end(after, sentence.end);
        if (after..end).filter(|&k| self.is_word(k)).count() < 2 {
            return None;
        }
        // The words before are a part of their own where they are the clause's subject.
        let subject = !self.adverbial_lead(before.clone());
        let mut found = self.cued(
            cue,
            if subject { before.start } else { after }..end,
            ClaimKind::Indirect,
            Rule::AccordingTo,
            source,
            Rule::SourceAfter,
        );
        if subject {
            found.gaps.push(Span::new(
                doc.tokens[before.end - 1].span.end,
                doc.tokens[after].span.start,
            ));
        }
        Some(found)
    }

    /// The source after "according to": the person, document or organization named, with
    /// what qualifies it.
    fn according_source(&self, cue: &Cue, sentence: &std::ops::Range<usize>) -> Source {
        let doc = self.doc;
        // "according to ''The Trumps: Three Generations That Built an Empire''": the work.
        let title = self
            .closing_of_quote_at(cue.last + 1)
            .and_then(|close| (cue.last + 2..close).rev().find(|&k| self.is_word(k)));
        if let Some(last) = title {
            return Source::Nominal(cue.last + 2, last);
        }
        // "according to a CNN/ORC poll released Thursday": the poll, whoever ran it.
        let after = self.source_after(cue, sentence.end).map(|(source, at)| {
            let Source::Named(m) = source else {
                return (source, at);
            };
            let mut k = self.mentions[m].last + 1;
            while k < sentence.end.min(cue.last + DOCUMENT_NAME_REACH)
                && (doc.is_punct(k, "/") || doc.is_capitalized(k))
            {
                k += 1;
            }
            let is_document = |k: usize| {
                self.is_word(k) && DOCUMENTS.contains(Lowercase::new(self.word(k)).as_str())
            };
            // The document, if the name's words end in one ("a Suffolk University/Boston Globe
            // Poll"), or one comes within two lowercase words after the name or its owner's
            // mark ("White House pool reports", "Kantar Media’s political ad tracker").
            let end = sentence.end.min(k + DOCUMENT_AFTER_NAME + 1);
            let after_owner = k + usize::from(k < end && doc.possessive_after(k - 1));
            let document = if is_document(k - 1) && k - 1 > self.mentions[m].first {
                Some(k - 1)
            } else {
                (after_owner..end)
                    .take_while(|&j| {
                        self.is_word(j) && self.word(j).starts_with(char::is_lowercase)
                    })
                    .find(|&j| is_document(j))
            };
            // ("the Real Clear Politics polling average", "political ad tracker": the noun of
            // a document's name that follows it.)
            let noun = |j: usize| {
                j < sentence.end
                    && self.is_word(j)
                    && self.word(j).starts_with(char::is_lowercase)
                    && !PREPOSITIONS.contains(self.word(j))
                    && !RELATIVE_OPENERS.contains(self.word(j))
                    && !DETERMINERS.contains(self.word(j))
                    && !past_form(self.word(j))
                    && !self.cue_starts[j]
                    && self.word(j) != "out"
            };
            let document = document.map(|d| d + usize::from(noun(d + 1)));
            (
                match document {
                    Some(d) => Source::Nominal(cue.last + 1, d),
                    None => source,
                },
                at,
            )
        });
        match after {
            // "according to data from the Fiscal Policy Institute", "according to a person on
            // the conference call": the phrase that qualifies it, to the clause's end.
            // "according to a speech Mrs. Clinton delivered": the one who made it.
            Some((Source::Nominal(_, head), _))
                if let Some(m) = (head + 1 < sentence.end)
                    .then(|| self.named_from(head + 1))
                    .flatten()
                    .filter(|&m| {
                        let verb = self.mentions[m].last + 1;
                        verb < sentence.end
                            && self.word(verb).starts_with(char::is_lowercase)
                            && past_form(self.word(verb))
                    }) =>
            {
                Source::Named(m)
            }
            Some((Source::Nominal(first, head), _)) => {
                let qualified =
                    head + 2 < sentence.end && PREPOSITIONS.contains(self.word(head + 1));
                let last = (head + 2..sentence.end.min(head + QUALIFIER_REACH))
                    .take_while(|&k| self.is_word(k) && !self.cue_starts[k])
                    .last()
                    .filter(|&k| qualified && (k + 1 == sentence.end || !self.is_word(k + 1)));
                Source::Nominal(first, last.unwrap_or(head))
            }
            other => other.map_or(Source::Unnamed, |s| s.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, direct, reported};

    #[test]
    fn a_concession_after_the_attribution_is_the_writer_s_and_a_document_s_name_runs_on() {
        // Regression: "although Carson keeps it competitive" was the claim, and its source
        // "the Real Clear Politics polling".
        let text = "In Iowa, Trump is in first, according to the Real Clear Politics polling \
                    average, although Carson keeps it competitive.";
        assert_eq!(
            claims(text),
            [reported(
                "In Iowa, Trump is in first",
                "according to",
                "the Real Clear Politics polling average"
            )]
        );
    }

    #[test]
    fn a_document_after_a_name_or_its_owner_s_mark_is_the_source() {
        // Regression: the sources were "Kantar Media", "White House" and "Suffolk University".
        let text = "Sales fell, according to Kantar Media’s political ad tracker. Trump led, \
                    according to White House pool reports. Ruiz led, according to a Suffolk \
                    University/Boston Globe Poll released Sunday.";
        let sources: Vec<_> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(
            sources,
            [
                Some("Kantar Media’s political ad tracker".into()),
                Some("White House pool reports".into()),
                Some("a Suffolk University/Boston Globe Poll".into()),
            ]
        );
    }

    #[test]
    fn a_title_after_according_to_is_the_source_not_a_quote() {
        // Regression: the book's title was a quote with no speaker, and "by Gwenda Blair" the
        // claim.
        let text = "According to ''The Trumps: Three Generations,'' by Gwenda Blair, Donald told \
                    his roommate that he would run the firm.";
        assert_eq!(
            claims(text)[0],
            reported(
                "Donald told his roommate that he would run the firm",
                "According to",
                "The Trumps: Three Generations"
            )
        );
    }

    #[test]
    fn a_poll_after_in_that_opens_the_sentence_is_its_source() {
        let text = "In a new Ipsos poll released Monday, the mayor's lead narrowed to four points. \
                    In the latest Angus Reid survey, conducted in May, Ruiz led Ortiz by nine \
                    points. In front of a polling station, voters queued.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the mayor's lead narrowed to four points",
                    "In",
                    "a new Ipsos poll released Monday"
                ),
                reported(
                    "Ruiz led Ortiz by nine points", "In", "the latest Angus Reid survey"
                ),
            ]
        );
    }

    #[test]
    fn respondents_who_speak_in_a_poll_are_the_source() {
        let text = "In the poll, 60 percent of voters said the tax was unfair.";
        assert_eq!(
            claims(text),
            [reported(
                "the tax was unfair", "said", "60 percent of voters"
            )]
        );
    }

    #[test]
    fn a_nationality_before_a_name_after_the_cue_leaves_it_the_source() {
        // Regression: "the Nigerian Red Cross" was no source, the claim nobody's; then it was
        // "Red Cross", one with the Kenyan one.
        let text = "According to the Nigerian Red Cross, at least 12 people were treated. “It is \
                    over,” said the Kenyan Red Cross.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "at least 12 people were treated", "According to", "Nigerian Red Cross"
                ),
                direct("It is over,", "said", "Kenyan Red Cross"),
            ]
        );
    }

    #[test]
    fn that_is_according_to_claims_no_that() {
        // Regression: "That’s" was what the reports said.
        let text = "Sales rose 4 percent last year. That’s according to the company’s reports.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn an_object_pronoun_after_according_to_is_its_source() {
        // Regression: "According to him" gave the claim to no one; "her spokesman" stays.
        let text = "Commissioner Bhushan Gagrani said work would go on. According to him, the \
                    stay affects 800 metres. Ana Ruiz disagreed. According to her, the plan \
                    failed. According to her spokesman, it did not.";
        assert_eq!(
            claims(text),
            [
                reported("work would go on", "said", "Bhushan Gagrani"),
                reported(
                    "the stay affects 800 metres", "According to", "Bhushan Gagrani"
                ),
                reported("the plan failed", "According to", "Ana Ruiz"),
                reported("it did not", "According to", "her spokesman"),
            ]
        );
    }

    #[test]
    fn modelling_is_a_document_that_speaks() {
        // Regression: the claim had no speaker.
        let text = "According to Treasury modelling, the tax would affect 40 companies.";
        assert_eq!(
            claims(text),
            [reported(
                "the tax would affect 40 companies", "According to", "Treasury modelling"
            )]
        );
    }

    #[test]
    fn a_clause_with_its_own_subject_after_according_to_is_not_the_sources() {
        // Regression: the whole sentence was the count's, the senator's vow with it.
        let text = "Ruiz leads by 271 delegates according to a count by the paper, but the senator \
                    has vowed to fight on.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Ruiz leads by 271 delegates", "according to", "a count by the paper"
                ),
                reported("to fight on", "vowed", "the senator"),
            ]
        );
    }

    #[test]
    fn a_clause_after_according_to_that_opens_with_an_article_or_a_number() {
        // Regression: "the contractors" and "two in the batch" were taken for appositions on
        // the source, and only the time before the attribution was claimed.
        let text = "At 10 p.m., according to a timeline, the contractors left for the compound. \
                    Since May, according to Ana Ruiz, two in the batch were upgraded. The plan, \
                    according to Jo Diaz, the group's director, will fail.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the contractors left for the compound", "according to", "a timeline"
                ),
                reported("two in the batch were upgraded", "according to", "Ana Ruiz"),
                reported("The plan", "according to", "Jo Diaz"),
            ]
        );
    }

    #[test]
    fn a_source_after_according_to_keeps_its_adjectives_and_its_participle() {
        let text = "More than half of his advice is wrong, according to the top British medical \
                    journal. Scott is one of at least 707 people shot this year, according to a \
                    Washington Post database tracking such deaths.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "More than half of his advice is wrong", "according to",
                    "the top British medical journal"
                ),
                reported(
                    "Scott is one of at least 707 people shot this year",
                    "according to",
                    "a Washington Post database tracking such deaths"
                ),
            ]
        );
    }

    #[test]
    fn according_to_an_institution_named_with_its_article() {
        let text = "The prison system holds 25 percent of the world's inmates, according to \
                    the Federal Bureau of Prisons.";
        assert_eq!(
            claims(text),
            [reported(
                "The prison system holds 25 percent of the world's inmates",
                "according to",
                "Federal Bureau of Prisons"
            )]
        );
    }

    #[test]
    fn denials_and_according_to() {
        let text = "The Syrian regime has denied Mr Assad was responsible.";
        assert_eq!(
            claims(text),
            [reported(
                "Mr Assad was responsible", "denied", "The Syrian regime"
            )]
        );
        let text = "According to TASS, the talks will resume on Monday.";
        assert_eq!(
            claims(text),
            [reported(
                "the talks will resume on Monday", "According to", "TASS"
            )]
        );
    }

    #[test]
    fn according_to_after_an_attributed_quote_leaves_the_quote_its_speaker() {
        let text = "\"We're getting better,\" Ortberg said, according to a recording reviewed by \
                    Reuters. The plan is dead, according to a recording of the meeting. FAA \
                    Administrator Mike Whitaker said the agency would act.";
        assert_eq!(
            claims(text),
            [
                direct("We're getting better,", "said", "Ortberg"),
                reported(
                    "The plan is dead", "according to", "a recording of the meeting"
                ),
                reported("the agency would act", "said", "Mike Whitaker"),
            ]
        );
    }

    #[test]
    fn according_to_a_person_on_the_call() {
        let text = "Ryan will no longer defend Trump, according to a person on the conference \
                    call.";
        assert_eq!(
            claims(text),
            [reported(
                "Ryan will no longer defend Trump", "according to",
                "a person on the conference call"
            )]
        );
    }

    #[test]
    fn according_to_data_from_someone_and_past_its_apposition() {
        let text = "According to data from the Fiscal Policy Institute, a left-leaning \
                    research group, about one in three workers earns less than $15 an hour. \
                    According to the report, the company lost money, the largest drop in years.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "about one in three workers earns less than $15 an hour",
                    "According to",
                    "data from the Fiscal Policy Institute"
                ),
                // (The apposition that closes the sentence is the writer's.)
                reported("the company lost money", "According to", "the report"),
            ]
        );
    }

    #[test]
    fn according_to_someone_past_a_title_with_no_article() {
        // Regression: "founder of Commodity Context" opened the content.
        let text = "According to Rory Johnston, founder of Commodity Context, no company has \
                    said it would build the line. According to Ruiz, most of the money is gone.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "no company has said it would build the line",
                    "According to",
                    "Rory Johnston"
                ),
                reported("most of the money is gone", "According to", "Ruiz"),
            ]
        );
    }

    #[test]
    fn a_clause_after_according_to_inside_the_sentence_is_the_content() {
        let text = "Fundraising, according to the campaign, has surged since May. Since last \
                    November, according to Human Rights Watch, security forces have killed 400 \
                    protesters. Prices rose, according to Craig Bryan, head of the center.";
        assert_eq!(
            claims(text),
            [
                reported("Fundraising", "according to", "the campaign"),
                reported("has surged since May", "according to", "the campaign"),
                reported(
                    "security forces have killed 400 protesters",
                    "according to",
                    "Human Rights Watch"
                ),
                reported("Prices rose", "according to", "Craig Bryan")
            ]
        );
    }

    #[test]
    fn the_name_apposed_to_the_source_after_according_to_is_no_second_part() {
        // Regression: "Ana Cole" was a second part of the claim, its content.
        let text = "The state will set up a committee, according to the governor's spokesman, \
                    Ana Cole.";
        assert_eq!(
            claims(text),
            [reported(
                "The state will set up a committee", "according to", "Ana Cole"
            )]
        );
    }

    #[test]
    fn a_sentence_that_goes_on_past_according_to_is_one_claim_in_two_parts() {
        // The attribution between the parts is no part of the claim (it was, before the
        // contract split claims into parts).
        let text = "Scott's relatives watched the videos on Thursday, according to their \
                    attorneys, and said they came away with questions. The top 1 percent paid \
                    25 percent, according to the Tax Foundation, a research group.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Scott's relatives watched the videos on Thursday",
                    "according to",
                    "their attorneys"
                ),
                reported(
                    "and said they came away with questions", "according to", "their attorneys"
                ),
                reported(
                    "The top 1 percent paid 25 percent", "according to", "Tax Foundation"
                ),
            ]
        );
    }

    #[test]
    fn according_to_a_document_someone_made_is_according_to_them() {
        let text = "The goal is to curb activist investors, according to a speech Mrs. Clinton \
                    delivered in July. Prices rose, according to data from the department.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The goal is to curb activist investors", "according to", "Clinton"
                ),
                reported("Prices rose", "according to", "data from the department"),
            ]
        );
    }

    #[test]
    fn according_to_a_source_and_its_relative_clause() {
        let text = "According to Mr. Obama, who spoke at the museum on Saturday, the nation has \
                    made progress.";
        assert_eq!(
            claims(text),
            [reported(
                "the nation has made progress", "According to", "Obama"
            )]
        );
    }
}

//! The source of a reported cue: the first of the stage's source rules that finds one.

use std::ops::Range;

use super::Sourced;
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::Source;
use crate::data::cues::ASIDE_OPENERS;
use crate::grammar::opens_subordinate_clause;
use crate::rules::Rule;

/// How many words before a gerund "with" may stand to open its subject ("with a large and
/// growing majority of voters saying").
const WITH_REACH: usize = 10;
/// How many capitalized words of an addressee's title may stand after "to" before a name
/// ("wrote to the Union Housing and Urban Affairs Minister seeking …").
const ADDRESSEE_WORDS: usize = 6;

impl Finder<'_, '_> {
    /// The source of a reported `cue`, with `inherited` the source of its sentence's claim
    /// before it, and the rule that found it.
    pub(super) fn reported_source(
        &self,
        cue: &Cue,
        inherited: Option<Source>,
        sentence: &Range<usize>,
    ) -> Option<Sourced> {
        let found = self.subject_of_cue(cue, inherited, sentence);
        // "The ministry sent letters to the United Nations demanding …": an addressee is no
        // gerund's source, the clause's subject is. A name's comes right after "to" (and
        // "the"); after a cue's "to", past the capitalized words of its title: "wrote to the
        // Union Housing and Urban Affairs Minister seeking …", "wrote to the mayor seeking …".
        let after_to = |k: usize| {
            let k = k - usize::from(k > 0 && self.word(k - 1) == "the");
            (k > sentence.start && self.word(k - 1) == "to").then(|| k - 1)
        };
        let told_to = |first: usize| {
            let mut k = first;
            while k > sentence.start + 1
                && first - k < ADDRESSEE_WORDS
                && (self.doc.is_capitalized(k - 1) || matches!(self.word(k - 1), "and" | "of"))
            {
                k -= 1;
            }
            after_to(k).is_some_and(|to| to > 0 && self.cue_starts[to - 1])
        };
        let addressee = cue.gerund
            && match found.map(|f| f.source) {
                Some(Source::Named(m)) => {
                    let first = self.titles_before(self.mentions[m].first);
                    after_to(first).is_some() || told_to(first)
                }
                Some(Source::Nominal(first, _)) => told_to(first),
                _ => false,
            };
        let found = if addressee {
            Sourced::by(
                self.subject_before(cue.first, sentence.start),
                Rule::SourceClauseSubject,
            )
        } else {
            found
        };
        let maker = |verb: usize| Sourced::by(self.maker(verb, sentence.start), Rule::SourceMaker);
        match found.and_then(|f| self.document_maker(f.source, sentence.start)) {
            Some(made) => Sourced::by(Some(made), Rule::SourceMaker),
            // "Obama sounded a call for …", "she issued a warning that …": a noun cue speaks
            // for who made it.
            None => cue.made_by.and_then(maker).or(found),
        }
    }

    /// The subject of `cue` by its place in the sentence, before the corrections of
    /// [`Finder::reported_source`].
    fn subject_of_cue(
        &self,
        cue: &Cue,
        inherited: Option<Source>,
        sentence: &Range<usize>,
    ) -> Option<Sourced> {
        // "…," Trump said, adding later …: a gerund after a comma goes on with the sentence's
        // source.
        let goes_on = self.goes_on(cue, sentence.start);
        // "attacked Trump for saying …", "held Pagliano in contempt for refusing …": the
        // object speaks; "Trump was criticized for saying …": the subject.
        let for_gerund =
            cue.gerund && cue.first > sentence.start + 1 && self.word(cue.first - 1) == "for";
        // "…, with 47 percent of voters saying they …": the phrase after "with", a run of words
        // with no verb.
        let with = cue
            .gerund
            .then(|| {
                self.find_back(
                    sentence.start.max(cue.first.saturating_sub(WITH_REACH)),
                    cue.first,
                    |k| {
                        self.is_word(k) && !self.verb_at(k) && !ASIDE_OPENERS.contains(self.word(k))
                    },
                    |k| self.word(k) == "with",
                )
            })
            .flatten()
            .filter(|&k| k + 1 < cue.first);
        let before = || Sourced::by(self.source_before(cue, sentence.start), Rule::SourceBefore);
        match inherited {
            // "The court heard that …": a witness or counsel the text does not name spoke.
            _ if cue.base == "hear" => Some(Sourced {
                source: Source::Unnamed,
                at: cue.first - 1,
                rule: Rule::SourceUnnamed,
            }),
            // (Where the passive's subject starts, for its part of the claim.)
            _ if self.passive_to(cue, sentence).is_some() => Sourced::by(
                self.source_before(cue, sentence.start)
                    .map(|(s, at)| (Source::Unnamed, self.first_of_source(s, at))),
                Rule::SourceUnnamed,
            ),
            // "The residents were told they …", "The man accused of …": no one named told or
            // accused them.
            _ if self.told_passively(cue, sentence)
                || self.charged_passively(cue, sentence).is_some() =>
            {
                Some(Sourced {
                    source: Source::Unnamed,
                    at: cue.first - 1,
                    rule: Rule::SourceUnnamed,
                })
            }
            _ if for_gerund => Sourced::by(
                self.object_before(cue.first - 1, sentence.start),
                Rule::SourceForGerund,
            ),
            _ if with.is_some() => Sourced::by(
                with.and_then(|w| self.source_before(cue, w + 1)),
                Rule::SourceWithGerund,
            ),
            // "After saying that …, McDaniel was pressed": a gerund that opens a subordinate
            // clause goes with the main clause's subject.
            _ if cue.gerund
                && cue.first == sentence.start + 1
                && opens_subordinate_clause(self.word(sentence.start)) =>
            {
                let main = (cue.last + 1..sentence.end.saturating_sub(1))
                    .filter(|&k| self.doc.is_punct(k, ","))
                    .find_map(|k| match self.subject_at(k + 1, sentence.end, 1) {
                        Source::Unnamed => None,
                        subject => Some((subject, k + 1)),
                    });
                Sourced::by(main, Rule::SourceMainClause)
            }
            Some(source) if goes_on => Some(Sourced {
                source,
                at: cue.first - 1,
                rule: Rule::SourceGoesOn,
            }),
            _ if goes_on => Sourced::by(
                self.clause_subject(cue, sentence.start),
                Rule::SourceClauseSubject,
            )
            .or_else(before),
            _ => before(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::annotate;
    use crate::claims::testing::{claims, direct, reported, unnamed};

    #[test]
    fn the_phrase_between_with_and_a_gerund_is_its_subject() {
        // Regression: "Support", the sentence's first word, said it.
        let text = "Support rose, with 47 percent of voters saying they will back Ruiz.";
        assert_eq!(
            claims(text),
            [reported(
                "they will back Ruiz", "saying", "47 percent of voters"
            )]
        );
    }

    #[test]
    fn a_cue_joined_after_a_content_is_not_spoken_by_a_noun_inside_it() {
        // Regression: "anyone" encouraged the patients: "anyone who waited and encouraged"
        // read as one relative clause.
        let text = "The health authority said it apologizes to anyone who waited and \
                    encouraged patients to call 811.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "it apologizes to anyone who waited", "said", "The health authority"
                ),
                reported("patients to call 811", "encouraged", "The health authority"),
            ]
        );
    }

    #[test]
    fn a_gerund_after_a_clause_of_its_own_subject_is_that_subject_s() {
        // Regression: "acknowledging" went on with the prosecutors' claim before it.
        let text = "Prosecutors said the officer lied, and Mayor Rahm Emanuel fired his chief, \
                    acknowledging that trust was lost.";
        assert_eq!(
            claims(text),
            [
                reported("the officer lied", "said", "Prosecutors"),
                reported("that trust was lost", "acknowledging", "Rahm Emanuel"),
            ]
        );
    }

    #[test]
    fn a_gerund_goes_on_with_the_person_a_description_names() {
        let text = "Hillary Clinton’s campaign manager Robby Mook said as much in an interview \
                    earlier Thursday morning, arguing that Trump “lashed out at our nation's \
                    generals.”";
        assert_eq!(
            claims(text),
            [reported(
                "that Trump “lashed out at our nation's generals.”",
                "arguing",
                "Robby Mook"
            )]
        );
    }

    #[test]
    fn a_cue_after_but_shares_the_source() {
        let text = "Demonstrators said they want “justice for Terrence,” but pledged to remain \
                    civil.";
        assert_eq!(
            claims(text),
            [
                reported("they want “justice for Terrence,”", "said", "Demonstrators"),
                reported("to remain civil", "pledged", "Demonstrators"),
            ]
        );
    }

    #[test]
    fn a_gerund_after_a_comma_takes_the_subject_of_the_clause_before() {
        let text = "Chastened by complaints over the plan’s costs, Trump revised his plan, \
                    promising to focus more of its benefits on average Americans. In the spin \
                    room, Obama’s aides were also complimentary, perhaps recognizing that \
                    imitation is the best form of flattery. In August, several environmental \
                    groups granted Mr. Clarke an extension, saying his capital was less than \
                    expected.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "to focus more of its benefits on average Americans",
                    "promising",
                    "Trump"
                ),
                reported(
                    "that imitation is the best form of flattery",
                    "recognizing",
                    "Obama’s aides"
                ),
                reported(
                    "his capital was less than expected", "saying", "several environmental groups"
                ),
            ]
        );
    }

    #[test]
    fn a_noun_cue_before_a_colon_was_made_by_the_subject_of_its_clause() {
        let text = "On July 6, 2015, Sanders made the following comment:\n\n“For young people \
                    who have graduated high school, the unemployment rate is 33 percent.”";
        assert_eq!(
            claims(text),
            [direct(
                "For young people who have graduated high school, the unemployment rate is 33 \
                 percent.",
                "comment",
                "Sanders"
            )]
        );
    }

    #[test]
    fn descriptions_with_numbers_and_makers_that_open_a_clause() {
        let text = "“They are 100 percent wrong,” said 9/11 widow Terry Strada. Jennifer \
                    Palmieri spoke to reporters Friday after Donald Trump unleashed a series of \
                    tweets criticizing Alicia Machado. An attorney for Mills did not respond to \
                    requests for comment.";
        assert_eq!(
            claims(text),
            [
                direct("They are 100 percent wrong,", "said", "Terry Strada"),
                reported("Alicia Machado", "criticizing", "Donald Trump"),
            ]
        );
    }

    #[test]
    fn a_coordinated_cue_shares_the_source_of_the_outer_claim_not_an_inner_one() {
        let text = "Prime Minister Theresa May said this week that the country would declare its \
                    intention by the end of March and suggested that it would withdraw from the \
                    single market.";
        let found = claims(text);
        assert_eq!(
            found.last(),
            Some(&reported(
                "that it would withdraw from the single market",
                "suggested",
                "Theresa May"
            ))
        );
    }

    #[test]
    fn a_passive_or_noun_cue_before_a_comma_reports_nothing() {
        let text = "When Mariano’s diagnosis of a blood clot was confirmed, Clinton stayed home. \
                    In the wake of the New York Times report, Trump has portrayed himself as a \
                    shrewd manipulator.";
        assert_eq!(
            claims(text),
            [reported(
                "himself as a shrewd manipulator", "portrayed", "Trump"
            )]
        );
    }

    #[test]
    fn a_passive_cue_to_someone_reports_nothing() {
        // Regression: "to Trump by a friend" was what was recommended.
        let text = "Tom Weiss was recommended to Ana Ruiz by a friend. The plans were described \
                    to him by a clerk. He was told to leave the room.";
        assert_eq!(
            claims(text),
            [unnamed("He", "told"), unnamed("to leave the room", "told")]
        );
    }

    #[test]
    fn the_ones_told_are_no_source() {
        // Regression: the residents told, and the evacuees of the headline, were the sources.
        let text = "Evacuees told they may not return until spring\n\nResidents who fled the \
                    fire have been told they may not go home. Ana Ruiz told them she was sorry.";
        assert_eq!(
            claims(text),
            [
                unnamed("they may not return until spring", "told"),
                unnamed("they may not go home", "told"),
                reported("she was sorry", "told", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn the_ones_charged_are_no_source_and_speak_past_the_charge() {
        // Regression: Ana Ruiz accused herself, the man accused of buying the guns told police
        // that "buying the guns" was what he was accused of, and the officer's clause was what
        // he was charged with.
        let text = "Ana Ruiz is accused of taking bribes. The man accused of buying the guns at a \
                    crowded fair in the city told police he was sorry. Officer Bo Lind, who fired \
                    the shot, was charged with manslaughter. A woman accused of trying to set \
                    fire to a mosque had planned the attack.";
        assert_eq!(
            claims(text),
            [
                unnamed("taking bribes", "accused of"),
                unnamed(
                    "buying the guns at a crowded fair in the city",
                    "accused of"
                ),
                reported("he was sorry", "told", "The man"),
                unnamed("trying to set fire to a mosque", "accused of"),
                reported("the attack", "planned", "A woman"),
            ]
        );
    }

    #[test]
    fn a_noun_cue_made_by_a_past_verb_speaks_for_its_maker() {
        let text = "Obama issued a warning that the deal was dead. A Government Accountability \
                    Office report released last year found that the agency could not be sure.";
        assert_eq!(
            claims(text),
            [
                reported("that the deal was dead", "warning", "Obama"),
                reported(
                    "that the agency could not be sure",
                    "found",
                    "A Government Accountability Office report"
                ),
            ]
        );
    }

    #[test]
    fn a_statement_speaks_for_its_maker_past_a_particle_a_time_or_a_partner() {
        // Regression: each statement or resolution was its own source.
        let text = "His office put out a statement saying the deal was dead. The City Council \
                    on Wednesday approved a resolution condemning the ban. Later, Ruiz and \
                    Ortiz issued a statement praising the vote.";
        assert_eq!(
            claims(text),
            [
                reported("the deal was dead", "saying", "His office"),
                reported("the ban", "condemning", "City Council"),
                reported("the vote", "praising", "Ruiz and Ortiz"),
            ]
        );
    }

    #[test]
    fn a_statement_speaks_for_its_maker_after_an_organization_s_title() {
        // Regression: "Civic Trust President Ana Ruiz" opened no clause, and the statement
        // was its own source.
        let text = "Civic Trust President Ana Ruiz issued a statement saying the vote was fair.";
        assert_eq!(
            claims(text),
            [reported("the vote was fair", "saying", "Ana Ruiz")]
        );
    }

    #[test]
    fn an_infinitive_cue_takes_the_sentence_subject() {
        let text = "Donald Trump took to Twitter overnight to accuse Clinton’s campaign of lying.";
        assert_eq!(
            claims(text),
            [reported(
                "Clinton’s campaign of lying", "accuse", "Donald Trump"
            )]
        );
    }

    #[test]
    fn a_cue_after_and_and_a_time_shares_the_source() {
        // Regression: "and on Monday announced" had no source.
        let text = "Mayor Ana Ruiz freed up funds and on Monday announced the clinic would reopen.";
        assert_eq!(
            claims(text),
            [reported("the clinic would reopen", "announced", "Ana Ruiz")]
        );
    }

    #[test]
    fn coordinated_cue_shares_the_source() {
        let text = "Nikki Haley called on Moscow to stop and said the United States wants to work with Russia.";
        assert_eq!(
            claims(text),
            [
                reported("Moscow to stop", "called on", "Nikki Haley"),
                reported(
                    "the United States wants to work with Russia",
                    "said",
                    "Nikki Haley"
                ),
            ]
        );
    }

    #[test]
    fn a_stance_joined_to_the_sentence_s_verb_is_its_subject_s() {
        // Regression: a stance after "and" had no source of its own and was lost; after a
        // reported clause it is still the clause's, not the sentence's.
        let text = "Ana Ruiz met the voters and described the plan as a failure. Police say he \
                    posed a threat and refused to drop the gun. Tim Lopez showed restraint and \
                    described the outburst as a mistake.";
        assert_eq!(
            claims(text),
            [
                reported("the plan as a failure", "described", "Ana Ruiz"),
                reported("he posed a threat", "say", "Police"),
                // (A cue before it that claims nothing leaves it the subject's.)
                reported("the outburst as a mistake", "described", "Tim Lopez"),
            ]
        );
        // So is a participle's after a comma.
        let text = "On Thursday evening Ana Ruiz gave her speech as the nominee, seeking to prove \
                    her credentials.";
        assert_eq!(
            claims(text),
            [reported("to prove her credentials", "seeking", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_cue_after_to_is_its_object_s_when_made_to_and_nobody_s_when_only_asked() {
        let text = "Warren forced Stumpf, who was under questioning from the committee over his \
                    bank's handling of the scam, to admit that no executives had been fired. The \
                    judge ordered Trump to disclose his tax returns.";
        // (The order is the judge's claim: "ordered" reports an order.)
        assert_eq!(
            claims(text),
            [
                reported("that no executives had been fired", "admit", "Stumpf"),
                reported("Trump to disclose his tax returns", "ordered", "The judge")
            ]
        );
    }

    #[test]
    fn a_place_before_a_gerund_s_comma_is_not_its_subject() {
        // Regression: "Colorado" was the speaker.
        let text = "Trump seized on the news at a rally in Golden, Colorado, telling supporters \
                    that the FBI had reopened the case.";
        assert_eq!(
            claims(text),
            [reported(
                "that the FBI had reopened the case", "telling", "Trump"
            )]
        );
    }

    #[test]
    fn a_gerund_after_for_is_the_object_s_or_the_passive_subject_s() {
        // Regressions: the panel refused, and Trump criticized.
        let text = "The panel held Pagliano in contempt of Congress for refusing to testify. \
                    Trump was criticized for saying that the judge was biased.";
        assert_eq!(
            claims(text),
            [
                reported("to testify", "refusing", "Pagliano"),
                reported("that the judge was biased", "saying", "Trump"),
            ]
        );
        // Regression: the accord expected itself to be ratified. (It is the claim's first part.)
        let text = "The accord is expected to be ratified next month.";
        assert_eq!(
            claims(text),
            [
                unnamed("The accord", "expected"),
                unnamed("to be ratified next month", "expected")
            ]
        );
    }

    #[test]
    fn a_gerund_after_the_attribution_goes_on_with_its_speaker() {
        let text = "\"We certainly can't afford to do this anymore,\" Trump said, adding later that NATO is costing us a fortune.";
        let found = claims(text);
        assert_eq!(
            found[1],
            reported("that NATO is costing us a fortune", "adding", "Trump")
        );
    }

    #[test]
    fn an_embassy_in_a_capital_opens_the_clause_a_gerund_goes_on_with() {
        let text = "The Russian embassy in London responded within hours, accusing Mr Johnson \
                    of \"Russophobic hysteria\".";
        assert_eq!(
            claims(text),
            [reported(
                "\"Russophobic hysteria\"", "accusing", "The Russian embassy in London"
            )]
        );
    }

    #[test]
    fn a_short_word_in_ing_is_no_gerund_inside_a_source_phrase() {
        // Regression: the source was "districts", after "swing" ended the phrase as a gerund.
        let text = "Republicans in swing districts are worried that Trump will lose.";
        assert_eq!(
            claims(text),
            [reported(
                "that Trump will lose", "worried", "Republicans in swing districts"
            )]
        );
    }

    #[test]
    fn a_noun_cue_after_a_weekday_is_a_noun() {
        let text = "Mr. Trump, for his part, insisted in a Saturday tweet that he would stay.";
        assert_eq!(
            claims(text),
            [reported("that he would stay", "insisted", "Trump")]
        );
    }

    #[test]
    fn a_maker_named_across_the_start_of_its_sentence() {
        // Regression (found by the fuzzer): the word before a name that opens before its
        // sentence was looked up before the text's first token.
        let text = "S..Portd aPoed ad add";
        assert!(annotate(text).validate(text).is_ok());
    }

    #[test]
    fn a_gerund_cue_after_a_comma_has_its_own_claim() {
        // Regression: "noting that …" was the content of "pushed back", "noting" no cue.
        let text = "Tapper pushed back, noting that Trump has released only a one-page letter.";
        assert_eq!(
            claims(text),
            [reported(
                "that Trump has released only a one-page letter",
                "noting",
                "Tapper"
            )]
        );
    }

    #[test]
    fn an_addressee_is_no_source_of_the_gerund_after_it() {
        // Regression: the United Nations demanded, where the ministry wrote to it demanding.
        let text = "In Damascus, the Syrian foreign ministry sent letters to the United Nations \
                    demanding that the council condemn the attack. Mr. Smith sent a letter to \
                    Senator Jones asking that the vote be delayed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the council condemn the attack", "demanding",
                    "the Syrian foreign ministry"
                ),
                reported("that the vote be delayed", "asking", "Smith"),
            ]
        );
    }

    #[test]
    fn a_gerund_after_before_or_after_goes_with_the_clause_s_subject() {
        // Regression: both claims had no speaker.
        let text = "McDaniel insisted on Fox News Sunday, before admitting: “I mean Ben Sasse is \
                    an exception.” After saying that the GOP will keep the Senate, McDaniel was \
                    pressed on several senators.";
        assert_eq!(
            claims(text),
            [
                direct("I mean Ben Sasse is an exception.", "admitting", "McDaniel"),
                reported("that the GOP will keep the Senate", "saying", "McDaniel"),
            ]
        );
    }

    #[test]
    fn a_gerund_after_from_is_no_aside_of_the_last_noun_phrase() {
        // Regression: "a haven" spoke for "saying", once every adverbial opened an aside.
        let text = "But for Donald Trump, Oz's show proved to be a safe space, a haven shielded \
                    from any tough questions, and gave Trump a platform to offer up whatever \
                    he wanted, from saying that he feels young to playing up his stamina.";
        assert_eq!(
            claims(text),
            [reported(
                "that he feels young to playing up his stamina",
                "saying",
                "Donald Trump"
            )]
        );
    }
}

//! Inverted reported speech: the clause before the cue, its source around the cue. "Content,
//! officials said." / "Content, said a spokesman." / "Content, the poll showed."

use std::ops::Range;

use super::{Reported, Sourced};
use crate::annotations::ClaimKind;
use crate::claims::cues::Cue;
use crate::claims::finder::{Finder, MAX_CLAUSE};
use crate::claims::found::{Found, Source};
use crate::data::cues::{
    AUXILIARIES, CLOSING_BELIEFS, CLOSING_DECISIONS, CONDITIONS, CueClass, DOCUMENTS, INFORMED,
    NOT_IN_SOURCE_PHRASE, NOT_INVERTED, PREPOSITIONS, SOURCE_NOUNS,
};
use crate::grammar::{past_form, s_form};
use crate::rules::Rule;
use crate::text::{Kind, Lowercase};

/// How many tokens after its head a source noun phrase after the cue may leave before the
/// sentence ends ("…, said one GOP source in the room.").
const CLOSING_SOURCE_TAIL: usize = 5;
/// How many words of description may stand before a name that closes the sentence ("…,
/// promoter AEG Presents said").
const DESCRIPTION_WORDS: usize = 6;
/// How many words the hearers of a closing "were told" may have ("MSPs", "the inquest").
const HEARERS_WORDS: usize = 3;

impl Finder<'_, '_> {
    /// Whether the cue's source comes after it, closing the sentence ("…, said Jeffrey N.
    /// Trimble"): then the name after the cue is its source, not its content. A source found
    /// before a comma is less sure than one that closes the sentence.
    pub(super) fn inverted_source(
        &self,
        cue: &Cue,
        before: Option<Sourced>,
        sentence: &Range<usize>,
    ) -> bool {
        let doc = self.doc;
        let after_comma = cue.first > sentence.start
            && (doc.is_punct(cue.first - 1, ",") || self.is_quote_mark(cue.first - 1));
        // ("…, said of Mr. Rubio": what the cue is said of is no source.)
        let of = matches!(self.word(cue.last), "of" | "about");
        (before.is_none() || doc.is_punct(cue.first - 1, ","))
            && after_comma
            && !cue.gerund
            && !of
            && !NOT_INVERTED.contains(cue.base)
            && match self.source_after_head(cue, sentence.end) {
                Some((Source::Named(m), _)) => {
                    let mut next = self.mentions[m].last + 1;
                    // ("…, says Dossym Satpayev in Almaty.": where they are.)
                    if next + 1 < sentence.end
                        && matches!(self.word(next), "in" | "from")
                        && (next + 1..sentence.end)
                            .all(|k| doc.is_capitalized(k) || doc.tokens[k].kind == Kind::Punct)
                    {
                        next = sentence.end;
                    }
                    // (Not "said Clinton “believes …”": a mark that opens a quote; nor
                    // "said Jones’ approach failed": an owner.)
                    next >= sentence.end
                        || doc.tokens[next].kind == Kind::Punct
                            && !doc.possessive_after(next - 1)
                            && !(self.is_quote_mark(next)
                                && next + 1 < sentence.end
                                && self.is_word(next + 1))
                }
                // "…, said one GOP source in the room.", "…, said a person familiar with the
                // talks." (Not "…, insisted the candidate had been misunderstood": a verb
                // follows.)
                Some((Source::Nominal(first, head), _)) => {
                    // ("…, said an American official who was briefed on the encounter and
                    // spoke anonymously.", "…, said the people, who asked not to be
                    // identified.": a relative clause on the source runs to the end.)
                    let comma = usize::from(head + 1 < sentence.end && doc.is_punct(head + 1, ","));
                    let who = head + 1 + comma < sentence.end
                        && self.word(head + 1 + comma) == "who"
                        && !self.main_verb_after_relative(head + 2 + comma, sentence.end);
                    // (Not after a name that opens the sentence and its apposition: "Ana Ruiz,
                    // a lawyer, said the closures hurt patients".)
                    first == cue.last + 1
                        && !matches!(
                            before.map(|b| b.source),
                            Some(Source::Named(m))
                                if self.titles_before(self.mentions[m].first) == sentence.start
                        )
                        // ("…, says DMRC chief": a name's role.)
                        && (SOURCE_NOUNS.contains(Lowercase::new(self.word(head)).as_str())
                            || self.mention_starting_at(first).is_some()
                            || (first..head).any(|k| INFORMED.contains(self.word(k))))
                        && (sentence.end - head <= CLOSING_SOURCE_TAIL || who)
                        && (head + 1 >= sentence.end
                            || !self.is_word(head + 1)
                            || who
                            || PREPOSITIONS.contains(self.word(head + 1)))
                }
                _ => false,
            }
    }

    /// Whether a verb of the sentence's own follows the relative clause whose verb is at
    /// `verb`: "…, said people who use drugs alone are at higher risk", where "people who use
    /// drugs" is a subject, not the source. An auxiliary after the relative verb, not joined
    /// to it by "and" or "or", and before any cue or "that" that opens a clause of its own.
    fn main_verb_after_relative(&self, verb: usize, end: usize) -> bool {
        // (Nor after a clause of its own: "who asked not to be identified because the talks
        // are private".)
        (verb + 1..end.min(verb + MAX_CLAUSE))
            .take_while(|&k| {
                !self.cue_starts[k]
                    && !matches!(self.word(k), "that" | "because" | "since" | "as" | "when")
            })
            .any(|k| {
                AUXILIARIES.contains(self.word(k)) && !matches!(self.word(k - 1), "and" | "or")
            })
    }

    /// "Prices will rise next year, MPs were told.", "…, the inquest was told on Monday.": the
    /// clause before the comma, told its hearers by a source the text does not name.
    pub(super) fn told_inverted(&self, cue: &Cue, sentence: &Range<usize>) -> Option<Found> {
        if cue.first < sentence.start + 4 || !self.be_told(cue, sentence) {
            return None;
        }
        let be = self.before_adverb(cue, sentence);
        let comma = self.last_mark(sentence.start, be, ",")?;
        let hearers = comma + 1..be;
        let start = (sentence.start..comma).find(|&k| self.is_word(k))?;
        // (Nothing after it but when or where: not "were told that …", "… to leave", "… by".)
        let adjunct = (cue.last + 1..sentence.end)
            .all(|k| !matches!(self.word(k), "that" | "to" | "by") && !self.is_quote_mark(k));
        (!hearers.is_empty()
            && hearers.len() <= HEARERS_WORDS
            && hearers.clone().all(|k| self.is_word(k))
            && adjunct
            && !self.is_quote_mark(comma - 1)
            && (start..comma).filter(|&k| self.is_word(k)).count() >= 3)
            .then(|| {
                self.cued(
                    cue,
                    start..comma,
                    ClaimKind::Indirect,
                    Rule::Inverted,
                    Source::Unnamed,
                    Rule::SourceUnnamed,
                )
            })
    }

    /// The clause before the comma that opens the attribution, claimed by its source.
    pub(super) fn inverted_claim(&self, at: &Reported) -> Option<Found> {
        let doc = self.doc;
        let (cue, sentence) = (at.cue, &at.sentence);
        // ("…, a study published in the journal Nature found.": a document heads the phrase.)
        let document = |s: Source| match s {
            Source::Nominal(first, last) => {
                (first..=last).any(|k| DOCUMENTS.contains(Lowercase::new(self.word(k)).as_str()))
            }
            _ => false,
        };
        let evidence =
            cue.class == CueClass::Evidence && at.before.is_some_and(|b| document(b.source));
        // ("…, Clinton allies believe.", "…, the judge ruled.": a belief or a decision whose
        // cue closes its clause.)
        let closing_belief = (CLOSING_BELIEFS.contains(cue.base)
            || CLOSING_DECISIONS.contains(cue.base))
            && at.before.is_some()
            && (cue.last + 1 >= at.sentence.end || !self.is_word(cue.last + 1));
        // (Nor a gerund, whose subject is no word before it: "…,” said Robin Maynard, half
        // joking.")
        if cue.class != CueClass::Speech && !evidence && !closing_belief || cue.gerund {
            return None;
        }
        let (source, source_first, source_rule) = match at.before.filter(|_| !at.inverted) {
            // "Clinton's running mate, Sen. Tim Kaine, responded": before a name that a comma
            // parts from its cue stands its description, not a claim; but "…, his top aide,
            // Tad Devine, said" sets the description off from a clause before it.
            Some(Sourced {
                source: Source::Named(m),
                rule,
                ..
            }) if doc.is_punct(cue.first - 1, ",")
                && !(self.mentions[m].last..cue.first - 1).any(|k| doc.is_punct(k, ",")) =>
            {
                let first = self.titles_before(self.mentions[m].first);
                // The comma that opens the description, back over its words.
                let description = (first > sentence.start + 2 && doc.is_punct(first - 1, ","))
                    .then(|| {
                        self.find_back(
                            (sentence.start + 1).max(first.saturating_sub(DESCRIPTION_WORDS + 2)),
                            first - 1,
                            |k| {
                                doc.is_punct(k, ",")
                                    || self.is_word(k)
                                    || doc.possessive_after(k.saturating_sub(1))
                            },
                            |k| doc.is_punct(k, ","),
                        )
                    })
                    .flatten();
                match description {
                    Some(comma) => (Source::Named(m), comma + 1, rule),
                    None => return None,
                }
            }
            Some(before) => {
                // "…, Chief Financial Officer Kevan Parekh told analysts."
                let first = self.titles_before(self.first_of_source(before.source, before.at));
                // "…, The Wall Street Journal reports."
                let the = first > 0 && matches!(self.word(first - 1), "The" | "the");
                (before.source, first - usize::from(the), before.rule)
            }
            None => {
                let (source, _) = self.source_after(cue, sentence.end)?;
                (source, cue.first, Rule::SourceAfter)
            }
        };
        let comma = self.attribution_comma(source, source_first, sentence.start)?;
        let mut start = sentence.start;
        while start < comma && !self.is_word(start) {
            start += 1;
        }
        // (The mark that closes a quoted title after the comma stays with it.)
        let end = comma + 2 * usize::from(self.is_quote_mark(comma + 1));
        // "Bamberg said the videos do not show it, the footage showed": a finding does not
        // wrap another source's claim.
        if evidence && (start..end).any(|k| self.cue_starts[k]) {
            return None;
        }
        // "Asked whether he would resign, the chief said no", "Speaking to reporters, …": a
        // participle clause before the source says nothing of its own.
        let opener = Lowercase::new(self.word(start));
        // ("Flooding forced thousands from their homes, officials said": a gerund that a
        // verb follows is the clause's subject.)
        let ing = |w: &str| {
            w.ends_with("ing")
                && !(start..end).any(|k| AUXILIARIES.contains(self.word(k)))
                && !(start + 1..end).any(|k| self.is_word(k) && past_form(self.word(k)))
        };
        // ("When asked why, Sembler responded …": so after a conjunction of time. But "Given
        // the vote, the deal is done, Lopez said": a clause follows the participle's comma.)
        let next = self.word(start + 1);
        // ("Ottawa-based Shopify is laying off …": a compound with a hyphen is an adjective.)
        let compound = opener.as_str().contains('-');
        let participle = (!compound && (past_form(opener.as_str()) || ing(opener.as_str()))
            || CONDITIONS.contains(opener.as_str()) && (past_form(next) || ing(next)))
            && !(start..comma).any(|k| doc.is_punct(k, ","));
        // ("In a victory speech, Sanders claimed victory": a phrase that a preposition opens,
        // with no verb, is no clause.)
        let verb = !PREPOSITIONS.contains(opener.as_str())
            || (start..comma).any(|k| {
                let w = self.word(k);
                w.starts_with(char::is_lowercase)
                    && (AUXILIARIES.contains(w) || past_form(w) || s_form(w) || w.contains('\''))
            });
        if self.is_quote_mark(comma - 1)
            || participle
            || !verb
            || (start..end).filter(|&k| self.is_word(k)).count() < 3
        {
            return None;
        }
        Some(self.cued(
            cue,
            start..end,
            ClaimKind::Indirect,
            Rule::Inverted,
            source,
            source_rule,
        ))
    }

    /// The comma before an attribution whose source opens at `source_first`, past a word or two
    /// of description before a name ("…, promoter AEG Presents said", "…, NRA spokesman Tad
    /// Lopez said").
    fn attribution_comma(
        &self,
        source: Source,
        source_first: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        // ("…, UMWA Director of Government Affairs Phil Smith told POLITICO": "of" inside a
        // capitalized title.)
        let title_of = |k: usize| {
            self.word(k) == "of" && self.doc.is_capitalized(k - 1) && self.doc.is_capitalized(k + 1)
        };
        let described = |k: usize| {
            let w = self.word(k);
            k > sentence_start
                && self.is_word(k)
                && w.starts_with(char::is_alphabetic)
                && (!NOT_IN_SOURCE_PHRASE.contains(w) || title_of(k))
                && !past_form(w)
        };
        let mut source_first = source_first;
        let named = matches!(source, Source::Named(_));
        for _ in 0..DESCRIPTION_WORDS {
            // ("…, Spain's state weather agency Aemet said.": past an owner.)
            if named && source_first > 1 && self.doc.possessive_after(source_first - 2) {
                source_first -= 1;
            }
            if !named || source_first == 0 || !described(source_first - 1) {
                break;
            }
            source_first -= 1;
        }
        // ("…big fans of “Prison Break,” Mr. Madden said.": the comma inside the mark that
        // closes a title the clause quotes.)
        let title = source_first > sentence_start + 2
            && self.is_quote_mark(source_first - 1)
            && !self.is_quote_mark(sentence_start)
            && self.inside_quote(source_first - 2);
        source_first
            .checked_sub(1 + usize::from(title))
            .filter(|&c| c > sentence_start && self.doc.is_punct(c, ","))
    }
}

#[cfg(test)]
mod tests {
    use crate::ClaimKind;
    use crate::claims::testing::{claims, direct, reported, speaker_names, unnamed};

    #[test]
    fn a_title_with_a_portfolio_of_several_words_stands_before_the_source() {
        // Regression: "Energy and Mines Minister Bahlil Lahadalia said" claimed nothing.
        let text = "Exports will be cut next year, Energy and Mines Minister Bahlil Lahadalia \
                    said on Tuesday. Waiting lists will fall, Health and Social Care Secretary \
                    Wes Streeting said.";
        assert_eq!(
            claims(text),
            [
                reported("Exports will be cut next year", "said", "Bahlil Lahadalia"),
                reported("Waiting lists will fall", "said", "Wes Streeting"),
            ]
        );
    }

    #[test]
    fn a_source_after_its_cue_with_a_relative_clause_after_a_comma_closes_the_sentence() {
        // Regression: "said the people, …" claimed "the people" for "A deal", and "could be
        // announced next week" claimed "next week".
        let text = "A deal could be announced next week, said the people, who asked not to be \
                    identified because the talks are private.";
        assert_eq!(
            claims(text),
            [reported(
                "A deal could be announced next week", "said", "the people"
            )]
        );
    }

    #[test]
    fn a_clause_before_a_closing_were_told_is_a_claim_of_no_one_named() {
        // Regression: "…, MSPs were told yesterday." had no claim.
        let text = "The ferry will not sail until next autumn, MSPs were told yesterday. The \
                    plant will close, the court was told. He was told to leave.";
        assert_eq!(
            claims(text),
            [
                unnamed("The ferry will not sail until next autumn", "told"),
                unnamed("The plant will close", "told"),
                unnamed("He", "told"),
                unnamed("to leave", "told"),
            ]
        );
    }

    #[test]
    fn a_name_and_its_apposition_before_said_are_the_source_not_the_content() {
        // Regression: "patients" ended a source after "said" (a verb it did not know,
        // "hurt", stood before it), so "Ana Ruiz, a lawyer" was the claim.
        let text = "Dr. Ana Ruiz, an emergency physician in Truro, said the closures hurt \
                    patients. The talks broke down, said one nurse in the room.";
        assert_eq!(
            claims(text),
            [
                reported("the closures hurt patients", "said", "Ana Ruiz"),
                reported("The talks broke down", "said", "one nurse in the room"),
            ]
        );
    }

    #[test]
    fn five_words_of_description_before_a_closing_name() {
        // Regression: four words were the most, and the clause before had no claim.
        let text = "A couple and their two children were among the passengers, Algerian foreign \
                    affairs ministry spokesman Ana Ruiz said Thursday.";
        assert_eq!(
            claims(text),
            [reported(
                "A couple and their two children were among the passengers",
                "said",
                "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_title_with_of_before_a_closing_name() {
        // Regression: "of" ended the description, and the clause before had no claim.
        let text = "The union will sit out the election, UMWA Director of Government Affairs Ana \
                    Ruiz told POLITICO.";
        assert_eq!(
            claims(text),
            [reported(
                "The union will sit out the election", "told", "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn what_the_clause_before_lists_after_the_attribution_is_no_complement() {
        // Regression: "including speeches and meetings" was what the Times said.
        let text = "The emails were on many topics, the Times said, including speeches and \
                    meetings.";
        assert_eq!(
            claims(text),
            [reported("The emails were on many topics", "said", "Times")]
        );
    }

    #[test]
    fn a_phrase_that_a_preposition_opens_with_no_verb_is_no_inverted_claim() {
        // Regression: "In a victory speech" was what Ruiz claimed.
        let text = "In a victory speech, Ana Ruiz claimed momentum and thanked voters. For the \
                    past year, party leaders stayed silent. In May, the plan was dead, Ruiz said.";
        assert_eq!(
            claims(text),
            [reported("In May, the plan was dead", "said", "Ana Ruiz")]
        );
    }

    #[test]
    fn an_owner_after_the_cue_is_no_inverted_source() {
        // Regression: "Jones" was the source and "Ana Ruiz, a union lawyer" the claim, and the
        // second sentence had only its gerund's claim, given to "Jones".
        let text = "Ana Ruiz, a union lawyer, said Jones’ approach had failed. Bo Diaz, the \
                    activist, endorsed Jones’ plan, saying the nurses' union backed it.";
        assert_eq!(
            claims(text),
            [
                reported("Jones’ approach had failed", "said", "Ana Ruiz"),
                reported("Jones’ plan", "endorsed", "Bo Diaz"),
                reported("the nurses' union backed it", "saying", "Bo Diaz"),
            ]
        );
    }

    #[test]
    fn a_ruling_that_closes_its_clause_is_the_judge_s_named_by_title() {
        // Regression: ", the judge ruled." closed no claim.
        let text = "Justice Mary Okoro handed down the sentence Friday. Sandhu will also be \
                    banned from driving for ten years, the judge ruled. The old order, from \
                    British rule before independence, stood.";
        assert_eq!(
            claims(text),
            [reported(
                "Sandhu will also be banned from driving for ten years",
                "ruled",
                "Mary Okoro"
            )]
        );
    }

    #[test]
    fn a_compound_adjective_that_opens_the_sentence_is_no_participle_clause() {
        // Regression: "Ottawa-based" was read as a participle, and the sentence had no claim;
        // then as the first word of the company's name. ("the company" is Maple Inc.)
        let text = "Ottawa-based Maple Inc. is laying off 300 employees, the company confirmed \
                    Thursday.";
        assert_eq!(
            claims(text),
            [reported(
                "Ottawa-based Maple Inc. is laying off 300 employees",
                "confirmed",
                "Maple"
            )]
        );
    }

    #[test]
    fn a_belief_that_closes_its_clause_holds_the_clause_before() {
        let text = "Such a move could alienate his backers, his allies believe. The deal will \
                    pass, Ruiz fears. The plan failed, officials declined.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Such a move could alienate his backers", "believe", "his allies"
                ),
                reported("The deal will pass", "fears", "Ruiz"),
            ]
        );
    }

    #[test]
    fn a_subject_with_a_relative_clause_after_said_is_the_content_not_the_source() {
        // Regression: the speaker was "people who use drugs alone are at higher risk", and the
        // claim was the name and its apposition.
        let text = "Guy Felicella, an adviser with the centre, said people who use drugs alone \
                    are at higher risk. The plan is dead, said an official who was briefed on \
                    the talks and spoke anonymously.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "people who use drugs alone are at higher risk",
                    "said",
                    "Guy Felicella"
                ),
                reported(
                    "The plan is dead",
                    "said",
                    "an official who was briefed on the talks and spoke anonymously"
                ),
            ]
        );
    }

    #[test]
    fn an_owner_may_open_the_description_of_a_closing_name() {
        // Regression: "Spain's" ended the description, and the claim was lost.
        let text = "Temperatures reached 46C on Sunday, Spain's state weather agency Aemet said.";
        assert_eq!(
            claims(text),
            [reported(
                "Temperatures reached 46C on Sunday", "said", "Aemet"
            )]
        );
    }

    #[test]
    fn a_participle_after_a_conjunction_of_time_is_no_inverted_content() {
        // Regression: "When asked why" was Sembler's claim.
        let text = "Mel Sembler left early. When asked why, Sembler responded.";
        assert_eq!(claims(text), [unnamed("why", "asked")]);
    }

    #[test]
    fn a_participle_before_a_clause_opens_inverted_content() {
        // Regression: "Given" made the whole clause a participle's, and the claim was lost.
        let text = "Given the vote, the deal is done, Tad Lopez said. Asked about the deal, \
                    Lopez said nothing.";
        assert_eq!(
            claims(text),
            [reported(
                "Given the vote, the deal is done", "said", "Tad Lopez"
            )]
        );
    }

    #[test]
    fn a_gerund_that_a_verb_follows_opens_inverted_content() {
        // Regression: "Flooding" was taken for a participle clause, and the claim was lost.
        let text = "Flooding forced thousands from their homes, officials said. Speaking to \
                    reporters in Rome, the mayor said the water was falling.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Flooding forced thousands from their homes",
                    "said",
                    "officials"
                ),
                reported("the water was falling", "said", "the mayor"),
            ]
        );
    }

    #[test]
    fn a_clause_that_ends_on_a_quoted_title_before_its_attribution() {
        // Regression: the comma inside the closing mark was no attribution's comma, and the
        // claim was lost.
        let text = "The French are big fans of “Prison Break,” Ana Ruiz said. “We are big \
                    fans,” Ruiz said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The French are big fans of “Prison Break,”",
                    "said",
                    "Ana Ruiz"
                ),
                direct("We are big fans,", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_capitalized_description_before_the_name_that_closes_the_sentence() {
        // Regression: a capitalized word of description hid the attribution's comma.
        let text = "The deal will hold, NRA spokesman Tad Lopez said. Talks went well, Clinton \
                    campaign aide Jo Ortiz told reporters.";
        assert_eq!(
            claims(text),
            [
                reported("The deal will hold", "said", "Tad Lopez"),
                reported("Talks went well", "told", "Jo Ortiz"),
            ]
        );
    }

    #[test]
    fn a_description_before_the_name_that_closes_the_sentence() {
        // Regression: neither attribution made a claim.
        let text = "Ruiz remains committed to the race, his top aide, Tad Lopez, told The Fresno \
                    Bee. The campaign will go on, his longtime adviser Ana Diaz said. Ruiz's \
                    running mate, Sen. Jo Ortiz, responded.";
        assert_eq!(
            claims(text),
            [
                reported("Ruiz remains committed to the race", "told", "Tad Lopez"),
                reported("The campaign will go on", "said", "Ana Diaz"),
            ]
        );
    }

    #[test]
    fn a_name_after_its_cue_may_end_on_where_they_are() {
        // Regression: "political scientist Dana Ruiz in Almaty" was the content.
        let text = "Even India has more cultural pull, says political scientist Dana Ruiz in \
                    Almaty.";
        assert_eq!(
            claims(text),
            [reported(
                "Even India has more cultural pull", "says", "Dana Ruiz"
            )]
        );
    }

    #[test]
    fn a_source_after_its_cue_with_a_long_relative_clause_closes_the_sentence() {
        // Regression: the source was the content of "said".
        let text = "The ships could block the shoal, said an official who was briefed on the \
                    details of the encounter and spoke anonymously because of the sensitivities.";
        assert_eq!(
            claims(text),
            [reported(
                "The ships could block the shoal",
                "said",
                "an official who was briefed on the details of the encounter and spoke \
                 anonymously because of the sensitivities"
            )]
        );
    }

    #[test]
    fn a_publication_named_with_its_article_closes_the_sentence() {
        let text = "Managers could get $1 million in bonuses, The Wall Street Journal reports.";
        assert_eq!(
            claims(text),
            [reported(
                "Managers could get $1 million in bonuses",
                "reports",
                "Wall Street Journal"
            )]
        );
    }

    #[test]
    fn a_source_that_closes_the_sentence_after_said_is_no_content() {
        // Regression: "one GOP source in the room" was the content of "said".
        let text = "The refusal did not go over well with Republicans, and the meeting \
                    deteriorated from there, said one GOP source in the room.";
        assert_eq!(
            claims(text),
            [reported(
                "The refusal did not go over well with Republicans, and the meeting \
                 deteriorated from there",
                "said",
                "one GOP source in the room"
            )]
        );
    }

    #[test]
    fn a_long_source_of_a_closing_attribution_ends_the_content_before_it() {
        let text = "China urged both sides to exercise restraint, the official Xinhua news agency \
                    reported.";
        assert_eq!(
            claims(text),
            [reported(
                "China urged both sides to exercise restraint",
                "reported",
                "the official Xinhua news agency"
            ),]
        );
    }

    #[test]
    fn a_source_noun_phrase_that_closes_the_sentence_after_an_inverted_cue() {
        let text = "The meeting deteriorated from there, said one GOP source in the room.";
        assert_eq!(
            claims(text),
            [reported(
                "The meeting deteriorated from there", "said", "one GOP source in the room"
            )]
        );
    }

    #[test]
    fn a_name_s_role_that_closes_a_headline_after_says_is_its_source() {
        // Regression: "…, says DMRC chief" was a claim "DMRC chief" of a junk speaker "Metro",
        // and "said DMRC spokesperson" was the organization's.
        let text = "Metro corridor to open by March, says DMRC chief\n\nThe line is ready, said \
                    DMRC spokesperson.";
        assert_eq!(
            claims(text),
            [
                reported("Metro corridor to open by March", "says", "DMRC chief"),
                reported("The line is ready", "said", "DMRC spokesperson"),
            ]
        );
    }

    #[test]
    fn inverted_reported_speech() {
        let text = "Secret Service protocol called for a trauma center, sources said.";
        let found = claims(text);
        let whole = "Secret Service protocol called for a trauma center";
        assert_eq!(
            found[0],
            (
                whole,
                ClaimKind::Indirect,
                Some("said"),
                Some("sources".into())
            )
        );
        // The nested claim stops before the attribution that closes the sentence.
        assert_eq!(found[1].0, "a trauma center");
    }

    #[test]
    fn a_closing_attribution_with_a_description_before_the_name() {
        let text = "The tour grossed more than $2 billion, promoter AEG Presents said on Monday. \
                    The talks will resume, company spokesman John Smith said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The tour grossed more than $2 billion", "said", "AEG Presents"
                ),
                reported("The talks will resume", "said", "John Smith"),
            ]
        );
    }

    #[test]
    fn a_pronoun_after_a_cue_with_a_verb_after_it_is_no_inverted_source() {
        // Regression: "said he would push" made Peskov, the last man named, say "a thug".
        let text = "Dmitry Peskov denied it. Sen. Lindsey Graham, who has called Putin \"a thug,\" \
                    said he would push for sanctions.";
        let found = claims(text);
        assert!(
            found
                .iter()
                .all(|c| c.3.as_deref() != Some("Dmitry Peskov") || c.0 == "it")
        );
    }

    #[test]
    fn a_name_that_opens_the_complement_is_not_an_inverted_source() {
        let text = "Aides said Clinton was tired, said Mr Podesta.";
        let podesta = reported("Aides said Clinton was tired", "said", "Podesta");
        // The aides' claim is most of his: the stretch is marked once, and they still speak.
        assert_eq!(claims(text), [podesta]);
        let speakers = speaker_names(text);
        assert_eq!(speakers, ["Aides", "Podesta"]);
    }

    #[test]
    fn a_name_after_an_inverted_description_is_the_source() {
        let text = "\"We made this a better bill,\" said the Senate majority leader, John J. \
                    Flanagan. \"It is done,\" said a spokesman, who declined to be named.";
        assert_eq!(
            claims(text),
            [
                direct("We made this a better bill,", "said", "John J. Flanagan"),
                direct("It is done,", "said", "a spokesman"),
            ]
        );
    }

    #[test]
    fn a_closing_attribution_after_a_comma_inside_the_closing_mark_ends_the_content() {
        let text = "She felt the amendment was worth examining because \"most people don't know \
                    about that loophole,\" she said.";
        assert_eq!(
            claims(text)[0].0,
            "the amendment was worth examining because \"most people don't know about that \
             loophole,\""
        );
    }
    #[test]
    fn a_document_that_names_where_it_appeared_is_the_source_of_its_finding() {
        // Regression: the name in the document's phrase ("Nature", "Ohio") was taken for the
        // source, and evidence comes from no name, so the first finding had no claim.
        let text = "Heat waves sent thousands to hospital, a study published on Wednesday in the \
                    journal Nature found. Exit polls taken in Ohio found that Ruiz won. A study \
                    by Ana Ruiz found that rents rose.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Heat waves sent thousands to hospital",
                    "found",
                    "a study published on Wednesday in the journal Nature"
                ),
                reported("that Ruiz won", "found", "Exit polls taken in Ohio"),
                reported("that rents rose", "found", "A study by Ana Ruiz"),
            ]
        );
    }
    #[test]
    fn a_gerund_after_a_closing_attribution_claims_no_clause_before_it() {
        // Regression: "joking" took the quote and "said Ana Ruiz" as what "half" joked.
        let text = "“I am better with my hands than my head,” said Ana Ruiz, half joking. For the \
                    second night in a row, supporters were chanting outside.";
        assert_eq!(
            claims(text),
            [direct(
                "I am better with my hands than my head,",
                "said",
                "Ana Ruiz"
            )]
        );
    }
}

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
mod quotes;
mod reported;
mod sources;

use cues::{Cue, find_cues};
use finder::Finder;
use quotes::find_quotes;

use crate::annotations::{ClaimKind, Span};
use crate::countries;
use crate::data::words::Gender;
use crate::rules::Rule;
use crate::speakers::Mention;
use crate::text::Doc;

/// Who a claim comes from, before entities are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A named mention (index into the mentions).
    Named(usize),
    /// A pronoun at this token, with the gender it tells.
    Pronoun(usize, Option<Gender>),
    /// A noun phrase that is a source but not a name ("officials", "the campaign"), as the
    /// token indexes of its first and last word.
    Nominal(usize, usize),
    /// A country's name, as token indexes of its first and last word: its government speaks.
    State(usize, usize),
    /// A source the text does not give.
    Unnamed,
}

/// A claim found in the text, in byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// The content.
    pub span: Span,
    /// Quoted or reported.
    pub kind: ClaimKind,
    /// The cue, if it has its own.
    pub cue: Option<Span>,
    /// Its source.
    pub source: Source,
    /// The rule that made the claim.
    pub rule: Rule,
    /// The rule that found its source.
    pub source_rule: Rule,
}

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

/// For each claim (sorted by start), whether a longer claim covers the same stretch of text:
/// of two claims that each cover at least half of the other ("said the United States wants
/// to work with Russia" and the intention inside it), the longer is the one a reader sees.
/// The shorter one's source still speaks.
pub fn within_longer(claims: &[Found]) -> Vec<bool> {
    let same_stretch = |a: Span, b: Span| {
        let overlap = a.end.min(b.end).saturating_sub(a.start.max(b.start));
        overlap > 0 && overlap * 2 >= a.len() && overlap * 2 >= b.len()
    };
    let mut within = vec![false; claims.len()];
    for i in 0..claims.len() {
        let a = claims[i].span;
        for j in i + 1..claims.len().min(i + 1 + OVERLAP_WINDOW) {
            let b = claims[j].span;
            if b.start >= a.end {
                break;
            }
            if same_stretch(a, b) {
                within[if b.len() > a.len() { i } else { j }] = true;
            }
        }
    }
    within
}

/// The most tokens a claim's clause runs to: a sentence with no end in sight (a list, a
/// transcript with no punctuation) is cut there, which keeps the work per cue bounded.
const MAX_CLAUSE: usize = 150;

/// The indexes of the cues that start at a token in `from..to`.
fn starting_in(cues: &[Cue], from: usize, to: usize) -> std::ops::Range<usize> {
    cues.partition_point(|c| c.first < from)..cues.partition_point(|c| c.first < to)
}

#[cfg(test)]
mod tests {
    use crate::{ClaimKind, annotate};

    /// Each claim as (content, kind, cue, speaker name).
    fn claims(text: &str) -> Vec<(&str, ClaimKind, Option<&str>, Option<String>)> {
        let marks = annotate(text);
        marks
            .claims
            .iter()
            .map(|c| {
                let speaker = c.speaker.map(|id| marks.speakers[id].name.clone());
                (
                    &text[c.start..c.end],
                    c.kind,
                    c.cue.map(|s| s.text(text)),
                    speaker,
                )
            })
            .collect()
    }

    fn direct<'a>(
        content: &'a str,
        cue: &'a str,
        who: &str,
    ) -> (&'a str, ClaimKind, Option<&'a str>, Option<String>) {
        (content, ClaimKind::Direct, Some(cue), Some(who.to_string()))
    }

    fn reported<'a>(
        content: &'a str,
        cue: &'a str,
        who: &str,
    ) -> (&'a str, ClaimKind, Option<&'a str>, Option<String>) {
        (
            content,
            ClaimKind::Indirect,
            Some(cue),
            Some(who.to_string()),
        )
    }

    #[test]
    fn curly_quote_with_inverted_attribution() {
        let text = "“We see attempts to hamper cooperation,” said Mr Lavrov.";
        assert_eq!(
            claims(text),
            [direct(
                "We see attempts to hamper cooperation,", "said", "Lavrov"
            )]
        );
    }

    #[test]
    fn straight_quote_then_name_and_cue() {
        let text = "\"It's deplorable, and we regret it\", Mr Lavrov said.";
        assert_eq!(
            claims(text),
            [direct(
                "It's deplorable, and we regret it", "said", "Lavrov"
            )]
        );
    }

    #[test]
    fn job_titles_between_an_inverted_cue_and_the_name() {
        let text =
            "\"Subpoenas are not optional,\" said panel Chairman Rep. Jason Chaffetz (R-Utah).";
        assert_eq!(
            claims(text),
            [direct(
                "Subpoenas are not optional,", "said", "Jason Chaffetz"
            )]
        );
    }

    #[test]
    fn party_tags_and_decimal_numbers_do_not_end_the_sentence() {
        let text = "Rep. Trey Gowdy (R-S.C.) said that 98.33 percent of the claim was hypocrisy.";
        assert_eq!(
            claims(text),
            [reported(
                "that 98.33 percent of the claim was hypocrisy",
                "said",
                "Trey Gowdy"
            )]
        );
    }

    #[test]
    fn an_adverbial_between_the_cue_and_its_complement() {
        let text = "Trump said after the convention he would not accept Cruz's endorsement.";
        assert_eq!(
            claims(text),
            [reported(
                "he would not accept Cruz's endorsement", "said", "Trump"
            )]
        );
        assert_eq!(claims("Mr. Obama said in his interview."), []);
    }

    #[test]
    fn a_title_abbreviation_before_the_name_after_a_quote() {
        let text = "“Mitt Romney was a worthy foe,” Sen. Claire McCaskill said.";
        assert_eq!(
            claims(text),
            [direct(
                "Mitt Romney was a worthy foe,", "said", "Claire McCaskill"
            )]
        );
    }

    #[test]
    fn charges_and_encouragement_report_but_the_noun_does_not() {
        let text = "Donald Trump charges that donors gave millions. He encouraged Americans to \
                    check. The charges against him were dropped.";
        assert_eq!(
            claims(text),
            [
                reported("that donors gave millions", "charges", "Donald Trump"),
                reported("Americans to check", "encouraged", "Donald Trump")
            ]
        );
    }

    #[test]
    fn speech_verbs_that_introduce_a_quote_with_a_colon() {
        let text = "During the debate, a friend commented: \"For you, immigration is the reason.\"";
        assert_eq!(
            claims(text),
            [direct(
                "For you, immigration is the reason.", "commented", "a friend"
            )]
        );
    }

    #[test]
    fn a_source_noun_phrase_runs_through_its_preposition() {
        let text = "A spokesman for the campaign said it was over. \
                    Protesters marching through the streets chanted \"What curfew?\"";
        assert_eq!(
            claims(text),
            [
                reported("it was over", "said", "A spokesman for the campaign"),
                direct(
                    "What curfew?",
                    "chanted",
                    "Protesters marching through the streets"
                )
            ]
        );
    }

    #[test]
    fn shows_that_is_a_verb_whatever_its_source() {
        let text = "A Bloomberg poll shows that Americans have abandoned him. \
                    Another slide shows that most avocados are grown in Mexico.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that Americans have abandoned him", "shows", "A Bloomberg poll"
                ),
                reported(
                    "that most avocados are grown in Mexico", "shows", "Another slide"
                )
            ]
        );
    }

    #[test]
    fn naming_verbs_take_source_noun_phrases_too() {
        let text = "The Trump campaign called the charges unsubstantiated. \
                    Some called the plan a joke.";
        assert_eq!(
            claims(text),
            [reported(
                "the charges unsubstantiated", "called", "The Trump campaign"
            )]
        );
    }

    #[test]
    fn a_source_noun_that_opens_the_sentence_takes_its_qualifiers() {
        let text = "Experts on North Korea and nuclear nonproliferation said the test could change things.";
        assert_eq!(
            claims(text),
            [reported(
                "the test could change things",
                "said",
                "Experts on North Korea and nuclear nonproliferation"
            )]
        );
    }

    #[test]
    fn beliefs_reached_by_assumption_and_inquiry() {
        let text = "Negotiators assumed that Mr. Clarke had the money. \
                    Investigators determined that the fire was set.";
        assert_eq!(
            claims(text),
            [
                reported("Mr. Clarke had the money", "assumed that", "Negotiators"),
                reported("that the fire was set", "determined", "Investigators")
            ]
        );
    }

    #[test]
    fn a_participle_after_a_determiner_and_adverb_is_an_adjective() {
        let text = "His surrogates called him a genius for his recently revealed tax strategy.";
        assert_eq!(
            claims(text),
            [reported(
                "him a genius for his recently revealed tax strategy",
                "called",
                "His surrogates"
            )]
        );
    }

    #[test]
    fn viewing_something_as_something_is_a_belief() {
        let text = "Birchers viewed communists as terrorists. Her views on trade are known.";
        assert_eq!(
            claims(text),
            [reported("communists as terrorists", "viewed", "Birchers")]
        );
    }

    #[test]
    fn telling_someone_reports_what_follows_the_addressee() {
        let text = "Lindsey Graham told The Huffington Post on Thursday. \
                    He told reporters the plan was dead. \
                    He said Friday as he entered the talks. He said and did the same. \
                    Kaine told MSNBC’s “Morning Joe” on Friday that nobody would question her.";
        assert_eq!(
            claims(text),
            [
                reported("the plan was dead", "told", "Lindsey Graham"),
                reported("that nobody would question her", "told", "Kaine"),
            ]
        );
    }

    #[test]
    fn a_question_quote_then_a_short_sentence_of_name_and_cue() {
        let text = "“Is Wells too big to manage?” Vitter demanded. Nobody answered. \
                    “Is it over?” Nobody knew the answer to that question.";
        assert_eq!(
            claims(text),
            [direct("Is Wells too big to manage?", "demanded", "Vitter")]
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
    fn a_gerund_after_a_quote_goes_on_with_the_speaker_not_the_quoted_words() {
        let text = "“We can’t afford to do this anymore,” Trump said, adding later, \
                    “NATO is costing us a fortune.”";
        assert_eq!(
            claims(text),
            [
                direct("We can’t afford to do this anymore,", "said", "Trump"),
                direct("NATO is costing us a fortune.", "adding", "Trump")
            ]
        );
    }

    #[test]
    fn a_described_person_after_the_cue_is_the_person_not_the_description() {
        let text = "“I thought that Mike Pence did all the things right,” said MSNBC host Chris \
                    Matthews. The explosion went off in front of 131 West 23rd Street, \
                    according to NYPD Commissioner James O’Neill. \"This is a waste of time,\" said Del. Stacey \
                    Plaskett of the Virgin Islands.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "I thought that Mike Pence did all the things right,",
                    "said",
                    "Chris Matthews"
                ),
                reported(
                    "The explosion went off in front of 131 West 23rd Street",
                    "according to",
                    "James O’Neill"
                ),
                direct("This is a waste of time,", "said", "Stacey Plaskett"),
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
    fn a_source_after_according_to_keeps_its_adjectives_and_stops_at_a_participle() {
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
                    "a Washington Post database"
                ),
            ]
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
    fn a_name_and_cue_after_a_comma_open_a_clause_of_their_own() {
        let text = "Writing for a Los Angeles Times panel that all agreed Pence won the debate, \
                    Mark Z. Barabak noted that the way Pence carried himself was critical.";
        assert_eq!(
            claims(text),
            [
                (
                    "Pence won the debate",
                    ClaimKind::Indirect,
                    Some("agreed"),
                    None
                ),
                reported(
                    "that the way Pence carried himself was critical",
                    "noted",
                    "Mark Z. Barabak"
                ),
            ]
        );
    }

    #[test]
    fn a_quoted_fragment_after_a_sentence_of_quote_is_not_its_continuation() {
        // Regression: the fragment, the words after it and the second cue were all marked as
        // one direct claim with the first quote, "Harris said" included.
        let text = "“That is a disgrace,” Harris said. “You cut the nurses’ pay” to pad the \
                    quarterly numbers, she said, pointing to the hospital’s annual report.";
        assert_eq!(
            claims(text),
            [
                direct("That is a disgrace,", "said", "Harris"),
                reported(
                    "You cut the nurses’ pay” to pad the quarterly numbers",
                    "said",
                    "Harris"
                ),
                reported("the hospital’s annual report", "pointing to", "Harris"),
            ]
        );
    }

    #[test]
    fn a_participle_after_an_attribution_comments_on_it() {
        let text = "Turnout was the highest in decades, the commission announced, citing \
                    figures from every district.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Turnout was the highest in decades", "announced", "the commission"
                ),
                reported("figures from every district", "citing", "the commission"),
            ]
        );
        // A gerund that a verb follows is the subject of the parenthetical's sentence.
        let text = "That vote was easy, Mr. Ortiz said, replacing the chairman would be far \
                    harder.";
        assert_eq!(
            claims(text),
            [reported(
                "That vote was easy, Mr. Ortiz said, replacing the chairman would be far harder",
                "said",
                "Ortiz"
            )]
        );
    }

    #[test]
    fn that_after_an_object_opens_a_relative_clause_not_the_complement() {
        // Regression: the complements were "failed inspection" and "protect them".
        let text = "Mayor Ruth Okafor called for landlords to repair the buildings that failed \
                    inspection. She has pushed for changing the rules that protect them. The \
                    council voiced concerns that the cost would fall on tenants.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "landlords to repair the buildings that failed inspection",
                    "called for",
                    "Ruth Okafor"
                ),
                reported(
                    "changing the rules that protect them", "pushed for", "Ruth Okafor"
                ),
                reported(
                    "that the cost would fall on tenants", "voiced", "The council"
                ),
            ]
        );
    }

    #[test]
    fn a_time_after_the_addressee_comes_before_the_content() {
        // Regression: the content began at "donors this weekend".
        let text = "The governor told donors this weekend she would veto the bill if it reached \
                    her desk, quietly raising the stakes for her party. Aides told me on Friday \
                    they were ready. Tell me this isn't a trap, Ms. Reyes said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "she would veto the bill if it reached her desk",
                    "told",
                    "The governor"
                ),
                reported("they were ready", "told", "Aides"),
                reported("Tell me this isn't a trap", "said", "Reyes"),
            ]
        );
    }

    #[test]
    fn and_then_a_name_with_its_own_cue_ends_the_content() {
        let text = "Ms. Lindqvist has vowed to reopen the shipyard, and Mr. Haddad is promising \
                    to retrain its workers.";
        assert_eq!(
            claims(text),
            [
                reported("to reopen the shipyard", "vowed", "Lindqvist"),
                reported("to retrain its workers", "promising", "Haddad"),
            ]
        );
    }

    #[test]
    fn a_quote_is_not_attributed_across_after() {
        // Regression: "disgrace" was a quote of Hillary Clinton's, cued by "attacked".
        let text = "Governor Chris Christie described Hillary Clinton as a “disgrace” after she \
                    attacked police officers.";
        assert_eq!(
            claims(text),
            [reported(
                "Hillary Clinton as a “disgrace” after she attacked police officers",
                "described",
                "Chris Christie"
            ),]
        );
    }

    #[test]
    fn a_time_after_the_cue_comes_before_the_content() {
        let text = "WASHINGTON ― President Joe Biden said on Monday the talks would resume. The \
                    court said Friday the plan was legal. Officials said last week Russia had \
                    agreed. Democrats accused the GOP of stoking the issue. Labour accused the \
                    Conservative government of failing the country. Donald Trump said Friday he \
                    would appeal.";
        assert_eq!(
            claims(text),
            [
                reported("the talks would resume", "said", "Joe Biden"),
                reported("the plan was legal", "said", "The court"),
                reported("Russia had agreed", "said", "Officials"),
                reported("stoking the issue", "accused", "Democrats"),
                reported("failing the country", "accused", "Labour"),
                reported("he would appeal", "said", "Donald Trump"),
            ]
        );
        // An infinitive after the time; a conjunction is no part of a source.
        let text = "Nearly 200 nations agreed Wednesday to transition away from coal, though \
                    small island states said it did not go far enough.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "to transition away from coal", "agreed", "Nearly 200 nations"
                ),
                reported("it did not go far enough", "said", "small island states"),
            ]
        );
        // The "to" of the charge is no addressee's: "accused Spotify of using … to …".
        let text = "Apple accused Spotify of using the Commission to rewrite the rules.";
        assert_eq!(
            claims(text),
            [reported(
                "using the Commission to rewrite the rules",
                "accused",
                "Apple"
            )]
        );
    }

    #[test]
    fn a_dateline_is_no_part_of_the_claim() {
        let text = "BRUSSELS (Reuters) - European Union leaders agreed to extend sanctions, \
                    diplomats said.\n\nLONDON, March 3 (AP) — The talks will resume next week, \
                    officials said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "European Union leaders agreed to extend sanctions",
                    "said",
                    "diplomats"
                ),
                reported("to extend sanctions", "agreed", "European Union leaders"),
                reported("The talks will resume next week", "said", "officials"),
            ]
        );
    }

    #[test]
    fn a_single_closing_mark_stays_with_the_quote_the_content_opens() {
        // Regression: the closing ’ was cut off both claims.
        let text = "The spokeswoman, Maria Zakharova, called the remarks ‘provocative’ and said \
                    London was ‘dragging Europe into war’.";
        assert_eq!(
            claims(text),
            [
                reported("the remarks ‘provocative’", "called", "Maria Zakharova"),
                reported(
                    "London was ‘dragging Europe into war’",
                    "said",
                    "Maria Zakharova"
                ),
            ]
        );
    }

    #[test]
    fn a_company_with_its_suffix_is_the_source() {
        // Regression: the period of "Corp." stood between the source and its cue.
        let text = "Shares rose. Microsoft Corp. said it would cut 6,000 jobs. Apple Inc. on \
                    Wednesday reported quarterly revenue that beat estimates.";
        assert_eq!(
            claims(text),
            [
                reported("it would cut 6,000 jobs", "said", "Microsoft"),
                reported("quarterly revenue that beat estimates", "reported", "Apple"),
            ]
        );
    }

    #[test]
    fn a_clause_with_its_own_source_and_cue_after_a_comma_is_not_the_content() {
        // Regression: "testify" reported "the national security adviser said …".
        let text = "Asked whether he would testify, the national security adviser said he would \
                    cooperate fully. His ex-wife agreed, but also contended that she should not \
                    have to give up her privacy.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "he would cooperate fully", "said", "the national security adviser"
                ),
                reported(
                    "that she should not have to give up her privacy",
                    "contended",
                    "His ex-wife"
                ),
            ]
        );
    }

    #[test]
    fn the_official_is_the_official_named_before_and_anonymity_is_no_claim() {
        let text = "A senior administration official, who spoke on condition of anonymity, said \
                    the deal was close. \"We have made a lot of progress,\" the official said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the deal was close", "said", "A senior administration official"
                ),
                direct(
                    "We have made a lot of progress,", "said", "A senior administration official"
                ),
            ]
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
                "one GOP source"
            )]
        );
    }

    #[test]
    fn said_when_she_left_is_a_time_but_not_said_when_asks() {
        let text = "That was what Liz Wahl said when she resigned from the network. Lawmakers \
                    have not said when they would take up the bill.";
        assert_eq!(
            claims(text),
            [reported("they would take up the bill", "said", "Lawmakers")]
        );
    }

    #[test]
    fn a_quote_after_a_colon_is_the_subjects_and_the_colon_its_cue() {
        let text = "Council member Tim McOsker was less forgiving: “Residents waited three days \
                    for help.” He called for an audit. Experts doubt it. Said Ellis: “I don’t \
                    get the sense she’s interested.”";
        assert_eq!(
            claims(text),
            [
                direct("Residents waited three days for help.", ":", "Tim McOsker"),
                reported("an audit", "called for", "Tim McOsker"),
                direct("I don’t get the sense she’s interested.", "Said", "Ellis"),
            ]
        );
        // A colon after a longer clause introduces the writer's words.
        let text = "She became upset, so that I had to change my answer: “I was just kidding.”";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn the_republican_and_the_newspaper_detail_and_chastise() {
        let text = "The Republican is also encouraging his supporters to vote early. The \
                    newspaper has also detailed spending that benefited him. The FBI director \
                    chastised Clinton for her use of the server. The campaign plans to make more \
                    detailed medical records available.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "his supporters to vote early", "encouraging", "The Republican"
                ),
                reported("spending that benefited him", "detailed", "The newspaper"),
                reported(
                    "Clinton for her use of the server", "chastised", "The FBI director"
                ),
                reported(
                    "to make more detailed medical records available",
                    "plans",
                    "The campaign"
                ),
            ]
        );
    }

    #[test]
    fn an_irregular_past_ends_a_source_phrase() {
        // Regression: "his rival made" was the source of "questioning".
        let text = "A new ad from the campaign seizes on comments his rival made questioning why \
                    she is not further ahead.";
        let found = claims(text);
        assert!(
            found
                .iter()
                .all(|(_, _, _, who)| who.as_deref() != Some("his rival made"))
        );
    }

    #[test]
    fn and_with_a_source_and_cue_after_it_ends_the_content() {
        let text = "Republicans said they are convinced the department mishandled the case and \
                    Democrats accused them of stoking the issue.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "they are convinced the department mishandled the case",
                    "said",
                    "Republicans"
                ),
                reported("stoking the issue", "accused", "Democrats"),
            ]
        );
    }

    #[test]
    fn but_and_a_verb_go_on_with_the_content() {
        let text = "The Tax Policy Center says it would depress revenue early, but would \
                    eventually add $84 billion. Analysts said the plan was bold, but voters were \
                    unsure.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "it would depress revenue early, but would eventually add $84 billion",
                    "says",
                    "Tax Policy Center"
                ),
                reported("the plan was bold", "said", "Analysts"),
            ]
        );
    }

    #[test]
    fn a_comma_after_that_opens_no_content() {
        // Regression: the content began with the comma.
        let text = "Aides say that, for now, the senator will wait.";
        assert_eq!(
            claims(text),
            [reported(
                "that, for now, the senator will wait", "say", "Aides"
            )]
        );
    }

    #[test]
    fn as_a_source_put_it() {
        let text = "Most applicants must meet work requirements, but the test for the program is \
                    a \"lawful source of investment income,\" as a Homeland Security memo put it. \
                    As Ms. Simonyan put it in a statement, the network provides an alternative. \
                    He put it on the table.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the test for the program is a \"lawful source of investment income,\"",
                    "put it",
                    "a Homeland Security memo"
                ),
                reported("the network provides an alternative", "put it", "Simonyan"),
            ]
        );
    }

    #[test]
    fn a_short_quoted_sentence_after_the_attribution_goes_on_with_the_quote() {
        // Regression: a sentence of fewer than four words was taken for a scare quote.
        let text = "“I would,” Melanie said to the TV. “I would, Donald.”";
        assert_eq!(
            claims(text),
            [direct(
                "I would,” Melanie said to the TV. “I would, Donald.",
                "said",
                "Melanie"
            )]
        );
    }

    #[test]
    fn a_plurals_possessive_stays_in_its_source_phrase() {
        let text = "Farmers' unions said they would continue. The teachers’ union said it would \
                    strike.";
        assert_eq!(
            claims(text),
            [
                reported("they would continue", "said", "Farmers' unions"),
                reported("it would strike", "said", "The teachers’ union"),
            ]
        );
    }

    #[test]
    fn people_familiar_with_the_matter_are_a_source_and_their_anonymity_no_claim() {
        let text = "Apple is in talks to buy a stake in the startup, people familiar with the \
                    matter said, asking not to be identified. Officials briefed on the talks said \
                    a deal was near. A diplomat, who declined to be named, said the talks failed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Apple is in talks to buy a stake in the startup",
                    "said",
                    "people familiar with the matter"
                ),
                reported("a deal was near", "said", "Officials briefed on the talks"),
                reported("the talks failed", "said", "A diplomat"),
            ]
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
    fn a_capital_speaks_for_its_state() {
        let text = "Moscow denied targeting civilians in the city. In Moscow, officials said the \
                    talks failed.";
        assert_eq!(
            claims(text),
            [
                reported("targeting civilians in the city", "denied", "Moscow"),
                reported("the talks failed", "said", "officials"),
            ]
        );
    }

    #[test]
    fn state_media_and_broadcasters_are_sources() {
        let text = "China's central bank, meanwhile, cut its benchmark rate, state media \
                    reported. Russian media said the talks had failed. The broadcaster said it \
                    would appeal.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "China's central bank, meanwhile, cut its benchmark rate",
                    "reported",
                    "state media"
                ),
                reported("the talks had failed", "said", "Russian media"),
                reported("it would appeal", "said", "The broadcaster"),
            ]
        );
    }

    #[test]
    fn a_capitalized_modal_inside_a_source_phrase_is_a_name() {
        let text = "Theresa May's spokesman said the meeting had been constructive.";
        assert_eq!(
            claims(text),
            [reported(
                "the meeting had been constructive", "said", "Theresa May's spokesman"
            )]
        );
    }

    #[test]
    fn a_noun_phrase_after_called_is_its_object_not_its_source() {
        // Regression: "the statement" after "called" was taken for an inverted source, and the
        // name before it for the content.
        let text = "A lawyer for the tenants, Jim Ortiz, called the statement “meaningless.”";
        assert_eq!(
            claims(text),
            [reported(
                "the statement “meaningless.”", "called", "Jim Ortiz"
            )]
        );
    }

    #[test]
    fn a_participle_clause_before_an_attribution_is_no_content() {
        let text = "Asked whether he would resign, the fire chief said no. Speaking to reporters \
                    on Monday, the senator said nothing. Raising taxes would hurt growth, the \
                    senator said.";
        assert_eq!(
            claims(text),
            [reported(
                "Raising taxes would hurt growth", "said", "the senator"
            )]
        );
    }

    #[test]
    fn a_verb_ends_a_source_phrase() {
        // Regression: the sources were "Police officials said a second device" and "Ivana
        // Trump filed legal papers".
        let text = "Police officials said a second device was also found nearby and that \
                    the area is being treated as a crime scene. Lawyers for Ivana Trump filed \
                    legal papers opposing the unsealing. Many people involved in the talks said \
                    he had backing.";
        let speakers: Vec<String> = annotate(text)
            .speakers
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(
            speakers,
            [
                "Police officials", "legal papers", "Many people involved in the talks"
            ]
        );
    }

    #[test]
    fn an_ap_party_tag_is_no_name() {
        // Regression: "R-Ky" was the subject that "arguing" went on with.
        let text = "Senate Majority Leader Mitch McConnell, R-Ky., blocked the measure on \
                    Wednesday, arguing that it was a stunt.";
        assert_eq!(
            claims(text),
            [reported(
                "that it was a stunt", "arguing", "Mitch McConnell"
            )]
        );
    }

    #[test]
    fn a_capitalized_verb_is_a_cue_only_in_a_headline() {
        // Regression: "States" in "the United States" was the cue "state".
        let text = "The minister told the United States that aid would flow.";
        assert_eq!(
            claims(text),
            [reported("that aid would flow", "told", "The minister")]
        );
    }

    #[test]
    fn a_participle_clause_after_the_content_is_not_part_of_it() {
        let text = "Video shows that Crutcher had his hands in the air, contradicting Tulsa \
                    police’s earlier claim that Crutcher had refused to keep his hands up.";
        assert_eq!(
            claims(text),
            [
                reported("that Crutcher had his hands in the air", "shows", "Video"),
                reported(
                    "that Crutcher had refused to keep his hands up",
                    "claim",
                    "Tulsa police"
                ),
                reported("to keep his hands up", "refused", "Crutcher"),
            ]
        );
        // A list of nouns in -ing goes on with the content.
        let text = "Clinton said race still determines too much, including schools, housing \
                    and the justice system.";
        assert_eq!(
            claims(text),
            [reported(
                "race still determines too much, including schools, housing and the justice \
                 system",
                "said",
                "Clinton"
            )]
        );
    }

    #[test]
    fn a_document_shows_what_follows_without_that() {
        let text = "POLITICO’s Battleground States average shows Clinton likewise ahead by 3.7 \
                    percentage points.";
        assert_eq!(
            claims(text),
            [reported(
                "Clinton likewise ahead by 3.7 percentage points",
                "shows",
                "POLITICO’s Battleground States average"
            )]
        );
    }

    #[test]
    fn a_document_of_something_shows_what_follows() {
        // Regression: "PACs" was the source, a person; the footage showed nothing.
        let text = "A new analysis of super PACs shows Democratic groups outpacing Republicans \
                    in recent weeks. Footage of the arrest shows him with his hands raised.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Democratic groups outpacing Republicans in recent weeks",
                    "shows",
                    "A new analysis of super PACs"
                ),
                reported(
                    "him with his hands raised", "shows", "Footage of the arrest"
                ),
            ]
        );
        let marks = annotate(text);
        assert!(
            marks
                .speakers
                .iter()
                .all(|s| s.kind == crate::SpeakerKind::Organization)
        );
    }

    #[test]
    fn a_document_speaks_for_the_subject_that_made_it() {
        let text = "Trump unleashed a series of tweets early Friday saying that rival Hillary \
                    Clinton had shown bad judgment. The Clinton campaign released an ad this \
                    week showing Trump making remarks about the military.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that rival Hillary Clinton had shown bad judgment",
                    "saying",
                    "Trump"
                ),
                reported(
                    "Trump making remarks about the military",
                    "showing",
                    "The Clinton campaign"
                ),
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
    fn a_gerund_after_a_quote_never_takes_a_source_after_it() {
        let text = "Trump admires Vladimir Putin as a “strong leader,” comparing him favorably \
                    to Obama.";
        assert_eq!(
            claims(text),
            [direct(
                "Trump admires Vladimir Putin as a “strong leader,",
                "comparing",
                "Trump"
            )]
        );
    }

    #[test]
    fn a_spokesman_for_someone_speaks_for_them_but_is_the_source() {
        let text = "A spokeswoman for the State Department said the talks would go on. A \
                    reporter for USA Today spotted Stein and reported her presence on Twitter.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the talks would go on", "said", "A spokeswoman for the State Department"
                ),
                reported("her presence", "reported", "A reporter for USA Today"),
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
                reported(
                    "to requests for comment", "respond", "An attorney for Mills"
                ),
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
    fn the_that_of_a_later_cue_does_not_open_an_earlier_complement() {
        let text = "Police Chief Kerr Putney said he thought that drugs were a factor.";
        assert_eq!(
            claims(text),
            [reported(
                "he thought that drugs were a factor", "said", "Kerr Putney"
            )]
        );
    }

    #[test]
    fn a_source_noun_phrase_that_closes_the_sentence_after_an_inverted_cue() {
        let text = "The meeting deteriorated from there, said one GOP source in the room.";
        assert_eq!(
            claims(text),
            [reported(
                "The meeting deteriorated from there", "said", "one GOP source"
            )]
        );
    }

    #[test]
    fn an_apposition_after_a_titled_name_and_its_party_tag() {
        let text = "On \"Face the Nation,\" Sen. Bernie Sanders (Vt.), who lost the primaries \
                    to Clinton, said young voters are tired of bigotry.";
        assert_eq!(
            claims(text),
            [reported(
                "young voters are tired of bigotry", "said", "Bernie Sanders"
            )]
        );
    }

    #[test]
    fn a_function_word_is_never_the_head_of_a_source() {
        let text = "They say we are defeating the group abroad while systematically downplaying \
                    its ties.";
        assert_eq!(
            claims(text),
            [(
                "we are defeating the group abroad while systematically downplaying its ties",
                ClaimKind::Indirect,
                Some("say"),
                None
            )]
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
    fn a_comma_that_ends_the_text_opens_no_clause() {
        assert_eq!(
            claims("He said the deal was off,"),
            [("the deal was off", ClaimKind::Indirect, Some("said"), None)]
        );
    }

    #[test]
    fn a_source_qualified_by_a_participle_phrase() {
        let text = "A Quinnipiac University poll released in late August found that 74 percent \
                    of likely voters want the returns. The man arrested on Friday said he was \
                    innocent.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that 74 percent of likely voters want the returns",
                    "found",
                    "A Quinnipiac University poll"
                ),
                reported("he was innocent", "said", "The man"),
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
    fn typewriter_quotes() {
        let text = "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.";
        assert_eq!(
            claims(text),
            [direct(
                "This isn't tax reform,", "said", "Douglas Holtz-Eakin"
            )]
        );
    }

    #[test]
    fn single_quotes_inside_double_stay_inside() {
        let text = "\"People say, 'It doesn't matter,' but it does,\" said Charlie King.";
        assert_eq!(
            claims(text),
            [direct(
                "People say, 'It doesn't matter,' but it does,",
                "said",
                "Charlie King"
            )]
        );
    }

    #[test]
    fn quote_split_by_its_attribution_is_one_claim() {
        let text = "Nikki Haley spoke. \"We are ready,\" she said, \"and we will not wait.\"";
        assert_eq!(
            claims(text),
            [direct(
                "We are ready,\" she said, \"and we will not wait.",
                "said",
                "Nikki Haley"
            )]
        );
    }

    #[test]
    fn quote_running_over_paragraphs_takes_the_speaker_where_it_ends() {
        let text = "“The first part runs on.\n\n“And the second part ends here,” Ms Haley said.";
        let found = claims(text);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0],
            (
                "The first part runs on.",
                ClaimKind::Direct,
                None,
                Some("Haley".into())
            )
        );
        assert_eq!(
            found[1],
            direct("And the second part ends here,", "said", "Haley")
        );
    }

    #[test]
    fn a_stray_mark_does_not_turn_the_article_inside_out() {
        let text = "He said \"no.\n\nMr Lavrov said the talks were over. \"Fine,\" he said.";
        let found = claims(text);
        assert!(
            found.contains(&reported("the talks were over", "said", "Lavrov")),
            "{found:?}"
        );
        assert!(found.iter().any(|c| c.0 == "Fine,"), "{found:?}");
    }

    #[test]
    fn colon_introduces_a_quote() {
        let text = "Mr Putin told reporters: \"We have no plans to respond.\"";
        assert_eq!(
            claims(text),
            [direct("We have no plans to respond.", "told", "Putin")]
        );
    }

    #[test]
    fn apposition_between_speaker_and_cue() {
        let text =
            "Nikki Haley, the U.S. ambassador to the United Nations, said the vote was a disgrace.";
        assert_eq!(
            claims(text),
            [reported("the vote was a disgrace", "said", "Nikki Haley")]
        );
        let text = "U.S. Ambassador to the United Nations, Nikki Haley, called on Moscow to stop protecting Assad.";
        assert_eq!(
            claims(text),
            [reported(
                "Moscow to stop protecting Assad", "called on", "Nikki Haley"
            )]
        );
    }

    #[test]
    fn pronoun_speaker_resolves_to_the_last_named_person() {
        let text = "Rex Tillerson met the press. He said the two had a lengthy exchange of views.";
        assert_eq!(
            claims(text),
            [reported(
                "the two had a lengthy exchange of views",
                "said",
                "Rex Tillerson"
            )]
        );
    }

    #[test]
    fn pronoun_skips_people_of_the_other_gender() {
        let text = "Mr Lavrov met Ms Haley. She said the meeting went well.";
        assert_eq!(
            claims(text),
            [reported("the meeting went well", "said", "Haley")]
        );
    }

    #[test]
    fn organizations_speak() {
        let text = "The Kremlin said the strike was illegal.";
        assert_eq!(
            claims(text),
            [reported("the strike was illegal", "said", "Kremlin")]
        );
        let text = "\"We see attempts to hamper cooperation\", TASS quoted him as saying.";
        assert_eq!(
            claims(text),
            [direct(
                "We see attempts to hamper cooperation", "quoted him as saying", "TASS"
            )]
        );
    }

    #[test]
    fn reported_speech_after_that_and_adverbials() {
        let text = "Mr Lavrov said on Tuesday that Moscow would not accept new sanctions.";
        assert_eq!(
            claims(text),
            [reported(
                "that Moscow would not accept new sanctions",
                "said",
                "Lavrov"
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
    fn parenthetical_attribution_keeps_the_sentence() {
        let text = "The museum, Mr. Obama said, would make visitors face uncomfortable truths.";
        assert_eq!(
            claims(text),
            [reported(
                "The museum, Mr. Obama said, would make visitors face uncomfortable truths",
                "said",
                "Obama"
            )]
        );
    }

    #[test]
    fn parenthetical_attribution_with_titles_keeps_the_sentence() {
        let text =
            "To keep the peace, Foreign Secretary Boris Johnson said, Britain must talk to Moscow.";
        assert_eq!(
            claims(text),
            [reported(
                "To keep the peace, Foreign Secretary Boris Johnson said, Britain must talk to Moscow",
                "said",
                "Boris Johnson"
            )]
        );
    }

    #[test]
    fn a_clause_of_the_writers_after_the_attribution_is_not_content() {
        let text = "Air strikes killed 30 people on Saturday, the health ministry said, as efforts \
                    to broker a truce stalled. Analysts warned, as did the central bank, that \
                    prices would rise.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Air strikes killed 30 people on Saturday",
                    "said",
                    "the health ministry"
                ),
                reported("that prices would rise", "warned", "Analysts"),
            ]
        );
        let text = "The union endorsed Mrs. Clinton in June, and its leaders have spent the fall \
                    trying to hold their members in line.";
        assert_eq!(
            claims(text),
            [reported("Mrs. Clinton in June", "endorsed", "The union")]
        );
    }

    #[test]
    fn a_source_noun_qualified_by_a_place_or_a_side_speaks() {
        let text = "Officials in Washington said the deal was close. Critics on the left argue \
                    the Fed waited too long.";
        assert_eq!(
            claims(text),
            [
                reported("the deal was close", "said", "Officials in Washington"),
                reported("the Fed waited too long", "argue", "Critics on the left"),
            ]
        );
    }

    #[test]
    fn a_document_of_people_speaks_not_the_people() {
        let text = "The YouGov survey of more than 14,000 people, published on Monday, suggests \
                    Labour would win. Lawyers for the family said the suit was filed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Labour would win",
                    "suggests",
                    "The YouGov survey of more than 14,000 people"
                ),
                reported("the suit was filed", "said", "Lawyers for the family"),
            ]
        );
        // Regression: once "Department of Energy" was one name, it took the study's claim.
        let text = "An analysis released by the Department of Energy last month reveals how \
                    swift the rise was.";
        assert_eq!(
            claims(text),
            [reported(
                "how swift the rise was",
                "reveals",
                "An analysis released by the Department of Energy"
            )]
        );
    }

    #[test]
    fn a_content_ends_where_another_source_speaks_after_as() {
        let text = "Rishi Sunak has insisted he will not be distracted by MPs plotting to replace \
                    him, as a new poll suggested the party faced its worst defeat.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "he will not be distracted by MPs plotting to replace him",
                    "insisted",
                    "Rishi Sunak"
                ),
                reported(
                    "the party faced its worst defeat", "suggested", "a new poll"
                ),
            ]
        );
    }

    #[test]
    fn court_documents_report_their_findings() {
        let text = "The ruling found that the president had exceeded his authority. The lawsuit \
                    alleges that the company hid losses. The indictment says he lied.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the president had exceeded his authority",
                    "found",
                    "The ruling"
                ),
                reported("that the company hid losses", "alleges", "The lawsuit"),
                reported("he lied", "says", "The indictment"),
            ]
        );
    }

    #[test]
    fn a_cue_word_in_a_title_before_a_name_is_no_cue() {
        // Regression: "state" was the cue, and Texas its source.
        let text = "In Texas, where the outbreak began, state health commissioner Jennifer \
                    Shuford said the situation was stable.";
        assert_eq!(
            claims(text),
            [reported(
                "the situation was stable", "said", "Jennifer Shuford"
            )]
        );
    }

    #[test]
    fn an_informed_source_after_its_cue_keeps_what_it_knows() {
        let text = "The plan is dead, according to two people familiar with the plans. The deal \
                    is close, said a person familiar with the talks.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The plan is dead", "according to", "two people familiar with the plans"
                ),
                reported(
                    "The deal is close", "said", "a person familiar with the talks"
                ),
            ]
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
    fn that_before_a_comma_and_a_participle_is_the_object() {
        let text = "Trump denied that, writing on social media that the bill was \"a gift to the \
                    Democrats.\"\n\nSchumer accuses GOP of 'political games'";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the bill was \"a gift to the Democrats.\"",
                    "writing",
                    "Trump"
                ),
                reported("'political games'", "accuses", "Schumer"),
            ]
        );
    }

    #[test]
    fn a_quote_below_a_colon_that_ends_its_paragraph_runs_over_paragraphs() {
        let text = "In her speech, Warren made the case against the bank:\n\n\"For years, \
                    its executives pushed employees to meet quotas.\n\n\"That is a scam.\"";
        assert_eq!(
            claims(text),
            [
                direct(
                    "For years, its executives pushed employees to meet quotas.",
                    ":",
                    "Warren"
                ),
                (
                    "That is a scam.",
                    ClaimKind::Direct,
                    None,
                    Some("Warren".into())
                ),
            ]
        );
        // A transcript's labels say who speaks, not the line before it.
        let text = "Partial transcript as follows:\n\n\"WALLACE: Will she be there?\n\nPENCE: \
                    She will not.\"";
        let speakers: Vec<_> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(speakers, [Some("WALLACE".into()), Some("PENCE".into())]);
    }

    #[test]
    fn an_aside_between_dashes_stands_between_the_source_and_its_cue() {
        let text = "The bank's chief executive — who resigned last month — has said he was sorry. \
                    Sen. Tim Scott — a Republican from South Carolina — said the bill was dead.";
        assert_eq!(
            claims(text),
            [
                reported("he was sorry", "said", "The bank's chief executive"),
                reported("the bill was dead", "said", "Tim Scott"),
            ]
        );
    }

    #[test]
    fn who_after_an_apposition_is_the_name_before_it() {
        let text = "\"The Fed is behind,\" said Diane Swonk, chief economist at KPMG, who argued \
                    that inflation would prove sticky. The Fed left rates unchanged but signaled \
                    a cut.";
        assert_eq!(
            claims(text),
            [
                direct("The Fed is behind,", "said", "Diane Swonk"),
                reported("that inflation would prove sticky", "argued", "Diane Swonk"),
            ]
        );
    }

    #[test]
    fn more_reporting_verbs() {
        let text = "The minister assured reporters that the talks would go on. Critics decried \
                    the plan as reckless. Ms. Diaz reminded voters that she had won twice.";
        assert_eq!(
            claims(text),
            [
                reported("that the talks would go on", "assured", "The minister"),
                reported("the plan as reckless", "decried", "Critics"),
                reported("that she had won twice", "reminded", "Diaz"),
            ]
        );
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
    fn a_document_and_its_findings() {
        let text = "A Pew study published this week found that younger adults were the most \
                    pessimistic. Democrats were more optimistic than Republicans, the poll showed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that younger adults were the most pessimistic",
                    "found",
                    "A Pew study"
                ),
                reported(
                    "Democrats were more optimistic than Republicans",
                    "showed",
                    "the poll"
                ),
            ]
        );
    }

    #[test]
    fn a_gerund_before_a_quote_is_not_its_addressees() {
        // Regression: the reporters told were the speaker.
        let text = "Mayor Eric Adams defended his budget, telling reporters at City Hall: \
                    \"Public safety comes first.\"";
        assert_eq!(
            claims(text),
            [
                reported("his budget", "defended", "Eric Adams"),
                direct("Public safety comes first.", "telling", "Eric Adams"),
            ]
        );
        // Regression: with no claim before it, the gerund's quote had no speaker.
        let text = "Mr. Trump shrugged off the question, asserting, \"Of course, I pay federal \
                    taxes.\"";
        assert_eq!(
            claims(text),
            [direct(
                "Of course, I pay federal taxes.", "asserting", "Trump"
            )]
        );
    }

    #[test]
    fn a_content_ends_at_a_comma_inside_a_closing_mark() {
        let text = "Trump told reporters that a deal was \"very close,\" adding: \"We're going to \
                    get it done.\" Warren called it a “terrible situation,” but stopped short of \
                    blaming him.";
        assert_eq!(
            claims(text),
            [
                reported("that a deal was \"very close,\"", "told", "Trump"),
                direct("We're going to get it done.", "adding", "Trump"),
                reported("it a “terrible situation,”", "called", "Warren"),
            ]
        );
    }

    #[test]
    fn a_stance_right_after_a_quote_has_it_in_its_own_clause() {
        // Regression: "overwhelmingly" was a direct claim, and "the change" its speaker.
        let text = "Superintendent Michelle Reid said teachers had \"overwhelmingly\" supported the \
                    change.";
        assert_eq!(
            claims(text),
            [reported(
                "teachers had \"overwhelmingly\" supported the change",
                "said",
                "Michelle Reid"
            )]
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
    fn a_stance_joined_to_a_claim_is_its_source_s_unless_the_claim_has_a_person_subject() {
        let text = "Merkel said the plan was sound and criticized the opposition for its delays. \
                    Police say he posed a deadly threat and refused to drop the gun.";
        assert_eq!(
            claims(text),
            [
                reported("the plan was sound", "said", "Merkel"),
                reported("the opposition for its delays", "criticized", "Merkel"),
                reported("he posed a deadly threat", "say", "Police"),
            ]
        );
    }

    #[test]
    fn a_cue_after_to_is_its_object_s_when_made_to_and_nobody_s_when_only_asked() {
        let text = "Warren forced Stumpf, who was under questioning from the committee over his \
                    bank's handling of the scam, to admit that no executives had been fired. The \
                    judge ordered Trump to disclose his tax returns.";
        assert_eq!(
            claims(text),
            [reported(
                "that no executives had been fired", "admit", "Stumpf"
            )]
        );
    }

    #[test]
    fn a_quote_before_and_and_another_source_is_no_quote_of_theirs() {
        // Regression: "reckless," was a direct quote of Murphy's, with its sentence before it,
        // and Reid's claim ran on into Murphy's.
        let text = "Minority Leader Harry Reid called the proposal \"reckless,\" and Sen. Chris \
                    Murphy of Connecticut tweeted that Trump was \"picking a fight.\"";
        assert_eq!(
            claims(text),
            [
                reported("the proposal \"reckless,\"", "called", "Harry Reid"),
                reported(
                    "that Trump was \"picking a fight.\"", "tweeted", "Chris Murphy"
                ),
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
    fn a_place_after_in_is_no_stance_s_source() {
        // Regression: "Ohio" favored Mr. Trump.
        let text = "A survey by the AFL-CIO found that a third of union households in Ohio \
                    favored Mr. Trump.";
        assert_eq!(
            claims(text),
            [reported(
                "that a third of union households in Ohio favored Mr. Trump",
                "found",
                "A survey by the AFL-CIO"
            )]
        );
    }

    #[test]
    fn a_quote_inside_a_claim_is_no_quote_of_the_gerund_after_it() {
        // Regression: the sentence up to "laughable" was a direct quote, cue "adding".
        let text = "In a statement, Chairwoman Donna Brazile called the explanation \
                    \"laughable,\" adding that voters \"deserve to know.\"";
        assert_eq!(
            claims(text),
            [
                reported("the explanation \"laughable,\"", "called", "Donna Brazile"),
                reported(
                    "that voters \"deserve to know.\"", "adding", "Donna Brazile"
                ),
            ]
        );
    }

    #[test]
    fn the_subject_is_the_person_after_an_organization_s_title() {
        // Regression: "Former CIA" was the writer.
        let text = "Former CIA Director Michael Morell went further in an op-ed, writing that \
                    Putin had recruited Trump.";
        assert_eq!(
            claims(text),
            [reported(
                "that Putin had recruited Trump", "writing", "Michael Morell"
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
        // Regression: the accord expected itself to be ratified.
        let text = "The accord is expected to be ratified next month.";
        assert_eq!(
            claims(text),
            [(
                "to be ratified next month",
                ClaimKind::Indirect,
                Some("expected"),
                None
            )]
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
    fn a_negated_auxiliary_stands_between_a_source_and_its_cue() {
        // Regression: "He wouldn't say" had no speaker.
        let text = "Frank Hill wrote that turnout would be high. He wouldn't say whether the \
                    party had hired staff.";
        assert_eq!(
            claims(text)[1],
            reported("whether the party had hired staff", "say", "Frank Hill")
        );
    }

    #[test]
    fn an_evidence_cue_whose_source_opens_before_its_sentence() {
        // Regression (found by the fuzzer): the word before the source's titles was looked up
        // before the text's first token.
        let text = "F..Spa add'*:\"Hzp\u{0}\u{0}[....USA Today.K.'g*,";
        assert!(annotate(text).validate(text).is_ok());
        // A cue that ends the text looks at no word after it.
        assert_eq!(claims("The poll shows"), []);
        assert_eq!(claims("Trump showed"), []);
        assert_eq!(claims("The accord was expected"), []);
    }

    #[test]
    fn what_a_person_shows_is_no_claim_unless_said_to_be_so() {
        let text = "Trump, for his part, showed no sign of backing down. McLenney said Clinton \
                    doesn't show consistency. A study by law professor Justin Levitt found 31 \
                    incidents of fraud.";
        assert_eq!(
            claims(text),
            [
                reported("Clinton doesn't show consistency", "said", "McLenney"),
                reported("31 incidents of fraud", "found", "Justin Levitt"),
            ]
        );
    }

    #[test]
    fn a_sentence_about_someone_else_ends_a_quote_s_run() {
        // Regression: Sanders's words went on from Pence's quote.
        let text = "\"We will win,\" Pence said on CNN. On CBS, Sen. Bernie Sanders identified \
                    the exhaustion of young voters as a reason. \"The younger people are sick \
                    and tired of racism.\" \"How many times?\" Clinton said. \"This is \
                    unbearable.\"";
        let found = claims(text);
        assert!(
            found
                .iter()
                .all(|c| !c.0.contains("younger") || c.3.is_none())
        );
        assert_eq!(found.last().map(|c| c.3.as_deref()), Some(Some("Clinton")));
    }

    #[test]
    fn scare_quotes_and_titles_are_not_claims() {
        assert_eq!(claims("He appeared on \"Face the Nation\" on Sunday."), []);
        assert_eq!(claims("The so-called \"reset\" failed."), []);
        assert_eq!(
            claims("On CBS's “Face the Nation,” Sanders said it was over."),
            [reported("it was over", "said", "Sanders")]
        );
    }

    #[test]
    fn a_short_quote_in_title_case_that_opens_its_sentence_and_is_signed() {
        assert_eq!(
            claims("“Ça va,” said Élise Martin."),
            [direct("Ça va,", "said", "Élise Martin")]
        );
    }

    #[test]
    fn nouns_that_look_like_cues_are_not_cues() {
        assert_eq!(
            claims("The gas attack killed dozens, and the battleground states voted."),
            []
        );
    }

    #[test]
    fn a_quote_opening_the_paragraph_after_a_colon() {
        let text = "Caddell continued:\n\n\"The health issue is very much a partisan issue.\"";
        assert_eq!(
            claims(text),
            [direct(
                "The health issue is very much a partisan issue.",
                "continued",
                "Caddell"
            )]
        );
    }

    #[test]
    fn a_headline_with_a_closing_period_is_still_a_headline() {
        // Regression: "Lindsey Graham Says" was a name, and the headline no claim.
        let text = "Trump Could Address Clean Energy, Lindsey Graham Says.\n\nThe senator spoke \
                    on Tuesday.";
        assert_eq!(
            claims(text),
            [reported(
                "Trump Could Address Clean Energy", "Says", "Lindsey Graham"
            )]
        );
    }

    #[test]
    fn transcripts_and_headlines_labelled_with_a_speaker() {
        let text = "PENCE: Well, look, this is serious business.\n\nWALLACE: But, Governor, I have to ask you.";
        let found = claims(text);
        assert_eq!(
            found[0],
            (
                "Well, look, this is serious business",
                ClaimKind::Direct,
                Some(":"),
                Some("PENCE".into())
            )
        );
        assert_eq!(found[1].3, Some("WALLACE".into()));
        let text = "Trump Could Address Clean Energy, Lindsey Graham Says\n\nBody.";
        assert_eq!(claims(text)[0].2, Some("Says"));
        // Regression: "Analysis" and "Correction" were speakers.
        let text = "Analysis: Why Trump's Russia comments alarm the establishment\n\nCorrection: \
                    An earlier version of this article misstated a date.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn unnamed_and_possessive_sources() {
        let text = "Officials said Clinton was right.";
        assert_eq!(
            claims(text),
            [reported("Clinton was right", "said", "Officials")]
        );
        let text = "However, Ivana Trump's brief said that was not her view.";
        assert_eq!(
            claims(text),
            [reported(
                "that was not her view", "said", "Ivana Trump's brief"
            )]
        );
    }

    #[test]
    fn a_name_that_opens_the_complement_is_not_an_inverted_source() {
        let text = "Aides said Clinton was tired, said Mr Podesta.";
        let podesta = reported("Aides said Clinton was tired", "said", "Podesta");
        // The aides' claim is most of his: the stretch is marked once, and they still speak.
        assert_eq!(claims(text), [podesta]);
        let speakers: Vec<String> = annotate(text)
            .speakers
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(speakers, ["Aides", "Podesta"]);
    }

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
    fn a_state_speaks_through_its_name() {
        let text = "North Korea said the test was its biggest yet.";
        assert_eq!(
            claims(text),
            [reported(
                "the test was its biggest yet", "said", "North Korea"
            )]
        );
        let marks = annotate(text);
        assert_eq!(marks.speakers[0].kind, crate::SpeakerKind::Organization);
        assert_eq!(marks.countries[0].code, "KP");
    }

    #[test]
    fn noun_phrases_joined_by_and() {
        let text = "The Syrian regime and its backers have denied Mr Assad was responsible.";
        assert_eq!(
            claims(text),
            [reported(
                "Mr Assad was responsible", "denied", "The Syrian regime and its backers"
            )]
        );
    }

    #[test]
    fn time_words_and_ly_nouns_between_source_and_cue() {
        let text =
            "Sanders on Tuesday said the plan failed. Scott's family has called on police to act.";
        let found = claims(text);
        assert_eq!(found[0], reported("the plan failed", "said", "Sanders"));
        assert_eq!(
            found[1],
            reported("police to act", "called on", "Scott's family")
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
    fn called_without_a_particle_needs_a_named_source() {
        let text = "Trump has called climate change a hoax. A man called John left.";
        assert_eq!(
            claims(text),
            [reported("climate change a hoax", "called", "Trump")]
        );
        // Regression: "calling" as the first word looked before the text.
        assert_eq!(claims("calling it a hoax"), []);
        // After a comma, with its object, "calling" goes on with the sentence's source.
        let text = "Scholz said he would appeal, calling the ruling “a disgrace”. She left the \
                    room, calling out to her son.";
        assert_eq!(
            claims(text),
            [
                reported("he would appeal", "said", "Scholz"),
                reported("the ruling “a disgrace”", "calling", "Scholz"),
            ]
        );
    }

    #[test]
    fn called_names_its_object_something_not_calls_or_names_it() {
        let text = "A spokesman called the charges unsubstantiated. Mr. Dimon called Mr. \
                    Stumpf's testimony “gutless.”";
        assert_eq!(
            claims(text),
            [
                reported("the charges unsubstantiated", "called", "A spokesman"),
                reported("Mr. Stumpf's testimony “gutless.”", "called", "Dimon"),
            ]
        );
        // After "and", "called" goes on with the sentence's source.
        let text = "Kaine said the plan would leave out millions of families and called it \
                    \"a gimmick.\" He went home and called his mother.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the plan would leave out millions of families",
                    "said",
                    "Kaine"
                ),
                reported("it \"a gimmick.\"", "called", "Kaine"),
            ]
        );
        // Regression: "announcing" ran on into the main clause, and "citing" went to the
        // statement.
        let text = "In a statement announcing the pick, the Transport Workers Union called \
                    Clinton a “champion,” citing her work after the attacks.";
        assert_eq!(
            claims(text),
            [
                reported("the pick", "announcing", "a statement"),
                reported("Clinton a “champion,”", "called", "Transport Workers Union"),
                reported(
                    "her work after the attacks", "citing", "Transport Workers Union"
                ),
            ]
        );
        // Regressions: a naming participle, and a call, were claims of "A group" and "Smith".
        let text = "A group called Citizens United sued the commission. She founded a charity, \
                    called the Hope Trust, in 2010. Mr. Smith called the police.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_quote_attributed_after_it_carries_its_lead_in() {
        let text = "However laudable the goal, using the tax ''is a misguided approach,'' said Mr. Burman.";
        let found = claims(text);
        assert_eq!(
            found[0].0,
            "However laudable the goal, using the tax ''is a misguided approach,"
        );
        assert_eq!(found[0].3, Some("Burman".into()));
    }

    #[test]
    fn a_quote_inside_a_reported_sentence_carries_the_words_after_it() {
        let text = "A driver who “runs one red light” loses his licence, Grant Shapps said. “It is mad,” \
                    he added, “and dangerous”, calling for a review.";
        let found = claims(text);
        assert_eq!(
            found[0],
            direct(
                "A driver who “runs one red light” loses his licence",
                "said",
                "Grant Shapps"
            )
        );
        // The second half of a split quote stays with the first, though a gerund follows it.
        assert_eq!(
            found[1],
            direct(
                "It is mad,” he added, “and dangerous",
                "added",
                "Grant Shapps"
            )
        );
        assert_eq!(
            found[2],
            reported("a review", "calling for", "Grant Shapps")
        );
    }

    #[test]
    fn a_quote_attributed_to_a_name_with_a_description_before_it() {
        let text = "\"The company misled investors,\" their lawyer, Shawn Williams, wrote in a \
                    filing. \"It was wrong,\" the bank's lawyer, Jane Doe, said.";
        assert_eq!(
            claims(text),
            [
                direct("The company misled investors,", "wrote", "Shawn Williams"),
                direct("It was wrong,", "said", "Jane Doe"),
            ]
        );
    }

    #[test]
    fn a_person_of_a_place_speaks_not_the_place() {
        let text = "Senator Dianne Feinstein of California said she hoped he would calm down. \
                    Bank of America said profits rose.";
        assert_eq!(
            claims(text),
            [
                reported("she hoped he would calm down", "said", "Dianne Feinstein"),
                reported("profits rose", "said", "Bank of America"),
            ]
        );
    }

    #[test]
    fn a_question_claims_nothing() {
        let text = "Asked whether he would endorse Mrs. Clinton if she won, Mr. Sanders said: \
                    \"I will do everything I can.\" Reporters asked if he would support her.";
        let found = claims(text);
        assert_eq!(
            found[0],
            direct("I will do everything I can.", "said", "Sanders")
        );
        // Asking is reported, what the question mentions is not.
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1, ClaimKind::Indirect);
        assert_eq!(found[1].2, Some("asked"));
    }

    #[test]
    fn the_second_half_after_a_long_attribution() {
        let text = "\"I think Lester Holt will be very fair,\" Trump said during a rally in Kenansville, \"but a lot of people are watching.\"";
        let found = claims(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("a lot of people are watching."));
        assert_eq!(found[0].3, Some("Trump".into()));
    }

    #[test]
    fn a_reporting_noun_after_its_owner() {
        let text =
            "Politifact seized on Trump's claim that there have been thousands of shootings.";
        assert_eq!(
            claims(text),
            [reported(
                "that there have been thousands of shootings",
                "claim",
                "Trump"
            )]
        );
    }

    #[test]
    fn quotes_signed_with_a_dash_even_with_marks_turned_the_wrong_way() {
        let text = "”He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant of our lives.” ― Pamela Padilla";
        assert_eq!(
            claims(text),
            [
                direct("He represents our greatest shame.", "―", "Sonya Herridge"),
                direct("He is ignorant of our lives.", "―", "Pamela Padilla"),
            ]
        );
    }

    #[test]
    fn a_name_with_its_titles_or_place_after_a_description_is_the_source() {
        let text = "One mother, Kelly Brosnan of Virginia, said her son's EpiPens cost her $600 \
                    last year. Trump's running mate, Indiana Governor Mike Pence, told reporters \
                    in Ohio that the matter was closed. Her husband, former President Bill \
                    Clinton, said the vote would come soon.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "her son's EpiPens cost her $600 last year",
                    "said",
                    "Kelly Brosnan"
                ),
                reported("that the matter was closed", "told", "Mike Pence"),
                reported("the vote would come soon", "said", "Bill Clinton"),
            ]
        );
    }

    #[test]
    fn the_description_before_an_apposed_name_is_no_claim() {
        let text = "Clinton's running mate, Sen. Tim Kaine, responded in a conference call. \
                    The plan is dead, Tim Kaine, the senator, said.";
        assert_eq!(
            claims(text),
            [reported("The plan is dead", "said", "Tim Kaine")]
        );
    }

    #[test]
    fn a_duration_or_however_after_the_cue_comes_before_that_but_what_is_asked_for_is_content() {
        let text = "Warren has argued for years that the banks are too big. Trump acknowledged \
                    for the first time that Obama was born in Hawaii. The panel asked for \
                    documents that show the price. He added, however, that the videos were \
                    not enough.";
        assert_eq!(
            claims(text),
            [
                reported("that the banks are too big", "argued", "Warren"),
                reported("that Obama was born in Hawaii", "acknowledged", "Trump"),
                reported("for documents that show the price", "asked", "The panel"),
                reported("that the videos were not enough", "added", "Trump"),
            ]
        );
    }

    #[test]
    fn a_quoted_fragment_inside_an_earlier_claim_has_no_source_of_its_own() {
        let text = "A spokesman for the European Commission said it would not comment on \
                    \"hypothetical scenarios\". Nicola Sturgeon warned that a referendum was \
                    \"highly likely\" if Scotland's interests were ignored.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "it would not comment on \"hypothetical scenarios\"",
                    "said",
                    "A spokesman for the European Commission"
                ),
                reported(
                    "that a referendum was \"highly likely\" if Scotland's interests were ignored",
                    "warned",
                    "Nicola Sturgeon"
                ),
            ]
        );
        // A sentence quoted after the cue is still a quote of its own.
        let text = "Roberts said she thinks the video should be released but said \"the \
                    question is the timing.\"";
        assert_eq!(claims(text)[1].1, ClaimKind::Direct);
    }

    #[test]
    fn a_quote_before_a_relative_clause_is_not_its_speakers_quote() {
        // Regression: the whole sentence was a direct claim, its cue the "said" of the
        // relative clause.
        let text = "Obama warned against the rise of nationalism and \"a crude populism\" that \
                    he said threatened the global order.";
        let found = claims(text);
        assert!(
            found.iter().all(|c| c.1 == ClaimKind::Indirect),
            "{found:?}"
        );
    }

    #[test]
    fn went_on_after_a_quote_is_its_cue_but_went_on_to_is_none() {
        let text = "\"But we have got to be honest,\" Sanders went on. \"Clinton must win.\" He \
                    went on to win the state. The talks went on.";
        assert_eq!(
            claims(text),
            [direct(
                "But we have got to be honest,\" Sanders went on. \"Clinton must win.",
                "went on",
                "Sanders"
            )]
        );
    }

    #[test]
    fn a_quoted_fragment_is_not_attributed_past_the_words_after_it() {
        // Regression: "did not recall" was Clinton's direct quote, cued by "believed".
        let text = "The notes said she \"did not recall\" receiving emails she believed \
                    should not have been sent.";
        let found = claims(text);
        assert!(
            found.iter().all(|c| c.1 == ClaimKind::Indirect),
            "{found:?}"
        );
        // A comma outside the closing mark closes it as well as one inside.
        let text = "\"There has been no breakthrough at all\", Al Jazeera's James Bays, \
                    reporting from the White House, said.";
        assert_eq!(
            claims(text),
            [direct(
                "There has been no breakthrough at all", "said", "James Bays"
            )]
        );
    }

    #[test]
    fn a_name_and_its_reflexive_is_the_named_source() {
        let text = "Bernie Sanders said the party was united. Sanders himself said the mood \
                    was grim.";
        assert_eq!(
            claims(text),
            [
                reported("the party was united", "said", "Bernie Sanders"),
                reported("the mood was grim", "said", "Bernie Sanders"),
            ]
        );
    }

    #[test]
    fn a_claim_in_a_subordinate_clause_ends_where_the_main_clause_begins() {
        let text = "When Cuomo pointed out that Obama released the certificate in 2011, \
                    Giuliani interrupted him. While Mrs. Clinton has vowed to make sure that \
                    the wealthy pay more, she leaves loopholes intact.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that Obama released the certificate in 2011",
                    "pointed out",
                    "Cuomo"
                ),
                reported("to make sure that the wealthy pay more", "vowed", "Clinton"),
            ]
        );
    }

    #[test]
    fn shot_back_and_fired_back_are_cues_but_not_at_a_gunman() {
        let text = "Pence shot back, \"Senator, you've whipped out that thing again.\" Trump \
                    fired back within hours. Donald Trump fired back that Clinton was weak. The \
                    officer fired back at the gunman.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "Senator, you've whipped out that thing again.",
                    "shot back",
                    "Pence"
                ),
                reported("that Clinton was weak", "fired back", "Donald Trump"),
            ]
        );
    }

    #[test]
    fn and_with_an_auxiliary_before_a_cue_ends_the_content() {
        let text = "Warren has called on Stumpf to resign and has asked the Justice Department \
                    to investigate.";
        assert_eq!(
            claims(text),
            [
                reported("Stumpf to resign", "called on", "Warren"),
                reported("the Justice Department to investigate", "asked", "Warren"),
            ]
        );
    }

    #[test]
    fn a_progressive_calling_names_like_called() {
        let text = "Trump is calling the charges “a hoax.”";
        assert_eq!(
            claims(text),
            [reported("the charges “a hoax.”", "calling", "Trump")]
        );
    }

    #[test]
    fn a_stance_after_but_and_an_auxiliary_parallels_the_claims_verb() {
        let text = "Sen. Kelly Ayotte has said she will vote for Trump but has declined to \
                    endorse him. Police say he posed a threat and refused to drop the gun.";
        assert_eq!(
            claims(text),
            [
                reported("she will vote for Trump", "said", "Kelly Ayotte"),
                reported("to endorse him", "declined", "Kelly Ayotte"),
                reported("he posed a threat", "say", "Police"),
            ]
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
    fn a_claim_inside_one_of_its_own_sources_is_no_second_claim() {
        let text = "Former Rep. Mike Rogers declined to comment on his departure.";
        assert_eq!(
            claims(text),
            [reported(
                "to comment on his departure", "declined", "Mike Rogers"
            )]
        );
        // A gerund after the claim still is one.
        let text = "The GOP nominee complained about his mic the morning after the debate, even \
                    suggesting he may have been sabotaged.";
        assert_eq!(claims(text).len(), 2);
    }

    #[test]
    fn a_person_close_to_someone_is_the_source_not_that_someone() {
        let text = "A person close to Rogers said he had been pushed out. Trump is preparing on \
                    instinct, according to people close to the candidate.";
        assert_eq!(
            claims(text),
            [
                reported("he had been pushed out", "said", "A person close to Rogers"),
                reported(
                    "Trump is preparing on instinct", "according to",
                    "people close to the candidate"
                ),
            ]
        );
    }

    #[test]
    fn a_quoted_title_and_its_noun_are_no_quote_and_cue() {
        // Regression: "Today" was a direct quote of "show", and "NBC's “Today” show" the
        // content of "tells"; "a legal challenge" was a source and its cue.
        let text = "Biden tells NBC's \"Today\" show that it is \"absolutely bizarre\" for a \
                    candidate to question the vote. Trump would file a legal challenge if the \
                    result is \"questionable.\"";
        assert_eq!(
            claims(text),
            [reported(
                "that it is \"absolutely bizarre\" for a candidate to question the vote",
                "tells",
                "Biden"
            )]
        );
    }

    #[test]
    fn a_source_noun_before_a_colon_speaks_the_quote_after_it() {
        let text = "A senior House Democratic aide was more cautious: \"Gerrymandering makes \
                    it very hard.\"";
        assert_eq!(
            claims(text),
            [direct(
                "Gerrymandering makes it very hard.", ":", "A senior House Democratic aide"
            )]
        );
        let text = "The result was clear: \"Stronger together.\"";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_comma_and_an_auxiliary_before_a_cue_end_the_content_but_not_a_passive() {
        let text = "Rep. Barbara Comstock, who represents a district Clinton is expected to \
                    carry, has refused to say whether she will vote for Trump.";
        let found = claims(text);
        assert_eq!(
            found.last(),
            Some(&reported(
                "to say whether she will vote for Trump", "refused", "Barbara Comstock"
            ))
        );
        assert!(found.iter().all(|c| !c.0.contains(", has")), "{found:?}");
    }

    #[test]
    fn but_that_and_a_subject_is_a_second_complement_of_the_cue() {
        let text = "Peskov told reporters that Russia appreciated \"positive words\", but that \
                    it would not interfere in the election.";
        assert_eq!(
            claims(text),
            [reported(
                "that Russia appreciated \"positive words\", but that it would not interfere in \
                 the election",
                "told",
                "Peskov"
            )]
        );
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
    fn what_opens_no_source_phrase() {
        let text = "The state adopted what labor advocates have called a living wage.";
        assert_eq!(
            claims(text),
            [reported("a living wage", "called", "labor advocates")]
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
                reported(
                    "the company lost money, the largest drop in years",
                    "According to",
                    "the report"
                ),
            ]
        );
    }

    #[test]
    fn an_owners_person_after_an_inverted_cue_and_a_coordinated_cue_before_a_quote() {
        let text = "Debates are not likely to alter the campaign, noted NBC’s Dante Chinni. \
                    Mr. Obama smiled and said, \"I can't do that.\" Prices rose, according to \
                    CME Group's FedWatch tool.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Debates are not likely to alter the campaign",
                    "noted",
                    "Dante Chinni"
                ),
                direct("I can't do that.", "said", "Obama"),
                reported("Prices rose", "according to", "CME Group"),
            ]
        );
    }

    #[test]
    fn which_after_a_named_organization_is_that_organization() {
        let text = "The foundation has been the subject of several reports in The Washington \
                    Post, which found that Mr. Trump had used the charity's money.";
        assert_eq!(
            claims(text),
            [reported(
                "that Mr. Trump had used the charity's money",
                "found",
                "Washington Post"
            )]
        );
    }

    #[test]
    fn aides_to_someone_are_the_source_and_said_to_reporters_that_is_an_addressee() {
        let text = "Aides to both candidates said the two had spoken. Trump said to reporters \
                    that he was fine.";
        assert_eq!(
            claims(text),
            [
                reported("the two had spoken", "said", "Aides to both candidates"),
                reported("that he was fine", "said", "Trump"),
            ]
        );
    }

    #[test]
    fn what_one_must_or_should_do_is_no_stance() {
        let text = "He said that the country must reject discrimination. Voters should know \
                    what those questions are.";
        // Nor is a quote after "must reject" its own claim, with "the country" for speaker.
        let quoted = "He said that the country must reject \"discrimination\".";
        assert_eq!(claims(quoted).len(), 1);
        assert_eq!(
            claims(text),
            [(
                "that the country must reject discrimination",
                ClaimKind::Indirect,
                Some("said"),
                None
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
    fn an_appeals_court_is_one_subject_past_a_time() {
        // Regression: the source was "A federal", before "appeals" taken for its verb.
        let text = "A federal appeals court on Friday struck down the law, ruling that it had \
                    been written to keep black voters from the polls.";
        assert_eq!(
            claims(text),
            [reported(
                "that it had been written to keep black voters from the polls",
                "ruling",
                "A federal appeals court"
            )]
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
    fn a_time_after_the_cue_is_no_content_and_comes_before_that() {
        let text = "Trump lashed out hours later. Trump fired back two days later that it was \
                    a lie.";
        assert_eq!(
            claims(text),
            [reported("that it was a lie", "fired back", "Trump")]
        );
    }

    #[test]
    fn a_quote_that_one_of_those_named_said_is_a_claim_with_no_name() {
        let text = "\"It would take something extraordinary at this point,\" one said.";
        assert_eq!(
            claims(text),
            [(
                "It would take something extraordinary at this point,",
                ClaimKind::Direct,
                Some("said"),
                None
            )]
        );
    }

    #[test]
    fn the_occasion_of_the_cue_is_no_part_of_the_content() {
        let text = "Clinton spokesman Brian Fallon dismissed the charges as conspiracy theories \
                    in a statement to reporters. Mr. Obama criticized the verdict on Twitter on \
                    Friday. Aides would not say why the plan was mentioned by Ivanka Trump in an \
                    interview with Cosmopolitan.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the charges as conspiracy theories", "dismissed", "Brian Fallon"
                ),
                reported("the verdict", "criticized", "Obama"),
                reported(
                    "why the plan was mentioned by Ivanka Trump in an interview with Cosmopolitan",
                    "say",
                    "Aides"
                ),
            ]
        );
    }

    #[test]
    fn a_cue_after_a_pronoun_and_a_contracted_verb() {
        let text = "Trump said the vote was rigged. He’s claiming that voter fraud is a big \
                    problem. Trump's claimed victory is hollow.";
        assert_eq!(
            claims(text),
            [
                reported("the vote was rigged", "said", "Trump"),
                reported("that voter fraud is a big problem", "claiming", "Trump"),
            ]
        );
    }

    #[test]
    fn a_name_before_an_apposition_and_a_dashed_aside_is_the_source() {
        let text = "John Dickey, the chief executive of Ora Media -- the production company \
                    that owns Mr. King's programming, which is also streamed on Hulu -- told me, \
                    ''We're a content provider.''";
        assert_eq!(
            claims(text),
            [direct("We're a content provider.", "told", "John Dickey")]
        );
    }

    #[test]
    fn a_part_of_a_source_group_is_the_source() {
        let text = "Some of his aides said the plan was dead. Many of his supporters believe the \
                    polls are rigged. In one of those savings plans that your state offers, the \
                    fees are low.";
        assert_eq!(
            claims(text),
            [
                reported("the plan was dead", "said", "Some of his aides"),
                reported("the polls are rigged", "believe", "Many of his supporters"),
            ]
        );
    }

    #[test]
    fn as_a_source_said_reports_the_clause_on_the_other_side() {
        let text = "As the Times reported last week, the campaign spent little on ads. The video \
                    does not answer whether Scott had a gun, as police have said. Hawaii, as one \
                    of Mr. Obama's climate advisers pointed out, rarely gets hurricanes. As \
                    Clinton talked about bringing communities together, Trump looked away.";
        assert_eq!(
            claims(text),
            [
                reported("the campaign spent little on ads", "reported", "Times"),
                reported(
                    "The video does not answer whether Scott had a gun",
                    "said",
                    "police"
                ),
                reported(
                    "Hawaii, as one of Mr. Obama's climate advisers pointed out, rarely gets \
                     hurricanes",
                    "pointed out",
                    "Obama's climate advisers"
                ),
                reported("bringing communities together", "talked about", "Clinton"),
            ]
        );
    }

    #[test]
    fn a_cue_in_a_relative_clause_reports_to_where_the_main_verb_comes() {
        let text = "Boris Johnson, who has said he would never resign, faced a revolt on \
                    Tuesday. Trump, who had talked about the things she had come to believe, \
                    from Obama founding ISIS, to a plot, won her over. Sen. Lindsey Graham \
                    (R-S.C.), who has called Putin \"a thug,\" said he would push for sanctions.";
        assert_eq!(
            claims(text),
            [
                reported("he would never resign", "said", "Boris Johnson"),
                reported(
                    "the things she had come to believe, from Obama founding ISIS, to a plot",
                    "talked about",
                    "Trump"
                ),
                reported("Putin \"a thug,\"", "called", "Lindsey Graham"),
                reported("he would push for sanctions", "said", "Lindsey Graham"),
            ]
        );
    }

    #[test]
    fn a_source_noun_with_a_verb_after_an_aside_and_its_cue_is_the_content() {
        let text = "The Trump campaign, for its part, insisted the candidate had been \
                    misunderstood. The talks stalled, said a person in the room.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the candidate had been misunderstood", "insisted", "The Trump campaign"
                ),
                reported("The talks stalled", "said", "a person"),
            ]
        );
    }

    #[test]
    fn thinking_of_or_about_something_claims_nothing() {
        let text = "He said he had watched the museum rise and thought of the days when he would \
                    visit it. She is thinking about running for mayor.";
        assert_eq!(
            claims(text),
            [(
                "he had watched the museum rise and thought of the days when he would visit it",
                ClaimKind::Indirect,
                Some("said"),
                None
            )]
        );
    }

    #[test]
    fn a_claim_inside_another_keeps_only_a_newly_named_source() {
        let text = "Lori Edwards told the Orlando Sentinel she expected long lines. Boris \
                    Johnson has said Britain will not be cowed after the Kremlin warned of \
                    \"consequences\" if the UK sent more troops.";
        assert_eq!(
            claims(text),
            [
                reported("she expected long lines", "told", "Lori Edwards"),
                reported(
                    "Britain will not be cowed after the Kremlin warned of \"consequences\" if \
                     the UK sent more troops",
                    "said",
                    "Boris Johnson"
                ),
                reported(
                    "\"consequences\" if the UK sent more troops",
                    "warned of",
                    "Kremlin"
                ),
            ]
        );
    }

    #[test]
    fn a_source_noun_phrase_and_its_cue_after_a_comma_end_the_content() {
        let text = "Ticketmaster faced criticism after fans complained of hours-long queues, and \
                    U.S. senators questioned whether the company had abused its market power.";
        assert_eq!(
            claims(text),
            [
                reported("hours-long queues", "complained of", "fans"),
                reported(
                    "whether the company had abused its market power",
                    "questioned",
                    "U.S. senators"
                ),
            ]
        );
    }

    #[test]
    fn an_addressee_and_what_they_are_to_do_are_the_content() {
        let text = "Sanders urged his supporters to back Clinton. For decades, Kovach has voted \
                    the way his union told him to.";
        assert_eq!(
            claims(text),
            [reported(
                "his supporters to back Clinton", "urged", "Sanders"
            )]
        );
    }

    #[test]
    fn a_cue_after_as_that_ends_the_text() {
        // Regression: the word after the cue was read past the text's end (a panic).
        assert_eq!(claims("As the Times reported"), []);
        assert_eq!(
            claims("The campaign spent little, as Trump said"),
            [reported("The campaign spent little", "said", "Trump")]
        );
    }

    #[test]
    fn a_relative_clause_on_a_person_after_the_content_is_no_part_of_it() {
        let text = "Clinton questioned the health of Donald Trump, who is 70.";
        assert_eq!(
            claims(text),
            [reported(
                "the health of Donald Trump", "questioned", "Clinton"
            )]
        );
    }

    #[test]
    fn a_causative_verb_is_no_part_of_a_source_phrase() {
        let text = "Readers may not let editorials tell them how to vote.";
        assert_eq!(
            claims(text),
            [reported("them how to vote", "tell", "editorials")]
        );
    }

    #[test]
    fn a_gerund_s_quote_is_not_the_relative_clause_s_speaker_s() {
        let text = "Trump was defensive about not paying an architect who said he was stiffed, \
                    saying, “Maybe he didn’t do a good job.”";
        assert_eq!(
            claims(text),
            [
                reported("he was stiffed", "said", "an architect"),
                direct("Maybe he didn’t do a good job.", "saying", "Trump"),
            ]
        );
    }

    #[test]
    fn a_sentence_that_goes_on_past_according_to_is_one_claim() {
        let text = "Scott's relatives watched the videos on Thursday, according to their \
                    attorneys, and said they came away with questions. The top 1 percent paid \
                    25 percent, according to the Tax Foundation, a research group.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Scott's relatives watched the videos on Thursday, according to their \
                     attorneys, and said they came away with questions",
                    "according to",
                    "their attorneys"
                ),
                reported(
                    "The top 1 percent paid 25 percent", "according to", "Tax Foundation"
                ),
            ]
        );
    }

    #[test]
    fn a_parenthetical_attribution_with_its_occasion_or_time() {
        let text = "The middle fifth paid 8.9 percent, the agency said in a June report, and the \
                    bottom fifth paid 0.8 percent.";
        assert_eq!(
            claims(text),
            [reported(
                "The middle fifth paid 8.9 percent, the agency said in a June report, and the \
                 bottom fifth paid 0.8 percent",
                "said",
                "the agency"
            )]
        );
    }

    #[test]
    fn a_quote_split_by_its_attribution_and_but_is_one() {
        let text = "\"You know, I love Larry,\" Mr. Obama said, but \"when it comes to energy, Larry \
                    has a history.\"";
        assert_eq!(
            claims(text),
            [direct(
                "You know, I love Larry,\" Mr. Obama said, but \"when it comes to energy, Larry \
                 has a history.",
                "said",
                "Obama"
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
                reported(
                    "The difference now, he told me on Friday, is that he is the anchor of a \
                     straight news program",
                    "told",
                    "King"
                ),
                reported(
                    "The plan, the mayor told The Associated Press, was dead",
                    "told",
                    "the mayor"
                ),
            ]
        );
    }

    #[test]
    fn a_pronoun_does_not_stand_for_a_place_named_like_a_person() {
        let text = "Tom Clarke says he has been absorbing the costs. He is hoping that states, led \
                    by West Virginia, will pass the costs on. \"Coal is not the villain,\" he said. \
                    In a speech in Fort Pierce, Florida, on Friday, Hillary Clinton laid out her \
                    plans. She wants to triple the size of AmeriCorps. For her part, Suu Kyi has \
                    faced sharp criticism. \"Unity also means prosperity,\" she said.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = [
            "Tom Clarke", "Tom Clarke", "Tom Clarke", "Hillary Clinton", "Hillary Clinton",
            "Suu Kyi",
        ];
        assert_eq!(speakers, expected.map(|who| Some(who.to_string())));
    }

    #[test]
    fn a_pronoun_does_not_stand_for_a_place_named_like_a_given_name() {
        let text = "Donald Trump has also commented on the shooting. On Wednesday, he told a crowd \
                    in Cleveland that he was troubled by it. “I don’t know what she was \
                    thinking,” he said.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        assert_eq!(
            speakers,
            ["Donald Trump"; 3].map(|who| Some(who.to_string()))
        );
    }

    #[test]
    fn a_name_after_a_pronoun_subject_is_not_the_next_pronouns_person() {
        let text = "Mr. Schultz said he did not support Mr. Trump. The difference now, he told me on \
                    Friday, is that his show makes him seem kinder to Mr. Trump.\n\nHe said he \
                    did not mention the hacking.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        assert_eq!(speakers, ["Schultz"; 3].map(|who| Some(who.to_string())));
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
    fn a_content_ends_before_the_next_source_and_its_apposition() {
        let text = "Senator Elizabeth Warren wrote on Twitter that Mr. Trump was \"a loser,\" and \
                    Representative Nancy Pelosi, the House Democratic leader, said in a statement \
                    that the disclosure confirmed what they knew.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that Mr. Trump was \"a loser,\"", "wrote", "Elizabeth Warren"
                ),
                reported(
                    "that the disclosure confirmed what they knew",
                    "said",
                    "Nancy Pelosi"
                ),
            ]
        );
    }

    #[test]
    fn a_parenthetical_pronoun_source_is_not_the_name_its_content_opens_with() {
        let text = "Rudolph W. Giuliani, a close adviser, went further. Mr. Trump, he said on ABC's \
                    \"This Week,\" is \"an absolute genius\" and would be a better president.";
        assert_eq!(
            claims(text),
            [reported(
                "Mr. Trump, he said on ABC's \"This Week,\" is \"an absolute genius\" and would be \
                 a better president",
                "said",
                "Rudolph W. Giuliani"
            )]
        );
    }

    #[test]
    fn a_question_quote_then_a_sentence_of_name_cue_and_occasion() {
        let text = "“If we don't stand for something now, when will we?” Cruz asked during a \
                    speech on the Senate floor.\n\n“Is it over?” Reid said on Monday that it was.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "If we don't stand for something now, when will we?",
                    "asked",
                    "Cruz"
                ),
                reported("that it was", "said", "Reid"),
            ]
        );
    }

    #[test]
    fn a_document_that_reads_a_quote_is_its_source() {
        let text = "The statement from the Office of Management and Budget read: \"Agencies \
                    should prepare for an orderly shutdown.\" She read the report twice.";
        assert_eq!(
            claims(text),
            [direct(
                "Agencies should prepare for an orderly shutdown.",
                "read",
                "The statement from the Office of Management and Budget"
            )]
        );
    }

    #[test]
    fn a_question_put_to_someone_is_no_claim_of_theirs() {
        let text = "Ronald Reagan was once asked how the Cold War would end. When asked whether \
                    Democrats would vote for it, Reid replied: \"It depends.\" Carter once told an \
                    interviewer that he was ready.";
        assert_eq!(
            claims(text),
            [
                direct("It depends.", "replied", "Reid"),
                reported("that he was ready", "told", "Carter"),
            ]
        );
    }

    #[test]
    fn a_clause_of_when_after_the_content_is_the_writers() {
        let text = "Obama urged the United States to accept more refugees on Monday as he issued a \
                    statement. Mr. Smith said the deal was as good as it gets.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the United States to accept more refugees on Monday",
                    "urged",
                    "Obama"
                ),
                reported("the deal was as good as it gets", "said", "Smith"),
            ]
        );
    }

    #[test]
    fn a_curly_quote_inside_a_straight_one_stays_inside() {
        let text = "Caddell continued:\n\n\"I am going to read you the question: “Do you think so?” \
                    Forty-three, yes; forty-four, no.\"";
        assert_eq!(
            claims(text),
            [direct(
                "I am going to read you the question: “Do you think so?” Forty-three, yes; \
                 forty-four, no.",
                "continued",
                "Caddell"
            )]
        );
    }

    #[test]
    fn a_short_sentence_of_short_words_is_no_title() {
        let text = "“He was never going to grovel,” one adviser said. “That is not who we are.” \
                    She watched “Face the Nation” on Sunday.";
        assert_eq!(
            claims(text),
            [direct(
                "He was never going to grovel,” one adviser said. “That is not who we are.",
                "said",
                "one adviser"
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
    fn a_beauty_title_is_no_one_speaking() {
        let text = "Hillary Clinton told the crowd that Trump's posts about a former Miss Universe \
                    showed he lacks the temperament for the job.";
        assert_eq!(
            claims(text),
            [reported(
                "that Trump's posts about a former Miss Universe showed he lacks the temperament \
                 for the job",
                "told",
                "Hillary Clinton"
            )]
        );
    }

    #[test]
    fn a_relative_clause_inside_the_content_keeps_its_main_verb() {
        let text = "Analysts said President Hassan Rouhani, who championed the 2015 nuclear deal, \
                    was under pressure from hardliners.";
        assert_eq!(
            claims(text),
            [reported(
                "President Hassan Rouhani, who championed the 2015 nuclear deal, was under \
                 pressure from hardliners",
                "said",
                "Analysts"
            )]
        );
    }

    #[test]
    fn a_name_after_the_description_that_opens_its_sentence_is_its_subject() {
        let text = "British Foreign Secretary Boris Johnson said London shared those concerns. \
                    Israel's prime minister, Benjamin Netanyahu, went further. \"Iran's aggression \
                    must be met with force,\" he said in Jerusalem.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = ["Boris Johnson", "Benjamin Netanyahu"];
        assert_eq!(speakers, expected.map(|who| Some(who.to_string())));
    }

    #[test]
    fn a_source_whose_name_runs_over_the_start_of_its_sentence() {
        // Regression (found by the fuzzer): the word before a name that opens before its
        // sentence was looked up before the text's first token.
        let text = "F...Washington Free Beacon,add  aed adF]U,add aed.U,U.U.., add aed.";
        assert!(annotate(text).validate(text).is_ok());
    }

    #[test]
    fn a_transcripts_labels_in_capitals_are_the_people_named_in_the_text() {
        let text = "HOLT: Secretary Clinton, your response?\n\nCLINTON: Everyone running for \
                    president has released their tax returns.\n\nCORRECTION: An earlier version \
                    misstated the date.";
        assert_eq!(
            claims(text),
            [
                (
                    "Secretary Clinton, your response?",
                    ClaimKind::Direct,
                    Some(":"),
                    Some("HOLT".to_string())
                ),
                (
                    "Everyone running for president has released their tax returns",
                    ClaimKind::Direct,
                    Some(":"),
                    Some("Clinton".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_name_before_a_quoted_predicate_is_part_of_the_claim() {
        let text = "Mills “got an immunity agreement,” Jordan said.";
        assert_eq!(
            claims(text),
            [direct(
                "Mills “got an immunity agreement,", "said", "Jordan"
            )]
        );
    }

    #[test]
    fn an_embedded_post_is_claimed_by_the_name_on_the_line_below() {
        let text = "On Twitter, the reaction was swift.\n\nWhat do you have to lose? Everything. \
                    #BlackVotersMatter\n― Jamil Smith (@JamilSmith) August 20, 2016\n\nThe \
                    campaign did not respond.";
        assert_eq!(
            claims(text),
            [(
                "What do you have to lose? Everything. #BlackVotersMatter",
                ClaimKind::Direct,
                Some("―"),
                Some("Jamil Smith".to_string())
            )]
        );
    }

    #[test]
    fn a_role_described_is_the_person_last_named_with_it() {
        let text = "Republican presidential nominee Donald Trump said on Monday that he would win. \
                    Hillary Clinton, the Democratic nominee, disagreed. The GOP nominee told \
                    reporters that the polls were wrong. The Democratic nominee said he was unfit.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = ["Donald Trump", "Donald Trump", "Hillary Clinton"];
        assert_eq!(speakers, expected.map(|who| Some(who.to_string())));
    }

    #[test]
    fn a_poll_run_by_two_named_outlets_is_the_source() {
        let text = "According to a CNN/ORC poll released Thursday, 62 percent of debate watchers \
                    thought Clinton won. A New York Times/CBS News poll found that Clinton led. \
                    Clinton leads, according to CNN.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "62 percent of debate watchers thought Clinton won",
                    "According to",
                    "a CNN/ORC poll"
                ),
                reported(
                    "that Clinton led", "found", "A New York Times/CBS News poll"
                ),
                reported("Clinton leads", "according to", "CNN"),
            ]
        );
    }

    #[test]
    fn a_pronoun_after_a_described_speaker_is_that_speaker() {
        let text = "The senator said the bill would pass. “We have the votes,” she added. \
                    Officials said it was dead. He added that it was over.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = [
            Some("The senator"),
            Some("The senator"),
            Some("Officials"),
            None,
        ];
        assert_eq!(speakers, expected.map(|who| who.map(str::to_string)));
    }

    #[test]
    fn they_after_a_group_that_spoke_is_that_group() {
        let text = "McConnell aides acknowledged a collaborative relationship with the White \
                    House. But they emphasized that the sanctions got results. Mr. Smith said it \
                    was over. They said it was not.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = [
            Some("McConnell aides"),
            Some("McConnell aides"),
            Some("Smith"),
            None,
        ];
        assert_eq!(speakers, expected.map(|who| who.map(str::to_string)));
    }

    #[test]
    fn a_maker_named_across_the_start_of_its_sentence() {
        // Regression (found by the fuzzer): the word before a name that opens before its
        // sentence was looked up before the text's first token.
        let text = "S..Portd aPoed ad add";
        assert!(annotate(text).validate(text).is_ok());
    }

    #[test]
    fn a_paragraph_below_a_cue_and_a_colon_is_a_block_quote() {
        let text = "Senator Tom Reed spoke to reporters on Monday.\n\nReed added:\n\nWe have \
                    waited long enough for this bill, and the people of this state deserve an \
                    answer.\n\nThe vote is set for Friday. The plan has to do the \
                    following:\n\nCut the deficit.";
        assert_eq!(
            claims(text),
            [direct(
                "We have waited long enough for this bill, and the people of this state \
                 deserve an answer.",
                "added",
                "Tom Reed"
            )]
        );
    }

    #[test]
    fn a_noun_cue_in_the_object_of_an_earlier_cue_speaks_no_quote() {
        // Regression: the quote went to "the conservative", as the source of "demand".
        let text = "Press secretary Josh Earnest said the president would veto the bill, calling \
                    the conservative demand \"a political stunt.\"";
        assert_eq!(
            claims(text),
            [
                reported("the president would veto the bill", "said", "Josh Earnest"),
                reported(
                    "the conservative demand \"a political stunt.\"",
                    "calling",
                    "Josh Earnest"
                ),
            ]
        );
    }

    #[test]
    fn there_or_here_after_a_source_noun_leaves_it_the_source() {
        let text = "Officials there declined to say whether they were investigating. Residents \
                    here say the water is safe.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "to say whether they were investigating", "declined", "Officials"
                ),
                reported("the water is safe", "say", "Residents"),
            ]
        );
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
    fn at_least_opens_a_count_not_an_adverbial() {
        // Regression: "said at least 62 …" had no content, read as "said at the meeting".
        let text = "The spokesman said at least 62 of its soldiers were killed. He told reporters \
                    at least 20 were hurt.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "at least 62 of its soldiers were killed",
                    "said",
                    "The spokesman"
                ),
                reported("at least 20 were hurt", "told", "The spokesman"),
            ]
        );
    }

    #[test]
    fn a_spokesman_for_a_named_body_with_a_modifier_is_the_source() {
        // Regression: "Central Command" spoke, a person, where its spokesman did.
        let text = "A spokesman for the U.S. Central Command said the forces were targeting \
                    militants. A spokesman for U.S. Cyber Command said the attack had failed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the forces were targeting militants",
                    "said",
                    "A spokesman for the U.S. Central Command"
                ),
                reported(
                    "the attack had failed", "said", "A spokesman for U.S. Cyber Command"
                ),
            ]
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
    fn a_name_before_an_opening_mark_after_the_cue_opens_the_content() {
        // Regression: "said Clinton “believes …”" was read as "…, said Clinton.", and the
        // claim was "A spokesman, Glen Caplin", Clinton's.
        let text = "A spokesman, Glen Caplin, said Clinton \"believes strongly in the \
                    independence of the Federal Reserve.\"";
        assert_eq!(
            claims(text),
            [reported(
                "Clinton \"believes strongly in the independence of the Federal Reserve.\"",
                "said",
                "Glen Caplin"
            )]
        );
    }

    #[test]
    fn a_that_past_a_long_addressee_opens_the_content() {
        // Regression: the content took in "a crowd of … on Wednesday", its "that" out of reach.
        let text = "Sen. Bernie Sanders told a crowd of young voters in New Hampshire on Wednesday \
                    that Hillary Clinton would be a better president. She told investigators she \
                    relied on the judgment of State Department staff to decide what was \
                    classified.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that Hillary Clinton would be a better president",
                    "told",
                    "Bernie Sanders"
                ),
                (
                    "she relied on the judgment of State Department staff to decide what was \
                     classified",
                    ClaimKind::Indirect,
                    Some("told"),
                    Some("Hillary Clinton".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_name_before_a_past_form_is_no_phrase_of_its_own() {
        // Regression: "Sanders" spoke twice, as Bernie Sanders and as a phrase "Sanders".
        let text = "Sen. Bernie Sanders said it was over. Sanders spent much of his speech \
                    attacking Trump, whom he described as \"a pathological liar.\"";
        let names: Vec<_> = annotate(text)
            .speakers
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, ["Bernie Sanders"]);
    }

    #[test]
    fn a_titled_owner_opens_the_subject_of_a_gerund() {
        // Regression: with "Mr." before it, "Trump's campaign" was no subject, the claim no one's.
        let text = "Mr. Trump's campaign has made its own pitch to young people, arguing that her \
                    policies would saddle them with debt.";
        assert_eq!(
            claims(text),
            [reported(
                "that her policies would saddle them with debt",
                "arguing",
                "Trump's campaign"
            )]
        );
    }

    #[test]
    fn a_relative_after_a_capitalized_apposition_is_the_persons() {
        // Regression: "Massachusetts Democrat" called for the resignation, not Warren.
        let text = "Sen. Elizabeth Warren, a Massachusetts Democrat who called for Stumpf's \
                    resignation last week, said the forfeiture was not enough.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let warren = Some("Elizabeth Warren".to_string());
        assert_eq!(speakers, [warren.clone(), warren]);
    }

    #[test]
    fn where_opens_no_source_phrase() {
        let text = "Stumpf was grilled by the Senate Banking Committee, where lawmakers from both \
                    parties accused him of failing to stop employees.";
        assert_eq!(
            claims(text),
            [reported(
                "failing to stop employees", "accused", "lawmakers from both parties"
            )]
        );
    }

    #[test]
    fn a_named_ministry_in_a_capital_speaks_not_the_capital() {
        // Regression: "Beijing" spoke, where its Foreign Ministry did.
        let text = "The Foreign Ministry in Beijing said the deployment was a threat. The Justice \
                    Department on Monday said it would sue.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the deployment was a threat", "said", "The Foreign Ministry in Beijing"
                ),
                reported("it would sue", "said", "Justice Department"),
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

    #[test]
    fn showing_up_claims_nothing() {
        let text = "The real Trump showed up at the debate. Mr. Smith showed up late and said it \
                    was over.";
        assert_eq!(claims(text), [reported("it was over", "said", "Smith")]);
    }

    #[test]
    fn a_clause_of_the_writers_after_and_ends_the_content() {
        let text = "The fund said it is lowering its forecast for growth, and the downgrade is \
                    casting a shadow on the outlook. He said he had the best temperament, and \
                    the audience laughed.";
        let contents: Vec<_> = claims(text).into_iter().map(|(c, ..)| c).collect();
        assert_eq!(
            contents,
            [
                "it is lowering its forecast for growth", "he had the best temperament"
            ]
        );
    }

    #[test]
    fn deciding_a_thing_claims_nothing() {
        let text = "The voters who will decide this election were watching. The judge who decided \
                    the case retired. The board decided that the plan would go ahead.";
        assert_eq!(
            claims(text),
            [reported(
                "that the plan would go ahead", "decided", "The board"
            )]
        );
    }

    #[test]
    fn only_between_a_source_and_its_cue() {
        let text =
            "Clinton baited Donald Trump. He could only mutter, \"Where did you find this?\"";
        assert_eq!(
            claims(text),
            [direct("Where did you find this?", "mutter", "Donald Trump")]
        );
    }

    #[test]
    fn laying_out_a_plan_is_a_stance() {
        let text = "In a speech in Fort Pierce, Clinton laid out her proposals to increase \
                    national service. The hens laid eggs.";
        assert_eq!(
            claims(text),
            [reported(
                "her proposals to increase national service",
                "laid out",
                "Clinton"
            )]
        );
    }

    #[test]
    fn today_and_yesterday_stand_between_a_source_and_its_cue_and_before_its_content() {
        // Regression: "yesterday" was the start of the content, and "Johnson" no source.
        let text = "The minister said yesterday the talks had failed. Johnson yesterday denied \
                    allegations that he lied to Parliament. Johnson announced today that he \
                    will not resign.";
        assert_eq!(
            claims(text),
            [
                reported("the talks had failed", "said", "The minister"),
                reported("that he lied to Parliament", "denied", "Johnson"),
                reported("that he will not resign", "announced", "Johnson"),
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
    fn a_content_in_an_opening_clause_ends_where_the_main_clause_s_subject_comes() {
        // Regression: the content ran on over "party chair Ronna McDaniel insisted …".
        let text = "After Trump said he could not help some senators, party chair Ronna McDaniel \
                    insisted the Senate would stay in GOP hands. Voters were surprised when \
                    Trump, after railing against carried interest, produced a tax plan.";
        assert_eq!(
            claims(text),
            [
                reported("he could not help some senators", "said", "Trump"),
                reported(
                    "the Senate would stay in GOP hands", "insisted", "Ronna McDaniel"
                ),
                reported("carried interest", "railing against", "Trump"),
            ]
        );
    }

    #[test]
    fn a_cue_s_noun_after_a_preposition_or_an_article_is_no_verb() {
        // Regression: "states that President Barack Obama won" and "making incendiary comments,
        // said" were claims.
        let text = "Seven of them are in states that President Barack Obama won. Oz has been \
                    dogged by charges that he has perpetuated questionable advice. Maine Gov. \
                    Paul LePage, a Trump supporter known for making incendiary comments, said \
                    Tuesday that he was not confident.";
        assert_eq!(
            claims(text),
            [
                (
                    "that he has perpetuated questionable advice",
                    ClaimKind::Indirect,
                    Some("charges"),
                    None
                ),
                reported("that he was not confident", "said", "Paul LePage"),
            ]
        );
    }

    #[test]
    fn a_colon_before_a_quote_reaches_past_an_aside_to_its_cue() {
        // Regression: the quote was the content of "told", from "a press conference" on.
        let text = "However, Foreign Affairs Minister Abul Hassan Mahmood Ali told a press \
                    conference on Thursday, after the prime minister returned: “David Cameron has \
                    said the election is now past.” Clinton said she has the quality for the job \
                    of president: “Steadiness.”";
        assert_eq!(
            claims(text),
            [
                direct(
                    "David Cameron has said the election is now past.",
                    "told",
                    "Abul Hassan Mahmood Ali"
                ),
                reported(
                    "she has the quality for the job of president: “Steadiness.”",
                    "said",
                    "Clinton"
                ),
                direct("Steadiness.", ":", "Clinton"),
            ]
        );
    }

    #[test]
    fn a_question_and_the_one_before_it_go_with_the_speaker_who_told_after_them() {
        // Regression: neither question had a speaker, for "told" had an object after it.
        let text = "“I have spent weeks defending him,” said David Davis.\n\n“Did he not \
                    realize it was a party?” “Doesn't the prime minister realize how ridiculous \
                    this sounds?” Starmer told parliament.";
        assert_eq!(
            claims(text),
            [
                direct("I have spent weeks defending him,", "said", "David Davis"),
                (
                    "Did he not realize it was a party?",
                    ClaimKind::Direct,
                    None,
                    Some("Starmer".into())
                ),
                direct(
                    "Doesn't the prime minister realize how ridiculous this sounds?",
                    "told",
                    "Starmer"
                ),
            ]
        );
    }

    #[test]
    fn an_occasion_between_a_source_and_its_cue_is_neither() {
        // Regression: "The ministry in a statement" spoke, and "Twitter" did for Trump.
        let text = "The ministry in a statement said the talks had failed. Trump on Twitter said \
                    the deal was dead. Trump in an interview with Chris Wallace said he would win.";
        assert_eq!(
            claims(text),
            [
                reported("the talks had failed", "said", "The ministry"),
                reported("the deal was dead", "said", "Trump"),
                reported("he would win", "said", "Trump"),
            ]
        );
    }

    #[test]
    fn the_subject_of_a_participle_after_with_speaks_and_a_verb_opens_no_phrase() {
        // Regression: "The ad" spoke for "noting", and "quoted members of …" was a speaker.
        let text = "The ad ran Monday, with the narrator noting that it was unfair. He quoted \
                    members of his own party, who characterized the plan as a mess.";
        assert_eq!(
            claims(text),
            [
                reported("that it was unfair", "noting", "the narrator"),
                reported(
                    "the plan as a mess", "characterized", "members of his own party"
                ),
            ]
        );
    }

    #[test]
    fn a_country_word_and_titles_after_the_cue_lead_to_the_name() {
        // Regression: none of these claims had a speaker ("The pact is dead" had the name for
        // content).
        let text = "“We saw progress,” said Russian President Vladimir Putin. The pact is dead, \
                    said U.S. Secretary of State John Kerry. “It is over,” said Germany's \
                    Chancellor Angela Merkel.";
        assert_eq!(
            claims(text),
            [
                direct("We saw progress,", "said", "Vladimir Putin"),
                reported("The pact is dead", "said", "John Kerry"),
                direct("It is over,", "said", "Angela Merkel"),
            ]
        );
    }

    #[test]
    fn a_dateline_in_capitals_is_no_speaker_s_label() {
        // Regression: "KYIV" said the whole paragraph, and "said on Friday peace negotiations
        // …" reported nothing.
        let text = "KYIV: Ukrainian Foreign Minister Dmytro Kuleba said on Friday peace \
                    negotiations with Russia were difficult.\n\nTRUMP: I will win.\n\nCLINTON: He \
                    said he will win.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "peace negotiations with Russia were difficult",
                    "said",
                    "Dmytro Kuleba"
                ),
                direct("I will win", ":", "TRUMP"),
                direct("He said he will win", ":", "CLINTON"),
            ]
        );
    }

    #[test]
    fn cited_as_saying_is_one_cue_like_quoted_as_saying() {
        // Regression: "Earlier" was a name, and the speaker of "saying".
        let text = "Earlier Turkish broadcaster NTV cited President Tayyip Erdoğan as saying \
                    progress had been made in talks.";
        assert_eq!(
            claims(text),
            [reported(
                "progress had been made in talks",
                "cited President Tayyip Erdoğan as saying",
                "NTV"
            )]
        );
    }

    #[test]
    fn a_that_past_a_long_adverbial_opens_the_content() {
        // Regression: "said" reported nothing, and "report back to leaders" had no speaker.
        let text = "Steinmeier said on Sunday after a meeting with his counterparts from Ukraine, \
                    Russia and France that they would report back to leaders.";
        assert_eq!(
            claims(text),
            [reported(
                "that they would report back to leaders", "said", "Steinmeier"
            )]
        );
    }

    #[test]
    fn a_participle_after_an_auxiliary_is_no_part_of_a_source() {
        // Regression: the speaker was "satisfied local blogs".
        let text = "Her denial hasn't satisfied local blogs, which wondered whether it was the \
                    sign of a health problem.";
        assert_eq!(
            claims(text),
            [reported(
                "whether it was the sign of a health problem",
                "wondered",
                "local blogs"
            )]
        );
    }

    #[test]
    fn a_quoted_fragment_before_a_relative_clause_is_no_one_s_quote() {
        // Regression: "the last thing" was a quote of Kuleba's, cued by "wanted".
        let text = "Kuleba said “the last thing” he wanted was to kill hope for Ukrainians.";
        assert_eq!(
            claims(text),
            [reported(
                "“the last thing” he wanted was to kill hope for Ukrainians",
                "said",
                "Kuleba"
            )]
        );
    }

    #[test]
    fn a_particle_after_a_cue_is_part_of_it() {
        // Regression: the content was "out that different approaches …".
        let text = "Kerry has not ruled out that different approaches could be formed.";
        assert_eq!(
            claims(text),
            [reported(
                "that different approaches could be formed",
                "ruled out",
                "Kerry"
            )]
        );
    }

    #[test]
    fn a_quote_that_runs_into_a_word_is_said_by_the_titled_name_after_it() {
        // Regression: Ross's quote had no claim, and "Authorities" was a name apart from
        // "authorities".
        let text = "\"This could have been more dangerous if not for SWAT\" officers, \
                    Philadelphia Police Commissioner Richard Ross said. Authorities say the \
                    suspect fled. He shot six officers, authorities said.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "This could have been more dangerous if not for SWAT",
                    "said",
                    "Richard Ross"
                ),
                reported("the suspect fled", "say", "Authorities"),
                reported("He shot six officers", "said", "Authorities"),
            ]
        );
    }

    #[test]
    fn an_ampersand_joins_the_titles_of_a_source_after_a_quote() {
        // Regression: the quote went on from the claim before it, as no one's.
        let text = "“This recall is based on our commitment to quality,” president & CEO Joseph \
                    Darling said in prepared remarks.";
        assert_eq!(
            claims(text),
            [direct(
                "This recall is based on our commitment to quality,",
                "said",
                "Joseph Darling"
            )]
        );
    }

    #[test]
    fn calling_about_something_calls_no_one_anything() {
        // Regression: "about the prospect of holding an event" was Trump's claim.
        let text = "The president did not clarify who he called about the prospect of holding an \
                    event in Michigan. Trump called Oz a quack.";
        assert_eq!(claims(text), [reported("Oz a quack", "called", "Trump")]);
    }

    #[test]
    fn a_gerund_before_a_quote_goes_with_its_clause_not_with_a_name_before_an_earlier_comma() {
        // Regression: the quote was said by "the BBC".
        let text = "During an interview with the BBC, Mr Corbyn rejected the claims, stressing: \
                    \"I don't recognise the figure.\"";
        assert_eq!(
            claims(text),
            [
                reported("the claims", "rejected", "Corbyn"),
                direct("I don't recognise the figure.", "stressing", "Corbyn"),
            ]
        );
    }

    #[test]
    fn a_time_that_opens_the_sentence_is_no_part_of_its_source() {
        // Regression: "Yesterday Corbyn’s team" denied.
        let text = "Yesterday Corbyn’s team denied a report that he had made plans. Donations hit \
                    $1 billion, a USA TODAY analysis shows.";
        assert_eq!(
            claims(text),
            [
                reported("a report that he had made plans", "denied", "Corbyn’s team"),
                reported("Donations hit $1 billion", "shows", "a USA TODAY analysis"),
            ]
        );
    }

    #[test]
    fn a_quote_inside_a_later_paragraph_goes_on_from_no_one() {
        // Regression: a quote in the next story of a news roundup went on as Mao Ning's.
        let text = "\"China rejects hyping up of this incident,\" spokesperson Mao Ning said.\n\n\
                    March 30 (Reuters) - Evan Gershkovich is an American who has reported on \
                    Russia for six years. \"He is a brave, committed, professional journalist.\"";
        assert_eq!(
            claims(text),
            [direct(
                "China rejects hyping up of this incident,",
                "said",
                "Mao Ning"
            )]
        );
    }

    #[test]
    fn an_adverb_of_frequency_is_no_head_of_a_source() {
        // Regression: "Trump never" was the speaker.
        let text = "Trump never missed an opportunity to remind the audience he was the only \
                    candidate funding his campaign.";
        assert_eq!(
            claims(text),
            [reported(
                "the audience he was the only candidate funding his campaign",
                "remind",
                "Trump"
            )]
        );
    }

    #[test]
    fn a_gerund_after_from_is_no_aside_of_the_last_noun_phrase() {
        // Regression: "a haven" spoke for "saying", once every adverbial opened an aside.
        let text = "But for Donald Trump, Oz's show proved to be a safe space, a haven shielded \
                    from any tough questions, and offered Trump a platform to offer up whatever \
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

//! Quote attribution after the closing mark: "“…,” he said", "“…,” said Mr Lavrov", "“…” of
//! the Clinton proposals, Mr. Holtz-Eakin said.", "“… too big to manage?” Vitter demanded."

use std::ops::{ControlFlow, Range};

use super::Attribution;
use crate::claims::cues::Cue;
use crate::claims::cues::{SIGNATURE_LINE, starting_in};
use crate::claims::finder::Finder;
use crate::claims::finder::MAX_CLAUSE;
use crate::claims::found::Source;
use crate::claims::quotes::Quote;
use crate::data::cues::{
    ADVERBIAL_OPENERS, AUXILIARIES, CLAUSE_JOINERS, CueClass, SOURCE_DETERMINERS, TIME_WORDS,
};
use crate::grammar::is_ly_adverb;
use crate::rules::Rule;

/// How many tokens after the closing mark its cue may start.
const CUE_REACH: usize = 30;
/// How many tokens after a quote the short sentence of a name and its cue may run.
const SHORT_SENTENCE: usize = 16;
/// How many tokens of description may stand before a name set off by a comma ("“…,” their
/// lawyer, Shawn Williams, wrote", "“…,” the International Monetary Fund's Kenya mission chief,
/// Ana Ruiz, told").
const DESCRIPTION_REACH: usize = 10;
/// How many tokens after the cue of a short sentence its occasion may begin.
const OCCASION_START: usize = 8;

/// Where the words after a closing mark stand: the sentence, the token after the mark, the
/// first that is no comma, and whether the quote is a fragment (no punctuation inside its
/// closing mark or after it).
struct AfterClose {
    sentence: Range<usize>,
    from: usize,
    gap: usize,
    fragment: bool,
}

impl Finder<'_, '_> {
    /// The cue and source of a quote closed at `close`, from the words after the mark.
    pub(super) fn attribution_after(
        &self,
        q: &Quote,
        close: usize,
        cues: &[Cue],
    ) -> ControlFlow<Option<Attribution>> {
        let doc = self.doc;
        let sentence = self.sentence(close);
        let from = close + 1;
        let gap = (from..sentence.end)
            .find(|&k| !doc.is_punct(k, ","))
            .unwrap_or(from);
        let after = AfterClose {
            fragment: !self.closes_on_punctuation(close) && gap == from,
            sentence,
            from,
            gap,
        };
        // "“…”, adding this was …, TASS quoted him as saying": a gerund with no source of its
        // own gives way to an attribution that closes the sentence.
        let fallback = self.cue_in_gap(q, &after, cues)?;
        if let Some(found) = self.closing_the_sentence(&after, cues) {
            return ControlFlow::Break(Some(found));
        }
        if fallback.is_some() {
            return ControlFlow::Break(fallback);
        }
        match self.short_sentence_after(close, cues) {
            Some(found) => ControlFlow::Break(Some(found)),
            None => ControlFlow::Continue(()),
        }
    }

    /// The attribution that fills the gap up to its cue, as in "…," Al Jazeera's James Bays,
    /// reporting from the White House, said; a decision breaks, else the gerund's subject to
    /// fall back on, if any.
    fn cue_in_gap(
        &self,
        q: &Quote,
        after: &AfterClose,
        cues: &[Cue],
    ) -> ControlFlow<Option<Attribution>, Option<Attribution>> {
        let (sentence, gap) = (&after.sentence, after.gap);
        let to = sentence.end.min(after.from + CUE_REACH);
        // "The “sex tape” reference": a cue that is as often a noun names no speaker.
        let near = starting_in(cues, gap, to)
            .map(|ci| (ci, &cues[ci]))
            .filter(|(_, c)| !(self.inside_quote(c.first) || c.noun_like && c.first == gap));
        let mut fallback = None;
        for (ci, cue) in near {
            // "“very close,” adding: “…”": the cue introduces the quote after it. "had
            // “overwhelmingly” supported the change": a stance right after a quote has it
            // inside its own clause.
            let introduces = cue.last + 1 < sentence.end && self.doc.is_punct(cue.last + 1, ":");
            let stance = cue.class == CueClass::Belief && !cue.gerund;
            if introduces || cue.first == gap && stance {
                continue;
            }
            if cue.first == gap {
                match self.cue_right_after(q, after, ci, cue, cues) {
                    ControlFlow::Break(found) => return ControlFlow::Break(found),
                    ControlFlow::Continue(Some(subject)) => fallback = Some(subject),
                    ControlFlow::Continue(None) => {}
                }
            }
            if let Some(found) = self.source_in_gap(after, ci, cue) {
                return ControlFlow::Break(found);
            }
        }
        ControlFlow::Continue(fallback)
    }

    /// A cue right after the quote: its source after it ("“…,” said Mr Lavrov"), or a
    /// gerund's clause subject to fall back on.
    fn cue_right_after(
        &self,
        q: &Quote,
        after: &AfterClose,
        ci: usize,
        cue: &Cue,
        cues: &[Cue],
    ) -> ControlFlow<Option<Attribution>, Option<Attribution>> {
        let sentence = &after.sentence;
        // A gerund's source is never after it: "“…,” comparing him to Obama".
        let source_after = (!cue.gerund)
            .then(|| self.source_after(cue, sentence.end))
            .flatten();
        match source_after {
            Some((source, _)) => ControlFlow::Break(Some((ci, source, Rule::SourceAfter))),
            // "called the explanation “laughable,” adding …": a quote inside the content of a
            // cue before it is no gerund's.
            None if cue.gerund
                && starting_in(cues, self.sentence(q.open).start, q.open).is_empty() =>
            {
                let subject = self.clause_subject(cue, sentence.start);
                ControlFlow::Continue(Some(match subject {
                    Some((source, _)) => (ci, source, Rule::SourceClauseSubject),
                    None => (ci, Source::Unnamed, Rule::SourceUnnamed),
                }))
            }
            None if cue.gerund => ControlFlow::Continue(None),
            // "NBC's “Today” show that …": a cue right after a quoted fragment reports what
            // follows it.
            None if after.fragment => ControlFlow::Continue(None),
            // So does one with a subject after it: "who has called Putin “a thug,” said he
            // would push …".
            None if cue.last + 1 < sentence.end && self.pronoun(cue.last + 1).is_some() => {
                ControlFlow::Break(None)
            }
            None => ControlFlow::Break(Some((ci, Source::Unnamed, Rule::SourceUnnamed))),
        }
    }

    /// A source of the source's own words only between the quote and the cue: "Al Jazeera's
    /// James Bays", "Sen. Claire McCaskill"; a gerund has none ("…” to pad the numbers,
    /// pointing to …"). `Some` decides.
    fn source_in_gap(
        &self,
        after: &AfterClose,
        ci: usize,
        cue: &Cue,
    ) -> Option<Option<Attribution>> {
        let doc = self.doc;
        let (sentence, gap) = (&after.sentence, after.gap);
        // (Nor the verb of an aside on the source: "“…,” one resident, who asked not to be
        // named, told CTV News": the cue after it attributes.)
        let aside = cue.first > gap + 1
            && matches!(self.word(cue.first - 1), "who" | "which")
            && doc.is_punct(cue.first - 2, ",");
        if cue.gerund || aside {
            return None;
        }
        // ("“There is no money left,” councillors were told.": the hearers are no source; not
        // "… was told by the minister".)
        if cue.first > gap + 1 && self.be_told(cue, sentence) {
            return Some(Some((ci, Source::Unnamed, Rule::SourceUnnamed)));
        }
        // ("“It failed,” West said.": a capitalized word that is no name here, a region's, is
        // still who said it, though the text does not name them for us.)
        let Some((source, at)) = self.source_before(cue, after.from) else {
            let unnamed = cue.first == gap + 1
                && self.doc.is_capitalized(gap)
                && cue.class == CueClass::Speech
                && !cue.gerund;
            return unnamed.then_some(Some((ci, Source::Unnamed, Rule::SourceUnnamed)));
        };
        let first = self.first_of_source(source, at);
        // "“a disgrace” after she attacked …", "“reckless,” and Sen. Chris Murphy tweeted …",
        // "“highly likely” if Scotland's interests were ignored", "“a crude populism” that he
        // said threatened …" are no attribution.
        let joins = |k: usize| {
            ADVERBIAL_OPENERS.contains(self.word(k))
                || CLAUSE_JOINERS.contains(self.word(k))
                || self.word(k) == "that" && self.pronoun(k + 1).is_some()
        };
        // ("Fight for $15 organizing director Kendall Fells": a sum in a name.)
        let own = |k: usize| {
            self.is_word(k) && !joins(k)
                || doc.is_punct(k, ".")
                || doc.is_punct(k, "&")
                || doc.is_punct(k, "$")
        };
        // "“…,” their lawyer, Shawn Williams, wrote", "“…,” Ukraine's foreign minister, Dmytro
        // Kuleba, wrote on X", "“…,” Rep. Duncan Hunter's chief of staff, Joe Kasper, told
        // POLITICO before …": a short description before the name, set off by a comma.
        let described = matches!(source, Source::Named(_))
            && first > gap + 1
            && first - gap <= DESCRIPTION_REACH
            && doc.is_punct(first - 1, ",")
            && (SOURCE_DETERMINERS.contains(self.word(gap))
                || (gap..first - 1).any(|k| self.doc.possessive_after(k)))
            && (gap..first - 1).all(own);
        // "“did not recall” receiving emails she believed …": after a fragment, the source
        // comes first.
        if !(described || (gap..first).all(own) && (!after.fragment || first == gap)) {
            return None;
        }
        // "“the last thing” he wanted was …": a cue in a relative clause attributes nothing;
        // "on “Hannity,” Newt Gingrich said it would be …": nor does a cue with a clause of its
        // own.
        if cue.last + 1 < sentence.end
            && (AUXILIARIES.contains(self.word(cue.last + 1))
                || cue.base != "put"
                    && (self.pronoun(cue.last + 1).is_some()
                        || matches!(self.word(cue.last + 1), "that" | "there")))
        {
            return Some(None);
        }
        Some(Some((ci, source, Rule::SourceBefore)))
    }

    /// "“…” of the Clinton proposals, Mr. Holtz-Eakin said.": a named source and its cue close
    /// the sentence; "“…,” one said.": one of those the text has named, none by name.
    fn closing_the_sentence(&self, after: &AfterClose, cues: &[Cue]) -> Option<Attribution> {
        let doc = self.doc;
        let (sentence, gap, from) = (&after.sentence, after.gap, after.from);
        let (ci, cue) = starting_in(cues, gap, sentence.end.min(gap + MAX_CLAUSE))
            .rev()
            .map(|ci| (ci, &cues[ci]))
            .find(|(_, c)| c.last + 3 >= sentence.end)?;
        if cue.first == gap + 1 && matches!(self.word(gap), "one" | "another") {
            return Some((ci, Source::Unnamed, Rule::SourceUnnamed));
        }
        let (source @ (Source::Named(_) | Source::Pronoun(..)), at) =
            self.source_before(cue, from)?
        else {
            return None;
        };
        // (With the capitalized words of its titles: "…” officers, Philadelphia Police
        // Commissioner Richard Ross said.")
        let mut first = self.first_of_source(source, at);
        while first > from && doc.is_capitalized(first - 1) {
            first -= 1;
        }
        (first > from && doc.is_punct(first - 1, ",")).then_some((ci, source, Rule::SourceBefore))
    }

    /// A quote that is its paragraph, signed on the line below: "“…”" over "― Ana Ruiz, a nurse
    /// from Toronto.", a name and a short description at most.
    pub(super) fn signed_below(&self, q: &Quote, cues: &[Cue]) -> Option<Attribution> {
        let doc = self.doc;
        let dash = q.close? + 2;
        let ci = starting_in(cues, dash, dash + 1).next()?;
        let line_end = doc.line_end(dash);
        if !doc.opens_line(q.open) || line_end - dash > SIGNATURE_LINE {
            return None;
        }
        let (source @ Source::Named(m), _) = self.source_after(&cues[ci], line_end)? else {
            return None;
        };
        // The name, then its line's end or a comma before a description.
        let next = self.mentions[m].last + 1;
        (next + 1 >= line_end || doc.is_punct(next, ",")).then_some((ci, source, Rule::SourceAfter))
    }

    /// "“… too big to manage?” Vitter demanded.": a question or exclamation closes the
    /// sentence, and a short one of a name and its cue follows, with the occasion at most
    /// ("Cruz asked during a speech on the Senate floor.").
    fn short_sentence_after(&self, close: usize, cues: &[Cue]) -> Option<Attribution> {
        let doc = self.doc;
        let next = doc.sentence_of(close) + 1;
        if close + 1 != self.sentence(close).end || next >= doc.sentences.len() {
            return None;
        }
        let after = doc.sentences[next].clone();
        // The question or exclamation mark, inside a quote the quote closes too ("“We ask,
        // ‘Why not?’” she said").
        let mark = close - 1 - usize::from(close > 1 && matches!(self.word(close - 1), "’" | "'"));
        let asks = doc.is_punct(mark, "?") || doc.is_punct(mark, "!");
        let short = after.len() <= SHORT_SENTENCE
            && doc.paragraph_of(after.start) == doc.paragraph_of(close);
        if !short {
            return None;
        }
        let ci = starting_in(cues, after.start, after.end).find(|&ci| {
            let next = cues[ci].last + 1;
            // ("“…?” Starmer told parliament.", "“…?” Trump asked reporters rhetorically.":
            // past the addressee and an adverb.)
            let mut next = match cues[ci].base {
                "tell" if next < after.end => self.addressee(next).unwrap_or(next + 1),
                "ask" if next < after.end => self.addressee(next).unwrap_or(next),
                _ => next,
            };
            while next < after.end && is_ly_adverb(self.word(next)) {
                next += 1;
            }
            // ("“Perpetual motion!” Rep. Glenn Thompson said of the swirl.": what it was said
            // of follows a cue that took its preposition.)
            let of = || {
                cues[ci].last > cues[ci].first
                    && matches!(self.word(cues[ci].last), "of" | "about")
                    && (next..after.end).all(|k| !self.is_quote_mark(k))
            };
            // ("“…?” Mr. Biden said, clutching the lectern.", "“All the way!” Ruiz shouted,
            // shorthand for …": a participle of manner or the writer's apposition; not a
            // quote that the cue introduces.)
            let manner = || {
                next + 1 < after.end
                    && doc.is_punct(next, ",")
                    && !self.is_quote_mark(next + 1)
                    && self.reports_nothing(next + 1, after.end)
            };
            next + 1 >= after.end
                || manner()
                || asks
                    && cues[ci].first + OCCASION_START > next
                    && (self.opens_occasion(next) || of())
                    && self.reports_nothing(next, after.end)
        })?;
        let (source @ (Source::Named(_) | Source::Pronoun(..)), at) =
            self.source_before(&cues[ci], after.start)?
        else {
            return None;
        };
        (self.titles_before(self.first_of_source(source, at)) == after.start).then_some((
            ci,
            source,
            Rule::SourceBefore,
        ))
    }

    /// Whether token `k` opens an occasion or a time after a cue ("on Tuesday", "later"), or
    /// the one it was said to or into ("writes to Sullivan", "said into the phone").
    fn opens_occasion(&self, k: usize) -> bool {
        ADVERBIAL_OPENERS.contains(self.word(k))
            || TIME_WORDS.contains(self.word(k))
            || self.word(k) == "to"
    }

    /// Whether the tokens from `from` to `end` report nothing of their own: no cue, no "that".
    fn reports_nothing(&self, from: usize, end: usize) -> bool {
        (from..end).all(|k| !self.cue_starts[k] && self.word(k) != "that")
    }

    /// The short sentence of a name and its cue, alone, right before a quote that opens the
    /// next sentence of the paragraph: "Dianne Bystrom agreed. “Mainstream Republicans are
    /// running out of time.”"
    pub(super) fn short_sentence_before(&self, q: &Quote, cues: &[Cue]) -> Option<Attribution> {
        let doc = self.doc;
        let at = doc.sentence_of(q.open);
        if self.sentence(q.open).start != q.open || at == 0 {
            return None;
        }
        let before = doc.sentences[at - 1].clone();
        let short = before.len() <= SHORT_SENTENCE
            && before.end == q.open
            && doc.paragraph_of(before.start) == doc.paragraph_of(q.open)
            && doc.is_punct(before.end - 1, ".");
        if !short || (before.start..before.end).any(|k| self.is_quote_mark(k)) {
            return None;
        }
        // The cue ends the sentence, or an occasion or a time does ("fumed on Tuesday.").
        let ci = starting_in(cues, before.start, before.end).find(|&ci| {
            let next = cues[ci].last + 1;
            next + 1 >= before.end
                || self.opens_occasion(next) && self.reports_nothing(next, before.end)
        })?;
        let (source @ (Source::Named(_) | Source::Pronoun(..)), _) =
            self.source_before(&cues[ci], before.start)?
        else {
            return None;
        };
        // (Only a source before the cue: "Or maybe Jeb Bush, Phil Musser says." reports a
        // claim of its own.)
        (before.start..cues[ci].first)
            .all(|k| !self.cue_starts[k] && !doc.is_punct(k, ","))
            .then_some((ci, source, Rule::SourceBefore))
    }
}

#[cfg(test)]
mod tests {
    use crate::annotations::ClaimKind;
    use crate::claims::testing::{claims, direct, reported};

    #[test]
    fn the_hearers_of_a_quote_told_in_the_passive_are_no_source() {
        // Regression: "councillors" said what they were told.
        let text = "“There is no money left,” councillors were told. “It is over,” Ana Ruiz said.";
        assert_eq!(
            claims(text),
            [
                (
                    "There is no money left,",
                    ClaimKind::Direct,
                    Some("told"),
                    None
                ),
                direct("It is over,", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn an_exclamation_then_a_titled_name_and_what_it_was_said_of() {
        let text = "“Perpetual motion, all day long!” Rep. Glenn Thompson said of the swirl. \
                    “Why now?” US Senator Jeff Sessions said.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "Perpetual motion, all day long!", "said of", "Glenn Thompson"
                ),
                direct("Why now?", "said", "Jeff Sessions")
            ]
        );
    }

    #[test]
    fn a_quote_paragraph_is_the_words_of_the_name_that_signs_it_below() {
        // Regression: the quotes went to no one, or to whoever spoke before.
        let text = "Tom Reyes opened the rally.\n\n“We will not be silenced.”\n\n― Ana Ruiz, a \
                    nurse from Toronto.\n\n\"Fix the roads first.\"\n\n- Jane Okafor.\n\nThe \
                    march went on.";
        assert_eq!(
            claims(text),
            [
                direct("We will not be silenced.", "―", "Ana Ruiz"),
                direct("Fix the roads first.", "-", "Jane Okafor")
            ]
        );
        // A hyphen signs a quote on its own line only where the line ends with the name.
        let text = "\"It is over.\" - Jane Okafor, chair of the board.\n\nThe fans jeered, \
                    \"Adios!\" - Spanish for \"goodbye.\"";
        let found = claims(text);
        assert_eq!(found[0], direct("It is over.", "-", "Jane Okafor"));
        assert!(
            found
                .iter()
                .all(|c| c.2 != Some("-") || c.0 == "It is over."),
            "{found:?}"
        );
    }

    #[test]
    fn a_cue_with_a_clause_of_its_own_attributes_no_quote_before_it() {
        // Regression: a show's title in quote marks was Ruiz's words.
        let text = "Wednesday on Fox’s “Hannity,” Ana Ruiz said it would be a close race.";
        assert_eq!(
            claims(text),
            [reported("it would be a close race", "said", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_question_inside_a_quote_closes_it_before_its_attribution() {
        // Regression: "?’”" was no question mark before the sentence of the attribution.
        let text = "“Residents keep asking, ‘Who pays for this?’” Mayor Ana Ruiz told \
                    reporters on Tuesday.";
        assert_eq!(
            claims(text),
            [direct(
                "Residents keep asking, ‘Who pays for this?’",
                "told",
                "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_question_then_a_sentence_of_who_asked_whom_and_when() {
        // Regression: "reporters rhetorically during …" and "to Ruiz" were what was asked.
        let text = "“You think I am going to change?” Cole asked reporters rhetorically during a \
                    news conference. “I am not changing.”\n\n“Did we not say it first?” Pell \
                    writes to Ruiz.";
        assert_eq!(
            claims(text),
            [
                direct("You think I am going to change?", "asked", "Cole"),
                direct("I am not changing.", "asked", "Cole"),
                direct("Did we not say it first?", "writes", "Pell"),
            ]
        );
    }

    #[test]
    fn a_quote_after_a_short_sentence_of_a_name_and_its_cue_is_theirs() {
        let text = "The council met on Monday. Councillor Maria Lopez disagreed on Monday. “The \
                    budget leaves the north side behind.”";
        assert_eq!(
            claims(text),
            [direct(
                "The budget leaves the north side behind.",
                "disagreed",
                "Maria Lopez"
            )]
        );
    }

    #[test]
    fn a_short_sentence_with_a_claim_of_its_own_is_no_cue_of_the_quote_after_it() {
        let text = "Or maybe the mayor, analyst Tom Reyes says. “Nobody else has the money.”";
        assert_eq!(
            claims(text),
            [
                reported("Or maybe the mayor", "says", "Tom Reyes"),
                (
                    "Nobody else has the money.",
                    ClaimKind::Direct,
                    None,
                    Some("Tom Reyes".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_quote_before_a_capitalized_word_that_is_no_name_and_its_cue_is_still_a_claim() {
        // Regression: "West", a region's word, was no source, and the quote no claim.
        let text = "Ruto spoke.\n\n\"It failed,\" West said.";
        assert_eq!(
            claims(text),
            [("It failed,", crate::ClaimKind::Direct, Some("said"), None)]
        );
    }

    #[test]
    fn the_verb_of_an_aside_on_the_source_is_no_cue_of_the_quote() {
        // Regression: the quote's cue was "asked", in the aside.
        let text = "“It is a disgrace,” one resident, who asked not to be named, told CTV News.";
        assert_eq!(
            claims(text),
            [direct("It is a disgrace,", "told", "one resident")]
        );
    }

    #[test]
    fn a_sum_in_the_description_before_the_name_after_a_quote() {
        // Regression: "$" ended the description, the quote had no claim and "6 in Milwaukee"
        // was what Fells told.
        let text = "Ruto spoke.\n\n“They have to choose,” Fight for $15 organizing director Ana \
                    Ruiz told Fox News 6 in Milwaukee.";
        assert_eq!(
            claims(text),
            [direct("They have to choose,", "told", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_long_description_before_the_name_after_a_quote() {
        // Regression: nine tokens of description were one too many, and the quote no claim.
        let text = "Ruto spoke.\n\n\"There is no easy way out,\" the International Monetary \
                    Fund's Kenya mission chief, Ana Ruiz, told reporters in June.";
        assert_eq!(
            claims(text),
            [direct("There is no easy way out,", "told", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_quote_signed_by_an_owner_s_official_and_the_quote_after_it() {
        // Regression: "Ukraine's" opened no description, and "X." no sentence end.
        let text = "“We will keep supporting our partners,” Ukraine's foreign minister, Dmytro \
                    Kuleba, wrote on X. “Russia must withdraw.”";
        assert_eq!(
            claims(text),
            [
                direct(
                    "We will keep supporting our partners,", "wrote", "Dmytro Kuleba"
                ),
                direct("Russia must withdraw.", "wrote", "Dmytro Kuleba")
            ]
        );
    }
}

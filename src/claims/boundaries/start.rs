//! Where a cue's complement starts: after "that", past times and adverbials, past an addressee.

use std::ops::ControlFlow;

use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::data::cues::{
    ADDRESSEE_NOUNS, ADVERBIAL_OPENERS, AGO, AUXILIARIES, BETWEEN_SOURCE_AND_CUE, CURRENCY_SIGNS,
    DETERMINERS, DURATIONS, NOT_IN_SOURCE_PHRASE, OBJECT_PRONOUNS, OBJECT_VERBS, PREPOSITIONS,
    REPORTING_NOUNS, SOURCE_NOUNS, TIME_CONJUNCTIONS, TIME_LEADS, TIME_WORDS,
    is_capital_title_plural,
};
use crate::data::words::{ARTICLES, DASHES};
use crate::grammar::{is_ly_adverb, opens_question, s_form};
use crate::text::Lowercase;

/// How many words after "asked" its question word may come, past whom it asks, the asker and
/// the occasion ("asked by Fox Business moderator Gerard Baker whether …").
const QUESTION_REACH: usize = 9;
/// How many tokens after the cue its "that" may come.
const THAT_REACH: usize = 14;
/// How many past an adverbial ("said on Sunday after a meeting with his counterparts from
/// Ukraine, Russia and France that …").
const THAT_REACH_PAST_ADVERBIAL: usize = 20;
/// How many tokens a relative aside between the cue's occasion and its "that" may run.
const ASIDE_REACH: usize = 12;
/// How many tokens a comparison after the cue may run ("Analysts warned, as did the central bank,
/// that …").
const COMPARISON_REACH: usize = 10;
/// How many tokens past a comma a clause with its own cue may run to it.
const OWN_CUE_REACH: usize = 6;
/// How many tokens after the cue "be identified" or "be named" may come.
const ANONYMITY_REACH: usize = 4;
/// How many tokens after "accused" its "of" may come ("accused the government of …").
const CHARGE_REACH: usize = 12;
/// How far past "of" a charge needs a second word ("accuse Clinton’s campaign of lying" says too
/// little).
const CHARGE_WORDS: usize = 4;
/// How many tokens past a time a clause's auxiliary may come ("said on Friday peace talks were
/// difficult").
const CLAUSE_VERB_REACH: usize = 6;
/// How many tokens past a time or adverbial after an addressee the content's subject pronoun may
/// come.
const PRONOUN_REACH: usize = 8;
/// How many words after its determiner the head of an addressed phrase may come ("the state
/// news agency").
const ADDRESSEE_WORDS: usize = 4;

impl Finder<'_, '_> {
    /// Where a cue's complement starts: after "that" when it comes within a few words ("said on
    /// Monday that"), after the object of "told"/"urged" when "to" follows, else right after
    /// the cue. `None` when nothing follows in the sentence.
    pub(in crate::claims) fn complement_start(&self, cue: &Cue, end: usize) -> Option<usize> {
        let doc = self.doc;
        let mut k = cue.last + 1;
        while k < end && (doc.is_punct(k, ",") || doc.is_punct(k, ":")) {
            k += 1;
        }
        // "said — on Twitter, as it happens — that …": past an aside set off by dashes.
        if k == cue.last + 1 && k < end && DASHES.contains(self.word(k)) {
            if let Some(close) = (k + 1..end.min(k + ASIDE_REACH))
                .find(|&i| DASHES.contains(self.word(i)))
                .filter(|&c| c + 1 < end && self.word(c + 1) == "that")
            {
                k = close + 1;
            }
        }
        // "Analysts warned, as did the central bank, that …": past the comparison.
        if k > cue.last + 1
            && k + 1 < end
            && self.word(k) == "as"
            && AUXILIARIES.contains(self.word(k + 1))
        {
            if let Some(c) = self.first_mark(k + 2, end.min(k + COMPARISON_REACH), ",") {
                k = c + 1;
            }
        }
        // "she said, referencing the bank's drive …": a participle clause comments on the cue;
        // "Asked whether he would testify, the adviser said …": past a comma, a clause with a
        // source and cue of its own is none of its content, nor a cue's own ("pushed back,
        // noting that …").
        let comma = k > cue.last + 1 && doc.is_punct(k - 1, ",");
        let own_cue = || {
            (k + 1..end.min(k + OWN_CUE_REACH))
                .take_while(|&i| self.is_word(i) && self.word(i) != "that")
                .any(|i| self.cue_starts[i])
        };
        // "spoke on condition of anonymity", "asking not to be identified", "declined to be
        // named", "wanted to be known only as Madam Tan"; and "spoke on" anything else says
        // nothing ("spoke on behalf of Clinton", "speaking on BBC Radio 5 Live", "spoke on a
        // variety of topics").
        let anonymity = || {
            cue.base == "speak" && self.word(cue.last) == "on"
                || (k + 1..end.min(k + ANONYMITY_REACH)).any(|i| {
                    self.word(i - 1) == "be"
                        && (matches!(self.word(i), "identified" | "named")
                            || self.word(i) == "known"
                                && i + 1 < end
                                && matches!(self.word(i + 1), "only" | "as"))
                })
        };
        if k >= end
            || !self.is_word(k) && !self.is_quote_mark(k) && !CURRENCY_SIGNS.contains(self.word(k))
            || k > cue.last + 1 && self.participle_clause(k)
            // ("…, the Times said, including speeches and meetings": what the clause before
            // lists goes on.)
            || comma && self.word(k) == "including"
            || comma && self.is_word(k) && (self.cue_starts[k] || own_cue())
            || anonymity()
        {
            return None;
        }
        let that = match self.that_in_reach(cue, k, end) {
            ControlFlow::Break(start) => return start,
            ControlFlow::Continue(that) => that.filter(|&t| self.that_opens_complement(cue, k, t)),
        };
        match that {
            // "said that was not her view": "that" is the complement's subject.
            Some(t) if t + 1 < end && AUXILIARIES.contains(self.word(t + 1)) => Some(t),
            // "Trump denied that, writing on social media …": "that" is the object.
            Some(t) if t + 2 < end && doc.is_punct(t + 1, ",") && self.participle_clause(t + 2) => {
                None
            }
            // "said that the two had …", "Trump's claim that there have been …": the
            // complement clause opens with its "that" (as news annotators mark it), "say that,
            // in addition to Scott, he would …" too.
            Some(t) if t + 1 < end => Some(t),
            Some(_) => None,
            // "accused the government of being in “the final days”": what the accused did.
            None if cue.base == "accuse" && self.word(cue.last) != "of" => (k..end
                .min(k + CHARGE_REACH))
                .take_while(|&i| self.is_word(i) || self.doc.is_punct(i, ","))
                // "accuse Clinton’s campaign of lying": one word says too little alone.
                .find(|&i| {
                    self.word(i) == "of"
                        && (i + 2..end.min(i + CHARGE_WORDS)).any(|j| self.is_word(j))
                })
                .map(|i| i + 1)
                .or_else(|| self.after_addressee(k, end)),
            // "asked the premier on Friday if …": past whom it asks and when.
            None if cue.base == "ask" => self
                .question_at(k, end)
                .or_else(|| self.after_addressee(k, end)),
            None if OBJECT_VERBS.contains(cue.base) => self.after_addressee(k, end),
            None => Some(k),
        }
    }

    /// The question word that opens what "asked" asks, from token `k` (before `end`), past
    /// whom it asks, the asker and the occasion ("asked the premier on Friday if …", "asked by
    /// Ingraham on Thursday why …"); none past a request's "to" ("asked to explain why").
    pub(in crate::claims) fn question_at(&self, k: usize, end: usize) -> Option<usize> {
        (k..end.min(k + QUESTION_REACH))
            .take_while(|&i| self.is_word(i) && self.word(i) != "to")
            .find(|&i| opens_question(self.word(i)))
    }

    /// The "that" in reach of the complement's first word `k` (before `end`), if any; or, for a
    /// verb with an object, where the complement starts after that object ("urged his
    /// supporters to back Clinton": the addressee and what they are to do).
    fn that_in_reach(
        &self,
        cue: &Cue,
        k: usize,
        end: usize,
    ) -> ControlFlow<Option<usize>, Option<usize>> {
        let doc = self.doc;
        // (Further past an adverbial or a time: "said on Sunday after a meeting with his
        // counterparts from Ukraine, Russia and France that …", "said Thursday during a taping
        // of a town hall in Buffalo, New York, that …".)
        let reach = if self.opens_adverbial(k) || self.time_len(k, end) > 0 {
            THAT_REACH_PAST_ADVERBIAL
        } else {
            THAT_REACH
        };
        // (Past a score: "say by 55%-41% that …".)
        let window = (k..end.min(k + reach)).take_while(|&i| {
            self.is_word(i)
                || doc.is_punct(i, ",")
                || i > k && self.is_quote_mark(i)
                || i > k && doc.is_punct(i, "%")
                || i > k && doc.is_punct(i, "-") && doc.is_punct(i - 1, "%")
        });
        // ("said on CNN, where he is a contributor, that …": past a relative aside.)
        let mut aside_end = 0;
        for i in window {
            if i < aside_end {
                continue;
            }
            if i > k
                && i + 1 < end
                && doc.is_punct(i, ",")
                && matches!(self.word(i + 1), "where" | "who")
            {
                aside_end = self
                    .first_mark(i + 1, end.min(i + ASIDE_REACH), ",")
                    .unwrap_or(end);
                continue;
            }
            if self.word(i) == "that" {
                return ControlFlow::Continue(Some(i));
            }
            // "declare its intention and suggested that …": the "that" of another cue (but
            // "said in prepared remarks that …": a reporting noun in the cue's occasion).
            let occasion = || {
                self.opens_adverbial(k)
                    && REPORTING_NOUNS.contains(self.word(i))
                    && i + 1 < end
                    && self.word(i + 1) == "that"
            };
            if i > k && self.cue_starts[i] && !occasion() {
                return ControlFlow::Continue(None);
            }
            // Past an auxiliary the complement has begun: "could change that" is inside it; so
            // it has at a subject pronoun ("told investigators she relied on …").
            // ("charged with any wrongdoing, but there's a gap …": nor is a "that" past "but".)
            // So it has at an article after the addressee ("told RNZ the government stood ready
            // to help", "told analysts the company needed to …").
            if AUXILIARIES.contains(self.word(i))
                || i > k && (self.pronoun(i).is_some() || self.word(i) == "but")
                || i > k
                    && ARTICLES.contains(self.word(i))
                    && OBJECT_VERBS.contains(cue.base)
                    && (doc.is_capitalized(i - 1) || self.addressee(k) == Some(i))
            {
                return ControlFlow::Continue(None);
            }
            // "accused Spotify of using the Commission to …": the "to" is inside the charge.
            if self.word(i) == "of" && cue.base == "accuse" {
                return ControlFlow::Continue(None);
            }
            // "urged his supporters to back Clinton", "urged both sides to “seize this moment”":
            // the addressee and what they are to do ("the way his union told him to." says
            // nothing).
            if self.word(i) == "to" && i > k && OBJECT_VERBS.contains(cue.base) {
                let quoted = i + 2 < end && self.is_quote_mark(i + 1) && self.is_word(i + 2);
                return ControlFlow::Break(
                    (i + 1 < end && self.is_word(i + 1) || quoted).then_some(k),
                );
            }
        }
        ControlFlow::Continue(None)
    }

    /// "called for contestants to wear dresses that showed …": past an object, "that" opens a
    /// relative clause; past an adverbial ("said on Monday that") or an addressee ("told
    /// reporters that") it opens the complement.
    fn that_opens_complement(&self, cue: &Cue, k: usize, t: usize) -> bool {
        let w = self.word(k);
        t == k
            || REPORTING_NOUNS.contains(self.word(t - 1))
            // (Not "asked for documents that show …": what is asked for is the content.)
            || OBJECT_VERBS.contains(cue.base) && w != "for"
            || ADVERBIAL_OPENERS.contains(w)
            || TIME_WORDS.contains(w)
            || TIME_LEADS.contains(w)
            || is_ly_adverb(w)
            // "said again that", "said only that", "said, however, that", "added, though,
            // that" (not "says there needs to be a law that …")
            || BETWEEN_SOURCE_AND_CUE.contains(w) && w != "there"
            || matches!(w, "however" | "though")
            // "said to reporters that", "fired back two days later that"
            || w == "to" && cue.base == "say"
            || AGO.contains(self.word(t - 1))
            // "acknowledged for the first time that", "has argued for years that"
            || w == "for"
                && (TIME_WORDS.contains(self.word(t - 1))
                    || DURATIONS.contains(self.word(t - 1)))
    }

    /// Where the content starts past a time phrase at `k` that a clause follows: "on Monday
    /// the talks …", "last week the court …", "Friday the plan …".
    pub(in crate::claims) fn time_phrase(&self, k: usize, end: usize) -> Option<usize> {
        let past = k + self.time_len(k, end);
        // (Not "noted that Saturday would have been …": the time is the subject.)
        let content = past > k
            && past < end
            && self.is_word(past)
            && !AUXILIARIES.contains(self.word(past))
            && (DETERMINERS.contains(Lowercase::new(self.word(past)).as_str())
                || self.word(past).starts_with(char::is_uppercase)
                // "said Friday he would appeal", "said on Friday peace talks were difficult"
                || self.pronoun(past).is_some()
                || !NOT_IN_SOURCE_PHRASE.contains(self.word(past))
                    && (past + 1..end.min(past + CLAUSE_VERB_REACH)).any(|i| AUXILIARIES.contains(self.word(i)))
                || matches!(self.word(past), "it" | "there")
                // "agreed Wednesday to transition away from …", not "said Monday to reporters"
                || self.word(past) == "to"
                    && past + 1 < end
                    && {
                        let verb = self.word(past + 1);
                        verb.starts_with(char::is_lowercase)
                            && !s_form(verb)
                            && !DETERMINERS.contains(verb)
                            && self.pronoun(past + 1).is_none()
                    });
        content.then_some(past)
    }

    /// Where an addressee that opens at `k` ends: a name, an object pronoun or a noun of
    /// people ("told [reporters]", "told [The Associated Press]").
    pub(in crate::claims) fn addressee(&self, k: usize) -> Option<usize> {
        // ("told her advisers": "her" owns the one told.)
        match self.named_from(k) {
            Some(m) => Some(self.mentions[m].last + 1),
            None => self.addressed_phrase(k).or_else(|| {
                (OBJECT_PRONOUNS.contains(self.word(k))
                    || SOURCE_NOUNS.contains(self.word(k))
                    || is_capital_title_plural(self.word(k))
                    || ADDRESSEE_NOUNS.contains(Lowercase::new(self.word(k)).as_str()))
                .then_some(k + 1)
            }),
        }
    }

    /// Where a noun phrase of an audience or an outlet that opens at `k` with a determiner
    /// ends, with the name after its head: "told [a news conference]", "told [the state news
    /// agency TASS]".
    fn addressed_phrase(&self, k: usize) -> Option<usize> {
        let doc = self.doc;
        if !DETERMINERS.contains(self.word(k)) {
            return None;
        }
        let head = (k + 1..doc.tokens.len().min(k + 1 + ADDRESSEE_WORDS))
            .take_while(|&i| {
                self.is_word(i) && self.word(i) != "that" && !PREPOSITIONS.contains(self.word(i))
            })
            .find(|&i| ADDRESSEE_NOUNS.contains(Lowercase::new(self.word(i)).as_str()))?;
        let past = (head + 1..doc.tokens.len())
            .find(|&i| !(self.is_word(i) && doc.is_capitalized(i)))
            .unwrap_or(doc.tokens.len());
        // (Not a subject: "promised her entire program would be paid for …".)
        (past >= doc.tokens.len() || !AUXILIARIES.contains(self.word(past))).then_some(past)
    }

    /// The content of "told reporters the plan was dead" after its addressee, a name or a
    /// pronoun or noun of people; none in "told The Huffington Post on Thursday".
    pub(in crate::claims) fn after_addressee(&self, k: usize, end: usize) -> Option<usize> {
        let past = match self.addressee(k) {
            // "accuse Clinton’s campaign": the name begins the content; but "told CBC's As It
            // Happens that …": a programme's title, then the content.
            Some(past) if self.doc.possessive_after(past - 1) => {
                let mut j = past + 1;
                while j < end.min(past + 1 + ADDRESSEE_WORDS) && self.doc.is_capitalized(j) {
                    j += 1;
                }
                if j > past + 1 && j < end && self.word(j) == "that" {
                    j
                } else {
                    k
                }
            }
            Some(past) => past,
            // "told donors this weekend she would …": a plural noun that an adverbial or the
            // content's subject follows.
            None if k + 1 < end && {
                let (w, next) = (self.word(k), self.word(k + 1));
                w.len() > 3
                    && w.ends_with('s')
                    && w.starts_with(char::is_lowercase)
                    && (ADVERBIAL_OPENERS.contains(next)
                        || TIME_LEADS.contains(next)
                        || next == "that"
                        || self.pronoun(k + 1).is_some())
            } =>
            {
                k + 1
            }
            // "told a parliamentary inquiry they were …", "told a Senate panel he had …", "told
            // the court Carter had shown …": a determiner and words that a subject pronoun or a
            // name and its verb follow.
            None if DETERMINERS.contains(self.word(k)) => {
                match (k + 1..end.min(k + ADDRESSEE_WORDS))
                    .take_while(|&i| self.is_word(i) && self.word(i) != "that")
                    .find(|&i| {
                        self.pronoun(i).is_some() && self.word(i) != "who"
                            || self.name_and_verb(i, end)
                    }) {
                    Some(i) if i > k + 1 => i,
                    _ => return Some(k),
                }
            }
            None => return Some(k),
        };
        if past >= end || !self.is_word(past) {
            return None;
        }
        let w = self.word(past);
        // "accused the GOP of stoking the issue"
        if w == "of" && past + 1 < end && past > k {
            return Some(past + 1);
        }
        // "told his advisers as he labored over …": a clause of when, no content.
        if TIME_CONJUNCTIONS.contains(w) && past + 1 < end && self.pronoun(past + 1).is_some() {
            return None;
        }
        if self.opens_adverbial(past) || self.time_len(past, end) > 0 {
            // "told reporters on Tuesday the decision was …", "told a news conference in
            // Canberra that …": past a time or a place named, the content opens with "that"
            // or a determiner.
            let mut after = past + self.time_len(past, end);
            if after == past && matches!(w, "in" | "at") {
                after = past + 1 + usize::from(past + 1 < end && self.word(past + 1) == "the");
                let named = after;
                while after < end && self.is_word(after) && self.doc.is_capitalized(after) {
                    after += 1;
                }
                after = if after > named { after } else { past };
            }
            if after > past && after < end && DETERMINERS.contains(self.word(after)) {
                return Some(after);
            }
            // "told reporters this weekend he would …": past a time, the content opens with
            // its subject pronoun.
            return (past + 1..end.min(past + PRONOUN_REACH))
                .take_while(|&i| self.is_word(i))
                .find(|&i| self.pronoun(i).is_some());
        }
        Some(past)
    }
}

#[cfg(test)]
mod tests {
    use crate::ClaimKind;
    use crate::claims::testing::{claims, reported};

    #[test]
    fn a_programme_told_by_its_owner_s_name_is_no_content() {
        // Regression: "CBC's As It Happens that …" was the content.
        let text = "Bergeron told CBC's As It Happens that his landlord offered him money.";
        assert_eq!(
            claims(text),
            [reported(
                "that his landlord offered him money", "told", "Bergeron"
            )]
        );
    }

    #[test]
    fn an_audience_or_an_outlet_told_is_no_content() {
        let text = "Kyiv was to blame, Dmitry Peskov told the state news agency TASS. The talks \
                    were over, Peskov told a news conference in Moscow. Peskov told the crowd \
                    the talks were over.";
        assert_eq!(
            claims(text),
            [
                reported("Kyiv was to blame", "told", "Dmitry Peskov"),
                reported("The talks were over", "told", "Dmitry Peskov"),
                reported("the talks were over", "told", "Dmitry Peskov")
            ]
        );
    }

    #[test]
    fn past_the_time_or_the_place_of_the_telling_a_determiner_opens_the_content() {
        // Regression: after "on Tuesday" or "in Canberra" only a pronoun opened the content,
        // and these had no claim.
        let text = "Jim Chalmers told reporters on Tuesday the decision was independent. Ana \
                    Ruiz told a news conference in Canberra the rates were too high.";
        assert_eq!(
            claims(text),
            [
                reported("the decision was independent", "told", "Jim Chalmers"),
                reported("the rates were too high", "told", "Ana Ruiz")
            ]
        );
    }

    #[test]
    fn a_cabinet_or_a_parliament_told_is_no_content() {
        // Regression: "his Cabinet" and "parliament" opened what was told.
        let text = "Benjamin Netanyahu told his Cabinet the strike had achieved its aims. Ana \
                    Ruiz told parliament the plan would work.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the strike had achieved its aims", "told", "Benjamin Netanyahu"
                ),
                reported("the plan would work", "told", "Ana Ruiz")
            ]
        );
    }

    #[test]
    fn that_past_a_relative_aside_on_the_occasion_opens_the_content() {
        // Regression: the aside's "he" ended the search for "that", and there was no claim.
        let text = "Ana Ruiz said on Radio Ten, where she is a regular guest, that the plan \
                    would fail.";
        assert_eq!(
            claims(text),
            [reported("that the plan would fail", "said", "Ana Ruiz")]
        );
    }

    #[test]
    fn speaking_on_something_says_nothing() {
        // Regression: "BBC Radio 5 Live" was what he said, and "behalf of the mayor" hers.
        let text = "Former captain Tony Adams, speaking on BBC Radio 5 Live, called it “the best \
                    performance in years”. Ana Ruiz spoke on behalf of the mayor.";
        assert_eq!(
            claims(text),
            [reported(
                "it “the best performance in years”", "called", "Tony Adams"
            )]
        );
    }

    #[test]
    fn a_content_may_open_with_a_sum_of_money() {
        // Regression: a content that opened with "$" or "£" was none.
        let text = "Premier Ana Ruiz said $350 million had been set aside. The treasurer said \
                    £64bn was available to councils.";
        assert_eq!(
            claims(text),
            [
                reported("$350 million had been set aside", "said", "Ana Ruiz"),
                reported("£64bn was available to councils", "said", "The treasurer"),
            ]
        );
    }

    #[test]
    fn journalists_told_are_no_content() {
        // Regression: "journalists the fire was caused by a fault" was what she said.
        let text = "Dr Ana Oke told journalists the fire was caused by an electrical fault.";
        assert_eq!(
            claims(text),
            [reported(
                "the fire was caused by an electrical fault",
                "told",
                "Ana Oke"
            )]
        );
    }

    #[test]
    fn a_court_a_paper_or_advisers_told_are_no_content() {
        // Regression: "the court in his filing" and "the paper" were what was told.
        let text = "The state did what others do, Ana Ruiz told the court in her filing. The \
                    union will sit out the race, Tim Lopez told the paper.";
        assert_eq!(
            claims(text),
            [
                reported("The state did what others do", "told", "Ana Ruiz"),
                reported("The union will sit out the race", "told", "Tim Lopez"),
            ]
        );
    }

    #[test]
    fn a_clause_of_when_after_the_one_told_is_no_content() {
        // Regression: "he labored over his speech" was what was told.
        let text = "This is not about me, Ana Ruiz told her advisers as she labored over the \
                    speech.";
        assert_eq!(
            claims(text),
            [reported("This is not about me", "told", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_time_after_that_with_an_auxiliary_after_it_is_the_subject() {
        // Regression: "that Saturday" was a time before the content, which then opened with a
        // verb, and the claim was lost.
        let text = "Ana Ruiz noted that Saturday would have been his birthday.";
        assert_eq!(
            claims(text),
            [reported(
                "that Saturday would have been his birthday",
                "noted",
                "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn an_adverb_set_off_before_that() {
        // Regression: "though" was taken for a clause of the writer's.
        let text = "Ana Ruiz added, though, that the plan could not work.";
        assert_eq!(
            claims(text),
            [reported(
                "that the plan could not work", "added", "Ana Ruiz"
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
    fn a_reporting_noun_in_the_occasion_leaves_the_that_to_the_cue() {
        // Regression: "remarks" was taken for the verb whose "that" it was, and the claim lost.
        let text = "Ana Ruiz said in her prepared remarks that the plan should change.";
        assert_eq!(
            claims(text),
            [reported("that the plan should change", "said", "Ana Ruiz")]
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
    fn a_to_inside_the_content_after_an_outlet_told_is_no_order() {
        // Regression: "RNZ" opened what the minister told it, taken for the one told to help;
        // so did "MSPs", the members told.
        let text = "Minister Mark Mitchell told RNZ the government stood ready to help. He urged \
                    the Senate to act. Ana Ruiz told analysts the company needed to change. The \
                    minister told MSPs the yard had offered the best value.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the government stood ready to help", "told", "Mark Mitchell"
                ),
                reported("the Senate to act", "urged", "Mark Mitchell"),
                reported("the company needed to change", "told", "Ana Ruiz"),
                reported(
                    "the yard had offered the best value", "told", "Mark Mitchell"
                ),
            ]
        );
    }

    #[test]
    fn a_body_told_before_a_subject_is_no_content() {
        // Regression: "a parliamentary inquiry" was the start of what survivors told it.
        let text = "Survivors have told a parliamentary inquiry they were left without warning. \
                    Ruiz told a Senate panel she had no warning.";
        assert_eq!(
            claims(text),
            [
                reported("they were left without warning", "told", "Survivors"),
                reported("she had no warning", "told", "Ruiz"),
            ]
        );
        // ("who" opens a relative clause of the one told, not the content.)
        let text = "She told the mayors who gathered in Indianapolis, “No one should doubt us.”";
        assert!(claims(text).iter().all(|c| !c.0.starts_with("who")));
        // Nor before a name and its verb (regression: "the court Carter had shown …").
        let text = "Prosecutor Emma Walsh told the court Carter had shown no remorse.";
        assert_eq!(
            claims(text),
            [reported(
                "Carter had shown no remorse", "told", "Emma Walsh"
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
    fn said_when_she_left_is_a_time_but_not_said_when_asks() {
        let text = "That was what Liz Wahl said when she resigned from the network. Lawmakers \
                    have not said when they would take up the bill.";
        assert_eq!(
            claims(text),
            [reported("they would take up the bill", "said", "Lawmakers")]
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
    fn but_that_and_a_determiner_is_a_second_complement_but_that_and_a_noun_is_not() {
        let text = "Ana Ruiz said the plan worked, but that the costs were high. Ortiz said the \
                    vote was close, but that group was small.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the plan worked, but that the costs were high",
                    "said",
                    "Ana Ruiz"
                ),
                reported("the vote was close", "said", "Ortiz"),
            ]
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
    fn a_time_after_the_cue_is_no_content_and_comes_before_that() {
        let text = "Trump lashed out hours later. Trump fired back two days later that it was \
                    a lie.";
        assert_eq!(
            claims(text),
            [reported("that it was a lie", "fired back", "Trump")]
        );
    }

    #[test]
    fn an_addressee_and_what_they_are_to_do_are_the_content() {
        let text = "Sanders urged his supporters to back Clinton. For decades, Kovach has voted \
                    the way his union told him to. Rubio urged both sides to “seize this moment”.";
        assert_eq!(
            claims(text),
            [
                reported("his supporters to back Clinton", "urged", "Sanders"),
                reported("both sides to “seize this moment”", "urged", "Rubio"),
            ]
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
    fn a_question_past_the_addressee_and_a_time_opens_the_content() {
        // Regression: "asked the premier on Friday if …" reported nothing.
        let text = "Ana Ruiz asked the premier on Friday if the clinic would reopen. Tom Reyes \
                    asked him Monday how the plan would be paid for.";
        assert_eq!(
            claims(text),
            [
                reported("if the clinic would reopen", "asked", "Ana Ruiz"),
                reported("how the plan would be paid for", "asked", "Tom Reyes")
            ]
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
    fn a_that_past_a_time_and_a_long_occasion_opens_the_content() {
        // Regression: the "that" was out of reach past "Thursday", and "said" reported nothing.
        let text = "Ruiz said Thursday during a taping of an MSNBC town hall in Fresno, California, \
                    that states can pass such laws.";
        assert_eq!(
            claims(text),
            [reported("that states can pass such laws", "said", "Ruiz")]
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
}

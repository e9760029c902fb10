//! Where a cue's complement starts: after "that", past times and adverbials, past an addressee.

use std::ops::ControlFlow;

use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::data::cues::{
    ADVERBIAL_OPENERS, AGO, AUXILIARIES, BETWEEN_SOURCE_AND_CUE, DETERMINERS, DURATIONS,
    NOT_IN_SOURCE_PHRASE, OBJECT_PRONOUNS, OBJECT_VERBS, REPORTING_NOUNS, SOURCE_NOUNS, TIME_LEADS,
    TIME_WORDS,
};
use crate::grammar::{is_ly_adverb, s_form};
use crate::text::Lowercase;

/// How many tokens after the cue its "that" may come.
const THAT_REACH: usize = 14;
/// How many past an adverbial ("said on Sunday after a meeting with his counterparts from
/// Ukraine, Russia and France that …").
const THAT_REACH_PAST_ADVERBIAL: usize = 20;

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
        // "Analysts warned, as did the central bank, that …": past the comparison.
        if k > cue.last + 1
            && k + 1 < end
            && self.word(k) == "as"
            && AUXILIARIES.contains(self.word(k + 1))
        {
            if let Some(c) = self.first_mark(k + 2, end.min(k + 10), ",") {
                k = c + 1;
            }
        }
        // "she said, referencing the bank's drive …": a participle clause comments on the cue;
        // "Asked whether he would testify, the adviser said …": past a comma, a clause with a
        // source and cue of its own is none of its content, nor a cue's own ("pushed back,
        // noting that …").
        let comma = k > cue.last + 1 && doc.is_punct(k - 1, ",");
        let own_cue = || {
            (k + 1..end.min(k + 6))
                .take_while(|&i| self.is_word(i) && self.word(i) != "that")
                .any(|i| self.cue_starts[i])
        };
        // "spoke on condition of anonymity", "asking not to be identified", "declined to be
        // named"
        let anonymity = || {
            cue.base == "speak"
                && (self.word(k) == "condition"
                    || self.word(k) == "the" && k + 1 < end && self.word(k + 1) == "condition")
                || (k + 1..end.min(k + 4)).any(|i| {
                    self.word(i - 1) == "be" && matches!(self.word(i), "identified" | "named")
                })
        };
        if k >= end
            || !self.is_word(k) && !self.is_quote_mark(k)
            || k > cue.last + 1 && self.participle_clause(k)
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
            None if cue.base == "accuse" && self.word(cue.last) != "of" => (k..end.min(k + 12))
                .take_while(|&i| self.is_word(i) || self.doc.is_punct(i, ","))
                // "accuse Clinton’s campaign of lying": one word says too little alone.
                .find(|&i| self.word(i) == "of" && (i + 2..end.min(i + 4)).any(|j| self.is_word(j)))
                .map(|i| i + 1)
                .or_else(|| self.after_addressee(k, end)),
            None if OBJECT_VERBS.contains(cue.base) => self.after_addressee(k, end),
            None => Some(k),
        }
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
        // (Further past an adverbial: "said on Sunday after a meeting with his counterparts
        // from Ukraine, Russia and France that …".)
        let reach = if self.opens_adverbial(k) {
            THAT_REACH_PAST_ADVERBIAL
        } else {
            THAT_REACH
        };
        let window = (k..end.min(k + reach)).take_while(|&i| {
            self.is_word(i) || doc.is_punct(i, ",") || i > k && self.is_quote_mark(i)
        });
        for i in window {
            if self.word(i) == "that" {
                return ControlFlow::Continue(Some(i));
            }
            // "declare its intention and suggested that …": the "that" of another cue.
            if i > k && self.cue_starts[i] {
                return ControlFlow::Continue(None);
            }
            // Past an auxiliary the complement has begun: "could change that" is inside it; so
            // it has at a subject pronoun ("told investigators she relied on …").
            // ("charged with any wrongdoing, but there's a gap …": nor is a "that" past "but".)
            if AUXILIARIES.contains(self.word(i))
                || i > k && (self.pronoun(i).is_some() || self.word(i) == "but")
            {
                return ControlFlow::Continue(None);
            }
            // "accused Spotify of using the Commission to …": the "to" is inside the charge.
            if self.word(i) == "of" && cue.base == "accuse" {
                return ControlFlow::Continue(None);
            }
            // "urged his supporters to back Clinton": the addressee and what they are to do
            // ("the way his union told him to." says nothing).
            if self.word(i) == "to" && i > k && OBJECT_VERBS.contains(cue.base) {
                return ControlFlow::Break((i + 1 < end && self.is_word(i + 1)).then_some(k));
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
            // "said again that", "said only that", "said, however, that" (not "says there
            // needs to be a law that …")
            || BETWEEN_SOURCE_AND_CUE.contains(w) && w != "there"
            || w == "however"
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
        let content = past > k
            && past < end
            && self.is_word(past)
            && (DETERMINERS.contains(Lowercase::new(self.word(past)).as_str())
                || self.word(past).starts_with(char::is_uppercase)
                // "said Friday he would appeal", "said on Friday peace talks were difficult"
                || self.pronoun(past).is_some()
                || !NOT_IN_SOURCE_PHRASE.contains(self.word(past))
                    && (past + 1..end.min(past + 6)).any(|i| AUXILIARIES.contains(self.word(i)))
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
        match self.named_from(k) {
            Some(m) => Some(self.mentions[m].last + 1),
            None if OBJECT_PRONOUNS.contains(self.word(k))
                || SOURCE_NOUNS.contains(self.word(k))
                || self.word(k) == "reporters" =>
            {
                Some(k + 1)
            }
            None => None,
        }
    }

    /// The content of "told reporters the plan was dead" after its addressee, a name or a
    /// pronoun or noun of people; none in "told The Huffington Post on Thursday".
    pub(in crate::claims) fn after_addressee(&self, k: usize, end: usize) -> Option<usize> {
        let past = match self.addressee(k) {
            // "accuse Clinton’s campaign": the name begins the content.
            Some(past) if self.possessive_after(past - 1) => k,
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
        if self.opens_adverbial(past) || self.time_len(past, end) > 0 {
            // "told reporters this weekend he would …": past a time, the content opens with
            // its subject pronoun.
            return (past + 1..end.min(past + 8))
                .take_while(|&i| self.is_word(i))
                .find(|&i| self.pronoun(i).is_some());
        }
        Some(past)
    }
}

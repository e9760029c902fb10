//! Where a claim's clause ends (a semicolon, another source and cue, a
//! participle clause, an occasion of speech).

use crate::claims::finder::Finder;
use crate::claims::{MAX_CLAUSE, Source};
use crate::data::cues::{
    ADVERBIAL_OPENERS, AUXILIARIES, BE_FORMS, CLAUSE_OPENERS, COMPARISON_LEADS, CueClass,
    DETERMINERS, EVEN_CONJUNCTIONS, OWNER_DETERMINERS, SPEECH_OCCASIONS,
};
use crate::data::words::ARTICLES;
use crate::grammar::{is_ly_adverb, past_form, s_form};
use crate::text::Kind;

impl Finder<'_, '_> {
    /// Whether the "who" or "which" at `k` opens a relative clause set off by commas inside
    /// the content, its main verb after it: "said President Hassan Rouhani, who championed the
    /// deal, was under pressure".
    pub(in crate::claims) fn relative_inside(&self, k: usize, end: usize) -> bool {
        matches!(self.word(k), "who" | "which")
            && self
                .first_mark(k + 1, end.min(k + 25), ",")
                .is_some_and(|c| {
                    c + 1 < end && {
                        let w = self.word(c + 1);
                        AUXILIARIES.contains(w) || past_form(w) && !self.cue_starts[c + 1]
                    }
                })
    }

    /// Whether the "as" at `k` opens a clause of time, a subject and its verb after it ("as
    /// he issued a statement"); not a comparison ("as good as it gets", "such as").
    pub(in crate::claims) fn as_subject_and_verb(&self, k: usize) -> bool {
        let n = self.doc.tokens.len();
        // (Not "it": "as good as it gets".)
        let (subject_end, pronoun) = match self.mention_starting_at(k + 1) {
            Some(m) => (self.mentions[m].last + 1, false),
            None if k + 1 < n && matches!(self.word(k + 1), "he" | "she" | "they") => (k + 2, true),
            None => return false,
        };
        subject_end < n
            && self.is_word(subject_end)
            && (past_form(self.word(subject_end))
                || AUXILIARIES.contains(self.word(subject_end))
                || self.cue_starts[subject_end]
                || s_form(self.word(subject_end)) && pronoun)
            && !COMPARISON_LEADS.contains(self.word(k - 1))
            && !self.word(k - 1).ends_with("er")
    }

    /// The end (exclusive token index) of a clause that starts at `start`: the sentence end,
    /// or a semicolon, leaving out closing punctuation.
    pub(in crate::claims) fn clause_end(&self, start: usize, sentence_end: usize) -> usize {
        let doc = self.doc;
        let sentence_end = sentence_end.min(start + MAX_CLAUSE);
        let mut end = (start..sentence_end)
            .find(|&k| {
                doc.is_punct(k, ";")
                    || (k > start
                        && doc.is_punct(k, ",")
                        && self.opens_another_clause(k + 1)
                        && !self.relative_inside(k + 1, sentence_end))
                    // "… was “very close,” adding: …", "… “do what's best,” the person said":
                    // the comma inside the closing mark.
                    || (k > start + 1
                        && self.is_quote_mark(k - 1)
                        && doc.is_punct(k - 2, ",")
                        && (self.opens_another_clause(k)
                            || self.closing_attribution(k, sentence_end)))
                    || (k > start
                        && self.cue_starts.get(k + 1) == Some(&true)
                        && (matches!(self.word(k), "and" | "but") || doc.is_punct(k, ",")))
                    || (k > start && self.auxiliary_and_cue(k, sentence_end))
                    // "condemned the launch as Pyongyang fired three missiles": a clause of
                    // the writer's, of when.
                    || (k > start + 1 && self.word(k) == "as" && self.as_subject_and_verb(k))
                    || (k > start + 1 && self.speech_occasion(start, k))
                    // "… mishandled the investigation and Democrats accused the GOP …", with
                    // a comma or without
                    || (k > start
                        && matches!(self.word(k), "and" | "but")
                        && self.subject_and_cue(k + 1))
                    || (k > start
                        && doc.is_punct(k, ",")
                        && (self.closing_attribution(k + 1, sentence_end)
                            || self.subject_and_cue(k + 1)))
            })
            .unwrap_or(sentence_end);
        // "called the remarks ‘provocative’": a single closing mark stays when the content opens
        // its quote.
        let closes_single = |k: usize| {
            let count = |mark: &str| (start..k).filter(|&i| doc.is_punct(i, mark)).count();
            doc.is_punct(k, "’") && count("‘") > count("’")
                // "accuses GOP of 'political games'"
                || doc.is_punct(k, "'") && count("'") % 2 == 1
        };
        while end > start + 1
            && doc.tokens[end - 1].kind == Kind::Punct
            && !self.is_quote_mark(end - 1)
            && !closes_single(end - 1)
        {
            end -= 1;
        }
        // A closing mark belongs to the content only if it closes a quote the content opens.
        if end > start + 1 && self.is_quote_mark(end - 1) {
            let marks = (start..end).filter(|&k| self.is_quote_mark(k)).count();
            if marks % 2 == 1 {
                end -= 1;
                while end > start + 1 && doc.tokens[end - 1].kind == Kind::Punct {
                    end -= 1;
                }
            }
        }
        end
    }

    /// Whether a preposition at `k` opens the occasion of the cue, not part of the content
    /// from `start`: "criticized the law in a statement on Thursday", "called Machado a fraud
    /// during a campaign stop", "attacked her on Twitter". Not the occasion of a cue inside the
    /// content ("why it was mentioned by Ivanka Trump in an interview"), nor of an adverb
    /// ("said most recently in an interview, that …"); "the debate" may be the topic.
    pub(in crate::claims) fn speech_occasion(&self, start: usize, k: usize) -> bool {
        let n = self.doc.tokens.len();
        let occasion = |i: usize| SPEECH_OCCASIONS.contains(self.word(i));
        k + 1 < n
            && ADVERBIAL_OPENERS.contains(self.word(k))
            && (DETERMINERS.contains(self.word(k + 1)) && self.word(k + 1) != "the"
                || occasion(k + 1))
            && (k + 1..n.min(k + 5))
                .take_while(|&i| self.is_word(i))
                .any(occasion)
            && !is_ly_adverb(self.word(k - 1))
            && !self.inside_quote(k)
            && !(start..k).any(|i| self.cue_starts[i])
    }

    /// Whether the word at `k`, after a comma, opens a clause that is no longer the claim
    /// ("…, although analysts disagreed").
    pub(in crate::claims) fn opens_another_clause(&self, k: usize) -> bool {
        let n = self.doc.tokens.len();
        // "…, but could not bear to insult him": a verb after "but" goes on with the
        // content's subject.
        let verb_after = || {
            k + 1 < n
                && matches!(self.word(k), "but" | "yet")
                && (AUXILIARIES.contains(self.word(k + 1))
                    || matches!(self.word(k + 1), "could" | "also" | "still" | "not")
                    // "…, but that it would not interfere": a second complement of the same
                    // cue ("but that wasn't the case" is the writer's).
                    || self.word(k + 1) == "that"
                        && k + 2 < n
                        && self.pronoun(k + 2).is_some())
        };
        k < n
            && self.is_word(k)
            && (CLAUSE_OPENERS.contains(self.word(k)) && !verb_after()
                || self.participle_clause(k)
                || self.word(k) == "even"
                    && k + 1 < n
                    && EVEN_CONJUNCTIONS.contains(self.word(k + 1))
                // "…, as a new poll suggested the party …": another source speaks.
                || self.word(k) == "as"
                    && (k + 2..n.min(k + 7))
                        .take_while(|&i| self.is_word(i))
                        .any(|i| self.cue_starts[i])
                // "…, and its leaders have spent the fall …", "…, and the audience laughed":
                // the writer goes on.
                || self.word(k) == "and"
                    && k + 2 < n
                    && OWNER_DETERMINERS.contains(self.word(k + 1))
                    && (k + 2..n.min(k + 5))
                        .take_while(|&i| self.is_word(i))
                        .any(|i| AUXILIARIES.contains(self.word(i)) || past_form(self.word(i))))
    }

    /// Whether the word at `k`, after a comma, opens a participle clause that comments on the
    /// claim rather than goes on with it ("…, contradicting the police's account"): a gerund
    /// outside quotes that no list goes on with ("…, housing and the justice system") and that
    /// is no verb's subject ("…, he said, replacing Clinton would be …").
    pub(in crate::claims) fn participle_clause(&self, k: usize) -> bool {
        // "…, implicitly putting his name on the line"
        let k = k + usize::from(
            is_ly_adverb(self.word(k)) && k + 1 < self.doc.tokens.len() && self.is_word(k + 1),
        );
        let w = self.word(k);
        let near = self.doc.tokens.len().min(k + 4);
        let listed = (k + 1..near).any(|i| matches!(self.word(i), "and" | "or"));
        let subject = (k + 1..near)
            .take_while(|&i| self.is_word(i))
            .any(|i| AUXILIARIES.contains(self.word(i)));
        w.ends_with("ing")
            && w.starts_with(char::is_lowercase)
            && w != "including"
            && !listed
            && !subject
            && !self.inside_quote(k)
    }

    /// Whether "and", "but" or a comma at token `k` is followed by auxiliaries or adverbs and a
    /// cue: "called on Stumpf to resign and has asked …", "a district Clinton is expected to
    /// carry, has refused to say …" (not a passive: "PCP, or angel dust, was found").
    pub(in crate::claims) fn auxiliary_and_cue(&self, k: usize, end: usize) -> bool {
        let comma = self.doc.is_punct(k, ",");
        let passive = comma && k + 1 < end && BE_FORMS.contains(self.word(k + 1));
        if !(comma || matches!(self.word(k), "and" | "but")) || passive {
            return false;
        }
        let mut j = k + 1;
        while j < end && self.is_word(j) && self.between_source_and_cue(j) {
            j += 1;
        }
        j > k + 1 && self.cue_starts.get(j) == Some(&true)
    }

    /// Whether a name or pronoun at `k` is the subject of a cue right after it: after a
    /// comma, a clause of its own ("Writing for a panel that agreed Pence won, Mark Z. Barabak
    /// noted that …"); or, after a comma, a source noun phrase ("…, and U.S. senators
    /// questioned").
    pub(in crate::claims) fn subject_and_cue(&self, k: usize) -> bool {
        let n = self.doc.tokens.len();
        let opens = k;
        // "…, Chief Financial Officer Kevan Parekh told analysts", "…, the Association of
        // Flight Attendants called"
        let mut k = k + usize::from(k < n && self.word(k) == "the");
        while k + 1 < n && self.is_title_word(k) {
            k += 1 + usize::from(self.doc.is_punct(k + 1, "."));
        }
        if k >= n {
            return false;
        }
        let Some(mut j) = self
            .mention_starting_at(k)
            .map(|m| self.mentions[m].last + 1)
            .or_else(|| self.pronoun(k).map(|_| k + 1))
        else {
            // "…, and U.S. senators questioned whether …": a noun phrase that is a source,
            // after a comma ("shootings and protests demands that" is one subject).
            let comma = opens > 1
                && (self.doc.is_punct(opens - 1, ",")
                    || matches!(self.word(opens - 1), "and" | "but")
                        && self.doc.is_punct(opens - 2, ","));
            let cue = (k + 1..n.min(k + 6))
                .take_while(|&i| self.is_word(i))
                .find(|&i| self.cue_starts[i]);
            return comma
                && cue.is_some_and(|c| {
                    matches!(
                        self.source_ending_at(c - 1, opens, CueClass::Speech),
                        Some(Source::Nominal(first, _)) if first == opens
                    )
                });
        };
        // "Sen. Chris Murphy of Connecticut tweeted", "Rep. Jim Jordan (R-Ohio) said"
        if j + 1 < n && self.word(j) == "of" && self.doc.is_capitalized(j + 1) {
            j += 1;
            let place_end = n.min(j + 4);
            while j < place_end && self.doc.is_capitalized(j) {
                j += 1;
            }
        } else if j + 2 < n && self.doc.is_punct(j, "(") && self.doc.is_punct(j + 2, ")") {
            j += 3;
        } else if j + 1 < n && self.doc.is_punct(j, ",") && ARTICLES.contains(self.word(j + 1)) {
            // "…, and Representative Nancy Pelosi, the House Democratic leader, said"
            if let Some(c) = self
                .first_mark(j + 1, n.min(j + 12), ",")
                .filter(|&c| (j + 1..c).all(|i| self.is_word(i)))
            {
                j = c + 1;
            }
        }
        while j < n && self.is_word(j) && self.between_source_and_cue(j) {
            j += 1;
        }
        self.cue_starts.get(j) == Some(&true)
    }

    /// Whether tokens from `k` to the sentence end are an attribution that closes it: a few
    /// words, a cue and at most a few more ("…, sources said.", "…, Mr Obama said on Saturday.").
    pub(in crate::claims) fn closing_attribution(&self, k: usize, sentence_end: usize) -> bool {
        let Some(cue) = (k..sentence_end.min(k + 7)).find(|&i| self.cue_starts[i]) else {
            return false;
        };
        (k..cue).all(|i| self.is_word(i)) && sentence_end - cue <= 5
    }
}

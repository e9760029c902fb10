//! The complement after a cue, to the end of its clause: "said that the two had …", "told
//! reporters the plan was dead", "urged his supporters to back Clinton".

use std::ops::Range;

use super::{Decision, Reported};
use crate::annotations::{ClaimKind, Span};
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::Source;
use crate::data::cues::{
    AGO, AUXILIARIES, BE_FORMS, COMPLEMENT_OPENERS, COORDINATORS, CueClass, DENIAL_VERBS,
    DENIED_CLAUSE_WORDS, DETERMINERS, DURATIONS, NOT_CLAUSE_OPENERS, NOTHING_SAID_TAILS,
    OPENING_CONJUNCTIONS, PREPOSITIONS, RELATIVE_OPENERS, SPEECH_OCCASIONS, STANCE_OBJECTS,
    SUBORDINATORS_AFTER_CONJUNCTION, TIME_WORDS,
};
use crate::data::words::ARTICLES;
use crate::grammar::{gerund_like, is_ly_adverb, opens_subordinate_clause, past_form, s_form};
use crate::rules::Rule;
use crate::text::Lowercase;

/// The most tokens of a passive's subject that is a part of its claim ("many of Mr. Sanders's
/// supporters are expected to …").
const PASSIVE_SUBJECT_WORDS: usize = 8;
/// The most words of a noun phrase that a denial denies as a thing ("the latest allegations").
const BARE_NOUN_PHRASE: usize = 4;
/// How many words past an adverbial after the cue the complement's subject pronoun may come
/// ("said on Tuesday he would …").
const PRONOUN_REACH: usize = 8;
/// How many words an occasion of speech after the cue may run to its noun ("in a lengthy
/// statement").
const OCCASION_WORDS: usize = 5;
/// How many tokens after a comma the verb of the main clause after an opening subordinate
/// clause may come ("When …, 27 percent of those polled said …").
const MAIN_CLAUSE_REACH: usize = 10;

impl Finder<'_, '_> {
    /// The complement of the cue, with its source: the one found before the cue, the one made
    /// to speak, or, for a coordinated cue, the sentence's.
    pub(super) fn complement_claim(&self, at: &Reported) -> Decision {
        let (cue, sentence) = (at.cue, &at.sentence);
        let Some(start) = self
            .complement_start(cue, sentence.end)
            .filter(|_| !at.inverted && !self.writers_clause(cue))
        else {
            return Decision::Next;
        };
        let start = self.content_opens(cue, start, sentence.end);
        let head = self.head_of(cue, sentence.start);
        let end = self.content_ends(start, head, sentence);
        // "The man accused of buying the guns was denied bail": after its noun, the charge ends
        // where the main clause's verb comes; so does the noun phrase of a gerund after the
        // subject ("A super PAC backing Mr. Cruz began March with …"; not "urging him to be
        // …": a clause has verbs of its own).
        let after_noun = self
            .charged_passively(cue, sentence)
            .is_some_and(|before| !BE_FORMS.contains(self.word(before)));
        let modifier = !after_noun
            && self.modifies_subject(at, head)
            && !COMPLEMENT_OPENERS.contains(self.word(start - 1));
        // (After a relative clause, its main clause's cue: "Voters who backed Ruiz say …".)
        let relative = modifier && !cue.gerund;
        let end = if after_noun || modifier {
            (start + 1..end)
                .take_while(|&k| {
                    !modifier
                        || !COMPLEMENT_OPENERS.contains(self.word(k - 1))
                            && self.pronoun(k - 1).is_none()
                })
                .find(|&k| {
                    let w = self.word(k);
                    if relative {
                        self.main_clause_cue(k)
                    } else if modifier {
                        AUXILIARIES.contains(w)
                            || finite_verb(w) && k + 1 < end && self.word(k + 1) != "by"
                    } else {
                        AUXILIARIES.contains(w) || self.cue_starts[k]
                    }
                })
                .unwrap_or(end)
        } else {
            end
        };
        if !self.is_content(cue, start, end) {
            return Decision::Next;
        }
        let end = self.closing_time(start, end).unwrap_or(end);
        let end = self
            .quote_past_sentence(start..end, sentence)
            .unwrap_or(end);
        // ("wrote to the minister seeking a review": to whom, not what; the gerund after it
        // has its own. But "wrote to Sanders’ office that …" reports from "that".)
        let start = if cue.base == "write" && self.word(start) == "to" {
            match (start..end).find(|&k| self.word(k) == "that") {
                Some(that) => that,
                None => return Decision::NoClaim,
            }
        } else {
            start
        };
        if self.bare_denial(cue, start, end) || self.added_thing(cue, start, end) {
            return Decision::NoClaim;
        }
        let Some((source, source_rule)) = self.complement_source(at, head) else {
            return Decision::NoClaim;
        };
        let subject = self.passive_subject(at);
        let mut found = self.cued(
            cue,
            start..end,
            ClaimKind::Indirect,
            if subject.is_some() {
                Rule::PassiveSubject
            } else {
                Rule::Complement
            },
            source,
            source_rule,
        );
        if let Some(subject) = subject {
            let tokens = &self.doc.tokens;
            found.gaps.push(Span::new(
                tokens[subject.end - 1].span.end,
                tokens[start].span.start,
            ));
            found.span.start = tokens[subject.start].span.start;
        }
        Decision::Claim(found)
    }

    /// Where a content ends that opens a quote its sentence does not close: at the closing
    /// mark, in a later sentence of the paragraph ("said that the state must be “careful. We
    /// can now use our strength.”"): the quoted words are all the source's.
    fn quote_past_sentence(&self, content: Range<usize>, sentence: &Range<usize>) -> Option<usize> {
        let quote = self
            .quote_from(content.start)
            .filter(|q| q.open < content.end)?;
        quote
            .close
            .filter(|&close| close >= sentence.end)
            .map(|close| close + 1)
    }

    /// Whether a cue whose verb is its clause's own starts at token `k`: "say" of "Voters who
    /// backed Ruiz say …"; not "they had supported", "to back", "by expressing".
    fn main_clause_cue(&self, k: usize) -> bool {
        let before = self.word(k - 1);
        self.cue_starts[k]
            && !self.word(k).ends_with("ing")
            && !(AUXILIARIES.contains(before)
                || PREPOSITIONS.contains(before)
                || before == "to"
                || self.pronoun(k - 1).is_some())
    }

    /// Whether the cue is a gerund right after the noun phrase that opens its sentence, which
    /// it modifies: "Groups opposing the bill spent …", "A letter urging Congress to act was
    /// sent …", or the verb of a relative clause there ("Voters who backed Ruiz say …", its
    /// cue's words at `head`). Its content ends where the main clause's verb (or cue) comes.
    fn modifies_subject(&self, at: &Reported, head: usize) -> bool {
        let cue = at.cue;
        // ("Republicans who have praised him warned …": a relative clause after it.)
        let relative = !cue.gerund
            && head > at.sentence.start + 1
            && self.word(head - 1) == "who"
            && !self.doc.is_punct(head - 2, ",");
        let after = if relative { head } else { cue.first };
        (cue.gerund || relative)
            && cue.first > at.sentence.start
            && self.is_word(cue.first - 1)
            && at.before.is_some_and(|b| {
                // (Past a determiner and a modifier: "A super PAC backing …".)
                let first = self.first_of_source(b.source, b.at);
                b.at + 1 == after
                    && first <= at.sentence.start + 2
                    && (at.sentence.start..first).all(|k| {
                        DETERMINERS.contains(Lowercase::new(self.word(k)).as_str())
                            || self.word(k).starts_with(char::is_lowercase) && !self.cue_starts[k]
                    })
            })
    }

    /// The subject of a passive cue before "to", the first part of its claim: "The White House
    /// is expected to sign the measure", "which the Senate is expected to vote on": words from
    /// where the subject was found to the form of "be".
    fn passive_subject(&self, at: &Reported) -> Option<Range<usize>> {
        let be = self.passive_to(at.cue, &at.sentence)?;
        let first = at.before.filter(|b| b.rule == Rule::SourceUnnamed)?.at;
        (first < be
            && be - first <= PASSIVE_SUBJECT_WORDS
            && (first..be).all(|k| self.is_word(k) || self.doc.possessive_after(k - 1)))
        .then_some(first..be)
    }

    /// Where the content opens, from the complement's `start`: "said on Tuesday he would …"
    /// past an adverbial, at its subject pronoun; "said on Monday the talks would …", "said
    /// Friday the plan …": past a time.
    fn content_opens(&self, cue: &Cue, start: usize, sentence_end: usize) -> usize {
        let time = self.time_phrase(start, sentence_end);
        // "said when she resigned", "said before he died": a conjunction opens no content
        // ("have not said when they would vote" asks a question).
        let negated = cue.first > 1 && matches!(self.word(cue.first - 1), "not" | "never")
            || cue.first > 2 && self.word(cue.first - 2) == "not";
        let conjunction = cue.base == "say"
            && !negated
            && start + 1 < sentence_end
            && self.pronoun(start + 1).is_some();
        if start == cue.last + 1 && self.opens_adverbial(start) && !conjunction {
            self.after_occasion(start, sentence_end)
                .or_else(|| {
                    (start + 1..sentence_end.min(start + PRONOUN_REACH))
                        .take_while(|&i| self.is_word(i))
                        .find(|&i| self.pronoun(i).is_some())
                })
                .or(time)
                .unwrap_or(start)
        } else {
            time.unwrap_or(start)
        }
    }

    /// Where the content opens past an occasion of speech that opens at `start` ("said in a
    /// statement the tax would …", "said in an interview on Tuesday the plan …"): at the
    /// subject of a clause after it.
    fn after_occasion(&self, start: usize, sentence_end: usize) -> Option<usize> {
        let occasion = (start + 1..sentence_end.min(start + OCCASION_WORDS))
            .take_while(|&i| self.is_word(i))
            .find(|&i| SPEECH_OCCASIONS.contains(self.word(i)))?;
        let next = occasion + 1;
        if next >= sentence_end || !self.is_word(next) {
            return None;
        }
        let w = self.word(next);
        let subject = self.time_len(next, sentence_end) == 0
            && (DETERMINERS.contains(w)
                || self.doc.is_capitalized(next)
                || self.pronoun(next).is_some());
        self.time_phrase(next, sentence_end)
            .or(subject.then_some(next))
    }

    /// Where the content from `start` ends, for a cue whose words begin at `head`: its clause's
    /// end; in a relative clause ("Mr Trump, who praised Mr Putin throughout the campaign, was
    /// poised …") the relative clause's; in a clause that opens with a subordinator ("When
    /// Cuomo pointed out that Obama had released it, Giuliani interrupted him"), where the main
    /// clause's subject comes. (Past auxiliaries: "Boris Johnson, who has said he would never
    /// resign, faced …".)
    pub(super) fn content_ends(&self, start: usize, head: usize, sentence: &Range<usize>) -> usize {
        let doc = self.doc;
        let end = self.clause_end(start, sentence.end);
        let relative = self.relative_at(head, sentence.start);
        // ("Since announcing Weld as his running mate, Johnson has risen …": a cue in the
        // phrase that opens the sentence, before its first comma.)
        let opening_phrase = self.opens_with_phrase(sentence.start, head)
            && (sentence.start..head).all(|k| !doc.is_punct(k, ","));
        // ("But if Carson implied that …, he did not …": after a conjunction.)
        let after_conjunction = OPENING_CONJUNCTIONS.contains(self.word(sentence.start))
            && sentence.start + 1 < head
            && SUBORDINATORS_AFTER_CONJUNCTION.contains(self.word(sentence.start + 1));
        let subordinate = opens_subordinate_clause(self.word(sentence.start))
            || after_conjunction
            || opening_phrase;
        if let Some(verb) = self.main_verb_after_subject_relative(start, head, sentence, end) {
            return verb;
        }
        if !(relative || subordinate) {
            return end;
        }
        // (The cue inside the opening clause, not in the main one after its comma.)
        let inside = subordinate && (sentence.start..head).all(|k| !doc.is_punct(k, ","));
        (start..end)
            .find(|&k| {
                doc.is_punct(k, ",")
                    // "…, who had talked about X — from A, to B", but "…, was poised": the
                    // main clause goes on with its verb.
                    && (relative && {
                        let v = k + 1 + usize::from(self.is_quote_mark(k + 1));
                        v < doc.tokens.len() && {
                            let w = self.word(v);
                            AUXILIARIES.contains(w) || past_form(w) || s_form(w)
                                || self.cue_starts[v]
                        }
                    }
                        // ("Although he admitted they had “been friends,” he claimed …": past
                        // the closing mark.)
                        || {
                            let s = k + 1 + usize::from(self.is_quote_mark(k + 1));
                            s < end
                                && (!matches!(
                                    self.subject_at(s, sentence.end, 1),
                                    Source::Unnamed
                                ) || inside && self.clause_at(s, end))
                        })
            })
            // "who has called Putin “a thug,” said …": the closing mark stays.
            .map_or(end, |k| k + 2 * usize::from(self.is_quote_mark(k + 1)))
    }

    /// Where the main clause's verb comes after a content reported by a relative clause on
    /// the sentence's subject, with no comma: "A driver who said he had not been paid was
    /// suspended", "A dozen Republicans who want to be president squared off". A content that
    /// "that" or a pronoun opens has one verb group of its own first; an infinitive none.
    fn main_verb_after_subject_relative(
        &self,
        start: usize,
        head: usize,
        sentence: &Range<usize>,
        end: usize,
    ) -> Option<usize> {
        if head == 0 || self.word(head - 1) != "who" {
            return None;
        }
        let subject = (sentence.start..head - 1)
            .all(|k| !self.doc.is_punct(k, ",") && !finite_verb(self.word(k)));
        if !subject {
            return None;
        }
        // A clause that "that" or a pronoun opens, or an infinitive.
        let first = self.word(start);
        let infinitive = first == "to";
        if !(infinitive || first == "that" || self.pronoun(start).is_some()) {
            return None;
        }
        let mut groups = usize::from(infinitive);
        // Whether the last word (past "not" and "never") was an auxiliary that the next verb
        // goes on: "had not been paid" is one group.
        let mut after_auxiliary = false;
        (start + 1..end)
            .take_while(|&k| {
                !self.doc.is_punct(k, ",")
                    && !SUBORDINATORS_AFTER_CONJUNCTION.contains(self.word(k))
            })
            .find(|&k| {
                let w = self.word(k);
                if matches!(w, "not" | "never") {
                    return false;
                }
                // (Not a participle: "oil fields seized by the group".)
                let verb = finite_verb(w) && (k + 1 >= end || self.word(k + 1) != "by");
                groups += usize::from(verb && !after_auxiliary);
                after_auxiliary = AUXILIARIES.contains(w) || BE_FORMS.contains(w);
                verb && groups == 2
            })
    }

    /// Whether a clause of its own opens at `k`, before `end`: a subject ("employee benefits
    /// aren't …", "27 percent of those … said") or an adverbial ("at the town hall she said
    /// …") before a verb, with no comma between.
    fn clause_at(&self, k: usize, end: usize) -> bool {
        let k = k + usize::from(k < end && self.word(k) == "then");
        if k >= end {
            return false;
        }
        let verb = |w: &str| finite_verb(w) || w.ends_with("n't") || w.ends_with("n’t");
        // (Not what goes on with the content: "…, and that …", "…, as was the case", "…, one
        // that is …", "…, made it clear".)
        let first = self.word(k);
        self.is_word(k)
            && !(verb(first) || NOT_CLAUSE_OPENERS.contains(first))
            && (k + 1..end.min(k + MAIN_CLAUSE_REACH))
                .take_while(|&i| {
                    !self.doc.is_punct(i, ",") && !RELATIVE_OPENERS.contains(self.word(i))
                })
                .any(|i| verb(self.word(i)) && !matches!(self.word(i - 1), "to" | "that"))
    }

    /// Whether the words from `start` to `end` are a content: two words or more ("yes" or
    /// "no" alone right after the cue too, a name or a pronoun after a stance: "backed
    /// Obama", and a topic after a cue's "about" or "on": "talked about immigration"), not
    /// whom one tells ("…, Carney tells oil executives"), not opening with a verb ("the
    /// airbase that the USA says was used": a complement needs its own subject; "said Friday
    /// as he entered", "who said and did"), nor an adverbial ("Mr. Obama said in his
    /// interview"), a thing known ("Nobody knew the answer to that question"; "the voters who
    /// will decide this election"), a time ("lashed out hours later"), what was said before
    /// ("said so too", "said as much") or nothing said ("said little about it").
    fn is_content(&self, cue: &Cue, start: usize, end: usize) -> bool {
        let words = (start..end).filter(|&k| self.is_word(k)).count();
        let right_after = start == cue.last + 1;
        // (Past a time that opens with its time word: "said Wednesday morning on MSNBC's
        // “Morning Joe.”", not "said on Monday"; past how it was said: "testified voluntarily
        // in 1998", but "complained bitterly about the war" is what about.)
        let opener = start
            + if right_after && TIME_WORDS.contains(self.word(start)) {
                self.time_len(start, end)
            } else {
                usize::from(is_ly_adverb(self.word(start)))
            };
        let verb_first = AUXILIARIES.contains(self.word(start))
            || matches!(self.word(start), "and" | "or")
            || right_after && opener < end && self.opens_adverbial(opener);
        let known_thing = matches!(cue.base, "know" | "decide")
            && self.word(start - 1) != "that"
            && (ARTICLES.contains(self.word(start))
                || cue.base == "decide" && self.word(start) == "this");
        // ("reported last week", "announced a few days later", "had been saying for years",
        // "could be announced next week": a time alone.)
        let time_only = words <= 3
            && (AGO.contains(self.word(end - 1))
                || self.is_time(start, end)
                || self.word(start) == "next" && self.is_time(start + 1, end)
                || self.word(start) == "for" && DURATIONS.contains(self.word(end - 1)));
        // "has said little publicly about the dispute", "said almost nothing": no words said
        // (but "said nothing happened" is a clause, "found little evidence that …" a finding).
        let amount = start + usize::from(matches!(self.word(start), "almost" | "very"));
        let said_nothing = amount < end
            && matches!(self.word(amount), "little" | "nothing")
            && (amount + 1 == end || !self.is_word(amount + 1) || {
                let w = self.word(amount + 1);
                NOTHING_SAID_TAILS.contains(w) || is_ly_adverb(w)
            });
        // "said so too", "said as much": what was said stands before.
        let said_before = words <= 3
            && (self.word(start) == "so"
                || self.word(start) == "as" && start + 1 < end && self.word(start + 1) == "much");
        // "encouraging violence at his rallies": encouraging a thing, not someone to act, says
        // nothing.
        let encouraged_thing =
            cue.base == "encourage" && !(start..end).any(|k| matches!(self.word(k), "to" | "that"));
        // "46 percent said yes": an answer is a content of one word.
        let answer = words == 1 && right_after && matches!(self.word(start), "yes" | "no");
        // "Voters backed Obama.", "The union backed him.": a stance on a name or a pronoun
        // alone.
        let object_alone = words == 1
            && right_after
            && cue.class == CueClass::Belief
            && (self.mention_starting_at(start).is_some()
                || STANCE_OBJECTS.contains(self.word(start)));
        // "spoke about immigration", "commented on taxes": a topic of one word.
        let topic = words == 1 && right_after && matches!(self.word(cue.last), "about" | "on");
        // "…, Carney tells oil executives": whom one tells, a noun phrase alone with no
        // determiner, is no content ("told a joke" is).
        let told_whom = cue.base == "tell"
            && words <= 4
            && !DETERMINERS.contains(self.word(start))
            && (start..end).all(|k| self.object_word(k) && !matches!(self.word(k), "to" | "not"));
        (words >= 2 || answer || object_alone || topic)
            && !told_whom
            && !verb_first
            && !known_thing
            && !time_only
            && !said_before
            && !said_nothing
            && !encouraged_thing
    }

    /// Whether the content from `start` to `end` is what a denial denies as a bare noun phrase,
    /// which reports nothing said: "rejected the criticism", "denied any wrongdoing",
    /// "dismissed the report as a hoax" is more ("rejected claims that he lied" too).
    fn bare_denial(&self, cue: &Cue, start: usize, end: usize) -> bool {
        let words: Vec<usize> = (start..end).filter(|&k| self.is_word(k)).collect();
        // ("denied doing so": a gerund is an act denied, a claim.)
        let gerund = words.first().is_some_and(|&k| gerund_like(self.word(k)));
        DENIAL_VERBS.contains(cue.base)
            && !gerund
            && words.len() <= BARE_NOUN_PHRASE
            && (start..end).all(|k| {
                self.is_word(k) || self.doc.is_punct(k, "'s") || self.doc.is_punct(k, "’s")
            })
            && words.iter().all(|&k| {
                let w = self.word(k);
                // ("dismissed that concern": a determiner, before its noun alone.)
                let determiner = w == "that" && words.len() == 2;
                !(AUXILIARIES.contains(w)
                    || past_form(w) && k > start
                    || DENIED_CLAUSE_WORDS.contains(w) && !determiner)
            })
    }

    /// Whether the content from `start` to `end` is a thing added, a noun phrase with no verb:
    /// "added a goal and two assists", "adds another number to the mix", "adding his own
    /// comment" ("added the plan would fail" is a clause, and "added the words “…”" quotes:
    /// claims).
    fn added_thing(&self, cue: &Cue, start: usize, end: usize) -> bool {
        let first = self.word(start);
        cue.base == "add"
            && (DETERMINERS.contains(first) && first != "that"
                || first == "another"
                || first.starts_with(|c: char| c.is_ascii_digit()))
            && (start..end).all(|k| self.object_word(k))
    }

    /// The source of a complement, and the rule that found it; `None` where the cue has
    /// someone only asked to speak ("urged Clinton to explain …") or no source at all.
    fn complement_source(&self, at: &Reported, head: usize) -> Option<(Source, Rule)> {
        let (cue, sentence) = (at.cue, &at.sentence);
        // "…, adding", "and said", "took to Twitter to accuse": the cue shares the sentence's
        // source ("…, but also contended": `head` is past the adverbs; "… and on Monday
        // announced": past a time).
        let head = self.past_joined_time(head, sentence.start);
        let coordinated = cue.gerund
            || (head > sentence.start
                && (self.doc.is_punct(head - 1, ",")
                    || COORDINATORS.contains(self.word(head - 1))));
        let made = (head > sentence.start)
            .then(|| self.made_to(head - 1, sentence.start))
            .flatten();
        match (made, at.before) {
            (Some(Some(object)), _) => Some((object, Rule::SourceMadeTo)),
            (Some(None), _) => None,
            (None, Some(before)) => Some((before.source, before.rule)),
            (None, None) if coordinated && cue.class == CueClass::Speech => {
                Some(match at.inherited {
                    Some(source) => (source, Rule::SourceGoesOn),
                    None => (
                        self.sentence_subject(cue, sentence.start),
                        Rule::SourceSentence,
                    ),
                })
            }
            // "Merkel said the plan was sound and criticized the delays": a stance joined to a
            // claim of the sentence is its source's.
            (None, None)
                if head > sentence.start
                    && matches!(self.word(head - 1), "and" | "but")
                    && at.inherited.is_some() =>
            {
                at.inherited.map(|source| (source, Rule::SourceGoesOn))
            }
            // "Ruiz met voters and described the plan as dead", "…, seeking to prove …": a
            // stance joined to the sentence's verb is its subject's (not "Police say he posed a
            // threat and refused to …": after a claim, it is the reported clause's).
            (None, None)
                if head > sentence.start
                    && (matches!(self.word(head - 1), "and" | "but") && !cue.gerund
                        || cue.gerund && self.doc.is_punct(head - 1, ","))
                    && !at.follows_claim =>
            {
                match self.sentence_subject(cue, sentence.start) {
                    source @ (Source::Named(_) | Source::Pronoun(..)) => {
                        Some((source, Rule::SourceSentence))
                    }
                    _ => None,
                }
            }
            // "Developers and supporters in Congress say …": a speech verb after a word
            // reports, though its source is not one we can name.
            (None, None)
                if cue.class == CueClass::Speech
                    && !cue.noun_like
                    && cue.first > sentence.start
                    && self.is_word(cue.first - 1) =>
            {
                Some((Source::Unnamed, Rule::SourceUnnamed))
            }
            (None, None) => None,
        }
    }
}

/// Whether `w` may be the finite verb of a clause: an auxiliary, or a past form in lowercase
/// that no hyphen joins to another word ("began", not "stronger-than-expected").
fn finite_verb(w: &str) -> bool {
    AUXILIARIES.contains(w) || past_form(w) && !w.contains('-') && w.starts_with(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, reported, unnamed};

    #[test]
    fn how_and_where_it_was_said_is_no_content() {
        // Regression: "pleasantly into the phone" was a claim, and the quote before had no
        // speaker.
        let text = "“How are you today?” Miller said pleasantly into the phone. Ruiz testified \
                    voluntarily in 1998.";
        assert_eq!(
            claims(text),
            [(
                "How are you today?",
                crate::ClaimKind::Direct,
                Some("said"),
                Some("Miller".into())
            )]
        );
    }

    #[test]
    fn a_quote_the_content_opens_runs_to_its_closing_mark() {
        // Regression: the claim ended at the quote's first full stop, and the rest of the
        // quote was no one's.
        let text = "Ana Ruiz said that the plan was “a mess. We warned them twice.” The council \
                    met later. Tom Reyes said the vote was “close” and would stand.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the plan was “a mess. We warned them twice.”",
                    "said",
                    "Ana Ruiz"
                ),
                reported("the vote was “close” and would stand", "said", "Tom Reyes"),
            ]
        );
    }

    #[test]
    fn that_comes_past_a_score() {
        let text = "Voters say by 55%-41% that the plan is bad.";
        assert_eq!(
            claims(text),
            [reported("that the plan is bad", "say", "Voters")]
        );
    }

    #[test]
    fn whom_one_wrote_to_is_no_content_and_a_gerund_after_is_the_writer_s() {
        // Regression: "to the Union Housing and Urban Affairs Minister seeking a review" was
        // what Mohan wrote, and the gerund the minister's.
        let text = "P.C. Mohan wrote to the Union Housing and Urban Affairs Minister seeking a \
                    review of the hike. The Legion wrote to Ruiz’s office that it had no \
                    permission.";
        assert_eq!(
            claims(text),
            [
                reported("a review of the hike", "seeking", "P.C. Mohan"),
                reported("that it had no permission", "wrote", "Legion"),
            ]
        );
    }

    #[test]
    fn that_comes_past_an_aside_set_off_by_dashes() {
        // Regression: "said — on Twitter, as it happens — that …" had no claim.
        let text = "Ana Ruiz said — on Twitter, as it happens — that the fund raised $4 million.";
        assert_eq!(
            claims(text),
            [reported(
                "that the fund raised $4 million", "said", "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_thing_added_is_no_claim_but_a_clause_or_quote_added_is() {
        // Regression: "a goal and two assists for Edmonton" was McDavid's claim.
        let text = "Connor Dube added a goal and two assists for Edmonton. The win adds another \
                    twist to the race. Ruiz added the plan would fail. She added the words \
                    “never again.”";
        assert_eq!(
            claims(text),
            [
                reported("the plan would fail", "added", "Ruiz"),
                reported("the words “never again.”", "added", "Ruiz"),
            ]
        );
    }

    #[test]
    fn a_passive_s_subject_and_what_follows_to_are_the_claim_s_two_parts() {
        // (Also a participle after "with": "temperatures" expected nothing.)
        let text = "The White House is expected to sign the measure. Sanders is widely expected \
                    to win. The heat will stay, with temperatures expected to reach 38 C. She \
                    met with Ruiz who declined to run.";
        let marks = crate::annotate(text);
        let parts: Vec<_> = marks
            .claims
            .iter()
            .map(|c| (&text[c.start..c.end], c.speaker))
            .collect();
        assert_eq!(
            parts,
            [
                ("White House", None),
                ("to sign the measure", None),
                ("Sanders", None),
                ("to win", None),
                ("temperatures", None),
                ("to reach 38 C", None),
                ("to run", Some(0))
            ]
        );
    }

    #[test]
    fn a_headline_s_passive_with_be_left_out_has_no_source() {
        // Regression: "to boil water" was what Regina residents told.
        let text = "Regina residents told to boil water after main break\n\nThe mayor told \
                    reporters to wait. Ana Ruiz told to the crowd that it was over. Residents \
                    warned to leave.";
        let marks = crate::annotate(text);
        let parts: Vec<_> = marks
            .claims
            .iter()
            .map(|c| {
                (
                    &text[c.start..c.end],
                    c.speaker.map(|s| &*marks.speakers[s].name),
                )
            })
            .collect();
        assert_eq!(
            parts,
            [
                ("Regina residents", None),
                ("to boil water after main break", None),
                ("reporters to wait", Some("The mayor")),
                ("that it was over", Some("Ana Ruiz")),
                ("Residents", None),
                ("to leave", None),
            ]
        );
    }

    #[test]
    fn a_gerund_after_the_subject_claims_its_object_not_the_main_clause() {
        // Regression: "the levy spent $2 million on radio ads" was the groups' claim.
        let text = "Farm groups opposing the levy spent $2 million on radio ads. A new PAC \
                    backing Ana Ruiz has raised $1 million.";
        assert_eq!(
            claims(text),
            [
                reported("the levy", "opposing", "Farm groups"),
                reported("Ana Ruiz", "backing", "PAC"),
            ]
        );
    }

    #[test]
    fn a_relative_clause_after_the_subject_claims_its_object_not_the_main_clause() {
        // Regression: "Ruiz say they …" was the voters' claim with "backed", and "say" was
        // Ruiz's; "Podesta, who said …" keeps its clause.
        let text = "Farmers who backed Ana Ruiz say they were misled. Growers who have praised \
                    the plan warned on Tuesday that prices may fall. Ruiz, who says the levy \
                    is attacking farms, said she would go.";
        assert_eq!(
            claims(text),
            [
                reported("Ana Ruiz", "backed", "Farmers"),
                reported("they were misled", "say", "Farmers"),
                reported("the plan", "praised", "Growers"),
                reported("that prices may fall", "warned", "Growers"),
                reported("the levy is attacking farms", "says", "Ana Ruiz"),
                reported("she would go", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_content_in_a_relative_clause_on_the_subject_ends_at_the_main_verb() {
        // Regression: the main clause ("was suspended", "could pay …") ran into the content.
        let text = "A driver at Metro Transit who said he had not been paid was suspended. \
                    Members who agree that the fee should be cut were angry. A supporter who \
                    wants to give more could pay $5,000.";
        assert_eq!(
            claims(text),
            [
                reported("he had not been paid", "said", "A driver at Metro Transit"),
                reported("that the fee should be cut", "agree", "Members"),
                reported("to give more", "wants", "A supporter"),
            ]
        );
    }

    #[test]
    fn a_content_in_an_opening_subordinate_clause_ends_where_the_main_clause_comes() {
        // Regression: the main clause after the comma was a part of the content.
        let text = "While only 7 percent of farmers said they were undecided, 27 percent of the \
                    rest were wavering. When growers write a supply contract, bonuses aren't \
                    normally a part of it.";
        assert_eq!(
            claims(text),
            [
                unnamed("they were undecided", "said"),
                reported("a supply contract", "write", "growers"),
            ]
        );
    }

    #[test]
    fn a_participle_aside_between_the_content_s_subject_and_verb_stays_inside() {
        // Regression: the content stopped at "Growers", one word, and was lost.
        let text = "The ministry says growers, numbering 40,000 in all, earned less this year.";
        assert_eq!(
            claims(text),
            [reported(
                "growers, numbering 40,000 in all, earned less this year",
                "says",
                "The ministry"
            )]
        );
    }

    #[test]
    fn an_aside_after_how_stays_inside_the_clause_it_opens() {
        let text = "In her memoir, Ana Ruiz described how, growing up, she turned to farming.";
        assert_eq!(
            claims(text),
            [reported(
                "how, growing up, she turned to farming", "described", "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn saying_so_too_says_nothing_new() {
        // Regression: "so too" was a claim.
        let text = "The union met on Monday. The mayor said so too, and Ruiz said as much. \
                    Ruiz said so many rules had failed that nobody trusted them.";
        assert_eq!(
            claims(text),
            [reported(
                "so many rules had failed that nobody trusted them",
                "said",
                "Ruiz"
            )]
        );
    }

    #[test]
    fn a_clause_after_an_occasion_of_speech_is_the_content() {
        // Regression: "said in a statement the tax …" reported nothing.
        let text = "The Minerals Council said in a statement the tax would cost jobs. Ana Ruiz \
                    said in an interview on Tuesday the plan would fail.";
        assert_eq!(
            claims(text),
            [
                reported("the tax would cost jobs", "said", "Minerals Council"),
                reported("the plan would fail", "said", "Ana Ruiz")
            ]
        );
        // A time after the occasion is no content.
        let text = "The plan was dead, Ana Ruiz said in interviews this week.";
        assert_eq!(
            claims(text),
            [reported("The plan was dead", "said", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_time_alone_after_the_cue_is_no_content() {
        // Regression: "last week" was what the university reported, and "for years" what
        // dentists had been saying.
        let text = "Consumer sentiment rose to its highest level since 2004, the university \
                    reported last week. Ana Ruiz confirmed what dentists had been saying for \
                    years.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Consumer sentiment rose to its highest level since 2004",
                    "reported",
                    "the university"
                ),
                reported(
                    "what dentists had been saying for years",
                    "confirmed",
                    "Ana Ruiz"
                ),
            ]
        );
    }

    #[test]
    fn encouraging_a_thing_says_nothing_but_encouraging_someone_to_act_does() {
        // Regression: "violence at her rallies" was what the mayor encouraged, a claim.
        let text = "Mayor Ana Ruiz has been encouraging violence at her rallies. Ruiz encouraged \
                    voters to back the plan.";
        assert_eq!(
            claims(text),
            [reported(
                "voters to back the plan", "encouraged", "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn yes_or_no_is_an_answer() {
        // Regression: a content of one word was none.
        let text = "Asked if the plan was legal, 46 percent of voters said yes. Ana Ruiz said no. \
                    Ruiz said no one would come.";
        assert_eq!(
            claims(text),
            [
                unnamed("if the plan was legal", "Asked"),
                reported("yes", "said", "46 percent of voters"),
                reported("no", "said", "Ana Ruiz"),
                reported("no one would come", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_subordinate_clause_ends_at_a_comma_inside_its_closing_mark() {
        // Regression: the content ran on past "time,”" into the main clause, and its claim was
        // lost.
        let text = "Although Tom Weiss admitted that they had “been friends for some time,” he \
                    claimed they had never met.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that they had “been friends for some time,”",
                    "admitted",
                    "Tom Weiss"
                ),
                reported("they had never met", "claimed", "Tom Weiss"),
            ]
        );
    }

    #[test]
    fn saying_little_or_nothing_is_no_claim() {
        // Regression: "little publicly about the dispute" was a claim of what she said.
        let text = "Ana Ruiz has said little publicly about the dispute. Ruiz said almost \
                    nothing about the budget. Ruiz said nothing happened. The audit found \
                    little evidence of fraud.";
        assert_eq!(
            claims(text),
            [
                reported("nothing happened", "said", "Ana Ruiz"),
                reported("little evidence of fraud", "found", "The audit"),
            ]
        );
    }

    #[test]
    fn a_stance_on_a_name_alone_is_a_claim() {
        // Regression: a content of one word was no claim, so "backed Obama." was lost.
        let text = "Voters in the suburbs backed Obama. Ana Ruiz, who endorsed Obama, spoke \
                    first. The union backed him.";
        assert_eq!(
            claims(text),
            [
                reported("Obama", "backed", "Voters in the suburbs"),
                reported("Obama", "endorsed", "Ana Ruiz"),
                reported("him", "backed", "The union"),
            ]
        );
    }

    #[test]
    fn a_text_that_ends_on_then_after_a_comma_opens_no_clause() {
        // Regression: the test for a clause past "then" read past the text's end.
        assert_eq!(
            claims("And if you would never vote for this woman, then"),
            []
        );
        // (So did the test for a relative clause's main verb, on "could".)
        assert_eq!(
            claims("And a rich supporter who wants to give more could"),
            [reported("to give more", "wants", "a rich supporter")]
        );
    }

    #[test]
    fn whom_one_tells_is_no_content_but_what_one_tells_is() {
        // Regression: the headline's claim was "oil executives", told by Carney.
        let text = "Ottawa to fast-track pipeline, Carney tells oil executives\n\nAna Ruiz told \
                    a joke. Officials told residents not to drink the water.";
        assert_eq!(
            claims(text),
            [
                reported("Ottawa to fast-track pipeline", "tells", "Carney"),
                reported("a joke", "told", "Ana Ruiz"),
                reported("residents not to drink the water", "told", "Officials"),
            ]
        );
    }

    #[test]
    fn a_topic_of_one_word_after_about_or_on_is_a_claim() {
        // Regression: "spoke about immigration." had no claim, "spoke about the wall" had.
        let text = "Ana Ruiz spoke about immigration. The mayor commented on taxes. \
                    Chow spoke about it at length.";
        assert_eq!(
            claims(text),
            [
                reported("immigration", "spoke about", "Ana Ruiz"),
                reported("taxes", "commented on", "The mayor"),
                reported("it at length", "spoke about", "Chow"),
            ]
        );
    }

    #[test]
    fn a_denial_of_a_bare_noun_phrase_is_no_claim_but_a_denial_of_a_claim_is() {
        let text = "The Kremlin rejected the criticism. The ministry denied any wrongdoing. The \
                    Kremlin rejected claims that its troops had crossed the border. Chow \
                    dismissed that concern. Chow denied that it mattered.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that its troops had crossed the border", "rejected", "Kremlin"
                ),
                reported("that it mattered", "denied", "Chow"),
            ]
        );
    }
}

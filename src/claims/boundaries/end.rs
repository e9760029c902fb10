//! Where a claim's clause ends (a semicolon, another source and cue, a
//! participle clause, an occasion of speech).

use crate::claims::finder::Finder;
use crate::claims::finder::MAX_CLAUSE;
use crate::claims::found::Source;
use crate::data::cues::{
    ADVERBIAL_OPENERS, AUXILIARIES, BE_FORMS, CLAUSE_BREAKS, CLAUSE_OPENERS,
    CLAUSE_SUBJECT_PRONOUNS, COMPARISON_LEADS, COMPLEMENT_OPENERS, CueClass, DETERMINERS,
    EVEN_CONJUNCTIONS, MONTHS, NOT_SOURCE_HEADS, OBJECT_CLOSING_CONJUNCTIONS, OBJECT_PRONOUNS,
    OUTLET_WORDS, OWNER_DETERMINERS, PLACE_PREPOSITIONS, PREDICATE_CONTINUERS, PREPOSITIONS,
    PREVERBAL_ADVERBS, SPEECH_OCCASIONS, TIME_BEFORE_CLAUSE, TIME_LEADS,
};
use crate::data::words::ARTICLES;
use crate::grammar::{
    BASE, PAST, contracts_would, cue_verb, gerund_like, is_ly_adverb, past_form, s_form,
};
use crate::text::Kind;

/// How many tokens a relative clause inside a content may run to its closing comma.
const RELATIVE_CLAUSE: usize = 25;
/// How many tokens after a preposition the noun of an occasion of speech may come ("in a statement
/// on Thursday").
const OCCASION_WORDS: usize = 5;
/// How many tokens after "as" another source's cue may come ("…, as a new poll suggested …").
const AS_CUE_REACH: usize = 7;
/// How many tokens after "and" and an owner the writer's own verb may come ("…, and its leaders
/// have spent …").
const WRITERS_VERB_REACH: usize = 5;
/// How many tokens after a gerund a list or a verb tells that it opens no participle clause.
const PARTICIPLE_REACH: usize = 4;
/// How many tokens a noun phrase that is a subject may run before its cue.
const SUBJECT_WORDS: usize = 6;
/// How many words the place after a name may have ("Sen. Chris Murphy of Connecticut").
const PLACE_WORDS: usize = 4;
/// How many tokens an apposition after a name may run ("Nancy Pelosi, the House Democratic leader,
/// said").
const APPOSITION_WORDS: usize = 12;
/// How many tokens the source of a closing attribution may run before its cue ("…, sources said.").
const CLOSING_SOURCE_WORDS: usize = 7;
/// How many tokens may follow the cue of a closing attribution ("…, Mr Obama said on Saturday.").
const CLOSING_TAIL: usize = 5;
/// How many words a time that closes an object may have ("early Wednesday morning").
const CLOSING_TIME_WORDS: usize = 4;

impl Finder<'_, '_> {
    /// Whether the "who", "which" or participle at `k` opens an aside set off by commas inside
    /// the content, its main verb after it: "said President Hassan Rouhani, who championed the
    /// deal, was under pressure", "says Millennials, numbering 75 million, surpassed …".
    pub(in crate::claims) fn aside_inside(&self, k: usize, end: usize) -> bool {
        (matches!(self.word(k), "who" | "which") || self.participle_clause(k))
            && self
                .first_mark(k + 1, end.min(k + RELATIVE_CLAUSE), ",")
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
            None if k + 1 < n && CLAUSE_SUBJECT_PRONOUNS.contains(self.word(k + 1)) => {
                (k + 2, true)
            }
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
        // Whether the tokens from `start` to the one the scan is at are only the cue's object,
        // a noun phrase (for the two rules that end such a content).
        let mut object = start < sentence_end && !COMPLEMENT_OPENERS.contains(self.word(start));
        let mut end = (start..sentence_end)
            .find(|&k| {
                object = object && (k == start || self.object_word(k - 1));
                // ("that, having overcome so many obstacles, she now faces …", "described
                // how, growing up, …": a comma after "that" opens an aside inside the clause it
                // opens.)
                if k > start
                    && doc.is_punct(k, ",")
                    && matches!(self.word(k - 1), "that" | "how" | "why" | "whether")
                {
                    return false;
                }
                // ("said the drains had been cleared, “but within weeks …”": the words of a
                // quote that opens after a comma go on with the content.)
                // (An opening mark is glued to the word after it.)
                if k > start + 1
                    && doc.is_punct(k - 2, ",")
                    && self.is_quote_mark(k - 1)
                    && doc.tokens[k].span.start == doc.tokens[k - 1].span.end
                {
                    return false;
                }
                doc.is_punct(k, ";")
                    || (k > start
                        && doc.is_punct(k, ",")
                        && self.opens_another_clause(k + 1)
                        && !self.aside_inside(k + 1, sentence_end))
                    // "… was “very close,” adding: …", "… “do what's best,” the person said":
                    // the comma inside the closing mark.
                    || (k > start + 1
                        && self.is_quote_mark(k - 1)
                        && doc.is_punct(k - 2, ",")
                        && (self.opens_another_clause(k)
                            || self.closing_attribution(k, sentence_end)))
                    || (k > start
                        && self.cue_starts.get(k + 1) == Some(&true)
                        && (matches!(self.word(k), "and" | "but") || doc.is_punct(k, ","))
                        // (Not a stance of the content's own subject: "said the province
                        // welcomed the decision but wanted it to go further".)
                        && (object || !self.but_and_stance(k))
                        && !self.parallel_infinitive(start, k))
                    // (But a clause's own verb goes on in the tense of reported speech: "said
                    // the government was reviewing the decision and had not ruled out an
                    // appeal".)
                    || (k > start
                        && self.auxiliary_and_cue(k, sentence_end)
                        && (object || !matches!(self.word(k + 1), "had" | "would" | "could")))
                    || (k > start + 1 && self.trailing_dash(start, k, sentence_end))
                    // "condemned the launch as Pyongyang fired three missiles": a clause of
                    // the writer's, of when.
                    || (k > start + 1 && self.word(k) == "as" && self.as_subject_and_verb(k))
                    || (k > start + 1 && self.speech_occasion(start, k))
                    || (k > start + 2 && self.closing_apposition(k, sentence_end))
                    || (k > start && object && self.time_after_object(start, k, sentence_end))
                    || (k > start && object && self.clause_after_object(start, k, sentence_end))
                    // "… mishandled the investigation and Democrats accused the GOP …", with
                    // a comma or without
                    || (k > start
                        && matches!(self.word(k), "and" | "but")
                        // (Not two subjects: "that he and Cruz shared …".)
                        && self.mention_ending_at(k - 1).is_none()
                        && self.pronoun(k - 1).is_none()
                        && (self.subject_and_cue(k + 1) || self.joins_own_clause(k)))
                    || (k > start && self.joins_subjects_verb(start, k, sentence_end))
                    // "told reporters the city would expand the program but stopped short of
                    // …": a past verb after a content in the future is the source's.
                    || (k > start
                        && k + 1 < sentence_end
                        && self.word(k) == "but"
                        && past_form(self.word(k + 1))
                        && !AUXILIARIES.contains(self.word(k + 1))
                        && (start..k).any(|i| matches!(self.word(i), "would" | "will")))
                    || (k > start
                        && doc.is_punct(k, ",")
                        && (self.closing_attribution(k + 1, sentence_end)
                            || self.subject_and_cue(k + 1)
                                && !self.aside_inside(k + 1, sentence_end)))
            })
            .unwrap_or(sentence_end);
        // "called the remarks ‘provocative’": a single closing mark stays when the content opens
        // its quote.
        let closes_single = |k: usize| {
            let count = |mark: &str| (start..k).filter(|&i| doc.is_punct(i, mark)).count();
            doc.is_punct(k, "’") && count("‘") > count("’")
                // "accuses GOP of 'political games'"
                || doc.is_punct(k, "'") && count("'") % 2 == 1
                // "defended the government of national unity (GNU)"
                || doc.is_punct(k, ")") && count("(") > count(")")
        };
        while end > start + 1
            && self.loose_mark(end - 1)
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

    /// Whether the "and" at `k` joins a verb in its base form to the infinitive or modal verb
    /// of the content from `start`: "says he'd sit Putin down and tell him …", "urged them to
    /// vote and tell others"; not "said the plan failed and added that …".
    fn parallel_infinitive(&self, start: usize, k: usize) -> bool {
        self.word(k) == "and"
            && cue_verb(self.word(k + 1)).is_some_and(|v| v.is(BASE) && !v.is(PAST))
            && (start..k).any(|i| {
                let w = self.word(i);
                w == "to" || AUXILIARIES.contains(w) || contracts_would(w)
            })
    }

    /// Whether "but" at `k`, with no comma before it, joins a verb of belief or stance: "… but
    /// wanted it to go further".
    fn but_and_stance(&self, k: usize) -> bool {
        self.word(k) == "but"
            && !self.doc.is_punct(k - 1, ",")
            && cue_verb(self.word(k + 1)).is_some_and(|v| v.class != CueClass::Speech)
    }

    /// Whether the dash at `k` opens the writer's addition after a content from `start`: one
    /// that closes no aside the content opened and opens none that closes before the sentence
    /// ends ("said he would run - a claim his aides denied"; not "said the economies - which
    /// include Japan - will grow").
    fn trailing_dash(&self, start: usize, k: usize, sentence_end: usize) -> bool {
        self.is_dash(k)
            && (start..k).filter(|&i| self.is_dash(i)).count() % 2 == 0
            && !(k + 2..sentence_end).any(|i| self.is_dash(i))
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
            && (k + 1..n.min(k + OCCASION_WORDS))
                .take_while(|&i| self.is_word(i))
                .any(occasion)
            && !is_ly_adverb(self.word(k - 1))
            && !self.inside_quote(k)
            && !(start..k).any(|i| self.cue_starts[i])
    }

    /// Whether token `i` may be a word of the cue's object, a noun phrase: a word, and no verb,
    /// pronoun or adverb of frequency.
    pub(in crate::claims) fn object_word(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_word(i)
            && !(AUXILIARIES.contains(w)
                || PREVERBAL_ADVERBS.contains(w)
                || past_form(w)
                || s_form(w) && self.pronoun(i.saturating_sub(1)).is_some()
                || self.cue_starts[i]
                || self.pronoun(i).is_some())
    }

    /// Whether a time or a named outlet opens at `k` after a content from `start` that is only
    /// a noun phrase, the object of its cue (`clause_end` knows): "announced her run on
    /// Monday", "stressed those worries on Sunday", "conceded defeat on Saturday after …",
    /// "discussed the dispute on ABC News". (Not after a clause: "said the vote would come in
    /// April"; nor after a word that heads no noun phrase: "As the paper reported, even on
    /// Friday …".)
    fn time_after_object(&self, start: usize, k: usize, sentence_end: usize) -> bool {
        PLACE_PREPOSITIONS.contains(self.word(k))
            && (self.time_len(k, sentence_end) > 0
                // (Not after a time alone: "said Wednesday morning on MSNBC".)
                || self.word(k) == "on"
                    && self.outlet_at(k + 1)
                    && self.time_len(start, k) == 0)
            && !NOT_SOURCE_HEADS.contains(self.word(k - 1))
            // (Nor before the clause the object leads to: "told reporters on Friday that …".)
            && !(k..sentence_end).any(|i| self.word(i) == "that")
    }

    /// Whether a conjunction at `k` opens the writer's clause of time or cause after a content
    /// from `start` that is only the cue's object (`clause_end` knows): "defended the plan after
    /// new figures showed …", "backed Clinton because he worries …"; not a time in the
    /// content's subject: "said the progress since then had been …".
    fn clause_after_object(&self, start: usize, k: usize, sentence_end: usize) -> bool {
        OBJECT_CLOSING_CONJUNCTIONS.contains(self.word(k))
            && k + 2 < sentence_end
            && self.word(k + 1) != "then"
            && !NOT_SOURCE_HEADS.contains(self.word(k - 1))
            && !(start..k).any(|i| self.word(i) == "to")
            && (k + 2..sentence_end.min(k + 5)).any(|i| self.verb_at(i))
    }

    /// Where a time opens that closes a content from `start` to `end` that is only a noun
    /// phrase, the object of its cue: "endorsed Cruz last week", "defended his father
    /// Tuesday", "endorsed Sanders in late May". The time is the writer's. It is a whole time,
    /// from the word that opens it: not "Super Tuesday", "per year". (A time after a
    /// preposition is `time_after_object`'s.)
    pub(in crate::claims) fn closing_time(&self, start: usize, end: usize) -> Option<usize> {
        let month = |k: usize| {
            self.word(k) == "in" && k + 1 < end && {
                let m = k + 1 + usize::from(matches!(self.word(k + 1), "early" | "late"));
                m + 1 == end && MONTHS.contains(self.word(m))
            }
        };
        (end.saturating_sub(CLOSING_TIME_WORDS).max(start + 1)..end)
            .find(|&k| TIME_LEADS.contains(self.word(k)) && self.is_time(k, end) || month(k))
            .filter(|&k| {
                let before = self.word(k - 1);
                !(PREPOSITIONS.contains(before)
                    || DETERMINERS.contains(before)
                    || TIME_BEFORE_CLAUSE.contains(before)
                    || self.doc.is_capitalized(k) && self.doc.is_capitalized(k - 1))
                    && (start..k).all(|i| self.is_word(i) && !self.verb_at(i))
            })
    }

    /// Whether a broadcaster or a social network is named at `k` ("ABC News", "the Fox News
    /// Channel’s The Kelly File", "Twitter"), where words are said.
    fn outlet_at(&self, k: usize) -> bool {
        self.named_from(k).is_some_and(|m| {
            let m = &self.mentions[m];
            (m.first..=m.last).any(|i| OUTLET_WORDS.contains(self.word(i)))
        })
    }

    /// Whether the comma at `k` sets off an apposition that closes the sentence, the writer's
    /// description of the noun before it: "said the troops should be Arab fighters, a force the
    /// administration has struggled to build." (Not one between commas: "said the bill, the
    /// first of its kind, would pass.")
    pub(in crate::claims) fn closing_apposition(&self, k: usize, sentence_end: usize) -> bool {
        // (Not a clause's subject after an opening adverbial: "that, for now, the senator will
        // wait".)
        // A verb soon after is the clause's, unless a relative clause's subject opens before
        // it: "a force the administration has struggled to build", "a promise his critics say
        // he broke".
        self.doc.is_punct(k, ",")
            && k + 2 < sentence_end
            && ARTICLES.contains(self.word(k + 1))
            && (k + 2..sentence_end.min(k + 6))
                .find(|&i| self.verb_at(i))
                .is_none_or(|v| {
                    (k + 3..v)
                        .any(|i| DETERMINERS.contains(self.word(i)) || self.pronoun(i).is_some())
                })
            && (k + 1..sentence_end).all(|i| {
                !(self.doc.tokens[i].kind == Kind::Punct
                    && CLAUSE_BREAKS.contains(self.word(i))
                    || self.is_quote_mark(i)
                    // (Nor the last items of a list: "called for tax fairness, the closure of
                    // loopholes and relief for the middle class.")
                    || matches!(self.word(i), "and" | "or"))
            })
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
                    || PREDICATE_CONTINUERS.contains(self.word(k + 1))
                    // "…, but that it would not interfere", "…, but that the DNC …": a second
                    // complement of the same cue ("but that wasn't the case", "but that group
                    // was …" are the writer's).
                    || self.word(k + 1) == "that"
                        && k + 2 < n
                        && (self.pronoun(k + 2).is_some()
                            || DETERMINERS.contains(self.word(k + 2))
                            || self.is_quote_mark(k + 2)))
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
                    && (k + 2..n.min(k + AS_CUE_REACH))
                        .take_while(|&i| self.is_word(i))
                        .any(|i| self.cue_starts[i])
                // "…, and its leaders have spent the fall …", "…, and the audience laughed":
                // the writer goes on.
                || self.word(k) == "and"
                    && k + 2 < n
                    && OWNER_DETERMINERS.contains(self.word(k + 1))
                    && (k + 2..n.min(k + WRITERS_VERB_REACH))
                        .take_while(|&i| self.is_word(i))
                        .any(|i| AUXILIARIES.contains(self.word(i)) || past_form(self.word(i)))
                || self.joins_own_clause(k)
                // "…, without giving details": the writer's note on how it was said.
                || self.word(k) == "without" && k + 1 < n && gerund_like(self.word(k + 1)))
    }

    /// Whether the "and" or "but" at `k` joins a clause with a subject of its own and its past
    /// verb: "…, and he left the room", "…, and Judge Berman proceeded …", "… and Mayor Rahm
    /// Emanuel fired his chief".
    pub(in crate::claims) fn joins_own_clause(&self, k: usize) -> bool {
        let n = self.doc.tokens.len();
        if !(matches!(self.word(k), "and" | "but") && k + 2 < n) {
            return false;
        }
        // (Past a title.)
        let mut first = k + 1;
        while first + 1 < n && self.is_title_word(first) {
            first += 1 + usize::from(self.doc.is_punct(first + 1, "."));
        }
        let verb = match self.mention_starting_at(first) {
            Some(m) => self.mentions[m].last + 1,
            None if self.pronoun(k + 1).is_some() => k + 2,
            None => n,
        };
        verb < n && past_form(self.word(verb)) && !self.cue_starts[verb]
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
        let near = self.doc.tokens.len().min(k + PARTICIPLE_REACH);
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

    /// Whether "and" at `k` joins a second verb of the cue's subject to a content with no verb
    /// of its own: "criticized the platform's embrace of abortion and vowed to fight it",
    /// "beat the senator and handed Clinton her lead" (the verb's object follows it: not "and
    /// increased spending").
    fn joins_subjects_verb(&self, start: usize, k: usize, end: usize) -> bool {
        k + 2 < end
            && self.word(k) == "and"
            && past_form(self.word(k + 1))
            && (DETERMINERS.contains(self.word(k + 2))
                || OBJECT_PRONOUNS.contains(self.word(k + 2))
                || self.doc.is_capitalized(k + 2))
            && (start..k).all(|i| {
                let w = self.word(i);
                !(past_form(w) || AUXILIARIES.contains(w) || s_form(w))
            })
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
            let cue = (k + 1..n.min(k + SUBJECT_WORDS))
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
            let place_end = n.min(j + PLACE_WORDS);
            while j < place_end && self.doc.is_capitalized(j) {
                j += 1;
            }
        } else if j + 2 < n && self.doc.is_punct(j, "(") && self.doc.is_punct(j + 2, ")") {
            j += 3;
        } else if j + 1 < n && self.doc.is_punct(j, ",") && ARTICLES.contains(self.word(j + 1)) {
            // "…, and Representative Nancy Pelosi, the House Democratic leader, said"
            if let Some(c) = self
                .first_mark(j + 1, n.min(j + APPOSITION_WORDS), ",")
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
    /// Not a comparison's: "the rate, at 6.8 per cent, had risen more than anticipated"; nor
    /// one that opens with a verb.
    pub(in crate::claims) fn closing_attribution(&self, k: usize, sentence_end: usize) -> bool {
        let Some(cue) =
            (k..sentence_end.min(k + CLOSING_SOURCE_WORDS)).find(|&i| self.cue_starts[i])
        else {
            return false;
        };
        (k..cue).all(|i| self.is_word(i) && self.word(i) != "than")
            // (Not the content's own verb: "that polyethylene, used in bags, was the polymer
            // they found"; but "…, are backing the measure" is the cue's.)
            && (!AUXILIARIES.contains(self.word(k)) || self.cue_starts[k + 1])
            && sentence_end - cue <= CLOSING_TAIL
    }
}

#[cfg(test)]
mod tests {
    use crate::ClaimKind;
    use crate::claims::testing::{claims, direct, reported, speaker_names, unnamed};

    #[test]
    fn a_past_verb_after_but_and_a_content_in_the_future_is_the_source_s() {
        // Regression: "but stopped short of …" was part of what the mayor told reporters.
        let text = "Kate Gallego told reporters the city would plant more trees but stopped short \
                   of a promise. Ruiz said the plan would fail but hoped it would not.";
        assert_eq!(
            claims(text),
            [
                reported("the city would plant more trees", "told", "Kate Gallego"),
                reported("the plan would fail", "said", "Ruiz"),
                reported("it would not", "hoped", "Ruiz"),
            ]
        );
    }

    #[test]
    fn a_quote_that_opens_after_a_comma_goes_on_with_the_content() {
        // Regression: "…, “but within weeks …”" was cut off, and the quote lost.
        let text = "Nuwabine said the authority had cleared the drains, “but within weeks they \
                   are blocked again.” Ruiz said the roads were open, \"and the buses run.\"";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the authority had cleared the drains, “but within weeks they are blocked \
                     again.”",
                    "said",
                    "Nuwabine"
                ),
                reported(
                    "the roads were open, \"and the buses run.\"",
                    "said",
                    "Ruiz"
                ),
            ]
        );
    }

    #[test]
    fn a_note_on_how_it_was_said_after_a_comma_ends_the_content() {
        // Regression: "…, without giving details" was part of what the minister said.
        let text = "Sybiha said the alliance had pledged more support, without giving details. \
                   She said they met without aides.";
        assert_eq!(
            claims(text),
            [
                reported("the alliance had pledged more support", "said", "Sybiha"),
                reported("they met without aides", "said", "Sybiha"),
            ]
        );
    }

    #[test]
    fn an_adverb_of_frequency_makes_the_content_a_clause_that_goes_on_past_because() {
        // Regression: "plants often fail" was read as the cue's object, which "because" ends.
        let text = "Ana Ruiz said plants often fail because operators leave for the cities.";
        assert_eq!(
            claims(text),
            [reported(
                "plants often fail because operators leave for the cities",
                "said",
                "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_relative_clause_with_a_cue_inside_the_content_does_not_end_it() {
        // Regression: "who has long opposed" read as a source and its cue after the comma.
        let text = "Ruiz said the governor, who has long opposed the toll, would veto any bill.";
        assert_eq!(
            claims(text),
            [reported(
                "the governor, who has long opposed the toll, would veto any bill",
                "said",
                "Ruiz"
            )]
        );
    }

    #[test]
    fn a_dash_that_opens_no_aside_ends_the_content() {
        let text = "Ruiz said he would run - a claim his aides denied. The fund said the \
                    economies - which include Japan - will grow. Lopez said the plan would fail \
                    — and fail badly — within a year.";
        assert_eq!(
            claims(text),
            [
                reported("he would run", "said", "Ruiz"),
                reported(
                    "the economies - which include Japan - will grow",
                    "said",
                    "The fund"
                ),
                reported(
                    "the plan would fail — and fail badly — within a year",
                    "said",
                    "Lopez"
                ),
            ]
        );
    }

    #[test]
    fn an_and_before_a_clause_of_its_own_ends_the_content_without_a_comma() {
        // Regression: the content ran on over the writer's "and she endorsed …".
        let text = "Ruiz decided not to run and she moved to Ohio in May. Ortiz said that he \
                    and Lopez agreed on taxes.";
        assert_eq!(
            claims(text),
            [
                reported("not to run", "decided", "Ruiz"),
                reported("that he and Lopez agreed on taxes", "said", "Ortiz"),
            ]
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
    fn a_name_and_cue_after_a_comma_open_a_clause_of_their_own() {
        let text = "Writing for a Los Angeles Times panel that all agreed Pence won the debate, \
                    Mark Z. Barabak noted that the way Pence carried himself was critical.";
        assert_eq!(
            claims(text),
            [
                unnamed("Pence won the debate", "agreed"),
                reported(
                    "that the way Pence carried himself was critical",
                    "noted",
                    "Mark Z. Barabak"
                ),
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
            [
                reported("That vote was easy", "said", "Ortiz"),
                reported(
                    "replacing the chairman would be far harder",
                    "said",
                    "Ortiz"
                )
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
    fn a_time_after_an_object_is_no_part_of_it() {
        let text = "Jo Ruiz stressed those worries on Sunday at a forum. Bob Pell said the vote \
                    would come on Tuesday.";
        assert_eq!(
            claims(text),
            [
                reported("those worries", "stressed", "Jo Ruiz"),
                reported("the vote would come on Tuesday", "said", "Bob Pell"),
            ]
        );
    }

    #[test]
    fn a_time_after_an_object_is_no_part_of_the_content() {
        // Regression: "the mayor last week" was whom she endorsed.
        let text = "Senator Ana Ruiz endorsed the mayor last week. Ortiz defended his father on \
                    Tuesday. Ruiz said the vote would come on Super Tuesday.";
        assert_eq!(
            claims(text),
            [
                reported("the mayor", "endorsed", "Ana Ruiz"),
                reported("his father", "defended", "Ortiz"),
                reported("the vote would come on Super Tuesday", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_closing_parenthesis_stays_with_the_content_that_opens_it() {
        // Regression: the content ended "(GNU", its closing mark cut off.
        let text = "Ramaphosa defended the government of national unity (GNU).";
        assert_eq!(
            claims(text),
            [reported(
                "the government of national unity (GNU)", "defended", "Ramaphosa"
            )]
        );
    }

    #[test]
    fn a_base_verb_after_and_goes_on_with_the_content_s_infinitive() {
        // Regression: the content ended before "and tell", a cue of its own.
        let text = "Ruiz says he'd sit Pell down and tell him the truth. Ortiz said the plan \
                    failed and added that it was costly.";
        assert_eq!(
            claims(text),
            [
                reported("he'd sit Pell down and tell him the truth", "says", "Ruiz"),
                reported("the plan failed", "said", "Ortiz"),
                reported("that it was costly", "added", "Ortiz"),
            ]
        );
    }

    #[test]
    fn a_comma_after_that_opens_an_aside_inside_the_clause() {
        // Regression: the content ended at "that", before its aside.
        let text = "Her allies say it is only fitting that, having overcome so much, she now \
                    faces an eager rival.";
        assert_eq!(
            claims(text),
            [reported(
                "it is only fitting that, having overcome so much, she now faces an eager rival",
                "say",
                "Her allies"
            )]
        );
    }

    #[test]
    fn a_time_after_an_object_of_one_word_is_no_part_of_it() {
        // Regression: "Smith on Sunday for his work" was whom she praised.
        let text = "Jo Ruiz praised Smith on Sunday for his work.";
        assert_eq!(claims(text), [reported("Smith", "praised", "Jo Ruiz")]);
        // Regression: a content that would open past the text's end read a word there.
        assert_eq!(claims("according to ,"), []);
        // A word that heads no noun phrase is no object.
        let text = "As the Herald reported, even on Friday the mayor was silent.";
        assert_eq!(claims(text)[0].0, "even on Friday the mayor was silent");
    }

    #[test]
    fn a_clause_of_the_writers_after_an_object_is_no_part_of_it() {
        // (Regression: "since then" ended what Powell said at "the progress".)
        let text = "The mayor defended the plan after the storm had passed. Ruiz \
                    hoped the deal would pass before the session ended. Powell said the \
                    progress since then had been astonishing.";
        assert_eq!(
            claims(text),
            [
                reported("the plan", "defended", "The mayor"),
                reported(
                    "the deal would pass before the session ended",
                    "hoped",
                    "Ruiz"
                ),
                reported(
                    "the progress since then had been astonishing",
                    "said",
                    "Powell"
                ),
            ]
        );
    }

    #[test]
    fn a_month_after_an_object_is_no_part_of_it() {
        // Regression: "in late May" was part of what the union endorsed.
        let text = "The union endorsed Ana Ruiz in late May. Bob Pell announced his run in \
                    April. Jo Ruiz said the vote would come in December.";
        assert_eq!(
            claims(text),
            [
                reported("Ana Ruiz", "endorsed", "The union"),
                reported("his run", "announced", "Bob Pell"),
                reported("the vote would come in December", "said", "Jo Ruiz"),
            ]
        );
        // Regression: "in" as the text's last word read past its end.
        assert_eq!(
            claims("The union endorsed Ana Ruiz in"),
            [reported("Ana Ruiz in", "endorsed", "The union")]
        );
    }

    #[test]
    fn a_comparison_with_a_cue_after_an_aside_is_no_closing_attribution() {
        // Regression: the content ended at "6.8 per cent", as if ", had risen more than
        // anticipated" were "…, analysts said".
        let text = "The bank said the jobless rate, at 6.8 per cent, had risen more than \
                    anticipated. Prices, at their peak, were higher than traders expected, the \
                    agency said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the jobless rate, at 6.8 per cent, had risen more than anticipated",
                    "said",
                    "The bank"
                ),
                reported(
                    "Prices, at their peak, were higher than traders expected",
                    "said",
                    "the agency"
                ),
            ]
        );
    }

    #[test]
    fn a_verb_after_an_aside_with_a_cue_at_the_end_is_no_closing_attribution() {
        // Regression: the content ended at "bottles", as if ", was the most common polymer
        // they found" were "…, the researchers found"; an auxiliary right before a cue is one.
        let text = "The researchers wrote that polyethylene, used in bags and bottles, was the \
                    most common polymer they found. Two senators, both of whom opposed the deal, \
                    are backing the bill.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that polyethylene, used in bags and bottles, was the most common polymer \
                     they found",
                    "wrote",
                    "The researchers"
                ),
                reported("the deal", "opposed", "both of whom"),
                reported("the bill", "backing", "Two senators"),
            ]
        );
    }

    #[test]
    fn but_and_a_stance_go_on_with_a_clause_not_with_an_object() {
        // Regression: "wanted it to go further" was a claim of its own, cut from the content
        // whose subject wants it.
        let text = "Roberge said on Monday that the province welcomed the decision but wanted \
                    it to go further. Rights groups condemned the bill but praised the senators.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the province welcomed the decision but wanted it to go further",
                    "said",
                    "Roberge"
                ),
                reported("the bill", "condemned", "Rights groups"),
                reported("the senators", "praised", "Rights groups"),
            ]
        );
    }

    #[test]
    fn a_backshifted_verb_after_and_goes_on_with_a_clause() {
        // Regression: "had not ruled out an appeal" was a claim of its own, "an appeal".
        // (So does "could": "…, and could not prove that …" was a claim of its own.)
        let text = "Doug Downey said the government was reviewing the decision and had not \
                    ruled out an appeal. Ana Ruiz backed the plan and has urged others to join. \
                    Chen cautioned that the study was small and could not prove that the food \
                    caused it.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the government was reviewing the decision and had not ruled out an appeal",
                    "said",
                    "Doug Downey"
                ),
                reported("the plan", "backed", "Ana Ruiz"),
                reported("others to join", "urged", "Ana Ruiz"),
                reported(
                    "that the study was small and could not prove that the food caused it",
                    "cautioned",
                    "Chen"
                ),
            ]
        );
    }

    #[test]
    fn an_apposition_that_closes_the_sentence_is_the_writer_s() {
        let text = "The mayor said the city would hire Ann Cole, the mother of two officers. Jo \
                    Ruiz said the bill, the first of its kind, would pass. Bob Pell called for \
                    lower taxes, a new school and more parks.";
        assert_eq!(
            claims(text),
            [
                reported("the city would hire Ann Cole", "said", "The mayor"),
                reported(
                    "the bill, the first of its kind, would pass",
                    "said",
                    "Jo Ruiz"
                ),
                reported(
                    "lower taxes, a new school and more parks",
                    "called for",
                    "Bob Pell"
                ),
            ]
        );
    }

    #[test]
    fn a_closing_apposition_may_hold_a_relative_clause_with_its_own_subject() {
        // Regression: the critics' claim was part of the president's pledge.
        let text = "President Ana Ruiz has pledged to lower the cost of living, a promise her \
                    critics say she has failed to keep. Ortiz said the plan would work, the \
                    minister would resign.";
        assert_eq!(
            claims(text),
            [
                reported("to lower the cost of living", "pledged", "Ana Ruiz"),
                reported("she has failed to keep", "say", "her critics"),
                reported(
                    "the plan would work, the minister would resign",
                    "said",
                    "Ortiz"
                ),
            ]
        );
    }

    #[test]
    fn a_percentage_keeps_its_sign_at_the_end_of_a_content() {
        // Regression: "%" was left out as a mark, "rose 4" the claim.
        let text = "The report said emissions rose 4%. Emissions fell 2%, according to Ana Ruiz.";
        assert_eq!(
            claims(text),
            [
                reported("emissions rose 4%", "said", "The report"),
                reported("Emissions fell 2%", "according to", "Ana Ruiz")
            ]
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
    fn a_clause_with_its_own_source_and_cue_after_a_comma_is_not_the_content() {
        // Regression: "testify" reported "the national security adviser said …".
        let text = "Asked whether he would testify, the national security adviser said he would \
                    cooperate fully. His ex-wife agreed, but also contended that she should not \
                    have to give up her privacy.";
        assert_eq!(
            claims(text),
            [
                unnamed("whether he would testify", "Asked"),
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
    fn a_participle_clause_before_an_attribution_is_no_content() {
        let text = "Asked whether he would resign, the fire chief said no. Speaking to reporters \
                    on Monday, the senator said nothing. Raising taxes would hurt growth, the \
                    senator said.";
        // (The chief's answer is a claim of its own: "no"; the question put to him, one of no
        // one named.)
        assert_eq!(
            claims(text),
            [
                unnamed("whether he would resign", "Asked"),
                reported("no", "said", "the fire chief"),
                reported("Raising taxes would hurt growth", "said", "the senator"),
            ]
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
        let speakers = speaker_names(text);
        assert_eq!(
            speakers,
            [
                "Police officials", "legal papers", "Many people involved in the talks"
            ]
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
    fn a_comma_that_ends_the_text_opens_no_clause() {
        assert_eq!(
            claims("He said the deal was off,"),
            [("the deal was off", ClaimKind::Indirect, Some("said"), None)]
        );
        // Regression: a content in the future whose text ends on "but", and an object whose
        // text ends on a conjunction of time, read past the end.
        assert_eq!(
            claims("He said the city would act but"),
            [(
                "the city would act but",
                ClaimKind::Indirect,
                Some("said"),
                None
            )]
        );
        assert_eq!(
            claims("Ruiz urged parents to check records before"),
            [reported("parents to check records before", "urged", "Ruiz")]
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
    fn a_broadcaster_after_an_object_is_where_it_was_said() {
        // Regression: "on ABC News" was part of what she discussed.
        let text = "Ana Ruiz discussed the dispute on ABC News. Ortiz criticized the ban on \
                    imports.";
        assert_eq!(
            claims(text),
            [
                reported("the dispute", "discussed", "Ana Ruiz"),
                reported("the ban on imports", "criticized", "Ortiz"),
            ]
        );
        // Regression (found by the property tests): "on" that ends the text read past it.
        assert_eq!(claims("said Mr Lavrov called on"), []);
    }

    #[test]
    fn a_second_verb_of_the_subject_after_and_ends_the_content() {
        // Regression: "and left the meeting early" was what she called the plan.
        let text = "Mayor Ana Ruiz called the plan “a betrayal” and left the meeting early. Ortiz \
                    said the budget was balanced and left the meeting early.";
        assert_eq!(
            claims(text),
            [
                reported("the plan “a betrayal”", "called", "Ana Ruiz"),
                reported(
                    "the budget was balanced and left the meeting early",
                    "said",
                    "Ortiz"
                ),
            ]
        );
    }

    #[test]
    fn a_subordinate_clause_after_a_conjunction_ends_where_the_main_clause_begins() {
        // Regression: the content ran on into the main clause.
        let text = "But if Ruiz implied that she would not criticize Ortiz, she did not follow \
                    her own advice.";
        assert_eq!(
            claims(text),
            [reported(
                "that she would not criticize Ortiz", "implied", "Ruiz"
            )]
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
    fn a_relative_clause_on_which_after_a_comma_ends_the_content_unless_the_content_goes_on() {
        let text = "Senator Ruiz criticized the new budget, which passed in May. Senator Ruiz said the \
                    budget, which passed in May, would fail.";
        assert_eq!(
            claims(text),
            [
                reported("the new budget", "criticized", "Ruiz"),
                reported(
                    "the budget, which passed in May, would fail",
                    "said",
                    "Ruiz"
                ),
            ]
        );
    }

    #[test]
    fn and_with_a_subject_and_its_past_verb_after_a_comma_ends_the_content() {
        let text = "Senator Ruiz said the deal was done, and he left the room. Mayor Ortiz said \
                    the roads were open, and that the schools would reopen.";
        assert_eq!(
            claims(text),
            [
                reported("the deal was done", "said", "Ruiz"),
                reported(
                    "the roads were open, and that the schools would reopen",
                    "said",
                    "Ortiz"
                ),
            ]
        );
    }
}

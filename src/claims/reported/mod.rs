//! Stage 4, reported speech: the claim a cue reports, by construction.

mod according_to;
mod as_clause;

use crate::annotations::{ClaimKind, Span, SpeakerKind};
use crate::claims::cues::{Cue, signs_post};
use crate::claims::finder::Finder;
use crate::claims::{Found, Source};
use crate::data::cues::{
    ADVERBIAL_OPENERS, AGO, AUXILIARIES, BE_FORMS, CLAUSE_OPENERS, CONDITIONS, CueClass, DOCUMENTS,
    INFORMED, NOT_IN_SOURCE_PHRASE, NOT_INVERTED, PREPOSITIONS, SOURCE_NOUNS, SUBJECT_LEADS,
    TIME_CONJUNCTIONS, TIME_WORDS,
};
use crate::data::words::ARTICLES;
use crate::grammar::{opens_subordinate_clause, past_form, s_form};
use crate::text::{Kind, Lowercase};

impl Finder<'_, '_> {
    /// A reported claim at a cue: its complement after the cue, or, inverted, the clause before.
    pub(in crate::claims) fn reported(
        &self,
        cue: &Cue,
        inherited: Option<Source>,
    ) -> Option<Found> {
        let doc = self.doc;
        if self.inside_quote(cue.first) {
            return None;
        }
        let sentence = self.sentence(cue.first);
        // "Asked whether he would endorse Clinton, …": a question claims nothing.
        if self.in_question(cue.first, sentence.start) {
            return None;
        }
        // "When asked whether …, Reid replied": a participle after a subordinator is passive,
        // with no source and no claim.
        if cue.first > sentence.start && past_form(self.word(cue.first)) && {
            let opener = cue.first - 1;
            (opener == sentence.start || doc.is_punct(opener - 1, ","))
                && CONDITIONS.contains(Lowercase::new(self.word(opener)).as_str())
        } {
            return None;
        }
        let cue_span = Some(self.cue_span(cue));
        // An embedded post is the line above the one that signs it.
        if signs_post(doc, cue.first) {
            let (source, _) = self.source_after(cue, sentence.end)?;
            let above = cue.first - 1;
            let line = (0..above)
                .rev()
                .find(|&k| doc.tokens[k].kind == Kind::Break)
                .map_or(0, |k| k + 1);
            let first = (line..above).find(|&k| self.is_word(k))?;
            let last = (first..above).rev().find(|&k| !self.is_quote_mark(k))?;
            return Some(Found {
                span: Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end),
                kind: ClaimKind::Direct,
                cue: cue_span,
                source,
            });
        }
        // "Limbaugh added:" ending its paragraph, over one with no quote mark: that paragraph
        // is his block quote.
        let below = cue.last + 3;
        if below < doc.tokens.len()
            && cue.class == CueClass::Speech
            && !cue.noun_like
            && doc.is_punct(cue.last + 1, ":")
            && doc.tokens[cue.last + 2].kind == Kind::Break
            && !self.is_quote_mark(below)
        {
            let (source, _) = self.source_before(cue, sentence.start)?;
            let end = (below..doc.tokens.len())
                .find(|&k| doc.tokens[k].kind == Kind::Break)
                .unwrap_or(doc.tokens.len());
            let first = (below..end).find(|&k| self.is_word(k))?;
            return Some(Found {
                span: Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end),
                kind: ClaimKind::Direct,
                cue: cue_span,
                source,
            });
        }
        if cue.according_to {
            return self.according_to(cue, sentence);
        }
        if cue.base == "put" {
            return self.as_clause(cue, sentence);
        }
        if let Some(found) = self.as_clause(cue, sentence.clone()) {
            return Some(found);
        }
        // "When the diagnosis was confirmed, Clinton …": a passive cue with nothing after it
        // reports nothing.
        let be = |k: usize| k > sentence.start && BE_FORMS.contains(self.word(k - 1));
        let passive = be(cue.first) && past_form(self.word(cue.first));
        // "Trump was criticized for saying …": the subject of a passive is no source; "the
        // thefts were intended to interfere" says nothing of whose intent.
        let ends = cue.last + 1 >= sentence.end;
        let passive_to = passive && !ends && self.word(cue.last + 1) == "to";
        // "Reagan was once asked how the war would end": a question put to him.
        let asked = cue.base == "ask"
            && !ends
            && self.word(cue.last + 1) != "to"
            && (be(cue.first)
                || be(cue.first.saturating_sub(1)) && self.word(cue.first - 1) == "once");
        if asked
            || passive
                && (ends || doc.is_punct(cue.last + 1, ",") || self.word(cue.last + 1) == "for")
        {
            return None;
        }
        // "…," Trump said, adding later …: a gerund after a comma goes on with the sentence's
        // source.
        let goes_on = self.goes_on(cue, sentence.start);
        // "attacked Trump for saying …", "held Pagliano in contempt for refusing …": the
        // object speaks; "Trump was criticized for saying …": the subject.
        let for_gerund =
            cue.gerund && cue.first > sentence.start + 1 && self.word(cue.first - 1) == "for";
        let before = match inherited {
            _ if passive_to => self
                .source_before(cue, sentence.start)
                .map(|(_, at)| (Source::Unnamed, at)),
            _ if for_gerund => self.object_before(cue.first - 1, sentence.start),
            // "After saying that …, McDaniel was pressed": a gerund that opens a subordinate
            // clause goes with the main clause's subject.
            _ if cue.gerund
                && cue.first == sentence.start + 1
                && opens_subordinate_clause(self.word(sentence.start)) =>
            {
                (cue.last + 1..sentence.end.saturating_sub(1))
                    .filter(|&k| doc.is_punct(k, ","))
                    .find_map(|k| match self.subject_at(k + 1, sentence.end, 1) {
                        Source::Unnamed => None,
                        subject => Some((subject, k + 1)),
                    })
            }
            Some(source) if goes_on => Some((source, cue.first - 1)),
            _ if goes_on => self
                .clause_subject(cue, sentence.start)
                .or_else(|| self.source_before(cue, sentence.start)),
            _ => self.source_before(cue, sentence.start),
        };
        // "The ministry sent letters to the United Nations demanding …": an addressee is no
        // gerund's source, the clause's subject is.
        let before = match before {
            Some((Source::Named(m), _))
                if cue.gerund && {
                    let first = self.titles_before(self.mentions[m].first);
                    let first = first - usize::from(first > 0 && self.word(first - 1) == "the");
                    first > sentence.start && self.word(first - 1) == "to"
                } =>
            {
                self.subject_before(cue.first, sentence.start)
            }
            other => other,
        };
        // "Trump unleashed a series of tweets saying …": a document that the sentence's subject
        // made, right after its verb, speaks for that subject.
        let before = match before {
            Some((Source::Nominal(first, head), _))
                if first > sentence.start + 1
                    && DOCUMENTS.contains(Lowercase::new(self.word(head)).as_str()) =>
            {
                self.maker(first - 1, sentence.start).or(before)
            }
            // "Obama sounded a call for …", "she issued a warning that …": a noun cue speaks
            // for who made it.
            other => cue
                .made_by
                .and_then(|verb| self.maker(verb, sentence.start))
                .or(other),
        };
        // "Clinton doesn't show consistency", "Trump showed no sign of backing down": what a
        // person shows or finds is a claim only when said to be so ("found that …").
        // (Not "A study by Loyola Law School professor Justin Levitt found": a description
        // before the name tells of a document.)
        let person = match before {
            Some((Source::Named(m), _)) => {
                let first = self.titles_before(self.mentions[m].first);
                self.mentions[m].kind == SpeakerKind::Person
                    && (first <= sentence.start
                        || !self.is_word(first - 1)
                        || !self.word(first - 1).starts_with(char::is_lowercase)
                        || SUBJECT_LEADS.contains(self.word(first - 1)))
            }
            Some((Source::Pronoun(_, gender), _)) => gender.is_some(),
            _ => false,
        };
        let that = cue.last + 1 < sentence.end && self.word(cue.last + 1) == "that";
        if cue.class == CueClass::Evidence && person && !that || self.obliged(cue) {
            return None;
        }
        // A source that is sure to be one: a name, a pronoun, or a noun phrase headed by a
        // source noun ("The Trump campaign called the charges unsubstantiated") or, for
        // evidence, a document ("The average shows Clinton ahead").
        let explicit = |s: &Source| match *s {
            Source::Named(_) | Source::Pronoun(..) => true,
            // "An attorney for Mills": the source noun can stand before a preposition.
            Source::Nominal(first, head) => (first..=head).any(|k| {
                let w = Lowercase::new(self.word(k));
                SOURCE_NOUNS.contains(w.as_str())
                    || cue.class == CueClass::Evidence && DOCUMENTS.contains(w.as_str())
            }),
            Source::State(..) | Source::Unnamed => false,
        };
        // "In the wake of the New York Times report, Trump …", "A GAO report released last
        // year": a noun, with a comma or a participle after it.
        let noun = cue.noun_like
            && cue.last + 1 < sentence.end
            && (doc.is_punct(cue.last + 1, ",") || {
                let next = self.word(cue.last + 1);
                next.starts_with(char::is_lowercase) && past_form(next)
            });
        // "state health commissioner Jennifer Shuford said": a word that may be a noun is one
        // in the title of a name that speaks.
        let in_title = || {
            let words = (cue.last + 1..sentence.end.min(cue.last + 4))
                .take_while(|&k| self.is_word(k) && self.word(k).starts_with(char::is_lowercase))
                .count();
            self.subject_and_cue(cue.last + 1 + words)
        };
        if cue.noun_like
            && (noun || !before.as_ref().is_some_and(|(s, _)| explicit(s)) || in_title())
        {
            return None;
        }
        // "…, said Jeffrey N. Trimble": the name after the cue is its source, not its content.
        let after_comma = cue.first > sentence.start
            && (doc.is_punct(cue.first - 1, ",") || self.is_quote_mark(cue.first - 1));
        // A source found before a comma is less sure than one that closes the sentence.
        let inverted = (before.is_none() || doc.is_punct(cue.first - 1, ","))
            && after_comma
            && !cue.gerund
            && !NOT_INVERTED.contains(cue.base)
            && match self.source_after(cue, sentence.end) {
                Some((Source::Named(m), _)) => {
                    let next = self.mentions[m].last + 1;
                    // (Not "said Clinton “believes …”": a mark that opens a quote.)
                    next >= sentence.end
                        || doc.tokens[next].kind == Kind::Punct
                            && !(self.is_quote_mark(next)
                                && next + 1 < sentence.end
                                && self.is_word(next + 1))
                }
                // "…, said one GOP source in the room.", "…, said a person familiar with
                // the talks."
                // (Not "…, insisted the candidate had been misunderstood": a verb follows.)
                Some((Source::Nominal(first, head), _)) => {
                    first == cue.last + 1
                        && (SOURCE_NOUNS.contains(Lowercase::new(self.word(head)).as_str())
                            || (first..head).any(|k| INFORMED.contains(self.word(k))))
                        && sentence.end - head <= 5
                        && (head + 1 >= sentence.end
                            || !self.is_word(head + 1)
                            || PREPOSITIONS.contains(self.word(head + 1)))
                }
                _ => false,
            };
        // A parenthetical attribution: "The museum, Mr. Obama said, would make visitors …":
        // the claim is the sentence around it.
        if let Some((source, at)) = before {
            // "…, Chief Justice Roberts said, …": the titles open the attribution.
            let first = self.titles_before(self.first_of_source(source, at));
            // "…, the agency said in a June report, and …": past an occasion or a time; "…, he
            // told me on Friday, is …": past the addressee first.
            let next = cue.last + 1;
            let next = if next < sentence.end && cue.base == "tell" {
                self.addressee(next).unwrap_or(next)
            } else {
                next
            };
            let comma = if next < sentence.end
                && (ADVERBIAL_OPENERS.contains(self.word(next))
                    || TIME_WORDS.contains(self.word(next)))
            {
                // (A show's name in quote marks: "he said on ABC's “This Week,” is …")
                self.first_mark(next, sentence.end.min(next + 9), ",")
                    .filter(|&c| (next..c).all(|k| self.is_word(k) || self.is_quote_mark(k)))
                    .unwrap_or(next)
            } else {
                next
            };
            let rest =
                comma + 1 + usize::from(comma + 1 < sentence.end && self.is_quote_mark(comma + 1));
            let parenthetical = first > sentence.start + 1
                && doc.is_punct(first - 1, ",")
                && rest < sentence.end
                && doc.is_punct(comma, ",")
                && !self.participle_clause(rest)
                && !self.writers_clause(cue)
                && cue.class == CueClass::Speech;
            if parenthetical {
                let start = (sentence.start..first).find(|&k| self.is_word(k))?;
                let end = self.clause_end(rest, sentence.end);
                let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
                return Some(Found {
                    span,
                    kind: ClaimKind::Indirect,
                    cue: cue_span,
                    source,
                });
            }
        }
        // The complement after the cue.
        if let Some(start) = self
            .complement_start(cue, sentence.end)
            .filter(|_| !inverted && !self.writers_clause(cue))
        {
            // "said on Tuesday he would …": past an adverbial, the complement opens with its
            // subject pronoun.
            // "said on Monday the talks would …", "said Friday the plan …": past a time.
            let time = self.time_phrase(start, sentence.end);
            // "said when she resigned", "said before he died": a conjunction opens no content
            // ("have not said when they would vote" asks a question).
            let negated = cue.first > 1 && matches!(self.word(cue.first - 1), "not" | "never")
                || cue.first > 2 && self.word(cue.first - 2) == "not";
            let conjunction = cue.base == "say"
                && !negated
                && start + 1 < sentence.end
                && self.pronoun(start + 1).is_some();
            let start = if start == cue.last + 1 && self.opens_adverbial(start) && !conjunction {
                (start + 1..sentence.end.min(start + 8))
                    .take_while(|&i| self.is_word(i))
                    .find(|&i| self.pronoun(i).is_some())
                    .or(time)
                    .unwrap_or(start)
            } else {
                time.unwrap_or(start)
            };
            let mut end = self.clause_end(start, sentence.end);
            // "Mr Trump, who praised Mr Putin throughout the campaign, was poised …": a cue
            // in a relative clause reports to the clause's end.
            // "When Cuomo pointed out that Obama had released it, Giuliani interrupted him": in
            // a clause that opens with a subordinator, to where the main clause's subject comes.
            // (Past auxiliaries: "Boris Johnson, who has said he would never resign, faced …".)
            let head = self.head_of(cue, sentence.start);
            let relative = self.relative_at(head, sentence.start);
            let subordinate = opens_subordinate_clause(self.word(sentence.start));
            if relative || subordinate {
                end = (start..end)
                    .find(|&k| {
                        doc.is_punct(k, ",")
                            // "…, who had talked about X — from A, to B", but "…, was poised":
                            // the main clause goes on with its verb.
                            && (relative && {
                                let v = k + 1 + usize::from(self.is_quote_mark(k + 1));
                                v < doc.tokens.len() && {
                                    let w = self.word(v);
                                    AUXILIARIES.contains(w) || past_form(w) || s_form(w)
                                        || self.cue_starts[v]
                                }
                            }
                                || k + 1 < end
                                    && !matches!(
                                        self.subject_at(k + 1, sentence.end, 1),
                                        Source::Unnamed
                                    ))
                    })
                    // "who has called Putin “a thug,” said …": the closing mark stays.
                    .map_or(end, |k| k + 2 * usize::from(self.is_quote_mark(k + 1)));
            }
            let words = (start..end).filter(|&k| self.is_word(k)).count();
            // "the airbase that the USA says was used": a complement needs its own subject;
            // "Mr. Obama said in his interview": an adverbial is not one.
            // "said Friday as he entered", "who said and did": no complement either.
            let right_after = start == cue.last + 1;
            let opener = start + usize::from(right_after && TIME_WORDS.contains(self.word(start)));
            let verb_first = AUXILIARIES.contains(self.word(start))
                || matches!(self.word(start), "and" | "or")
                || right_after && opener < end && self.opens_adverbial(opener);
            // "Nobody knew the answer to that question": knowing a thing claims nothing;
            // knowing that something is so does.
            // (So does deciding a thing: "the voters who will decide this election".)
            let known_thing = matches!(cue.base, "know" | "decide")
                && self.word(start - 1) != "that"
                && (ARTICLES.contains(self.word(start))
                    || cue.base == "decide" && self.word(start) == "this");
            // "lashed out hours later", "fired back days ago": a time is no content.
            let time_only = words <= 3 && AGO.contains(self.word(end - 1));
            if words >= 2 && !verb_first && !known_thing && !time_only {
                // "…, adding", "and said", "took to Twitter to accuse": the cue shares the
                // sentence's source ("…, but also contended": `head` is past the adverbs).
                let coordinated = cue.gerund
                    || (head > sentence.start
                        && (doc.is_punct(head - 1, ",")
                            || matches!(self.word(head - 1), "and" | "but" | "to")));
                let made = (head > sentence.start)
                    .then(|| self.made_to(head - 1, sentence.start))
                    .flatten();
                let source = match (made, before) {
                    (Some(Some(object)), _) => object,
                    (Some(None), _) => return None,
                    (None, Some((s, _))) => s,
                    (None, None) if coordinated && cue.class == CueClass::Speech => {
                        inherited.unwrap_or_else(|| self.sentence_subject(cue, sentence.start))
                    }
                    // "Merkel said the plan was sound and criticized the delays": a stance
                    // joined to a claim of the sentence is its source's.
                    (None, None)
                        if head > sentence.start
                            && matches!(self.word(head - 1), "and" | "but")
                            && inherited.is_some() =>
                    {
                        inherited?
                    }
                    // "Developers and supporters in Congress say …": a speech verb after a
                    // word reports, though its source is not one we can name.
                    (None, None)
                        if cue.class == CueClass::Speech
                            && !cue.noun_like
                            && cue.first > sentence.start
                            && self.is_word(cue.first - 1) =>
                    {
                        Source::Unnamed
                    }
                    (None, None) => return None,
                };
                let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
                return Some(Found {
                    span,
                    kind: ClaimKind::Indirect,
                    cue: cue_span,
                    source,
                });
            }
        }
        // Inverted: "Content, officials said." / "Content, said a spokesman." / "Content, the
        // poll showed."
        let document = |s: &Source| match *s {
            Source::Nominal(_, head) => {
                DOCUMENTS.contains(Lowercase::new(self.word(head)).as_str())
            }
            _ => false,
        };
        let evidence =
            cue.class == CueClass::Evidence && before.as_ref().is_some_and(|(s, _)| document(s));
        if cue.class != CueClass::Speech && !evidence {
            return None;
        }
        let (source, source_first) = match before.filter(|_| !inverted) {
            // "Clinton's running mate, Sen. Tim Kaine, responded": before a name that a comma
            // parts from its cue stands its description, not a claim.
            Some((Source::Named(m), _))
                if doc.is_punct(cue.first - 1, ",")
                    && !(self.mentions[m].last..cue.first - 1).any(|k| doc.is_punct(k, ",")) =>
            {
                return None;
            }
            Some((s, at)) => {
                // "…, Chief Financial Officer Kevan Parekh told analysts."
                let first = self.titles_before(self.first_of_source(s, at));
                // "…, The Wall Street Journal reports."
                let the = first > 0 && matches!(self.word(first - 1), "The" | "the");
                (s, first - usize::from(the))
            }
            None => {
                let (s, _) = self.source_after(cue, sentence.end)?;
                (s, cue.first)
            }
        };
        // "…, promoter AEG Presents said": a word or two of description before a name.
        let described = |k: usize| {
            let w = self.word(k);
            k > sentence.start
                && self.is_word(k)
                && w.starts_with(char::is_lowercase)
                && !NOT_IN_SOURCE_PHRASE.contains(w)
                && !past_form(w)
        };
        let mut source_first = source_first;
        let named = matches!(source, Source::Named(_));
        for _ in 0..2 {
            if !named || source_first == 0 || !described(source_first - 1) {
                break;
            }
            source_first -= 1;
        }
        let comma = source_first
            .checked_sub(1)
            .filter(|&c| c > sentence.start && doc.is_punct(c, ","))?;
        let mut start = sentence.start;
        while start < comma && !self.is_word(start) {
            start += 1;
        }
        let end = comma;
        // "Bamberg said the videos do not show it, the footage showed": a finding does not
        // wrap another source's claim.
        if evidence && (start..end).any(|k| self.cue_starts[k]) {
            return None;
        }
        // "Asked whether he would resign, the chief said no", "Speaking to reporters, …": a
        // participle clause before the source says nothing of its own.
        let opener = Lowercase::new(self.word(start));
        let participle = past_form(opener.as_str())
            || opener.as_str().ends_with("ing")
                && !(start..end).any(|k| AUXILIARIES.contains(self.word(k)));
        if self.is_quote_mark(end - 1)
            || participle
            || (start..end).filter(|&k| self.is_word(k)).count() < 3
        {
            return None;
        }
        let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        Some(Found {
            span,
            kind: ClaimKind::Indirect,
            cue: cue_span,
            source,
        })
    }

    /// Whether token `k` stands in a question, a few words after "whether" or "asked if" in
    /// its clause (from token `start`).
    pub(in crate::claims) fn in_question(&self, k: usize, start: usize) -> bool {
        let mut i = k;
        while i > start.max(k.saturating_sub(6)) && self.is_word(i - 1) {
            i -= 1;
            let asked = i > 0 && matches!(self.word(i - 1), "asked" | "ask" | "asks");
            if self.word(i) == "whether" || self.word(i) == "if" && asked {
                return true;
            }
        }
        false
    }

    /// Whether a clause of the writer's own follows the cue after a comma: "…, the ministry
    /// said, as efforts to broker a truce stalled", "…, he said, but gave no details"; not a
    /// comparison ("Experts cautioned, as did the campaign, that …").
    pub(in crate::claims) fn writers_clause(&self, cue: &Cue) -> bool {
        let next = cue.last + 2;
        let compared =
            next + 1 < self.doc.tokens.len() && AUXILIARIES.contains(self.word(next + 1));
        next < self.doc.tokens.len()
            && self.doc.is_punct(cue.last + 1, ",")
            && (CLAUSE_OPENERS.contains(self.word(next))
                || TIME_CONJUNCTIONS.contains(self.word(next)) && !compared)
    }
}

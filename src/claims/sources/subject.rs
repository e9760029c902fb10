//! Subjects and objects of clauses, for cues with no source of their own: a gerund's clause
//! subject, the maker of a noun cue, the object of "for" or of "forced … to".

use crate::annotations::SpeakerKind;
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::Source;
use crate::data::cues::{
    ADVERBIAL_OPENERS, ASIDE_OPENERS, ASK_VERBS, AUXILIARIES, CLAUSE_LEADS, CLAUSE_OPENERS,
    CONNECTIVES, CueClass, DOCUMENTS, FINITE_BE, MAKE_VERBS, NOUN_MODIFIERS, SOURCE_DETERMINERS,
    SOURCE_NOUNS, TIME_CONJUNCTIONS, TIME_LEADS, TIME_WORDS,
};
use crate::data::words::{Gender, LOCATIVES, TITLES};
use crate::grammar::{is_ly_adverb, opens_participle, past_form, s_form};
use crate::speakers::MentionId;
use crate::text::Lowercase;

/// How many tokens back from a gerund its verb's object is looked for, which keeps the work per cue
/// bounded.
const OBJECT_REACH: usize = 30;
/// How many tokens an aside between commas before "to" may run ("forced Stumpf, who was under
/// questioning, to admit").
const ASIDE_REACH: usize = 24;
/// How many words a noun phrase that opens a clause as its subject may have.
const SUBJECT_WORDS: usize = 6;

impl Finder<'_, '_> {
    /// The maker of a document that is a cue's source, right after the verb that made it:
    /// "Trump unleashed a series of tweets saying …", "President Obama released a statement
    /// condemning “…”" speak for the sentence's subject.
    pub(in crate::claims) fn document_maker(
        &self,
        source: Source,
        sentence_start: usize,
    ) -> Option<(Source, usize)> {
        match source {
            Source::Nominal(first, head)
                if first > sentence_start + 1
                    && DOCUMENTS.contains(Lowercase::new(self.word(head)).as_str()) =>
            {
                self.maker(first - 1, sentence_start)
            }
            _ => None,
        }
    }

    /// Whether the sentence that starts at `start` opens with an adverbial or a participle's
    /// phrase before token `end`: "On July 6, …", "Even after the complaint was filed, …",
    /// "Walking to the next address, …".
    pub(in crate::claims) fn opens_with_phrase(&self, start: usize, end: usize) -> bool {
        let opener = Lowercase::new(self.word(start));
        let next = (start + 1 < end).then(|| self.word(start + 1));
        ADVERBIAL_OPENERS.contains(opener.as_str())
            || next.is_some_and(|next| {
                opener.as_str() == "even" && ADVERBIAL_OPENERS.contains(next)
                    || opens_participle(self.word(start), next)
            })
    }

    /// Who made what follows the past verb at token `verb`, as the subject that opens its
    /// clause: "Trump unleashed …", "…, after Donald Trump unleashed …", "His office put out …",
    /// "The council on Wednesday approved …", "Ruiz and Ortiz issued …", "Ana Ruiz, the
    /// mayor, issued …".
    pub(in crate::claims) fn maker(
        &self,
        verb: usize,
        sentence_start: usize,
    ) -> Option<(Source, usize)> {
        // "put out a statement": the verb before its particle.
        let verb = verb - usize::from(verb > sentence_start + 1 && self.word(verb) == "out");
        if verb <= sentence_start || !past_form(self.word(verb)) {
            return None;
        }
        // "Ruiz also issued …", "the mayor, who also issued …": past an adverb (not past an
        // auxiliary: "His behavior has angered the party's top figures" made no figures).
        let mut at = verb - 1;
        at -= usize::from(
            at > sentence_start
                && self.between_source_and_cue(at)
                && !AUXILIARIES.contains(self.word(at)),
        );
        // "The council on Wednesday approved a resolution": past the time.
        if at > sentence_start + 2
            && TIME_WORDS.contains(self.word(at))
            && TIME_LEADS.contains(self.word(at - 1))
        {
            at -= 2;
        }
        // "Chris Carr, the party's political director, released …": the name before its
        // apposition.
        if self.doc.is_punct(at, ",") {
            return self.apposed_before(sentence_start, at);
        }
        let opens_clause = |mut k: usize| {
            // "President Barack Obama sounded …": titles before the name.
            // ("The City Council approved …": and its article.)
            let name = k;
            while k > sentence_start
                && (TITLES.contains(self.word(k - 1))
                    || self.doc.is_punct(k - 1, ".")
                    || matches!(self.word(k - 1), "The" | "the"))
            {
                k -= 1;
            }
            // ("American Bridge President Jessica Mackler": past a title, the organization's
            // name before it.)
            if k < name {
                while k > sentence_start && self.doc.is_capitalized(k - 1) {
                    k -= 1;
                }
            }
            // (A name may open before its sentence does: "S..Portd".)
            k <= sentence_start
                || self.doc.is_punct(k - 1, ",")
                || CLAUSE_OPENERS.contains(self.word(k - 1))
                || TIME_CONJUNCTIONS.contains(self.word(k - 1))
        };
        // ("Trump and Ryan issued a statement")
        self.coordinated_names(at, sentence_start)
            .or_else(|| self.source_ending_at(at, sentence_start, CueClass::Speech))
            .filter(|&s| opens_clause(self.first_of_source(s, at)))
            .map(|s| (s, at))
    }

    /// The object of the verb before token `end` in its clause ("held Pagliano in contempt of
    /// Congress" → Pagliano), or the subject of a passive one ("Trump was criticized").
    pub(in crate::claims) fn object_before(
        &self,
        end: usize,
        start: usize,
    ) -> Option<(Source, usize)> {
        // Within a reach of the verb, which keeps the work per cue bounded.
        let start = start.max(end.saturating_sub(OBJECT_REACH));
        let clause = self.last_mark(start, end, ",").map_or(start, |k| k + 1);
        (clause..end).rev().find_map(|k| {
            let after_verb = k > clause && {
                let w = self.word(k - 1);
                w.starts_with(char::is_lowercase) && (past_form(w) || s_form(w))
            };
            let object = match self.word(k) {
                "him" => Some(Source::Pronoun(k, Some(Gender::Male))),
                "her" => Some(Source::Pronoun(k, Some(Gender::Female))),
                "them" => Some(Source::Pronoun(k, None)),
                _ => self.mention_starting_at(k).map(Source::Named),
            };
            if let Some(source) = object.filter(|_| after_verb) {
                return Some((source, k));
            }
            // "Trump was criticized": the subject of a passive.
            let passive =
                k + 2 < end && FINITE_BE.contains(self.word(k + 1)) && past_form(self.word(k + 2));
            self.mention_ending_at(k)
                .filter(|_| passive)
                .map(|m| (Source::Named(m), k))
        })
    }

    /// For a cue after "to" at `to`, whether a verb before it has someone do it: the one made
    /// to ("forced Stumpf, who was under questioning, to admit …": Stumpf admits), or `None`
    /// for one only asked to ("urged Clinton to explain …": no one has explained yet).
    pub(in crate::claims) fn made_to(&self, to: usize, start: usize) -> Option<Option<Source>> {
        if to <= start || self.word(to) != "to" {
            return None;
        }
        // Past an aside between commas.
        let mut end = to - 1;
        if self.doc.is_punct(end, ",") {
            end = self
                .last_mark(start.max(end.saturating_sub(ASIDE_REACH)), end, ",")?
                .checked_sub(1)?;
        }
        let (first, object) = match self.mention_ending_at(end) {
            Some(m) => (self.mentions[m].first, Source::Named(m)),
            None => {
                let gender = match self.word(end) {
                    "him" => Some(Gender::Male),
                    "her" => Some(Gender::Female),
                    "them" => None,
                    _ => return None,
                };
                (end, Source::Pronoun(end, gender))
            }
        };
        let verb = self.word(first.checked_sub(1).filter(|&k| k >= start)?);
        if MAKE_VERBS.contains(verb) {
            Some(Some(object))
        } else if ASK_VERBS.contains(verb) {
            Some(None)
        } else {
            None
        }
    }

    /// The subject of the sentence, for a cue with none of its own ("He backed X and said …",
    /// "…, saying …"): a name or pronoun among its first words.
    /// Past an opening adverbial, the clause's own: "In a statement, Gov. Rick Scott blasted
    /// Congress and said …", "But in late November, Rubio seemed to urge …".
    pub(in crate::claims) fn sentence_subject(&self, cue: &Cue, start: usize) -> Source {
        let phrase = self.opens_with_phrase(start, cue.first);
        let adverbial = phrase || CONNECTIVES.contains(self.word(start));
        let name_or_pronoun = |source: Source| {
            matches!(source, Source::Named(_) | Source::Pronoun(..)).then_some(source)
        };
        // ("In Alaska, Clinton has opened …", "Reached by POLITICO, Hammond …", "At a Trump
        // rally in Ohio, Brenda Johnson …": a name inside an opening phrase is no subject.)
        let subject = match self.subject_at(start, cue.first, 4) {
            Source::Named(m)
                if phrase && {
                    // (Not one that its verb follows: "On Sunday Mr. Trump made …, writing".)
                    let next = self.mentions[m].last + 1;
                    let w = self.word(next);
                    !(past_form(w) || AUXILIARIES.contains(w) || self.cue_starts[next])
                        && (next..cue.first).any(|k| self.doc.is_punct(k, ","))
                } =>
            {
                Source::Unnamed
            }
            subject => subject,
        };
        match subject {
            // (A name or a pronoun only: a noun phrase after a comma is often no subject.)
            Source::Unnamed => adverbial
                .then(|| self.subject_before(cue.first, start))
                .flatten()
                .and_then(|(source, _)| name_or_pronoun(source))
                // "Perhaps not coincidentally, Mr. Trump has lately started asking …": the
                // subject after the comma of an opening phrase.
                .or_else(|| {
                    let comma = (start..cue.first).find(|&k| self.doc.is_punct(k, ","))?;
                    name_or_pronoun(self.subject_at(comma + 1, cue.first, 2))
                })
                // "Continuing to explain his view, Carson rejected …", "In addition to stating
                // that …, Clinton has vowed …": a cue inside the opening phrase is the main
                // clause's subject's, after its comma.
                .or_else(|| {
                    if !adverbial {
                        return None;
                    }
                    let end = self.sentence(cue.first).end;
                    let comma = (cue.last + 1..end.saturating_sub(1))
                        .find(|&k| self.doc.is_punct(k, ","))?;
                    name_or_pronoun(self.subject_at(comma + 1, end, 1))
                })
                // "On the morning of Feb. 28 Trump jumped onto his account and retweeted …",
                // "In a speech -- which … -- Sanders claimed …": past an opening phrase with no
                // comma, the last name before the cue that its verb follows.
                .or_else(|| {
                    if !adverbial {
                        return None;
                    }
                    (start..cue.first).rev().find_map(|k| {
                        let m = self.mention_starting_at(k)?;
                        let w = self.word(self.mentions[m].last + 1);
                        (w.starts_with(char::is_lowercase)
                            && (past_form(w) || AUXILIARIES.contains(w)))
                        .then_some(Source::Named(m))
                    })
                })
                .unwrap_or(Source::Unnamed),
            subject => subject,
        }
    }

    /// The subject of the clause before a gerund's comma, "…, Trump revised his plan, promising
    /// …": the subject that opens the last clause before it that has one, or the name that an
    /// aside follows ("… when Trump, after railing against …, produced …").
    pub(in crate::claims) fn clause_subject(
        &self,
        cue: &Cue,
        sentence_start: usize,
    ) -> Option<(Source, usize)> {
        let comma = self.gerund_comma(cue, sentence_start)?;
        let subject = (comma > sentence_start && ASIDE_OPENERS.contains(self.word(comma + 1)))
            .then(|| self.mention_ending_at(comma - 1))
            .flatten()
            .filter(|&m| {
                let first = self.mentions[m].first;
                first <= sentence_start || CLAUSE_LEADS.contains(self.word(first - 1))
            });
        match subject {
            Some(m) => Some((Source::Named(m), comma - 1)),
            None => self.subject_before(comma, sentence_start),
        }
    }

    /// The subject that opens the last clause before token `end` that has one ("On July 6,
    /// 2015, Sanders made …").
    pub(in crate::claims) fn subject_before(
        &self,
        end: usize,
        sentence_start: usize,
    ) -> Option<(Source, usize)> {
        let mut k = end;
        while k > sentence_start {
            k -= 1;
            // "…, and she becomes upset, shouting …", "… and Emanuel fired his chief,
            // acknowledging …": a clause with a subject and a past verb of its own.
            let conjunction = k >= sentence_start + 2
                && matches!(self.word(k - 1), "and" | "but")
                && (self.doc.is_punct(k - 2, ",") || self.joins_own_clause(k - 1));
            if !(k == sentence_start || self.doc.is_punct(k - 1, ",") || conjunction) {
                continue;
            }
            // ("And then Trump went on the attack, saying …": past the connectives.)
            let mut first = k;
            while first + 1 < end
                && (CONNECTIVES.contains(self.word(first)) || self.word(first) == "then")
            {
                first += 1;
            }
            match self.subject_at(first, end, 1) {
                Source::Unnamed => {}
                // "at a rally in Golden, Colorado, telling …": a name with no verb after it
                // is no clause's subject.
                Source::Named(m) if self.mentions[m].last + 1 >= end => {}
                // "Mark Kirk, who faces a tough race, rescinded …, saying …": a relative
                // clause's "who" is an aside; the clause's subject comes before it.
                Source::Pronoun(at, _) if self.word(at) == "who" => {}
                subject => return Some((subject, k)),
            }
        }
        None
    }

    /// The subject that opens the words from `start` (before `end`): a name or pronoun among
    /// the first `reach` words, not an owner ("Obama’s aides"), or a noun phrase followed by
    /// its verb ("The Republican nominee also outlined …").
    pub(in crate::claims) fn subject_at(&self, start: usize, end: usize, reach: usize) -> Source {
        // "A reporter for USA Today spotted …": names inside a phrase that opens with a
        // determiner are not its subject.
        let determiner = SOURCE_DETERMINERS.contains(Lowercase::new(self.word(start)).as_str());
        let determined =
            determiner && start + 1 < end && self.word(start + 1).starts_with(char::is_lowercase);
        // ("The Thompson-Nicola Regional District issued …": a name after "The" too.)
        let reach = match (determined, self.word(start)) {
            (true, _) => 0,
            (false, "The") => reach.max(2),
            _ => reach,
        };
        // "Former CIA Director Michael Morell": the person after an organization's title.
        let titled_person = |m: MentionId| {
            let mut j = self.mentions[m].last + 1;
            while j < end && self.doc.is_capitalized(j) && TITLES.contains(self.word(j)) {
                j += 1 + usize::from(j + 1 < end && self.doc.is_punct(j + 1, "."));
            }
            (j > self.mentions[m].last + 1)
                .then(|| self.mention_starting_at(j))
                .flatten()
                .filter(|&p| self.mentions[p].kind == SpeakerKind::Person)
                .unwrap_or(m)
        };
        // "ORLANDO, Fla. (Reuters) - …": a credit in parentheses is no subject.
        let credit = |m: MentionId| {
            let (first, last) = (self.mentions[m].first, self.mentions[m].last);
            first > 0
                && last + 1 < self.doc.tokens.len()
                && self.doc.is_punct(first - 1, "(")
                && self.doc.is_punct(last + 1, ")")
        };
        // ("Democratic insiders in New Hampshire were …": a place is where they are.)
        let placed = |m: MentionId| {
            let first = self.mentions[m].first;
            first > start && LOCATIVES.contains(self.word(first - 1))
        };
        let named = (start..end.min(start + reach)).find_map(|k| {
            self.described_person(k, end)
                .or_else(|| self.mention_starting_at(k).map(titled_person))
                .filter(|&m| {
                    !self.doc.possessive_after(self.mentions[m].last) && !credit(m) && !placed(m)
                })
                .map(Source::Named)
                .or_else(|| self.pronoun(k))
        });
        let verb_like = |k: usize| {
            if k >= end {
                return (false, false);
            }
            let w = Lowercase::new(self.word(k));
            let w = w.as_str();
            // (Not a noun in -s that modifies another: "A federal appeals court".)
            let plural = s_form(w) && !NOUN_MODIFIERS.contains(w);
            let past = AUXILIARIES.contains(w) || w == "also" || past_form(w);
            (self.is_word(k) && past, self.is_word(k) && plural)
        };
        let nominal = || {
            (start + 1..end.min(start + SUBJECT_WORDS)).find_map(|head| {
                // "several environmental groups granted": a plural before a verb is the head;
                // "A federal appeals court on Friday struck": past a time; "The minister,
                // however, rejected": past "however" set off.
                let next = head + 1 + self.time_len(head + 1, end);
                let aside = next + 3 < end
                    && self.doc.is_punct(next, ",")
                    && self.word(next + 1) == "however"
                    && self.doc.is_punct(next + 2, ",");
                let at = next + 3 * usize::from(aside);
                let (past, plural) = verb_like(at);
                // ("Sudan's doctors plead for help": a cue in its base form is a verb too.)
                let verb = past
                    || plural && !(head + 2 < end && verb_like(head + 2).0)
                    || at < end && self.cue_starts[at];
                match self.source_ending_at(head, start, CueClass::Speech) {
                    // ("Mr. Trump's campaign has …": the owner's name opens it with its title.)
                    Some(source @ Source::Nominal(first, _))
                        if verb
                            && (first == start
                                || self
                                    .mention_starting_at(start)
                                    .is_some_and(|m| self.mentions[m].last >= first)) =>
                    {
                        Some(source)
                    }
                    _ => None,
                }
            })
        };
        // "Nuclear proliferation experts have …": a name that opens a longer noun phrase before
        // the verb only modifies it.
        // (Not "Clinton repeatedly …", "Wealth-X keeps …": an adverb or a verb after the name.)
        let modifies = |m: MentionId| {
            let next = self.mentions[m].last + 1;
            next < end && {
                let w = self.word(next);
                w.starts_with(char::is_lowercase)
                    && !(is_ly_adverb(w)
                        || self.between_source_and_cue(next)
                        || self.cue_starts[next]
                        || past_form(w)
                        || verb_like(next).0
                        // ("Wealth-X keeps", but "FBI officials")
                        || s_form(w) && !SOURCE_NOUNS.contains(w))
            }
        };
        let noun = |head: usize| {
            let w = self.word(head);
            w.starts_with(char::is_lowercase)
                && (SOURCE_NOUNS.contains(w) || DOCUMENTS.contains(w) || s_form(w))
        };
        match named {
            // ("The Sanders campaign countered": after "the" too.)
            Some(Source::Named(m))
                if (self.mentions[m].first == start
                    || self.mentions[m].first == start + 1
                        && matches!(self.word(start), "the" | "The"))
                    && modifies(m) =>
            {
                match nominal() {
                    Some(phrase @ Source::Nominal(_, head))
                        if head > self.mentions[m].last && noun(head) =>
                    {
                        phrase
                    }
                    _ => Source::Named(m),
                }
            }
            _ => named
                .or_else(|| {
                    determiner
                        .then(|| self.described_subject(start, end))
                        .flatten()
                })
                .or_else(nominal)
                .unwrap_or(Source::Unnamed),
        }
    }

    /// The person that a description from `start`, after its determiner, leads up to when the
    /// name is the clause's subject, its verb after it: "The Slate technology columnist David
    /// Auerbach went so far as to say" (not "A reporter for USA Today spotted": the
    /// description ends at a preposition).
    fn described_subject(&self, start: usize, end: usize) -> Option<Source> {
        let m = self.described_person(start + 1, end)?;
        let next = self.mentions[m].last + 1;
        if next >= end {
            return None;
        }
        let w = self.word(next);
        (self.cue_starts[next] || past_form(w) || AUXILIARIES.contains(w))
            .then_some(Source::Named(m))
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, direct, reported};

    #[test]
    fn the_name_before_an_apposition_made_the_statement_and_the_petition() {
        // Regression: "a statement" and "a petition" were the speakers.
        let text = "Marta Solis, the union's political director, released a statement \
                    confirming it will hire 40 organizers. Solis also started a petition \
                    calling on the council to fund transit.";
        assert_eq!(
            claims(text),
            [
                reported("it will hire 40 organizers", "confirming", "Marta Solis"),
                reported("the council to fund transit", "calling on", "Marta Solis"),
            ]
        );
    }

    #[test]
    fn a_name_that_an_opening_phrase_ends_on_is_no_subject() {
        // Regression: "Alaska" and "Reached" unveiled and repeated.
        let text = "In Alaska, Ruiz has opened an office and recently unveiled a slate of \
                    endorsements. Reached by The Star, Hammond, the party's national \
                    committeeman, hesitated to repeat his criticism.";
        assert_eq!(
            claims(text),
            [
                reported("a slate of endorsements", "unveiled", "Ruiz"),
                reported("his criticism", "repeat", "Hammond"),
            ]
        );
    }

    #[test]
    fn a_name_inside_an_opening_phrase_is_no_subject() {
        // Regression: "Ruiz", whose campaign held the event, explained; a name its verb
        // follows stays the subject.
        let text = "At a Ruiz campaign event in Truro, Nova Scotia, 62-year-old Ana Diaz also \
                    railed against landlords, and explained how much it upset her to pay more. On \
                    Sunday Ana Ruiz made a third attempt to end the dispute, writing on Facebook \
                    that the talks had failed.";
        assert_eq!(
            claims(text),
            [
                reported("how much it upset her to pay more", "explained", "Ana Diaz"),
                reported("that the talks had failed", "writing", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn past_an_opening_phrase_with_no_comma_the_name_its_verb_follows_is_the_subject() {
        // Regression: "retweeted" and "argued" had no speaker.
        let text = "On the morning of Feb. 28 Ana Ruiz went online and retweeted a quote about \
                    the mayor. In a speech in Truro -- which Bo Diaz is likely to win -- Ana Ruiz \
                    claimed momentum and argued she was the stronger candidate.";
        assert_eq!(
            claims(text),
            [
                reported("a quote about the mayor", "retweeted", "Ana Ruiz"),
                reported("she was the stronger candidate", "argued", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_name_after_its_description_is_the_subject_of_an_infinitive_cue() {
        use crate::claims::testing::direct;
        // Regression: the quote had no speaker.
        let text = "The Slate technology columnist David Auerbach went so far as to say: \
                    \"Twitter as we know it is over.\"";
        assert_eq!(
            claims(text),
            [direct(
                "Twitter as we know it is over.", "say", "David Auerbach"
            )]
        );
    }

    #[test]
    fn an_adverb_set_off_after_the_subject_leaves_it_the_subject() {
        // Regression: the claim had no speaker.
        let text = "Punjab's agriculture minister, however, rejected the charge, saying farm \
                    fires had fallen by 30 per cent.";
        assert_eq!(
            claims(text),
            [reported(
                "farm fires had fallen by 30 per cent", "saying", "Punjab's agriculture minister"
            )]
        );
    }

    #[test]
    fn a_progressive_after_an_aside_is_the_verb_of_the_name_before_it() {
        // Regression: "Ruiz is calling for" had no speaker, and "whose real name" challenged.
        let text = "Ana Ruiz, who won Ohio and Texas, is calling for her rivals to drop out. Wine, \
                    whose real name is Robert Kyagulanyi, is challenging the result in court.";
        assert_eq!(
            claims(text),
            [
                reported("her rivals to drop out", "calling for", "Ana Ruiz"),
                reported("the result in court", "challenging", "Wine"),
            ]
        );
    }

    #[test]
    fn a_relative_clause_after_the_subject_leaves_it_the_gerund_s_subject() {
        // Regression: "who" was the subject of "saying", and the claim had no speaker.
        let text = "Sen. Ana Ruiz, who faces a hard race in her home district, withdrew her \
                    endorsement of the mayor, saying he had misled voters.";
        assert_eq!(
            claims(text),
            [reported("he had misled voters", "saying", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_name_after_the_opening_the_is_the_gerund_s_subject() {
        // Regression: the quote "citing" gave had no speaker.
        let text = "The Thompson-Nicola Regional District issued the order shortly before \
                    midnight, citing \"immediate danger to life safety\" from the fire.";
        assert_eq!(
            claims(text),
            [direct(
                "immediate danger to life safety", "citing", "Thompson-Nicola Regional District"
            )]
        );
    }

    #[test]
    fn connectives_that_open_the_clause_are_no_subject() {
        // Regression: the quote after "saying," had no speaker.
        let text = "And then Ana Ruiz went on the attack, saying, \"Is the mayor going to \
                    resign?\"";
        assert_eq!(
            claims(text),
            [direct(
                "Is the mayor going to resign?", "saying", "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_clause_joined_by_and_with_its_own_subject_is_the_gerund_s() {
        // Regression: the prosecutors acknowledged what the mayor did.
        let text = "Prosecutors charged the officer with murder and Ana Ruiz fired her police \
                    chief, acknowledging that trust had been lost.";
        assert_eq!(
            claims(text),
            [
                reported("the officer with murder", "charged", "Prosecutors"),
                reported("that trust had been lost", "acknowledging", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_place_inside_the_subject_is_where_its_people_are() {
        // Regression: "New Hampshire" said Ruiz still had a shot.
        let text = "Democratic insiders in New Hampshire were more likely to say Ruiz still has \
                    a shot.";
        assert_eq!(
            claims(text),
            [reported(
                "Ruiz still has a shot", "say", "Democratic insiders in New Hampshire"
            )]
        );
    }

    #[test]
    fn a_count_that_opens_the_sentence_is_no_name() {
        // Regression: "Hundreds" was a person who spoke.
        let text = "Hundreds of nurses at the hospital went on strike, saying they had not been \
                    paid.";
        assert_eq!(
            claims(text),
            [reported(
                "they had not been paid", "saying", "Hundreds of nurses at the hospital"
            )]
        );
    }

    #[test]
    fn an_opening_gerund_and_a_name_after_the_are_no_subjects() {
        // Regression: "Rallying" promised, and "Ruiz" suggested.
        let text = "Rallying hundreds of workers, Ana Ruiz tried to help and promised to deliver \
                    change. The Ruiz campaign countered Sunday by suggesting four other nights.";
        assert_eq!(
            claims(text),
            [
                reported("to deliver change", "promised", "Ana Ruiz"),
                reported("four other nights", "suggesting", "The Ruiz campaign"),
            ]
        );
    }

    #[test]
    fn even_before_a_subject_opens_no_phrase() {
        // Regression: "Even" was taken for an opening phrase, and the claim was lost.
        let text = "Even my own folks say, jeez, Joe, most people think we are going the wrong \
                    way.";
        assert_eq!(
            claims(text),
            [reported(
                "jeez, Joe, most people think we are going the wrong way",
                "say",
                "my own folks"
            )]
        );
    }

    #[test]
    fn a_cue_in_the_opening_phrase_is_the_main_clauses_subjects() {
        // Regression: these cues had no source, and their contents ran into the main clause.
        let text = "Even after the complaint was filed, Ana Ruiz continued to say she had never \
                    met him. Since announcing Jo Diaz as his running mate, Lopez has risen in \
                    the polls.";
        assert_eq!(
            claims(text),
            [
                reported("she had never met him", "say", "Ana Ruiz"),
                reported("Jo Diaz as his running mate", "announcing", "Lopez"),
            ]
        );
    }

    #[test]
    fn a_name_that_opens_a_noun_phrase_only_modifies_the_subject() {
        // Regression: "Nuclear" and "Reuters" were the sources.
        let text = "Nuclear proliferation experts doubted the test, but have speculated that it \
                    failed.\n\nORLANDO, Fla. (Reuters) - Mayor Ann Cole met survivors and said \
                    the city would act.";
        assert_eq!(
            claims(text),
            [
                reported("the test", "doubted", "Nuclear proliferation experts"),
                reported(
                    "that it failed", "speculated", "Nuclear proliferation experts"
                ),
                reported("the city would act", "said", "Ann Cole"),
            ]
        );
    }

    #[test]
    fn a_coordinated_cue_past_an_opening_adverbial_is_the_subject_s() {
        let text = "In a statement, Governor Rick Scott blasted Congress and said the state had \
                    spent $26 million on prevention.";
        // (A stance on a name alone is a claim too.)
        assert_eq!(
            claims(text),
            [
                reported("Congress", "blasted", "Rick Scott"),
                reported(
                    "the state had spent $26 million on prevention",
                    "said",
                    "Rick Scott"
                ),
            ]
        );
    }

    #[test]
    fn a_gerund_after_verbs_of_its_own_is_the_subject_s_past_an_opening_phrase() {
        // Regression: with "has lately started" between, the subject went unfound.
        let text = "Perhaps not by chance, Mayor Ana Ruiz has lately started asking residents \
                    to vote early.";
        assert_eq!(
            claims(text),
            [reported("residents to vote early", "asking", "Ana Ruiz")]
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
    fn a_name_after_a_pronoun_subject_is_not_the_next_pronouns_person() {
        let text = "Mr. Schultz said he did not support Mr. Trump. The difference now, he told me on \
                    Friday, is that his show makes him seem kinder to Mr. Trump.\n\nHe said he \
                    did not mention the hacking.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        assert_eq!(speakers, ["Schultz"; 4].map(|who| Some(who.to_string())));
    }
}

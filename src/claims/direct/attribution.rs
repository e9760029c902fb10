//! Quote attribution: the cue and source of one quote, after its closing mark or before its
//! opening one.

use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::quotes::Quote;
use crate::claims::{MAX_CLAUSE, Source, starting_in};
use crate::data::cues::{
    ADVERBIAL_OPENERS, AUXILIARIES, CLAUSE_JOINERS, CueClass, SOURCE_DETERMINERS, TIME_WORDS,
};
use crate::grammar::past_form;
use crate::text::Lowercase;

impl Finder<'_, '_> {
    /// The cue and source of a direct quote: after the closing mark ("…," he said), before
    /// the opening mark (he said: "…"), or none.
    pub(in crate::claims) fn quote_attribution(
        &self,
        q: &Quote,
        cues: &[Cue],
    ) -> Option<(usize, Source)> {
        let doc = self.doc;
        // After the closing mark: the attribution fills the gap up to its cue, as in "…,"
        // Al Jazeera's James Bays, reporting from the White House, said.
        if let Some(close) = q.close {
            let sentence = self.sentence(close);
            let from = close + 1;
            let gap = (from..sentence.end)
                .find(|&k| !doc.is_punct(k, ","))
                .unwrap_or(from);
            let to = sentence.end.min(from + 30);
            // "The “sex tape” reference": a cue that is as often a noun names no speaker.
            let near = starting_in(cues, gap, to)
                .map(|ci| (ci, &cues[ci]))
                .filter(|(_, c)| !(self.inside_quote(c.first) || c.noun_like && c.first == gap));
            // "“…”, adding this was …, TASS quoted him as saying": a gerund with no source of
            // its own gives way to an attribution that closes the sentence.
            let mut fallback = None;
            // A quoted fragment, with no punctuation inside its closing mark or after it.
            let fragment = !self.closes_on_punctuation(close) && gap == from;
            for (ci, cue) in near {
                // "“very close,” adding: “…”": the cue introduces the quote after it. "had
                // “overwhelmingly” supported the change": a stance right after a quote has it
                // inside its own clause.
                let introduces = cue.last + 1 < sentence.end && doc.is_punct(cue.last + 1, ":");
                let stance = cue.class == CueClass::Belief && !cue.gerund;
                if introduces || cue.first == gap && stance {
                    continue;
                }
                if cue.first == gap {
                    // A gerund's source is never after it: "“…,” comparing him to Obama".
                    let after = (!cue.gerund)
                        .then(|| self.source_after(cue, sentence.end))
                        .flatten();
                    match after {
                        Some((source, _)) => return Some((ci, source)),
                        // "called the explanation “laughable,” adding …": a quote inside the
                        // content of a cue before it is no gerund's.
                        None if cue.gerund
                            && starting_in(cues, self.sentence(q.open).start, q.open)
                                .is_empty() =>
                        {
                            let subject = self.clause_subject(cue, sentence.start);
                            fallback = Some((ci, subject.map_or(Source::Unnamed, |s| s.0)));
                        }
                        None if cue.gerund => {}
                        // "NBC's “Today” show that …": a cue right after a quoted fragment
                        // reports what follows it.
                        None if fragment => {}
                        // So does one with a subject after it: "who has called Putin “a
                        // thug,” said he would push …".
                        None if cue.last + 1 < sentence.end
                            && self.pronoun(cue.last + 1).is_some() =>
                        {
                            return None;
                        }
                        None => return Some((ci, Source::Unnamed)),
                    }
                }
                // Only the source's own words before it: "Al Jazeera's James Bays",
                // "Sen. Claire McCaskill"; a gerund has none ("…” to pad the numbers, pointing
                // to …").
                let before = (!cue.gerund)
                    .then(|| self.source_before(cue, from))
                    .flatten();
                if let Some((source, at)) = before {
                    let first = self.first_of_source(source, at);

                    // "“a disgrace” after she attacked …", "“reckless,” and Sen. Chris Murphy
                    // tweeted …", "“highly likely” if Scotland's interests were ignored",
                    // "“a crude populism” that he said threatened …" are no attribution.
                    let joins = |k: usize| {
                        ADVERBIAL_OPENERS.contains(self.word(k))
                            || CLAUSE_JOINERS.contains(self.word(k))
                            || self.word(k) == "that" && self.pronoun(k + 1).is_some()
                    };
                    let own = |k: usize| {
                        self.is_word(k) && !joins(k) || doc.is_punct(k, ".") || doc.is_punct(k, "&")
                    };
                    // "“…,” their lawyer, Shawn Williams, wrote": a short description before
                    // the name, set off by a comma.
                    let described = matches!(source, Source::Named(_))
                        && first > gap + 1
                        && first - gap <= 6
                        && doc.is_punct(first - 1, ",")
                        && SOURCE_DETERMINERS.contains(self.word(gap))
                        && (gap..first - 1).all(own);
                    // "“did not recall” receiving emails she believed …": after a fragment,
                    // the source comes first.
                    if described || (gap..first).all(own) && (!fragment || first == gap) {
                        // "“the last thing” he wanted was …": a cue in a relative clause
                        // attributes nothing.
                        if cue.last + 1 < sentence.end
                            && AUXILIARIES.contains(self.word(cue.last + 1))
                        {
                            return None;
                        }
                        return Some((ci, source));
                    }
                }
            }
            // "“…” of the Clinton proposals, Mr. Holtz-Eakin said.": a named source and its cue
            // close the sentence.
            let closing = starting_in(cues, gap, sentence.end.min(gap + MAX_CLAUSE))
                .rev()
                .map(|ci| (ci, &cues[ci]))
                .find(|(_, c)| c.last + 3 >= sentence.end);
            if let Some((ci, cue)) = closing {
                // "“…,” one said.": one of those the text has named, none by name.
                if cue.first == gap + 1 && matches!(self.word(gap), "one" | "another") {
                    return Some((ci, Source::Unnamed));
                }
                if let Some((source @ (Source::Named(_) | Source::Pronoun(..)), at)) =
                    self.source_before(cue, from)
                {
                    // (With the capitalized words of its titles: "…” officers, Philadelphia
                    // Police Commissioner Richard Ross said.")
                    let mut first = self.first_of_source(source, at);
                    while first > from && doc.is_capitalized(first - 1) {
                        first -= 1;
                    }
                    if first > from && doc.is_punct(first - 1, ",") {
                        return Some((ci, source));
                    }
                }
            }
            if fallback.is_some() {
                return fallback;
            }
            // "“… too big to manage?” Vitter demanded.": a question or exclamation closes the
            // sentence, and a short one of a name and its cue follows, with the occasion at
            // most ("Cruz asked during a speech on the Senate floor.").
            let next = doc.sentence_of(close) + 1;
            if close + 1 == sentence.end && next < doc.sentences.len() {
                let after = doc.sentences[next].clone();
                let short =
                    after.len() <= 16 && doc.paragraph_of(after.start) == doc.paragraph_of(close);
                let cue = starting_in(cues, after.start, after.end).find(|&ci| {
                    let next = cues[ci].last + 1;
                    // ("“…?” Starmer told parliament.": past the addressee.)
                    let next = if cues[ci].base == "tell" && next < after.end {
                        self.addressee(next).unwrap_or(next + 1)
                    } else {
                        next
                    };
                    next + 1 >= after.end
                        || (doc.is_punct(close - 1, "?") || doc.is_punct(close - 1, "!"))
                            && after.start + 8 > next
                            && (ADVERBIAL_OPENERS.contains(self.word(next))
                                || TIME_WORDS.contains(self.word(next)))
                            && (next..after.end)
                                .all(|k| !self.cue_starts[k] && self.word(k) != "that")
                });
                if let Some(ci) = cue.filter(|_| short) {
                    if let Some((source @ (Source::Named(_) | Source::Pronoun(..)), at)) =
                        self.source_before(&cues[ci], after.start)
                    {
                        if self.first_of_source(source, at) == after.start {
                            return Some((ci, source));
                        }
                    }
                }
            }
        }
        // Before the opening mark: the cue ends the text before it, save ':' or ','; or, for a
        // quote that opens its paragraph, the paragraph before ends "… continued:".
        let mut sentence = self.sentence(q.open);
        let mut open = q.open;
        if sentence.start == q.open {
            let before = doc
                .sentence_of(q.open)
                .checked_sub(1)
                .map(|s| doc.sentences[s].clone());
            match before {
                Some(b) if doc.is_punct(b.end - 1, ":") && b.end + 1 == q.open => {
                    sentence = b;
                    open = sentence.end;
                }
                _ => return None,
            }
        }
        let mut j = open;
        while j > sentence.start && (doc.is_punct(j - 1, ":") || doc.is_punct(j - 1, ",")) {
            j -= 1;
        }
        // "told a press conference on Thursday, after the prime minister returned: “…”": a
        // colon reaches further back, past an aside (not past a reported clause: "said she
        // has the essential quality for the job of president: “…”").
        let colon = doc.is_punct(open - 1, ":");
        let ci = starting_in(cues, sentence.start.max(j.saturating_sub(16)), open)
            .rev()
            .find(|&ci| {
                let last = cues[ci].last;
                last < open
                    && (last + 6 >= j
                        || colon && last + 14 >= j && (last..j).any(|k| doc.is_punct(k, ",")))
            })?;
        let cue = &cues[ci];
        // "calling the conservative demand “a political stunt”": a noun in the object of an
        // earlier cue is no speaker's; the quote is what that cue's source calls it.
        let object_of_earlier = cue.noun_like
            && !past_form(self.word(cue.first))
            && j == open
            && ci > 0
            && cues[ci - 1].first >= sentence.start
            && (cues[ci - 1].last + 1..cue.first).all(|k| self.is_word(k));
        if self.obliged(cue) || object_of_earlier {
            return None;
        }
        // "said that “…”" reports the quote inside a reported claim.
        let between_ok = (cue.last + 1..j)
            .all(|k| (self.is_word(k) || colon && doc.is_punct(k, ",")) && self.word(k) != "that")
            && (j < open || cue.last + 1 == open);
        if !between_ok {
            return None;
        }
        // "“…,” Trump said, adding later, “…”": a gerund after a comma goes on with the source
        // of the cue before it in the sentence.
        let goes_on = self.goes_on(cue, sentence.start);
        // (Not one in a relative clause: "not paying an architect who said he was stiffed …,
        // saying, “…”" is Trump's.)
        let earlier = || {
            let mut i = ci;
            while i > 0 && cues[i - 1].first >= sentence.start {
                i -= 1;
                if self.relative_at(self.head_of(&cues[i], sentence.start), sentence.start) {
                    continue;
                }
                let found = self
                    .source_before(&cues[i], sentence.start)
                    .or_else(|| self.source_after(&cues[i], sentence.end));
                if found.is_some() {
                    return found;
                }
            }
            None
        };
        // "Sanders made the following comment: “…”": a cue that is a noun was made by the
        // sentence's subject.
        let noun = cue.first > sentence.start && {
            let w = Lowercase::new(self.word(cue.first - 1));
            SOURCE_DETERMINERS.contains(w.as_str()) || w.as_str() == "following"
        };
        let subject = || self.subject_before(cue.first, sentence.start);
        // A gerund's source is never after it: "…, telling reporters at City Hall: “…”".
        let after = || {
            (!cue.gerund)
                .then(|| self.source_after(cue, open))
                .flatten()
        };
        // "Mr. Trump shrugged, asserting, “…”": else a gerund's source is its clause's subject
        // (not a name before an earlier comma: "During an interview with the BBC, Mr Corbyn
        // rejected the claims, stressing: “…”").
        let source = goes_on
            .then(|| earlier().or_else(|| self.clause_subject(cue, sentence.start)))
            .flatten()
            .or_else(|| self.source_before(cue, sentence.start))
            .or_else(after)
            .or_else(|| noun.then(subject).flatten())
            // "Mr. Obama smiled and said, “…”": a coordinated cue shares its clause's subject.
            .or_else(|| {
                (cue.first > sentence.start && matches!(self.word(cue.first - 1), "and" | "but"))
                    .then(subject)
                    .flatten()
            });
        // "Oz has been called a charlatan for promoting “quack” cures", "A spokesman said it
        // would not comment on “hypothetical scenarios”": with no source of its own, or one
        // after an earlier cue of its sentence, a quoted fragment is inside that cue's claim.
        let fragment = j == open && q.close.is_some_and(|c| !self.closes_on_punctuation(c));
        let inside_earlier = ci > 0
            && cues[ci - 1].first >= sentence.start
            && source.is_none_or(|(s, at)| self.first_of_source(s, at) > cues[ci - 1].last);
        if inside_earlier && fragment {
            return None;
        }
        Some((ci, source.map_or(Source::Unnamed, |s| s.0)))
    }
}

//! Quote attribution before the opening mark: "he said: “…”", "Mr. Trump shrugged, asserting,
//! “…”", and a paragraph that ends "… continued:" above a quote.

use std::ops::Range;

use super::Attribution;
use crate::claims::cues::Cue;
use crate::claims::cues::starting_in;
use crate::claims::finder::Finder;
use crate::claims::found::Source;
use crate::claims::quotes::Quote;
use crate::data::cues::{AUXILIARIES, BE_FORMS, CueClass, SOURCE_DETERMINERS, SPEECH_OCCASIONS};
use crate::data::words::ABBREVIATIONS;
use crate::grammar::{opens_predicate, past_form};
use crate::rules::Rule;
use crate::text::Lowercase;

/// How many tokens before the opening mark its cue may start.
const CUE_REACH: usize = 16;
/// How many tokens may stand between the cue and the opening mark.
const CUE_GAP: usize = 6;
/// How many tokens an occasion after the cue may run to the quote ("in a written statement").
const OCCASION_GAP: usize = 12;
/// How far back a colon reaches for its cue, past an aside.
const COLON_GAP: usize = 14;

impl Finder<'_, '_> {
    /// The cue and source of a quote from the words before its opening mark: the cue ends the
    /// text before it, save ':' or ','; or, for a quote that opens its paragraph, the paragraph
    /// before ends "… continued:".
    pub(super) fn attribution_before(&self, q: &Quote, cues: &[Cue]) -> Option<Attribution> {
        let doc = self.doc;
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
        // "As the senator wrote after the vote was taken in the early hours:" over a quote that
        // opens the next paragraph: the colon reaches back through its sentence.
        let block = colon && open != q.open;
        let reach = if block {
            0
        } else {
            j.saturating_sub(CUE_REACH)
        };
        // "told the Washington Post in a written statement, “…”": past the one told and the
        // occasion.
        let past_occasion = |cue: &Cue| {
            let mut k = cue.last + 1;
            if cue.base == "tell" && k < j {
                k = self.addressee(k).unwrap_or(k);
            }
            let told = k > cue.last + 1;
            k < j
                && (told && k + CUE_GAP >= j || self.opens_adverbial(k) && j - k <= OCCASION_GAP)
                && (k..j).all(|i| {
                    (self.is_word(i) || doc.is_punct(i, ".") || doc.is_punct(i, ","))
                        && !self.cue_starts[i]
                })
        };
        // "Said Dorothy Poynter, who grew up with Ali, “…”": an inverted cue that opens the
        // sentence reaches past its source's aside.
        let inverted_aside = |cue: &Cue| {
            cue.first == sentence.start
                && doc.is_capitalized(cue.first)
                && self.mention_starting_at(cue.last + 1).is_some()
                && doc.is_punct(j, ",")
                && (cue.last + 1..j).all(|i| self.is_word(i) || doc.is_punct(i, ","))
        };
        let ci = starting_in(cues, sentence.start.max(reach), open)
            .rev()
            .find(|&ci| {
                let last = cues[ci].last;
                last < open
                    && (last + CUE_GAP >= j
                        || past_occasion(&cues[ci])
                        || inverted_aside(&cues[ci])
                        || block
                        || colon
                            && last + COLON_GAP >= j
                            // (Past an aside, or an occasion: "said in a recent issue of
                            // Foreign Policy magazine: “…”"; not past a clause of a name and
                            // its verb: "Asked whether she regretted it, Dubois was blunt:
                            // “…”" is Dubois's.)
                            && ((last..j).any(|k| doc.is_punct(k, ","))
                                || last + 1 < j && self.opens_adverbial(last + 1))
                            && !(last..j)
                                .any(|k| doc.is_punct(k, ",") && self.name_and_verb(k + 1, j)))
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
        // "According to ''The Trumps: Three Generations That Built an Empire,'' by Gwenda Blair,
        // …": a title right after "according to" is the source, not its words.
        let titled_source = cue.according_to && cue.last + 1 == q.open;
        if self.obliged(cue) || object_of_earlier || titled_source {
            return None;
        }
        // "said that “…”" reports the quote inside a reported claim.
        // (A title's period between is no break: "said of Mr. Rubio: “…”".)
        let abbreviation =
            |k: usize| doc.is_punct(k, ".") && k > 0 && ABBREVIATIONS.contains(self.word(k - 1));
        // (Commas set off an occasion or the source's aside.)
        let commas = inverted_aside(cue) || past_occasion(cue);
        // ("said the authority had cleared the drains, “but …”": a clause with a verb of its
        // own between is the content the quote goes on with, in the reported claim.)
        let between_ok = (cue.last + 1..j).all(|k| {
            (self.is_word(k) || (colon || commas) && doc.is_punct(k, ",") || abbreviation(k))
                && self.word(k) != "that"
                && (colon || k == cue.last + 1 || !AUXILIARIES.contains(self.word(k)))
        }) && (j < open || cue.last + 1 == open);
        if !between_ok {
            return None;
        }
        // "Oz has been called a charlatan for promoting “quack” cures", "A spokesman said it
        // would not comment on “hypothetical scenarios”": with no source of its own, or one
        // after an earlier cue of its sentence, a quoted fragment is inside that cue's claim.
        let fragment = j == open && q.close.is_some_and(|c| !self.closes_on_punctuation(c));
        // "Silverman drew boos upon saying, “…”": a gerund with no source of its own before a
        // whole quote is its clause's subject's. ("Ruiz is accused of “lying”": whoever
        // charges goes unnamed.)
        let charged = self.charged_passively(cue, &sentence).is_some();
        let source = (!charged)
            .then(|| self.source_before_quote(ci, cues, &sentence, open))
            .flatten()
            .or_else(|| {
                (cue.gerund && !fragment)
                    .then(|| self.subject_before(cue.first, sentence.start))
                    .flatten()
                    .map(|(s, at)| (s, at, Rule::SourceClauseSubject))
            });
        // "said “dental deserts” had spread": a fragment right after its cue that an auxiliary
        // follows is the subject of the clause the cue reports.
        if fragment
            && cue.last + 1 == open
            && q.close
                .is_some_and(|c| c + 1 < sentence.end && AUXILIARIES.contains(self.word(c + 1)))
        {
            return None;
        }
        let inside_earlier = ci > 0
            && cues[ci - 1].first >= sentence.start
            && source.is_none_or(|(s, at, _)| self.first_of_source(s, at) > cues[ci - 1].last);
        if inside_earlier && fragment {
            return None;
        }
        Some(match source {
            Some((source, _, rule)) => (ci, source, rule),
            None => (ci, Source::Unnamed, Rule::SourceUnnamed),
        })
    }

    /// The tokens that open the sentence of quote `q` before the attribution that introduces
    /// it, set off by a comma ("Particularly in poorer towns, he said, “…”"), where they are
    /// no quote and report no cue of their own.
    pub(super) fn lead_before(&self, q: &Quote, cue: &Cue, source: Source) -> Option<Range<usize>> {
        let doc = self.doc;
        let sentence = self.sentence(q.open);
        if cue.last >= q.open || !doc.is_punct(q.open - 1, ",") {
            return None;
        }
        let first = match source {
            Source::Pronoun(at, _) => at,
            source => self.titles_before(self.first_of_source(source, cue.first)),
        };
        let attribution = first.min(cue.first);
        if attribution < sentence.start + 2 || !doc.is_punct(attribution - 1, ",") {
            return None;
        }
        // The quote goes on with the lead's sentence ("…, he said, “we do not …”"): one that
        // opens a sentence of its own has an occasion before it ("In an interview, he said,
        // “I …”"), and so has a participle ("Asked about it, …", "Speaking on Monday, …").
        let quoted = (q.open + 1..sentence.end).find(|&k| self.is_word(k));
        let goes_on = quoted.is_some_and(|k| self.word(k).starts_with(char::is_lowercase));
        // ("Clinton, a top aide said, “is very confident …”", "Weighing the polls, Ruiz said,
        // “is like …”": the lead is the subject of the quote's verb.)
        let subject = quoted.is_some_and(|k| opens_predicate(self.word(k)));
        let lead = sentence.start..attribution - 1;
        let first_word = lead.clone().find(|&k| self.is_word(k))?;
        let opener = self.word(first_word);
        let plain = (subject
            || lead.clone().filter(|&k| self.is_word(k)).nth(1).is_some()
                && !opener.ends_with("ing")
                && opener != "Asked")
            && lead.clone().all(|k| {
                !self.is_quote_mark(k)
                    && !self.cue_starts[k]
                    && !SPEECH_OCCASIONS.contains(self.word(k))
            });
        // ("Of the scrutiny, he said, “It's a little much.”": what was said of it, whatever
        // the quote's first word.)
        let of = opener == "Of";
        ((goes_on || of) && plain && !self.inside_quote(first_word))
            .then_some(first_word..attribution - 1)
    }

    /// Whether the source of cue `ci` (and the token where it ends) opens the content of a
    /// speech cue before it in its sentence, from `sentence_start`, right after that cue or
    /// after its "that": "wrote the agents knew".
    fn reported_by_earlier(
        &self,
        cues: &[Cue],
        ci: usize,
        sentence_start: usize,
        (source, at): (Source, usize),
    ) -> bool {
        let first = self.first_of_source(source, at);
        cues[..ci]
            .iter()
            .rev()
            .take_while(|c| c.first >= sentence_start)
            .any(|c| {
                c.class == CueClass::Speech
                    && (c.last + 1 == first
                        || c.last + 2 == first && self.word(c.last + 1) == "that")
            })
    }

    /// The source of cue `ci` before a quote that opens at `open`, where it ends, and the rule
    /// that found it.
    fn source_before_quote(
        &self,
        ci: usize,
        cues: &[Cue],
        sentence: &Range<usize>,
        open: usize,
    ) -> Option<(Source, usize, Rule)> {
        let cue = &cues[ci];
        let by = |found: Option<(Source, usize)>, rule| found.map(|(s, at)| (s, at, rule));
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
                // ("Byrne wrote the agents knew to brace for it, saying, “…”": a cue inside
                // the content of a speech cue before it is no source's the gerund goes on with.)
                let found = by(
                    self.source_before(&cues[i], sentence.start)
                        .filter(|&found| !self.reported_by_earlier(cues, i, sentence.start, found)),
                    Rule::SourceGoesOn,
                )
                // (After it only where it is inverted, after a quote or a comma: "“…,” said
                // Ruiz, adding, “…”"; not the object of "endorsed Clinton, saying, “…”".)
                .or_else(|| {
                    let first = cues[i].first;
                    (first > 0
                        && (self.is_quote_mark(first - 1) || self.doc.is_punct(first - 1, ",")))
                    .then(|| {
                        by(
                            self.source_after(&cues[i], sentence.end),
                            Rule::SourceGoesOn,
                        )
                    })
                    .flatten()
                });
                if found.is_some() {
                    return found;
                }
            }
            None
        };
        // "Sanders made the following comment: “…”": a cue that is a noun was made by the
        // sentence's subject; so was one after "a" and its modifier ("delivered a snappy
        // retort: “…”").
        let noun = cue.first > sentence.start && {
            let w = Lowercase::new(self.word(cue.first - 1));
            SOURCE_DETERMINERS.contains(w.as_str()) || w.as_str() == "following"
        };
        if self.modified_noun(cue, sentence.start) {
            return by(
                self.subject_before(cue.first, sentence.start),
                Rule::SourceClauseSubject,
            );
        }
        let subject = || {
            by(
                self.subject_before(cue.first, sentence.start),
                Rule::SourceClauseSubject,
            )
        };
        // A gerund's source is never after it: "…, telling reporters at City Hall: “…”"; nor
        // is one of "tell", whose addressee stands there ("told his supporters, “…”").
        let after = || {
            (!cue.gerund && cue.base != "tell")
                .then(|| by(self.source_after(cue, open), Rule::SourceAfter))
                .flatten()
        };
        // "Mr. Obama smiled and said, “…”": a coordinated cue shares its clause's subject; so
        // does an infinitive after the clause's verb ("went on to say, “…”", "interjected to
        // say:", "went so far as to say:"), not after its object ("urged him to say").
        let infinitive = cue.first > sentence.start + 1 && self.word(cue.first - 1) == "to" && {
            let w = self.word(cue.first - 2);
            matches!(w, "on" | "as") || past_form(w) && w.starts_with(char::is_lowercase)
        };
        // ("The debate was so subdued that Mr. Trump was prompted to say, “…”": the name before
        // the passive, not the sentence's first subject.)
        let passive_subject = || {
            let be = cue.first.checked_sub(3).filter(|&b| b > sentence.start)?;
            let m = (infinitive && BE_FORMS.contains(self.word(be)))
                .then(|| self.mention_ending_at(be - 1))
                .flatten()?;
            Some((
                Source::Named(m),
                self.mentions[m].first,
                Rule::SourceClauseSubject,
            ))
        };
        let coordinated = || {
            (cue.first > sentence.start && matches!(self.word(cue.first - 1), "and" | "but")
                || infinitive)
                .then(|| passive_subject().or_else(subject))
                .flatten()
        };
        // "Mr. Trump shrugged, asserting, “…”": else a gerund's source is its clause's subject
        // (not a name before an earlier comma: "During an interview with the BBC, Mr Corbyn
        // rejected the claims, stressing: “…”").
        let found = goes_on
            .then(|| {
                earlier().or_else(|| {
                    by(
                        self.clause_subject(cue, sentence.start),
                        Rule::SourceClauseSubject,
                    )
                })
            })
            .flatten()
            .or_else(|| by(self.source_before(cue, sentence.start), Rule::SourceBefore))
            .or_else(coordinated)
            .or_else(after)
            .or_else(|| noun.then(subject).flatten());
        // "President Obama released a statement condemning “…”"
        match found.and_then(|(source, _, _)| self.document_maker(source, sentence.start)) {
            Some((source, at)) => Some((source, at, Rule::SourceMaker)),
            None => found,
        }
    }
}

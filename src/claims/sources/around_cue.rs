//! Where a cue's source stands: before it ("Mr Lavrov said", past asides, appositions and
//! occasions) or, inverted, after it ("…," said a spokesman).

use crate::annotations::SpeakerKind;
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::Source;
use crate::data::cues::{
    ADVERBIAL_OPENERS, AGO, AUXILIARIES, CONNECTIVES, CueClass, DAY_LEADS, DAY_UNITS, DETERMINERS,
    DOCUMENTS, DURATIONS, INFORMED, MEMBER_LEADS, NOT_IN_SOURCE_PHRASE, NUMBER_WORDS,
    OCCASION_NAME_LINKS, PREPOSITIONS, SOURCE_NOUNS, SPEECH_OCCASIONS, TIME_COUNTS, TIME_LEADS,
    TIME_WORDS, TITLE_QUALIFIERS, WRITERS_TIME_OPENERS,
};
use crate::data::words::{
    ABBREVIATIONS, PERSON_NOUN_ENDINGS, TITLES, is_name_suffix, subject_pronoun,
};
use crate::grammar::past_form;
use crate::speakers::MentionId;
use crate::text::{Kind, Lowercase};

/// How many tokens before the cue an occasion between it and its source may start ("Trump in an
/// interview with Chris Wallace said").
const OCCASION_REACH: usize = 10;
/// How many tokens an aside between dashes, or an apposition between commas, may run.
const ASIDE_REACH: usize = 30;
/// How many tokens before the cue the commas of an apposed person are looked for.
const APPOSED_REACH: usize = 40;
/// How many words a relative clause between a subject and its cue may run ("who spoke on
/// condition of anonymity").
const RELATIVE_WORDS: usize = 10;
/// How many words a source noun phrase after its cue may run.
const SOURCE_AFTER_WORDS: usize = 10;
/// How many tokens a source phrase after its cue may run past its head to the mark that ends
/// it ("according to a CBS poll released Monday, …").
const SOURCE_PHRASE_TAIL: usize = 20;

impl Finder<'_, '_> {
    /// The source before a cue: "Mr Lavrov said", "he has repeatedly said", "Nikki Haley, the
    /// U.S. ambassador, said", "Ambassador to the UN, Nikki Haley, called on".
    pub(in crate::claims) fn source_before(
        &self,
        cue: &Cue,
        start: usize,
    ) -> Option<(Source, usize)> {
        // A cue outside quotes has no source inside them: "“… this anymore,” Trump said,
        // adding later" is not said by "this anymore".
        self.source_before_anywhere(cue, start)
            .filter(|&(source, at)| {
                self.inside_quote(cue.first) || !self.inside_quote(self.first_of_source(source, at))
            })
            // "tweeted back at Trump pointing out …": a name after a preposition is no
            // gerund's source.
            .filter(|&(source, _)| match source {
                Source::Named(m) if cue.gerund => {
                    let first = self.titles_before(self.mentions[m].first);
                    first == 0 || self.word(first - 1) != "at"
                }
                _ => true,
            })
    }

    /// The source of `cue` before it, from token `start` on, wherever it stands.
    pub(in crate::claims) fn source_before_anywhere(
        &self,
        cue: &Cue,
        start: usize,
    ) -> Option<(Source, usize)> {
        let mut j = cue.first;
        while j > start && self.is_word(j - 1) && self.between_source_and_cue(j - 1) {
            j -= 1;
        }
        // "The ministry in a statement said", "Trump on Twitter said", "Trump in an interview
        // with Chris Wallace said": past the occasion.
        let occasion = self
            .find_back(
                start.max(j.saturating_sub(OCCASION_REACH)),
                j,
                |i| self.is_word(i),
                |i| SPEECH_OCCASIONS.contains(self.word(i)),
            )
            // (Up to the cue, only names with whom: not "in an interview with RT he blasted".)
            .filter(|&o| {
                (o + 1..j).all(|i| {
                    self.doc.is_capitalized(i) && self.pronoun(i).is_none()
                        || OCCASION_NAME_LINKS.contains(self.word(i))
                })
            })
            .and_then(|o| {
                (start + 1..o)
                    .rev()
                    .take(3)
                    .find(|&k| ADVERBIAL_OPENERS.contains(self.word(k)))
            });
        if let Some(k) = occasion {
            j = k;
        }
        // "Trump at the time said"
        if j > start + 3
            && matches!(
                (self.word(j - 3), self.word(j - 2), self.word(j - 1)),
                ("at", "the", "time")
            )
        {
            j -= 3;
        }
        // "Sanders on Tuesday said", "Wells Fargo just this month announced", "Priebus later
        // Thursday told" ("earlier" is a lead already)
        while j > start + 1
            && TIME_WORDS.contains(self.word(j - 1))
            && (TIME_LEADS.contains(self.word(j - 2)) || self.word(j - 2) == "later")
        {
            j -= 2;
            // "Spicer on Thursday evening said", "Ruiz last Thursday night said"
            if j > start + 1 && DAY_LEADS.contains(self.word(j - 1)) {
                j -= 1;
            }
            while j > start && self.is_word(j - 1) && self.between_source_and_cue(j - 1) {
                j -= 1;
            }
        }
        // "Reince Priebus this past week announced", "Fiorina a month later announced"
        if let Some(k) = self.time_before(j, start) {
            j = k;
            while j > start && self.is_word(j - 1) && self.between_source_and_cue(j - 1) {
                j -= 1;
            }
        }
        // "Microsoft Corp. said"
        if j > start + 1 && self.doc.is_punct(j - 1, ".") && is_name_suffix(self.word(j - 2)) {
            j -= 1;
        }
        if j == start {
            return None;
        }
        let mut j = j - 1;
        // "who has called Putin “a thug,” said": the comma inside the closing mark.
        if j > start + 1 && self.is_quote_mark(j) && self.doc.is_punct(j - 1, ",") {
            j -= 1;
        }
        // "The bank's chief executive — who resigned last month — has said", "John Dickey, the
        // chief executive of Ora Media -- the production company … -- told me": past the aside.
        // ("Deborah Reynolds - his co-host - told": a hyphen with spaces is a dash too, though
        // not before a gerund: "He struggles with a task - bragging - conceding that …")
        let double = j > start && self.word(j) == "-" && self.word(j - 1) == "-";
        if matches!(self.word(j), "—" | "–") || double || !cue.gerund && self.spaced_hyphen(j) {
            let close = j - usize::from(double);
            let aside = (start.max(j.saturating_sub(ASIDE_REACH))..close)
                .rev()
                .find(|&k| {
                    self.word(k) == self.word(j)
                        && (!double || k > start && self.word(k - 1) == "-")
                        && (double || self.word(k) != "-" || self.spaced_hyphen(k))
                });
            if let Some(k) = aside.filter(|&k| k - usize::from(double) > start) {
                let open = k - usize::from(double);
                return self.apposed_before(start, open).or_else(|| {
                    self.source_ending_at(open - 1, start, cue.class)
                        .map(|s| (self.with_members(s, k + 1, close), open - 1))
                });
            }
        }
        if let Some(group) = self.coordinated_names(j, start) {
            return Some((group, j));
        }
        // "Another intelligence source speaking to Fox News said": past a participle and the
        // one spoken to.
        let object = match self.mention_ending_at(j) {
            Some(m) => Some(self.titles_before(self.mentions[m].first)),
            None => matches!(self.word(j), "reporters" | "journalists").then_some(j),
        };
        let object = object.map(|o| o - usize::from(o > start && self.word(o - 1) == "the"));
        if let Some(o) = object.filter(|&o| {
            o >= start + 3
                && matches!(self.word(o - 1), "to" | "with")
                && self.word(o - 2).ends_with("ing")
                && self.word(o - 2).starts_with(char::is_lowercase)
        }) {
            if let Some(source) = self.source_ending_at(o - 3, start, cue.class) {
                return Some((source, o - 3));
            }
        }
        if !self.doc.is_punct(j, ",") {
            // "A man accused of setting fire to a mosque told …": the one charged, not the
            // charge's last noun.
            if let Some(charged) = self.charged_noun(j, start, cue.class) {
                return Some(charged);
            }
            // "The family of a boy who died after a police chase in Cardiff have called": what
            // a relative clause ends with is no subject of the verb after it (but "who he
            // accused of", "who many believe betrayed …", "who let them think all women
            // welcome": the subject of the relative clause, or of a content inside it, is the
            // cue's; "Voters who backed Trump say": the relative clause's own verb may be one,
            // and so may a participle before "by": "who wrote the speech delivered by …").
            let relative = self.relative_subject(j, start, cue.class);
            if let Some(relative) = relative.filter(|&(_, head)| self.own_verb(head, j)) {
                return Some(relative);
            }
            return self
                .source_ending_at(j, start, cue.class)
                .map(|s| (s, j))
                .or_else(|| self.noun_before_participle(j, start, cue.class))
                .or(relative)
                .or_else(|| self.share_of_people(start, j).map(|s| (s, j)));
        }
        if let Some(found) = self.apposed_before(start, j) {
            return Some(found);
        }
        if j > start {
            if let Some(m) = self.mention_ending_at(j - 1) {
                let first = self.mentions[m].first;
                // (A mention may run over the start of the sentence: "F...Washington Free".)
                if first == start || first > start && self.doc.is_punct(first - 1, ",") {
                    return Some((Source::Named(m), first));
                }
            }
        }
        let comma = self.last_mark(start.max(j.saturating_sub(ASIDE_REACH)), j, ",")?;
        if comma == start {
            return None;
        }
        // "Phil Berger and Tim Moore, both Republicans, said"
        if let Some(group) = self.coordinated_names(comma - 1, start) {
            return Some((group, comma - 1));
        }
        // "A woman who saw the crash, and who asked not to be named, said": the noun the
        // first relative clause qualifies, not that clause's object.
        if let Some(relative) = self
            .relative_subject(comma - 1, start, cue.class)
            .filter(|&(_, head)| self.own_verb(head, comma - 1))
        {
            return Some(relative);
        }
        self.source_ending_at(comma - 1, start, cue.class)
            .map(|s| (self.with_members(s, comma + 1, j), comma - 1))
    }

    /// Whether the relative clause after the noun that ends at `head` and before token `j`
    /// has a verb of its own ("who backed", "who have praised"), no cue but one before "by"
    /// ("who wrote the speech delivered by …").
    fn own_verb(&self, head: usize, j: usize) -> bool {
        j > head + 2
            && !(head + 4..=j).any(|k| self.cue_starts[k] && (k == j || self.word(k + 1) != "by"))
    }

    /// A group that is the source, with the members that the tokens from `from` to the mark at
    /// `to` name: "Several candidates, including Trump, said", "The two candidates, Ana Ruiz
    /// and Bob Pell, said", "The scholars -- Mr. Tribe and Ms. Epstein -- said".
    fn with_members(&self, source: Source, from: usize, to: usize) -> Source {
        let members = to > from + 1
            && (MEMBER_LEADS.contains(self.word(from)) && self.named_from(from + 1).is_some()
                || self.coordinated_names(to - 1, from).is_some());
        match source {
            Source::Nominal(first, _) if members => Source::Nominal(first, to - 1),
            _ => source,
        }
    }

    /// Where a time that ends before token `j` (after `start`) begins, in the forms the loop
    /// over "on Tuesday" leaves: "this past week", "a month later", "two days ago", "less than
    /// two weeks ago".
    fn time_before(&self, j: usize, start: usize) -> Option<usize> {
        if j < start + 3 {
            return None;
        }
        let w = self.word(j - 1);
        if TIME_WORDS.contains(w) && matches!(self.word(j - 2), "past" | "next") {
            return TIME_LEADS.contains(self.word(j - 3)).then_some(j - 3);
        }
        // (The walk over the adverbs between may have passed "later" already.)
        let ago = if AGO.contains(w) { j - 1 } else { j };
        let unit =
            |u: &str| TIME_WORDS.contains(u) || DURATIONS.contains(u) || DAY_UNITS.contains(u);
        let count = |c: &str| NUMBER_WORDS.contains(c) || TIME_COUNTS.contains(c);
        let time =
            AGO.contains(self.word(ago)) && unit(self.word(ago - 1)) && count(self.word(ago - 2));
        // ("less than two weeks ago", "more than a year later")
        let bound = ago >= start + 4
            && self.word(ago - 3) == "than"
            && matches!(self.word(ago - 4), "less" | "more");
        time.then_some(ago - 2 - 2 * usize::from(bound))
    }

    /// Names joined by "and" that end at token `j`, after `start`, as one source: "Donald
    /// Trump and Senator Bernie Sanders have both argued", "Germany's Merkel, Macron and Sunak
    /// said"; or the people of the places they name ("Farmers in Iowa and Nebraska said").
    pub(in crate::claims) fn coordinated_names(&self, j: usize, start: usize) -> Option<Source> {
        let m = self.mention_ending_at(j)?;
        let and = self.titles_before(self.mentions[m].first).checked_sub(1)?;
        if and < start + 1 || self.word(and) != "and" {
            return None;
        }
        // (Of one kind: not "the University of Chicago and Professor Knittel".)
        let kind = self.mentions[m].kind;
        let alike = |p: MentionId| self.mentions[p].kind == kind;
        let before = self.mention_ending_at(and - 1).filter(|&p| alike(p))?;
        // (Nor a portfolio joined before a title: "Sport and Recreation Minister Chris Bishop",
        // "Immigration, Refugees and Citizenship Minister Marc Miller": one word, no one's name,
        // and one that is no title word opens the title after "and".)
        let portfolio = self.mentions[before].first == self.mentions[before].last
            && self.mentions[before].given.is_none()
            && self.mentions[before].honorific.is_none()
            && !TITLES.contains(self.word(and + 1))
            // (Not a place's office: "Sanders and Vermont Gov. Phil Scott".)
            && !crate::countries::is_region(self.word(and + 1))
            && and + 1 < self.mentions[m].first;
        if portfolio {
            return None;
        }
        let mut first = self.titles_before(self.mentions[before].first);
        // ("A, B and C")
        while first >= start + 2 && self.doc.is_punct(first - 1, ",") {
            match self.mention_ending_at(first - 2).filter(|&p| alike(p)) {
                Some(p) => first = self.titles_before(self.mentions[p].first),
                None => break,
            }
        }
        (first >= start).then(|| {
            self.people_of_place(first, j, start)
                .unwrap_or(Source::Nominal(first, j))
        })
    }

    /// The noun phrase that a relative clause ending at token `j` qualifies, the subject of the
    /// cue after it, and where the phrase ends: "A person who spoke on condition of anonymity
    /// said", "The officer who fired the shots said". A description keeps the clause that
    /// tells which one, where the clause ends on a word of its own ("The officer who fired
    /// the shots"; not "officials who spoke anonymously to").
    fn relative_subject(&self, j: usize, start: usize, class: CueClass) -> Option<(Source, usize)> {
        let who = self.find_back(
            start.max(j.saturating_sub(RELATIVE_WORDS)),
            j,
            |k| self.is_word(k),
            |k| self.word(k) == "who",
        )?;
        // (Not "who many believe", "friends who have lent support", "executives who run news
        // organizations almost universally say".)
        let clause_ends = j > who + 1
            && !NOT_IN_SOURCE_PHRASE.contains(self.word(j))
            && !past_form(self.word(j))
            && self.word(j) != "almost"
            && !DETERMINERS.contains(self.word(j))
            && self.pronoun(j).is_none();
        match (who > start)
            .then(|| self.source_ending_at(who - 1, start, class))
            .flatten()?
        {
            Source::Nominal(first, _) if clause_ends => Some((Source::Nominal(first, j), who - 1)),
            nominal @ Source::Nominal(..) => Some((nominal, who - 1)),
            named @ Source::Named(_) => Some((named, who - 1)),
            _ => None,
        }
    }

    /// A person named among the commas before token `end` (a comma or an aside's dash) and
    /// after `start`, with an apposition between them and the cue: "Michael Mulgrew, president
    /// of the United Federation of Teachers, which represents New York City educators, said";
    /// "One mother, Kelly Brosnan of Virginia, said": the last one too.
    pub(in crate::claims) fn apposed_before(
        &self,
        start: usize,
        end: usize,
    ) -> Option<(Source, usize)> {
        let mut segment_start = start;
        let commas = (start.max(end.saturating_sub(APPOSED_REACH))..end)
            .filter(|&k| self.doc.is_punct(k, ","));
        for c in commas.chain([end]) {
            // ("But Tom Fitton, the president of Judicial Watch, …, said")
            let from = segment_start
                + usize::from(segment_start == start && CONNECTIVES.contains(self.word(start)));
            if let Some(m) = (c > from)
                .then(|| self.apposed_person(from, c - 1))
                .flatten()
            {
                return Some((Source::Named(m), self.mentions[m].first));
            }
            segment_start = c + 1;
        }
        None
    }

    /// The person that the tokens from `from` to `to` name, with their titles before and a party
    /// tag or place after: "Sen. Bernie Sanders (Vt.)", "former President Bill Clinton",
    /// "Indiana Governor Mike Pence", "Kelly Brosnan of Virginia".
    pub(in crate::claims) fn apposed_person(&self, from: usize, to: usize) -> Option<MentionId> {
        let mut end = to;
        if self.doc.is_punct(end, ")") {
            end = self.last_mark(from, end, "(")?.checked_sub(1)?;
        }
        // "Gen. Joseph F. Dunford Jr.,": the period of a suffix.
        if end > from && self.doc.is_punct(end, ".") && is_name_suffix(self.word(end - 1)) {
            end -= 1;
        }
        // "of West Virginia"
        let of = (from.max(end.saturating_sub(3))..end).find(|&k| self.word(k) == "of");
        if let Some(of) = of.filter(|&of| (of + 1..=end).all(|k| self.doc.is_capitalized(k))) {
            end = of.checked_sub(1)?;
        }
        // "Andrew J. Pincus of the law firm Mayer Brown": a person's full name, then where they
        // work.
        if let Some(m) = self.named_from(from).filter(|&m| {
            let last = self.mentions[m].last;
            self.mentions[m].kind == SpeakerKind::Person
                && self.mentions[m].first < last
                && last < end
                && self.word(last + 1) == "of"
        }) {
            return Some(m);
        }
        let m = self.mention_ending_at(end)?;
        let first = self.mentions[m].first;
        // (After a comma, a description in lowercase too, that a noun of a person ends:
        // ", retired teacher Linda Osei,", ", actress Jamie Lee Curtis,"; not ", like Obama,",
        // ", including Trump,".)
        let lead = self.titles_before(first).max(from);
        let described = from > 0
            && self.doc.is_punct(from - 1, ",")
            && lead > from
            && PERSON_NOUN_ENDINGS
                .split(' ')
                .any(|s| self.word(lead - 1).ends_with(s))
            && (from..lead).all(|k| {
                let w = self.word(k);
                self.is_word(k)
                    && w.starts_with(char::is_lowercase)
                    && !PREPOSITIONS.contains(w)
                    && !DETERMINERS.contains(w)
            });
        let leading = described
            || (from..lead).all(|k| {
                !self.is_word(k)
                    || TITLES.contains(self.word(k))
                    || TITLE_QUALIFIERS.contains(self.word(k))
            });
        (first >= from && leading && self.mentions[m].kind == SpeakerKind::Person).then_some(m)
    }

    /// The person set off by a comma after a description that starts at token `k`, whatever
    /// names the description holds: "said the Senate majority leader, John J. Flanagan.", "said
    /// Rubio's deputy campaign manager, Rich Beeson".
    fn apposed_after_description(&self, k: usize, end: usize) -> Option<MentionId> {
        let comma = self.first_mark(k, end.min(k + SOURCE_AFTER_WORDS), ",")?;
        let described =
            (k..comma).any(|i| self.is_word(i) && self.word(i).starts_with(char::is_lowercase));
        // ("said Donald Hartley of Madison, Alabama": a person named first is described by
        // what follows, not the description of a person after it.)
        let named_first = self.named_from(k).is_some_and(|m| {
            self.mentions[m].kind == SpeakerKind::Person
                && !self.doc.possessive_after(self.mentions[m].last)
        });
        // (Nor after a subject pronoun: "said he expects Obama, Abe and Park to …" has a clause.)
        if !described || named_first || comma + 1 >= end || self.pronoun(k).is_some() {
            return None;
        }
        let mut to = self.first_mark(comma + 1, end, ",").unwrap_or(end);
        while to > comma + 2 && !self.is_word(to - 1) {
            to -= 1;
        }
        self.apposed_person(comma + 1, to - 1)
    }

    /// The source after an inverted cue, with all the words that describe it: "…," said Mr
    /// Lavrov; "…," said a spokesman; "according to early results of exit polls conducted by
    /// Edison Research, …"; "said a Mexican official who was not authorized to speak": a source
    /// phrase after its cue runs to the punctuation that ends it, or to the occasion or time of
    /// the cue ("said a spokesman in a statement", "said an aide on Thursday").
    pub(in crate::claims) fn source_after(&self, cue: &Cue, end: usize) -> Option<(Source, usize)> {
        let (source, head) = self.source_after_head(cue, end)?;
        let Source::Nominal(first, _) = source else {
            return Some((source, head));
        };
        let k = cue.last + 1;
        // (The period of an initial or a title runs on: "filed by John F. Hackett".)
        let dotted = |i: usize| {
            self.doc.is_punct(i, ".")
                && (self.word(i - 1).len() == 1 || ABBREVIATIONS.contains(self.word(i - 1)))
                && i + 1 < end
                && self.doc.is_capitalized(i + 1)
        };
        // (After "according to", a time is the source's: "a CBS poll released Monday".)
        let occasion = |i: usize| {
            !cue.according_to
                && (self.time_len(i, end) > 0
                    || PREPOSITIONS.contains(self.word(i)) && self.speech_occasion(k, i))
        };
        // (A time of the writer's: "said a police spokesman when reached by phone".)
        let when = |i: usize| WRITERS_TIME_OPENERS.contains(self.word(i));
        // (A relative clause has verbs of its own: "who was not authorized to speak".)
        let mut relative = false;
        let stop = (head + 1..end.min(head + SOURCE_PHRASE_TAIL)).find(|&i| {
            let stops = !(self.is_word(i) || dotted(i))
                || (self.cue_starts[i] || AUXILIARIES.contains(self.word(i)) || when(i))
                    && !relative
                || occasion(i);
            relative |= matches!(self.word(i), "who" | "that");
            stops
        });
        let ends = |i: usize| {
            self.doc.tokens[i].kind == Kind::Punct && !self.is_quote_mark(i) || occasion(i)
        };
        if let Some(stop) = stop.filter(|&i| i > head + 1 && ends(i)) {
            return Some((Source::Nominal(first, stop - 1), stop - 1));
        }
        Some((source, head))
    }

    /// The source after an inverted cue up to its head: "…," said Mr Lavrov; "…," said a
    /// spokesman. Whether the source closes the sentence is read from its head.
    pub(in crate::claims) fn source_after_head(
        &self,
        cue: &Cue,
        end: usize,
    ) -> Option<(Source, usize)> {
        let k = cue.last + 1;
        if k >= end {
            return None;
        }
        if let Some(m) = self.apposed_after_description(k, end) {
            return Some((Source::Named(m), self.mentions[m].last));
        }
        // "said MSNBC host Chris Matthews", "said Mr Lavrov", "according to the Federal Bureau
        // of Prisons"
        // ("said the New York businessman": after "the", a name that a noun follows only
        // modifies it.)
        // ("…, says DMRC chief": so a name before the noun that ends the source.)
        let modifier = |m: MentionId| {
            let next = self.mentions[m].last + 1;
            (matches!(self.word(k), "the" | "The") || next + 1 >= end || !self.is_word(next + 1))
                && self.role_after(next, end)
                && self.word(next).starts_with(char::is_lowercase)
                // (Not before a participle, where the noun phrase would stop: "the
                // RealClearPolitics polling average".)
                && !self.word(next).ends_with("ing")
        };
        let named = self.named_from(k).filter(|&m| !modifier(m));
        if let Some(m) = self.described_person(k, end).or(named) {
            // "noted NBC’s Dante Chinni": the person the owner has.
            let last = self.mentions[m].last;
            let m = (self.doc.possessive_after(last) && last + 2 < end)
                .then(|| self.mention_starting_at(last + 2))
                .flatten()
                .filter(|&p| {
                    let next = self.mentions[p].last + 1;
                    self.mentions[p].kind == SpeakerKind::Person
                        && (next >= end || self.doc.tokens[next].kind == Kind::Punct)
                })
                .unwrap_or(m);
            return Some((Source::Named(m), self.mentions[m].last));
        }
        // "…,” said he." ("…,” said he would push" is the content's subject.) "According to
        // him, …": the object pronoun after "according to" stands for its subject.
        let alone = k + 1 >= end || self.doc.tokens[k + 1].kind == Kind::Punct;
        let subject = match (self.word(k), cue.according_to && alone) {
            ("him", true) => "he",
            ("her", true) => "she",
            ("them", true) => "they",
            (w, _) => w,
        };
        if let Some(p) = subject_pronoun(subject).map(|g| Source::Pronoun(k, g)) {
            return alone.then_some((p, k));
        }
        // The noun phrase after the cue ends before punctuation, a preposition or a participle
        // ("a database tracking such deaths").
        // "a person familiar with the talks": past the preposition of an informed source.
        let informed = |i: usize| i > k && INFORMED.contains(self.word(i - 1));
        let last = (k..end.min(k + SOURCE_AFTER_WORDS))
            .take_while(|&i| {
                let w = Lowercase::new(self.word(i));
                let w = w.as_str();
                // "a recording reviewed by Reuters": a document may end like a participle.
                let participle = i > k
                    && w.ends_with("ing")
                    && !SOURCE_NOUNS.contains(w)
                    && !DOCUMENTS.contains(w);
                let phrase = !NOT_IN_SOURCE_PHRASE.contains(w) || informed(i);
                self.is_word(i) && !participle && phrase
            })
            .last()?;
        // Its head is the last word that can be one: "a transcript released by …".
        let (source, head) =
            (k..=last)
                .rev()
                .find_map(|head| match self.nominal(head, k, cue.class)? {
                    Source::Nominal(first, head) if first == k => {
                        Some((Source::Nominal(first, head), head))
                    }
                    _ => None,
                })?;
        Some((source, head))
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, direct, reported};

    #[test]
    fn a_group_before_its_cue_keeps_the_members_it_names() {
        let text = "Several mayors, including Ana Ruiz, said the law was void. The two judges, \
                    Bob Pell and Jo Diaz, said it was fair. The scholars — Mr. Tribe and Ms. \
                    Epstein — said it was moot.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the law was void", "said", "Several mayors, including Ana Ruiz"
                ),
                reported(
                    "it was fair", "said", "The two judges, Bob Pell and Jo Diaz"
                ),
                reported(
                    "it was moot",
                    "said",
                    "The scholars — Mr. Tribe and Ms. Epstein"
                ),
            ]
        );
    }

    #[test]
    fn a_time_after_an_inverted_source_is_no_part_of_it() {
        // Regression: the speaker was "a police spokesman when reached by phone".
        let text = "“It is over,” said a police spokesman when reached by phone. “We are done,” \
                    said a court clerk after the hearing.";
        assert_eq!(
            claims(text),
            [
                direct("It is over,", "said", "a police spokesman"),
                direct("We are done,", "said", "a court clerk")
            ]
        );
    }

    #[test]
    fn an_adverb_in_a_headline_s_capitals_stands_between_source_and_cue() {
        // Regression: "Just" and "Finally", capitalized, were words of the name, and "Al
        // Sharpton Just" no one's source.
        let text = "Al Sharpton Just Said Something Unexpected About The Race\n\n\
                    Mayor Jane Doe Finally Endorses A Candidate\n\nThe race is close.";
        assert_eq!(
            claims(text),
            [
                reported("Something Unexpected About The Race", "Said", "Al Sharpton"),
                reported("A Candidate", "Endorses", "Jane Doe"),
            ]
        );
    }

    #[test]
    fn top_and_senior_after_a_determiner_are_adjectives_of_the_source() {
        // Regression: the source was "the former top" and "one former senior".
        let text = "“Not at all,” said the former top aide to the mayor. “Probably,” said one \
                    former senior agency official.";
        assert_eq!(
            claims(text),
            [
                direct("Not at all,", "said", "the former top aide to the mayor"),
                direct("Probably,", "said", "one former senior agency official"),
            ]
        );
    }

    #[test]
    fn the_source_after_according_to_runs_to_its_mark() {
        // Regression: the sources were "early results" and "a declaration".
        let text = "According to early results of exit polls conducted for the networks, turnout \
                    rose. The files were searched, according to a declaration filed by John F. \
                    Hackett.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "turnout rose",
                    "According to",
                    "early results of exit polls conducted for the networks"
                ),
                reported(
                    "The files were searched", "according to",
                    "a declaration filed by John F. Hackett"
                ),
            ]
        );
    }

    #[test]
    fn a_source_after_said_runs_to_its_mark_or_to_the_occasion() {
        // Regression: the sources were "a longtime adviser" and "an official".
        let text = "“It is old news,” said a longtime adviser to the mayor. “We knew,” said an \
                    official who was not authorized to speak. “No,” said a spokesman in a \
                    statement.";
        assert_eq!(
            claims(text),
            [
                direct("It is old news,", "said", "a longtime adviser to the mayor"),
                direct(
                    "We knew,",
                    "said",
                    "an official who was not authorized to speak"
                ),
                direct("No,", "said", "a spokesman"),
            ]
        );
    }

    #[test]
    fn an_abbreviated_title_is_no_surname() {
        // Regression: "Army Lt" and "Pennsylvania Gov" were names, "Lt." and "Gov." their
        // surnames.
        let text = "“We disagree,” said retired Army Lt. Gen. Ann Ruiz. “It is over,” said \
                    former Ohio Gov. and party Chairman Ed Pell.";
        assert_eq!(
            claims(text),
            [
                direct("We disagree,", "said", "Ann Ruiz"),
                direct("It is over,", "said", "Ed Pell"),
            ]
        );
    }

    #[test]
    fn the_person_after_a_description_that_holds_a_name_is_the_source() {
        let text = "“We are treating it as one long election day,” said Rubio’s deputy campaign \
                    manager, Rich Beeson, who ran the ground game in 2012.";
        assert_eq!(
            claims(text),
            [direct(
                "We are treating it as one long election day,",
                "said",
                "Rich Beeson"
            )]
        );
    }

    #[test]
    fn names_joined_by_and_are_one_source() {
        let text = "Senator Ann Wells and Governor Tom Price have both argued that the rules cost \
                    jobs. Ms. Wells and Mr. Price call them \"unfair.\"";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the rules cost jobs",
                    "argued",
                    "Senator Ann Wells and Governor Tom Price"
                ),
                reported("them \"unfair.\"", "call", "Ms. Wells and Mr. Price")
            ]
        );
        // Regression: two surnames that open the sentence were the second alone.
        let text = "Wells and Price argued that the rules cost jobs.";
        assert_eq!(
            claims(text),
            [reported(
                "that the rules cost jobs", "argued", "Wells and Price"
            )]
        );
    }

    #[test]
    fn the_one_spoken_to_after_a_participle_is_no_source() {
        let text = "Another intelligence source speaking to Fox News said, “The agents are \
                    investigating.” A senior official talking to reporters said the talks had \
                    stalled.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "The agents are investigating.", "said", "Another intelligence source"
                ),
                reported("the talks had stalled", "said", "A senior official")
            ]
        );
    }

    #[test]
    fn a_time_of_day_between_the_source_and_its_cue() {
        let text = "Party spokesman Sean Reyes on Thursday evening said the party was not in a \
                    crisis. Mayor Jane Ruiz last Friday night said the budget was balanced.";
        assert_eq!(
            claims(text),
            [
                reported("the party was not in a crisis", "said", "Sean Reyes"),
                reported("the budget was balanced", "said", "Jane Ruiz")
            ]
        );
    }

    #[test]
    fn a_later_day_between_the_source_and_its_cue() {
        // Regression: "later Thursday" hid the source, and the quote had no speaker.
        let text = "Ana Ruiz later Thursday told Fox News: “Both sides want a deal.”";
        assert_eq!(
            claims(text),
            [direct("Both sides want a deal.", "told", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_name_after_a_connective_before_two_appositions() {
        let text = "But Tom Flores, the president of Open Records Watch, a group that has sued the \
                    city, said that the damage was done.";
        assert_eq!(
            claims(text),
            [reported("that the damage was done", "said", "Tom Flores")]
        );
    }

    #[test]
    fn a_person_apposed_with_two_honorifics_is_the_source() {
        // Regression: "Prof Sir Stephen Powis" was passed over for the description before him.
        let text = "The trust's medical director, Prof Sir Alan Reid, warned that operations \
                    would be cancelled. It was late, said Dr Dame Ann Cole.";
        assert_eq!(
            claims(text),
            [
                reported("that operations would be cancelled", "warned", "Alan Reid"),
                reported("It was late", "said", "Ann Cole"),
            ]
        );
    }

    #[test]
    fn the_noun_a_relative_clause_qualifies_speaks_past_a_second_one_set_off_by_commas() {
        // Regression: "the boat" spoke, the first relative clause's object.
        let text = "A fisher who saw the boat, and who asked not to be named, said the waves \
                    were high.";
        assert_eq!(
            claims(text),
            [reported(
                "the waves were high", "said", "A fisher who saw the boat"
            )]
        );
    }

    #[test]
    fn the_noun_a_relative_clause_qualifies_speaks_with_the_clause() {
        // Regression: "a police chase in Cardiff" and "The Huffington Post" spoke, the last
        // words of the relative clauses.
        let text = "The family of a boy who died after a police chase in Cardiff have called for \
                    a full inquiry. Officials who spoke with The Huffington Post said the plan \
                    was dead. Ana Ruiz met the senators who she has accused of blocking the bill.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "a full inquiry",
                    "called for",
                    "The family of a boy who died after a police chase in Cardiff"
                ),
                reported(
                    "the plan was dead",
                    "said",
                    "Officials who spoke with The Huffington Post"
                ),
                reported("blocking the bill", "accused of", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn who_after_an_apposition_is_the_name_before_it() {
        let text = "\"The Fed is behind,\" said Diane Swonk, chief economist at KPMG, who argued \
                    that inflation would prove sticky. The Fed left rates unchanged but signaled \
                    a cut.";
        assert_eq!(
            claims(text),
            [
                direct("The Fed is behind,", "said", "Diane Swonk"),
                reported("that inflation would prove sticky", "argued", "Diane Swonk"),
                // The stance joined to the sentence's verb is its subject's, not Swonk's.
                reported("a cut", "signaled", "Fed"),
            ]
        );
    }

    #[test]
    fn the_description_before_an_apposed_name_is_no_claim() {
        let text = "Clinton's running mate, Sen. Tim Kaine, responded in a conference call. \
                    The plan is dead, Tim Kaine, the senator, said.";
        assert_eq!(
            claims(text),
            [reported("The plan is dead", "said", "Tim Kaine")]
        );
    }

    #[test]
    fn a_name_apposed_with_its_suffix_s_period_is_the_source() {
        // Regression: the source was the "Joint Chiefs" of the description before the name.
        let text = "The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr., said \
                    the plan would work.";
        assert_eq!(
            claims(text),
            [reported(
                "the plan would work", "said", "Joseph F. Dunford Jr"
            )]
        );
    }

    #[test]
    fn a_name_before_an_apposition_and_a_dashed_aside_is_the_source() {
        let text = "John Dickey, the chief executive of Ora Media -- the production company \
                    that owns Mr. King's programming, which is also streamed on Hulu -- told me, \
                    ''We're a content provider.''";
        assert_eq!(
            claims(text),
            [direct("We're a content provider.", "told", "John Dickey")]
        );
    }

    #[test]
    fn an_aside_between_spaced_hyphens_is_passed_as_between_dashes() {
        // Regression: "- told" had no source, and the claim was lost.
        let text = "Dana Ortiz - his partner and co-host on the channel - told The Oregonian that \
                    his doubts grew after 2002. He struggles with one task - bragging - \
                    conceding that he finds it hard.";
        assert_eq!(
            claims(text),
            [
                reported("that his doubts grew after 2002", "told", "Dana Ortiz"),
                reported("that he finds it hard", "conceding", "Dana Ortiz"),
            ]
        );
    }

    #[test]
    fn a_person_apposed_with_a_lowercase_description_is_the_source() {
        // Regression: "retired teacher" was no title, so "The recall committee's chair" spoke.
        let text = "The recall committee's chair, retired teacher Linda Osei, said the vote was \
                    fair. Democratic candidate Ana Ruiz, like Tom Brandt, said it was late.";
        assert_eq!(
            claims(text),
            [
                reported("the vote was fair", "said", "Linda Osei"),
                reported("it was late", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn names_in_a_clause_after_the_cue_are_no_source_after_it() {
        // Regression: "Brandt", set off by commas in the content, was taken for the source of an
        // inverted cue, and the sentence's subject for its content.
        let text = "Ana Ruiz, the city's finance director, said she expects Tom Lopez, Brandt, \
                    and Osei to back the budget.";
        assert_eq!(
            claims(text),
            [reported(
                "she expects Tom Lopez, Brandt, and Osei to back the budget",
                "said",
                "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_person_apposed_after_a_description_keeps_where_they_work_out_of_the_name() {
        // Regression: "Mayer Brown" ended the apposition, so it was no person's, and the
        // description's "Supreme Court" spoke.
        let text = "''The odds are even,'' said another leading Supreme Court lawyer, Ana Ruiz of \
                    the law firm Ortiz Lopez.";
        assert_eq!(
            claims(text),
            [direct("The odds are even,", "said", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_name_that_modifies_a_noun_after_the_cue_is_no_source() {
        // Regression: "New York" and "Ruiz" spoke, not the businessman and the campaign.
        let text = "Ana Ruiz spoke first. “We can't have that,” said the New York businessman. \
                    The event is full, according to the Ruiz campaign.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        assert_eq!(
            speakers,
            [
                Some("the New York businessman".to_string()),
                Some("the Ruiz campaign".to_string())
            ]
        );
    }

    #[test]
    fn times_and_occasions_between_a_source_and_its_cue() {
        // Regression: each cue had no source.
        let text = "Reince Ruiz, the party chairman, this past week announced a new website. Ana \
                    Lopez two days later announced the layoffs. Mrs. Ortiz has since said she \
                    would support an increase. Jeb Diaz in a Medium post said he would appoint \
                    judges. The ministry less than two weeks ago said the files were secret.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = [
            "Reince Ruiz", "Ana Lopez", "Ortiz", "Jeb Diaz", "The ministry",
        ];
        assert_eq!(speakers, expected.map(|who| Some(who.to_string())));
    }

    #[test]
    fn a_portfolio_joined_by_and_before_a_title_is_no_second_person() {
        // Regression: "Sport and Recreation Minister Chris Bishop" was a group, named by no one.
        let text = "Sport and Recreation Minister Chris Bishop said the plan was dead. Sanders \
                    and Vermont Gov. Phil Scott said the bill would pass.";
        assert_eq!(
            claims(text),
            [
                reported("the plan was dead", "said", "Chris Bishop"),
                reported(
                    "the bill would pass", "said", "Sanders and Vermont Gov. Phil Scott"
                ),
            ]
        );
    }

    #[test]
    fn names_joined_by_and_before_an_apposition_are_one_source() {
        // Regression: the quote had no speaker.
        let text = "\"We can only wonder,\" state Senate leader Ana Ruiz and House Speaker Tim \
                    Lopez, both Republicans, said in a statement.";
        assert_eq!(
            claims(text),
            [direct(
                "We can only wonder,", "said", "Ana Ruiz and House Speaker Tim Lopez"
            )]
        );
    }

    #[test]
    fn a_relative_after_a_capitalized_apposition_is_the_persons() {
        // Regression: "Massachusetts Democrat" called for the resignation, not Warren.
        let text = "Sen. Elizabeth Warren, a Massachusetts Democrat who called for Stumpf's \
                    resignation last week, said the forfeiture was not enough.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let warren = Some("Elizabeth Warren".to_string());
        assert_eq!(speakers, [warren.clone(), warren]);
    }

    #[test]
    fn yet_twice_and_at_the_time_stand_between_a_source_and_its_cue() {
        let text = "Senator Ruiz has not yet said whether he will run. The American Legion has twice \
                    complained that the flyers misused its emblem. Mayor Ortiz at the time said he \
                    would pay the fees.";
        let speakers: Vec<Option<String>> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(
            speakers,
            [
                Some("Ruiz".to_string()),
                Some("American Legion".to_string()),
                Some("Ortiz".to_string())
            ]
        );
    }
}

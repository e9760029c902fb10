//! Sources as noun phrases: which words before a cue make its source (a name, a pronoun, a
//! described person, "officials", "A spokesman for the State Department").

use crate::annotations::SpeakerKind;
use crate::claims::finder::Finder;
use crate::claims::found::Source;
use crate::data::cues::{
    AUXILIARIES, CLAUSE_CONJUNCTIONS, CueClass, DETERMINERS, DOCUMENTS, GERUND_OBJECT_LEADS,
    INFORMED, NOT_IN_SOURCE_PHRASE, NOT_SOURCE_HEADS, NUMBER_WORDS, PREPOSITIONS,
    QUANTIFIER_SUBJECTS, RANK_ADJECTIVES, SHARE_QUALIFIERS, SHARES, SOURCE_DETERMINERS,
    SOURCE_NOUNS, SUBJECT_CONJUNCTIONS, SUMMING_NOUNS, TENS_WORDS, TIME_WORDS,
};
use crate::data::words::{
    ARTICLES, Gender, LOCATIVES, NATIONALITY_NOUNS, ORGANIZATION_WORDS, PLACE_WORDS, REFLEXIVES,
    TITLES,
};
use crate::grammar::{
    gerund_like, indefinite_person, ing_form, is_ly_adverb, is_negated, past_form, s_form,
};
use crate::speakers::MentionId;
use crate::text::Lowercase;

/// How many words a source noun phrase runs back from its head at the most.
const PHRASE_WORDS: usize = 8;
/// How many tokens back from a cue the participle that qualifies its source may stand ("A
/// Quinnipiac University poll released in late August found").
const PARTICIPLE_REACH: usize = 12;
/// How many tokens further back a charge's participle may stand ("The woman accused of
/// deliberately driving onto a sidewalk along the Las Vegas Strip told police").
const CHARGE_REACH: usize = 6;
/// How many tokens a description before a name may run ("panel Chairman Rep. Jason Chaffetz").
const DESCRIPTION_WORDS: usize = 10;
/// How many tokens the titles and portfolio before a name may run ("Canada's Natural
/// Resources Minister").
const PORTFOLIO_WORDS: usize = 7;
/// How many tokens before a name a document may stand ("a study published on Wednesday in the
/// journal Nature found").
const DOCUMENT_REACH: usize = 10;
/// How many tokens back the opening of a parenthesis after a source may be: a party tag
/// ("Sen. David Perdue (R-Ga.) said") or an aside ("Sen. Ana Ruiz (a Democrat so young she has
/// been mistaken for an aide) says").
const PARENTHESIS_REACH: usize = 20;

/// How many lowercase words may qualify a body's name between its article and the name ("of
/// the main opposition Democratic Party").
const MODIFIERS_OF_BODY: usize = 3;

impl Finder<'_, '_> {
    /// The person that a description from token `k` (before `end`) leads up to: "panel
    /// Chairman Rep. Jason Chaffetz", "NYPD Commissioner James O’Neill", "Hillary Clinton’s
    /// campaign manager Robby Mook", "conservative talk radio host Rush Limbaugh". Names and
    /// countries inside the description ("NYPD", "Clinton’s", "U.S.") say whose role it is.
    pub(in crate::claims) fn described_person(&self, k: usize, end: usize) -> Option<MentionId> {
        let mut i = k;
        let mut described = false;
        while i < end.min(k + DESCRIPTION_WORDS) {
            if let Some(m) = self.mention_starting_at(i) {
                let last = self.mentions[m].last;
                // "former Trump campaign manager Corey Lewandowski": a name that a role
                // follows is not yet the person.
                let more = self.role_after(last + 1, end)
                    && !self.cue_starts[last + 1]
                    && !past_form(self.word(last + 1));
                let owner = self.doc.possessive_after(last);
                if described && !owner && !more {
                    return Some(m);
                }
                i = last + 1 + usize::from(owner);
                // "Trump admires Vladimir Putin": a verb after a name ends the description.
                let w = if i < end { self.word(i) } else { "" };
                let verb = w.starts_with(char::is_lowercase) && (past_form(w) || s_form(w));
                if !owner && verb {
                    return None;
                }
                continue;
            }
            let state = self.states.partition_point(|&(first, _)| first < i);
            if let Some(&(_, last)) = self.states.get(state).filter(|&&(first, _)| first == i) {
                i = last + 1 + usize::from(self.doc.possessive_after(last));
                continue;
            }
            // ("Secretary of State John Kerry"; not "Trump openly admires Russian President
            // Vladimir Putin")
            let of_title = self.word(i) == "of" && i + 1 < end && self.is_title_word(i + 1);
            if is_ly_adverb(self.word(i)) {
                return None;
            }
            if self.role_after(i, end) {
                described = true;
            } else if !(self.doc.is_punct(i, ".")
                || self.doc.is_punct(i, "/")
                || of_title
                // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed
                // Rendell": two roles of one person.
                || described && self.word(i) == "and")
            {
                return None;
            }
            i += 1;
        }
        None
    }

    /// A noun phrase ending at `head` that is a source though not a name: "officials", "the
    /// South Carolina senator", "Several cast members", "Hillary Clinton’s campaign".
    pub(in crate::claims) fn nominal(
        &self,
        head: usize,
        start: usize,
        class: CueClass,
    ) -> Option<Source> {
        // A lowercase head, the capitalized first word of its sentence ("Officials said"), or
        // a title after "the" ("The Republican is also encouraging …", "the President said").
        let opens = head == start && self.is_word(head);
        // ("The Saudis have warned …", "the Russians said": a people after "the"; "“…,” the
        // Italian said", "the Dutchman said": a person told by nationality.)
        let demonym = |w: &str| crate::countries::is_demonym(w) || NATIONALITY_NOUNS.contains(w);
        let title = head > start
            && matches!(self.word(head - 1), "the" | "The")
            && (TITLES.contains(self.word(head))
                || self.doc.is_capitalized(head)
                    && (s_form(self.word(head)) || demonym(self.word(head)))
                    && self.mention_ending_at(head).is_none());
        if !self.is_word(head) {
            return None;
        }
        let lower = Lowercase::new(self.word(head));
        let lower = lower.as_str();
        // ("one senior Democrat said": a capitalized source noun that names no one.)
        let party = || SOURCE_NOUNS.contains(lower) && self.mention_ending_at(head).is_none();
        // ("the 45-year-old said": a person told by age.)
        let aged = lower.ends_with("-year-old");
        if !(self.word(head).starts_with(char::is_lowercase) || opens || title || party() || aged) {
            return None;
        }
        // "Some accused Trump of …", "Many speculated that …": a quantifier alone that opens
        // the sentence or an aside ("That attitude, many argue, could …") is its subject, the
        // people the writer does not name. It takes a plural verb: in "Some advocates for …"
        // the "-s" word is its noun.
        let leads =
            opens && self.doc.opens_sentence(head) || head > start && self.opens_after(head - 1);
        // ("One wrote: …", after a group: "One" that opens the sentence.)
        if leads
            && head + 1 < self.doc.tokens.len()
            && (QUANTIFIER_SUBJECTS.contains(lower)
                || self.word(head) == "One"
                    && self.cue_starts[head + 1]
                    && past_form(self.word(head + 1)))
            && !s_form(self.word(head + 1))
        {
            return Some(Source::Nominal(head, head));
        }
        // "Someone called it …", "Nobody believes …": a person the writer does not name.
        if indefinite_person(lower) {
            return Some(Source::Nominal(head, head));
        }
        let verb_like = past_form(lower) || gerund_like(lower);
        // ("Ana Ruiz and others said": "others" after a name and "and".)
        let others = lower == "others"
            && head > start + 1
            && self.word(head - 1) == "and"
            && self.mention_ending_at(head - 2).is_some();
        if NOT_SOURCE_HEADS.contains(lower) && !others
            || NOT_IN_SOURCE_PHRASE.contains(lower)
            || DETERMINERS.contains(lower)
            // "the ruling", "the recording": documents that end like verbs
            || (verb_like && !SOURCE_NOUNS.contains(lower) && !DOCUMENTS.contains(lower))
        {
            return None;
        }
        let document = DOCUMENTS.contains(lower);
        let (mut first, mut determiner) = self.phrase_start(head, start);
        // "The Syrian regime and its backers": a first noun phrase joined by "and", taken when
        // it opens the sentence or has a determiner of its own.
        if first > start + 1
            && self.word(first - 1) == "and"
            && self.word(first - 2).starts_with(char::is_lowercase)
        {
            if let Some(Source::Nominal(joined, _)) =
                self.nominal(first - 2, start, CueClass::Speech)
            {
                // (After a comma too: "…, teachers and union officials said.")
                let opens = joined == start
                    || self.doc.is_punct(joined - 1, ",")
                    || SOURCE_DETERMINERS.contains(Lowercase::new(self.word(joined)).as_str());
                if opens {
                    first = joined;
                    determiner = true;
                }
            }
        }
        // "Ana Ruiz and other officials said", "Trump and his allies say": a name that opens
        // the clause, joined by "and".
        if first > start + 1 && self.word(first - 1) == "and" {
            if let Some(p) = self.mention_ending_at(first - 2) {
                let joined = self.titles_before(self.mentions[p].first);
                if joined == start || joined > start && self.doc.is_punct(joined - 1, ",") {
                    first = joined;
                    determiner = true;
                }
            }
        }
        // "Developers backing the proposal said", "Business leaders attending the summit
        // welcomed": the object of a gerund after its noun is no source; the noun is (not
        // "hacking specialists", an adjective before its noun).
        let gerund = first > start + 1 && determiner && self.is_word(first - 2) && {
            let w = self.word(first - 1);
            w.starts_with(char::is_lowercase) && gerund_like(w)
        };
        if let Some(noun) = gerund
            .then(|| self.source_ending_at(first - 2, start, class))
            .flatten()
        {
            return Some(match noun {
                Source::Nominal(outer, _) => Source::Nominal(outer, head),
                source => source,
            });
        }
        // The object of a preposition is part of a larger source, "A spokesman for the
        // campaign", or none: "marching through the streets chanted". (But "…, with one
        // official saying …": the subject of the participle.)
        let absolute = first > start + 1
            && self.word(first - 1) == "with"
            && self.doc.is_punct(first - 2, ",");
        if first > start && self.qualifies(first) && !absolute {
            // "people familiar with the matter", "officials briefed on the talks", "people
            // close to the candidate": the outer noun stands before its adjective.
            let outer = first.checked_sub(2)?;
            // "Some of his aides", "many of the protesters", "Eight of 14 analysts", "9 of 10
            // economists": a part of those named.
            let part = self.word(first - 1) == "of"
                && (document || SOURCE_NOUNS.contains(lower))
                && outer >= start
                && (SOURCE_DETERMINERS.contains(Lowercase::new(self.word(outer)).as_str())
                    || self.word(outer).bytes().all(|b| b.is_ascii_digit()));
            if part {
                // ("Nearly eight of 10 voters")
                let mut qualified = outer;
                while qualified > start
                    && SHARE_QUALIFIERS.contains(Lowercase::new(self.word(qualified - 1)).as_str())
                {
                    qualified -= 1;
                }
                return Some(Source::Nominal(qualified, head));
            }
            // "A new batch of State Department emails showed …": what holds documents shows
            // what they do (not "in the wake of a new poll showing …": a phrase after a
            // preposition is no subject).
            let holder = self.phrase_start(outer, start).0;
            if document
                && class == CueClass::Evidence
                && self.word(first - 1) == "of"
                && !(holder > start
                    && PREPOSITIONS.contains(Lowercase::new(self.word(holder - 1)).as_str()))
            {
                return Some(Source::Nominal(holder, head));
            }
            let outer = outer - usize::from(outer > start && INFORMED.contains(self.word(outer)));
            return match self.nominal(outer, start, class) {
                Some(Source::Nominal(outer, _)) if first >= 2 => Some(Source::Nominal(outer, head)),
                _ => None,
            };
        }
        // Evidence comes from documents ("Video of the incident shows …").
        if class == CueClass::Evidence && !document {
            return None;
        }
        // "could increase anxiety among supporters who …", "has important implications for
        // …": after an auxiliary, a verb's phrase (but "will reporters still want", "so will
        // an army of supporters" ask or invert).
        let verb_first = !determiner && !s_form(self.word(first));
        if verb_first && first > start && AUXILIARIES.contains(self.word(first - 1)) {
            return None;
        }
        // A noun phrase that opens its sentence is its subject: "Connecticut’s tax commissioner".
        let subject = first == start && first < head;
        let known = document || subject || SOURCE_NOUNS.contains(lower);
        let plural = lower.len() > 3 && s_form(lower);
        (known || determiner || plural).then_some(Source::Nominal(first, head))
    }

    /// Where the noun phrase whose head is at `head` begins, not before `start`, and whether
    /// it has a determiner: back over its modifiers, up to a verb, a gerund, a cue or a word
    /// that stands in no source phrase.
    fn phrase_start(&self, head: usize, start: usize) -> (usize, bool) {
        let mut first = head;
        let mut determiner = false;
        // (Tokens passed over inside a name, which count as one word.)
        let mut inside_names = 0;
        while first > start && head - first - inside_names < PHRASE_WORDS {
            let k = first - 1;
            // "A Department for Environment, Food and Rural Affairs spokesperson", "A City of
            // Toronto spokesperson": a name with a list or a preposition inside it.
            if let Some(m) = self.mention_ending_at(k) {
                let name_first = self.mentions[m].first;
                if name_first >= start
                    && name_first < k
                    && (name_first..k).any(|i| matches!(self.word(i), "," | "and" | "of"))
                {
                    inside_names += k - name_first;
                    first = name_first;
                    continue;
                }
            }
            // "Farmers' unions", "the teachers’ union": a plural's possessive mark.
            if self.plural_possessive(k, start) {
                first = k;
                determiner = true;
                continue;
            }
            // "Chennai Metro Rail Limited (CMRL) officials": a name's acronym in brackets.
            if k > start + 2
                && self.doc.is_punct(k, ")")
                && self.doc.is_punct(k - 2, "(")
                && self.mention_ending_at(k - 3).is_some()
            {
                inside_names += 2;
                first = k - 2;
                continue;
            }
            // "a CNN/ORC poll", "A New York Times/CBS News poll", "one P&G employee": a slash
            // or an ampersand between names.
            if k > start + 1
                && (self.doc.is_punct(k, "/") || self.doc.is_punct(k, "&"))
                && self.doc.is_capitalized(k - 1)
                && self.doc.is_capitalized(k + 1)
            {
                first = k;
                continue;
            }
            let w = Lowercase::new(self.word(k));
            // "contradicting Tulsa police’s claim": a gerund is no part of the phrase, but
            // "the leading candidate" has one.
            // (Not "swing" in "Republicans in swing districts".)
            // ("fundraising reports", "polling data": one that names the kind of a document,
            // before it, is a modifier; so is one that opens the sentence right before the
            // head, "Mining groups welcomed", but not one with an object: "Rallying hundreds
            // of …".)
            let modifier = || {
                k + 1 == head
                    && (DOCUMENTS.contains(Lowercase::new(self.word(head)).as_str())
                        || k == start
                            && self.doc.opens_sentence(k)
                            && !GERUND_OBJECT_LEADS.contains(self.word(head)))
            };
            // ("the leading candidate", "the only functioning hospital": past a determiner and
            // an adjective too.)
            let determined = |d: usize| {
                d > start && SOURCE_DETERMINERS.contains(Lowercase::new(self.word(d - 1)).as_str())
                    || d > start + 1 && self.doc.possessive_after(d - 2)
            };
            let in_phrase = || {
                modifier()
                    || SOURCE_NOUNS.contains(w.as_str())
                    || determined(k)
                    || k > start + 1
                        && self.word(k - 1).starts_with(char::is_lowercase)
                        && !NOT_IN_SOURCE_PHRASE.contains(self.word(k - 1))
                        && determined(k - 1)
            };
            let gerund = ing_form(w.as_str()) && !in_phrase();
            // "Ivana Trump filed legal papers", "the candidate will announce": a verb ends it.
            // "Theresa May's spokesman": a capitalized word inside the sentence is a name.
            let lowercase = self.word(k).starts_with(char::is_lowercase);
            let verb = lowercase && (AUXILIARIES.contains(w.as_str()) || w.as_str() == "will")
                || is_negated(w.as_str())
                || past_form(w.as_str())
                    && k > 0
                    && (self.mention_ending_at(k - 1).is_some()
                        || self.pronoun(k - 1).is_some()
                        || is_negated(self.word(k - 1))
                        || AUXILIARIES.contains(self.word(k - 1)));
            // "…, a move analysts said could lift prices": the writer's noun that sums up what
            // was reported stands before the source, no part of it.
            let summing = k > start
                && SUMMING_NOUNS.contains(w.as_str())
                && matches!(self.word(k - 1), "a" | "an")
                && s_form(self.word(head));
            if !self.is_word(k)
                || self.cue_starts[k]
                || gerund
                || verb
                || summing
                || NOT_IN_SOURCE_PHRASE.contains(w.as_str())
                // ("Yesterday Corbyn's team denied", not "a USA TODAY analysis")
                || k == start && TIME_WORDS.contains(w.as_str())
            {
                break;
            }
            first = k;
            // "the campaign", "several aides", "Ivana Trump's brief"
            if SOURCE_DETERMINERS.contains(w.as_str()) || matches!(w.as_str(), "'s" | "’s") {
                determiner = true;
            }
            // "the top aides", "all three candidates": determiners can stand in a row; "top",
            // "senior" and "other" are adjectives too ("the former top aide").
            let more =
                k > start && SOURCE_DETERMINERS.contains(Lowercase::new(self.word(k - 1)).as_str());
            let adjective = RANK_ADJECTIVES.contains(w.as_str());
            if SOURCE_DETERMINERS.contains(w.as_str()) && !more && !adjective {
                break;
            }
        }
        (first, determiner)
    }

    /// The source standing at token `i`, the last word before a cue.
    pub(in crate::claims) fn source_ending_at(
        &self,
        i: usize,
        start: usize,
        class: CueClass,
    ) -> Option<Source> {
        // The owner of a reporting noun: "Trump's claim", "her warning".
        match self.word(i) {
            "'s" | "’s" if i > start => return self.source_ending_at(i - 1, start, class),
            "his" => return Some(Source::Pronoun(i, Some(Gender::Male))),
            "her" => return Some(Source::Pronoun(i, Some(Gender::Female))),
            "their" | "its" => return Some(Source::Pronoun(i, None)),
            // "Sanders himself seemed to understand"
            w if REFLEXIVES.contains(w) && i > start && self.mention_ending_at(i - 1).is_some() => {
                return self.source_ending_at(i - 1, start, class);
            }
            _ => {}
        }
        // "Gov. Pat McCrory (R) said", "Sen. David Perdue (R-Ga.) said", past an aside too
        if self.doc.is_punct(i, ")") {
            let open = self.last_mark(start.max(i.saturating_sub(PARENTHESIS_REACH)), i, "(")?;
            // ("Acme Corp. (ACME) said": past an abbreviation's period, inside the sentence.)
            let before = open - usize::from(open > start + 1 && self.doc.is_punct(open - 1, "."));
            return (open > start)
                .then(|| self.source_ending_at(before - 1, start, class))
                .flatten();
        }
        if let Some(m) = self.mention_ending_at(i) {
            return self
                .named_source(m, i, start, class)
                .map(|source| self.widest(source, i, start, class));
        }
        if let Some(state @ Source::State(first, _)) = self.state_ending_at(i) {
            if let Some(p) = self.person_of(first, start) {
                return Some(Source::Named(p));
            }
            // "Officials in Washington said": the officials speak, not their state.
            let qualifies = first > start && PREPOSITIONS.contains(self.word(first - 1));
            return qualifies
                .then(|| {
                    self.opening_phrase(start, i)
                        .or_else(|| self.people_of_place(first, i, start))
                })
                .flatten()
                .or(Some(state));
        }
        // "Irrigators in the southern Murray-Darling Basin have warned": the people of a place
        // named with a word of places.
        if self.doc.is_capitalized(i) && PLACE_WORDS.contains(self.word(i)) {
            let mut first = i;
            while first > start && self.doc.is_capitalized(first - 1) {
                first -= 1;
            }
            // (Past an adjective after an article: "in the southern …".)
            if first > start + 1
                && self.word(first - 1).starts_with(char::is_lowercase)
                && ARTICLES.contains(self.word(first - 2))
            {
                first -= 1;
            }
            if let Some(people) = self.people_of_place(first, i, start) {
                return Some(people);
            }
        }
        // "Trump, who said", "the Police Department which reported"
        if matches!(self.word(i), "who" | "which") && i > start {
            return self.relative_source(i, start, class);
        }
        if class != CueClass::Evidence {
            if let Some(p) = self.pronoun(i) {
                return Some(p);
            }
        }
        self.nominal(i, start, class)
            .map(|source| self.widest(source, i, start, class))
            .or_else(|| self.opening_phrase(start, i))
    }

    /// The person named before "of" and the place or body that starts at token `first`, after
    /// `start`: "Senator Dianne Feinstein of California said", "Chief Ana Ruiz of the Cowessess
    /// First Nation said", "Jane Lee of Tokyo said", "Stacy Baker of Columbia, South Carolina
    /// says": the person speaks, not where they are from.
    fn person_of(&self, first: usize, start: usize) -> Option<MentionId> {
        // (Past the town before its state.)
        let first = match first > start + 2 && self.doc.is_punct(first - 1, ",") {
            true => self
                .mention_ending_at(first - 2)
                .map_or(first, |town| self.mentions[town].first),
            false => first,
        };
        // (Past the body's modifiers after its article: "Rep. Lee Won-taek of the main
        // opposition Democratic Party said".)
        let mut modified = first;
        while modified > first.saturating_sub(MODIFIERS_OF_BODY)
            && modified > start + 3
            && self
                .word(modified - 1)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(self.word(modified - 1), "the" | "of")
        {
            modified -= 1;
        }
        let the = modified > start + 2 && self.word(modified - 1) == "the";
        let of = if the { modified - 1 } else { first };
        (of >= start + 2 && self.word(of - 1) == "of")
            .then(|| self.mention_ending_at(of - 2))
            .flatten()
            .filter(|&p| self.mentions[p].kind == SpeakerKind::Person)
    }

    /// The widest noun phrase that a source phrase ending at token `i` is part of, each one
    /// qualifying the one before: "A union representing [workers at [the plant]]".
    fn widest(&self, source: Source, i: usize, start: usize, class: CueClass) -> Source {
        let mut source = source;
        while let Source::Nominal(first, _) = source {
            match self.qualified(first, i, start, class) {
                Some(outer @ Source::Nominal(wider, _)) if wider < first => source = outer,
                _ => break,
            }
        }
        source
    }

    /// The source that the mention `m` ending at token `i` makes: the mention, a person of a
    /// place before it, or the noun phrase it qualifies.
    fn named_source(
        &self,
        m: MentionId,
        i: usize,
        start: usize,
        class: CueClass,
    ) -> Option<Source> {
        // "A spokesman for Trump said", "A spokeswoman for the State Department said": the
        // spokesman speaks, for Trump.
        let mut first = self.mentions[m].first;
        // ("Senator Dianne Feinstein of California": the person; "A spokesman for Mayor Frank
        // G. Jackson of Cleveland": the spokesman still.)
        let m = match self.person_of(first, start) {
            Some(p) => {
                first = self.mentions[p].first;
                p
            }
            None => m,
        };
        // "A spokeswoman for Energy Minister Penny Sharpe said": past the titles, and the
        // capitalized words of a portfolio and its owner before them ("A spokesperson for
        // Canada's Natural Resources Minister Tim Hodgson").
        let mut titled = self.titles_before(first);
        let titles = titled < first;
        while titled > start + 2
            && first - titled < PORTFOLIO_WORDS
            && (self.doc.is_capitalized(titled - 1)
                || titles && self.doc.possessive_after(titled - 2))
        {
            titled -= 1;
        }
        // ("A spokesperson for federal Addictions Minister Ya'ara Saks": past a modifier of the
        // title.)
        if titles
            && titled > start + 2
            && self.word(titled - 1).starts_with(char::is_lowercase)
            && PREPOSITIONS.contains(self.word(titled - 2))
            && !PREPOSITIONS.contains(self.word(titled - 1))
        {
            titled -= 1;
        }
        // "Minister for Health Jennifer Carroll MacNeill said", "Minister for Integration Ana
        // Ruiz said" (a portfolio with no title word): a title with its portfolio is the
        // person's own.
        let link = |w: &str| {
            if titles {
                PREPOSITIONS.contains(w)
            } else {
                matches!(w, "for" | "of")
            }
        };
        if titled < first && titled > start + 1 && link(self.word(titled - 1)) {
            // (And "Court of King's Bench Justice Sheilah Martin", "University of Toronto
            // Professor Ana Ruiz": an organization's name before the title is its portfolio.)
            let before = self.word(titled - 2);
            if self.is_title_word(titled - 2) && !before.starts_with("Spokes")
                || titles && ORGANIZATION_WORDS.contains(before)
            {
                return Some(Source::Named(m));
            }
            if titles {
                first = titled;
            }
        }
        // ("the U.S. Central Command", "the Australian Defence Department": past a
        // capitalized modifier.)
        if first > start + 1
            && self.is_word(first - 1)
            && self.word(first - 1).starts_with(char::is_uppercase)
            && (matches!(self.word(first - 2), "the" | "The")
                || PREPOSITIONS.contains(self.word(first - 2)))
        {
            first -= 1;
        }
        if first > start && matches!(self.word(first - 1), "the" | "The") {
            first -= 1;
        }
        // "of super PACs": a modifier after the preposition (not a portfolio's noun before a
        // person named with a given name: "DA spokesperson on electricity Kevin Mileham said").
        let given_name = self.mentions[m].kind == SpeakerKind::Person
            && self.mentions[m].given.is_some_and(|g| {
                crate::data::given_name_gender(g.text(self.doc.text)) != Gender::Unknown
            });
        while first > start + 2
            && !given_name
            && self.mentions[m].first - first < 2
            && self.word(first - 1).starts_with(char::is_lowercase)
            && !PREPOSITIONS.contains(self.word(first - 1))
            && PREPOSITIONS.contains(self.word(first - 2))
        {
            first -= 1;
        }
        // "a study published on Wednesday in the journal Nature found", "Exit polls taken in
        // Ohio found": evidence comes from the document before where it appeared, not from the
        // place (but "a study by Justin Levitt found" is its author's).
        if class == CueClass::Evidence {
            let mut k = first;
            while k > start.max(first.saturating_sub(DOCUMENT_REACH))
                && self.is_word(k - 1)
                && !matches!(self.word(k - 1), "by" | "for")
            {
                k -= 1;
                if !DOCUMENTS.contains(Lowercase::new(self.word(k)).as_str()) {
                    continue;
                }
                if let Some(Source::Nominal(outer, _)) = self.nominal(k, start, class) {
                    return Some(Source::Nominal(outer, i));
                }
            }
        }
        // "a third of union households in Ohio favored": a place is no subject.
        let own_first = self.mentions[m].first;
        let placed = class == CueClass::Belief
            && own_first > start
            && (LOCATIVES.contains(self.word(own_first - 1)) || self.word(own_first - 1) == "from");
        // ("Relatives of six fishermen missing off the coast of Newfoundland are urging": the
        // noun that opens the sentence, and what qualifies it.)
        let opening = || {
            (first > start && self.qualifies(first))
                .then(|| self.opening_phrase(start, i))
                .flatten()
        };
        self.qualified(first, i, start, class)
            .or_else(|| {
                (!given_name)
                    .then(|| self.people_of_place(own_first, i, start))
                    .flatten()
            })
            .or_else(opening)
            .or_else(|| (!placed).then_some(Source::Named(m)))
    }

    /// The people that a place from token `first` to `i` qualifies: "Passengers in Manchester
    /// told the BBC", "Farmers in Iowa and Nebraska said", "A man from Leeds said", "Teachers
    /// in rural Ohio say", "Islanders on Mull said": a name after "in", "on" or "from" is where
    /// they are, and they speak.
    pub(in crate::claims) fn people_of_place(
        &self,
        first: usize,
        i: usize,
        start: usize,
    ) -> Option<Source> {
        // ("in rural Ohio", "across western New South Wales", "at the FBI": past the place's
        // modifier or article.)
        let lead = |w: &str| LOCATIVES.contains(w) || matches!(w, "from" | "on");
        let first = if first > start + 2 {
            self.doc.with_modifier(first, lead)
        } else {
            first
        };
        // ("A man from Leeds", but "An email from Neera Tanden", "a post on Facebook": after
        // "from" or "on", a document's author or where it appeared.)
        let document = || {
            !LOCATIVES.contains(self.word(first - 1))
                && DOCUMENTS.contains(Lowercase::new(self.word(first - 2)).as_str())
        };
        if first < start + 2 || !lead(self.word(first - 1)) || document() {
            return None;
        }
        // (Not the object of a preposition: "In the aftermath of the attack in San Bernardino,
        // …".)
        match self.nominal(first - 2, start, CueClass::Speech)? {
            Source::Nominal(outer, _)
                if outer == start
                    || !PREPOSITIONS.contains(Lowercase::new(self.word(outer - 1)).as_str()) =>
            {
                Some(Source::Nominal(outer, i))
            }
            _ => None,
        }
    }

    /// The source a relative pronoun at `i` stands for: "Trump, who said", "the Police
    /// Department which reported".
    fn relative_source(&self, i: usize, start: usize, class: CueClass) -> Option<Source> {
        let k = if self.doc.is_punct(i - 1, ",") {
            i - 1
        } else {
            i
        };
        let source = (k > start)
            .then(|| self.source_ending_at(k - 1, start, class))
            .flatten();
        // "said Diane Swonk, chief economist at KPMG, who argued": the name, past its
        // apposition; "reports in The Washington Post, which found": the name right before.
        // (Its first word capitalized too: "Elizabeth Warren, a Massachusetts Democrat who
        // called for …".)
        let described = match source {
            Some(Source::Nominal(first, _)) => Some(first),
            Some(Source::Named(m)) => {
                let first = self.mentions[m].first;
                (first > start && ARTICLES.contains(self.word(first - 1))).then(|| first - 1)
            }
            _ => None,
        };
        // "brushing aside warnings from riders who say …": with no comma, "who" stands for the
        // people right before it, named in lowercase, when the noun they qualify names no
        // source and no number of them (not "a star anchor at Fox News who …", "dozens of
        // farmers who …").
        if let Some(Source::Nominal(first, head)) =
            source.filter(|_| k == i && self.word(i) == "who")
            && let Some(p) = (first + 1..head).find(|&p| PREPOSITIONS.contains(self.word(p)))
            && let outer = Lowercase::new(self.word(p - 1))
            && !SOURCE_NOUNS.contains(outer.as_str())
            && !GERUND_OBJECT_LEADS.contains(outer.as_str())
            && !SHARES.contains(outer.as_str())
            && (p + 1..=head).all(|w| !self.doc.is_capitalized(w))
        {
            return self.source_ending_at(head, p + 1, class);
        }
        if let Some(first) = described {
            // ("Gov. Terry Branstad of Iowa, a Republican who …": the person, past the place.)
            let person = (first > start + 1 && self.doc.is_punct(first - 1, ","))
                .then(|| self.mention_ending_at(first - 2))
                .flatten()
                .map(|m| {
                    let of = self.mentions[m].first;
                    (of > start + 1 && self.word(of - 1) == "of")
                        .then(|| self.mention_ending_at(of - 2))
                        .flatten()
                        .unwrap_or(m)
                })
                .filter(|&m| self.mentions[m].kind == SpeakerKind::Person);
            // (But "who" is no organization: "A nurse at Mercy Hospital, who said …".)
            let organization = (k > start && self.word(i) != "who")
                .then(|| self.mention_ending_at(k - 1))
                .flatten()
                .filter(|&m| self.mentions[m].kind == SpeakerKind::Organization);
            if let Some(m) = person.or(organization) {
                return Some(Source::Named(m));
            }
        }
        source
    }

    /// The source noun phrase that a phrase after a preposition, from token `first` to `i`,
    /// qualifies: "An analysis of super PACs shows", "The survey of 14,000 people suggests",
    /// "A study released by the department found" (the analysis, survey and study speak).
    pub(in crate::claims) fn qualified(
        &self,
        first: usize,
        i: usize,
        start: usize,
        class: CueClass,
    ) -> Option<Source> {
        // "of more than 14,000 people", "of at least 30 economists"
        let quantity = first >= start + 2
            && matches!(
                (self.word(first - 2), self.word(first - 1)),
                ("more" | "fewer" | "less", "than") | ("at", "least" | "most")
            );
        let first = first - 2 * usize::from(quantity);
        if first < start + 2 || !self.qualifies(first) {
            return None;
        }
        // "A suicide analysis released by the Department of Veterans Affairs reveals"
        let participle = self.word(first - 1) == "by" && past_form(self.word(first - 2));
        // "A person close to Rogers said"
        let outer = first - 2;
        let outer = outer - usize::from(outer > start && INFORMED.contains(self.word(outer)));
        let Source::Nominal(outer, head) = (if participle {
            self.noun_before_participle(first - 1, start, class)
                .map(|(source, _)| source)
        } else {
            self.nominal(outer, start, CueClass::Speech)
        })?
        else {
            return None;
        };
        // ("Residents of the village of Ilaje said": the source noun of a phrase that the
        // place's own phrase qualifies.)
        let source_noun = |k: usize| SOURCE_NOUNS.contains(Lowercase::new(self.word(k)).as_str());
        let document = || DOCUMENTS.contains(Lowercase::new(self.word(head)).as_str());
        ((outer..=head).any(source_noun)
            || (participle || class == CueClass::Evidence) && document())
        .then_some(Source::Nominal(outer, i))
    }

    /// A source that a participle phrase up to token `j` qualifies: "A Quinnipiac University
    /// poll released in late August found …", "The man arrested on Friday said …".
    pub(in crate::claims) fn noun_before_participle(
        &self,
        j: usize,
        start: usize,
        class: CueClass,
    ) -> Option<(Source, usize)> {
        // Back from `j`, twelve words at most, to a cue, a comma or a conjunction ("The Fed
        // left rates unchanged but signaled"); a charge may run longer.
        let mut k = j + 1;
        let participle = loop {
            if k <= start + 1 || k + PARTICIPLE_REACH + CHARGE_REACH <= j + 1 {
                return None;
            }
            k -= 1;
            let w = self.word(k);
            // ("A man accused of murder told …": a charge's participle, though a cue.)
            if self.charge_participle(k) {
                break k;
            }
            if self.cue_starts[k] || self.doc.is_punct(k, ",") || CLAUSE_CONJUNCTIONS.contains(w) {
                return None;
            }
            // (Not an adjective after its article, "onto a packed sidewalk", nor a verb after
            // "to": "trying to set fire".)
            if w.starts_with(char::is_lowercase)
                && past_form(w)
                && !DETERMINERS.contains(self.word(k - 1))
                && self.word(k - 1) != "to"
            {
                if k + PARTICIPLE_REACH <= j {
                    return None;
                }
                break k;
            }
        };
        // (A name before a past form is no noun a participle qualifies, but the subject of a
        // verb: "Sanders spent his speech attacking …".)
        let head = participle - 1;
        if self.mention_ending_at(head).is_some() {
            return None;
        }
        // (With a time after its participle, the phrase names the source whole: "New polls
        // released Sunday", "A court filing dated Monday".)
        let timed = participle < j && self.is_time(participle + 1, j + 1);
        match self.nominal(head, start, class)? {
            Source::Nominal(first, last) => {
                Some((Source::Nominal(first, if timed { j } else { last }), head))
            }
            _ => None,
        }
    }

    /// The noun that a charge's participle qualifies, in a phrase up to token `j`: "A man
    /// accused of setting fire to a mosque told …" is the man's, not the mosque's. (The
    /// participle is looked for first, the phrase only where there is one.)
    pub(in crate::claims) fn charged_noun(
        &self,
        j: usize,
        start: usize,
        class: CueClass,
    ) -> Option<(Source, usize)> {
        (start.max((j + 1).saturating_sub(PARTICIPLE_REACH + CHARGE_REACH))..j)
            .any(|k| self.charge_participle(k))
            .then(|| self.noun_before_participle(j, start, class))
            .flatten()
            .filter(|&(_, head)| self.charge_participle(head + 1))
    }

    /// A share of people that a poll reports, from the start of its clause (after `start`) to
    /// token `i`: "16 percent of Democratic registered voters", "Nine in 10 voters", "About
    /// half of Democratic primary voters", "Majorities of Democrats in five states".
    pub(in crate::claims) fn share_of_people(&self, start: usize, i: usize) -> Option<Source> {
        let clause = (start..i)
            .rev()
            .find(|&k| self.opens_after(k))
            .map_or(start, |k| k + 1);
        let word = |k: usize| Lowercase::new(self.word(k));
        // ("But", "And" before it belong to the sentence.)
        let mut first = clause;
        while first < i && SUBJECT_CONJUNCTIONS.contains(word(first).as_str()) {
            first += 1;
        }
        let mut k = first;
        while k < i && SHARE_QUALIFIERS.contains(word(k).as_str()) {
            k += 1;
        }
        let number = |k: usize| {
            let w = word(k);
            let w = w.as_str();
            // ("Forty", "Thirty-one")
            let (tens, ones) = w.split_once('-').unwrap_or((w, "one"));
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                || NUMBER_WORDS.contains(w)
                || tens.ends_with("ty") && TENS_WORDS.contains(tens) && NUMBER_WORDS.contains(ones)
        };
        // The share, and whether people may follow it without "of" ("Nine in 10 voters",
        // "nine out of 10 voters").
        let out_of =
            usize::from(k + 2 <= i && self.word(k + 1) == "out" && self.word(k + 2) == "of");
        let (past, counted) = if k < i && number(k) && matches!(self.word(k + 1), "percent" | "%") {
            (k + 2, true)
        } else if k + 2 + out_of <= i
            && number(k)
            && (out_of == 1 || self.word(k + 1) == "in")
            && number(k + 2 + out_of)
        {
            (k + 3 + out_of, true)
        } else if k <= i && SHARES.contains(word(k).as_str()) {
            (k + 1, false)
        } else {
            return None;
        };
        let people = past <= i
            && (counted || self.word(past) == "of")
            && (past..=i).all(|j| {
                self.is_word(j) && !AUXILIARIES.contains(self.word(j)) && !self.cue_starts[j]
            });
        (past == i + 1 || people).then_some(Source::Nominal(first, i))
    }

    /// Whether token `k` is a comma, a semicolon or a colon, after which a clause or an aside
    /// opens.
    fn opens_after(&self, k: usize) -> bool {
        self.doc.is_punct(k, ",") || self.doc.is_punct(k, ";") || self.doc.is_punct(k, ":")
    }

    /// "Experts on North Korea and nuclear nonproliferation said": a sentence that opens with
    /// a source noun (after a determiner or not) and the words that qualify it, up to token `i`.
    pub(in crate::claims) fn opening_phrase(&self, start: usize, i: usize) -> Option<Source> {
        // "Police officials said a second device", "Ivana Trump filed legal papers": a verb
        // inside ends the source before it; "people involved in" has a participle.
        // "Critics on the left": a past form after a determiner is a noun.
        let noun_after_determiner =
            |k: usize| k > start && DETERMINERS.contains(Lowercase::new(self.word(k - 1)).as_str());
        let verb = |k: usize| {
            let w = Lowercase::new(self.word(k));
            let participle = k < i && PREPOSITIONS.contains(self.word(k + 1));
            self.cue_starts[k]
                || AUXILIARIES.contains(w.as_str())
                || past_form(w.as_str()) && !participle && !noun_after_determiner(k)
        };
        if i < start + 2
            || i > start + 9
            || !(start..=i).all(|k| self.is_word(k))
            || (start + 1..=i).any(verb)
        {
            return None;
        }
        let first = Lowercase::new(self.word(start));
        let noun = start + usize::from(SOURCE_DETERMINERS.contains(first.as_str()));
        // "The Russian embassy in London": past the adjectives of a place (a phrase with a
        // participle is its noun's: "A Quinnipiac University poll released in late August").
        let participle = (start..i).any(|k| past_form(self.word(k)));
        let noun = (noun..i)
            .find(|&k| k == start || participle || !self.doc.is_capitalized(k))
            .unwrap_or(noun);
        // "A reporter for USA Today spotted Stein and reported": a phrase that ends in a
        // conjunction is no longer the source.
        let last = Lowercase::new(self.word(i));
        let open_end = NOT_IN_SOURCE_PHRASE.contains(last.as_str())
            || past_form(last.as_str()) && !noun_after_determiner(i);
        // ("The Foreign Ministry in Beijing": or the capitalized noun that ends a name.)
        let source_noun = |k: usize| SOURCE_NOUNS.contains(Lowercase::new(self.word(k)).as_str());
        let head = source_noun(noun)
            || noun > start + 1
                && self.doc.is_capitalized(noun - 1)
                && source_noun(noun - 1)
                && matches!(self.word(noun), "in" | "at")
                && !TIME_WORDS.contains(self.word(i));
        (head && !open_end).then_some(Source::Nominal(start, i))
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, direct, reported, speaker_names};
    use crate::{ClaimKind, annotate};

    #[test]
    fn a_court_or_university_before_a_title_is_the_title_s_not_the_speaker() {
        // Regression: "Court of King's Bench Justice Sheilah Martin" was a phrase, the court.
        let text = "Court of King's Bench Justice Sheilah Martin called the fraud cruel. \
                    University of Toronto Professor Ana Ruiz said the data was thin.";
        assert_eq!(speaker_names(text), ["Sheilah Martin", "Ana Ruiz"]);
    }

    #[test]
    fn the_writer_s_summing_noun_before_a_source_is_no_part_of_it() {
        // Regression: "a move advocates" spoke, and claimed the clause before the comma.
        let text = "The province will waive the fees, the minister announced Monday, a move \
                    advocates say is long overdue. The bank cut rates, a step analysts said \
                    could lift prices. The state pays for the buses, a program critics call a \
                    political stunt.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "The province will waive the fees", "announced", "the minister"
                ),
                reported("is long overdue", "say", "advocates"),
                reported("could lift prices", "said", "analysts"),
                reported("a political stunt", "call", "critics"),
            ]
        );
    }

    #[test]
    fn a_city_government_speaks_and_its_spokesperson_too() {
        // Regression: "City" was a person, and the spokesperson no one.
        let text = "The City of Hamilton said the review is underway. A Town of Oakville \
                    spokesperson said staff would report back in the spring.";
        assert_eq!(
            claims(text),
            [
                reported("the review is underway", "said", "City of Hamilton"),
                reported(
                    "staff would report back in the spring", "said",
                    "A Town of Oakville spokesperson"
                ),
            ]
        );
        let city = annotate(text).speakers.into_iter().next().unwrap();
        assert_eq!(city.kind, crate::SpeakerKind::Organization);
    }

    #[test]
    fn a_spokesperson_for_a_minister_with_a_modifier_is_the_spokesperson() {
        // Regression: the minister, not her spokesperson, was the speaker.
        let text = "A spokesperson for federal Addictions Minister Ya'ara Saks said the \
                    department would review the request.";
        assert_eq!(
            claims(text),
            [reported(
                "the department would review the request",
                "said",
                "A spokesperson for federal Addictions Minister Ya'ara Saks"
            )]
        );
    }

    #[test]
    fn what_holds_documents_shows_what_they_do() {
        let text = "A new batch of council emails released this week showed close ties to the \
                    developer. In the wake of a new poll showing a slump, Ruiz resigned.";
        assert_eq!(
            claims(text)[0],
            reported(
                "close ties to the developer", "showed", "A new batch of council emails"
            )
        );
        assert!(
            claims(text)
                .iter()
                .all(|c| c.3.as_deref() != Some("the wake of a new poll"))
        );
    }

    #[test]
    fn the_noun_before_a_gerund_speaks_not_the_gerund_s_object() {
        // Regression: "the proposal" and "the summit" were the sources.
        let text = "Developers backing the proposal said approvals were the bottleneck. Farm \
                    leaders attending the summit welcomed the tone.";
        assert_eq!(
            claims(text),
            [
                reported("the proposal", "backing", "Developers"),
                reported("approvals were the bottleneck", "said", "Developers"),
                reported("the tone", "welcomed", "Farm leaders attending the summit"),
            ]
        );
    }

    #[test]
    fn a_source_noun_phrase_runs_through_its_preposition() {
        let text = "A spokesman for the campaign said it was over. \
                    Protesters marching through the streets chanted \"What curfew?\"";
        assert_eq!(
            claims(text),
            [
                reported("it was over", "said", "A spokesman for the campaign"),
                direct(
                    "What curfew?",
                    "chanted",
                    "Protesters marching through the streets"
                )
            ]
        );
    }

    #[test]
    fn a_spokeswoman_for_a_titled_minister_speaks_for_her() {
        // Regression: the minister was the speaker, past her two titles.
        let text = "A spokeswoman for Energy Minister Penny Sharpe said the state was watching.";
        assert_eq!(
            claims(text),
            [reported(
                "the state was watching",
                "said",
                "A spokeswoman for Energy Minister Penny Sharpe"
            )]
        );
        // Regression: past the portfolio and its country, the minister spoke.
        let text = "A spokesperson for Canada's Natural Resources Minister Tim Hodgson said \
                    talks were productive.";
        assert_eq!(
            claims(text),
            [reported(
                "talks were productive",
                "said",
                "A spokesperson for Canada's Natural Resources Minister Tim Hodgson"
            )]
        );
    }

    #[test]
    fn a_minister_for_a_portfolio_speaks_by_name() {
        // Regression: "Minister for Foreign Affairs Penny Wong" was a description, no name,
        // and one more speaker than Penny Wong.
        let text = "Minister for Foreign Affairs Penny Wong said the talks had failed. Taoiseach \
                    Simon Harris said his door remained open. \"We will go on,\" the minister \
                    said.";
        assert_eq!(
            claims(text),
            [
                reported("the talks had failed", "said", "Penny Wong"),
                reported("his door remained open", "said", "Simon Harris"),
                direct("We will go on,", "said", "Penny Wong")
            ]
        );
    }

    #[test]
    fn a_chief_minister_a_controller_a_constable_and_an_organiser_are_titles() {
        // Regression: "the CM" was a speaker named "CM", and "City Controller Kenneth Mejia",
        // "Assistant Chief Constable Mark Travis" and "Organiser Josh Lees" had their titles in
        // their names.
        let text = "Chief Minister Rekha Gupta said schools would close. \"We cannot wait,\" the \
                    CM said. City Controller Kenneth Mejia says the numbers do not add up. \
                    Assistant Chief Constable Mark Travis said officers would stay. Organiser \
                    Josh Lees said the march was peaceful.";
        assert_eq!(
            claims(text),
            [
                reported("schools would close", "said", "Rekha Gupta"),
                direct("We cannot wait,", "said", "Rekha Gupta"),
                reported("the numbers do not add up", "says", "Kenneth Mejia"),
                reported("officers would stay", "said", "Mark Travis"),
                reported("the march was peaceful", "said", "Josh Lees"),
            ]
        );
    }

    #[test]
    fn a_union_representing_workers_speaks_for_them() {
        // Regression: the workers at the plant were the source.
        let text = "A union representing workers at the plant said it would fight the cuts.";
        assert_eq!(
            claims(text),
            [reported(
                "it would fight the cuts",
                "said",
                "A union representing workers at the plant"
            )]
        );
    }

    #[test]
    fn the_people_of_a_place_speak_not_the_place() {
        // Regression: "Manchester" was the speaker, a person.
        let text = "Passengers in Manchester told the BBC they were fed up. Farmers in Iowa and \
                    Nebraska said the rain came too late.";
        assert_eq!(
            claims(text),
            [
                reported("they were fed up", "told", "Passengers in Manchester"),
                reported(
                    "the rain came too late", "said", "Farmers in Iowa and Nebraska"
                )
            ]
        );
    }

    #[test]
    fn nurses_at_a_hospital_in_a_city_speak_not_the_city() {
        // Regression: "Halifax" was the speaker, a person ("nurses" was no source noun).
        let text = "Nurses at the Victoria General Hospital in Halifax say the ward is full.";
        assert_eq!(
            claims(text),
            [reported(
                "the ward is full",
                "say",
                "Nurses at the Victoria General Hospital in Halifax"
            )]
        );
    }

    #[test]
    fn the_people_of_a_place_with_a_modifier_speak_not_the_place() {
        // Regression: "New South Wales", "Ohio" and "the Kenyan border" were the speakers.
        let text = "Farmers across western New South Wales say the package falls short. \
                    Teachers in rural Ohio say the plan is unfair. Residents near the Kenyan \
                    border said the water was unsafe.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the package falls short", "say", "Farmers across western New South Wales"
                ),
                reported("the plan is unfair", "say", "Teachers in rural Ohio"),
                reported(
                    "the water was unsafe", "said", "Residents near the Kenyan border"
                )
            ]
        );
    }

    #[test]
    fn a_company_with_its_suffix_is_the_source() {
        // Regression: the period of "Corp." stood between the source and its cue.
        let text = "Shares rose. Microsoft Corp. said it would cut 6,000 jobs. Apple Inc. on \
                    Wednesday reported quarterly revenue that beat estimates.";
        assert_eq!(
            claims(text),
            [
                reported("it would cut 6,000 jobs", "said", "Microsoft"),
                reported("quarterly revenue that beat estimates", "reported", "Apple"),
            ]
        );
    }

    #[test]
    fn the_people_of_a_place_named_inside_another_phrase_speak() {
        // Regression: "Worli Koliwada" spoke for its residents.
        let text = "Residents of the fishing village of Worli Koliwada, who have long opposed \
                    the project, said they were angry.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the project",
                    "opposed",
                    "Residents of the fishing village of Worli Koliwada"
                ),
                reported(
                    "they were angry",
                    "said",
                    "Residents of the fishing village of Worli Koliwada"
                ),
            ]
        );
    }

    #[test]
    fn a_person_told_by_nationality_speaks() {
        // Regression: the quote had no claim, and the one after it no speaker.
        let text = "Enzo Maresca was frustrated. \"I don't want to talk about the referee,\" the \
                    Italian said. \"We had chances.\"";
        assert_eq!(
            claims(text),
            [
                direct(
                    "I don't want to talk about the referee,",
                    "said",
                    "the Italian"
                ),
                direct("We had chances.", "said", "the Italian"),
            ]
        );
    }

    #[test]
    fn a_word_in_ing_that_opens_the_sentence_before_the_head_modifies_it() {
        // Regression: "groups" and "Republicans" spoke without their first word.
        let text = "Mining groups welcomed the talks. Wyoming Republicans say they want change. \
                    Rallying hundreds of workers, Ana Ruiz promised to deliver.";
        assert_eq!(
            claims(text),
            [
                reported("the talks", "welcomed", "Mining groups"),
                reported("they want change", "say", "Wyoming Republicans"),
                reported("to deliver", "promised", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_name_joined_by_and_to_a_group_speaks_with_it() {
        // Regression: "his allies" spoke without Ruiz, and "Ana Ruiz and others" not at all.
        let text = "Ruiz and his allies said the plan would fail. Ana Ruiz and others said it \
                    was too late. Mr. Lopez and other labor leaders remain confident that they \
                    will win.";
        assert_eq!(
            claims(text),
            [
                reported("the plan would fail", "said", "Ruiz and his allies"),
                reported("it was too late", "said", "Ana Ruiz and others"),
                reported(
                    "that they will win", "confident", "Mr. Lopez and other labor leaders"
                ),
            ]
        );
    }

    #[test]
    fn the_republican_and_the_newspaper_detail_and_chastise() {
        let text = "The Republican is also encouraging his supporters to vote early. The \
                    newspaper has also detailed spending that benefited him. The FBI director \
                    chastised Clinton for her use of the server. The campaign plans to make more \
                    detailed medical records available.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "his supporters to vote early", "encouraging", "The Republican"
                ),
                reported("spending that benefited him", "detailed", "The newspaper"),
                reported(
                    "Clinton for her use of the server", "chastised", "The FBI director"
                ),
                reported(
                    "to make more detailed medical records available",
                    "plans",
                    "The campaign"
                ),
            ]
        );
    }

    #[test]
    fn a_plurals_possessive_stays_in_its_source_phrase() {
        let text = "Farmers' unions said they would continue. The teachers’ union said it would \
                    strike.";
        assert_eq!(
            claims(text),
            [
                reported("they would continue", "said", "Farmers' unions"),
                reported("it would strike", "said", "The teachers’ union"),
            ]
        );
    }

    #[test]
    fn a_capital_speaks_for_its_state() {
        let text = "Moscow denied targeting civilians in the city. In Moscow, officials said the \
                    talks failed.";
        assert_eq!(
            claims(text),
            [
                reported("targeting civilians in the city", "denied", "Moscow"),
                reported("the talks failed", "said", "officials"),
            ]
        );
    }

    #[test]
    fn a_word_in_ing_after_a_determiner_and_an_adjective_is_a_modifier() {
        // Regression: the quote had no claim, for "functioning" ended the source phrase.
        let text = "\"We are running out,\" a doctor at the city's only functioning hospital told \
                    reporters.";
        assert_eq!(
            claims(text),
            [direct(
                "We are running out,",
                "told",
                "a doctor at the city's only functioning hospital"
            )]
        );
    }

    #[test]
    fn a_person_of_a_capital_speaks_not_the_capital() {
        // Regression: "Tokyo" and "Amsterdam" spoke, and "University of Amsterdam" was no name.
        let text = "Aiko Mori of Tokyo said the fares were too high. Political scientist Sarah \
                    de Lange of the University of Amsterdam said the talks would last. Stacy \
                    Baker of Columbia, South Carolina says she likes the plan.";
        assert_eq!(
            claims(text),
            [
                reported("the fares were too high", "said", "Aiko Mori"),
                reported("the talks would last", "said", "Sarah de Lange"),
                reported("she likes the plan", "says", "Stacy Baker"),
            ]
        );
    }

    #[test]
    fn state_media_and_broadcasters_are_sources() {
        let text = "China's central bank, meanwhile, cut its benchmark rate, state media \
                    reported. Russian media said the talks had failed. The broadcaster said it \
                    would appeal.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "China's central bank, meanwhile, cut its benchmark rate",
                    "reported",
                    "state media"
                ),
                reported("the talks had failed", "said", "Russian media"),
                reported("it would appeal", "said", "The broadcaster"),
            ]
        );
    }

    #[test]
    fn a_capitalized_modal_inside_a_source_phrase_is_a_name() {
        let text = "Theresa May's spokesman said the meeting had been constructive.";
        assert_eq!(
            claims(text),
            [reported(
                "the meeting had been constructive", "said", "Theresa May's spokesman"
            )]
        );
    }

    #[test]
    fn an_ap_party_tag_is_no_name() {
        // Regression: "R-Ky" was the subject that "arguing" went on with.
        let text = "Senate Majority Leader Mitch McConnell, R-Ky., blocked the measure on \
                    Wednesday, arguing that it was a stunt.";
        assert_eq!(
            claims(text),
            [reported(
                "that it was a stunt", "arguing", "Mitch McConnell"
            )]
        );
    }

    #[test]
    fn a_document_shows_what_follows_without_that() {
        let text = "POLITICO’s Battleground States average shows Clinton likewise ahead by 3.7 \
                    percentage points.";
        assert_eq!(
            claims(text),
            [reported(
                "Clinton likewise ahead by 3.7 percentage points",
                "shows",
                "POLITICO’s Battleground States average"
            )]
        );
    }

    #[test]
    fn noun_phrases_joined_after_a_comma_are_one_source() {
        // Regression: "teachers and" kept the comma from the source, and the claim was lost.
        let text = "Her support is strong among teachers, teachers and union officials told the \
                    paper.";
        assert_eq!(
            claims(text),
            [reported(
                "Her support is strong among teachers", "told", "teachers and union officials"
            )]
        );
    }

    #[test]
    fn a_long_aside_in_parentheses_between_the_source_and_its_cue() {
        // Regression: the parenthesis opened too far back, and the claim was lost.
        let text = "Sen. Ana Ruiz (a Democrat so young she has been mistaken for an aide) says she \
                    was adrift in her first weeks.";
        assert_eq!(
            claims(text),
            [reported(
                "she was adrift in her first weeks", "says", "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_ticker_in_parentheses_after_a_company_s_suffix() {
        // Regression: no claim had a source past "Corp." and its ticker, so none was made.
        let text = "Acme Corp. (ACME) said it would cut jobs. Shopify Inc. (TSX: SHOP) said on \
                    Tuesday it would hire.";
        assert_eq!(
            claims(text),
            [
                reported("it would cut jobs", "said", "Acme"),
                reported("it would hire", "said", "Shopify"),
            ]
        );
    }

    #[test]
    fn an_office_and_a_first_lady_call_as_a_spokesman_does() {
        // Regression: "calls" after either was taken for a noun.
        let text = "Her office calls the whole thing an attack. The former first lady calls it \
                    her duty.";
        assert_eq!(
            claims(text),
            [
                reported("the whole thing an attack", "calls", "Her office"),
                reported("it her duty", "calls", "The former first lady"),
            ]
        );
    }

    #[test]
    fn who_after_a_name_of_a_place_and_its_description_is_the_person() {
        // Regression: "Ohio" was the one who refused.
        let text = "Gov. Tim Lopez of Ohio, a Republican who has refused to endorse Ruiz, said \
                    the family deserved respect.";
        assert_eq!(
            claims(text),
            [
                reported("to endorse Ruiz", "refused", "Tim Lopez"),
                reported("the family deserved respect", "said", "Tim Lopez"),
            ]
        );
    }

    #[test]
    fn who_after_an_organization_that_qualifies_a_person_is_the_person() {
        // Regression: "Mercy Hospital" said she was exhausted; "which" still finds the
        // organization.
        let text = "A nurse at Mercy Hospital, who said she was exhausted, left the ward. \
                    Reports in The Washington Post, which found that rates rose, were denied.";
        assert_eq!(
            claims(text),
            [
                reported("she was exhausted", "said", "A nurse at Mercy Hospital"),
                reported("that rates rose", "found", "Washington Post"),
            ]
        );
    }

    #[test]
    fn a_spokesman_for_a_person_of_a_place_is_the_source() {
        // Regression: the mayor defended the route, not his spokesman.
        let text = "A spokesman for Mayor Ana Ruiz of Truro defended the route. Senator Bo \
                    Diaz of Nova Scotia said the bill would pass.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the route",
                    "defended",
                    "A spokesman for Mayor Ana Ruiz of Truro"
                ),
                reported("the bill would pass", "said", "Bo Diaz"),
            ]
        );
    }

    #[test]
    fn people_that_a_participle_after_them_qualifies_are_the_source() {
        // Regression: "Inquirer" said the commuters' words ("commuters" were no source noun).
        let text = "Commuters interviewed by the Inquirer said they feared longer waits. \
                    Pensioners surveyed by the Star say rents are too high.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "they feared longer waits", "said", "Commuters interviewed by the Inquirer"
                ),
                reported(
                    "rents are too high", "say", "Pensioners surveyed by the Star"
                ),
            ]
        );
    }

    #[test]
    fn a_name_s_acronym_in_brackets_stays_inside_the_source_phrase() {
        // Regression: the lead's inverted attribution had no source, and no claim.
        let text = "The line will not open by 2026, Chennai Metro Rail Limited (CMRL) officials \
                    said on Friday.";
        assert_eq!(
            claims(text),
            [reported(
                "The line will not open by 2026",
                "said",
                "Chennai Metro Rail Limited (CMRL) officials"
            )]
        );
    }

    #[test]
    fn people_of_a_place_named_with_a_word_of_places_are_the_source() {
        // Regression: "Murray-Darling Basin" was a man who warned.
        let text = "Irrigators in the southern Murray-Darling Basin have warned that the plan \
                    will hollow out towns. Farmers in the Ottawa Valley say prices fell.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the plan will hollow out towns",
                    "warned",
                    "Irrigators in the southern Murray-Darling Basin"
                ),
                reported("prices fell", "say", "Farmers in the Ottawa Valley"),
            ]
        );
    }

    #[test]
    fn who_with_no_comma_after_a_thing_of_people_is_the_people() {
        // Regression: "warnings from riders" said the routes would strand seniors; a person
        // before an organization that "who" follows stays the source.
        let text = "The council brushed aside warnings from riders who say the new routes will \
                    strand seniors. A reporter at Global News who said she had waited an hour was \
                    turned away.";
        assert_eq!(
            claims(text),
            [
                reported("the new routes will strand seniors", "say", "riders"),
                reported(
                    "she had waited an hour", "said", "A reporter at Global News"
                ),
            ]
        );
    }

    #[test]
    fn a_person_told_by_a_nationality_noun_is_a_description_no_name() {
        // Regression: "Dutchman" was a named speaker, and "the Englishman" no source at all.
        let text = "“We made mistakes,” the Dutchman said. “We will win,” the Englishman told \
                    reporters.";
        assert_eq!(
            claims(text),
            [
                direct("We made mistakes,", "said", "the Dutchman"),
                direct("We will win,", "told", "the Englishman"),
            ]
        );
    }

    #[test]
    fn a_party_member_is_a_source_though_capitalized() {
        // Regression: "one senior Democrat" and "A Republican" were no source, and the quote
        // and the claim were lost or had no speaker.
        let text = "“The campaign has been reluctant,” one senior Democrat said. A Republican said \
                    the plan failed.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "The campaign has been reluctant,", "said", "one senior Democrat"
                ),
                reported("the plan failed", "said", "A Republican"),
            ]
        );
    }

    #[test]
    fn emails_photos_and_filings_show_what_they_hold() {
        // Regression: none of these was a document, so none could show anything.
        let text = "The emails show that the aide took directions from the campaign. Photos \
                    showed mourners crouched over the bodies. New filings show the group has \
                    little cash on hand.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the aide took directions from the campaign",
                    "show",
                    "The emails"
                ),
                reported("mourners crouched over the bodies", "showed", "Photos"),
                reported("the group has little cash on hand", "show", "New filings"),
            ]
        );
    }

    #[test]
    fn a_place_after_across_or_among_is_no_source() {
        // Regression: "the country" and "the four states" were the sources.
        let text = "Editorial pages across the country warned that the law was dangerous. Most \
                    insiders across the four states said that Ruiz cannot be stopped.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the law was dangerous", "warned", "Editorial pages across the country"
                ),
                reported(
                    "that Ruiz cannot be stopped", "said", "Most insiders across the four states"
                ),
            ]
        );
    }

    #[test]
    fn a_verb_s_object_after_a_modal_or_an_adjective_before_a_cue_is_no_source() {
        // Regressions: "increase anxiety among supporters" and "a vocal" were speakers.
        let text = "The revival of the matter could increase anxiety among supporters who had \
                    hoped that the issue would fade. Mr. Ryan is a vocal advocate of trade deals.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_verbs_object_after_an_auxiliary_is_no_source() {
        // Regression: "important implications for the findings of a UN panel" was the source.
        let text = "However, there are important implications for the findings of a UN panel, \
                    which said the army carried out two attacks.";
        assert_eq!(
            crate::claims::testing::speaker_names(text),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_preposition_before_a_document_is_no_part_of_the_source() {
        // Regression: the speakers were "despite new figures" and "amid a report".
        let text = "Progress has been made despite new figures showing that 600,000 people are \
                    waiting. The plan stalled amid a report warning that costs had doubled.";
        assert_eq!(
            crate::claims::testing::speaker_names(text),
            ["new figures", "a report"]
        );
    }

    #[test]
    fn why_opens_no_source() {
        let text = "That is why critics say the plan would fail.";
        assert_eq!(
            claims(text),
            [reported("the plan would fail", "say", "critics")]
        );
    }

    #[test]
    fn a_document_of_something_shows_what_follows() {
        // Regression: "PACs" was the source, a person; the footage showed nothing.
        let text = "A new analysis of super PACs shows Democratic groups outpacing Republicans \
                    in recent weeks. Footage of the arrest shows him with his hands raised.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Democratic groups outpacing Republicans in recent weeks",
                    "shows",
                    "A new analysis of super PACs"
                ),
                reported(
                    "him with his hands raised", "shows", "Footage of the arrest"
                ),
            ]
        );
        let marks = annotate(text);
        assert!(
            marks
                .speakers
                .iter()
                .all(|s| s.kind == crate::SpeakerKind::Organization)
        );
    }

    #[test]
    fn a_spokesman_for_someone_speaks_for_them_but_is_the_source() {
        let text = "A spokeswoman for the State Department said the talks would go on. A \
                    reporter for USA Today spotted Stein and reported her presence on Twitter.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the talks would go on", "said", "A spokeswoman for the State Department"
                ),
                reported("her presence", "reported", "A reporter for USA Today"),
            ]
        );
    }

    #[test]
    fn a_people_after_the_is_the_source_and_will_before_a_past_form_is_a_name() {
        // Regression: "The Saudis" and "Will" (George Will) were no one.
        let text = "The Saudis have warned they could sell their assets. Columnist George Will \
                    agreed. Will wrote that the bill was a mistake.";
        assert_eq!(
            claims(text),
            [
                reported("they could sell their assets", "warned", "The Saudis"),
                reported("that the bill was a mistake", "wrote", "George Will"),
            ]
        );
    }

    #[test]
    fn a_quantifier_that_opens_its_sentence_is_the_source() {
        let text = "Many worried that the plant would close. Some advocates for the plant said \
                    it would stay open. Both have promised to fight for it. Another said the \
                    town would fight. One wrote that it was unfair. One label stuck.";
        // (Regression: "One wrote" had no source; "One" alone is one before a past cue.)
        assert_eq!(
            claims(text),
            [
                reported("that the plant would close", "worried", "Many"),
                reported("it would stay open", "said", "Some advocates for the plant"),
                reported("to fight for it", "promised", "Both"),
                reported("the town would fight", "said", "Another"),
                reported("that it was unfair", "wrote", "One"),
            ]
        );
    }

    #[test]
    fn a_function_word_is_never_the_head_of_a_source() {
        let text = "They say we are defeating the group abroad while systematically downplaying \
                    its ties.";
        assert_eq!(
            claims(text),
            [(
                "we are defeating the group abroad while systematically downplaying its ties",
                ClaimKind::Indirect,
                Some("say"),
                None
            )]
        );
    }

    #[test]
    fn pronoun_speaker_resolves_to_the_last_named_person() {
        let text = "Rex Tillerson met the press. He said the two had a lengthy exchange of views.";
        assert_eq!(
            claims(text),
            [reported(
                "the two had a lengthy exchange of views",
                "said",
                "Rex Tillerson"
            )]
        );
    }

    #[test]
    fn pronoun_skips_people_of_the_other_gender() {
        let text = "Mr Lavrov met Ms Haley. She said the meeting went well.";
        assert_eq!(
            claims(text),
            [reported("the meeting went well", "said", "Haley")]
        );
    }

    #[test]
    fn organizations_speak() {
        let text = "The Kremlin said the strike was illegal.";
        assert_eq!(
            claims(text),
            [reported("the strike was illegal", "said", "Kremlin")]
        );
        let text = "\"We see attempts to hamper cooperation\", TASS quoted him as saying.";
        assert_eq!(
            claims(text),
            [direct(
                "We see attempts to hamper cooperation", "quoted him as saying", "TASS"
            )]
        );
    }

    #[test]
    fn a_source_noun_qualified_by_a_place_or_a_side_speaks() {
        let text = "Officials in Washington said the deal was close. Critics on the left argue \
                    the Fed waited too long.";
        assert_eq!(
            claims(text),
            [
                reported("the deal was close", "said", "Officials in Washington"),
                reported("the Fed waited too long", "argue", "Critics on the left"),
            ]
        );
    }

    #[test]
    fn a_document_of_people_speaks_not_the_people() {
        let text = "The YouGov survey of more than 14,000 people, published on Monday, suggests \
                    Labour would win. Lawyers for the family said the suit was filed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Labour would win",
                    "suggests",
                    "The YouGov survey of more than 14,000 people"
                ),
                reported("the suit was filed", "said", "Lawyers for the family"),
            ]
        );
        // Regression: once "Department of Energy" was one name, it took the study's claim.
        let text = "An analysis released by the Department of Energy last month reveals how \
                    swift the rise was.";
        assert_eq!(
            claims(text),
            [reported(
                "how swift the rise was",
                "reveals",
                "An analysis released by the Department of Energy"
            )]
        );
    }

    #[test]
    fn a_gerund_that_names_a_document_s_kind_is_part_of_it() {
        // Regression: "fundraising" ended the phrase, and the claim had no source.
        let text = "Most of the money came in May, fundraising reports show. New polling data \
                    show that the race is close.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Most of the money came in May", "show", "fundraising reports"
                ),
                reported("that the race is close", "show", "New polling data"),
            ]
        );
    }

    #[test]
    fn court_documents_report_their_findings() {
        let text = "The ruling found that the president had exceeded his authority. The lawsuit \
                    alleges that the company hid losses. The indictment says he lied.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the president had exceeded his authority",
                    "found",
                    "The ruling"
                ),
                reported("that the company hid losses", "alleges", "The lawsuit"),
                reported("he lied", "says", "The indictment"),
            ]
        );
    }

    #[test]
    fn a_document_with_the_time_it_came_out_is_named_with_it() {
        // Regression: the source was "A Reuters poll", where the text names "A Reuters poll
        // released Friday".
        let text = "A Reuters poll released Friday shows that Ruiz leads by four points.";
        assert_eq!(
            claims(text),
            [reported(
                "that Ruiz leads by four points", "shows", "A Reuters poll released Friday"
            )]
        );
    }

    #[test]
    fn a_document_and_its_findings() {
        let text = "A Pew study published this week found that younger adults were the most \
                    pessimistic. Democrats were more optimistic than Republicans, the poll showed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that younger adults were the most pessimistic",
                    "found",
                    "A Pew study"
                ),
                reported(
                    "Democrats were more optimistic than Republicans",
                    "showed",
                    "the poll"
                ),
            ]
        );
    }

    #[test]
    fn a_place_after_in_is_no_stance_s_source() {
        // Regression: "Ohio" favored Mr. Trump.
        let text = "A survey by the AFL-CIO found that a third of union households in Ohio \
                    favored Mr. Trump.";
        assert_eq!(
            claims(text),
            [reported(
                "that a third of union households in Ohio favored Mr. Trump",
                "found",
                "A survey by the AFL-CIO"
            )]
        );
    }

    #[test]
    fn unnamed_and_possessive_sources() {
        let text = "Officials said Clinton was right.";
        assert_eq!(
            claims(text),
            [reported("Clinton was right", "said", "Officials")]
        );
        let text = "However, Ivana Trump's brief said that was not her view.";
        assert_eq!(
            claims(text),
            [reported(
                "that was not her view", "said", "Ivana Trump's brief"
            )]
        );
    }

    #[test]
    fn a_state_speaks_through_its_name() {
        let text = "North Korea said the test was its biggest yet.";
        assert_eq!(
            claims(text),
            [reported(
                "the test was its biggest yet", "said", "North Korea"
            )]
        );
        let marks = annotate(text);
        assert_eq!(marks.speakers[0].kind, crate::SpeakerKind::Organization);
        assert_eq!(marks.countries[0].code, "KP");
    }

    #[test]
    fn noun_phrases_joined_by_and() {
        let text = "The Syrian regime and its backers have denied Mr Assad was responsible.";
        assert_eq!(
            claims(text),
            [reported(
                "Mr Assad was responsible", "denied", "The Syrian regime and its backers"
            )]
        );
    }

    #[test]
    fn members_of_parliament_are_described_sources() {
        // Regression: "One MP" was no source, and "MPs" a name.
        let text = "One MP, who asked not to be named, said it was bad. Two MPs said it was good.";
        assert_eq!(
            claims(text),
            [
                reported("it was bad", "said", "One MP"),
                reported("it was good", "said", "Two MPs"),
            ]
        );
    }

    #[test]
    fn a_person_of_a_place_speaks_not_the_place() {
        let text = "Senator Dianne Feinstein of California said she hoped he would calm down. \
                    Bank of America said profits rose. Peter Morgan of the Sierra Club said the \
                    deal was bad.";
        assert_eq!(
            claims(text),
            [
                reported("she hoped he would calm down", "said", "Dianne Feinstein"),
                reported("profits rose", "said", "Bank of America"),
                reported("the deal was bad", "said", "Peter Morgan"),
            ]
        );
    }

    #[test]
    fn a_person_named_after_a_role_s_portfolio_speaks_not_the_role() {
        // Regression: "DA spokesperson on electricity Kevin Mileham" was a description that
        // named no one; "Islanders on Cape Breton" are still the islanders.
        let text = "DA spokesperson on electricity Kevin Mileham said the rise would hurt. \
                    Islanders on Cape Breton said the ferry was late.";
        assert_eq!(
            claims(text),
            [
                reported("the rise would hurt", "said", "Kevin Mileham"),
                reported("the ferry was late", "said", "Islanders on Cape Breton"),
            ]
        );
    }

    #[test]
    fn a_person_of_a_body_with_modifiers_speaks_not_the_body() {
        // Regression: "the main opposition Democratic Party" accused the government.
        let text = "Rep. Lee Won-taek of the main opposition Democratic Party said the release \
                    would hurt farmers.";
        assert_eq!(
            claims(text),
            [reported(
                "the release would hurt farmers", "said", "Lee Won-taek"
            )]
        );
    }

    #[test]
    fn a_name_and_its_reflexive_is_the_named_source() {
        let text = "Bernie Sanders said the party was united. Sanders himself said the mood \
                    was grim.";
        assert_eq!(
            claims(text),
            [
                reported("the party was united", "said", "Bernie Sanders"),
                reported("the mood was grim", "said", "Bernie Sanders"),
            ]
        );
    }

    #[test]
    fn a_claim_inside_one_of_its_own_sources_is_no_second_claim() {
        let text = "Former Rep. Mike Rogers declined to criticize the panel.";
        assert_eq!(
            claims(text),
            [reported(
                "to criticize the panel", "declined", "Mike Rogers"
            )]
        );
        // A gerund after the claim still is one.
        let text = "The GOP nominee complained about his mic the morning after the debate, even \
                    suggesting he may have been sabotaged.";
        assert_eq!(claims(text).len(), 2);
    }

    #[test]
    fn a_person_close_to_someone_is_the_source_not_that_someone() {
        let text = "A person close to Rogers said he had been pushed out. Trump is preparing on \
                    instinct, according to people close to the candidate.";
        assert_eq!(
            claims(text),
            [
                reported("he had been pushed out", "said", "A person close to Rogers"),
                reported(
                    "Trump is preparing on instinct", "according to",
                    "people close to the candidate"
                ),
            ]
        );
    }

    #[test]
    fn a_verb_s_particle_opens_no_source_phrase() {
        // Regression: "The council brushed aside dozens of farmers" urged it.
        let text = "The council brushed aside dozens of farmers who urged it to drop the levy.";
        assert_eq!(
            claims(text),
            [reported(
                "it to drop the levy", "urged", "dozens of farmers"
            )]
        );
    }

    #[test]
    fn what_opens_no_source_phrase() {
        let text = "The state adopted what labor advocates have called a living wage.";
        assert_eq!(
            claims(text),
            [
                reported("what", "called", "labor advocates"),
                reported("a living wage", "called", "labor advocates"),
            ]
        );
    }

    #[test]
    fn which_after_a_named_organization_is_that_organization() {
        let text = "The foundation has been the subject of several reports in The Washington \
                    Post, which found that Mr. Trump had used the charity's money.";
        assert_eq!(
            claims(text),
            [reported(
                "that Mr. Trump had used the charity's money",
                "found",
                "Washington Post"
            )]
        );
    }

    #[test]
    fn a_part_of_a_source_group_is_the_source() {
        let text = "Some of his aides said the plan was dead. Many of his supporters believe the \
                    polls are rigged. In one of those savings plans that your state offers, the \
                    fees are low. Eight of 14 analysts polled by Reuters had expected a hold. \
                    Nearly nine of 10 economists said rates would rise. Two of his rivals said \
                    the plan was bad.";
        // (Regression: "Reuters" expected it, the one that polled them; "his rivals" were no
        // source.)
        assert_eq!(
            claims(text),
            [
                reported("the plan was dead", "said", "Some of his aides"),
                reported("the polls are rigged", "believe", "Many of his supporters"),
                reported(
                    "a hold", "expected", "Eight of 14 analysts polled by Reuters"
                ),
                reported("rates would rise", "said", "Nearly nine of 10 economists"),
                reported("the plan was bad", "said", "Two of his rivals"),
            ]
        );
    }

    #[test]
    fn a_claim_inside_another_keeps_only_a_newly_named_source() {
        let text = "Lori Edwards told the Orlando Sentinel she expected long lines. Boris \
                    Johnson has said Britain will not be cowed after the Kremlin warned of \
                    \"consequences\" if the UK sent more troops.";
        assert_eq!(
            claims(text),
            [
                reported("she expected long lines", "told", "Lori Edwards"),
                reported(
                    "Britain will not be cowed after the Kremlin warned of \"consequences\" if \
                     the UK sent more troops",
                    "said",
                    "Boris Johnson"
                ),
                reported(
                    "\"consequences\" if the UK sent more troops",
                    "warned of",
                    "Kremlin"
                ),
            ]
        );
    }

    #[test]
    fn a_pronoun_does_not_stand_for_a_place_named_like_a_person() {
        let text = "Tom Clarke says he has been absorbing the costs. He is hoping that states, led \
                    by West Virginia, will pass the costs on. \"Coal is not the villain,\" he said. \
                    In a speech in Fort Pierce, Florida, on Friday, Hillary Clinton laid out her \
                    plans. She wants to triple the size of AmeriCorps. For her part, Suu Kyi has \
                    faced sharp criticism. \"Unity also means prosperity,\" she said.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = [
            "Tom Clarke", "Tom Clarke", "Tom Clarke", "Hillary Clinton", "Hillary Clinton",
            "Suu Kyi",
        ];
        assert_eq!(speakers, expected.map(|who| Some(who.to_string())));
    }

    #[test]
    fn a_pronoun_does_not_stand_for_a_place_named_like_a_given_name() {
        let text = "Donald Trump has also commented on the shooting. On Wednesday, he told a crowd \
                    in Cleveland that he was troubled by it. “I don’t know what she was \
                    thinking,” he said.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        assert_eq!(
            speakers,
            ["Donald Trump"; 3].map(|who| Some(who.to_string()))
        );
    }

    #[test]
    fn a_role_described_is_the_person_last_named_with_it() {
        let text = "Republican presidential nominee Donald Trump said on Monday that he would win. \
                    Hillary Clinton, the Democratic nominee, disagreed. The GOP nominee told \
                    reporters that the polls were wrong. The Democratic nominee said he was unfit.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = ["Donald Trump", "Donald Trump", "Hillary Clinton"];
        assert_eq!(speakers, expected.map(|who| Some(who.to_string())));
    }

    #[test]
    fn a_poll_run_by_two_named_outlets_is_the_source() {
        let text = "According to a CNN/ORC poll released Thursday, 62 percent of debate watchers \
                    thought Clinton won. A New York Times/CBS News poll found that Clinton led. \
                    Clinton leads, according to CNN.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "62 percent of debate watchers thought Clinton won",
                    "According to",
                    "a CNN/ORC poll"
                ),
                reported(
                    "that Clinton led", "found", "A New York Times/CBS News poll"
                ),
                reported("Clinton leads", "according to", "CNN"),
            ]
        );
    }

    #[test]
    fn a_pronoun_after_a_described_speaker_is_that_speaker() {
        let text = "The senator said the bill would pass. “We have the votes,” she added. \
                    Officials said it was dead. He added that it was over.";
        let speakers: Vec<_> = claims(text).into_iter().map(|(_, _, _, who)| who).collect();
        let expected = [
            Some("The senator"),
            Some("The senator"),
            Some("Officials"),
            None,
        ];
        assert_eq!(speakers, expected.map(|who| who.map(str::to_string)));
    }

    #[test]
    fn there_or_here_after_a_source_noun_leaves_it_the_source() {
        let text = "Officials there suspect that the pipes leaked. Residents here say the water \
                    is safe.";
        assert_eq!(
            claims(text),
            [
                reported("that the pipes leaked", "suspect", "Officials"),
                reported("the water is safe", "say", "Residents"),
            ]
        );
    }

    #[test]
    fn a_spokesman_for_a_named_body_with_a_modifier_is_the_source() {
        // Regression: "Central Command" spoke, a person, where its spokesman did.
        let text = "A spokesman for the U.S. Central Command said the forces were targeting \
                    militants. A spokesman for U.S. Cyber Command said the attack had failed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the forces were targeting militants",
                    "said",
                    "A spokesman for the U.S. Central Command"
                ),
                reported(
                    "the attack had failed", "said", "A spokesman for U.S. Cyber Command"
                ),
            ]
        );
    }

    #[test]
    fn a_name_before_a_past_form_is_no_phrase_of_its_own() {
        // Regression: "Sanders" spoke twice, as Bernie Sanders and as a phrase "Sanders".
        let text = "Sen. Bernie Sanders said it was over. Sanders spent much of his speech \
                    attacking Trump, whom he described as \"a pathological liar.\"";
        let names = speaker_names(text);
        assert_eq!(names, ["Bernie Sanders"]);
    }

    #[test]
    fn where_opens_no_source_phrase() {
        let text = "Stumpf was grilled by the Senate Banking Committee, where lawmakers from both \
                    parties accused him of failing to stop employees.";
        assert_eq!(
            claims(text),
            [reported(
                "failing to stop employees", "accused", "lawmakers from both parties"
            )]
        );
    }

    #[test]
    fn a_place_inside_the_phrase_that_opens_the_sentence_is_no_source() {
        // Regression: "Newfoundland" urged it.
        let text = "Relatives of six fishermen missing off the coast of Newfoundland are urging \
                    the Coast Guard to resume its search.";
        assert_eq!(
            claims(text),
            [reported(
                "the Coast Guard to resume its search",
                "urging",
                "Relatives of six fishermen missing off the coast of Newfoundland"
            )]
        );
    }

    #[test]
    fn a_government_in_a_capital_speaks_not_the_capital() {
        // Regression: "Riyadh" denied it.
        let text = "The government in Riyadh has denied any role in the attacks.";
        assert_eq!(
            claims(text),
            [reported(
                "any role in the attacks", "denied", "The government in Riyadh"
            )]
        );
    }

    #[test]
    fn a_named_ministry_in_a_capital_speaks_not_the_capital() {
        // Regression: "Beijing" spoke, where its Foreign Ministry did.
        let text = "The Foreign Ministry in Beijing said the deployment was a threat. The Justice \
                    Department on Monday said it would sue.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the deployment was a threat", "said", "The Foreign Ministry in Beijing"
                ),
                reported("it would sue", "said", "Justice Department"),
            ]
        );
    }

    #[test]
    fn people_from_a_place_speak_not_the_place() {
        // Regression: "Leeds" was a person, and the speaker; so was "Mull and Islay".
        let text = "A man from Leeds said he saw the crash. An email from Neera Tanden said the \
                    plan was bad. Islanders on Mull and Islay, who lost their ferry, said the \
                    boats were late. Doctors at Karachi's Civil Hospital said they were full.";
        assert_eq!(
            claims(text),
            [
                reported("he saw the crash", "said", "A man from Leeds"),
                reported("the plan was bad", "said", "Neera Tanden"),
                reported("the boats were late", "said", "Islanders on Mull and Islay"),
                reported(
                    "they were full", "said", "Doctors at Karachi's Civil Hospital"
                ),
            ]
        );
    }

    #[test]
    fn a_person_told_by_age_is_a_source() {
        // Regression: "the 19-year-old said" gave no claim, "the 45-year-old told" no source.
        let text = "\"It was awful,\" the 19-year-old said. Later, the 45-year-old told the BBC \
                    she would vote Labour.";
        assert_eq!(
            claims(text),
            [
                direct("It was awful,", "said", "the 19-year-old"),
                reported("she would vote Labour", "told", "the 45-year-old")
            ]
        );
    }

    #[test]
    fn a_share_in_words_or_out_of_a_number_is_the_source() {
        // Regression: these had no source.
        let text = "Thirty-one percent of those surveyed say the plan is fair. Nearly eight out \
                    of 10 say it came too late. As many as 40 percent of renters said they \
                    would move; 26% said they would stay.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the plan is fair", "say", "Thirty-one percent of those surveyed"
                ),
                reported("it came too late", "say", "Nearly eight out of 10"),
                reported(
                    "they would move", "said", "As many as 40 percent of renters"
                ),
                reported("they would stay", "said", "26%"),
            ]
        );
    }

    #[test]
    fn an_ampersand_between_names_stays_in_the_source_phrase() {
        // Regression: "&" ended the source, the quote had no claim and the broadcaster was
        // what the employee told.
        let text = "Ruto spoke.\n\n“We are shocked,” one P&G Amiens employee told BFMTV.";
        assert_eq!(
            claims(text),
            [direct("We are shocked,", "told", "one P&G Amiens employee")]
        );
    }

    #[test]
    fn a_share_after_a_colon_opens_its_clause() {
        // Regression: after a colon, "47% say" had no claim and "47 percent say" no source.
        let text = "The poll was clear: 47% say the plan is bad. The rest was too: 40 percent \
                    say it is good.";
        assert_eq!(
            claims(text),
            [
                reported("the plan is bad", "say", "47%"),
                reported("it is good", "say", "40 percent"),
            ]
        );
    }

    #[test]
    fn a_share_of_people_a_poll_reports_is_the_source() {
        let text = "Nine in 10 registered voters say the economy matters most. But 16 percent of \
                    independents still say they are undecided. About half of likely voters said \
                    the debate changed nothing.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the economy matters most", "say", "Nine in 10 registered voters"
                ),
                reported("they are undecided", "say", "16 percent of independents"),
                reported(
                    "the debate changed nothing", "said", "About half of likely voters"
                ),
            ]
        );
    }
}

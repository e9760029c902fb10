//! The stages' shared view of a document: its tokens, mentions, countries, quotes and cue
//! starts, with the small lookups every rule uses.

use std::ops::Range;

use crate::annotations::{ClaimKind, Form, Span};
use crate::claims::cues::Cue;
use crate::claims::found::{Found, Source};
use crate::claims::quotes::Quote;
use crate::countries;
use crate::data::cues::{
    ADDING_CONJUNCTIONS, ADVERBIAL_OPENERS, ASIDE_OPENERS, AUXILIARIES, CueClass, DOCUMENTS,
    FINITE_BE, HAVE_FORMS, NOT_IN_SOURCE_PHRASE, PREPOSITIONS, SOURCE_NOUNS, TIME_LEADS,
    TIME_WORDS,
};
use crate::data::words::{CLAUSE_MARKS, TITLES, contracts_after, honorific, subject_pronoun};
use crate::grammar::{
    is_double_closer, is_double_opener, is_negated, is_straight_double, past_form, s_form,
    stands_between,
};
use crate::rules::Rule;
use crate::speakers::{Mention, MentionId, ending_before, starting_before};
use crate::text::{Doc, Kind, Lowercase};

pub(super) struct Finder<'d, 't> {
    pub(super) doc: &'d Doc<'t>,
    pub(super) mentions: &'d [Mention],
    /// Token ranges of the countries named, sorted.
    pub(super) states: Vec<(usize, usize)>,
    pub(super) quotes: &'d [Quote],
    /// For each token, whether a cue starts there.
    pub(super) cue_starts: Vec<bool>,
}

/// The most tokens a claim's clause runs to: a sentence with no end in sight (a list, a
/// transcript with no punctuation) is cut there, which keeps the work per cue bounded.
pub(super) const MAX_CLAUSE: usize = 150;
/// The most words of a time between "and" and a cue ("and on Monday night announced").
const TIME_PHRASE_WORDS: usize = 3;
/// How many words of a portfolio before its title [`Finder::titles_before`] passes at the most
/// ("Health and Social Care Secretary").
const PORTFOLIO_WORDS: usize = 4;

impl<'d, 't> Finder<'d, 't> {
    /// The view of `doc` that the stages share, with its mentions, the countries found in it,
    /// its quotes and its cues.
    pub(super) fn new(
        doc: &'d Doc<'t>,
        mentions: &'d [Mention],
        countries: &[countries::Found],
        quotes: &'d [Quote],
        cues: &[Cue],
    ) -> Self {
        let mut cue_starts = vec![false; doc.tokens.len()];
        // (A noun-like cue is no verb to end a clause at, save "called", which names only as a
        // verb.)
        for c in cues
            .iter()
            .filter(|c| !c.noun_like || c.base == "call" && doc.word(c.first) == "called")
        {
            cue_starts[c.first] = true;
        }
        // The token range of each country named (not described: "Russia", not "Russian"), or
        // its capital: a state speaks through its government ("North Korea said", "Moscow
        // denied").
        let states = countries
            .iter()
            .filter(|c| {
                matches!(
                    c.form,
                    Form::Name | Form::Alias | Form::Seat | Form::Capital
                )
            })
            .map(|c| {
                let first = doc.token_after(c.span.start);
                let last = doc.tokens_before(c.span.end) - 1;
                (first, last)
            })
            .collect();
        Finder {
            doc,
            mentions,
            states,
            quotes,
            cue_starts,
        }
    }
}

impl Finder<'_, '_> {
    /// The claim that `rule` makes of `cue`: the tokens `tokens` in one part, from `source` as
    /// `source_rule` found it.
    pub(super) fn cued(
        &self,
        cue: &Cue,
        tokens: Range<usize>,
        kind: ClaimKind,
        rule: Rule,
        source: Source,
        source_rule: Rule,
    ) -> Found {
        let doc = self.doc;
        Found {
            span: Span::new(
                doc.tokens[tokens.start].span.start,
                doc.tokens[tokens.end - 1].span.end,
            ),
            gaps: Vec::new(),
            kind,
            cue: Some(self.cue_span(cue)),
            stance: cue.stance(),
            source,
            rule,
            source_rule,
        }
    }

    /// Whether `cue` is a noun after "a" and one modifier, from token `start` on: "a vocal
    /// advocate of …", "a strike vote", "delivered a snappy retort: “…”".
    pub(super) fn modified_noun(&self, cue: &Cue, start: usize) -> bool {
        let w = self.word(cue.first);
        let modifier = self.word(cue.first.saturating_sub(1));
        cue.first >= start + 2
            && !(past_form(w) || s_form(w) || w.ends_with("ing"))
            && matches!(self.word(cue.first - 2), "a" | "an")
            && modifier.starts_with(char::is_lowercase)
            && !SOURCE_NOUNS.contains(modifier)
            && !DOCUMENTS.contains(modifier)
    }

    pub(super) fn cue_span(&self, cue: &Cue) -> Span {
        Span::new(
            self.doc.tokens[cue.first].span.start, self.doc.tokens[cue.last].span.end,
        )
    }

    /// The text of token `i`. (Always inlined, as `Doc::word` is: the wasm is 1.5 KB smaller
    /// gzipped, at the same speed, than with the call it was left.)
    #[inline(always)]
    pub(super) fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    #[inline]
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == Kind::Word
    }

    /// Whether token `i` is a verb that a clause has: an auxiliary, a past form or a cue ("a
    /// force the administration has struggled to build", "but the senator has vowed").
    pub(super) fn verb_at(&self, i: usize) -> bool {
        let w = self.word(i);
        AUXILIARIES.contains(w) || past_form(w) || self.cue_starts[i]
    }

    /// Whether a name starts at token `i` and a verb of its clause follows it before `end`:
    /// "told the court Carter had shown …", "…, Dubois was blunt: “…”".
    pub(super) fn name_and_verb(&self, i: usize, end: usize) -> bool {
        self.mention_starting_at(i).is_some_and(|m| {
            let verb = self.mentions[m].last + 1;
            verb < end && self.verb_at(verb)
        })
    }

    /// Whether token `i` opens an adverbial ("on Monday", "in a statement"), not a count ("at
    /// least 62").
    pub(super) fn opens_adverbial(&self, i: usize) -> bool {
        ADVERBIAL_OPENERS.contains(self.word(i))
            && !(self.word(i) == "at"
                && i + 1 < self.doc.tokens.len()
                && matches!(self.word(i + 1), "least" | "most"))
    }

    /// Whether token `k` is a hyphen with a space on each side, which sets off an aside as a
    /// dash does ("Deborah Reynolds - his co-host - told").
    pub(super) fn spaced_hyphen(&self, k: usize) -> bool {
        let tokens = &self.doc.tokens;
        self.word(k) == "-"
            && k > 0
            && k + 1 < tokens.len()
            && tokens[k - 1].span.end < tokens[k].span.start
            && tokens[k].span.end < tokens[k + 1].span.start
    }

    /// Whether token `k` is a dash that sets off an aside: "—", "–", a spaced hyphen or the
    /// first of "--".
    pub(super) fn is_dash(&self, k: usize) -> bool {
        matches!(self.word(k), "—" | "–")
            || self.spaced_hyphen(k)
            || self.word(k) == "-" && k + 1 < self.doc.tokens.len() && self.word(k + 1) == "-"
    }

    /// The sentence range of token `i`.
    pub(super) fn sentence(&self, i: usize) -> std::ops::Range<usize> {
        self.doc
            .sentences
            .get(self.doc.sentence_of(i))
            .cloned()
            .unwrap_or(i..i + 1)
    }

    /// The first token from `from` to before `to` that is the punctuation `mark`.
    pub(super) fn first_mark(&self, from: usize, to: usize, mark: &str) -> Option<usize> {
        (from..to).find(|&k| self.doc.is_punct(k, mark))
    }

    /// The last token from `from` to before `to` that is the punctuation `mark`.
    pub(super) fn last_mark(&self, from: usize, to: usize, mark: &str) -> Option<usize> {
        (from..to).rev().find(|&k| self.doc.is_punct(k, mark))
    }

    /// The last token before `end`, and from `lo` on, that `hit` finds, going back over tokens
    /// that `keep` passes. (A plain loop: a chain of `rev`, `take_while` and `find` is bigger in
    /// the wasm, by 60–150 B at each place.)
    pub(super) fn find_back(
        &self,
        lo: usize,
        end: usize,
        keep: impl Fn(usize) -> bool,
        hit: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let mut k = end;
        while k > lo {
            k -= 1;
            if !keep(k) {
                return None;
            }
            if hit(k) {
                return Some(k);
            }
        }
        None
    }

    /// The first quote that opens at token `from` or after it, by the quotes' order.
    pub(super) fn quote_from(&self, from: usize) -> Option<&Quote> {
        self.quotes
            .get(self.quotes.partition_point(|q| q.open < from))
    }

    /// The quote that opens at token `open`, if one does, and where it closes.
    pub(super) fn closing_of_quote_at(&self, open: usize) -> Option<usize> {
        self.quote_from(open).filter(|q| q.open == open)?.close
    }

    pub(super) fn inside_quote(&self, i: usize) -> bool {
        let at = self.doc.tokens[i].span.start;
        let k = self.quotes.partition_point(|q| q.content.start <= at);
        k > 0 && at < self.quotes[k - 1].content.end
    }

    pub(super) fn mention_ending_at(&self, i: usize) -> Option<MentionId> {
        let k = ending_before(self.mentions, i);
        (k < self.mentions.len() && self.mentions[k].last == i).then_some(MentionId(k))
    }

    /// A country named by the tokens ending at `i`, as the source it is ("North Korea said").
    pub(super) fn state_ending_at(&self, i: usize) -> Option<Source> {
        let k = self.states.partition_point(|&(_, last)| last < i);
        let &(first, last) = self.states.get(k)?;
        (last == i).then_some(Source::State(first, last))
    }

    /// Whether `cue` is a gerund after a comma ("…," Trump said, adding …), which goes on with
    /// the source of its sentence (from token `sentence_start`).
    pub(super) fn goes_on(&self, cue: &Cue, sentence_start: usize) -> bool {
        self.gerund_comma(cue, sentence_start).is_some()
    }

    /// The comma before a gerund `cue`, past adverbs and a closing mark ("…, perhaps
    /// recognizing …", "a “strong leader,” comparing …").
    pub(super) fn gerund_comma(&self, cue: &Cue, sentence_start: usize) -> Option<usize> {
        let mut k = cue.first;
        while k > sentence_start && self.is_word(k - 1) && self.between_source_and_cue(k - 1) {
            k -= 1;
        }
        // ("Wine, whose real name is …, is challenging …": a progressive is the clause's verb.)
        if (k..cue.first).any(|i| FINITE_BE.contains(self.word(i))) {
            return None;
        }
        if k > sentence_start + 1 && self.is_quote_mark(k - 1) {
            k -= 1;
        }
        // "…, before admitting: “…”", "…, while adding that …"
        let opener = k > sentence_start + 1 && ASIDE_OPENERS.contains(self.word(k - 1));
        if opener {
            k -= 1;
        }
        // ("Trump said before adding: “…”": right after a cue, with no comma.)
        let after_cue =
            opener && ADDING_CONJUNCTIONS.contains(self.word(k)) && self.cue_starts[k - 1];
        (cue.gerund && k > sentence_start && (self.doc.is_punct(k - 1, ",") || after_cue))
            .then(|| k - 1)
    }

    /// The mention that starts at token `i`, or after "the" there ("the Federal Bureau of
    /// Prisons", whose name leaves the article out), or after "the" and a nationality that
    /// the name leaves out ("the Nigerian Red Cross").
    pub(super) fn named_from(&self, i: usize) -> Option<MentionId> {
        let n = self.doc.tokens.len();
        self.mention_starting_at(i).or_else(|| {
            if i + 1 >= n || !matches!(self.word(i), "the" | "The") {
                return None;
            }
            self.mention_starting_at(i + 1).or_else(|| {
                (i + 2 < n && self.doc.is_capitalized(i + 1))
                    .then(|| self.mention_starting_at(i + 2))
                    .flatten()
            })
        })
    }

    /// Whether token `i` (before `end`) is a word of a role: a title or a word before one
    /// ("Commissioner", "Russian President"), a lowercase word that can stand in a noun phrase
    /// ("campaign", "host") or a number ("9/11 widow").
    pub(super) fn role_after(&self, i: usize, end: usize) -> bool {
        i < end && self.is_word(i) && {
            let w = self.word(i);
            self.is_title_word(i)
                || w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    && !NOT_IN_SOURCE_PHRASE.contains(w)
        }
    }

    pub(super) fn mention_starting_at(&self, i: usize) -> Option<MentionId> {
        let k = starting_before(self.mentions, i);
        (k < self.mentions.len() && self.mentions[k].first == i).then_some(MentionId(k))
    }

    pub(super) fn pronoun(&self, i: usize) -> Option<Source> {
        subject_pronoun(self.word(i)).map(|g| Source::Pronoun(i, g))
    }

    /// Whether `cue` is what one must do: "the country must reject discrimination" reports
    /// nothing yet ("I should say that …" says it, "Voters should know …" knows nothing yet).
    pub(super) fn obliged(&self, cue: &Cue) -> bool {
        cue.first > 0
            && match self.word(cue.first - 1) {
                "must" => true,
                "should" => cue.class == CueClass::Belief,
                _ => false,
            }
    }

    /// Whether the phrase at token `first` qualifies a noun before it: after a preposition or
    /// "representing" ("a lawyer representing the family"), or "to" after "close" or a source
    /// noun ("people close to the candidate", "aides to both candidates").
    pub(super) fn qualifies(&self, first: usize) -> bool {
        let w = self.word(first - 1);
        PREPOSITIONS.contains(w)
            || w == "representing"
            || w == "to"
                && first >= 2
                && (self.word(first - 2) == "close"
                    || SOURCE_NOUNS.contains(Lowercase::new(self.word(first - 2)).as_str()))
    }

    /// Whether token `k` is the participle of a charge before its preposition: "accused of",
    /// "charged with".
    #[inline]
    pub(super) fn charge_participle(&self, k: usize) -> bool {
        let preposition = match self.word(k) {
            "accused" => "of",
            "charged" => "with",
            _ => return false,
        };
        k + 1 < self.doc.tokens.len() && self.word(k + 1) == preposition
    }

    /// Where the words of `cue` begin, past the auxiliaries and adverbs before it ("has
    /// repeatedly said"), not before token `sentence_start + 1`.
    pub(super) fn head_of(&self, cue: &Cue, sentence_start: usize) -> usize {
        let mut head = cue.first;
        while head > sentence_start + 1 && self.between_source_and_cue(head - 1) {
            head -= 1;
        }
        head
    }

    /// Where a time after "and" or "but" begins that ends before `head` ("… and on Monday
    /// announced"), if one does; else `head`.
    pub(super) fn past_joined_time(&self, head: usize, sentence_start: usize) -> usize {
        for len in 1..=TIME_PHRASE_WORDS {
            if head <= sentence_start + len + 1 {
                break;
            }
            let k = head - len;
            if matches!(self.word(k - 1), "and" | "but") && self.is_time(k, head) {
                return k;
            }
        }
        head
    }

    /// Whether a cue whose words begin at `head` stands in a relative clause or an aside:
    /// "Boris Johnson, who has said …", "Trump, after railing against …, produced …".
    pub(super) fn relative_at(&self, head: usize, sentence_start: usize) -> bool {
        head > sentence_start
            && (matches!(self.word(head - 1), "who" | "which")
                || head > sentence_start + 1
                    && self.doc.is_punct(head - 2, ",")
                    && ASIDE_OPENERS.contains(self.word(head - 1)))
    }

    /// Whether the word at `k` stands between a source and its cue without being either: an
    /// auxiliary or adverb ("has repeatedly said"), any lowercase "-ly" word but a few nouns; in
    /// a headline's capitals too ("Al Sharpton Just Said").
    pub(super) fn between_source_and_cue(&self, k: usize) -> bool {
        let lower;
        let w = if self.doc.headline[k] {
            lower = Lowercase::new(self.word(k));
            lower.as_str()
        } else {
            self.word(k)
        };
        // "He wouldn't say", "she didn’t deny"
        let negated = is_negated(w);
        // "He’s claiming", "she's said", "who’s argued": after a pronoun, "’s" is "is" or
        // "has".
        let contracted = matches!(w, "’s" | "'s") && k > 0 && contracts_after(self.word(k - 1));
        // "Clinton has since said" (but "since announcing his candidacy" is a preposition).
        let since = w == "since" && k > 0 && HAVE_FORMS.contains(self.word(k - 1));
        stands_between(w) || negated || contracted || since
    }

    /// Whether token `k` is a word of a title: a capitalized title word ("Chief", "Sen"), a
    /// capitalized word before one ("Financial" in "Chief Financial Officer"), or an honorific
    /// before another.
    pub(super) fn is_title_word(&self, k: usize) -> bool {
        let title = |k: usize| self.doc.is_capitalized(k) && TITLES.contains(self.word(k));
        title(k)
            || self.doc.is_capitalized(k)
                && k + 1 < self.doc.tokens.len()
                && (title(k + 1)
                    // ("Prof" before "Sir Stephen Powis": an honorific before the one that
                    // opens it.)
                    || honorific(self.word(k)).is_some() && honorific(self.word(k + 1)).is_some())
    }

    /// Where the titles before a name at `first` begin: "Chief Financial Officer" before
    /// "Kevan Parekh", "Sen." before "Claire McCaskill", "Energy and Mines Minister" before
    /// "Bahlil Lahadalia".
    pub(super) fn titles_before(&self, first: usize) -> usize {
        let mut k = first;
        let mut portfolio = 0;
        loop {
            let title = if k >= 2 && self.doc.is_punct(k - 1, ".") {
                k - 2
            } else if k >= 1 {
                k - 1
            } else {
                break;
            };
            // Past a title, the words of its portfolio: "Energy and Mines Minister Bahlil
            // Lahadalia", "Health and Social Care Secretary Wes Streeting" (not a name:
            // "Ramaphosa and Mines Minister Gwede Mantashe" are two people).
            let joined = title > 0 && matches!(self.word(title), "and" | "&");
            let word = title - usize::from(joined);
            if self.is_title_word(title) {
                k = title;
            } else if k < first
                && portfolio < PORTFOLIO_WORDS
                && self.doc.is_capitalized(word)
                && self.mention_ending_at(word).is_none()
                && !matches!(self.word(word), "The" | "A" | "An")
            {
                k = word;
                portfolio += 1;
            } else {
                break;
            }
        }
        k
    }

    /// The first token of a source that ends at token `at`.
    pub(super) fn first_of_source(&self, source: Source, at: usize) -> usize {
        match source {
            Source::Named(m) => self.mentions[m].first,
            Source::Nominal(first, _) | Source::State(first, _) => first,
            Source::Pronoun(..) | Source::Unnamed => at,
        }
    }

    /// Whether token `k` is the possessive mark of a plural ("Farmers' unions"): an apostrophe
    /// on a word ending in "s", with no single quote opened shortly before it in the sentence.
    pub(super) fn plural_possessive(&self, k: usize, sentence_start: usize) -> bool {
        let tokens = &self.doc.tokens;
        let glued = |i: usize| i > 0 && tokens[i].span.start == tokens[i - 1].span.end;
        k > sentence_start
            && matches!(self.word(k), "'" | "’")
            && glued(k)
            && self.is_word(k - 1)
            && self.word(k - 1).ends_with('s')
            && !(sentence_start.max(k.saturating_sub(MAX_CLAUSE))..k)
                .any(|i| matches!(self.word(i), "‘" | "'") && !glued(i))
    }

    /// Whether the quote closed at token `close` ends on a mark of its sentence's: "…,”",
    /// "…?”", "…”" after an ellipsis.
    pub(super) fn closes_on_punctuation(&self, close: usize) -> bool {
        // (Through the close of a single quote inside: "say, 'What did he mean?' " before
        // the double mark.)
        let last = close - 1;
        let last = if last > 0 && matches!(self.word(last), "'" | "’") {
            last - 1
        } else {
            last
        };
        CLAUSE_MARKS.contains(self.word(last))
    }

    /// Whether token `i` is a mark that a content's end leaves out: any but the sign of a
    /// percentage, which is its number's ("rose 4%").
    pub(super) fn loose_mark(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == Kind::Punct && self.word(i) != "%"
    }

    pub(super) fn is_quote_mark(&self, i: usize) -> bool {
        let w = self.word(i);
        self.doc.tokens[i].kind == Kind::Punct
            && (is_double_opener(w) || is_double_closer(w) || is_straight_double(w))
    }

    /// How many tokens from `k` (before `end`) make a time: "Friday", "on Monday morning",
    /// "this weekend"; none without a time word.
    pub(super) fn time_len(&self, k: usize, end: usize) -> usize {
        let lead = usize::from(
            k + 1 < end
                && TIME_LEADS.contains(self.word(k))
                && TIME_WORDS.contains(self.word(k + 1)),
        );
        let mut past = k + lead;
        while past < end && TIME_WORDS.contains(self.word(past)) {
            past += 1;
        }
        if past > k + lead { past - k } else { 0 }
    }

    /// Whether the tokens from `k` to `end` are one time, whole: "last week", "Tuesday".
    pub(super) fn is_time(&self, k: usize, end: usize) -> bool {
        self.time_len(k, end) == end - k
    }
}

//! Guards: cues that report nothing, whatever follows them.

use std::ops::Range;

use super::Sourced;
use crate::annotations::SpeakerKind;
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::Source;
use crate::data::cues::{
    ASK_FORMS, AUXILIARIES, BE_FORMS, CLAUSE_OPENERS, CONDITIONS, CURRENCY_SIGNS, CueClass,
    DECLINE_FORMS, DETERMINERS, DOCUMENTS, NO_COMMENT, NOT_IN_SOURCE_PHRASE, NUMBER_WORDS,
    OBJECT_PRONOUNS, OWNER_DETERMINERS, PLEAS, QUANTIFIER_SUBJECTS, SHARE_QUALIFIERS, SOURCE_NOUNS,
    SUBJECT_LEADS, SUMMING_NOUNS, TIME_CONJUNCTIONS, TIME_WORDS, UNANSWERED,
};
use crate::data::words::{OFFICE_NOUNS, ORGANIZATION_WORDS};
use crate::grammar::{indefinite_person, is_ly_adverb, is_negated, past_form, s_form};
use crate::text::{Lowercase, capitalized};

/// How many tokens an aside after a cue's comma may run to the comma before "that" ("said, as
/// talks stalled, that …").
const ASIDE_REACH: usize = 12;
/// How many words back from a cue "whether" or "asked if" makes it a question.
const QUESTION_REACH: usize = 6;
/// How many words after a noun-like cue may stand before the name whose title it is in.
const TITLE_REACH: usize = 4;

impl Finder<'_, '_> {
    /// Whether a cue says nothing where it stands: inside a quote; in a question ("Asked
    /// whether he would endorse Clinton, …"); a participle after a subordinator, passive with
    /// no source ("When asked whether …, Reid replied").
    pub(super) fn says_nothing(&self, cue: &Cue, sentence: &Range<usize>) -> bool {
        self.inside_quote(cue.first)
            || self.in_question(cue.first, sentence.start)
            || cue.first > sentence.start && past_form(self.word(cue.first)) && {
                let opener = cue.first - 1;
                (opener == sentence.start || self.doc.is_punct(opener - 1, ","))
                    && CONDITIONS.contains(Lowercase::new(self.word(opener)).as_str())
            }
    }

    /// Whether token `k` stands in a question, a few words after "whether" or "asked if" in
    /// its clause (from token `start`).
    pub(in crate::claims) fn in_question(&self, k: usize, start: usize) -> bool {
        let mut i = k;
        while i > start.max(k.saturating_sub(QUESTION_REACH)) && self.is_word(i - 1) {
            i -= 1;
            let asked = i > 0 && ASK_FORMS.contains(self.word(i - 1));
            if self.word(i) == "whether" || self.word(i) == "if" && asked {
                return true;
            }
        }
        false
    }

    /// Whether `cue` is passive: "When the diagnosis was confirmed, Clinton …" (nothing after
    /// it), "was criticized for saying …", "was recommended to Trump" (to whom); or asks:
    /// "Reagan was once asked how the war would end", a question put to him.
    pub(super) fn passive_or_asked(&self, cue: &Cue, sentence: &Range<usize>) -> bool {
        let be = |k: usize| k > sentence.start && BE_FORMS.contains(self.word(k - 1));
        let passive = be(cue.first) && past_form(self.word(cue.first));
        let ends = cue.last + 1 >= sentence.end;
        let asked = cue.base == "ask"
            && !ends
            && self.word(cue.last + 1) != "to"
            && (be(cue.first)
                || be(cue.first.saturating_sub(1)) && self.word(cue.first - 1) == "once");
        // ("was recommended to Trump", "were described to him": to whom, not what.)
        let to_someone = || {
            self.word(cue.last + 1) == "to"
                && cue.last + 2 < sentence.end
                && (self.doc.is_capitalized(cue.last + 2)
                    || OBJECT_PRONOUNS.contains(self.word(cue.last + 2)))
        };
        asked
            || passive
                && (ends
                    || self.doc.is_punct(cue.last + 1, ",")
                    || self.word(cue.last + 1) == "for"
                    || to_someone()
                    // ("was refused bail", "were denied entry", "were offered stamps": what the
                    // subject was or was not given.)
                    || matches!(cue.base, "refuse" | "deny" | "offer")
                        && self.word(cue.last + 1) != "by")
    }

    /// Whether `cue` is a reporting verb in another sense here, or reports that nothing was
    /// said: declining or failing to comment ("declined to comment", "did not comment on …",
    /// "did not respond to requests for comment"), a plea ("pleaded guilty"), a sum added ("Brent crude added 30
    /// cents", "the index added 2%"), a price charged ("charging twice the official rate"), a
    /// thing seen ("was viewed two million times").
    pub(super) fn other_sense(&self, cue: &Cue, sentence: &Range<usize>) -> bool {
        let next = cue.last + 1;
        let word = |k: usize| if k < sentence.end { self.word(k) } else { "" };
        let negated = || {
            (cue.first.saturating_sub(2)..cue.first)
                .any(|k| matches!(self.word(k), "not" | "never") || is_negated(self.word(k)))
        };
        let no_comment = match cue.base {
            "decline" | "refuse" => {
                word(next) == "comment" || word(next) == "to" && NO_COMMENT.contains(word(next + 1))
            }
            // "did not comment on the figures", "would not comment"
            "comment" => negated(),
            // "did not respond to requests for comment", "has not responded to emails"
            "respond" => {
                let object = (next + 1..sentence.end.min(next + 4))
                    .find(|&k| !DETERMINERS.contains(self.word(k)))
                    .map_or("", |k| self.word(k));
                negated() && word(next) == "to" && UNANSWERED.contains(object)
            }
            _ => false,
        };
        // "declined to say whether …": the verb of what is declined says nothing either.
        let declined = cue.first >= 2
            && self.word(cue.first - 1) == "to"
            && DECLINE_FORMS.contains(self.word(cue.first - 2));
        let plea = cue.base == "plead" && PLEAS.contains(word(next));
        // ("added to her lead", "added to the confusion": to increase; "added around 292,000
        // jobs", "added more than two million".)
        let count = (next..next + 2)
            .find(|&k| !SHARE_QUALIFIERS.contains(word(k)))
            .unwrap_or(next + 2);
        // ("were charging twice the official rate", "charged $50": a price; but "charged two
        // developers with fraud".)
        let price =
            CURRENCY_SIGNS.contains(word(count)) || matches!(word(count), "twice" | "double");
        let sum = cue.base == "charge" && price
            || cue.base == "add"
                && (price
                    || word(count).starts_with(|c: char| c.is_ascii_digit())
                    || NUMBER_WORDS.contains(word(count))
                    || word(next) == "to"
                        && (DETERMINERS.contains(word(next + 1))
                            || OWNER_DETERMINERS.contains(word(next + 1))
                            || word(next + 1) == "it"));
        // ("The post was viewed two million times": seen; "was viewed as a threat" is a view.)
        let seen = cue.base == "view"
            && cue.first > sentence.start
            && BE_FORMS.contains(self.word(self.before_adverb(cue, sentence)))
            && !(next..sentence.end.min(next + 4)).any(|k| self.word(k) == "as");
        no_comment || declined || plea || sum || seen
    }

    /// Whether `cue` is "told" in the passive: "The residents were told they may not return",
    /// and in a headline "Evacuees told they may not return", with no one told after it. The
    /// one told is no source, and whoever told them goes unnamed (not "was told by aides").
    pub(super) fn told_passively(&self, cue: &Cue, sentence: &Range<usize>) -> bool {
        let next = cue.last + 1;
        next < sentence.end
            && (self.word(cue.first) == "told"
                && cue.first == cue.last
                && cue.first > sentence.start
                && matches!(self.word(next), "he" | "she" | "they" | "we" | "I")
                || self.be_told(cue, sentence))
    }

    /// Whether `cue` is "told" after a form of "be" (past an adverb), and not "by" whom: "MSPs
    /// were told", "“…,” councillors were told." Whoever told them goes unnamed.
    pub(in crate::claims) fn be_told(&self, cue: &Cue, sentence: &Range<usize>) -> bool {
        let next = cue.last + 1;
        cue.first == cue.last
            && self.word(cue.first) == "told"
            && cue.first > sentence.start
            && BE_FORMS.contains(self.word(self.before_adverb(cue, sentence)))
            && (next >= sentence.end || self.word(next) != "by")
    }

    /// The token before `cue` (after the sentence's first), past an adverb: "was repeatedly
    /// told", "is also accused of".
    pub(in crate::claims) fn before_adverb(&self, cue: &Cue, sentence: &Range<usize>) -> usize {
        let before = cue.first.saturating_sub(1);
        let adverb = |w: &str| is_ly_adverb(w) || w == "also";
        before - usize::from(before > sentence.start && adverb(self.word(before)))
    }

    /// Whether `cue` is a charge in the passive: "Roof is accused of killing …", and right
    /// after its noun, "The man accused of buying the guns was denied bail", "commissioners
    /// charged with taking bribes", a headline's "Trump accused of lying". Whoever charges goes
    /// unnamed. (Not "whom she has accused of …", "who he accused of …": an auxiliary or a
    /// pronoun before it is the active's.) Where it is, the token before the participle, past
    /// an adverb: a form of "be", or the end of its noun.
    pub(in crate::claims) fn charged_passively(
        &self,
        cue: &Cue,
        sentence: &Range<usize>,
    ) -> Option<usize> {
        if !(cue.first > sentence.start && self.charge_participle(cue.first)) {
            return None;
        }
        let before = self.before_adverb(cue, sentence);
        let w = self.word(before);
        (self.is_word(before)
            && (BE_FORMS.contains(w) || !NOT_IN_SOURCE_PHRASE.contains(w) && w != "whom"))
            .then_some(before)
    }

    /// "Trump was criticized for saying …": the subject of a passive is no source; "the thefts
    /// were intended to interfere", "Sanders is widely expected to win" say nothing of whose
    /// intent or expectation. Where it is, the token of the form of "be".
    /// So is a participle after "with" and its noun: "…, with temperatures expected to reach
    /// 38 C" (where the passive's subject ends: the participle).
    pub(super) fn passive_to(&self, cue: &Cue, sentence: &Range<usize>) -> Option<usize> {
        let before = cue.first.checked_sub(1)?;
        let be = before.checked_sub(usize::from(is_ly_adverb(self.word(before))))?;
        if !(be >= sentence.start
            && past_form(self.word(cue.first))
            && cue.last + 1 < sentence.end
            && self.word(cue.last + 1) == "to")
        {
            return None;
        }
        if be > sentence.start && BE_FORMS.contains(self.word(be)) {
            return Some(be);
        }
        // "Regina residents told to boil water": a verb that tells its addressee to act has
        // no object here, so it is a passive with "be" left out (a headline's).
        if matches!(
            cue.base,
            "tell" | "urge" | "order" | "instruct" | "advise" | "warn"
        ) && cue.first == cue.last
            && self.is_word(before)
            && self.pronoun(before).is_none()
            && !matches!(self.word(before), "who" | "that" | "which")
            && cue.last + 2 < sentence.end
            && self.word(cue.last + 2).starts_with(char::is_lowercase)
            && !DETERMINERS.contains(self.word(cue.last + 2))
        {
            return Some(cue.first);
        }
        (be > sentence.start
            && self.is_word(before)
            && !matches!(self.word(before), "who" | "that" | "which")
            && (cue.first.saturating_sub(4).max(sentence.start)..before)
                .any(|k| self.word(k) == "with"))
        .then_some(cue.first)
    }

    /// Whether a cue with the source `before` claims nothing: what a person shows or finds
    /// ("Clinton doesn't show consistency"), unless said to be so ("found that …"); what one
    /// must do ("the country must reject …"); a noun-like cue that is a noun here ("In the wake
    /// of the New York Times report, …") or has no sure source.
    pub(super) fn claims_nothing(
        &self,
        cue: &Cue,
        before: Option<Sourced>,
        sentence: &Range<usize>,
    ) -> bool {
        // (Not "A study by Loyola Law School professor Justin Levitt found": a description
        // before the name tells of a document.)
        let person = match before.map(|b| b.source) {
            Some(Source::Named(m)) => {
                let first = self.titles_before(self.mentions[m].first);
                self.mentions[m].kind == SpeakerKind::Person
                    && (first <= sentence.start
                        || !self.is_word(first - 1)
                        || !self.word(first - 1).starts_with(char::is_lowercase)
                        || SUBJECT_LEADS.contains(self.word(first - 1)))
            }
            Some(Source::Pronoun(_, gender)) => gender.is_some(),
            _ => false,
        };
        let that = cue.last + 1 < sentence.end && self.word(cue.last + 1) == "that";
        if cue.class == CueClass::Evidence && person && !that || self.obliged(cue) {
            return true;
        }
        // "a vocal advocate of …", "a strike vote": a cue after "a" and a word is a noun, and
        // those two words no source.
        let modified = before.is_some_and(|b| {
            matches!(b.source, Source::Nominal(first, head)
                if first + 2 == cue.first && head + 1 == cue.first)
        }) && self.modified_noun(cue, sentence.start);
        if modified {
            return true;
        }
        cue.noun_like && self.noun_here(cue, before, sentence)
    }

    /// Whether a noun-like cue is a noun here: a comma or a participle after it ("A GAO report
    /// released last year"), no sure source before it, or the title of a name that speaks
    /// ("state health commissioner Jennifer Shuford said").
    fn noun_here(&self, cue: &Cue, before: Option<Sourced>, sentence: &Range<usize>) -> bool {
        let doc = self.doc;
        // A source that is sure to be one: a name, a pronoun, or a noun phrase headed by a
        // source noun ("The Trump campaign called the charges unsubstantiated") or, for
        // evidence, a document ("The average shows Clinton ahead").
        let explicit = |s: Source| match s {
            Source::Named(_) | Source::Pronoun(..) => true,
            // "An attorney for Mills": the source noun can stand before a preposition. "Obama
            // and Clinton call them …": so can names joined.
            Source::Nominal(first, head) => {
                (first..=head).any(|k| {
                    let w = Lowercase::new(self.word(k));
                    SOURCE_NOUNS.contains(w.as_str())
                        || cue.class == CueClass::Evidence && DOCUMENTS.contains(w.as_str())
                }) || OFFICE_NOUNS.contains(self.word(head))
                    // ("The association estimates drivers pay …": an organization's noun.)
                    || ORGANIZATION_WORDS.contains(&capitalized(self.word(head)))
                    || indefinite_person(Lowercase::new(self.word(head)).as_str())
                    // "Both think …", "Many fear …": a quantifier alone holds a belief (not
                    // "Another challenge: …", a noun).
                    || cue.class == CueClass::Belief
                        && first == head
                        && QUANTIFIER_SUBJECTS.contains(Lowercase::new(self.word(first)).as_str())
                        && !self.word(first).eq_ignore_ascii_case("another")
                    || (first..=head)
                    .filter(|&k| self.mention_starting_at(k).is_some())
                    .nth(1)
                    .is_some()
                    // "Some conservatives think …", "many voters feel …": a plural counted.
                    || head + 1 == cue.first
                        && head > first
                        && QUANTIFIER_SUBJECTS.contains(Lowercase::new(self.word(first)).as_str())
                        && s_form(self.word(head))
            }
            // "Japan called the move dangerous": a state, before a past form.
            Source::State(..) => past_form(self.word(cue.first)),
            Source::Unnamed => false,
        };
        // ("Democrats, Frank notes, applaud …": a name or pronoun set off by commas with its
        // cue is a parenthetical attribution, not "the Frank notes".)
        let parenthetical = before.is_some_and(|b| {
            matches!(b.source, Source::Named(_) | Source::Pronoun(..)) && {
                let first = self.titles_before(self.first_of_source(b.source, b.at));
                first > sentence.start + 1 && doc.is_punct(first - 1, ",")
            }
        });
        let noun = cue.last + 1 < sentence.end
            && (doc.is_punct(cue.last + 1, ",") && !parenthetical || {
                let next = self.word(cue.last + 1);
                next.starts_with(char::is_lowercase) && past_form(next)
            });
        let in_title = || {
            let words = (cue.last + 1..sentence.end.min(cue.last + TITLE_REACH))
                .take_while(|&k| self.is_word(k) && self.word(k).starts_with(char::is_lowercase))
                .count();
            self.subject_and_cue(cue.last + 1 + words)
        };
        noun || !before.is_some_and(|b| explicit(b.source)) || in_title()
    }

    /// Whether the words at `k` are the writer's apposition that sums up what was reported: "a"
    /// and a noun of such acts within three words ("…, Okafor announced Monday, a move colleges
    /// warn could …", "…, he said, a clear sign that …").
    fn sums_up(&self, k: usize) -> bool {
        matches!(self.word(k), "a" | "an")
            && (k + 1..self.doc.tokens.len().min(k + 4))
                .take_while(|&i| self.is_word(i))
                .any(|i| SUMMING_NOUNS.contains(self.word(i)))
    }

    /// Whether a clause of the writer's own follows the cue (and a time) after a comma: "…, the
    /// ministry said, as efforts to broker a truce stalled", "…, he said, but gave no details",
    /// "…, she said, without giving details", "…, he said Monday, a move that …"; not a
    /// comparison ("Experts cautioned, as did the campaign, that …") or an aside before "that".
    pub(in crate::claims) fn writers_clause(&self, cue: &Cue) -> bool {
        // (Past a time: "…, Okafor announced Monday, a move …".)
        let comma = cue.last
            + 1
            + usize::from(
                cue.last + 1 < self.doc.tokens.len()
                    && TIME_WORDS.contains(self.word(cue.last + 1)),
            );
        let next = comma + 1;
        let compared =
            next + 1 < self.doc.tokens.len() && AUXILIARIES.contains(self.word(next + 1));
        // ("The ministry said, as talks stalled, that it would wait": an aside before "that".)
        let aside = || {
            let n = self.doc.tokens.len();
            self.first_mark(next, n.min(next + ASIDE_REACH), ",")
                .is_some_and(|k| k + 1 < n && self.word(k + 1) == "that")
        };
        // ("…, she said, but also the flow of drugs", "…, he said, but “we don't ask …”": the
        // words go on; "He added, though, that …": an adverb.)
        let goes_on = || {
            next + 1 < self.doc.tokens.len()
                && (self.is_quote_mark(next + 1)
                    || self.word(next + 1) == "also"
                    || self.doc.is_punct(next + 1, ","))
        };
        // "…, she said, without giving details": how it was said, not what.
        let without = || {
            self.word(next) == "without"
                && next + 1 < self.doc.tokens.len()
                && self.word(next + 1).ends_with("ing")
        };
        next < self.doc.tokens.len()
            && self.doc.is_punct(comma, ",")
            && (CLAUSE_OPENERS.contains(self.word(next)) && !goes_on()
                || TIME_CONJUNCTIONS.contains(self.word(next)) && !compared && !aside()
                || without()
                || self.sums_up(next))
    }
}

#[cfg(test)]
mod tests {
    use crate::ClaimKind;
    use crate::claims::testing::{claims, direct, reported, unnamed};

    #[test]
    fn an_organization_s_noun_before_a_cue_like_a_noun_is_its_source() {
        // Regression: "The association estimates" was taken for a noun, and claimed nothing.
        let text = "The association estimates drivers pay $200 million a year. The society \
                    claims the count is low.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "drivers pay $200 million a year", "estimates", "The association"
                ),
                reported("the count is low", "claims", "The society"),
            ]
        );
    }

    #[test]
    fn what_someone_was_refused_or_denied_is_no_claim() {
        // Regression: "The man was refused bail" was the man's claim.
        let text = "The man was refused bail and will appear in court today. She was denied \
                    entry to the country. Ruiz refused to comment.";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_counted_plural_thinks_as_a_source_noun_does() {
        // Regression: "think" after "Some conservatives" was taken for a noun.
        let text = "Some conservatives think Ruiz should drop out. Many voters feel the race is \
                    over.";
        assert_eq!(
            claims(text),
            [
                reported("Ruiz should drop out", "think", "Some conservatives"),
                reported("the race is over", "feel", "Many voters"),
            ]
        );
    }

    #[test]
    fn a_quantifier_alone_or_an_office_thinks_as_a_source_noun_does() {
        // Regression: "think" after "Both" and "The former mayor" was taken for a noun.
        let text = "Both think the levy should go. The former mayor thinks the vote was close. \
                    Another challenge: the roads are closed.";
        assert_eq!(
            claims(text),
            [
                reported("the levy should go", "think", "Both"),
                reported("the vote was close", "thinks", "The former mayor"),
            ]
        );
    }

    #[test]
    fn someone_unnamed_is_a_source_of_their_own() {
        let text = "Someone called the levy a quiet tax. Nobody believes the plan will work.";
        assert_eq!(
            claims(text),
            [
                reported("the levy a quiet tax", "called", "Someone"),
                reported("the plan will work", "believes", "Nobody"),
            ]
        );
    }

    #[test]
    fn the_official_is_the_official_named_before_and_anonymity_is_no_claim() {
        let text = "A senior administration official, who spoke on condition of anonymity, said \
                    the deal was close. \"We have made a lot of progress,\" the official said.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the deal was close", "said", "A senior administration official"
                ),
                direct(
                    "We have made a lot of progress,", "said", "A senior administration official"
                ),
            ]
        );
    }

    #[test]
    fn wanting_to_be_known_only_by_a_name_is_no_claim() {
        // Regression: "to be known only as Madam Tan" was a claim, the food centre's.
        let text = "A hawker at Maxwell Food Centre, who wanted to be known only as Madam Tan, \
                    said prices rose. He said it would be known by Friday whether it worked.";
        assert_eq!(
            claims(text),
            [
                reported("prices rose", "said", "A hawker at Maxwell Food Centre"),
                reported(
                    "it would be known by Friday whether it worked",
                    "said",
                    "A hawker at Maxwell Food Centre"
                ),
            ]
        );
    }

    #[test]
    fn people_familiar_with_the_matter_are_a_source_and_their_anonymity_no_claim() {
        let text = "Apple is in talks to buy a stake in the startup, people familiar with the \
                    matter said, asking not to be identified. Officials briefed on the talks said \
                    a deal was near. A diplomat, who declined to be named, said the talks failed.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Apple is in talks to buy a stake in the startup",
                    "said",
                    "people familiar with the matter"
                ),
                reported("a deal was near", "said", "Officials briefed on the talks"),
                reported("the talks failed", "said", "A diplomat"),
            ]
        );
    }

    #[test]
    fn what_a_person_shows_is_no_claim_unless_said_to_be_so() {
        let text = "Trump, for his part, showed no sign of backing down. McLenney said Clinton \
                    doesn't show consistency. A study by law professor Justin Levitt found 31 \
                    incidents of fraud.";
        assert_eq!(
            claims(text),
            [
                reported("Clinton doesn't show consistency", "said", "McLenney"),
                reported("31 incidents of fraud", "found", "Justin Levitt"),
            ]
        );
    }

    #[test]
    fn a_cue_inside_a_question_claims_nothing() {
        let text = "Asked whether he would endorse Mrs. Clinton if she won, Mr. Sanders said: \
                    \"I will do everything I can.\" Reporters asked if he would support her.";
        // Asking is reported, what the question mentions is not.
        assert_eq!(
            claims(text),
            [
                unnamed("whether he would endorse Mrs. Clinton if she won", "Asked"),
                direct("I will do everything I can.", "said", "Sanders"),
                reported("if he would support her", "asked", "Reporters"),
            ]
        );
    }

    #[test]
    fn a_comma_and_an_auxiliary_before_a_cue_end_the_content_but_not_a_passive() {
        let text = "Rep. Barbara Comstock, who represents a district Clinton is expected to \
                    carry, has refused to endorse Trump.";
        let found = claims(text);
        assert_eq!(
            found.last(),
            Some(&reported("to endorse Trump", "refused", "Barbara Comstock"))
        );
        assert!(found.iter().all(|c| !c.0.contains(", has")), "{found:?}");
    }

    #[test]
    fn what_a_person_is_understood_to_do_is_no_claim_of_theirs_and_no_10_speaks() {
        // Regression: "is understood to" made the chancellor the speaker of the writer's
        // sources, and "No 10 said" had no speaker.
        let text = "Rachel Reeves is understood to be looking for savings. No 10 said the prime \
                    minister would speak on Monday.";
        assert_eq!(
            claims(text).iter().map(|c| c.3.clone()).collect::<Vec<_>>(),
            [None, None, Some("No 10".to_string())]
        );
    }

    #[test]
    fn what_one_must_or_should_do_is_no_stance() {
        let text = "He said that the country must reject discrimination. Voters should know \
                    what those questions are.";
        // Nor is a quote after "must reject" its own claim, with "the country" for speaker.
        let quoted = "He said that the country must reject \"discrimination\".";
        assert_eq!(claims(quoted).len(), 1);
        assert_eq!(
            claims(text),
            [unnamed(
                "that the country must reject discrimination",
                "said"
            )]
        );
    }

    #[test]
    fn thinking_of_or_about_something_claims_nothing() {
        let text = "He said he had watched the museum rise and thought of the days when he would \
                    visit it. She is thinking about running for mayor.";
        assert_eq!(
            claims(text),
            [unnamed(
                "he had watched the museum rise and thought of the days when he would visit it",
                "said"
            )]
        );
    }

    #[test]
    fn a_question_put_to_someone_is_no_claim_of_theirs() {
        let text = "Ronald Reagan was once asked how the Cold War would end. When asked whether \
                    Democrats would vote for it, Reid replied: \"It depends.\" Carter once told an \
                    interviewer that he was ready.";
        assert_eq!(
            claims(text),
            [
                unnamed("how the Cold War would end", "asked"),
                unnamed("whether Democrats would vote for it", "asked"),
                direct("It depends.", "replied", "Reid"),
                reported("that he was ready", "told", "Carter"),
            ]
        );
    }

    #[test]
    fn showing_up_claims_nothing() {
        let text = "The real Trump showed up at the debate. Mr. Smith showed up late and said it \
                    was over.";
        assert_eq!(claims(text), [reported("it was over", "said", "Smith")]);
    }

    #[test]
    fn deciding_a_thing_claims_nothing() {
        let text = "The voters who will decide this election were watching. The judge who decided \
                    the case retired. The board decided that the plan would go ahead.";
        assert_eq!(
            claims(text),
            [reported(
                "that the plan would go ahead", "decided", "The board"
            )]
        );
    }

    #[test]
    fn a_question_and_the_one_before_it_go_with_the_speaker_who_told_after_them() {
        // Regression: neither question had a speaker, for "told" had an object after it.
        let text = "“I have spent weeks defending him,” said David Davis.\n\n“Did he not \
                    realize it was a party?” “Doesn't the prime minister realize how ridiculous \
                    this sounds?” Starmer told parliament.";
        assert_eq!(
            claims(text),
            [
                direct("I have spent weeks defending him,", "said", "David Davis"),
                (
                    "Did he not realize it was a party?",
                    ClaimKind::Direct,
                    None,
                    Some("Starmer".into())
                ),
                direct(
                    "Doesn't the prime minister realize how ridiculous this sounds?",
                    "told",
                    "Starmer"
                ),
            ]
        );
    }

    #[test]
    fn declining_or_failing_to_comment_is_no_claim() {
        let text = "The White House declined to comment. A spokeswoman for the ministry did not \
                    respond to requests for comment on Friday. The mayor refused to elaborate. \
                    The company declined comment. The union has not responded to our emails. \
                    A spokesman didn’t respond to a request for comment. The army did not comment \
                    on the figures. The firm declined to provide details. Mayor Ana Ruiz did \
                    not respond to an interview request.";
        assert_eq!(claims(text), []);
        // Declining to do something else is a stance.
        let text = "Senator Ruiz declined to endorse the bill.";
        assert_eq!(
            claims(text),
            [reported("to endorse the bill", "declined", "Ruiz")]
        );
    }

    #[test]
    fn a_plea_and_a_sum_or_a_thing_added_are_no_claims() {
        let text = "Brent crude added 30 cents to $81.20 a barrel. The index added 2% by noon. \
                    The former aide pleaded guilty to lying to investigators. The scandal added \
                    to the confusion. The region added around 29,000 jobs, and the port added \
                    two berths. Mr Ruiz added that the talks would go on. Tanker operators are \
                    charging twice the official rate, and the depot charged $50 a load. Police \
                    charged two men with fraud.";
        assert_eq!(
            claims(text),
            [
                reported("that the talks would go on", "added", "Ruiz"),
                reported("two men with fraud", "charged", "Police"),
            ]
        );
    }

    #[test]
    fn a_thing_viewed_is_seen_not_judged() {
        // Regression: "more than two million times" was what the post viewed.
        let text = "The post was viewed more than two million times. Voters viewed the plan as \
                    a threat.";
        assert_eq!(
            claims(text),
            [reported("the plan as a threat", "viewed", "Voters")]
        );
    }
}

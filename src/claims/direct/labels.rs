//! Claims with a colon for cue: a quote after a clause that ends in a colon, and paragraphs
//! labelled with their speaker.

use crate::annotations::{ClaimKind, Span, SpeakerKind};
use crate::claims::finder::Finder;
use crate::claims::found::{Found, Source};
use crate::claims::quotes::Quote;
use crate::data::cues::{DOCUMENTS, MESSAGE_NOUNS, PREPOSITIONS, SOURCE_NOUNS};
use crate::data::words::Gender;
use crate::data::words::SECTION_LABELS;
use crate::grammar::{is_headline_verb, past_form};
use crate::rules::Rule;
use crate::speakers::MentionId;
use crate::text::{Kind, Lowercase};

/// How many words a headline over a dateline has at the most.
const HEADLINE_WORDS: usize = 20;
/// How many words the lead after a dateline has at the least.
const LEAD_WORDS: usize = 15;
/// How many tokens the clause before a colon may run for its subject to speak the quote after.
const COLON_CLAUSE: usize = 12;
/// How many tokens before a name a preposition makes it no speaker of the quote after its
/// colon ("by Variety's Ana Ruiz:").
const BYLINE_REACH: usize = 3;
/// How many tokens a headline's addressee or place between its speaker and colon may run
/// ("Clinton to Planned Parenthood: …").
const ADDRESSEE_WORDS: usize = 5;
/// How many words the claim of a headline signed after a dash has at the least.
const SIGNED_HEADLINE_WORDS: usize = 3;

impl Finder<'_, '_> {
    /// A quote after a colon with no cue before it, the words of the clause's subject:
    /// "Council member Tim McOsker was less forgiving: “Residents waited three days.”" The
    /// colon is its cue.
    pub(super) fn after_colon(&self, q: &Quote) -> Option<Found> {
        let doc = self.doc;
        // The colon before the quote, or ending the paragraph before it ("Warren laid out the
        // case:" and the quote below).
        let mut colon = q.open.checked_sub(1)?;
        if doc.tokens[colon].kind == Kind::Break {
            colon = colon.checked_sub(1)?;
        }
        // "Partial transcript as follows:" and "WALLACE: …": a transcript's labels say who
        // speaks.
        let labelled = q.open + 2 < doc.tokens.len() && doc.is_punct(q.open + 2, ":");
        if !doc.is_punct(colon, ":") || labelled {
            return None;
        }
        let sentence = self.sentence(colon);
        // One short clause before the colon, after any opening phrase ("In her speech, …"):
        // its subject's words follow.
        let clause = self
            .last_mark(sentence.start, colon, ",")
            .map_or(sentence.start, |comma| comma + 1);
        if colon <= clause || colon > clause + COLON_CLAUSE {
            return None;
        }
        // "A senior House Democratic aide was more cautious: “…”": a source noun speaks too.
        // "Her message was simple: “…”", "Ruiz's answer: “…”": the owner of the words.
        let source = self
            .message_owner(clause)
            .unwrap_or_else(|| self.subject_at(clause, colon, 1));
        // "McConnell, R-Ky., delivered a blunt message: “…”": after an aside, the verb's
        // subject opens the sentence; "… doesn't surprise pollster Ana Ruiz: “…”": else the
        // one named right before the colon (not "by Times' Ana Ruiz:", an excerpt's byline,
        // nor "on CNN:").
        let source = if self.speaks(source) {
            source
        } else if clause > sentence.start && past_form(self.word(clause)) {
            self.subject_at(sentence.start, clause, 1)
        } else {
            self.mention_ending_at(colon - 1)
                .filter(|&m| {
                    let first = self.mentions[m].first;
                    (first.saturating_sub(BYLINE_REACH)..first)
                        .all(|k| !PREPOSITIONS.contains(self.word(k)))
                })
                .map_or(Source::Unnamed, Source::Named)
        };
        self.speaks(source)
            .then(|| self.colon_claim(q, colon, source, Rule::QuoteAfterColon))
    }

    /// Whether `source`, a clause's subject beside a colon and a quote, may be the quote's
    /// speaker: a name, "he" or "she", or a noun of people who speak ("A senior aide",
    /// "Sudan's doctors").
    fn speaks(&self, source: Source) -> bool {
        match source {
            Source::Named(_) | Source::Pronoun(_, Some(_)) => true,
            Source::Nominal(_, head) => SOURCE_NOUNS.contains(self.word(head)),
            _ => false,
        }
    }

    /// Quote `q` as the claim of the clause subject `source`, the colon at `colon` its cue.
    fn colon_claim(&self, q: &Quote, colon: usize, source: Source, rule: Rule) -> Found {
        Found {
            span: q.content,
            gaps: Vec::new(),
            kind: ClaimKind::Direct,
            cue: Some(self.doc.tokens[colon].span),
            stance: false,
            source,
            rule,
            source_rule: Rule::SourceClauseSubject,
        }
    }

    /// A quote that opens its line before a colon, the words of the clause's subject after
    /// it: the headline "‘Not a cent more’: Ruiz rules out new funding", "‘We are running out
    /// of everything’: Sudan's doctors plead for help". The colon is its cue.
    pub(super) fn before_colon(&self, q: &Quote) -> Option<Found> {
        let doc = self.doc;
        let colon = q.close? + 1;
        if !doc.opens_line(q.open) || colon + 1 >= doc.tokens.len() || !doc.is_punct(colon, ":") {
            return None;
        }
        let source = self.subject_at(colon + 1, self.sentence(colon).end, 1);
        self.speaks(source)
            .then(|| self.colon_claim(q, colon, source, Rule::QuoteBeforeColon))
    }

    /// The one whose words a clause from `clause` opens with: "Her message", "Ruiz's answer".
    fn message_owner(&self, clause: usize) -> Option<Source> {
        let owner = match self.word(clause) {
            "Her" | "her" => Some(Source::Pronoun(clause, Some(Gender::Female))),
            "His" | "his" => Some(Source::Pronoun(clause, Some(Gender::Male))),
            _ => self
                .mention_starting_at(clause)
                .filter(|&m| self.doc.possessive_after(self.mentions[m].last))
                .map(Source::Named),
        }?;
        let noun = match owner {
            Source::Named(m) => self.mentions[m].last + 2,
            _ => clause + 1,
        };
        (noun < self.doc.tokens.len() && MESSAGE_NOUNS.contains(self.word(noun))).then_some(owner)
    }

    /// Paragraphs labelled with their speaker: transcripts ("PENCE: Well, look, …") and
    /// headlines ("Pat Caddell: Democrat Voters Worried …"). The rest of the paragraph is the
    /// claim, the colon its cue; none where a quote claimed it already.
    pub(super) fn labelled_paragraphs(&self, quoted: &[Found]) -> Vec<Found> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let mut found = Vec::new();
        for (m_idx, m) in self.mentions.iter().enumerate() {
            let surname = m.surname.text(doc.text);
            let named_again = || {
                self.mentions
                    .iter()
                    .any(|o| o.first != m.first && o.surname.text(doc.text) == surname)
            };
            let colon = m.last + 1;
            // ("Ruiz to investors: …", "Mukasey at RNC: …", "Ruiz Addresses Flood: …": past
            // whom or where, or a headline's verb and its object, for a person the text names
            // again; not the section "Limited Tools to Fight Terrorism: …".)
            let headline_verb = || {
                doc.headline[colon]
                    && doc.is_capitalized(colon)
                    && is_headline_verb(doc.word(colon))
            };
            let colon = if colon < n
                && (matches!(doc.word(colon), "to" | "at") || headline_verb())
                && m.kind == SpeakerKind::Person
                && named_again()
            {
                self.first_mark(colon + 1, n.min(colon + ADDRESSEE_WORDS), ":")
                    .filter(|&c| (colon + 1..c).all(|k| self.is_word(k)))
                    .unwrap_or(colon)
            } else {
                colon
            };
            if colon + 1 >= n || !doc.is_punct(colon, ":") {
                continue;
            }
            // ("Former AG Mukasey: …": past the titles.)
            let mut start = self.titles_before(m.first);
            while start > 0
                && doc.tokens[start - 1].kind == Kind::Punct
                && self.is_quote_mark(start - 1)
            {
                start -= 1;
            }
            // "Analysis: Why …", "Letters: Readers weigh in …": a section's label is no one; nor
            // is a state's, over a list ("Iowa: Tim Albrecht, Brad Anderson, …").
            let label = m.first == m.last && SECTION_LABELS.contains(doc.word(m.first));
            if !doc.opens_line(start) || label {
                continue;
            }
            // ("Ontario: …", "Kenya: Doctors end strike …": a place's label, the news from it.)
            let place = m.span.text(doc.text);
            if crate::countries::is_region(place) || crate::countries::is_country_name(place) {
                continue;
            }
            let end = doc.line_end(colon + 1);
            let first = (colon + 1..end).find(|&k| self.is_word(k));
            let last = (colon + 1..end).rev().find(|&k| self.is_word(k));
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            // "HOLT: … Will you?": a question keeps its mark.
            let last = last
                + usize::from(
                    last + 1 < end && (doc.is_punct(last + 1, "?") || doc.is_punct(last + 1, "!")),
                );
            // ("Q: Is he conservative?": the interviewer's question claims nothing.)
            if m.first == m.last && doc.word(m.first) == "Q" && doc.is_punct(last, "?") {
                continue;
            }
            let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
            let transcript = m.span.text(doc.text).chars().all(|c| !c.is_lowercase());
            // ("KYIV: Ukrainian Foreign Minister Dmytro Kuleba said …": a dateline in capitals,
            // before a sentence with a named source of its own; but "CLINTON: He said …".)
            // ("NEW DELHI: The Supreme Court on Monday asked …": the label in capitals that
            // opens the article's body, under a headline at most, before a lead that runs on,
            // is where it was written; "AP: Trump chair routed …" is a headline.)
            let opens_body = || {
                (0..start)
                    .filter(|&k| self.is_word(k))
                    .nth(HEADLINE_WORDS)
                    .is_none()
                    && (first..=last)
                        .filter(|&k| self.is_word(k))
                        .nth(LEAD_WORDS - 1)
                        .is_some()
            };
            // (So is a one-word place in title case under a headline: "Bengaluru: Karnataka
            // Chief Minister Siddaramaiah on Monday assured …"; not the headline's own label,
            // "Trump: Clinton should have congratulated me".)
            let dateline = (transcript || m.first == m.last && start > 0)
                && self.pronoun(first).is_none()
                && (self.subject_and_cue(first) || opens_body());
            // ("Hillary Clinton: 1,769": a count, no words; "AP-GfK Poll: Voters …": a headline
            // an organization labels is its own, no one's claim.)
            let words = (first..=last).any(|k| doc.word(k).starts_with(char::is_alphabetic));
            let headline_of = !transcript && m.kind != SpeakerKind::Person;
            // ("Heatwave: Spain records …", "Brexit: May defends …": a word the text names once,
            // no source noun, document or plural, is a topic's label; not "Poll: …",
            // "Historians: …".)
            let topic = !transcript && m.first == m.last && {
                let name = m.span.text(doc.text);
                let lower = Lowercase::new(name);
                !(name.ends_with('s')
                    || SOURCE_NOUNS.contains(lower.as_str())
                    || DOCUMENTS.contains(lower.as_str())
                    || named_again())
            };
            if quoted.iter().any(|c| c.span.overlaps(span))
                || dateline
                || !words
                || headline_of
                || topic
            {
                continue;
            }
            let kind = if transcript {
                ClaimKind::Direct
            } else {
                ClaimKind::Indirect
            };
            found.push(self.line_claim(span, kind, colon, m_idx, Rule::LabelledParagraph));
        }
        found
    }

    /// Headlines signed with their source after a spaced dash, as news of Ghana and Nigeria
    /// writes them: "Cocoa smuggling costing Ghana $500m a year – COCOBOD", "We won't raise
    /// fuel prices - NNPC". The text's first line, of at most [`HEADLINE_WORDS`] words with no
    /// closing mark, the name ending it (a caption's "– Reuters" below is a photo's credit);
    /// the words before the dash are the claim, none where a quote claimed them already.
    pub(super) fn signed_headlines(&self, quoted: &[Found]) -> Vec<Found> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let mut found = Vec::new();
        // (The mentions of the first line only.)
        let first_line = doc.line_end(0);
        for (m_idx, m) in self.mentions.iter().enumerate() {
            if m.last >= first_line {
                break;
            }
            if m.last + 1 < n && doc.tokens[m.last + 1].kind != Kind::Break {
                continue;
            }
            let dash = self.titles_before(m.first);
            if dash < 2 || !matches!(self.word(dash - 1), "–" | "—" | "-") {
                continue;
            }
            let dash = dash - 1;
            let words = (0..dash).filter(|&k| self.is_word(k)).count();
            if !(SIGNED_HEADLINE_WORDS..=HEADLINE_WORDS).contains(&words)
                || !doc.follows_closely(dash)
                || doc.tokens[dash - 1].span.end == doc.tokens[dash].span.start
                || !self.is_word(dash - 1) && !self.is_quote_mark(dash - 1)
            {
                continue;
            }
            let span = Span::new(doc.tokens[0].span.start, doc.tokens[dash - 1].span.end);
            if quoted.iter().any(|c| c.span.overlaps(span)) {
                continue;
            }
            found.push(self.line_claim(
                span,
                ClaimKind::Indirect,
                dash,
                m_idx,
                Rule::SignedHeadline,
            ));
        }
        found
    }

    /// The claim `span` of a line that mention `m_idx` labels or signs, the mark at token `cue`
    /// its cue, `rule` the rule that found it and its source.
    fn line_claim(
        &self,
        span: Span,
        kind: ClaimKind,
        cue: usize,
        m_idx: usize,
        rule: Rule,
    ) -> Found {
        Found {
            span,
            gaps: Vec::new(),
            kind,
            cue: Some(self.doc.tokens[cue].span),
            stance: false,
            source: Source::Named(MentionId(m_idx)),
            rule,
            source_rule: rule,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ClaimKind;
    use crate::claims::testing::{claims, direct, reported};

    #[test]
    fn a_headline_signed_after_a_dash_is_its_signers_claim() {
        // Regression: "Cocoa smuggling costing Ghana $500m a year – COCOBOD" had no claim; a
        // caption's credit below is none, nor is a dash inside a sentence.
        let text = "Cocoa smuggling costing Ghana $500m a year – COCOBOD\n\nFarmers gather at a \
                    depot in Sefwi Wiawso – Reuters\n\nA new plant – the city's largest – was \
                    approved by Mayor Ana Ruiz";
        assert_eq!(
            claims(text),
            [reported(
                "Cocoa smuggling costing Ghana $500m a year",
                "–",
                "COCOBOD"
            )]
        );
    }

    #[test]
    fn a_state_over_a_list_and_an_interviewers_question_are_no_labelled_claims() {
        // Regression: "Iowa" and "Q" spoke.
        let text = "The insiders are:\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron.\n\nQ: Is \
                    he conservative?\n\nA: No.\n\nPENCE: Well, look, we will win.";
        assert_eq!(
            claims(text),
            [direct("Well, look, we will win", ":", "PENCE")]
        );
    }

    #[test]
    fn a_place_in_title_case_over_the_lead_is_no_speaker_but_a_headline_s_label_is() {
        // Regression: "Bengaluru", named in the headline, was a speaker and the lead its words.
        let text = "Bengaluru water crisis: CM Siddaramaiah assures supply\n\nBengaluru: \
                    Karnataka Chief Minister Siddaramaiah on Monday assured residents that \
                    drinking water would be supplied to every ward.";
        assert_eq!(
            claims(text),
            [reported(
                "that drinking water would be supplied to every ward",
                "assured",
                "Siddaramaiah"
            )]
        );
        let text = "Trump: Clinton should have congratulated me\n\nDonald Trump said Friday it \
                    was a historic night.";
        assert_eq!(
            claims(text)[0],
            reported("Clinton should have congratulated me", ":", "Donald Trump")
        );
    }

    #[test]
    fn a_dateline_in_capitals_over_the_lead_is_no_speaker() {
        // Regression: "NEW DELHI" was a speaker and the lead its words.
        let text = "Top court loses patience over data law\n\nNEW DELHI: The Supreme Court on Monday \
                    asked the government to explain why it had not framed rules for the new \
                    data protection law, saying the delay was unacceptable.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "the government to explain why it had not framed rules for the new data \
                     protection law",
                    "asked",
                    "Supreme Court"
                ),
                reported("the delay was unacceptable", "saying", "Supreme Court")
            ]
        );
    }

    #[test]
    fn a_headline_quote_before_a_colon_is_the_words_of_the_subject_after_it() {
        // Regression: the headline's quote had no claim.
        let text = "'Not a cent more': Ruiz rules out new funding for stadium\n\nMayor Ana Ruiz \
                    said on Monday the city would not pay.\n\n“Fine”: a word the council used.";
        assert_eq!(
            claims(text),
            [
                direct("Not a cent more", ":", "Ana Ruiz"),
                reported("new funding for stadium", "rules out", "Ana Ruiz"),
                reported("the city would not pay", "said", "Ana Ruiz")
            ]
        );
    }

    #[test]
    fn a_headline_quote_before_a_colon_may_be_the_words_of_a_group() {
        // Regression: the quote had no claim, for no name followed the colon.
        let text = "‘We are running out’: Sudan's doctors plead for help\n\nDoctors in the city \
                    say they have no fuel.";
        assert_eq!(
            claims(text),
            [
                direct("We are running out", ":", "Sudan's doctors"),
                reported("for help", "plead", "Sudan's doctors"),
                reported("they have no fuel", "say", "Doctors in the city"),
            ]
        );
    }

    #[test]
    fn a_country_that_labels_a_headline_is_where_the_news_is_from() {
        // Regression: "Doctors end strike after deal" was Kenya's claim, Kenya a person.
        let text = "Kenya: Doctors end strike after deal\n\nNAIROBI — Doctors in Kenya will \
                    return to work.\n\nKenya Medical Union secretary-general Ana Obi said the \
                    deal was fair.";
        assert_eq!(
            claims(text),
            [reported("the deal was fair", "said", "Ana Obi")]
        );
    }

    #[test]
    fn a_quote_after_a_colon_is_the_words_of_the_one_whose_message_it_is() {
        // Regression: "Her message was simple: “…”" had no claim.
        let text = "Jane Okafor met the staff. Her message was simple: “Look after each other.” \
                    Tom Reyes met them too. Reyes's answer: “No.”";
        assert_eq!(
            claims(text),
            [
                direct("Look after each other.", ":", "Jane Okafor"),
                direct("No.", ":", "Tom Reyes")
            ]
        );
    }

    #[test]
    fn a_quote_after_a_colon_past_an_aside_or_after_a_name_is_theirs() {
        // Regression: these quotes had no speaker and were no claims.
        let text = "Mayor Ana Ruiz, D-Fresno, delivered a blunt message to growers: “Pay the \
                    levy.” The slump does not surprise economist Jo Park: “Prices always fall \
                    in March.” The review, by Variety's Lee Chan: “A delight from start to end.”";
        assert_eq!(
            claims(text),
            [
                direct("Pay the levy.", ":", "Ana Ruiz"),
                direct("Prices always fall in March.", ":", "Jo Park"),
            ]
        );
    }

    #[test]
    fn a_quote_after_a_colon_is_the_subjects_and_the_colon_its_cue() {
        let text = "Council member Tim McOsker was less forgiving: “Residents waited three days \
                    for help.” He called for an audit. Experts doubt it. Said Ellis: “I don’t \
                    get the sense she’s interested.”";
        assert_eq!(
            claims(text),
            [
                direct("Residents waited three days for help.", ":", "Tim McOsker"),
                reported("an audit", "called for", "Tim McOsker"),
                reported("it", "doubt", "Experts"),
                direct("I don’t get the sense she’s interested.", "Said", "Ellis"),
            ]
        );
        // A colon after a longer clause introduces the writer's words.
        let text = "She became upset, so that I had to change my answer: “I was just kidding.”";
        assert_eq!(claims(text), []);
        // A question put before the subject is no cue of the answer (regression: "Asked").
        let text = "Asked whether she regretted resigning, Dubois was blunt: “Not for a second.”";
        assert_eq!(claims(text)[1], direct("Not for a second.", ":", "Dubois"));
    }

    #[test]
    fn a_byline_or_a_video_label_is_no_speaker() {
        let text = "BYLINE: Amber Phillips.\n\nVIDEO: Clinton and Obama all told me it was a \
                    video.\n\nThe vote was close.";
        assert!(claims(text).iter().all(|c| c.3.is_none()));
    }

    #[test]
    fn a_capitalized_verb_is_a_cue_only_in_a_headline() {
        // Regression: "States" in "the United States" was the cue "state".
        let text = "The minister told the United States that aid would flow.";
        assert_eq!(
            claims(text),
            [reported("that aid would flow", "told", "The minister")]
        );
    }

    #[test]
    fn colon_introduces_a_quote() {
        let text = "Mr Putin told reporters: \"We have no plans to respond.\"";
        assert_eq!(
            claims(text),
            [direct("We have no plans to respond.", "told", "Putin")]
        );
    }

    #[test]
    fn a_quote_opening_the_paragraph_after_a_colon() {
        let text = "Caddell continued:\n\n\"The health issue is very much a partisan issue.\"";
        assert_eq!(
            claims(text),
            [direct(
                "The health issue is very much a partisan issue.",
                "continued",
                "Caddell"
            )]
        );
    }

    #[test]
    fn a_headline_with_a_closing_period_is_still_a_headline() {
        // Regression: "Lindsey Graham Says" was a name, and the headline no claim.
        let text = "Trump Could Address Clean Energy, Lindsey Graham Says.\n\nThe senator spoke \
                    on Tuesday.";
        assert_eq!(
            claims(text),
            [reported(
                "Trump Could Address Clean Energy", "Says", "Lindsey Graham"
            )]
        );
    }

    #[test]
    fn a_headline_speaker_may_name_whom_or_where_before_the_colon() {
        let text = "Ruiz to Farmers Union: The levy will go.\n\nMayor Ana Ruiz spoke on Monday.\n\n\
                    Limited Tools to Fight Erosion: The council has few.\n\nRuiz to growers: \
                    rain is coming.";
        assert_eq!(
            claims(text),
            [
                reported("The levy will go", ":", "Ana Ruiz"),
                reported("rain is coming", ":", "Ana Ruiz")
            ]
        );
    }

    #[test]
    fn a_headline_speaker_may_name_what_they_do_before_the_colon() {
        // Regression: "Ruiz Addresses Flood" was one name, and no one the text names again.
        let text = "Ruiz Addresses Flood: ‘This Cannot Happen Again.’\n\nMayor Ana Ruiz toured \
                    the valley on Monday.";
        assert_eq!(
            claims(text),
            [reported("This Cannot Happen Again", ":", "Ana Ruiz")]
        );
    }

    #[test]
    fn transcripts_and_headlines_labelled_with_a_speaker() {
        let text = "PENCE: Well, look, this is serious business.\n\nWALLACE: But, Governor, I have to ask you.";
        let found = claims(text);
        assert_eq!(
            found[0],
            (
                "Well, look, this is serious business",
                ClaimKind::Direct,
                Some(":"),
                Some("PENCE".into())
            )
        );
        assert_eq!(found[1].3, Some("WALLACE".into()));
        let text = "Trump Could Address Clean Energy, Lindsey Graham Says\n\nBody.";
        assert_eq!(claims(text)[0].2, Some("Says"));
        // Regression: "Analysis" and "Correction" were speakers.
        let text = "Analysis: Why Trump's Russia comments alarm the establishment\n\nCorrection: \
                    An earlier version of this article misstated a date.";
        assert_eq!(claims(text), []);
        // Regression: "Twitter" and "EMAIL" were speakers of the writer's handle and address.
        let text = "The vote was close.\n\nTwitter: @anaruiz\n\nEMAIL: ana.ruiz@example.com";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_topic_before_a_headline_s_colon_is_no_speaker() {
        let text = "Heatwave: Spain records its hottest June day\n\nIt was hot in Seville.";
        assert_eq!(claims(text), []);
        // A source noun, a plural or a name the text names again still labels its claim.
        let text = "Poll: Ruiz leads in Ohio\n\nHistorians: the race is close\n\nRuiz: I will \
                    win\n\nAna Ruiz spoke.";
        let speakers: Vec<_> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(
            speakers,
            [
                Some("Poll".into()),
                Some("Historians".into()),
                Some("Ana Ruiz".into())
            ]
        );
    }

    #[test]
    fn a_source_noun_before_a_colon_speaks_the_quote_after_it() {
        let text = "A senior House Democratic aide was more cautious: \"Gerrymandering makes \
                    it very hard.\"";
        assert_eq!(
            claims(text),
            [direct(
                "Gerrymandering makes it very hard.", ":", "A senior House Democratic aide"
            )]
        );
        let text = "The result was clear: \"Stronger together.\"";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_transcripts_labels_in_capitals_are_the_people_named_in_the_text() {
        let text = "HOLT: Secretary Clinton, your response?\n\nCLINTON: Everyone running for \
                    president has released their tax returns.\n\nCORRECTION: An earlier version \
                    misstated the date.";
        assert_eq!(
            claims(text),
            [
                (
                    "Secretary Clinton, your response?",
                    ClaimKind::Direct,
                    Some(":"),
                    Some("HOLT".to_string())
                ),
                (
                    "Everyone running for president has released their tax returns",
                    ClaimKind::Direct,
                    Some(":"),
                    Some("Clinton".to_string())
                ),
            ]
        );
    }

    #[test]
    fn lines_that_link_elsewhere_are_no_claims_and_name_no_speaker() {
        let text = "The talks failed on Friday.\n\nREAD MORE: Why the summit failed\n\nWATCH: \
                    The summit in two minutes\n\nRELATED: Sanctions, explained\n\nNonetheless, \
                    officials said the deal was close.";
        let answer = crate::annotate(text);
        let names: Vec<&str> = answer.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["officials"]);
        assert_eq!(
            claims(text),
            [reported("the deal was close", "said", "officials")]
        );
    }

    #[test]
    fn a_count_or_an_organization_s_headline_after_a_label_is_no_claim() {
        let text = "Delegates so far.\n\nHillary Clinton: 1,769\n\nAP-GfK Poll: Voters see \
                    Sanders as electable\n\nPat Caddell: The Race Is Far From Over";
        // (The view the poll's headline reports is the voters'.)
        assert_eq!(
            claims(text),
            [
                reported("Sanders as electable", "see", "Voters"),
                reported("The Race Is Far From Over", ":", "Pat Caddell"),
            ]
        );
    }
}

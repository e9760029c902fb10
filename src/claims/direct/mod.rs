//! Stage 3, direct claims: each quote with its attribution, the second half of a split quote,
//! quotes that run on, quotes after a colon, and paragraphs labelled with their speaker.

mod attribution;
mod before_open;
mod labels;

use crate::data::cues::QUOTE_JOINERS;
use crate::data::words::CLAUSE_MARKS;
use std::ops::ControlFlow;

use crate::annotations::{ClaimKind, Span, SpeakerKind};
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::found::{Found, Source};
use crate::claims::quotes::Quote;
use crate::rules::Rule;
use crate::speakers::starting_before;
use crate::text::Kind;

/// The fewest words of a quote that is a claim with no one to give it to.
const FLOATING_WORDS: usize = 4;
/// How many tokens a speaker's label that opens a quoted paragraph runs, its colon included
/// ("\"MR. RAMOS:").
const LABEL_TOKENS: usize = 5;

/// A quote's cue (an index into the cues), its source, and the rule that found the source.
type Attribution = (usize, Source, Rule);

/// The most words a quoted title has ("Face the Nation", "Fox News Sunday").
const TITLE_WORDS: usize = 6;
/// The fewest words of a quote that goes on from the one before with no cue of its own, unless it
/// is a sentence of its own.
const CONTINUATION_WORDS: usize = 4;

/// The last direct claim, which a quote after it may go on from.
#[derive(Clone, Copy)]
struct Previous {
    /// Its index among the claims.
    claim: usize,
    /// The index of its last quote.
    quote: usize,
    /// The index of its cue, where it has one of its own.
    cue: Option<usize>,
}

/// What the direct stage leaves the reported one.
pub(super) struct Direct {
    /// The direct claims, in the order found.
    pub(super) claims: Vec<Found>,
    /// For each cue, the source it gave a quote, where it attributed one.
    pub(super) quoted_by: Vec<Option<Source>>,
}

impl Finder<'_, '_> {
    /// The direct claims of the document: each quote that is no title, with its attribution
    /// or the one it goes on from, then the labelled paragraphs.
    pub(super) fn direct_claims(&self, cues: &[Cue]) -> Direct {
        let attributions: Vec<Option<Attribution>> = self
            .quotes
            .iter()
            .map(|q| self.quote_attribution(q, cues))
            .collect();
        let mut direct = Direct {
            claims: Vec::new(),
            quoted_by: vec![None; cues.len()],
        };
        // For each quote left open, the attribution of the first of its continuations that has
        // one (from the last quote back, so that a long run of them is read once).
        let mut ahead = vec![usize::MAX; self.quotes.len()];
        for qi in (0..self.quotes.len().saturating_sub(1)).rev() {
            if self.quotes[qi].close.is_none() && self.quotes[qi + 1].continues {
                ahead[qi] = if attributions[qi + 1].is_some() {
                    qi + 1
                } else {
                    ahead[qi + 1]
                };
            }
        }
        let mut previous = None;
        for (qi, q) in self.quotes.iter().enumerate() {
            if self.unsigned_title(q, attributions[qi], cues) {
                continue;
            }
            let borrowed = attributions[qi]
                .is_none()
                .then(|| {
                    self.borrowed_source(
                        qi,
                        &attributions,
                        attributions.get(ahead[qi]).copied().flatten(),
                    )
                })
                .flatten();
            if let Some((source, source_rule, rule)) = borrowed {
                direct.claims.push(Found {
                    span: q.content,
                    gaps: Vec::new(),
                    kind: ClaimKind::Direct,
                    cue: None,
                    stance: false,
                    source,
                    rule,
                    source_rule,
                });
                previous = Some(Previous {
                    claim: direct.claims.len() - 1,
                    quote: qi,
                    cue: None,
                });
                continue;
            }
            previous = self.place_quote(qi, attributions[qi], previous, cues, &mut direct);
        }
        let labelled = self.labelled_paragraphs(&direct.claims);
        direct.claims.extend(labelled);
        let signed = self.signed_headlines(&direct.claims);
        direct.claims.extend(signed);
        direct
    }

    /// The cue and source of a direct quote: after the closing mark ("…," he said), before
    /// the opening mark (he said: "…"), or none.
    fn quote_attribution(&self, q: &Quote, cues: &[Cue]) -> Option<Attribution> {
        if let Some(close) = q.close {
            if let ControlFlow::Break(found) = self.attribution_after(q, close, cues) {
                return found;
            }
        }
        self.attribution_before(q, cues)
            .or_else(|| self.short_sentence_before(q, cues))
            .or_else(|| self.signed_below(q, cues))
    }

    /// A quote that is a sentence of its own with no one to give it to: a claim with no
    /// speaker, not a guess ("“We will not pay,” read a banner." has one; "“Nobody knows what
    /// comes next.”" alone in its paragraph has none); or one that opens its sentence and runs
    /// over into the next paragraph (quote `qi`).
    fn floating(&self, qi: usize) -> Option<Found> {
        let doc = self.doc;
        let q = &self.quotes[qi];
        if self.labelled(q) {
            return None;
        }
        let runs_over = q.close.is_none() && self.quotes.get(qi + 1).is_some_and(|n| n.continues);
        let close = match q.close {
            Some(close) => close,
            None if runs_over => doc.line_end(q.open),
            None => return None,
        };
        let words = (q.open..close).filter(|&k| self.is_word(k)).count();
        let ends_sentence = runs_over
            || close + 1 >= self.sentence(close).end
            || doc.tokens[close + 1].kind == Kind::Break;
        let whole = self.sentence(q.open).start == q.open
            && ends_sentence
            && (runs_over || matches!(doc.word(close - 1), "." | "?" | "!"))
            && words >= FLOATING_WORDS;
        whole.then(|| Found {
            span: q.content,
            gaps: Vec::new(),
            kind: ClaimKind::Direct,
            cue: None,
            stance: false,
            source: Source::Unnamed,
            rule: Rule::QuoteFloating,
            source_rule: Rule::SourceUnnamed,
        })
    }

    /// Whether quote `q` is a title ("Face the Nation") and not signed: "“Ça va,” said Élise
    /// Martin", a quote that opens its sentence, with a comma inside its closing mark and a
    /// cue after it, is no title ("On CBS's “Face the Nation,” he said" is one).
    fn unsigned_title(&self, q: &Quote, attribution: Option<Attribution>, cues: &[Cue]) -> bool {
        let signed = attribution.is_some_and(|(ci, _, _)| {
            q.close
                .is_some_and(|close| cues[ci].first > close && self.doc.is_punct(close - 1, ","))
        }) && self.sentence(q.open).start == q.open;
        !signed && self.is_title(q)
    }

    /// The source an unattributed quote `qi` takes from a quote beside it, with that source's
    /// rule and its own: a quote that opens its paragraph right before an attributed one is
    /// said by the same source ("“…?” “…?” Starmer told parliament."); a quote that runs over
    /// paragraphs takes the source of its first continuation that has one (`ahead`).
    fn borrowed_source(
        &self,
        qi: usize,
        attributions: &[Option<Attribution>],
        ahead: Option<Attribution>,
    ) -> Option<(Source, Rule, Rule)> {
        let doc = self.doc;
        let (q, quotes) = (&self.quotes[qi], self.quotes);
        let next_door = || {
            let next = quotes.get(qi + 1)?;
            (q.close? + 1 == next.open
                && doc.paragraph_of(next.open) == doc.paragraph_of(q.open)
                && (q.open == 0 || doc.paragraph_of(q.open - 1) != doc.paragraph_of(q.open)))
            .then(|| attributions[qi + 1].map(|(_, s, rule)| (s, rule, Rule::QuoteNextDoor)))
            .flatten()
        };
        next_door().or_else(|| ahead.map(|(_, source, rule)| (source, rule, Rule::QuoteRunsOver)))
    }

    /// Quote `qi` as a claim of its own or as the rest of the claim before it; the direct
    /// claim it leaves for the next quote.
    fn place_quote(
        &self,
        qi: usize,
        attribution: Option<Attribution>,
        previous: Option<Previous>,
        cues: &[Cue],
        direct: &mut Direct,
    ) -> Option<Previous> {
        let doc = self.doc;
        let q = &self.quotes[qi];
        let claims = &mut direct.claims;
        let same_paragraph =
            |pq: usize| doc.paragraph_of(self.quotes[pq].open) == doc.paragraph_of(q.open);
        let goes_on = |p: Previous| Some(Previous { quote: qi, ..p });
        match (attribution, previous) {
            // The second half of a quote split by its attribution ("…," he said, "…"), or a
            // quote that goes on from it in the same paragraph: one claim.
            (Some((ci, _, _)), Some(p))
                if p.cue == Some(ci)
                    && same_paragraph(p.quote)
                    && self.quotes[p.quote]
                        .close
                        .is_some_and(|c| c < cues[ci].first && cues[ci].last < q.open) =>
            {
                claims[p.claim].interrupt(q.content);
                goes_on(p)
            }
            // "“It is mad,” he added, “and dangerous,” calling for …": a gerund after the
            // second half of a split quote reports on from it.
            (Some((ci, _, _)), Some(p))
                if cues[ci].gerund
                    && q.close.is_some_and(|c| cues[ci].first > c)
                    && doc.sentence_of(self.quotes[p.quote].open) == doc.sentence_of(q.open)
                    && self.continues(&self.quotes[p.quote], q) =>
            {
                claims[p.claim].interrupt(q.content);
                goes_on(p)
            }
            (None, Some(p)) if self.continues(&self.quotes[p.quote], q) => {
                if same_paragraph(p.quote) {
                    claims[p.claim].interrupt(q.content);
                    return goes_on(p);
                }
                let (source, source_rule) = (claims[p.claim].source, claims[p.claim].source_rule);
                claims.push(Found {
                    span: q.content,
                    gaps: Vec::new(),
                    kind: ClaimKind::Direct,
                    cue: None,
                    stance: false,
                    source,
                    rule: Rule::QuoteGoesOn,
                    source_rule,
                });
                Some(Previous {
                    claim: claims.len() - 1,
                    quote: qi,
                    cue: None,
                })
            }
            (Some((ci, source, source_rule)), _) => {
                direct.quoted_by[ci] = Some(source);
                if let Some(lead) = self.lead_before(q, &cues[ci], source) {
                    claims.push(self.cued(
                        &cues[ci],
                        lead,
                        ClaimKind::Indirect,
                        Rule::QuoteLead,
                        source,
                        source_rule,
                    ));
                }
                claims.push(Found {
                    span: self.with_lead_in(q, &cues[ci], source),
                    gaps: Vec::new(),
                    kind: ClaimKind::Direct,
                    cue: Some(self.cue_span(&cues[ci])),
                    stance: cues[ci].stance(),
                    source,
                    rule: Rule::QuoteAttributed,
                    source_rule,
                });
                Some(Previous {
                    claim: claims.len() - 1,
                    quote: qi,
                    cue: Some(ci),
                })
            }
            (None, _) => match self
                .after_colon(q)
                .or_else(|| self.before_colon(q))
                .or_else(|| self.floating(qi))
            {
                Some(found) => {
                    claims.push(found);
                    Some(Previous {
                        claim: claims.len() - 1,
                        quote: qi,
                        cue: None,
                    })
                }
                // (A fragment that no cue reports here, "says the plan is “a costly
                // mistake.”", ends a quote of another paragraph: the next goes on from no one's.)
                None => previous.filter(|p| same_paragraph(p.quote)),
            },
        }
    }

    /// Whether a quote is a title ("Face the Nation", "Fox News Sunday"): a few words, each
    /// capitalized, with no sentence punctuation.
    fn is_title(&self, q: &Quote) -> bool {
        let doc = self.doc;
        let end = doc.tokens_before(q.content.end);
        let inside = q.open + 1..end.max(q.open + 1);
        let words = inside.clone().filter(|&k| self.is_word(k));
        if !(2..=TITLE_WORDS).contains(&words.clone().take(TITLE_WORDS + 1).count()) {
            return false;
        }
        // (Short words may stay lowercase, but most are capitalized: "That is not who we are"
        // is no title.)
        let capital = |k: &usize| {
            self.word(*k)
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        };
        let capitals = words.clone().filter(capital).count();
        let title_case = words
            .clone()
            .all(|k| capital(&k) || self.word(k).len() <= 3)
            && capitals >= 2
            && capitals * 2 >= words.clone().count();
        // A comma or period before the closing mark is the sentence's, not the title's; a
        // question mark ends a question ("“Will we win Illinois?” he asked").
        let last_word = words.clone().next_back().unwrap_or(inside.start);
        let punctuated = (inside.start..last_word).any(|k| CLAUSE_MARKS.contains(self.word(k)))
            || last_word + 1 < end && self.word(last_word + 1) == "?";
        title_case && !punctuated
    }

    /// A quote attributed after it that stands mid-sentence carries the words around it, as the
    /// speaker's too: "However laudable the goal, using the tax ''is a misguided approach,'' said
    /// Mr. Burman" claims all of it, and so does "A cashier who “steals” is held accountable,
    /// Warren said" (the words after the quote, up to the comma before the attribution).
    fn with_lead_in(&self, q: &Quote, cue: &Cue, source: Source) -> Span {
        let doc = self.doc;
        let sentence = self.sentence(q.open);
        let Some(close) = q.close.filter(|&c| cue.first > c) else {
            return q.content;
        };
        let lead_in = (sentence.start..q.open)
            .filter(|&k| self.is_word(k))
            .count();
        let no_cue = (sentence.start..q.open).all(|k| !self.cue_starts[k]);
        let start = match (sentence.start..q.open).find(|&k| self.is_word(k)) {
            // (A name alone is the subject of the quoted words: Mills “got an immunity
            // agreement,” Jordan said.)
            Some(first)
                if (lead_in >= 2 || self.named_from(first).is_some())
                    && no_cue
                    && !self.inside_quote(first) =>
            {
                doc.tokens[first].span.start
            }
            _ => q.content.start,
        };
        let attribution = self.first_of_source(source, cue.first).min(cue.first);
        // "“…,” the company's lawyer, Jane Doe, said": a quote that closes on a comma is
        // followed by its attribution alone.
        let tail = !self.closes_on_punctuation(close)
            && attribution > close + 2
            && doc.is_punct(attribution - 1, ",")
            && (close + 1..attribution - 1).any(|k| self.is_word(k))
            && (close + 1..attribution).all(|k| !self.cue_starts[k] && !self.is_quote_mark(k));
        let end = if tail {
            doc.tokens[attribution - 2].span.end
        } else {
            q.content.end
        };
        Span::new(start, end)
    }

    /// Whether quote `q` opens with a speaker's label, a transcript quoted whole: "\"WALLACE:
    /// …". It says who speaks; it neither floats nor goes on from the quote before.
    fn labelled(&self, q: &Quote) -> bool {
        let doc = self.doc;
        let n = doc.tokens.len();
        let mut k = q.open + 1;
        while k < (q.open + LABEL_TOKENS).min(n - 1)
            && (doc.is_capitalized(k) || doc.is_punct(k, "."))
        {
            if doc.is_punct(k + 1, ":") {
                return true;
            }
            k += 1;
        }
        false
    }

    /// Whether quote `q` goes on from the attributed quote `prev` with no cue of its own: the
    /// next paragraph of a quote that runs over paragraphs, or a quote that opens the next
    /// sentence after an attributed one ("…," he said. "…").
    fn continues(&self, prev: &Quote, q: &Quote) -> bool {
        if self.labelled(q) {
            return false;
        }
        if q.continues {
            return true;
        }
        let doc = self.doc;
        let opens_sentence = self.sentence(q.open).start == q.open;
        let words = (q.open..q.close.unwrap_or(q.open))
            .filter(|&k| self.is_word(k))
            .count();
        let prev_end = prev.close.unwrap_or(prev.open);
        // "“…,” Pence said. On CBS, Sen. Bernie Sanders identified … “…”": a sentence about
        // another person, with no cue, stands between.
        let (after_prev, at_q) = (doc.sentence_of(prev_end) + 1, doc.sentence_of(q.open));
        let narrated = |s: usize| {
            let sentence = doc.sentences[s].clone();
            let k = starting_before(self.mentions, sentence.start);
            let person = self.mentions[k..]
                .iter()
                .take_while(|m| m.first < sentence.end)
                .any(|m| m.kind == SpeakerKind::Person);
            person && !sentence.clone().any(|i| self.cue_starts[i])
        };
        let near = at_q <= after_prev || at_q == after_prev + 1 && !narrated(after_prev);
        // "“…,” Trump said during a rally in Kenansville, “but …”": after a comma, in the same
        // sentence, the attribution stands between the two halves.
        // "“You know, I love Larry,” he said, but “when it comes …”", "…, and still “…”".
        let mut lead = q.open;
        while lead > prev_end + 1 && QUOTE_JOINERS.contains(self.word(lead - 1)) {
            lead -= 1;
        }
        let second_half = doc.sentence_of(q.open) == doc.sentence_of(prev_end)
            && lead > 0
            && doc.is_punct(lead - 1, ",");
        // A quote of a few words that stops inside its sentence ("“You squeezed employees” to
        // drive up …") is a fragment the sentence's own cue reports.
        let whole = q.close.is_none_or(|c| {
            c + 1 >= self.sentence(c).end
                || doc.sentence_of(c) != doc.sentence_of(q.open)
                || self.closes_on_punctuation(c)
        });
        // "“…,” Davis said. “We’ll fix it.”": a sentence of its own in the same paragraph goes
        // on, however short.
        let sentence_of_its_own = q.close.is_some_and(|c| {
            matches!(doc.word(c - 1), "." | "?" | "!")
                && doc.paragraph_of(c) == doc.paragraph_of(prev_end)
        });
        // ("…,” spokesperson Mao Ning said.\n\nMarch 30 (Reuters) - Evan Gershkovich … “…”": in a
        // later paragraph, only a quote that opens it goes on.)
        let later_paragraph = doc.paragraph_of(q.open) != doc.paragraph_of(prev_end)
            && q.open > 0
            && doc.paragraph_of(q.open - 1) == doc.paragraph_of(q.open);
        second_half
            || opens_sentence
                && near
                && whole
                && !later_paragraph
                && (words >= CONTINUATION_WORDS
                    || q.close.is_none()
                    || sentence_of_its_own && words >= 1)
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::testing::{claims, direct, reported};
    use crate::{ClaimKind, annotate};

    #[test]
    fn curly_quote_with_inverted_attribution() {
        let text = "“We see attempts to hamper cooperation,” said Mr Lavrov.";
        assert_eq!(
            claims(text),
            [direct(
                "We see attempts to hamper cooperation,", "said", "Lavrov"
            )]
        );
    }

    #[test]
    fn straight_quote_then_name_and_cue() {
        let text = "\"It's deplorable, and we regret it\", Mr Lavrov said.";
        assert_eq!(
            claims(text),
            [direct(
                "It's deplorable, and we regret it", "said", "Lavrov"
            )]
        );
    }

    #[test]
    fn job_titles_between_an_inverted_cue_and_the_name() {
        let text =
            "\"Subpoenas are not optional,\" said panel Chairman Rep. Jason Chaffetz (R-Utah).";
        assert_eq!(
            claims(text),
            [direct(
                "Subpoenas are not optional,", "said", "Jason Chaffetz"
            )]
        );
    }

    #[test]
    fn a_title_abbreviation_before_the_name_after_a_quote() {
        let text = "“Mitt Romney was a worthy foe,” Sen. Claire McCaskill said.";
        assert_eq!(
            claims(text),
            [direct(
                "Mitt Romney was a worthy foe,", "said", "Claire McCaskill"
            )]
        );
    }

    #[test]
    fn speech_verbs_that_introduce_a_quote_with_a_colon() {
        let text = "During the debate, a friend commented: \"For you, immigration is the reason.\"";
        assert_eq!(
            claims(text),
            [direct(
                "For you, immigration is the reason.", "commented", "a friend"
            )]
        );
    }

    #[test]
    fn a_question_quote_then_a_short_sentence_of_name_and_cue() {
        let text = "“Is Wells too big to manage?” Vitter demanded. Nobody answered. \
                    “Is it over?” Nobody knew the answer to that question.";
        assert_eq!(
            claims(text),
            [direct("Is Wells too big to manage?", "demanded", "Vitter")]
        );
    }

    #[test]
    fn an_exclamation_then_a_name_its_cue_and_the_writer_s_apposition() {
        // Regression: "shorthand for …" was the claim, and the quote no one's.
        let text = "Ana Ruiz lifted a sign. “All the way!” Ruiz shouted, shorthand for a fight to \
                    the convention.";
        assert_eq!(
            claims(text),
            [direct("All the way!", "shouted", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_gerund_s_quote_is_the_subject_s_not_the_earlier_cue_s_object() {
        // Regression: the quotes were Tim Lopez's, the name after "vote for" and "endorsed".
        let text = "Senator Ana Ruiz urged farmers to vote for Tim Lopez, saying, “He will fix the \
                    roads.” Mayor Eva Diaz endorsed Lopez, saying, “He is ready.”";
        assert_eq!(
            claims(text),
            [
                reported("farmers to vote for Tim Lopez", "urged", "Ana Ruiz"),
                direct("He will fix the roads.", "saying", "Ana Ruiz"),
                reported("Lopez", "endorsed", "Eva Diaz"),
                direct("He is ready.", "saying", "Eva Diaz"),
            ]
        );
    }

    #[test]
    fn an_occasion_with_a_comma_inside_stands_between_the_cue_and_the_quote() {
        // Regression: a comma in the occasion, or its eleven words, kept the cue from the
        // quote.
        let text = "Ana Ruiz spoke.\n\nRuiz said in the spring, when the story broke, “I sent \
                    nothing.” Tom Reyes said in an op-ed piece before a 2014 Senate hearing, “The \
                    plan failed.”";
        assert_eq!(
            claims(text),
            [
                direct("I sent nothing.", "said", "Ana Ruiz"),
                direct("The plan failed.", "said", "Tom Reyes"),
            ]
        );
    }

    #[test]
    fn said_that_opens_the_sentence_reaches_past_its_source_s_aside() {
        // Regression: the aside after the name kept "Said" from the quote.
        let text = "Ali grew up here.\n\nSaid Ana Ruiz, who grew up with Ali, “We were all so \
                    proud of him.”";
        assert_eq!(
            claims(text),
            [direct("We were all so proud of him.", "Said", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_gerund_s_quote_is_not_the_reported_subject_s() {
        // Regression: the quote went to "the drivers", who were what Ruiz wrote of.
        let text = "Ana Ruiz also wrote that the drivers knew to brace for delays, saying, “They \
                    came every week.”";
        assert_eq!(
            claims(text),
            [
                reported(
                    "that the drivers knew to brace for delays",
                    "wrote",
                    "Ana Ruiz"
                ),
                direct("They came every week.", "saying", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_gerund_after_a_quote_goes_on_with_the_speaker_not_the_quoted_words() {
        let text = "“We can’t afford to do this anymore,” Trump said, adding later, \
                    “NATO is costing us a fortune.”";
        assert_eq!(
            claims(text),
            [
                direct("We can’t afford to do this anymore,", "said", "Trump"),
                direct("NATO is costing us a fortune.", "adding", "Trump")
            ]
        );
    }

    #[test]
    fn a_quoted_fragment_after_a_sentence_of_quote_is_not_its_continuation() {
        // Regression: the fragment, the words after it and the second cue were all marked as
        // one direct claim with the first quote, "Harris said" included.
        let text = "“That is a disgrace,” Harris said. “You cut the nurses’ pay” to pad the \
                    quarterly numbers, she said, pointing to the hospital’s annual report.";
        assert_eq!(
            claims(text),
            [
                direct("That is a disgrace,", "said", "Harris"),
                reported(
                    "You cut the nurses’ pay” to pad the quarterly numbers",
                    "said",
                    "Harris"
                ),
                reported("the hospital’s annual report", "pointing to", "Harris"),
            ]
        );
    }

    #[test]
    fn a_quote_is_not_attributed_across_after() {
        // Regression: "disgrace" was a quote of Hillary Clinton's, cued by "attacked".
        let text = "Governor Chris Christie described Hillary Clinton as a “disgrace” after she \
                    attacked police officers.";
        assert_eq!(
            claims(text),
            [reported(
                "Hillary Clinton as a “disgrace” after she attacked police officers",
                "described",
                "Chris Christie"
            ),]
        );
    }

    #[test]
    fn a_single_closing_mark_stays_with_the_quote_the_content_opens() {
        // Regression: the closing ’ was cut off both claims.
        let text = "The spokeswoman, Maria Zakharova, called the remarks ‘provocative’ and said \
                    London was ‘dragging Europe into war’.";
        assert_eq!(
            claims(text),
            [
                reported("the remarks ‘provocative’", "called", "Maria Zakharova"),
                reported(
                    "London was ‘dragging Europe into war’",
                    "said",
                    "Maria Zakharova"
                ),
            ]
        );
    }

    #[test]
    fn a_short_quoted_sentence_after_the_attribution_goes_on_with_the_quote() {
        // Regression: a sentence of fewer than four words was taken for a scare quote.
        let text = "“I would,” Melanie said to the TV. “I would, Donald.”";
        assert_eq!(
            claims(text),
            [
                direct("I would,", "said", "Melanie"),
                direct("I would, Donald.", "said", "Melanie")
            ]
        );
    }

    #[test]
    fn a_gerund_after_a_quote_never_takes_a_source_after_it() {
        let text = "Trump admires Vladimir Putin as a “strong leader,” comparing him favorably \
                    to Obama.";
        assert_eq!(
            claims(text),
            [direct(
                "Trump admires Vladimir Putin as a “strong leader,",
                "comparing",
                "Trump"
            )]
        );
    }

    #[test]
    fn an_apposition_after_a_titled_name_and_its_party_tag() {
        let text = "On \"Face the Nation,\" Sen. Bernie Sanders (Vt.), who lost the primaries \
                    to Clinton, said young voters are tired of bigotry.";
        assert_eq!(
            claims(text),
            [reported(
                "young voters are tired of bigotry", "said", "Bernie Sanders"
            )]
        );
    }

    #[test]
    fn typewriter_quotes() {
        let text = "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.";
        assert_eq!(
            claims(text),
            [direct(
                "This isn't tax reform,", "said", "Douglas Holtz-Eakin"
            )]
        );
    }

    #[test]
    fn single_quotes_inside_double_stay_inside() {
        let text = "\"People say, 'It doesn't matter,' but it does,\" said Charlie King.";
        assert_eq!(
            claims(text),
            [direct(
                "People say, 'It doesn't matter,' but it does,",
                "said",
                "Charlie King"
            )]
        );
    }

    #[test]
    fn a_quote_split_by_its_attribution_is_one_claim_a_part() {
        let text = "Nikki Haley spoke. \"We are ready,\" she said, \"and we will not wait.\"";
        assert_eq!(
            claims(text),
            [
                direct("We are ready,", "said", "Nikki Haley"),
                direct("and we will not wait.", "said", "Nikki Haley")
            ]
        );
    }

    #[test]
    fn what_a_quote_was_said_of_before_its_attribution_is_a_part_of_its_own() {
        let text = "Mayor Ana Ruiz spoke on Monday.\n\nOf the scrutiny over the plan, Ruiz said, \
                    \"It's a little much.\"";
        assert_eq!(
            claims(text),
            [
                reported("Of the scrutiny over the plan", "said", "Ana Ruiz"),
                direct("It's a little much.", "said", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn the_words_before_an_attribution_that_a_quote_goes_on_from_are_a_part_of_their_own() {
        let text = "Mayor Ana Ruiz spoke on Monday. Particularly in the poorer towns, Ruiz said, \
                    \"we have no idea what the winter will cost.\" In an interview, she said, \
                    \"We are ready.\" Still, she added, \"we will need help.\"";
        assert_eq!(
            claims(text),
            [
                reported("Particularly in the poorer towns", "said", "Ana Ruiz"),
                direct(
                    "we have no idea what the winter will cost.",
                    "said",
                    "Ana Ruiz"
                ),
                direct("We are ready.", "said", "Ana Ruiz"),
                direct("we will need help.", "added", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_one_word_or_gerund_subject_before_an_attribution_is_a_part_when_the_quote_goes_on_with_its_verb()
     {
        let text = "Ana Ruiz spoke on Monday. Judging candidates by national polls, Ruiz said, \
                    \"is like judging a swimmer by her golf scores.\" Tim Lopez spoke next. \
                    Ruiz, a top aide said, \"is very confident.\"";
        assert_eq!(
            claims(text),
            [
                reported("Judging candidates by national polls", "said", "Ana Ruiz"),
                direct(
                    "is like judging a swimmer by her golf scores.",
                    "said",
                    "Ana Ruiz"
                ),
                reported("Ruiz", "said", "a top aide"),
                direct("is very confident.", "said", "a top aide"),
            ]
        );
    }

    #[test]
    fn a_straight_mark_typed_right_after_a_period_opens_a_quote() {
        // Regression: with no space after "Monday.", the mark was taken for a closing one.
        let text = "Ana Ruiz spoke on Monday.\"We will stay,\" she said.";
        assert_eq!(claims(text), [direct("We will stay,", "said", "Ana Ruiz")]);
    }

    #[test]
    fn verbs_of_speech_that_tell_its_manner() {
        let text = "“Silly boys,” scoffed Arianna Gil, 22. “They think they're rebels.” “It was a \
                    betrayal,” Senator Pat Toomey fumed on Tuesday.";
        assert_eq!(
            claims(text),
            [
                direct("Silly boys,", "scoffed", "Arianna Gil"),
                direct("They think they're rebels.", "scoffed", "Arianna Gil"),
                direct("It was a betrayal,", "fumed", "Pat Toomey")
            ]
        );
    }

    #[test]
    fn verbs_of_manner_in_another_sense_report_only_words_they_introduce() {
        let text = "Ana Ruiz spoke on Monday. “Get out,” Ruiz snapped. Prices snapped back on \
                    Tuesday. The mayor proclaimed, “We will rebuild.” Ruiz stated a day earlier, \
                    “The roads are open.” The council stated its case.";
        assert_eq!(
            claims(text),
            [
                direct("Get out,", "snapped", "Ana Ruiz"),
                direct("We will rebuild.", "proclaimed", "The mayor"),
                direct("The roads are open.", "stated", "Ana Ruiz")
            ]
        );
    }

    #[test]
    fn a_gerund_with_no_source_before_a_whole_quote_is_the_subject_s() {
        let text = "Sarah Silverman drew boos upon saying, “Hillary heard the people.” Mr. Bush \
                    responded by first saying “some good things” about Mr. Trump.";
        let who: Vec<_> = claims(text).into_iter().map(|c| (c.0, c.3)).collect();
        assert_eq!(
            who,
            [
                (
                    "Hillary heard the people.",
                    Some("Sarah Silverman".to_string())
                ),
                (
                    "“some good things” about Mr. Trump",
                    Some("Bush".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_cue_with_back_before_a_colon_introduces_the_quote() {
        let text = "Huma Abedin wrote back: “We all have him on our radar.” Reporter Isaac Saul \
                    tweeted back at Trump pointing out how ironic the statement was.";
        assert_eq!(
            claims(text),
            [
                direct("We all have him on our radar.", "wrote back", "Huma Abedin"),
                reported("how ironic the statement was", "pointing out", "Isaac Saul")
            ]
        );
    }

    #[test]
    fn a_gerund_right_after_said_before_goes_on_with_its_source() {
        let text = "“Nothing you can do, folks,” Trump said before adding: “Though maybe there \
                    is.”";
        assert_eq!(
            claims(text),
            [
                direct("Nothing you can do, folks,", "said", "Trump"),
                direct("Though maybe there is.", "adding", "Trump")
            ]
        );
    }

    #[test]
    fn a_quote_after_a_noun_cue_and_its_modifier_is_the_subject_s() {
        let text = "Mayor Ana Ruiz delivered a snappy retort: “No one is tearing this up.”";
        assert_eq!(
            claims(text),
            [direct("No one is tearing this up.", "retort", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_quote_after_an_infinitive_cue_is_the_clause_subject_s() {
        let text = "Mayor Ana Ruiz toured the plant, but went on to say, “We can do better.” \
                    Later, Ruiz was prompted to say, “Nothing is settled.”";
        assert_eq!(
            claims(text),
            [
                direct("We can do better.", "say", "Ana Ruiz"),
                direct("Nothing is settled.", "say", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn the_addressee_of_a_coordinated_told_is_not_its_source() {
        let text = "Carson named none of his rivals, but told his supporters, “our nation is in \
                    trouble.”";
        assert_eq!(
            claims(text),
            [direct("our nation is in trouble.", "told", "Carson")]
        );
    }

    #[test]
    fn quote_running_over_paragraphs_takes_the_speaker_where_it_ends() {
        let text = "“The first part runs on.\n\n“And the second part ends here,” Ms Haley said.";
        let found = claims(text);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0],
            (
                "The first part runs on.",
                ClaimKind::Direct,
                None,
                Some("Haley".into())
            )
        );
        assert_eq!(
            found[1],
            direct("And the second part ends here,", "said", "Haley")
        );
    }

    #[test]
    fn a_single_quote_running_over_paragraphs_goes_on_with_its_speaker() {
        // Regression: the first paragraph, its mark never closed, was no claim, and the second
        // was no one's. (An apostrophe that opens a paragraph's last words is no quote: "the
        // '90s".)
        let text = "Kerry Walsh said: 'I spent £200 on it. They've got a tiny tick.\n\n'Now he's \
                    in tears.'\n\nShe grew up in the '90s\n\n'Rules are rules,' one parent said.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "I spent £200 on it. They've got a tiny tick.",
                    "said",
                    "Kerry Walsh"
                ),
                (
                    "Now he's in tears.",
                    ClaimKind::Direct,
                    None,
                    Some("Kerry Walsh".into())
                ),
                direct("Rules are rules,", "said", "one parent"),
            ]
        );
    }

    #[test]
    fn a_stray_mark_does_not_turn_the_article_inside_out() {
        let text = "He said \"no.\n\nMr Lavrov said the talks were over. \"Fine,\" he said.";
        let found = claims(text);
        assert!(
            found.contains(&reported("the talks were over", "said", "Lavrov")),
            "{found:?}"
        );
        assert!(found.iter().any(|c| c.0 == "Fine,"), "{found:?}");
    }

    #[test]
    fn a_cue_word_in_a_title_before_a_name_is_no_cue() {
        // Regression: "state" was the cue, and Texas its source.
        let text = "In Texas, where the outbreak began, state health commissioner Jennifer \
                    Shuford said the situation was stable.";
        assert_eq!(
            claims(text),
            [reported(
                "the situation was stable", "said", "Jennifer Shuford"
            )]
        );
    }

    #[test]
    fn a_gerund_before_a_quote_is_not_its_addressees() {
        // Regression: the reporters told were the speaker.
        let text = "Mayor Eric Adams defended his budget, telling reporters at City Hall: \
                    \"Public safety comes first.\"";
        assert_eq!(
            claims(text),
            [
                reported("his budget", "defended", "Eric Adams"),
                direct("Public safety comes first.", "telling", "Eric Adams"),
            ]
        );
        // Regression: with no claim before it, the gerund's quote had no speaker.
        let text = "Mr. Trump shrugged off the question, asserting, \"Of course, I pay federal \
                    taxes.\"";
        assert_eq!(
            claims(text),
            [direct(
                "Of course, I pay federal taxes.", "asserting", "Trump"
            )]
        );
    }

    #[test]
    fn a_stance_right_after_a_quote_has_it_in_its_own_clause() {
        // Regression: "overwhelmingly" was a direct claim, and "the change" its speaker.
        let text = "Superintendent Michelle Reid said teachers had \"overwhelmingly\" supported the \
                    change.";
        assert_eq!(
            claims(text),
            [reported(
                "teachers had \"overwhelmingly\" supported the change",
                "said",
                "Michelle Reid"
            )]
        );
    }

    #[test]
    fn a_quote_before_and_and_another_source_is_no_quote_of_theirs() {
        // Regression: "reckless," was a direct quote of Murphy's, with its sentence before it,
        // and Reid's claim ran on into Murphy's.
        let text = "Minority Leader Harry Reid called the proposal \"reckless,\" and Sen. Chris \
                    Murphy of Connecticut tweeted that Trump was \"picking a fight.\"";
        assert_eq!(
            claims(text),
            [
                reported("the proposal \"reckless,\"", "called", "Harry Reid"),
                reported(
                    "that Trump was \"picking a fight.\"", "tweeted", "Chris Murphy"
                ),
            ]
        );
    }

    #[test]
    fn a_quote_inside_a_claim_is_no_quote_of_the_gerund_after_it() {
        // Regression: the sentence up to "laughable" was a direct quote, cue "adding".
        let text = "In a statement, Chairwoman Donna Brazile called the explanation \
                    \"laughable,\" adding that voters \"deserve to know.\"";
        assert_eq!(
            claims(text),
            [
                reported("the explanation \"laughable,\"", "called", "Donna Brazile"),
                reported(
                    "that voters \"deserve to know.\"", "adding", "Donna Brazile"
                ),
            ]
        );
    }

    #[test]
    fn the_subject_is_the_person_after_an_organization_s_title() {
        // Regression: "Former CIA" was the writer.
        let text = "Former CIA Director Michael Morell went further in an op-ed, writing that \
                    Putin had recruited Trump.";
        assert_eq!(
            claims(text),
            [reported(
                "that Putin had recruited Trump", "writing", "Michael Morell"
            )]
        );
    }

    #[test]
    fn a_sentence_about_someone_else_ends_a_quote_s_run() {
        // Regression: Sanders's words went on from Pence's quote.
        let text = "\"We will win,\" Pence said on CNN. On CBS, Sen. Bernie Sanders identified \
                    the exhaustion of young voters as a reason. \"The younger people are sick \
                    and tired of racism.\" \"How many times?\" Clinton said. \"This is \
                    unbearable.\"";
        let found = claims(text);
        assert!(
            found
                .iter()
                .all(|c| !c.0.contains("younger") || c.3.is_none())
        );
        assert_eq!(found.last().map(|c| c.3.as_deref()), Some(Some("Clinton")));
    }

    #[test]
    fn scare_quotes_and_titles_are_not_claims() {
        assert_eq!(claims("He appeared on \"Face the Nation\" on Sunday."), []);
        assert_eq!(claims("The so-called \"reset\" failed."), []);
        assert_eq!(
            claims("On CBS's “Face the Nation,” Sanders said it was over."),
            [reported("it was over", "said", "Sanders")]
        );
    }

    #[test]
    fn a_short_question_in_title_case_is_no_title() {
        // Regression: "Will we win Ohio?" has two capitals in four words, so it was taken for a
        // show's title, and its question had no claim.
        let text = "The polls closed. “Will we win Ohio?” Ruiz asked.";
        assert_eq!(claims(text), [direct("Will we win Ohio?", "asked", "Ruiz")]);
        // (A quote left open at the text's end looks at no mark past it.)
        assert_eq!(claims("He wrote “Will we win Ohio").len(), 1);
    }

    #[test]
    fn a_short_quote_in_title_case_that_opens_its_sentence_and_is_signed() {
        assert_eq!(
            claims("“Ça va,” said Élise Martin."),
            [direct("Ça va,", "said", "Élise Martin")]
        );
    }

    #[test]
    fn a_quote_attributed_after_it_carries_its_lead_in() {
        let text = "However laudable the goal, using the tax ''is a misguided approach,'' said Mr. Burman.";
        let found = claims(text);
        assert_eq!(
            found[0].0,
            "However laudable the goal, using the tax ''is a misguided approach,"
        );
        assert_eq!(found[0].3, Some("Burman".into()));
    }

    #[test]
    fn a_quote_inside_a_reported_sentence_carries_the_words_after_it() {
        let text = "A driver who “runs one red light” loses his licence, Grant Shapps said. “It is mad,” \
                    he added, “and dangerous”, calling for a review.";
        let found = claims(text);
        assert_eq!(
            found[0],
            direct(
                "A driver who “runs one red light” loses his licence",
                "said",
                "Grant Shapps"
            )
        );
        // The second half of a split quote goes with the first, though a gerund follows it.
        assert_eq!(found[1], direct("It is mad,", "added", "Grant Shapps"));
        assert_eq!(found[2], direct("and dangerous", "added", "Grant Shapps"));
        assert_eq!(
            found[3],
            reported("a review", "calling for", "Grant Shapps")
        );
    }

    #[test]
    fn a_quote_attributed_to_a_name_with_a_description_before_it() {
        let text = "\"The company misled investors,\" their lawyer, Shawn Williams, wrote in a \
                    filing. \"It was wrong,\" the bank's lawyer, Jane Doe, said.";
        assert_eq!(
            claims(text),
            [
                direct("The company misled investors,", "wrote", "Shawn Williams"),
                direct("It was wrong,", "said", "Jane Doe"),
            ]
        );
    }

    #[test]
    fn the_second_half_after_a_long_attribution() {
        let text = "\"I think Lester Holt will be very fair,\" Trump said during a rally in Kenansville, \"but a lot of people are watching.\"";
        assert_eq!(
            claims(text),
            [
                direct("I think Lester Holt will be very fair,", "said", "Trump"),
                direct("but a lot of people are watching.", "said", "Trump")
            ]
        );
    }

    #[test]
    fn a_name_with_its_titles_or_place_after_a_description_is_the_source() {
        let text = "One mother, Kelly Brosnan of Virginia, said her son's EpiPens cost her $600 \
                    last year. Trump's running mate, Indiana Governor Mike Pence, told reporters \
                    in Ohio that the matter was closed. Her husband, former President Bill \
                    Clinton, said the vote would come soon.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "her son's EpiPens cost her $600 last year",
                    "said",
                    "Kelly Brosnan"
                ),
                reported("that the matter was closed", "told", "Mike Pence"),
                reported("the vote would come soon", "said", "Bill Clinton"),
            ]
        );
    }

    #[test]
    fn a_quoted_fragment_inside_an_earlier_claim_has_no_source_of_its_own() {
        let text = "A spokesman for the European Commission said it would not comment on \
                    \"hypothetical scenarios\". Nicola Sturgeon warned that a referendum was \
                    \"highly likely\" if Scotland's interests were ignored.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "it would not comment on \"hypothetical scenarios\"",
                    "said",
                    "A spokesman for the European Commission"
                ),
                reported(
                    "that a referendum was \"highly likely\" if Scotland's interests were ignored",
                    "warned",
                    "Nicola Sturgeon"
                ),
            ]
        );
        // A sentence quoted after the cue is still a quote of its own.
        let text = "Roberts said she thinks the video should be released but said \"the \
                    question is the timing.\"";
        assert_eq!(claims(text)[1].1, ClaimKind::Direct);
    }

    #[test]
    fn a_quote_before_a_relative_clause_is_not_its_speakers_quote() {
        // Regression: the whole sentence was a direct claim, its cue the "said" of the
        // relative clause.
        let text = "Obama warned against the rise of nationalism and \"a crude populism\" that \
                    he said threatened the global order.";
        let found = claims(text);
        assert!(
            found.iter().all(|c| c.1 == ClaimKind::Indirect),
            "{found:?}"
        );
    }

    #[test]
    fn went_on_after_a_quote_is_its_cue_but_went_on_to_is_none() {
        let text = "\"But we have got to be honest,\" Sanders went on. \"Clinton must win.\" He \
                    went on to win the state. The talks went on.";
        assert_eq!(
            claims(text),
            [
                direct("But we have got to be honest,", "went on", "Sanders"),
                direct("Clinton must win.", "went on", "Sanders")
            ]
        );
    }

    #[test]
    fn a_quoted_fragment_is_not_attributed_past_the_words_after_it() {
        // Regression: "did not recall" was Clinton's direct quote, cued by "believed".
        let text = "The notes said she \"did not recall\" receiving emails she believed \
                    should not have been sent.";
        let found = claims(text);
        assert!(
            found.iter().all(|c| c.1 == ClaimKind::Indirect),
            "{found:?}"
        );
        // A comma outside the closing mark closes it as well as one inside.
        let text = "\"There has been no breakthrough at all\", Al Jazeera's James Bays, \
                    reporting from the White House, said.";
        assert_eq!(
            claims(text),
            [direct(
                "There has been no breakthrough at all", "said", "James Bays"
            )]
        );
    }

    #[test]
    fn a_quoted_title_and_its_noun_are_no_quote_and_cue() {
        // Regression: "Today" was a direct quote of "show", and "NBC's “Today” show" the
        // content of "tells"; "a legal challenge" was a source and its cue.
        let text = "Biden tells NBC's \"Today\" show that it is \"absolutely bizarre\" for a \
                    candidate to question the vote. Trump would file a legal challenge if the \
                    result is \"questionable.\"";
        assert_eq!(
            claims(text),
            [reported(
                "that it is \"absolutely bizarre\" for a candidate to question the vote",
                "tells",
                "Biden"
            )]
        );
    }

    #[test]
    fn an_owners_person_after_an_inverted_cue_and_a_coordinated_cue_before_a_quote() {
        let text = "Debates are not likely to alter the campaign, noted NBC’s Dante Chinni. \
                    Mr. Obama smiled and said, \"I can't do that.\" Prices rose, according to \
                    CME Group's FedWatch tool.";
        assert_eq!(
            claims(text),
            [
                reported(
                    "Debates are not likely to alter the campaign",
                    "noted",
                    "Dante Chinni"
                ),
                direct("I can't do that.", "said", "Obama"),
                reported("Prices rose", "according to", "CME Group"),
            ]
        );
    }

    #[test]
    fn a_quote_that_one_of_those_named_said_is_a_claim_with_no_name() {
        let text = "\"It would take something extraordinary at this point,\" one said.";
        assert_eq!(
            claims(text),
            [(
                "It would take something extraordinary at this point,",
                ClaimKind::Direct,
                Some("said"),
                None
            )]
        );
    }

    #[test]
    fn a_gerund_s_quote_is_not_the_relative_clause_s_speaker_s() {
        let text = "Trump was defensive about not paying an architect who said he was stiffed, \
                    saying, “Maybe he didn’t do a good job.”";
        assert_eq!(
            claims(text),
            [
                reported("he was stiffed", "said", "an architect"),
                direct("Maybe he didn’t do a good job.", "saying", "Trump"),
            ]
        );
    }

    #[test]
    fn a_quote_split_by_its_attribution_and_but_is_one_claim_in_two_parts() {
        let text = "\"You know, I love Larry,\" Mr. Obama said, but \"when it comes to energy, Larry \
                    has a history.\"";
        assert_eq!(
            claims(text),
            [
                direct("You know, I love Larry,", "said", "Obama"),
                direct(
                    "when it comes to energy, Larry has a history.",
                    "said",
                    "Obama"
                )
            ]
        );
    }

    #[test]
    fn a_question_quote_then_a_sentence_of_name_cue_and_occasion() {
        let text = "“If we don't stand for something now, when will we?” Cruz asked during a \
                    speech on the Senate floor.\n\n“Is it over?” Reid said on Monday that it was.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "If we don't stand for something now, when will we?",
                    "asked",
                    "Cruz"
                ),
                reported("that it was", "said", "Reid"),
            ]
        );
    }

    #[test]
    fn a_document_that_reads_a_quote_is_its_source() {
        let text = "The statement from the Office of Management and Budget read: \"Agencies \
                    should prepare for an orderly shutdown.\" She read the report twice.";
        assert_eq!(
            claims(text),
            [direct(
                "Agencies should prepare for an orderly shutdown.",
                "read",
                "The statement from the Office of Management and Budget"
            )]
        );
    }

    #[test]
    fn a_curly_quote_inside_a_straight_one_stays_inside() {
        let text = "Caddell continued:\n\n\"I am going to read you the question: “Do you think so?” \
                    Forty-three, yes; forty-four, no.\"";
        assert_eq!(
            claims(text),
            [direct(
                "I am going to read you the question: “Do you think so?” Forty-three, yes; \
                 forty-four, no.",
                "continued",
                "Caddell"
            )]
        );
    }

    #[test]
    fn a_short_sentence_of_short_words_is_no_title() {
        let text = "“He was never going to grovel,” one adviser said. “That is not who we are.” \
                    She watched “Face the Nation” on Sunday.";
        assert_eq!(
            claims(text),
            [
                direct("He was never going to grovel,", "said", "one adviser"),
                direct("That is not who we are.", "said", "one adviser")
            ]
        );
    }

    #[test]
    fn a_beauty_title_is_no_one_speaking() {
        let text = "Hillary Clinton told the crowd that Trump's posts about a former Miss Universe \
                    showed he lacks the temperament for the job.";
        assert_eq!(
            claims(text),
            [reported(
                "that Trump's posts about a former Miss Universe showed he lacks the temperament \
                 for the job",
                "told",
                "Hillary Clinton"
            )]
        );
    }

    #[test]
    fn a_source_whose_name_runs_over_the_start_of_its_sentence() {
        // Regression (found by the fuzzer): the word before a name that opens before its
        // sentence was looked up before the text's first token.
        let text = "F...Washington Free Beacon,add  aed adF]U,add aed.U,U.U.., add aed.";
        assert!(annotate(text).validate(text).is_ok());
    }

    #[test]
    fn a_name_before_a_quoted_predicate_is_part_of_the_claim() {
        let text = "Mills “got an immunity agreement,” Jordan said.";
        assert_eq!(
            claims(text),
            [direct(
                "Mills “got an immunity agreement,", "said", "Jordan"
            )]
        );
    }

    #[test]
    fn a_noun_cue_in_the_object_of_an_earlier_cue_speaks_no_quote() {
        // Regression: the quote went to "the conservative", as the source of "demand".
        let text = "Press secretary Josh Earnest said the president would veto the bill, calling \
                    the conservative demand \"a political stunt.\"";
        assert_eq!(
            claims(text),
            [
                reported("the president would veto the bill", "said", "Josh Earnest"),
                reported(
                    "the conservative demand \"a political stunt.\"",
                    "calling",
                    "Josh Earnest"
                ),
            ]
        );
    }

    #[test]
    fn a_titled_owner_opens_the_subject_of_a_gerund() {
        // Regression: with "Mr." before it, "Trump's campaign" was no subject, the claim no one's.
        let text = "Mr. Trump's campaign has made its own pitch to young people, arguing that her \
                    policies would saddle them with debt.";
        assert_eq!(
            claims(text),
            [reported(
                "that her policies would saddle them with debt",
                "arguing",
                "Trump's campaign"
            )]
        );
    }

    #[test]
    fn a_quote_that_ends_inside_a_single_quote_ends_on_its_punctuation() {
        // Regression: a fragment, so the name in parentheses after the cue took it away.
        let text = "“She said that ‘I want the House, so I will help,’” Rep. Ana Ruiz (D-Calif.) \
                    said.";
        assert_eq!(
            claims(text),
            [direct(
                "She said that ‘I want the House, so I will help,’",
                "said",
                "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn a_short_sentence_after_a_question_may_end_on_a_participle_of_manner() {
        // Regression: ", waving the report" made the sentence after the quote no attribution.
        let text = "“Where is the money?” Ms. Ortiz asked, waving the report.";
        assert_eq!(
            claims(text),
            [direct("Where is the money?", "asked", "Ortiz")]
        );
    }

    #[test]
    fn a_comma_before_a_quote_reaches_past_the_one_told_and_the_occasion() {
        // Regression: the quote had no cue, eight words from "told".
        let text = "Ruiz told The Fresno Bee in a written statement, “I really don’t want his \
                    endorsement.”";
        assert_eq!(
            claims(text),
            [direct(
                "I really don’t want his endorsement.", "told", "Ruiz"
            )]
        );
    }

    #[test]
    fn a_longer_description_before_the_name_after_a_quote() {
        // Regression: six words of description were too many, and neither quote had a cue.
        let text = "''We looked at thousands of interviews,'' the bank's chief human resources \
                    executive, Ana Ruiz, told The Fresno Bee in 2013. ''We found no link.''";
        assert_eq!(
            claims(text),
            [
                direct("We looked at thousands of interviews,", "told", "Ana Ruiz"),
                direct("We found no link.", "told", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn a_document_that_its_maker_released_speaks_for_the_maker() {
        // Regression: "a statement" spoke.
        let text = "President Ana Ruiz released a statement Thursday night condemning “what \
                    appears to be a terrorist attack.”";
        assert_eq!(
            claims(text),
            [direct(
                "what appears to be a terrorist attack.", "condemning", "Ana Ruiz"
            )]
        );
    }

    #[test]
    fn what_a_quote_is_said_of_is_no_source() {
        // Regression: "Mr. Rubio" said "Nelson Diaz, a former aide to Mr. Rubio", and the
        // quote was the content of "said of".
        let text = "Nelson Ruiz, a former aide to Mr. Lopez, said of Mr. Lopez: ''He is American \
                    100 percent.''";
        assert_eq!(
            claims(text),
            [direct(
                "He is American 100 percent.", "said of", "Nelson Ruiz"
            )]
        );
    }

    #[test]
    fn a_colon_before_a_quote_reaches_past_an_occasion_to_its_cue() {
        // Regression: the cue was the colon, eight words from "said".
        let text = "Ms. Ortiz said in a recent issue of the Fresno Review magazine: “To change \
                    a thing, you have to risk it.”";
        assert_eq!(
            claims(text),
            [direct(
                "To change a thing, you have to risk it.",
                "said",
                "Ortiz"
            )]
        );
    }

    #[test]
    fn a_colon_before_a_quote_reaches_past_an_aside_to_its_cue() {
        // Regression: the quote was the content of "told", from "a press conference" on.
        let text = "However, Foreign Affairs Minister Abul Hassan Mahmood Ali told a press \
                    conference on Thursday, after the prime minister returned: “David Cameron has \
                    said the election is now past.” Clinton said she has the quality for the job \
                    of president: “Steadiness.”";
        assert_eq!(
            claims(text),
            [
                direct(
                    "David Cameron has said the election is now past.",
                    "told",
                    "Abul Hassan Mahmood Ali"
                ),
                reported(
                    "she has the quality for the job of president: “Steadiness.”",
                    "said",
                    "Clinton"
                ),
                direct("Steadiness.", ":", "Clinton"),
            ]
        );
    }

    #[test]
    fn a_country_word_and_titles_after_the_cue_lead_to_the_name() {
        // Regression: none of these claims had a speaker ("The pact is dead" had the name for
        // content).
        let text = "“We saw progress,” said Russian President Vladimir Putin. The pact is dead, \
                    said U.S. Secretary of State John Kerry. “It is over,” said Germany's \
                    Chancellor Angela Merkel.";
        assert_eq!(
            claims(text),
            [
                direct("We saw progress,", "said", "Vladimir Putin"),
                reported("The pact is dead", "said", "John Kerry"),
                direct("It is over,", "said", "Angela Merkel"),
            ]
        );
    }

    #[test]
    fn an_infinitive_cue_after_a_passive_is_the_passive_subject_s() {
        // Regression: the speaker was "The debate", the sentence's first subject.
        let text = "The debate was so subdued that Mr. Trump was prompted to say, \"I cannot \
                    believe how civil it has been.\"";
        assert_eq!(
            claims(text),
            [direct(
                "I cannot believe how civil it has been.",
                "say",
                "Trump"
            )]
        );
    }

    #[test]
    fn cited_as_saying_is_one_cue_like_quoted_as_saying() {
        // Regression: "Earlier" was a name, and the speaker of "saying".
        let text = "Earlier Turkish broadcaster NTV cited President Tayyip Erdoğan as saying \
                    progress had been made in talks.";
        assert_eq!(
            claims(text),
            [reported(
                "progress had been made in talks",
                "cited President Tayyip Erdoğan as saying",
                "NTV"
            )]
        );
    }

    #[test]
    fn the_one_charged_with_a_quoted_word_is_not_its_speaker() {
        // Regression: the ministers and Ruiz said "dithering" and "lying".
        let text = "Ministers accused of ‘dithering’ over flood defences\n\nRuiz is accused of \
                    “lying” to voters.";
        let found = claims(text);
        assert_eq!(found.len(), 2);
        assert!(
            found
                .iter()
                .all(|c| c.1 == ClaimKind::Direct && c.3.is_none()),
            "{found:?}"
        );
    }

    #[test]
    fn a_quoted_fragment_before_a_relative_clause_is_no_one_s_quote() {
        // Regression: "the last thing" was a quote of Kuleba's, cued by "wanted".
        let text = "Kuleba said “the last thing” he wanted was to kill hope for Ukrainians.";
        assert_eq!(
            claims(text),
            [reported(
                "“the last thing” he wanted was to kill hope for Ukrainians",
                "said",
                "Kuleba"
            )]
        );
    }

    #[test]
    fn a_quote_that_runs_into_a_word_is_said_by_the_titled_name_after_it() {
        // Regression: Ross's quote had no claim, and "Authorities" was a name apart from
        // "authorities".
        let text = "\"This could have been more dangerous if not for SWAT\" officers, \
                    Philadelphia Police Commissioner Richard Ross said. Authorities say the \
                    suspect fled. He shot six officers, authorities said.";
        assert_eq!(
            claims(text),
            [
                direct(
                    "This could have been more dangerous if not for SWAT",
                    "said",
                    "Richard Ross"
                ),
                reported("the suspect fled", "say", "Authorities"),
                reported("He shot six officers", "said", "Authorities"),
            ]
        );
    }

    #[test]
    fn an_ampersand_joins_the_titles_of_a_source_after_a_quote() {
        // Regression: the quote went on from the claim before it, as no one's.
        let text = "“This recall is based on our commitment to quality,” president & CEO Joseph \
                    Darling said in prepared remarks.";
        assert_eq!(
            claims(text),
            [direct(
                "This recall is based on our commitment to quality,",
                "said",
                "Joseph Darling"
            )]
        );
    }

    #[test]
    fn a_gerund_before_a_quote_goes_with_its_clause_not_with_a_name_before_an_earlier_comma() {
        // Regression: the quote was said by "the BBC".
        let text = "During an interview with the BBC, Mr Corbyn rejected the claims, stressing: \
                    \"I don't recognise the figure.\"";
        assert_eq!(
            claims(text),
            [direct(
                "I don't recognise the figure.", "stressing", "Corbyn"
            )]
        );
    }

    #[test]
    fn a_quote_inside_a_later_paragraph_goes_on_from_no_one() {
        // Regression: a quote in the next story of a news roundup went on as Mao Ning's.
        let text = "\"China rejects hyping up of this incident,\" spokesperson Mao Ning said.\n\n\
                    March 30 (Reuters) - Evan Gershkovich is an American who has reported on \
                    Russia for six years. \"He is a brave, committed, professional journalist.\"";
        // It is a quote of no one's the text names.
        assert_eq!(
            claims(text),
            [
                direct(
                    "China rejects hyping up of this incident,",
                    "said",
                    "Mao Ning"
                ),
                (
                    "He is a brave, committed, professional journalist.",
                    ClaimKind::Direct,
                    None,
                    None
                )
            ]
        );
    }

    #[test]
    fn a_description_with_an_owner_s_name_before_the_source_s_name_is_its_apposition() {
        // Regression: with an occasion after the cue, the quote had no speaker.
        let text = "“Positions will soften,” Rep. Ana Ruiz’s chief of staff, Bo Diaz, told \
                    reporters before the vote.";
        assert_eq!(
            claims(text),
            [direct("Positions will soften,", "told", "Bo Diaz")]
        );
    }

    #[test]
    fn a_question_s_attribution_runs_past_a_long_apposition_to_its_occasion() {
        // Regression: the question had no speaker, and "pleasantly into the phone" was what
        // Diaz said.
        let text = "\"I am calling from the campaign. How are you today?\" Diaz, a retired \
                    worker from a paper mill, said pleasantly into the phone.";
        assert_eq!(
            claims(text),
            [direct(
                "I am calling from the campaign. How are you today?",
                "said",
                "Diaz"
            )]
        );
    }

    #[test]
    fn a_quoted_subject_after_the_cue_is_part_of_the_reported_clause() {
        // Regression: "dental deserts" was the quote, and what had spread no claim.
        let text = "The committee said \"dental deserts\" had spread across the country.";
        assert_eq!(
            claims(text),
            [reported(
                "\"dental deserts\" had spread across the country",
                "said",
                "The committee"
            )]
        );
    }

    #[test]
    fn a_quoted_fragment_in_a_reported_claim_ends_the_quote_of_the_paragraph_before() {
        // Regression: the last quote went on from Ruiz's, two paragraphs up.
        let text = "“The plan is sound,” Mayor Ana Ruiz told reporters.\n\nCouncillor Bo Diaz, \
                    once an ally of the mayor, now says the plan is “a costly mistake.”\n\n“I cannot vote for it.”";
        assert_eq!(
            claims(text),
            [
                direct("The plan is sound,", "told", "Ana Ruiz"),
                reported("the plan is “a costly mistake.”", "says", "Bo Diaz"),
                (
                    "I cannot vote for it.",
                    ClaimKind::Direct,
                    None,
                    Some("Bo Diaz".into())
                ),
            ]
        );
    }

    #[test]
    fn a_quote_of_its_own_goes_on_with_the_claim_before_it_or_has_no_speaker() {
        // After a reported claim in the sentence before, and after a paragraph with a claim.
        let text = "Then, in 2017, Senator Kerry said that 100,000 would be accepted. \"That adds \
                    up to 185,000 over two years.\"\n\n\"Nobody should be surprised by the \
                    numbers.\"\n\nThe weather turned cold.\n\n\"Nobody knows what comes \
                    next.\"";
        assert_eq!(
            claims(text),
            [
                (
                    "that 100,000 would be accepted",
                    ClaimKind::Indirect,
                    Some("said"),
                    Some("Kerry".into())
                ),
                (
                    "That adds up to 185,000 over two years.",
                    ClaimKind::Direct,
                    None,
                    Some("Kerry".into())
                ),
                (
                    "Nobody should be surprised by the numbers.",
                    ClaimKind::Direct,
                    None,
                    Some("Kerry".into())
                ),
                // With no one to give it to: no guess.
                (
                    "Nobody knows what comes next.",
                    ClaimKind::Direct,
                    None,
                    None
                ),
            ]
        );
    }

    #[test]
    fn a_quote_of_its_own_goes_on_past_a_sentence_of_the_writers_in_its_paragraph() {
        // Regression: the writer's sentence between the two quotes left the second one with no
        // speaker.
        let text = "“Those are very small towns,” Ana Ruiz said. They also lie in a television \
                    dead zone — far away from either Sioux Falls or Mason City. “That is a tough \
                    area.”\n\nThe vote is Monday. The polls open at eight. “Nobody knows what \
                    comes next.”";
        let speakers: Vec<_> = claims(text).into_iter().map(|c| c.3).collect();
        assert_eq!(
            speakers,
            [Some("Ana Ruiz".into()), Some("Ana Ruiz".into()), None]
        );
    }

    #[test]
    fn a_colon_that_ends_a_paragraph_reaches_back_through_its_sentence_for_the_cue() {
        let text = "When the old reporter died in 1998, President Clinton released the following \
                    statement:\n\n“Hillary and I offer our condolences to his family.”\n\nAs \
                    the columnist Joel Pollak reported after the police had left the scene on \
                    Friday:\n\n\"The government has done almost nothing.\"";
        assert_eq!(
            claims(text),
            [
                (
                    "Hillary and I offer our condolences to his family.",
                    ClaimKind::Direct,
                    Some(":"),
                    Some("Clinton".into())
                ),
                direct(
                    "The government has done almost nothing.",
                    "reported",
                    "Joel Pollak"
                ),
            ]
        );
    }
}

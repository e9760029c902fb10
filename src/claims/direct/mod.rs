//! Stage 3, direct claims: each quote with its attribution, the second half of a split quote,
//! quotes that run on, quotes after a colon, and paragraphs labelled with their speaker.

mod attribution;
mod before_open;
mod labels;

use std::ops::ControlFlow;

use crate::annotations::{ClaimKind, Span, SpeakerKind};
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::quotes::Quote;
use crate::claims::{Found, Source};
use crate::rules::Rule;

/// A quote's cue (an index into the cues), its source, and the rule that found the source.
type Attribution = (usize, Source, Rule);

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
        let mut previous = None;
        for (qi, q) in self.quotes.iter().enumerate() {
            if self.unsigned_title(q, attributions[qi], cues) {
                continue;
            }
            let borrowed = attributions[qi]
                .is_none()
                .then(|| self.borrowed_source(qi, &attributions))
                .flatten();
            if let Some((source, source_rule, rule)) = borrowed {
                direct.claims.push(Found {
                    span: q.content,
                    kind: ClaimKind::Direct,
                    cue: None,
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
    /// paragraphs takes the source of its first continuation that has one.
    fn borrowed_source(
        &self,
        qi: usize,
        attributions: &[Option<Attribution>],
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
        let ahead = || {
            let mut j = qi;
            while j + 1 < quotes.len() && quotes[j].close.is_none() && quotes[j + 1].continues {
                j += 1;
                if let Some((_, source, rule)) = attributions[j] {
                    return Some((source, rule, Rule::QuoteRunsOver));
                }
            }
            None
        };
        next_door().or_else(|| q.close.is_none().then(ahead).flatten())
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
                claims[p.claim].span.end = q.content.end;
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
                claims[p.claim].span.end = q.content.end;
                goes_on(p)
            }
            (None, Some(p)) if self.continues(&self.quotes[p.quote], q) => {
                if same_paragraph(p.quote) {
                    claims[p.claim].span.end = q.content.end;
                    return goes_on(p);
                }
                let before = claims[p.claim];
                claims.push(Found {
                    span: q.content,
                    kind: ClaimKind::Direct,
                    cue: None,
                    rule: Rule::QuoteGoesOn,
                    ..before
                });
                Some(Previous {
                    claim: claims.len() - 1,
                    quote: qi,
                    cue: None,
                })
            }
            (Some((ci, source, source_rule)), _) => {
                direct.quoted_by[ci] = Some(source);
                claims.push(Found {
                    span: self.with_lead_in(q, &cues[ci], source),
                    kind: ClaimKind::Direct,
                    cue: Some(self.cue_span(&cues[ci])),
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
            (None, _) => match self.after_colon(q) {
                Some(found) => {
                    claims.push(found);
                    Some(Previous {
                        claim: claims.len() - 1,
                        quote: qi,
                        cue: None,
                    })
                }
                None => previous,
            },
        }
    }

    /// Whether a quote is a title ("Face the Nation", "Fox News Sunday"): a few words, each
    /// capitalized, with no sentence punctuation.
    fn is_title(&self, q: &Quote) -> bool {
        let doc = self.doc;
        let end = doc.tokens.partition_point(|t| t.span.start < q.content.end);
        let inside = q.open + 1..end.max(q.open + 1);
        let words = inside.clone().filter(|&k| self.is_word(k));
        if !(2..=6).contains(&words.clone().take(7).count()) {
            return false;
        }
        // (Short words may stay lowercase, but most are capitalized: "That is not who we are"
        // is no title.)
        let capital = |k: &usize| {
            self.word(*k)
                .starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        };
        let capitals = words.clone().filter(capital).count();
        let title_case = words
            .clone()
            .all(|k| capital(&k) || self.word(k).len() <= 3)
            && capitals >= 2
            && capitals * 2 >= words.clone().count();
        // A comma or period before the closing mark is the sentence's, not the title's.
        let last_word = words.clone().next_back().unwrap_or(inside.start);
        let punctuated =
            (inside.start..last_word).any(|k| matches!(self.word(k), "." | "," | "!" | "?"));
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

    /// Whether quote `q` goes on from the attributed quote `prev` with no cue of its own: the
    /// next paragraph of a quote that runs over paragraphs, or a quote that opens the next
    /// sentence after an attributed one ("…," he said. "…").
    fn continues(&self, prev: &Quote, q: &Quote) -> bool {
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
            let k = self.mentions.partition_point(|m| m.first < sentence.start);
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
        while lead > prev_end + 1 && matches!(self.word(lead - 1), "and" | "but" | "still") {
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
            [".", "?", "!"].iter().any(|p| doc.is_punct(c - 1, p))
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
                && (words >= 4 || q.close.is_none() || sentence_of_its_own && words >= 1)
    }
}

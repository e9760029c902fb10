//! Stage 3, direct claims: each quote with its attribution, the second half of a split quote,
//! quotes that run on, quotes after a colon, and paragraphs labelled with their speaker.

mod attribution;

use crate::annotations::{ClaimKind, Span, SpeakerKind};
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::claims::quotes::Quote;
use crate::claims::{Found, Source};
use crate::data::cues::SOURCE_NOUNS;
use crate::data::words::SECTION_LABELS;
use crate::text::Kind;

impl Finder<'_, '_> {
    /// A quote after a colon with no cue before it, the words of the clause's subject:
    /// "Council member Tim McOsker was less forgiving: “Residents waited three days.”" The
    /// colon is its cue.
    pub(in crate::claims) fn after_colon(&self, q: &Quote) -> Option<Found> {
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
        if colon <= clause || colon > clause + 12 {
            return None;
        }
        // "A senior House Democratic aide was more cautious: “…”": a source noun speaks too.
        let source = self.subject_at(clause, colon, 1);
        let speaks = match source {
            Source::Named(_) | Source::Pronoun(_, Some(_)) => true,
            Source::Nominal(_, head) => SOURCE_NOUNS.contains(self.word(head)),
            _ => false,
        };
        if !speaks {
            return None;
        }
        Some(Found {
            span: q.content,
            kind: ClaimKind::Direct,
            cue: Some(doc.tokens[colon].span),
            source,
        })
    }

    /// Paragraphs labelled with their speaker: transcripts ("PENCE: Well, look, …") and
    /// headlines ("Pat Caddell: Democrat Voters Worried …"). The rest of the paragraph is the
    /// claim, the colon its cue; none where a quote claimed it already.
    pub(in crate::claims) fn labelled_paragraphs(&self, quoted: &[Found]) -> Vec<Found> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let mut found = Vec::new();
        for (m_idx, m) in self.mentions.iter().enumerate() {
            let mut start = m.first;
            while start > 0
                && doc.tokens[start - 1].kind == Kind::Punct
                && self.is_quote_mark(start - 1)
            {
                start -= 1;
            }
            let opens_paragraph = start == 0 || doc.tokens[start - 1].kind == Kind::Break;
            let colon = m.last + 1;
            // "Analysis: Why …", "Letters: Readers weigh in …": a section's label is no one.
            let label = m.first == m.last && SECTION_LABELS.contains(doc.word(m.first));
            if !opens_paragraph || colon + 1 >= n || !doc.is_punct(colon, ":") || label {
                continue;
            }
            let end = (colon + 1..n)
                .find(|&k| doc.tokens[k].kind == Kind::Break)
                .unwrap_or(n);
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
            let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
            let transcript = m.span.text(doc.text).chars().all(|c| !c.is_lowercase());
            // ("KYIV: Ukrainian Foreign Minister Dmytro Kuleba said …": a dateline in capitals,
            // before a sentence with a named source of its own; but "CLINTON: He said …".)
            let dateline =
                transcript && self.pronoun(first).is_none() && self.subject_and_cue(first);
            if quoted.iter().any(|c| c.span.overlaps(span)) || dateline {
                continue;
            }
            let kind = if transcript {
                ClaimKind::Direct
            } else {
                ClaimKind::Indirect
            };
            found.push(Found {
                span,
                kind,
                cue: Some(doc.tokens[colon].span),
                source: Source::Named(m_idx),
            });
        }
        found
    }

    /// Whether a quote is a title ("Face the Nation", "Fox News Sunday"): a few words, each
    /// capitalized, with no sentence punctuation.
    pub(in crate::claims) fn is_title(&self, q: &Quote) -> bool {
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
    pub(in crate::claims) fn with_lead_in(&self, q: &Quote, cue: &Cue, source: Source) -> Span {
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
    pub(in crate::claims) fn continues(&self, prev: &Quote, q: &Quote) -> bool {
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

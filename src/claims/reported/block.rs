//! Claims whose content stands on a line of its own: an embedded post above the line that
//! signs it, and a block quote below "… added:".

use std::ops::Range;

use crate::annotations::{ClaimKind, Span};
use crate::claims::Found;
use crate::claims::cues::Cue;
use crate::claims::finder::Finder;
use crate::data::cues::CueClass;
use crate::rules::Rule;
use crate::text::Kind;

impl Finder<'_, '_> {
    /// An embedded post is the line above the one that signs it: "― Jamil Smith (@JamilSmith)
    /// August 20, 2016" under the post's text.
    pub(super) fn embedded_post(&self, cue: &Cue, sentence: &Range<usize>) -> Option<Found> {
        let doc = self.doc;
        let (source, _) = self.source_after(cue, sentence.end)?;
        let above = cue.first - 1;
        let line = (0..above)
            .rev()
            .find(|&k| doc.tokens[k].kind == Kind::Break)
            .map_or(0, |k| k + 1);
        let first = (line..above).find(|&k| self.is_word(k))?;
        let last = (first..above).rev().find(|&k| !self.is_quote_mark(k))?;
        Some(Found {
            span: Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end),
            kind: ClaimKind::Direct,
            cue: Some(self.cue_span(cue)),
            source,
            rule: Rule::EmbeddedPost,
            source_rule: Rule::SourceAfter,
        })
    }

    /// Whether `cue` ends its paragraph with a colon over one that opens with no quote mark:
    /// "Limbaugh added:".
    pub(super) fn introduces_block(&self, cue: &Cue) -> bool {
        let doc = self.doc;
        let below = cue.last + 3;
        below < doc.tokens.len()
            && cue.class == CueClass::Speech
            && !cue.noun_like
            && doc.is_punct(cue.last + 1, ":")
            && doc.tokens[cue.last + 2].kind == Kind::Break
            && !self.is_quote_mark(below)
    }

    /// The paragraph below a cue that [introduces a block](Finder::introduces_block) is the
    /// source's block quote.
    pub(super) fn block_quote(&self, cue: &Cue, sentence: &Range<usize>) -> Option<Found> {
        let doc = self.doc;
        let below = cue.last + 3;
        let (source, _) = self.source_before(cue, sentence.start)?;
        let end = (below..doc.tokens.len())
            .find(|&k| doc.tokens[k].kind == Kind::Break)
            .unwrap_or(doc.tokens.len());
        let first = (below..end).find(|&k| self.is_word(k))?;
        Some(Found {
            span: Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end),
            kind: ClaimKind::Direct,
            cue: Some(self.cue_span(cue)),
            source,
            rule: Rule::BlockQuote,
            source_rule: Rule::SourceBefore,
        })
    }
}

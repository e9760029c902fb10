//! What the stages find: a claim with its cue and its source, in byte offsets and tokens.

use crate::annotations::{ClaimKind, Span};
use crate::data::words::Gender;
use crate::rules::Rule;
use crate::speakers::MentionId;

/// Who a claim comes from, before entities are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A named mention.
    Named(MentionId),
    /// A pronoun at this token, with the gender it tells.
    Pronoun(usize, Option<Gender>),
    /// A noun phrase that is a source but not a name ("officials", "the campaign"), as the
    /// token indexes of its first and last word.
    Nominal(usize, usize),
    /// A country's name, as token indexes of its first and last word: its government speaks.
    State(usize, usize),
    /// A source the text does not give.
    Unnamed,
}

/// A claim found in the text, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The content: from its first word to its last, the attribution that interrupts it
    /// included.
    pub span: Span,
    /// The attributions inside `span` that interrupt the content ("“…,” he said, “…”", "The
    /// plan, he said, would fail"): the claim is marked as one part on either side of each.
    pub gaps: Vec<Span>,
    /// Quoted or reported.
    pub kind: ClaimKind,
    /// The cue, if it has its own.
    pub cue: Option<Span>,
    /// Whether the cue is a belief, an intention, a stance or a finding rather than speech: one
    /// inside another claim is part of what that claim reports.
    pub stance: bool,
    /// Its source.
    pub source: Source,
    /// The rule that made the claim.
    pub rule: Rule,
    /// The rule that found its source.
    pub source_rule: Rule,
}

impl Found {
    /// Goes on with `part`, a later part of the content: what stands between is a gap.
    pub(super) fn interrupt(&mut self, part: Span) {
        self.gaps.push(Span::new(self.span.end, part.start));
        self.span.end = part.end;
    }

    /// The parts of the content, the gaps left out.
    pub fn parts(&self) -> impl Iterator<Item = Span> + '_ {
        let starts = std::iter::once(self.span.start).chain(self.gaps.iter().map(|g| g.end));
        let ends = self
            .gaps
            .iter()
            .map(|g| g.start)
            .chain(std::iter::once(self.span.end));
        starts.zip(ends).map(|(start, end)| Span::new(start, end))
    }
}

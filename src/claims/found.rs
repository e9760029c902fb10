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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// The content.
    pub span: Span,
    /// Quoted or reported.
    pub kind: ClaimKind,
    /// The cue, if it has its own.
    pub cue: Option<Span>,
    /// Its source.
    pub source: Source,
    /// The rule that made the claim.
    pub rule: Rule,
    /// The rule that found its source.
    pub source_rule: Rule,
}

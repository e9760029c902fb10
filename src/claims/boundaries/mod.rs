//! Stage 6, content boundaries: where a claim's content starts after its cue (past "that",
//! times, adverbials and addressees) and where its clause ends.

mod end;
mod start;

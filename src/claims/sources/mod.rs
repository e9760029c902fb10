//! Stage 5, sources: the words that make a cue's source, and where they stand.

mod around_cue;
mod phrase;
mod subject;

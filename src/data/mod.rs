//! Data tables, kept apart from the logic that reads them.

pub mod countries;
pub mod cues;
pub mod news;
pub mod words;

use std::sync::OnceLock;

/// A word list, looked up by binary search in a copy sorted at first use: the tables stay in
/// the order that reads best, and a lookup costs a few comparisons.
pub struct WordSet {
    words: &'static [&'static str],
    sorted: OnceLock<Vec<&'static str>>,
}

impl WordSet {
    /// The set of `words`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            sorted: OnceLock::new(),
        }
    }

    /// Whether `word` is in the set, exactly as written.
    pub fn contains(&self, word: &str) -> bool {
        let sorted = self.sorted.get_or_init(|| {
            let mut v = self.words.to_vec();
            v.sort_unstable();
            v
        });
        sorted.binary_search(&word).is_ok()
    }
}

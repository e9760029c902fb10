//! Data tables, kept apart from the logic that reads them.

pub mod countries;
pub mod cues;
pub mod news;
pub mod words;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A hash map with the [`Fnv`] hash, for the short keys of this crate.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Words with a value each, hashed once for lookups that cost one pass over the word.
pub struct Lexicon<V> {
    map: FastMap<&'static str, V>,
}

impl<V> Lexicon<V> {
    /// A lexicon of `entries`; of equal words, the first one given is kept.
    pub fn new(entries: impl IntoIterator<Item = (&'static str, V)>) -> Self {
        let mut map: FastMap<&'static str, V> = FastMap::default();
        for (word, value) in entries {
            map.entry(word).or_insert(value);
        }
        Lexicon { map }
    }

    /// The value of `word`, exactly as written.
    pub fn get(&self, word: &str) -> Option<&V> {
        self.map.get(word)
    }
}

/// The FNV-1a hash: fast on the short keys of word lists, and no defence against crafted keys
/// is needed for them.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A word list, as written in its table, looked up through a [`Lexicon`] built at first use.
pub struct WordSet {
    words: &'static [&'static str],
    lexicon: OnceLock<Lexicon<()>>,
}

impl WordSet {
    /// The set of `words`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            lexicon: OnceLock::new(),
        }
    }

    /// Whether `word` is in the set, exactly as written.
    pub fn contains(&self, word: &str) -> bool {
        self.lexicon
            .get_or_init(|| Lexicon::new(self.words.iter().map(|&w| (w, ()))))
            .get(word)
            .is_some()
    }
}

//! Data tables, kept apart from the logic that reads them.

pub mod countries;
pub mod cues;
pub mod given_names;
pub mod news;
pub mod places;
pub mod words;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// The sex a given name tells, if it tells one ("Hillary", "Vladimir"; not "Jordan").
/// An accented name is looked up without its accents too ("José" is "Jose", "André" is
/// "Andre"), as the census lists it.
pub(crate) fn given_name_gender(w: &str) -> words::Gender {
    let plain: String;
    let w = if w.is_ascii() {
        w
    } else {
        let mut letters = String::with_capacity(w.len());
        let mut bytes = w.bytes();
        while let Some(b) = bytes.next() {
            // (A letter of Latin-1 with an accent is 0xC3 and one byte in UTF-8.)
            let b = match b {
                0xC3 => bytes
                    .next()
                    .map_or(0, |c| WITHOUT_ACCENTS[usize::from(c & 0x3F)]),
                _ => b,
            };
            if b == 0 || b >= 0x80 {
                return words::Gender::Unknown;
            }
            letters.push(char::from(b));
        }
        plain = letters;
        &plain
    };
    if given_names::MALE_GIVEN_NAMES.contains(w) {
        words::Gender::Male
    } else if given_names::FEMALE_GIVEN_NAMES.contains(w) {
        words::Gender::Female
    } else {
        words::Gender::Unknown
    }
}

/// The letters of Latin-1 from "À" (0xC0) to "ÿ" without their accents, 0 where a letter has no
/// plain form ("Æ", "ß").
const WITHOUT_ACCENTS: &[u8; 64] =
    b"AAAAAA\0CEEEEIIII\0NOOOOO\0OUUUUY\0\0aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y";

/// A hash map with the [`WordHash`] hash, for the short keys of this crate.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHash>>;

/// Words with a value each, hashed once for lookups that cost one pass over the word.
pub struct Lexicon<V> {
    /// Each word's index in `values`. (One map type for every lexicon: a map of each value type
    /// would bring a copy of the hash table's code of its own into the wasm.)
    map: FastMap<&'static str, u32>,
    /// The values, by index.
    values: Vec<V>,
    /// A Bloom filter over the words' [`shape`]: most words that are not in the lexicon are
    /// turned away by two bit tests, without hashing the whole word. (Boxed, so that the
    /// statics that hold a lexicon stay small in the wasm's data.)
    shapes: Box<[u64; 64]>,
}

/// Two bit positions in [`Lexicon::shapes`] from a word's length and its first and last two
/// bytes.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn shape(word: &str) -> [usize; 2] {
    let b = word.as_bytes();
    let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
    let ends =
        at(0) | at(1) << 8 | at(b.len().wrapping_sub(2)) << 16 | at(b.len().wrapping_sub(1)) << 24;
    let h = (ends | (b.len() as u64) << 32).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    [(h >> 52) as usize, (h >> 40) as usize & 4095]
}

impl<V> Lexicon<V> {
    /// A lexicon of `entries`; of equal words, the first one given is kept. (Inlined into each
    /// lexicon's one-time builder, as `expand` is: the widget is 75 B smaller gzipped.)
    #[inline(always)]
    pub fn new(entries: impl IntoIterator<Item = (&'static str, V)>) -> Self {
        let mut map: FastMap<&'static str, u32> = FastMap::default();
        let mut values = Vec::new();
        let mut shapes = [0; 64];
        for (word, value) in entries {
            for bit in shape(word) {
                shapes[bit / 64] |= 1 << (bit % 64);
            }
            if let std::collections::hash_map::Entry::Vacant(slot) = map.entry(word) {
                slot.insert(values.len() as u32);
                values.push(value);
            }
        }
        Lexicon {
            map,
            values,
            shapes: Box::new(shapes),
        }
    }

    /// The value of `word`, exactly as written. (The filter's test is inlined into the native
    /// build's callers, where most words end; the wasm keeps one copy of it, for its size.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn get(&self, word: &str) -> Option<&V> {
        let [one, two] = shape(word);
        if (self.shapes[one / 64] >> (one % 64)) & (self.shapes[two / 64] >> (two % 64)) & 1 == 0 {
            return None;
        }
        self.map_get(word)
    }

    /// The value of `word`, hashed: past the filter.
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    fn map_get(&self, word: &str) -> Option<&V> {
        self.map.get(word).map(|&i| &self.values[i as usize])
    }
}

/// A multiply-rotate hash that reads eight bytes at a time (the shape of rustc's FxHash): fast
/// on the short keys of word lists, and no defence against crafted keys is needed for them.
#[derive(Default)]
pub struct WordHash(u64);

impl WordHash {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        // The multiply leaves its best bits on top; hash tables index by the low bits.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let word = rest.iter().rev().fold(0, |w, &b| (w << 8) | u64::from(b));
            self.add(word);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A word list, looked up through a [`Lexicon`] built at first use. Its words are kept as one
/// string, separated by spaces, which downloads smaller than an array of strings (no pointer
/// and length for each word); [`word_set!`] writes it from a list of words. A string that
/// opens with [`FRONT_CODED`] holds sorted words front-coded ([`expand`]).
pub struct WordSet {
    text: &'static str,
    lexicon: OnceLock<Lexicon<()>>,
}

/// The [`WordSet`] of the words listed: `word_set!["the", "a", "an"]`.
macro_rules! word_set {
    ($($word:literal),* $(,)?) => {
        $crate::data::WordSet::from_text(concat!($($word, " "),*))
    };
}
pub(crate) use word_set;

/// Phrases as one string, a line each: `lines!["USA Today", "Bank of America"]`. Like
/// [`word_set!`], it saves a pointer and a length for each phrase.
macro_rules! lines {
    ($($phrase:literal),* $(,)?) => {
        concat!($($phrase, "\n"),*)
    };
}
pub(crate) use lines;

impl WordSet {
    /// The set of the words of `text`, separated by spaces or line breaks.
    pub const fn from_text(text: &'static str) -> Self {
        WordSet {
            text,
            lexicon: OnceLock::new(),
        }
    }

    /// Whether `word` is in the set, exactly as written.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.lexicon
            .get_or_init(|| {
                let words = match self.text.strip_prefix(FRONT_CODED) {
                    // Built once, for the program's life.
                    Some(coded) => Box::leak(expand(coded).into_boxed_str()),
                    None => self.text,
                };
                Lexicon::new(words.split_ascii_whitespace().map(|w| (w, ())))
            })
            .get(word)
            .is_some()
    }
}

/// Opens the text of a [`WordSet`] whose words are front-coded.
const FRONT_CODED: char = '\u{1}';

/// The words of front-coded `text`, separated by spaces. Each word after the first opens with
/// the number of bytes (1 to 9) it shares with the word before, then the rest; or, sharing
/// none, it is whole, and its capital after a lowercase letter (or any byte of a letter beyond
/// ASCII) marks where it opens: "Aaron1bdel3ullah" is "Aaron Abdel Abdullah", "AlanBob" is
/// "Alan Bob". (For sorted names, `scripts/gen-given-names.py`: 320 B smaller in the widget.)
#[inline(always)]
fn expand(text: &str) -> String {
    let mut out = String::with_capacity(2 * text.len());
    // (The shared bytes, copied through one buffer: not an allocation a word.)
    let mut prefix = String::new();
    let mut word = 0;
    let mut after_lower = false;
    for c in text.chars() {
        let shared = c.to_digit(10).map(|d| d as usize);
        if shared.is_some() || c.is_ascii_uppercase() && after_lower {
            prefix.clear();
            prefix.push_str(
                out.get(word..word + shared.unwrap_or(0))
                    .unwrap_or_default(),
            );
            out.push(' ');
            word = out.len();
            out.push_str(&prefix);
        }
        if shared.is_none() {
            out.push(c);
        }
        after_lower = c.is_ascii_lowercase() || !c.is_ascii();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coded_words_expand_from_the_word_before() {
        assert_eq!(expand("Aaron1bdel3ullah"), "Aaron Abdel Abdullah");
        assert_eq!(expand("AlanBob2nny"), "Alan Bob Bonny");
        // A capital inside a word, after a hyphen, opens no word; one after a letter beyond
        // ASCII does.
        assert_eq!(
            expand("Jean-Claude5FrancoisFrançoisZoë"),
            "Jean-Claude Jean-Francois François Zoë"
        );
    }

    #[test]
    fn given_names_read_from_their_front_coded_lists() {
        for (name, gender) in [
            ("Aaron", words::Gender::Male),
            ("Abdullah", words::Gender::Male),
            ("Jean-Francois", words::Gender::Male),
            ("Zuzana", words::Gender::Female),
            ("Ségolène", words::Gender::Female),
            ("Kim", words::Gender::Unknown),
            ("Abdul", words::Gender::Unknown),
        ] {
            assert_eq!(given_name_gender(name), gender, "{name}");
        }
    }
}

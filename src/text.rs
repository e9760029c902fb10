//! Words, punctuation, sentences and paragraphs: the shared view of the text every module reads.

use crate::annotations::Span;
use crate::data::FastMap;
use crate::data::cues::QUESTION_WORDS;
use crate::data::words::{
    ABBREVIATIONS, CLOSING_MARKS, DATELINE_ENDS, DATELINE_MARKS, NAME_SUFFIXES, OPENING_MARKS,
    SENTENCE_OPENERS, TITLE_FUNCTION_WORDS,
};
use crate::offsets::slice;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner hyphens and apostrophes ("al-Assad", "doesn't"), dotted
    /// abbreviations ("U.S.") and numbers with a decimal point or thousands separator.
    Word,
    /// One punctuation mark; `''` (typewriter double quote) is one token.
    Punct,
    /// A line break: it ends a sentence and a paragraph.
    Break,
}

/// One token with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the text.
    pub span: Span,
    /// Word, punctuation or break.
    pub kind: Kind,
    /// A word that starts with an uppercase letter.
    pub capitalized: bool,
    /// A word of ASCII letters and digits alone: no hyphen, apostrophe, period or accent.
    pub plain: bool,
}

/// A text cut into tokens and sentences.
pub struct Doc<'t> {
    /// The text itself.
    pub text: &'t str,
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// The text of each token, sliced once.
    words: Vec<&'t str>,
    /// Sentences as ranges of token indexes, in order, without break tokens.
    pub sentences: Vec<std::ops::Range<usize>>,
    /// Indexes of the break tokens, in order.
    breaks: Vec<usize>,
    /// For each token, whether it stands in a headline: a line in title case, where capitals
    /// say nothing about names and verbs are capitalized too.
    pub headline: Vec<bool>,
}

impl<'t> Doc<'t> {
    /// Cuts `text` into tokens and sentences.
    pub fn new(text: &'t str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        // (Plain loops: a collected iterator brings a copy of the standard library's
        // collecting code of its own into the wasm.)
        let mut words = Vec::with_capacity(tokens.len());
        let mut breaks = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            words.push(t.span.text(text));
            if t.kind == Kind::Break {
                breaks.push(i);
            }
        }
        let mut doc = Doc {
            text,
            tokens,
            words,
            sentences,
            breaks,
            headline: Vec::new(),
        };
        doc.headline = headline_tokens(&doc);
        doc
    }

    /// The text of token `i`. (Always inlined: the hottest call of the rules, which the wasm
    /// build's low inline threshold would leave a call, costing 7% of its speed; with the
    /// rules of December 2026 the wasm is also 0.9 KB smaller gzipped for it.)
    #[inline(always)]
    pub fn word(&self, i: usize) -> &'t str {
        self.words[i]
    }

    /// Whether token `i` is a word that starts with an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.tokens[i].capitalized
    }

    /// Whether token `i` follows token `i - 1` with at most one space (of any width, as the
    /// no-break space in "Gov.\u{a0}Mike Pence") between them.
    pub fn follows_closely(&self, i: usize) -> bool {
        let gap = slice(
            self.text,
            self.tokens[i - 1].span.end..self.tokens[i].span.start,
        );
        gap.chars().nth(1).is_none()
    }

    /// Token `first`, or the lowercase word right before it where `opens` takes the word before
    /// that: where a place begins with its modifier or article after a preposition ("in rural
    /// Ohio", "at the FBI"; not "on who Cameron", which opens a clause); or its owner's name
    /// ("at Karachi's Civil Hospital").
    pub fn with_modifier(&self, first: usize, opens: impl Fn(&str) -> bool) -> usize {
        let modifier = first > 1
            && self
                .word(first - 1)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && opens(self.word(first - 2))
            && !QUESTION_WORDS.contains(self.word(first - 1));
        let owner = first > 2 && self.possessive_after(first - 2) && opens(self.word(first - 3));
        first - usize::from(modifier) - 2 * usize::from(owner)
    }

    /// Whether a possessive follows token `i`: "'s", or an apostrophe alone right after a word
    /// in -s, before a word ("Sanders’ approach", "the officers' union").
    pub fn possessive_after(&self, i: usize) -> bool {
        let n = self.tokens.len();
        i + 1 < n
            && match self.word(i + 1) {
                "'s" | "’s" => true,
                "'" | "’" => {
                    i + 2 < n
                        && self.word(i).ends_with('s')
                        && self.tokens[i].span.end == self.tokens[i + 1].span.start
                        && self.tokens[i + 2].kind == Kind::Word
                }
                _ => false,
            }
    }

    /// Whether token `i` is the punctuation mark `c`.
    #[inline]
    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.tokens[i].kind == Kind::Punct && self.word(i) == c
    }

    /// The index of the first token that ends after byte `at`: the token at or after it.
    pub fn token_after(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= at)
    }

    /// How many tokens start before byte `at`.
    pub fn tokens_before(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }

    /// The index of the sentence that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= i)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// Whether token `i` is the first of its sentence.
    pub fn opens_sentence(&self, i: usize) -> bool {
        self.sentences[self.sentence_of(i)].start == i
    }

    /// For each of `spans`, a capitalized word, whether the text writes it in lowercase too:
    /// "Delegates" is a common noun where "delegates" stands as well. One pass over the tokens.
    pub fn written_lowercase(&self, spans: &[Span]) -> Vec<bool> {
        // ASCII capitals only: Unicode case tables would cost the wasm build 20 KB.
        let lowercase = |s: &Span| {
            let mut chars = s.text(self.text).chars();
            let first = chars.next().filter(char::is_ascii_uppercase)?;
            Some(
                std::iter::once(first.to_ascii_lowercase())
                    .chain(chars)
                    .collect::<String>(),
            )
        };
        let mut keys: Vec<Option<String>> = Vec::with_capacity(spans.len());
        for s in spans {
            keys.push(lowercase(s));
        }
        // How often each is written in lowercase. (A map to a number, the crate's one map type
        // of words: see `Lexicon`.)
        let mut seen: FastMap<&str, u32> = FastMap::default();
        for w in keys.iter().flatten() {
            seen.insert(w, 0);
        }
        // Only words of a length and first letter among theirs are looked up.
        let (mut lengths, mut initials) = (0u64, 0u32);
        for w in seen.keys() {
            lengths |= 1u64.checked_shl(w.len() as u32).unwrap_or(0);
            initials |= 1 << (w.as_bytes()[0] - b'a');
        }
        if !seen.is_empty() {
            for t in &self.tokens {
                let w = t.span.text(self.text);
                let first = w.as_bytes()[0];
                if lengths >> w.len().min(63) & 1 == 1
                    && first.is_ascii_lowercase()
                    && initials >> (first - b'a') & 1 == 1
                {
                    if let Some(count) = seen.get_mut(w) {
                        *count += 1;
                    }
                }
            }
        }
        let mut written = Vec::with_capacity(keys.len());
        for w in &keys {
            written.push(
                w.as_ref()
                    .is_some_and(|w| seen.get(w.as_str()).is_some_and(|&n| n > 0)),
            );
        }
        written
    }

    /// The paragraph of token `i`: the number of line breaks before it.
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.breaks.partition_point(|&b| b < i)
    }

    /// Whether token `i` opens its line: the text's first token, or one after a line break.
    pub fn opens_line(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].kind == Kind::Break
    }

    /// The end (exclusive token index) of the line from token `i`: its line break, or the
    /// text's end.
    pub fn line_end(&self, i: usize) -> usize {
        self.breaks
            .get(self.paragraph_of(i))
            .copied()
            .unwrap_or(self.tokens.len())
    }
}

/// A word in ASCII lowercase: a key for the lowercase word tables. A word with no capital is
/// itself; another is copied to the stack, where words longer than any table word (32 bytes)
/// become empty, which no table holds.
pub enum Lowercase<'w> {
    /// A word already in lowercase, as written (most words, which then need no copy and no
    /// check).
    Plain(&'w str),
    /// The bytes of a word with a capital, lowercased, and how many there are.
    Lowered([u8; 32], usize),
}

impl<'w> Lowercase<'w> {
    /// `word` in ASCII lowercase.
    pub fn new(word: &'w str) -> Self {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lowercase::Plain(word);
        }
        let mut bytes = [0; 32];
        let len = if word.len() <= bytes.len() {
            bytes[..word.len()].copy_from_slice(word.as_bytes());
            bytes[..word.len()].make_ascii_lowercase();
            word.len()
        } else {
            0
        };
        Lowercase::Lowered(bytes, len)
    }

    /// The lowercased word.
    pub fn as_str(&self) -> &str {
        match self {
            Lowercase::Plain(word) => word,
            // SAFETY: the bytes are a whole `&str`, copied (or none), then lowercased in ASCII,
            // which changes no byte of a character beyond ASCII: they are UTF-8 still. (The
            // check `from_utf8` would make brings 0.5 KB of its own into the widget's wasm.)
            Lowercase::Lowered(bytes, len) => unsafe {
                std::str::from_utf8_unchecked(&bytes[..*len])
            },
        }
    }
}

/// `w` with its first letter in capitals, as a title is written: "chancellor" → "Chancellor".
pub(crate) fn capitalized(w: &str) -> String {
    let mut w = w.to_string();
    if let Some(first) = w.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    w
}

/// Whether `c` is a letter or digit, answered without the Unicode tables for ASCII and for the
/// general punctuation of news text (dashes, curly quotes).
fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        '\u{2010}'..='\u{2027}' => false,
        _ => is_alphanumeric(c),
    }
}

/// Whether `c` is a letter or an ASCII digit: `char::is_alphanumeric` but for the numerals of
/// other scripts and fractions, which news in English does not write inside words, and whose
/// Unicode table the wasm then need not carry.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    c.is_ascii_digit() || c.is_alphabetic()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into words, punctuation marks and line breaks.
fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4 + 8);
    // The character at byte `k` (ASCII without decoding), and the byte after it.
    let bytes = text.as_bytes();
    let at = |k: usize| match bytes.get(k) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => slice(text, k..).chars().next(),
        None => None,
    };
    let after = |k: usize| k + at(k).map_or(0, char::len_utf8);
    let mut push = |start, end, kind, capitalized, plain| {
        tokens.push(Token {
            span: Span::new(start, end),
            kind,
            capitalized,
            plain,
        })
    };
    let mut k = 0;
    while let Some(c) = at(k) {
        // One space between words, the most common gap, is no token.
        if c == ' ' && bytes.get(k + 1).is_some_and(|b| b.is_ascii_graphic()) {
            k += 1;
            continue;
        }
        let start = k;
        if c.is_whitespace() {
            let mut newline = false;
            while let Some(c) = at(k).filter(|c| c.is_whitespace()) {
                newline |= c == '\n' || c == '\r' || c == '\u{2029}';
                k += c.len_utf8();
            }
            if newline {
                push(start, k, Kind::Break, false, false);
            }
        } else if is_word_char(c) {
            k += c.len_utf8();
            let mut plain = c.is_ascii();
            loop {
                // ASCII letters and digits, most of any word, without decoding.
                while bytes.get(k).is_some_and(u8::is_ascii_alphanumeric) {
                    k += 1;
                }
                let Some(c) = at(k) else { break };
                if c == ' ' {
                    break;
                }
                let next = at(after(k));
                if is_word_char(c) || (c == '-' && next.is_some_and(is_word_char)) {
                    k += c.len_utf8();
                } else if is_apostrophe(c) && next.is_some_and(char::is_alphabetic) {
                    // "Russia's" keeps "'s" apart; "doesn't" and "O'Brien" stay whole.
                    let possessive = matches!(next, Some('s' | 'S'))
                        && !at(after(after(k))).is_some_and(is_alphanumeric);
                    if possessive {
                        break;
                    }
                    k += c.len_utf8();
                } else if c == '.' && (dotted_continues(text, start, k) || domain_goes_on(bytes, k))
                {
                    k += 1;
                } else if matches!(c, '.' | ',')
                    && bytes[k - 1].is_ascii_digit()
                    && bytes.get(k + 1).is_some_and(u8::is_ascii_digit)
                {
                    k += 1; // "98.33", "10,000"
                } else {
                    break;
                }
                plain = false;
            }
            push(start, k, Kind::Word, c.is_uppercase(), plain);
        } else if c == '\'' && at(k + 1) == Some('\'') {
            // "''…'Kosovo is special,'''": three marks close a single quote inside a double
            // one, so the single comes first; after a space they open both, the double first.
            let triple = at(k + 2) == Some('\'');
            let closes = slice(text, ..k)
                .chars()
                .next_back()
                .is_some_and(|b| !b.is_whitespace());
            if triple && closes {
                push(k, k + 1, Kind::Punct, false, false);
                push(k + 1, k + 3, Kind::Punct, false, false);
                k += 3;
            } else {
                k += 2;
                push(start, k, Kind::Punct, false, false);
            }
        } else if is_apostrophe(c)
            && matches!(at(after(k)), Some('s' | 'S'))
            && !at(after(after(k))).is_some_and(is_alphanumeric)
            && slice(text, ..k)
                .chars()
                .next_back()
                .is_some_and(is_alphanumeric)
        {
            k = after(after(k));
            push(start, k, Kind::Word, false, false);
        } else {
            k += c.len_utf8();
            push(start, k, Kind::Punct, false, false);
        }
    }
    tokens
}

/// Top-level domains that a period inside a word opens: "Rentals.ca", "Breitbart.com".
const DOMAINS: [&[u8]; 10] = [
    b"com", b"org", b"net", b"ca", b"co", b"uk", b"au", b"io", b"gov", b"edu",
];

/// Whether the period at byte `k`, inside a word, opens the top-level domain of a site's name:
/// "Rentals.ca", "Politico.com", "BBC.co.uk" are one word each.
fn domain_goes_on(bytes: &[u8], k: usize) -> bool {
    let rest = &bytes[k + 1..];
    let n = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
    DOMAINS.contains(&&rest[..n]) && !rest.get(n).is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether the period at byte `k` belongs to a dotted abbreviation begun at byte `first`:
/// "U.S.", "U.K.", "D.C." (single letters, each followed by a period), also after a hyphen as
/// in the party tag "R-S.C.".
fn dotted_continues(text: &str, first: usize, k: usize) -> bool {
    let word = slice(text, first..k);
    let so_far = word.rfind('-').map_or(word, |h| slice(word, h + 1..));
    let letters_so_far = so_far.chars().enumerate().all(|(j, c)| {
        if j % 2 == 0 {
            c.is_uppercase()
        } else {
            c == '.'
        }
    });
    if !letters_so_far {
        return false;
    }
    let mut rest = slice(text, k + 1..).chars();
    let (next, after) = (rest.next(), rest.next());
    let another_letter = next.is_some_and(char::is_uppercase) && after == Some('.');
    // The closing period of "U.S." when at least one inner period came before.
    let closing = so_far.chars().nth(2).is_some() && !next.is_some_and(is_alphanumeric);
    another_letter || closing
}

/// Cuts the tokens into sentences: at line breaks, and after `.`, `!` or `?` (with any closing
/// quote marks) when what follows opens a sentence and the period does not end an abbreviation.
fn split_sentences(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let word = |i: usize| tokens[i].span.text(text);
    let mut sentences = Vec::with_capacity(tokens.len() / 16);
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if t.kind == Kind::Break {
            if start < i {
                sentences.push(start..i);
            }
            start = i + 1;
            i += 1;
            continue;
        }
        let last_byte = text.as_bytes()[t.span.end - 1];
        // "… with the U.S. The talks …", "… of Dover, Del. The …": an abbreviation ends a
        // sentence when a sentence opener follows.
        let opener_next = || {
            tokens
                .get(i + 1)
                .is_some_and(|n| SENTENCE_OPENERS.contains(n.span.text(text)))
        };
        // An opening double mark after a space, then a capital.
        let quote_opens = |i: usize| {
            tokens.get(i + 1).is_some_and(|n| {
                matches!(n.span.text(text), "“" | "\"") && n.span.start > t.span.end
            }) && tokens
                .get(i + 2)
                .is_some_and(|n| n.span.text(text).starts_with(char::is_uppercase))
        };
        let ends = match (t.kind, last_byte) {
            (Kind::Punct, b'.' | b'!' | b'?') if t.span.len() == 1 => {
                // ("… posted on X. Ruiz said …": the network, no initial.)
                let abbreviation = last_byte == b'.'
                    && i > 0
                    && is_abbreviation(word(i - 1), tokens[i - 1].kind)
                    && !(i > 1 && word(i - 1) == "X" && word(i - 2) == "on");
                // "… joined by Joseph R. Biden Jr. “You cannot …”": a name's last abbreviation
                // before a quote; so is a letter ("… wrote on X. “Russia must …”").
                let quote_next = || {
                    (NAME_SUFFIXES.contains(word(i - 1)) || word(i - 1).len() == 1)
                        && tokens.get(i + 1).is_some_and(|n| {
                            matches!(n.span.text(text), "“" | "\"") && n.span.start > t.span.end
                        })
                };
                !abbreviation || opener_next() || quote_next()
            }
            // "… at a rally in Binghamton, N.Y. “Secretary Clinton …”": a state's abbreviation
            // after its place's comma ends a sentence before a quote.
            (Kind::Word, b'.') => opener_next() || i > 0 && word(i - 1) == "," && quote_opens(i),
            _ => false,
        };
        if ends {
            let mut end = i + 1;
            // Closing marks hug the period; a straight mark after a space opens the next quote.
            while end < tokens.len()
                && tokens[end].kind == Kind::Punct
                && is_closer(word(end))
                && tokens[end].span.start == tokens[end - 1].span.end
            {
                end += 1;
            }
            let next = tokens.get(end);
            let opens = next.is_none_or(|n| {
                n.kind == Kind::Break || {
                    let w = n.span.text(text);
                    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        || OPENING_MARKS.contains(w)
                }
            });
            if opens {
                sentences.push(start..end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        sentences.push(start..tokens.len());
    }
    split_datelines(text, tokens, sentences)
}

/// Cuts a paragraph's dateline ("BRUSSELS (Reuters) -", "LONDON, March 3 (AP) —",
/// "WASHINGTON ―", "NEW DELHI:", "ABU DHABI //") from the sentence it opens: an all-capitals
/// place, then a few words, numbers and brackets up to a dash or a colon, or a place in title
/// case with its credit ("Washington (AFP) –"); or the credit that follows a place's period
/// ("ORLANDO, Fla. (Reuters) -").
fn split_datelines(
    text: &str,
    tokens: &[Token],
    sentences: Vec<std::ops::Range<usize>>,
) -> Vec<std::ops::Range<usize>> {
    let word = |i: usize| tokens[i].span.text(text);
    let dateline_end = |s: &std::ops::Range<usize>| {
        let paragraph_start = s.start == 0 || tokens[s.start - 1].kind == Kind::Break;
        let place = word(s.start);
        // "ORLANDO, Fla. (Reuters) - …": the credit after a place that ends in a period opens a
        // sentence of its own.
        let credit = place == "(" && s.start > 0 && word(s.start - 1) == ".";
        // "Washington (AFP) – …": a place in title case before its credit; "New Delhi: …",
        // "Nairobi, Kenya – …": up to three words in title case before a colon or a dash.
        let credited = s.start + 1 < s.end && word(s.start + 1) == "(";
        // (Not over a headline's words: "Wow: Al Sharpton Just Said …".)
        let titled = || {
            let mut k = s.start;
            while k < s.end.min(s.start + TITLED_DATELINE_TOKENS)
                && (word(k) == "," || tokens[k].kind == Kind::Word && tokens[k].capitalized)
            {
                k += 1;
            }
            k > s.start
                && k < s.end.min(s.start + TITLED_DATELINE_TOKENS)
                && DATELINE_ENDS.contains(word(k))
                && tokens[k..s.end]
                    .iter()
                    .any(|t| t.kind == Kind::Word && !t.capitalized && t.span.len() > 3)
        };
        if !credit
            && (!paragraph_start
                // ("ST. LOUIS (AP) —", but not "IG report: …")
                || place.len() < 3 && place != "ST"
                || !(credited
                    || place.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
                    || titled()))
        {
            return None;
        }
        (s.start + 1..s.end.min(s.start + 12))
            .take_while(|&k| tokens[k].kind == Kind::Word || DATELINE_MARKS.contains(word(k)))
            .find(|&k| {
                // (Not a colon inside brackets: "Shopify (TSX: SHOP) said …".)
                DATELINE_ENDS.contains(word(k)) && !(k > s.start + 1 && word(k - 2) == "(")
                    // ("ABU DHABI // …", as The National writes it.)
                    || word(k) == "/" && k + 1 < s.end && word(k + 1) == "/"
            })
            // "WASHINGTON --" typed as two hyphens, and the second slash
            .map(|k| k + usize::from(k + 1 < s.end && (word(k + 1) == "-" || word(k) == "/")))
            // "NATO - the alliance - said": a dateline is followed by a sentence.
            .filter(|&dash| {
                dash + 1 < s.end
                    && word(dash + 1)
                        .starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '‘'))
            })
    };
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        match dateline_end(&s) {
            Some(dash) => {
                out.push(s.start..dash + 1);
                out.push(dash + 1..s.end);
            }
            None => out.push(s),
        }
    }
    out
}

/// How many tokens a dateline in title case runs before its colon or dash at the most
/// ("Nairobi, Kenya –").
const TITLED_DATELINE_TOKENS: usize = 4;

/// Whether `w` is one character ("A", "É"): an initial. (Counting all its characters would
/// bring core's long counting loop into the wasm.)
pub(crate) fn one_letter(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some() && chars.next().is_none()
}

fn is_closer(w: &str) -> bool {
    CLOSING_MARKS.contains(w)
}

/// Whether a period after `w` ends an abbreviation rather than a sentence.
fn is_abbreviation(w: &str, kind: Kind) -> bool {
    kind == Kind::Word
        && (ABBREVIATIONS.contains(w) || (one_letter(w) && w.starts_with(char::is_uppercase)))
}

/// Tokens of title-case lines ("Russia Relations May Be At An 'All-Time Low'"; with a closing
/// period only before the article and with every long word capitalized), where capitals say
/// nothing about names.
fn headline_tokens(doc: &Doc) -> Vec<bool> {
    let mut marks = vec![false; doc.tokens.len()];
    let mut line_start = 0;
    for line in doc.tokens.split(|t| t.kind == Kind::Break) {
        let long_words = line
            .iter()
            .filter(|t| t.kind == Kind::Word && t.span.len() > 3);
        let (words, capitalized) =
            long_words.fold((0, 0), |(n, c), t| (n + 1, c + usize::from(t.capitalized)));
        let end = line_start + line.len();
        // A closing period is allowed to a line in title case throughout, short function
        // words aside ("Obama Sees 'Personal Insult' if Blacks Don't Rally for Clinton.").
        let closed = end > line_start && doc.is_punct(end - 1, ".");
        let title_case = if closed {
            // A headline stands before the article.
            words >= 4
                && end < doc.tokens.len()
                && doc.sentence_of(line_start) == doc.sentence_of(end - 1)
                && line.iter().all(|t| {
                    t.kind != Kind::Word
                        || t.capitalized
                        || !t.span.text(doc.text).starts_with(char::is_lowercase)
                        || TITLE_FUNCTION_WORDS.contains(t.span.text(doc.text))
                })
        } else {
            words >= 3 && capitalized * 4 >= words * 3
        };
        if title_case {
            marks[line_start..end].fill(true);
        }
        line_start = end + 1;
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Doc::new(text)
            .tokens
            .iter()
            .map(|t| t.span.text(text))
            .collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        doc.sentences
            .iter()
            .map(|r| &text[doc.tokens[r.start].span.start..doc.tokens[r.end - 1].span.end])
            .collect()
    }

    #[test]
    fn possessives_split_but_contractions_and_compounds_hold() {
        assert_eq!(
            words("Russia's al-Assad doesn't U.S.-backed O’Brien’s"),
            [
                "Russia", "'s", "al-Assad", "doesn't", "U.S.-backed", "O’Brien", "’s"
            ]
        );
    }

    #[test]
    fn a_place_s_modifier_after_its_preposition_is_no_question_word() {
        // Regression: "on who Cameron" was a place, "Cameron", with its modifier "who".
        let doc = Doc::new("in rural Ohio, questions on who Cameron backs, at Karachi's Civil");
        let at = |w: &str| doc.tokens.iter().position(|t| t.span.text(doc.text) == w);
        let opens = |w: &str| matches!(w, "in" | "on" | "at");
        // (An owner's name before the place: "at Karachi's Civil Hospital".)
        assert_eq!(
            doc.with_modifier(at("Civil").unwrap(), opens),
            at("Karachi").unwrap()
        );
        assert_eq!(
            doc.with_modifier(at("Ohio").unwrap(), opens),
            at("rural").unwrap()
        );
        assert_eq!(
            doc.with_modifier(at("Cameron").unwrap(), opens),
            at("Cameron").unwrap()
        );
    }

    #[test]
    fn dotted_abbreviations_are_one_word() {
        assert_eq!(
            words("the U.S. and U.K. said"),
            ["the", "U.S.", "and", "U.K.", "said"]
        );
        assert_eq!(
            words("Rep. Trey Gowdy (R-S.C.) said"),
            ["Rep", ".", "Trey", "Gowdy", "(", "R-S.C.", ")", "said"]
        );
        assert_eq!(words("Leonard E. Burman"), ["Leonard", "E", ".", "Burman"]);
    }

    #[test]
    fn a_site_s_name_keeps_its_domain() {
        // Regression: "according to Rentals.ca" was said by "Rentals", and "Breitbart.com
        // reported that …" had no speaker.
        assert_eq!(
            words("Rentals.ca, BBC.co.uk and Breitbart.com. It ended.so on.coming"),
            [
                "Rentals.ca", ",", "BBC.co.uk", "and", "Breitbart.com", ".", "It", "ended", ".",
                "so", "on", ".", "coming"
            ]
        );
        let text = "Breitbart.com reported that the rally was full.";
        let found = crate::annotate(text);
        assert_eq!(found.speakers[0].name, "Breitbart.com");
        assert_eq!(found.claims.len(), 1);
    }

    #[test]
    fn numbers_keep_their_decimal_point_and_thousands_separator() {
        assert_eq!(
            words("98.33 percent of 10,000 refugees, 3. Then"),
            [
                "98.33", "percent", "of", "10,000", "refugees", ",", "3", ".", "Then"
            ]
        );
    }

    #[test]
    fn a_no_break_space_keeps_words_close() {
        let doc = Doc::new("Gov.\u{a0}Mike  Pence");
        assert!(doc.follows_closely(2));
        assert!(!doc.follows_closely(3));
    }

    #[test]
    fn typewriter_quotes_are_one_mark() {
        assert_eq!(
            words("''Yes,'' he said"),
            ["''", "Yes", ",", "''", "he", "said"]
        );
        // Regression: "'''" closed the double quote before the single one inside it.
        assert_eq!(
            words("''We say 'no,''' he said"),
            ["''", "We", "say", "'", "no", ",", "'", "''", "he", "said"]
        );
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("BRUSSELS (Reuters) - EU leaders agreed.\nWASHINGTON ― He left."),
            [
                "BRUSSELS (Reuters) -", "EU leaders agreed.", "WASHINGTON ―", "He left."
            ]
        );
        assert_eq!(
            sentences("WASHINGTON -- Lawmakers grilled her."),
            ["WASHINGTON --", "Lawmakers grilled her."]
        );
        // Regression: the credit opened the sentence, and its agency was the subject.
        assert_eq!(
            sentences("ORLANDO, Fla. (Reuters) - He met them.\nWashington (AFP) – She left."),
            [
                "ORLANDO, Fla.", "(Reuters) -", "He met them.", "Washington (AFP) –", "She left."
            ]
        );
        assert_eq!(
            sentences("NATO - the alliance - said it."),
            ["NATO - the alliance - said it."]
        );
        // Regression: a stock ticker's colon ended a dateline.
        assert_eq!(
            sentences("Shopify (TSX: SHOP) said it would cut jobs."),
            ["Shopify (TSX: SHOP) said it would cut jobs."]
        );
        // Regression: "ABU DHABI //" opened the claim of the sentence after it; "CNN/ORC" is
        // no dateline.
        assert_eq!(
            sentences("ABU DHABI // The UAE will build it.\nCNN/ORC Poll Shows Trump Ahead."),
            [
                "ABU DHABI //", "The UAE will build it.", "CNN/ORC Poll Shows Trump Ahead."
            ]
        );
        // Regression: "ST." ended a sentence, and "N.L." was the subject of the one after.
        assert_eq!(
            sentences("ST. JOHN'S, N.L. — Harvesters rallied. IG report: State erred."),
            [
                "ST. JOHN'S, N.L. —", "Harvesters rallied.", "IG report: State erred."
            ]
        );
        // Regression: "NEW DELHI:" opened the claim of the sentence after it.
        assert_eq!(
            sentences("NEW DELHI: Schools will close, the minister said."),
            ["NEW DELHI:", "Schools will close, the minister said."]
        );
        // Regression: a dateline in title case opened the claim of the sentence after it; a
        // headline's label is none.
        assert_eq!(
            sentences(
                "New Delhi: Schools will close, the minister said.\nNairobi, Kenya – Fuel \
                       prices will rise, he said.\nWow: Ana Ruiz Just Said Something Unexpected"
            ),
            [
                "New Delhi:",
                "Schools will close, the minister said.",
                "Nairobi, Kenya –",
                "Fuel prices will rise, he said.",
                "Wow: Ana Ruiz Just Said Something Unexpected"
            ]
        );
        // Regression: a dateline of two places opened the claim of the sentence after it.
        assert_eq!(
            sentences("BRUSSELS/OTTAWA, March 3 (Reuters) - A deal is near, sources said."),
            [
                "BRUSSELS/OTTAWA, March 3 (Reuters) -", "A deal is near, sources said."
            ]
        );
    }

    #[test]
    fn sentences_end_after_quotes_and_not_after_honorifics() {
        assert_eq!(
            sentences("\"It is over.\" Mr. Lavrov left. He met Dr. Smith in the U.S. The end"),
            [
                "\"It is over.\"", "Mr. Lavrov left.", "He met Dr. Smith in the U.S.", "The end"
            ]
        );
    }

    #[test]
    fn a_case_name_is_one_sentence() {
        assert_eq!(
            sentences("The court cited Plessy v. Ferguson and Roe v. Wade. It ruled."),
            [
                "The court cited Plessy v. Ferguson and Roe v. Wade.",
                "It ruled."
            ]
        );
    }

    #[test]
    fn a_straight_single_mark_after_a_period_opens_a_sentence() {
        assert_eq!(
            sentences(
                "He called on the Conservatives to act. 'It's a pathetic spectacle,' he said."
            ),
            [
                "He called on the Conservatives to act.", "'It's a pathetic spectacle,' he said."
            ]
        );
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_only_before_a_sentence_opener() {
        assert_eq!(
            sentences("Del. Stacey Plaskett spoke. She lives in Dover, Del. The town is quiet."),
            [
                "Del. Stacey Plaskett spoke.", "She lives in Dover, Del.", "The town is quiet."
            ]
        );
        // A name's last abbreviation before a quote.
        assert_eq!(
            sentences("He was joined by Joseph R. Biden Jr. \"You cannot live on $9.\""),
            [
                "He was joined by Joseph R. Biden Jr.", "\"You cannot live on $9.\""
            ]
        );
        // A state's abbreviation after its place's comma, before a quote; not the country's.
        assert_eq!(
            sentences("Ruiz said in Albany, N.Y. “We will win.” He left the U.S. “war” behind."),
            [
                "Ruiz said in Albany, N.Y.", "“We will win.”", "He left the U.S. “war” behind."
            ]
        );
        // The network X is no initial: regression, "… posted on X. Ruiz …" named "X. Ruiz".
        assert_eq!(
            sentences("It was rigged, he posted on X. Ruiz agreed with J. Smith."),
            [
                "It was rigged, he posted on X.", "Ruiz agreed with J. Smith."
            ]
        );
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(
            sentences("Headline\n\nBody text here"),
            ["Headline", "Body text here"]
        );
    }
}

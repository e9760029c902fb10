//! Byte offsets: slicing a text by them, and turning them into UTF-16 code units in one pass
//! over the text.

/// `text[range]`, or "" for a range off its character boundaries (no span of ours is): slicing
/// without a panic path keeps core's message formatting out of the wasm build.
pub fn slice<R: std::slice::SliceIndex<str, Output = str>>(text: &str, range: R) -> &str {
    text.get(range).unwrap_or_default()
}

/// The UTF-16 offset of each byte offset in `sorted`, which must be ascending, on character
/// boundaries and within `text`.
pub fn utf16_offsets(text: &str, sorted: &[usize]) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(sorted.len());
    let (mut byte, mut unit) = (0, 0);
    for &target in sorted {
        debug_assert!(
            text.is_char_boundary(target),
            "offset {target} is not on a character boundary"
        );
        // A unit for each character's first byte (any byte but a continuation byte), and a
        // second for the first byte of a four-byte character, which UTF-16 writes as a pair.
        for &b in &bytes[byte..target] {
            unit += usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0);
        }
        byte = target;
        out.push(unit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::utf16_offsets;

    #[test]
    fn ascii_offsets_are_unchanged() {
        assert_eq!(utf16_offsets("Russia said", &[0, 6, 11]), vec![0, 6, 11]);
    }

    #[test]
    fn accents_curly_quotes_and_emoji_count_in_code_units() {
        // "é" is 2 bytes and 1 unit, "“" 3 bytes and 1 unit, "🙂" 4 bytes and 2 units.
        let text = "é“🙂”x";
        assert_eq!(
            utf16_offsets(text, &[0, 2, 5, 9, 12, 13]),
            vec![0, 1, 2, 4, 5, 6]
        );
    }
}

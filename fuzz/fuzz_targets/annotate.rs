//! Fuzzes `annotate`: no panic, and the answer keeps its promises (spans within the text, on
//! character boundaries, sorted; claim speakers valid), with UTF-16 offsets that mark the same
//! text as the byte offsets.
//!
//!     cargo +nightly fuzz run annotate -- -max_len=4096
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let answer = newsmark::annotate(&text);
    if let Err(e) = answer.validate(&text) {
        panic!("{e} for {text:?}");
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    let utf16 = answer.clone().to_utf16(&text);
    for (b, u) in answer.claims.iter().zip(&utf16.claims) {
        assert_eq!(text[b.start..b.end], String::from_utf16(&units[u.start..u.end]).unwrap());
    }
    for (b, u) in answer.speakers.iter().zip(&utf16.speakers) {
        for (mb, mu) in b.mentions.iter().zip(&u.mentions) {
            assert_eq!(text[mb.start..mb.end], String::from_utf16(&units[mu.start..mu.end]).unwrap());
        }
    }
});

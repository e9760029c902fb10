//! The JavaScript boundary: the one place that knows about JS values and UTF-16 offsets.
//!
//! The answer crosses as one array of numbers rather than as a tree of JS objects built one
//! property at a time, which cost more than a tenth of the time to annotate; `www/newsmark.js`
//! reads it back into the JSON answer (`unpack`, the mirror of [`pack`]).

use crate::annotations::{Annotations, ClaimKind, Form, SpeakerGender, SpeakerKind};
use wasm_bindgen::prelude::*;

/// The allocator of the browser build: talc, which downloads smaller than the standard
/// library's.
// SAFETY: the browser build runs on one thread (no wasm threads, no shared memory), which is
// what `new_global` asks of its caller.
#[cfg(feature = "browser")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// Annotates `text`, packed as `pack` lays it out, in UTF-16 offsets.
// (wasm-bindgen copies the doc comment into the glue that readers download, so it is one line.
// `www/newsmark.js` throws before the call when `text` is no string: a check in JavaScript
// downloads smaller than one here.)
#[wasm_bindgen]
pub fn annotate_packed(text: &str) -> Vec<u32> {
    pack(&crate::annotate(text).to_utf16(text))
}

/// Marks an absent speaker or cue.
const NONE: u32 = u32::MAX;

/// Lays `answer` out as numbers, each list as its length and then its items:
///
/// - speaker: kind, gender (0 none, 1 female, 2 male), named (0 or 1), name, mentions as
///   `start, end` pairs;
/// - country: code, name, mentions as `start, end, form` triples;
/// - claim: `start, end, kind, speaker, cue start, cue end` ([`NONE`] when absent).
///
/// A string is its length in UTF-16 units and then the units; kinds and forms are the index of
/// their variant. Offsets are whatever `answer` holds (UTF-16 units at the boundary).
fn pack(answer: &Annotations) -> Vec<u32> {
    let mut out = Vec::with_capacity(64 + 8 * answer.claims.len());
    let n = |len: usize| u32::try_from(len).unwrap_or(NONE);
    let string = |out: &mut Vec<u32>, s: &str| {
        let at = out.len();
        out.push(0);
        out.extend(s.encode_utf16().map(u32::from));
        out[at] = n(out.len() - at - 1);
    };
    out.push(n(answer.speakers.len()));
    for s in &answer.speakers {
        out.push(match s.kind {
            SpeakerKind::Person => 0,
            SpeakerKind::Organization => 1,
        });
        out.push(match s.gender {
            None => 0,
            Some(SpeakerGender::Female) => 1,
            Some(SpeakerGender::Male) => 2,
        });
        out.push(u32::from(s.named));
        string(&mut out, &s.name);
        out.push(n(s.mentions.len()));
        out.extend(s.mentions.iter().flat_map(|m| [n(m.start), n(m.end)]));
    }
    out.push(n(answer.countries.len()));
    for c in &answer.countries {
        string(&mut out, c.code);
        string(&mut out, c.name);
        out.push(n(c.mentions.len()));
        out.extend(c.mentions.iter().flat_map(|m| {
            let form = match m.form {
                Form::Name => 0,
                Form::Alias => 1,
                Form::Demonym => 2,
                Form::Capital => 3,
                Form::Seat => 4,
            };
            [n(m.start), n(m.end), form]
        }));
    }
    out.push(n(answer.claims.len()));
    for c in &answer.claims {
        let kind = match c.kind {
            ClaimKind::Direct => 0,
            ClaimKind::Indirect => 1,
        };
        let (cue_start, cue_end) = c.cue.map_or((NONE, NONE), |s| (n(s.start), n(s.end)));
        let speaker = c.speaker.map_or(NONE, n);
        out.extend([n(c.start), n(c.end), kind, speaker, cue_start, cue_end]);
    }
    out
}

//! What the claims' tests share: each claim of a text as the reader sees it.

use crate::{ClaimKind, annotate};

/// A claim as the reader sees it: its content, kind, cue and speaker's name.
pub(crate) type Seen<'a> = (&'a str, ClaimKind, Option<&'a str>, Option<String>);

/// Each claim as (content, kind, cue, speaker name).
pub(crate) fn claims(text: &str) -> Vec<Seen<'_>> {
    let marks = annotate(text);
    marks
        .claims
        .iter()
        .map(|c| {
            let speaker = c.speaker.map(|id| marks.speakers[id].name.clone());
            (
                &text[c.start..c.end],
                c.kind,
                c.cue.map(|s| s.text(text)),
                speaker,
            )
        })
        .collect()
}

/// The name of each speaker of a text, in order.
pub(crate) fn speaker_names(text: &str) -> Vec<String> {
    annotate(text)
        .speakers
        .into_iter()
        .map(|s| s.name)
        .collect()
}

/// A direct claim as the reader sees it.
pub(crate) fn direct<'a>(content: &'a str, cue: &'a str, who: &str) -> Seen<'a> {
    (content, ClaimKind::Direct, Some(cue), Some(who.to_string()))
}

/// A reported claim as the reader sees it.
pub(crate) fn reported<'a>(content: &'a str, cue: &'a str, who: &str) -> Seen<'a> {
    (
        content,
        ClaimKind::Indirect,
        Some(cue),
        Some(who.to_string()),
    )
}

/// A reported claim with no speaker, as the reader sees it.
pub(crate) fn unnamed<'a>(content: &'a str, cue: &'a str) -> Seen<'a> {
    (content, ClaimKind::Indirect, Some(cue), None)
}

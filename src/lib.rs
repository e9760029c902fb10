//! newsmark marks who speaks, which countries are named and what is claimed, by whom, in a news
//! article. It is pure Rust with no model to load, small enough to run in a reader's browser
//! as WebAssembly.
//!
//! ```
//! let text = "Russia vetoed it. \"We regret it,\" Mr Lavrov said.";
//! let marks = newsmark::annotate(text);
//!
//! assert_eq!(marks.countries[0].code, "RU");
//! assert_eq!(marks.speakers[0].name, "Lavrov");
//! let claim = &marks.claims[0];
//! assert_eq!(&text[claim.start..claim.end], "We regret it,");
//! assert_eq!(claim.speaker, Some(0));
//! ```
//!
//! Offsets are bytes in Rust; [`Annotations::to_utf16`] turns them into the UTF-16 code units
//! of the JSON answer that the browser build and the `newsmark` command give.

pub mod annotations;
pub mod claims;
pub mod countries;
mod data;
mod grammar;
mod offsets;
mod resolve;
pub mod rules;
mod sort;
pub mod speakers;
mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use annotations::{
    Annotations, Claim, ClaimKind, Country, CountryMention, Form, InvalidAnswer, Span, Speaker,
    SpeakerGender, SpeakerKind,
};
pub use rules::{Rule, Trace};

/// Marks the speakers, countries and claims of `text`, with byte offsets.
pub fn annotate(text: &str) -> Annotations {
    mark::<false>(text).0
}

/// Marks `text` as [`annotate`] does, with the trace of each claim: the rules that made it,
/// found its source and resolved its speaker (`newsmark --explain`).
///
/// ```
/// let (marks, traces) = newsmark::explain("“We regret it,” Mr Lavrov said.");
/// assert_eq!(marks.claims.len(), traces.len());
/// assert_eq!(traces[0].claim.name(), "direct::attributed");
/// assert_eq!(traces[0].source.name(), "sources::before_cue");
/// ```
pub fn explain(text: &str) -> (Annotations, Vec<Trace>) {
    mark::<true>(text)
}

/// The pipeline: the marks of `text`, and with `TRACE` the trace of each claim (without, none:
/// the browser's build has no use for them, and leaves out the code that keeps them, 95 B).
fn mark<const TRACE: bool>(text: &str) -> (Annotations, Vec<Trace>) {
    let doc = text::Doc::new(text);
    let found_countries = countries::find_in(&doc);
    let mentions = speakers::find_mentions(&doc, &found_countries);
    let found_claims = claims::find(&doc, &mentions, &found_countries);
    let (entities, entity_of) = speakers::link(text, &mentions);
    let resolved = resolve::resolve::<TRACE>(&doc, &mentions, &entities, &entity_of, &found_claims);
    let annotations = Annotations {
        speakers: resolved.speakers,
        countries: countries::group(&found_countries),
        claims: resolved.claims,
    };
    (annotations, resolved.traces)
}

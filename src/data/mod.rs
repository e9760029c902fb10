//! Data tables, kept apart from the logic that reads them.

pub mod countries;
pub mod cues;
pub mod news;
pub mod words;

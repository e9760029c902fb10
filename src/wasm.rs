//! The JavaScript boundary: the one place that knows about JS values and UTF-16 offsets.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Annotates `text` and returns the JSON answer as a JS object, with UTF-16 offsets so that
/// `text.slice(start, end)` is the marked text. Throws an `Error` unless `text` is a string.
#[wasm_bindgen]
pub fn annotate(text: JsValue) -> Result<JsValue, JsError> {
    let Some(text) = text.as_string() else {
        let got = text.js_typeof().as_string().unwrap_or_default();
        return Err(JsError::new(&format!(
            "newsmark.annotate expects a string, got {got}"
        )));
    };
    let answer = crate::annotate(&text).to_utf16(&text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    answer
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

//! `newsmark`: annotates JSON Lines `{"id": …, "text": …}` from stdin, one answer a line on
//! stdout with UTF-16 offsets and the `id` copied through.
//!
//! A line that is not JSON, or has no string `text`, is reported on stderr with its line number;
//! the good lines are still written, and the exit status is then 1.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use serde_json::Value;

#[derive(Serialize)]
struct Answer<'a> {
    id: &'a Value,
    #[serde(flatten)]
    annotations: newsmark::Annotations,
}

/// Why one input line could not be annotated.
fn annotate_line(line: &str) -> Result<String, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
    let text = value
        .get("text")
        .and_then(Value::as_str)
        .ok_or("no string \"text\" field")?;
    let id = value.get("id").unwrap_or(&Value::Null);
    let annotations = newsmark::annotate(text).to_utf16(text);
    serde_json::to_string(&Answer { id, annotations }).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    for (n, line) in stdin.lines().enumerate() {
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                eprintln!("newsmark: line {}: cannot read: {e}", n + 1);
                failed += 1;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match annotate_line(&line) {
            Ok(json) => {
                if writeln!(out, "{json}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(why) => {
                eprintln!("newsmark: line {}: {why}", n + 1);
                failed += 1;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed > 0 {
        eprintln!("newsmark: {failed} line(s) could not be annotated");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

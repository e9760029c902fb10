//! The corpus regression test: newsmark's answers on the shared evaluation sets
//! (`../shared/eval/dev.jsonl` and `train.jsonl`, 924 news articles) are pinned, article by
//! article, as a digest of each answer's JSON, never the text. A refactor must leave every
//! digest as it is; a change meant to alter answers updates them in the same commit:
//!
//! ```sh
//! scripts/corpus-diff                      # which claims, speakers and countries changed
//! NEWSMARK_BLESS=1 cargo test --test corpus  # then pin the new answers
//! ```
//!
//! Without the sets beside the checkout the test says so and passes, except under CI, where
//! they are always laid out and their absence is a failure.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The evaluation sets pinned, by file stem.
const SETS: [&str; 2] = ["dev", "train"];

/// 64-bit FNV-1a: stable across Rust versions and machines, unlike the standard hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One line per article of the set at `path`: its id and the digest of its answer.
fn digests(path: &Path) -> String {
    let input = std::fs::read_to_string(path).expect("the evaluation set is readable");
    let mut out = String::new();
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        let article: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = article["text"].as_str().expect("a string text");
        let answer = newsmark::annotate(text).to_utf16(text);
        let json = serde_json::to_string(&answer).expect("the answer serializes");
        let id = match &article["id"] {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        writeln!(out, "{id}\t{:016x}", fnv1a(json.as_bytes())).unwrap();
    }
    out
}

fn eval_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval")
}

#[test]
fn answers_on_the_evaluation_sets_are_the_pinned_ones() {
    let dir = eval_dir();
    if !dir.join("dev.jsonl").exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{} is missing: CI lays the evaluation sets out beside the checkout",
            dir.display()
        );
        eprintln!("skipped: no evaluation sets at {}", dir.display());
        return;
    }
    let bless = std::env::var_os("NEWSMARK_BLESS").is_some();
    let mut changed = Vec::new();
    for set in SETS {
        let now = digests(&dir.join(format!("{set}.jsonl")));
        let pinned_path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpus")
            .join(format!("{set}.digest"));
        if bless {
            std::fs::write(&pinned_path, &now).expect("the digest file is writable");
            continue;
        }
        let pinned = std::fs::read_to_string(&pinned_path).unwrap_or_default();
        let pinned: Vec<&str> = pinned.lines().collect();
        let now: Vec<&str> = now.lines().collect();
        assert_eq!(
            pinned.len(),
            now.len(),
            "{set}: {} articles pinned, {} in the set",
            pinned.len(),
            now.len()
        );
        for (was, is) in pinned.iter().zip(&now) {
            if was != is {
                changed.push(format!("{set} {}", is.split('\t').next().unwrap_or("")));
            }
        }
    }
    assert!(
        changed.is_empty(),
        "{} answers changed ({}{}); see them with scripts/corpus-diff, and pin them, if meant, \
         with NEWSMARK_BLESS=1 cargo test --test corpus",
        changed.len(),
        changed[..changed.len().min(8)].join(", "),
        if changed.len() > 8 { ", …" } else { "" }
    );
}

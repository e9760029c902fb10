//! Throughput and scaling of `annotate`, native.
//!
//!     cargo run --release --example bench -- ../shared/eval/dev.jsonl
//!
//! Prints MB/s over the texts of a JSON Lines file, then a scaling table from 10 KB to 10 MB
//! (the texts repeated) with time and peak heap memory, measured by a counting allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn texts(path: &str) -> Vec<String> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["text"].as_str().expect("a string text").to_string()
        })
        .collect()
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/eval/dev.jsonl".into());
    let texts = texts(&path);
    let bytes: usize = texts.iter().map(String::len).sum();
    // Warm up (builds the country automaton once), then time whole passes.
    for t in &texts {
        std::hint::black_box(newsmark::annotate(t));
    }
    let mut runs = Vec::new();
    for _ in 0..15 {
        let start = Instant::now();
        for t in &texts {
            std::hint::black_box(newsmark::annotate(t));
        }
        runs.push(start.elapsed().as_secs_f64());
    }
    runs.sort_by(f64::total_cmp);
    let median = runs[runs.len() / 2];
    println!(
        "native: {} texts, {:.2} MB, median pass {:.2} ms, {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        median * 1e3,
        bytes as f64 / 1e6 / median
    );

    println!(
        "\n| input | time | MB/s | peak heap | heap / input |\n| ---: | ---: | ---: | ---: | ---: |"
    );
    let corpus = texts.join("\n\n");
    // The same words with no sentence end: one sentence of the whole input, the worst case of
    // the rules that look back along a sentence.
    let run_on = corpus.replace(['.', '!', '?', '\n'], " ");
    for (label, text, sizes) in [
        (
            "",
            &corpus,
            &[10_000usize, 100_000, 1_000_000, 10_000_000][..],
        ),
        (" one sentence", &run_on, &[1_000_000, 10_000_000][..]),
    ] {
        for &size in sizes {
            row(label, &repeated(text, size));
        }
    }
}

/// `text` repeated to `size` bytes.
fn repeated(text: &str, size: usize) -> String {
    let mut input = String::with_capacity(size + text.len());
    while input.len() < size {
        input.push_str(text);
        input.push_str("\n\n");
    }
    let cut = (size..input.len())
        .find(|&i| input.is_char_boundary(i))
        .unwrap_or(input.len());
    input.truncate(cut);
    input
}

/// Annotates `input` and prints a row of the scaling table: time, throughput and peak heap.
fn row(label: &str, input: &str) {
    let size = input.len();
    let base = IN_USE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let start = Instant::now();
    let answer = newsmark::annotate(input);
    let elapsed = start.elapsed().as_secs_f64();
    let peak = PEAK.load(Ordering::Relaxed) - base;
    std::hint::black_box(answer);
    println!(
        "| {:>5} KB{label} | {:>8.2} ms | {:>6.1} | {:>7.2} MB | {:>4.1}× |",
        size / 1000,
        elapsed * 1e3,
        size as f64 / 1e6 / elapsed,
        peak as f64 / 1e6,
        peak as f64 / size as f64
    );
}

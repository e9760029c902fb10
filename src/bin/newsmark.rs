//! `newsmark`: annotates JSON Lines `{"id": …, "text": …}` from the files named (or stdin), one
//! answer a line on stdout with UTF-16 offsets and the `id` copied through, in input order.
//!
//! It streams: lines are read in batches, annotated on every core, and written in order, so
//! memory stays bounded whatever the input's length. A line that is not UTF-8, not JSON, or has
//! no string `text` (or, were there a bug, one that the annotator fails on) is reported on
//! stderr with its line number; the good lines are still written, and the exit status is then 1.
//!
//! `--explain` adds to each answer a `"trace"`, one entry a claim: the rules that made it,
//! found its source and resolved its speaker. `--rules` lists every rule with its
//! documentation.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread;

use newsmark::Rule;
use serde::Serialize;
use serde_json::Value;

/// Lines handed to a worker at a time.
const BATCH: usize = 32;

/// How to use the command, for `--help` and for a wrong argument.
const USAGE: &str = "usage: newsmark [--explain] [FILE.jsonl …] > out.jsonl
       newsmark --rules | --help | --version

Annotates JSON Lines {\"id\": …, \"text\": …}, from each FILE in turn or from stdin (no FILE,
or -), one answer a line on stdout, in input order, with UTF-16 offsets.
  --explain  add to each answer a \"trace\": for each claim, the rules that made it,
             found its source and resolved its speaker
  --rules    list every rule of the pipeline with its documentation
  --version  print the version
A progress line (articles, MB, MB/s) goes to stderr when stderr is a terminal.
Exit status: 0; 1 when a line could not be annotated (each is named on stderr, the good lines
are still written) or an input cannot be read; 2 for a wrong argument.";

#[derive(Serialize)]
struct Answer<'a> {
    id: &'a Value,
    #[serde(flatten)]
    annotations: newsmark::Annotations,
    #[serde(skip_serializing_if = "Option::is_none")]
    trace: Option<Vec<TraceEntry>>,
}

/// A claim's trace as the JSON answer gives it: rule names.
#[derive(Serialize)]
struct TraceEntry {
    claim: &'static str,
    source: &'static str,
    speaker: Option<&'static str>,
}

/// Whether to add the trace of each claim.
static EXPLAIN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The answer to one input line, or why there is none.
fn annotate_line(line: &[u8]) -> Result<String, String> {
    let line = std::str::from_utf8(line).map_err(|e| format!("not UTF-8: {e}"))?;
    let line = mend_lone_surrogates(line);
    let value: Value = serde_json::from_str(&line).map_err(|e| format!("not valid JSON: {e}"))?;
    let text = value
        .get("text")
        .and_then(Value::as_str)
        .ok_or("no string \"text\" field")?;
    let id = value.get("id").unwrap_or(&Value::Null);
    let (annotations, traces) = newsmark::explain(text);
    let trace = EXPLAIN.load(Ordering::Relaxed).then(|| {
        traces
            .iter()
            .map(|t| TraceEntry {
                claim: t.claim.name(),
                source: t.source.name(),
                speaker: t.speaker.map(Rule::name),
            })
            .collect()
    });
    let annotations = annotations.to_utf16(text);
    serde_json::to_string(&Answer {
        id,
        annotations,
        trace,
    })
    .map_err(|e| e.to_string())
}

/// `line` with each escaped lone surrogate (`"\ud800"`, which JavaScript's `JSON.stringify`
/// writes for half an emoji) escaped as U+FFFD instead: one UTF-16 unit for one, so that every
/// offset stays where it was.
fn mend_lone_surrogates(line: &str) -> std::borrow::Cow<'_, str> {
    // (Most lines have no surrogate escape at all: a fast look first.)
    if !(line.contains("\\ud") || line.contains("\\uD")) {
        return line.into();
    }
    let bytes = line.as_bytes();
    // The code unit of a `\uXXXX` escape at byte `i`, if there is one.
    let unit = |i: usize| {
        (bytes.get(i) == Some(&b'\\') && bytes.get(i + 1) == Some(&b'u'))
            .then(|| line.get(i + 2..i + 6))
            .flatten()
            .and_then(|hex| u16::from_str_radix(hex, 16).ok())
    };
    let high = |u: u16| (0xd800..0xdc00).contains(&u);
    let low = |u: u16| (0xdc00..0xe000).contains(&u);
    let mut lone = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match unit(i) {
            Some(u) if high(u) && unit(i + 6).is_some_and(low) => i += 12,
            Some(u) if high(u) || low(u) => {
                lone.push(i);
                i += 6;
            }
            Some(_) => i += 6,
            // Any other escape, `\\` included, is two bytes.
            None => i += 2,
        }
    }
    if lone.is_empty() {
        return line.into();
    }
    let mut mended = String::with_capacity(line.len());
    let mut from = 0;
    for at in lone {
        mended.push_str(&line[from..at]);
        mended.push_str("\\ufffd");
        from = at + 6;
    }
    mended.push_str(&line[from..]);
    mended.into()
}

/// Where a line comes from: a file (its path) or stdin (`None`).
type Origin = Option<Arc<str>>;

/// A batch of lines: its sequence number, and each line with where it comes from, its line
/// number there and its bytes.
type Batch = (usize, Vec<(Origin, usize, Vec<u8>)>);
/// A batch's results, each the size of its line and an answer or an error naming the line.
type Done = (usize, Vec<(usize, Result<String, String>)>);

/// Reads the lines of each input in turn (a path, or `None` for stdin) into batches.
fn read_batches(inputs: Vec<Origin>, send: std::sync::mpsc::SyncSender<Batch>) -> io::Result<()> {
    let mut seq = 0;
    let mut batch = Vec::with_capacity(BATCH);
    for origin in inputs {
        let mut reader: Box<dyn BufRead> = match &origin {
            Some(path) => Box::new(io::BufReader::new(
                std::fs::File::open(&**path)
                    .map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?,
            )),
            None => Box::new(io::stdin().lock()),
        };
        let mut number = 0;
        loop {
            let mut line = Vec::new();
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            number += 1;
            while line.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                line.pop();
            }
            if !line.iter().all(u8::is_ascii_whitespace) {
                batch.push((origin.clone(), number, line));
            }
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                if send.send((seq, full)).is_err() {
                    return Ok(());
                }
                seq += 1;
            }
        }
    }
    if !batch.is_empty() {
        let _ = send.send((seq, batch));
    }
    Ok(())
}

fn work(batches: Arc<Mutex<Receiver<Batch>>>, done: std::sync::mpsc::SyncSender<Done>) {
    loop {
        let next = batches.lock().map(|r| r.recv());
        let Ok(Ok((seq, lines))) = next else { return };
        // A bug that panics on one line costs that line, not the run: it is reported like a
        // bad line, and the others are still written.
        let results = lines
            .iter()
            .map(|(origin, number, line)| {
                let result = std::panic::catch_unwind(|| annotate_line(line))
                    .unwrap_or_else(|_| Err("newsmark failed on it (a bug)".into()));
                (
                    line.len(),
                    result.map_err(|why| match origin {
                        Some(path) => format!("{path}, line {number}: {why}"),
                        None => format!("line {number}: {why}"),
                    }),
                )
            })
            .collect();
        if done.send((seq, results)).is_err() {
            return;
        }
    }
}

fn main() -> ExitCode {
    let mut inputs: Vec<Origin> = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "-V" | "--version" => {
                println!("newsmark {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "-" => inputs.push(None),
            path if !path.starts_with('-') => inputs.push(Some(path.into())),
            "--explain" => EXPLAIN.store(true, Ordering::Relaxed),
            "--rules" => {
                let mut out = io::stdout().lock();
                for rule in Rule::ALL {
                    if writeln!(out, "{}\t{}", rule.name(), rule.doc()).is_err() {
                        return ExitCode::FAILURE;
                    }
                }
                return ExitCode::SUCCESS;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => {
                eprintln!("newsmark: unknown argument {arg:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if inputs.is_empty() {
        inputs.push(None);
    }
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let (send_batch, batches) = sync_channel::<Batch>(workers * 2);
    let (send_done, done) = sync_channel::<Done>(workers * 2);
    let reader = thread::spawn(move || read_batches(inputs, send_batch));
    let batches = Arc::new(Mutex::new(batches));
    for _ in 0..workers {
        let (batches, send_done) = (Arc::clone(&batches), send_done.clone());
        thread::spawn(move || work(batches, send_done));
    }
    // Only the workers hold the ends: were they all gone, the reader would stop, not block.
    drop((batches, send_done));

    let mut out = BufWriter::new(io::stdout().lock());
    let mut progress = Progress::new();
    let (mut next, mut waiting, mut failed) = (0, BTreeMap::new(), 0usize);
    for (seq, results) in done {
        waiting.insert(seq, results);
        while let Some(results) = waiting.remove(&next) {
            for (bytes, result) in results {
                progress.add(bytes);
                match result {
                    Ok(json) => {
                        if writeln!(out, "{json}").is_err() {
                            return ExitCode::FAILURE;
                        }
                    }
                    Err(why) => {
                        progress.clear();
                        eprintln!("newsmark: {why}");
                        failed += 1;
                    }
                }
            }
            next += 1;
        }
    }
    progress.finish();
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if let Ok(Err(e)) = reader.join() {
        eprintln!("newsmark: cannot read the input: {e}");
        return ExitCode::FAILURE;
    }
    if failed > 0 {
        eprintln!("newsmark: {failed} line(s) could not be annotated");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The progress line on stderr, where stderr is a terminal: articles, MB and MB/s so far.
struct Progress {
    shown: bool,
    started: std::time::Instant,
    last: std::time::Instant,
    articles: usize,
    bytes: usize,
}

impl Progress {
    fn new() -> Self {
        let now = std::time::Instant::now();
        Progress {
            shown: io::stderr().is_terminal(),
            started: now,
            last: now,
            articles: 0,
            bytes: 0,
        }
    }

    /// Counts an article of `bytes`, and redraws the line at most four times a second.
    fn add(&mut self, bytes: usize) {
        self.articles += 1;
        self.bytes += bytes;
        if self.shown && self.last.elapsed().as_millis() >= 250 {
            self.last = std::time::Instant::now();
            self.draw();
        }
    }

    fn draw(&self) {
        let mb = self.bytes as f64 / 1e6;
        let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
        eprint!(
            "\r{} articles, {mb:.1} MB, {:.1} MB/s ",
            self.articles,
            mb / seconds
        );
    }

    /// Clears the line before another message.
    fn clear(&self) {
        if self.shown {
            eprint!("\r\x1b[K");
        }
    }

    /// Draws the last count and ends the line.
    fn finish(&self) {
        if self.shown {
            self.draw();
            eprintln!();
        }
    }
}

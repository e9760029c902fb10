//! `newsmark`: annotates JSON Lines `{"id": …, "text": …}` from stdin, one answer a line on
//! stdout with UTF-16 offsets and the `id` copied through, in input order.
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
use std::io::{self, BufRead, BufWriter, Write};
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
const USAGE: &str = "usage: newsmark [--explain] < in.jsonl > out.jsonl
       newsmark --rules

Annotates JSON Lines {\"id\": …, \"text\": …} from stdin, one answer a line on stdout.
  --explain  add to each answer a \"trace\": for each claim, the rules that made it,
             found its source and resolved its speaker
  --rules    list every rule of the pipeline with its documentation
Exit status: 0, or 1 when a line could not be annotated (each is named on stderr), 2 for a
wrong argument.";

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
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
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

/// A batch of lines: its sequence number, and each line with its line number.
type Batch = (usize, Vec<(usize, Vec<u8>)>);
/// A batch's results, each an answer or an error naming its line.
type Done = (usize, Vec<Result<String, String>>);

fn read_batches(send: std::sync::mpsc::SyncSender<Batch>) -> io::Result<()> {
    let mut stdin = io::stdin().lock();
    let (mut seq, mut number) = (0, 0);
    loop {
        let mut batch = Vec::with_capacity(BATCH);
        while batch.len() < BATCH {
            let mut line = Vec::new();
            if stdin.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            number += 1;
            while line.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                line.pop();
            }
            if !line.iter().all(u8::is_ascii_whitespace) {
                batch.push((number, line));
            }
        }
        if batch.is_empty() {
            return Ok(());
        }
        if send.send((seq, batch)).is_err() {
            return Ok(());
        }
        seq += 1;
    }
}

fn work(batches: Arc<Mutex<Receiver<Batch>>>, done: std::sync::mpsc::SyncSender<Done>) {
    loop {
        let next = batches.lock().map(|r| r.recv());
        let Ok(Ok((seq, lines))) = next else { return };
        // A bug that panics on one line costs that line, not the run: it is reported like a
        // bad line, and the others are still written.
        let results = lines
            .iter()
            .map(|(number, line)| {
                std::panic::catch_unwind(|| annotate_line(line))
                    .unwrap_or_else(|_| Err("newsmark failed on it (a bug)".into()))
                    .map_err(|why| format!("line {number}: {why}"))
            })
            .collect();
        if done.send((seq, results)).is_err() {
            return;
        }
    }
}

fn main() -> ExitCode {
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
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
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let (send_batch, batches) = sync_channel::<Batch>(workers * 2);
    let (send_done, done) = sync_channel::<Done>(workers * 2);
    let reader = thread::spawn(move || read_batches(send_batch));
    let batches = Arc::new(Mutex::new(batches));
    for _ in 0..workers {
        let (batches, send_done) = (Arc::clone(&batches), send_done.clone());
        thread::spawn(move || work(batches, send_done));
    }
    // Only the workers hold the ends: were they all gone, the reader would stop, not block.
    drop((batches, send_done));

    let mut out = BufWriter::new(io::stdout().lock());
    let (mut next, mut waiting, mut failed) = (0, BTreeMap::new(), 0usize);
    for (seq, results) in done {
        waiting.insert(seq, results);
        while let Some(results) = waiting.remove(&next) {
            for result in results {
                match result {
                    Ok(json) => {
                        if writeln!(out, "{json}").is_err() {
                            return ExitCode::FAILURE;
                        }
                    }
                    Err(why) => {
                        eprintln!("newsmark: {why}");
                        failed += 1;
                    }
                }
            }
            next += 1;
        }
    }
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

//! The `newsmark` batch command: JSON Lines in, one answer a line out.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(input: &str) -> (String, String, i32) {
    run_with(&[], input)
}

fn run_with(args: &[&str], input: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn each_line_gets_its_answer_with_the_id_copied_through() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"“Yes,” said Mr Lavrov in Moscow.\"}\n",
        "{\"id\": 7, \"text\": \"Syria and the U.S.\"}\n",
    );
    let (out, err, code) = run(input);
    assert_eq!((code, err.as_str()), (0, ""));
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7);
    // UTF-16 offsets: the curly quote is one unit.
    assert_eq!(lines[0]["claims"][0]["start"], 1);
    assert_eq!(lines[0]["claims"][0]["end"], 5);
    assert_eq!(lines[0]["countries"][0]["code"], "RU");
    assert_eq!(lines[1]["countries"][1]["mentions"][0]["start"], 14);
}

#[test]
fn bad_lines_are_named_and_the_good_ones_still_come_out() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"Russia.\"}\n", "not json\n",
        "{\"id\": 3, \"body\": \"no text\"}\n", "{\"id\": 4, \"text\": 42}\n",
        "{\"id\": 5, \"text\": \"France.\"}\n",
    );
    let (out, err, code) = run(input);
    assert_eq!(code, 1);
    let ids: Vec<i64> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, [1, 5]);
    assert!(err.contains("line 2: not valid JSON"), "{err}");
    assert!(err.contains("line 3: no string \"text\" field"), "{err}");
    assert!(err.contains("line 4: no string \"text\" field"), "{err}");
}

#[test]
fn explain_traces_each_claim_to_its_rules() {
    let input = "{\"id\": 1, \"text\": \"“We will not,” Mr Lavrov said. Officials said he was tired. \
                 The talks failed, he added.\"}\n";
    let (out, err, code) = run_with(&["--explain"], input);
    assert_eq!((code, err.as_str()), (0, ""));
    let answer: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let traces: Vec<(&str, &str, &str)> = answer["trace"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["claim"].as_str().unwrap(),
                t["source"].as_str().unwrap(),
                t["speaker"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        traces,
        [
            (
                "direct::attributed", "sources::before_cue", "resolve::named"
            ),
            (
                "reported::complement", "sources::before_cue", "resolve::phrase"
            ),
            (
                "reported::inverted", "sources::before_cue", "resolve::antecedent"
            ),
        ]
    );
    // Without the flag, the answer has no trace.
    let (out, _, _) = run(input);
    assert!(!out.contains("\"trace\""));
}

#[test]
fn rules_lists_every_rule_with_its_documentation_and_a_wrong_flag_is_refused() {
    let (out, _, code) = run_with(&["--rules"], "");
    assert_eq!(code, 0);
    let rules: Vec<&str> = out.lines().collect();
    assert_eq!(rules.len(), newsmark::Rule::ALL.len());
    assert!(
        rules
            .iter()
            .all(|l| l.split_once('\t').is_some_and(|(_, doc)| doc.len() > 20))
    );
    assert!(rules.contains(
        &"reported::according_to\t\"According to X, content.\" and \"Content, according to X.\""
    ));
    let (_, err, code) = run_with(&["--explian"], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown argument \"--explian\""), "{err}");
}

#[test]
fn a_lone_surrogate_is_annotated_as_a_replacement_character_at_the_same_offsets() {
    // What JSON.stringify writes for half an emoji; the escaped backslash stays text.
    let input = "{\"id\": 1, \"text\": \"\\ud83d Mr Lavrov said the talks had failed. \\\\ud800 \
                 \\ud83d\\ude00\"}\n";
    let (out, err, code) = run(input);
    assert_eq!((code, err.as_str()), (0, ""));
    let answer: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    // One UTF-16 unit before " Mr Lavrov said ", as in JavaScript.
    assert_eq!(answer["claims"][0]["start"], 17);
    assert_eq!(answer["speakers"][0]["name"], "Lavrov");
}

#[test]
fn files_named_are_read_in_turn_and_a_bad_line_names_its_file() {
    let dir = std::env::temp_dir().join(format!("newsmark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.jsonl"), dir.join("b.jsonl"));
    std::fs::write(&a, "{\"id\": \"a\", \"text\": \"Russia.\"}\n").unwrap();
    std::fs::write(&b, "not json\n{\"id\": \"b\", \"text\": \"France.\"}\n").unwrap();
    let (out, err, code) = run_with(&[a.to_str().unwrap(), b.to_str().unwrap()], "");
    let ids: Vec<String> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids, ["\"a\"", "\"b\""]);
    assert_eq!(code, 1);
    assert!(err.contains("b.jsonl, line 1: not valid JSON"), "{err}");
    let (_, err, code) = run_with(&[dir.join("missing.jsonl").to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(err.contains("missing.jsonl"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn help_and_version_say_how_to_use_it() {
    let (out, _, code) = run_with(&["--help"], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: newsmark"), "{out}");
    assert!(out.contains("Exit status"), "{out}");
    let (out, _, code) = run_with(&["--version"], "");
    assert_eq!(
        (code, out.trim()),
        (0, concat!("newsmark ", env!("CARGO_PKG_VERSION")))
    );
}

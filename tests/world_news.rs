//! Who says what in articles written for these tests in the styles of news from other countries
//! (South Africa, India, Canada, Australia, New Zealand, Ireland, the UK, Nigeria, Kenya,
//! Singapore, wire copy, sport): datelines, titles with portfolios, honorifics, councils,
//! ministries and police ranks, and the quotes of sport.
//! `tests/world/expected.tsv` says what each article must give.

use std::fs;
use std::path::Path;

use newsmark::annotate;

const EXPECTED: &str = include_str!("world/expected.tsv");

/// What one article gives: each claim's text with its speaker's name, and the speakers' names.
struct Given {
    claims: Vec<(String, Option<String>)>,
    speakers: Vec<String>,
}

fn given(article: &str) -> Given {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/world/{article}.txt"));
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let marks = annotate(&text);
    let name = |id: Option<usize>| id.map(|id| marks.speakers[id].name.clone());
    Given {
        claims: marks
            .claims
            .iter()
            .map(|c| (text[c.start..c.end].to_string(), name(c.speaker)))
            .collect(),
        speakers: marks.speakers.iter().map(|s| s.name.clone()).collect(),
    }
}

#[test]
fn each_claim_has_the_speaker_the_article_names() {
    let mut failures = Vec::new();
    let mut cache: Vec<(&str, Given)> = Vec::new();
    for line in EXPECTED
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let [article, claim, speaker] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("expected.tsv: a line needs three columns: {line:?}");
        };
        if !cache.iter().any(|(a, _)| *a == article) {
            cache.push((article, given(article)));
        }
        let given = &cache.iter().find(|(a, _)| *a == article).unwrap().1;
        if claim == "!" {
            if given.speakers.iter().any(|s| s == speaker) {
                failures.push(format!("{article}: {speaker:?} is no speaker"));
            }
            continue;
        }
        let want = (speaker != "-").then_some(speaker);
        match given
            .claims
            .iter()
            .find(|(text, _)| text.starts_with(claim))
        {
            None => failures.push(format!("{article}: no claim starts with {claim:?}")),
            Some((_, got)) if got.as_deref() != want => {
                failures.push(format!("{article}: {claim:?} is {want:?}'s, not {got:?}"))
            }
            Some(_) => {}
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

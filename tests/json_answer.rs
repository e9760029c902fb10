//! The JSON answer: its shape, and UTF-16 offsets that agree with the byte offsets.

use serde_json::{Value, json};

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).expect("a span on character boundaries")
}

#[test]
fn the_json_answer_has_the_documented_shape() {
    let text = "Russia vetoed it. \"We regret it,\" Mr Lavrov said.";
    let answer = serde_json::to_value(newsmark::annotate(text).to_utf16(text)).unwrap();
    assert_eq!(
        answer,
        json!({
            "speakers": [{"id": 0, "name": "Lavrov", "kind": "person", "gender": "male",
                          "named": true, "mentions": [{"start": 34, "end": 43}]}],
            "countries": [{"code": "RU", "name": "Russia",
                           "mentions": [{"start": 0, "end": 6, "form": "name"}]}],
            "claims": [{"start": 19, "end": 32, "kind": "direct", "speaker": 0,
                        "cue": {"start": 44, "end": 48}}]
        })
    );
}

#[test]
fn an_unattributed_claim_has_a_null_speaker() {
    let text = "Officials said the border would reopen.";
    let answer = serde_json::to_value(newsmark::annotate(text).to_utf16(text)).unwrap();
    let claim = &answer["claims"][0];
    assert_eq!(claim["kind"], "indirect");
    assert!(claim["speaker"].is_null() || claim["speaker"].is_u64());
    assert_eq!(claim["cue"]["start"], 10);
}

#[test]
fn utf16_offsets_match_byte_offsets_on_accents_curly_quotes_and_emoji() {
    let text = "🎉 “Élan is gone,” said Zoë Müller 😀. Türkiye and Côte d'Ivoire 🇨🇮 agreed.";
    let bytes = newsmark::annotate(text);
    let units = bytes.clone().to_utf16(text);
    assert_ne!(
        bytes, units,
        "the text has non-ASCII characters before the marks"
    );
    let pairs = |a: &newsmark::Annotations| -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        for s in &a.speakers {
            spans.extend(s.mentions.iter().map(|m| (m.start, m.end)));
        }
        for c in &a.countries {
            spans.extend(c.mentions.iter().map(|m| (m.start, m.end)));
        }
        for c in &a.claims {
            spans.push((c.start, c.end));
            spans.extend(c.cue.iter().map(|s| (s.start, s.end)));
        }
        spans
    };
    let (b, u) = (pairs(&bytes), pairs(&units));
    assert_eq!(b.len(), 5);
    for ((bs, be), (us, ue)) in b.into_iter().zip(u) {
        assert_eq!(&text[bs..be], utf16_slice(text, us, ue));
    }
    let country_texts: Vec<String> = units
        .countries
        .iter()
        .map(|c| utf16_slice(text, c.mentions[0].start, c.mentions[0].end))
        .collect();
    assert_eq!(country_texts, ["Türkiye", "Côte d'Ivoire"]);
    let claim = &units.claims[0];
    assert_eq!(utf16_slice(text, claim.start, claim.end), "Élan is gone,");
    let json = serde_json::to_value(&units).unwrap();
    assert_eq!(json["speakers"][0]["name"], Value::from("Zoë Müller"));
}

#[test]
fn empty_and_blank_text_give_an_empty_answer() {
    for text in ["", " \n\n\t "] {
        assert_eq!(newsmark::annotate(text), newsmark::Annotations::default());
    }
}

//! The core on the sample article the page opens with: specific marks and attributions.

use newsmark::{Annotations, ClaimKind, Form, SpeakerKind, annotate};

const SAMPLE: &str = include_str!("../www/sample-article.txt");

fn marks() -> Annotations {
    annotate(SAMPLE)
}

fn speaker<'a>(marks: &'a Annotations, name: &str) -> &'a newsmark::Speaker {
    marks
        .speakers
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("{name} is a speaker"))
}

fn mention_texts(spans: impl IntoIterator<Item = (usize, usize)>) -> Vec<&'static str> {
    spans.into_iter().map(|(s, e)| &SAMPLE[s..e]).collect()
}

#[test]
fn the_obvious_speakers_with_all_their_mentions() {
    let marks = marks();
    let texts = |name| {
        mention_texts(
            speaker(&marks, name)
                .mentions
                .iter()
                .map(|m| (m.start, m.end)),
        )
    };
    assert_eq!(texts("Nikki Haley"), ["Nikki Haley"]);
    assert_eq!(
        texts("Rex Tillerson"),
        ["Rex Tillerson", "Tillerson", "Mr Tillerson"]
    );
    assert_eq!(texts("Lavrov"), ["Mr Lavrov", "Mr Lavrov"]);
    assert_eq!(texts("James Bays"), ["James Bays"]);
    assert_eq!(texts("Trump"), ["Trump", "Mr Trump", "Trump"]);
    assert_eq!(speaker(&marks, "TASS").kind, SpeakerKind::Organization);
    assert_eq!(speaker(&marks, "Nikki Haley").kind, SpeakerKind::Person);
}

#[test]
fn people_who_only_appear_are_not_speakers() {
    let marks = marks();
    for name in ["Putin", "Vladimir Putin", "Bashar al-Assad", "Assad"] {
        assert!(
            marks.speakers.iter().all(|s| s.name != name),
            "{name} never speaks"
        );
    }
}

#[test]
fn speaker_ids_are_dense_in_order_of_first_mention() {
    let marks = marks();
    for (i, s) in marks.speakers.iter().enumerate() {
        assert_eq!(s.id, i);
    }
    let firsts: Vec<usize> = marks.speakers.iter().map(|s| s.mentions[0].start).collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn countries_by_name_alias_demonym_and_capital() {
    let marks = marks();
    let country = |code| marks.countries.iter().find(|c| c.code == code).unwrap();
    let forms = |code| -> Vec<(&str, Form)> {
        country(code)
            .mentions
            .iter()
            .map(|m| (&SAMPLE[m.start..m.end], m.form))
            .collect()
    };
    let ru = forms("RU");
    for expected in [
        ("Russia", Form::Name),
        ("Russian Federation", Form::Alias),
        ("Russian", Form::Demonym),
        ("Moscow", Form::Capital),
    ] {
        assert!(ru.contains(&expected), "{expected:?} in {ru:?}");
    }
    let us = forms("US");
    for expected in [
        ("USA", Form::Alias),
        ("U.S.", Form::Alias),
        ("United States", Form::Name),
    ] {
        assert!(us.contains(&expected), "{expected:?} in {us:?}");
    }
    assert!(forms("SY").contains(&("Syrian", Form::Demonym)));
    assert_eq!(forms("CN"), [("China", Form::Name)]);
    assert_eq!(country("RU").name, "Russia");
    assert_eq!(country("US").name, "United States");
}

#[test]
fn organizations_with_country_words_are_not_countries() {
    let marks = marks();
    let all: Vec<&str> = marks
        .countries
        .iter()
        .flat_map(|c| c.mentions.iter().map(|m| &SAMPLE[m.start..m.end]))
        .collect();
    assert_eq!(all.len(), 32);
    let nato = SAMPLE.find("North Atlantic Treaty Organisation").unwrap();
    let islamic_state = SAMPLE.find("Islamic State").unwrap();
    for c in &marks.countries {
        for m in &c.mentions {
            assert!(!(nato..nato + 34).contains(&m.start));
            assert!(!(islamic_state..islamic_state + 13).contains(&m.start));
        }
    }
}

#[test]
fn direct_quotes_with_their_speakers() {
    let marks = marks();
    let quote = |opening: &str| {
        marks
            .claims
            .iter()
            .find(|c| SAMPLE[c.start..c.end].starts_with(opening))
            .unwrap_or_else(|| panic!("a claim opens with {opening:?}"))
    };
    let said_by = |opening: &str, name: &str| {
        let c = quote(opening);
        assert_eq!(c.kind, ClaimKind::Direct);
        assert_eq!(c.speaker, Some(speaker(&marks, name).id), "{opening}");
    };
    said_by("It's deplorable", "Lavrov");
    said_by("On Syria, they are miles apart", "James Bays");
    said_by("It would be wonderful", "Trump");
    said_by("We see attempts to hamper cooperation", "TASS");
    let lavrov = quote("It's deplorable");
    assert_eq!(lavrov.cue.map(|c| c.text(SAMPLE)), Some("said"));
    assert!(SAMPLE[lavrov.start..lavrov.end].ends_with("back accusations with facts"));
}

#[test]
fn reported_claims_with_their_speakers() {
    let marks = marks();
    let claim = |content: &str| {
        marks
            .claims
            .iter()
            .find(|c| &SAMPLE[c.start..c.end] == content)
            .unwrap_or_else(|| panic!("{content:?} is a claim"))
    };
    let haley = speaker(&marks, "Nikki Haley").id;
    let called_on = claim("Moscow to stop protecting Assad");
    assert_eq!(
        (called_on.kind, called_on.speaker),
        (ClaimKind::Indirect, Some(haley))
    );
    assert_eq!(called_on.cue.map(|c| c.text(SAMPLE)), Some("called on"));
    let said = claim(
        "the United States wants to work with Russian Federation toward a political solution for Syria",
    );
    assert_eq!(said.speaker, Some(haley));
    let lavrov = claim("they helped improve mutual understanding");
    assert_eq!(lavrov.speaker, Some(speaker(&marks, "Lavrov").id));
    assert_eq!(lavrov.cue.map(|c| c.text(SAMPLE)), Some("saying"));
    let safronkov = claim(
        "an independent investigation with experts drawn from a much broader group of countries",
    );
    assert_eq!(safronkov.speaker, Some(speaker(&marks, "Safronkov").id));
    assert_eq!(
        claim("Mr Assad was responsible")
            .cue
            .map(|c| c.text(SAMPLE)),
        Some("denied")
    );
}

#[test]
fn claims_are_sorted_and_cues_lie_outside_their_content() {
    let marks = marks();
    assert!(marks.claims.windows(2).all(|w| w[0].start <= w[1].start));
    for c in &marks.claims {
        if let Some(cue) = c.cue {
            assert!(cue.end <= c.start || cue.start >= c.end || c.kind == ClaimKind::Indirect);
        }
    }
}

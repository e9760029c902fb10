//! The answer `annotate` gives: speakers, countries and claims, each with its spans.

use serde::Serialize;

/// A half-open range `start..end` of offsets into the annotated text.
///
/// The Rust API gives byte offsets; [`Annotations::to_utf16`] turns every span into UTF-16 code
/// units, the unit of JavaScript strings and of the JSON answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First offset of the span.
    pub start: usize,
    /// Offset just past the span.
    pub end: usize,
}

impl Span {
    /// The span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The marked text, for a span in byte offsets over `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        crate::offsets::slice(text, self.start..self.end)
    }

    /// How many offsets the span covers.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// Whether the two spans share at least one offset.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Whether a speaker is a person or an organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// "Nikki Haley", "Mr Lavrov".
    Person,
    /// "TASS", "the Kremlin", "The New York Post".
    Organization,
}

/// A person or organization that is the source of at least one claim, with every named mention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// Dense id, from 0, in order of first mention; claims refer to it.
    pub id: usize,
    /// The fullest name the article gives ("Sergei Lavrov" for "Mr Lavrov" and "Lavrov").
    pub name: String,
    /// Person or organization.
    pub kind: SpeakerKind,
    /// For a person, the gender that the article's own words tell: an honorific ("Mrs"), a
    /// pronoun it resolves to them ("she said"), a kin or role noun ("her son", "the
    /// chairwoman"), else a given name that tells one; `None` (`null`) when they do not, or
    /// disagree, and for an organization. It claims nothing beyond what the article says.
    pub gender: Option<SpeakerGender>,
    /// Whether the article names the source ("Sergei Lavrov", "the Kremlin", "Russia"), rather
    /// than only describing it ("officials", "a source familiar with the matter").
    pub named: bool,
    /// Every named mention, sorted.
    pub mentions: Vec<Span>,
}

/// A person's gender as the article tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerGender {
    Female,
    Male,
}

/// How a country is named in one mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    /// Its common name: "Russia".
    Name,
    /// An official name, abbreviation or other spelling: "Russian Federation", "U.S.", "Burma".
    Alias,
    /// A demonym or its plural: "Syrian", "Americans".
    Demonym,
    /// Its capital, used for the state: "Moscow".
    Capital,
    /// A seat of government: "the Kremlin", "White House", "Downing Street".
    Seat,
}

/// One mention of a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CountryMention {
    /// First offset of the mention.
    pub start: usize,
    /// Offset just past the mention.
    pub end: usize,
    /// How the country is named here.
    pub form: Form,
}

impl CountryMention {
    /// The mention's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A country named in the article, with all its mentions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code: "RU".
    pub code: &'static str,
    /// Common English name: "Russia".
    pub name: &'static str,
    /// Every mention, sorted.
    pub mentions: Vec<CountryMention>,
}

/// Whether a claim is quoted or reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// The speaker's words between quote marks.
    Direct,
    /// The speaker's statement, belief or intention in the writer's words.
    Indirect,
}

/// Content attributed to a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// First offset of the content (inside the quote marks of a direct claim).
    pub start: usize,
    /// Offset just past the content.
    pub end: usize,
    /// Quoted or reported.
    pub kind: ClaimKind,
    /// The speaker's id, or `None` when the text does not say who.
    pub speaker: Option<usize>,
    /// The reporting verb or phrase ("said", "according to"); `None` for a quote that continues
    /// an attributed one without a cue of its own.
    pub cue: Option<Span>,
}

impl Claim {
    /// The claim's content span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Everything newsmark marks in one text; every list sorted by start.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Annotations {
    /// Sources of claims, with all their named mentions.
    pub speakers: Vec<Speaker>,
    /// Countries, in order of first mention.
    pub countries: Vec<Country>,
    /// Direct and reported claims.
    pub claims: Vec<Claim>,
}

impl Annotations {
    /// Calls `f` on every offset in the answer. (A plain loop: the chained iterator it replaced
    /// was 4 KB of the widget.)
    fn each_offset(&mut self, f: &mut dyn FnMut(&mut usize)) {
        for s in &mut self.speakers {
            for m in &mut s.mentions {
                f(&mut m.start);
                f(&mut m.end);
            }
        }
        for c in &mut self.countries {
            for m in &mut c.mentions {
                f(&mut m.start);
                f(&mut m.end);
            }
        }
        for c in &mut self.claims {
            f(&mut c.start);
            f(&mut c.end);
            if let Some(cue) = &mut c.cue {
                f(&mut cue.start);
                f(&mut cue.end);
            }
        }
    }

    /// The same answer with every byte offset into `text` turned into a UTF-16 offset, so that
    /// JavaScript's `text.slice(start, end)` is the marked text.
    ///
    /// ```
    /// let text = "“Ça va,” said Élise Martin. 🇫🇷 France";
    /// let utf16 = newsmark::annotate(text).to_utf16(text);
    /// let france = &utf16.countries[0].mentions[0];
    /// let units: Vec<u16> = text.encode_utf16().collect();
    /// assert_eq!(String::from_utf16(&units[france.start..france.end]).unwrap(), "France");
    /// ```
    pub fn to_utf16(mut self, text: &str) -> Self {
        if text.is_ascii() {
            return self; // one byte, one unit
        }
        let mut offsets: Vec<usize> = Vec::new();
        self.each_offset(&mut |o| offsets.push(*o));
        crate::sort::sort_by_key(&mut offsets, |&o| (o, 0));
        offsets.dedup();
        let units = crate::offsets::utf16_offsets(text, &offsets);
        self.each_offset(&mut |o| {
            let i = offsets
                .binary_search(o)
                .expect("every offset was collected");
            *o = units[i];
        });
        self
    }
}

/// What is wrong with an answer, and where: see [`Annotations::validate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidAnswer(pub String);

impl std::fmt::Display for InvalidAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InvalidAnswer {}

impl Annotations {
    /// Checks the answer's promises for `text` (byte offsets): every span non-empty, within the
    /// text and on character boundaries; lists and mentions sorted; speaker ids dense from 0;
    /// claims naming existing speakers. The fuzz target and the property tests call it.
    pub fn validate(&self, text: &str) -> Result<(), InvalidAnswer> {
        let fail = |what: String| Err(InvalidAnswer(what));
        let span_ok = |what: &str, s: Span| -> Result<(), InvalidAnswer> {
            if s.start >= s.end || s.end > text.len() {
                return fail(format!(
                    "{what} {}..{} is empty or past the text ({} bytes)",
                    s.start,
                    s.end,
                    text.len()
                ));
            }
            if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                return fail(format!("{what} {}..{} splits a character", s.start, s.end));
            }
            Ok(())
        };
        fn sorted(
            what: &str,
            mut starts: impl Iterator<Item = usize>,
        ) -> Result<(), InvalidAnswer> {
            let mut last = 0;
            if starts.any(|start| std::mem::replace(&mut last, start) > start) {
                return Err(InvalidAnswer(format!("{what} are not sorted by start")));
            }
            Ok(())
        }
        for (i, s) in self.speakers.iter().enumerate() {
            if s.id != i {
                return fail(format!("speaker {i} has id {}", s.id));
            }
            if s.mentions.is_empty() {
                return fail(format!("speaker {i} has no mention"));
            }
            for &m in &s.mentions {
                span_ok(&format!("speaker {i} mention"), m)?;
            }
            sorted(
                &format!("speaker {i}'s mentions"),
                s.mentions.iter().map(|m| m.start),
            )?;
        }
        sorted(
            "speakers",
            self.speakers.iter().map(|s| s.mentions[0].start),
        )?;
        for c in &self.countries {
            if c.code.len() != 2 || c.name.is_empty() || c.mentions.is_empty() {
                return fail(format!(
                    "country {:?} lacks a code, a name or a mention",
                    c.code
                ));
            }
            for m in &c.mentions {
                span_ok(&format!("{} mention", c.code), m.span())?;
            }
            sorted(
                &format!("{}'s mentions", c.code),
                c.mentions.iter().map(|m| m.start),
            )?;
        }
        sorted(
            "countries",
            self.countries.iter().map(|c| c.mentions[0].start),
        )?;
        for (i, c) in self.claims.iter().enumerate() {
            span_ok(&format!("claim {i}"), c.span())?;
            if let Some(cue) = c.cue {
                span_ok(&format!("claim {i}'s cue"), cue)?;
            }
            if c.speaker.is_some_and(|id| id >= self.speakers.len()) {
                return fail(format!(
                    "claim {i} names speaker {:?} of {}",
                    c.speaker,
                    self.speakers.len()
                ));
            }
        }
        sorted("claims", self.claims.iter().map(|c| c.start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validate_refuses_what_breaks_a_promise() {
        let text = "“It is fine,” said Élise Martin.";
        let good = crate::annotate(text);
        assert_eq!(good.validate(text), Ok(()));

        let mut unsorted = good.clone();
        unsorted.speakers[0].mentions.push(Span::new(0, 3));
        assert!(
            unsorted
                .validate(text)
                .unwrap_err()
                .0
                .contains("not sorted")
        );

        let mut split = good.clone();
        split.claims[0].start = 1; // inside the curly quote mark
        assert!(
            split
                .validate(text)
                .unwrap_err()
                .0
                .contains("splits a character")
        );

        let mut stray = good;
        stray.claims[0].speaker = Some(7);
        assert!(
            stray
                .validate(text)
                .unwrap_err()
                .0
                .contains("names speaker")
        );
    }
}

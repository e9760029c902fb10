//! Speakers: named people and organizations, found without a model, and linked into entities so
//! that "Sergei Lavrov", "Mr Lavrov" and "Lavrov" are one.
//!
//! A name is a run of capitalized words, with particles ("Bashar al-Assad"), initials
//! ("Leonard E. Burman") and an honorific ("Mr Lavrov"); job titles before it are left out
//! ("Secretary of State Rex Tillerson" → "Rex Tillerson"), and so are country names. A bare
//! surname joins the entity last mentioned with that surname.

use std::ops::Range;

use crate::annotations::{Form, Span, SpeakerKind};
use crate::countries::Found;
use crate::data::FastMap;
use crate::data::cues::{
    CAPITAL_TITLES, DETERMINERS, DOCUMENTS, GERUND_OBJECT_LEADS, NOT_IN_SOURCE_PHRASE,
    PREPOSITIONS, SOURCE_NOUNS, is_capital_title_plural,
};
use crate::data::given_name_gender;
use crate::data::news;
use crate::data::words::{
    ABBREVIATIONS, ADJECTIVE_ENDS, ARTICLES, COMPANY_ENDS, FAMILY_FIRST, Gender, KIN_NOUNS,
    KOREAN_CODAS, MONTH_LEADS, MONTH_NAMES, NAME_PARTICLES, NATIONALITY_NOUNS, NOT_NAMES,
    OFFICE_NOUNS, ORGANIZATION_DESCRIPTORS, ORGANIZATION_LINKS, ORGANIZATION_WORDS, PINYIN_CODAS,
    PLACE_WORDS, PLURAL_OWNERS, REGION_WORDS, ROLE_NOUNS, SECTION_LABELS, SURNAME_WORDS,
    SYLLABLE_INITIALS, SYLLABLE_VOWELS, TITLE_PREFIXES, TITLES, abbreviated_title, gendered_noun,
    honorific, is_name_suffix, is_roman_numeral, opens_honorific,
};
use crate::grammar::{ing_form, is_headline_verb, opens_participle, past_form, stands_between};
use crate::offsets::slice;
use crate::text::{Doc, Kind, Lowercase, capitalized, one_letter};

/// An index into a document's mentions, in text order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MentionId(pub usize);

/// An index into the entities that a document's mentions link into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct EntityId(pub usize);

impl std::ops::Index<MentionId> for [Mention] {
    type Output = Mention;
    fn index(&self, m: MentionId) -> &Mention {
        &self[m.0]
    }
}

impl std::ops::Index<EntityId> for [Entity] {
    type Output = Entity;
    fn index(&self, e: EntityId) -> &Entity {
        &self[e.0]
    }
}

/// The entity of each mention, by mention.
impl std::ops::Index<MentionId> for [EntityId] {
    type Output = EntityId;
    fn index(&self, m: MentionId) -> &EntityId {
        &self[m.0]
    }
}

/// One named mention of a person or organization.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Where it is, honorific included.
    pub span: Span,
    /// Token index of its first word.
    pub first: usize,
    /// Token index of its last word.
    pub last: usize,
    /// The gender its honorific tells, if it has one.
    pub honorific: Option<Gender>,
    /// Person or organization, by its words.
    pub kind: SpeakerKind,
    /// Found where any capitalized word looks like a name (a sentence's first word, a
    /// headline): it counts only as the source of a claim or as a mention of an entity named
    /// elsewhere.
    pub weak: bool,
    /// Its first name word, when it has more than one ("Leonard").
    pub given: Option<Span>,
    /// Its last name word ("Burman").
    pub surname: Span,
}

impl Mention {
    /// Its name, honorific left out ("Leonard E. Burman" of "Mr. Leonard E. Burman").
    pub fn name(&self) -> Span {
        let given = self.given.unwrap_or(self.surname);
        // (A family name may come first: "Wang Yi".)
        Span::new(
            given.start.min(self.surname.start),
            given.end.max(self.surname.end),
        )
    }
}

/// How many of `mentions`, in text order, end before token `i`.
pub fn ending_before(mentions: &[Mention], i: usize) -> usize {
    mentions.partition_point(|m| m.last < i)
}

/// How many of `mentions`, in text order, start before token `i`.
pub fn starting_before(mentions: &[Mention], i: usize) -> usize {
    mentions.partition_point(|m| m.first < i)
}

/// An entity: the mentions that name one person or organization.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The fullest name among its mentions, without honorific.
    pub name: String,
    /// Person or organization.
    pub kind: SpeakerKind,
    /// The gender its honorifics tell.
    pub gender: Gender,
    /// The gender its given name suggests ("Hillary"), a weaker sign than an honorific, which
    /// wins over it.
    pub name_gender: Gender,
    /// The given name, when a mention gives one: "Hillary" and "Bill" Clinton are two people.
    pub given: Option<Span>,
    /// Its mentions, in order.
    pub mentions: Vec<MentionId>,
}

/// Every named mention in the document, in order. Countries (other than seats of government,
/// which speak: "the Kremlin said") are never part of a name, but for a country's name that
/// opens an organization's: "Taiwan Semiconductor Manufacturing Co".
pub fn find_mentions(doc: &Doc, countries: &[Found]) -> Vec<Mention> {
    let names = Names::new(doc, countries);
    let mut mentions = Vec::with_capacity(doc.tokens.len() / 8);
    let mut i = 0;
    while i < doc.tokens.len() {
        // ("Tan Sri Lee Lam Thye": the name opens at "Sri".)
        if i + 1 < doc.tokens.len() && opens_honorific(doc.word(i), doc.word(i + 1)) {
            i += 1;
            continue;
        }
        let hon = doc.is_capitalized(i) && honorific(doc.word(i)).is_some();
        if names.acronym(i) {
            mentions.push(Mention {
                span: doc.tokens[i].span,
                first: i,
                last: i,
                honorific: None,
                kind: SpeakerKind::Organization,
                weak: false,
                given: None,
                surname: doc.tokens[i].span,
            });
            i += 1;
            continue;
        }
        // ("Dr Dame Ann Cole", "Prof Sir Stephen Powis": the name opens at its last honorific.)
        let another = hon && i + 1 < doc.tokens.len() && honorific(doc.word(i + 1)).is_some();
        if another || !(hon || names.name_word(i) || names.organization_title(i)) {
            i += 1;
            continue;
        }
        let last = names.name_end(i, hon);
        if let Some(mut m) = names
            .mention(i, last, hon)
            .map(|m| names.with_country_lead(m))
        {
            // "The Royal Canadian Mounted Police": a name right before the country that leads
            // an organization's name opens it.
            let before = mentions.len().wrapping_sub(1);
            if m.first < i && mentions.get(before).is_some_and(|p| p.last + 1 == m.first) {
                let p = mentions.swap_remove(before);
                m.first = p.first;
                m.span.start = p.span.start;
                m.given = p.given.or(Some(p.surname));
            }
            mentions.push(m);
        }
        i = last + 1;
    }
    let mentions = headline_names(doc, mentions);
    lone_surnames(doc, mentions)
}

/// How many words a title's portfolio after "for" or "of" runs at most ("Minister for Further
/// Education", "Secretary of Health and Human Services"); so many are looked back at from each
/// word, not a whole run of them.
const PORTFOLIO_WORDS: usize = 4;

/// How many capitalized words a place before a hyphen's adjective may have, with it ("Salt Lake
/// City-based").
const PLACE_IN_ADJECTIVE: usize = 4;

/// How many name words after a title word may end in a word of organizations for the title to
/// open the organization's name ("National Rifle Association").
const ORGANIZATION_NAME_WORDS: usize = 3;

/// How many names run on in headlines are cut back to a known name at the most: the work per
/// name grows with the names of the text, and a text of endless headlines stays linear.
const HEADLINE_NAMES: usize = 32;
/// How many words an apposition after a name may run to its head ("the state grid operator").
const APPOSITION_WORDS: usize = 5;

/// "Hillary Clinton Reassures House Democrats …": a headline's capitals run a name into the
/// words after it; where the article names the person outside its headlines ("Hillary
/// Clinton", or "Trump" of "Donald Trump"), the headline's mention is that name alone.
fn headline_names(doc: &Doc, mut mentions: Vec<Mention>) -> Vec<Mention> {
    let run_on = |m: &Mention| m.weak && m.last > m.first && doc.headline[m.first];
    if !mentions.iter().any(run_on) {
        return mentions;
    }
    let mut known: Vec<(&str, SpeakerKind)> = Vec::new();
    for m in &mentions {
        if !m.weak && m.given.is_some() {
            known.push((m.name().text(doc.text), m.kind));
            known.push((m.surname.text(doc.text), m.kind));
        }
    }
    let mut cut = 0;
    for m in &mut mentions {
        if !run_on(m) {
            continue;
        }
        cut += 1;
        if cut > HEADLINE_NAMES {
            break;
        }
        let name_start = m.first + usize::from(m.honorific.is_some());
        let kind_of = |k: usize| {
            let name = Span::new(doc.tokens[name_start].span.start, doc.tokens[k].span.end);
            let name = name.text(doc.text);
            known
                .iter()
                .find(|&&(n, _)| n == name)
                .map(|&(_, kind)| kind)
        };
        if kind_of(m.last).is_some() {
            continue;
        }
        // The last word of a known name before a verb: "Files", "May" (not "Jeb Bush Super PAC
        // Chief").
        let mut last = m.last;
        let mut kind = None;
        while last > name_start && kind.is_none() {
            last -= 1;
            let next = doc.word(last + 1);
            let verb = is_headline_verb(next) && !is_organization_word(next);
            kind = kind_of(last).filter(|_| verb);
        }
        if let Some(kind) = kind {
            m.span.end = doc.tokens[last].span.end;
            m.last = last;
            m.kind = kind;
            m.given = (last > name_start).then(|| doc.tokens[name_start].span);
            m.surname = doc.tokens[last].span;
        }
    }
    mentions
}

/// What the name finder knows of each token of a document.
struct Names<'d, 't> {
    doc: &'d Doc<'t>,
    /// The form of the country mention over each token, if any.
    country_form: Vec<Option<Form>>,
    /// Whether each token is the first word of its sentence.
    sentence_start: Vec<bool>,
    /// Whether each token is a word of a name. (Asked of most tokens several times over, as a
    /// name's next word too: answered once.)
    name_words: Vec<bool>,
}

impl<'d, 't> Names<'d, 't> {
    fn new(doc: &'d Doc<'t>, countries: &[Found]) -> Self {
        let mut country_form = vec![None; doc.tokens.len()];
        for c in countries {
            let mut k = doc.token_after(c.span.start);
            while k < doc.tokens.len() && doc.tokens[k].span.start < c.span.end {
                country_form[k] = Some(c.form);
                k += 1;
            }
        }
        let mut sentence_start = vec![false; doc.tokens.len()];
        for s in &doc.sentences {
            let mut i = s.start;
            while i < s.end && doc.tokens[i].kind == Kind::Punct {
                i += 1;
            }
            if i < s.end {
                sentence_start[i] = true;
            }
        }
        let mut names = Names {
            doc,
            country_form,
            sentence_start,
            name_words: Vec::new(),
        };
        names.name_words = (0..doc.tokens.len())
            .map(|i| names.is_name_word(i))
            .collect();
        names
    }

    /// Whether a country (not a seat: "White House") is named over token `i`.
    fn blocked(&self, i: usize) -> bool {
        self.country_form[i].is_some_and(|f| f != Form::Seat)
    }

    /// Whether token `i` may be a word of a name: capitalized (or "al-"), and no country,
    /// cue of a headline, title, suffix, party tag or contraction.
    fn is_name_word(&self, i: usize) -> bool {
        let doc = self.doc;
        let t = doc.tokens[i];
        if !(t.capitalized || t.kind == Kind::Word && !t.plain && has_arabic_article(doc.word(i))) {
            return false;
        }
        let w = doc.word(i);
        // "Said Ellis: …" opens with its cue.
        let headline_cue = (doc.headline[i]
            || self.sentence_start[i] && matches!(w, "Said" | "Says"))
            && crate::grammar::is_headline_cue(w);
        // "Al Sharpton Just Said …", "Donald Trump Finally Endorses …": an adverb or
        // auxiliary before a headline's cue is no part of the name before it.
        let before_headline_cue = doc.headline[i] && {
            let between = |k: usize| stands_between(Lowercase::new(doc.word(k)).as_str());
            let mut k = i;
            while k < doc.tokens.len() && doc.headline[k] && between(k) {
                k += 1;
            }
            k > i && k < doc.tokens.len() && crate::grammar::is_headline_cue(doc.word(k))
        };
        // "Walking to the next address, Ebeling …", "Addressing the crowd, …", "Rallying
        // hundreds of workers, …": a gerund that opens its sentence before a preposition, a
        // determiner or a quantity is no name.
        let opening_gerund = self.sentence_start[i]
            && doc.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
            && {
                let next = doc.word(i + 1);
                opens_participle(w, next)
                    && (PREPOSITIONS.contains(next)
                        || DETERMINERS.contains(next)
                        || GERUND_OBJECT_LEADS.contains(next))
                    // ("“Blaming Punjab every winter is …”": before a name, one that is no
                    // given name and no state's: "Sterling Brown", "Wyoming Republicans"; nor
                    // the first word of a seat, a place or an organization: "Downing Street",
                    // "Reading Borough Council".)
                    || ing_form(w)
                        && doc.is_capitalized(i + 1)
                        && given_name_gender(w) == Gender::Unknown
                        && !crate::countries::is_region(w)
                        && self.country_form[i].is_none()
                        && !PLACE_WORDS.contains(next)
                        && !is_organization_word(next)
            };
        // "Tenant Claire Byrne said", "Nurse Ana Ruiz": a noun of the people who speak that
        // opens the sentence before a given name describes the person, no part of the name; so
        // before two names that no census knows ("Shopper Amrit Dhillon").
        // (Not an organization's words: "Union Pacific Railroad", "Family Dollar Stores".)
        let capitalized_at = |k: usize| doc.tokens.get(k).is_some_and(|t| t.capitalized);
        let name_of_two = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
                && (given_name_gender(doc.word(k)) != Gender::Unknown
                    || capitalized_at(k)
                        && capitalized_at(k + 1)
                        && !capitalized_at(k + 2)
                        && ![w, doc.word(k), doc.word(k + 1)]
                            .iter()
                            .any(|w| is_organization_word(w)))
        };
        let opening_role = self.sentence_start[i]
            && name_of_two(i + 1)
            && given_name_gender(w) == Gender::Unknown
            && {
                let lower = Lowercase::new(w);
                let lower = lower.as_str();
                // (A string pushed to, not a slice concatenated: the wasm has no copy of the
                // slice's joining code then.)
                let mut plural = String::with_capacity(lower.len() + 1);
                plural.push_str(lower);
                plural.push('s');
                SOURCE_NOUNS.contains(lower) || SOURCE_NOUNS.contains(&plural)
            };
        // "Essentially, Clinton's lawyers …", "Publicly, …": an adverb that opens its sentence
        // before a comma ("Kelly, …" and "Donnelly, …" are names).
        let opening_adverb = self.sentence_start[i]
            && i + 1 < doc.tokens.len()
            && doc.is_punct(i + 1, ",")
            && "ally ously ively ently antly edly ately ply icly rtly"
                .split(' ')
                .any(|end| w.ends_with(end));
        // "Will" opens a question, but "said Will Doyle" names him, and "Will wrote" names
        // George Will: the modal takes no past form.
        let next_word = doc.tokens.get(i + 1).filter(|t| t.kind == Kind::Word);
        let given_will = w == "Will"
            && (!self.sentence_start[i]
                && i > 0
                && doc.tokens[i - 1].kind == Kind::Word
                && next_word.is_some_and(|t| t.capitalized)
                || next_word.is_some_and(|t| !t.capitalized && past_form(doc.word(i + 1))));
        // "Ian Read", "Al From": after a given name, the surnames that are words we take for no
        // name elsewhere ("Read more", "From Monday on"), not in a headline's capitals.
        let surname_after_given = matches!(w, "Read" | "From")
            && !doc.headline[i]
            && i > 0
            && doc.tokens[i - 1].capitalized
            && given_name_gender(doc.word(i - 1)) != Gender::Unknown;
        // "Tan See Leng": "See" between two words of a name is one of them.
        let inside_name = w == "See"
            && !doc.headline[i]
            && !self.sentence_start[i]
            && doc.tokens[i - 1].capitalized
            && next_word.is_some_and(|t| t.capitalized);
        // "Cowessess First Nation", "White Bear First Nations": a nation's name.
        let first_nation = w == "First"
            && next_word.is_some_and(|_| matches!(doc.word(i + 1), "Nation" | "Nations"));
        // "Watch: …" is a label, but "Human Rights Watch" an organization.
        let organization_end = i > 0
            && doc.tokens[i - 1].capitalized
            && doc.tokens[i - 1].kind == Kind::Word
            && ORGANIZATION_WORDS.contains(w);
        // "regional director for Europe Hans Kluge": a region after "for" and before a given
        // name is the person's portfolio (not "for South Carolina", a state's name);
        // "U-turn", "T-shirt": a letter and a hyphen make a word.
        let region_before_given = i > 0
            && doc.word(i - 1) == "for"
            && REGION_WORDS.contains(w)
            && next_word.is_some_and(|t| {
                t.capitalized
                    && given_name_gender(doc.word(i + 1)) != Gender::Unknown
                    && !crate::countries::is_region(
                        Span::new(doc.tokens[i].span.start, t.span.end).text(doc.text),
                    )
            });
        // "Minister for Integration Roderic O'Gorman", "Minister for Further Education Ana
        // Ruiz", "Secretary of Health and Human Services Xavier Becerra": a title's portfolio
        // after "for" or "of", before the two words of a name, none of it a given name (not
        // "President of Washington Restaurant Association").
        let portfolio = || {
            // Back to the portfolio's first word, over "and" and the portfolio's own title
            // words ("Health" after "of").
            let mut k = i;
            while k >= 2 && k > i.saturating_sub(PORTFOLIO_WORDS) {
                let joined = matches!(doc.word(k - 2), "of" | "for" | "and");
                let portfolio_word = doc.tokens[k - 1].capitalized
                    && (!TITLES.contains(doc.word(k - 1)) || joined)
                    || doc.word(k - 1) == "and" && doc.tokens[k - 2].capitalized;
                if !portfolio_word {
                    break;
                }
                k -= 1;
            }
            let mut named = k > 1
                && matches!(doc.word(k - 1), "for" | "of")
                && doc.tokens[k - 2].capitalized
                && TITLES.contains(doc.word(k - 2));
            for j in k..=i {
                named = named && given_name_gender(doc.word(j)) == Gender::Unknown;
            }
            // The capitalized words after it end in a name's two.
            let n = doc.tokens.len();
            let end = (i + 1..n.min(i + 2 + PORTFOLIO_WORDS))
                .find(|&j| !doc.tokens[j].capitalized)
                .unwrap_or(n);
            named
                && end >= i + 3
                && end < i + 2 + PORTFOLIO_WORDS
                && !is_organization_word(doc.word(end - 1))
                && !is_organization_word(doc.word(end - 2))
        };
        // "French-language rules", "Obama-era", "Los Angeles-based": a word that ends in a
        // part that makes adjectives is one, with the capitalized words before it (not "Ban
        // Ki-moon").
        let adjective = (i..doc.tokens.len().min(i + PLACE_IN_ADJECTIVE))
            .take_while(|&k| doc.tokens[k].capitalized)
            .any(|k| {
                let w = doc.word(k);
                !doc.tokens[k].plain
                    && w.contains('-')
                    && w.split('-')
                        .next_back()
                        .is_some_and(|end| ADJECTIVE_ENDS.contains(end))
            });
        // "U-turn", "T-shirt": a letter and a hyphen make a word.
        let lettered =
            w.len() > 2 && w.as_bytes()[1] == b'-' && w.as_bytes()[2].is_ascii_lowercase();
        !(self.blocked(i)
            || headline_cue
            || before_headline_cue
            || opening_gerund
            || opening_adverb
            || opening_role
            || region_before_given
            || adjective
            || lettered
            || portfolio()
            || NOT_NAMES.contains(w)
                && !organization_end
                && !given_will
                && !surname_after_given
                && !inside_name
                && !first_nation
            || TITLES.contains(w)
            || w.ends_with("man") && NATIONALITY_NOUNS.contains(w)
            // ("MPs", "CEOs": offices, in the plural.)
            || is_capital_title_plural(w)
            // ("Ex-minister says …", "Ex-President Trump", "Anti-war …": a prefix makes a word.)
            || w.as_bytes()[..w.len().min(5)].contains(&b'-')
                && "Ex- Anti- Pro- Non- Co-".split(' ').any(|p| w.starts_with(p))
            || is_name_suffix(w)
            || is_party_tag(w)
            || is_contraction(w))
    }

    fn name_word(&self, i: usize) -> bool {
        self.name_words[i]
    }

    /// A title word that names an organization with the words after it: "State Department",
    /// "National Education Union", "National Rifle Association" (title words in full, then
    /// a word of organizations, or up to two name words that are no given names before one);
    /// or an agency with the country's name that ends it: "Health Canada".
    fn organization_title(&self, i: usize) -> bool {
        let doc = self.doc;
        let agency = |w: &str| {
            news::AGENCY_LEADS.contains(w)
                && crate::countries::is_country_name(doc.word(i + 1))
                && !(i + 2 < doc.tokens.len() && self.name_word(i + 2))
        };
        // (Not "Former United captain Gary Neville", "Interim DNC Chair Donna Brazile": these
        // qualify people.)
        if !(doc.is_capitalized(i) && TITLES.contains(doc.word(i)) && !self.blocked(i))
            || matches!(doc.word(i), "Former" | "Interim" | "Acting")
        {
            return false;
        }
        // (Not past an acronym's: "U.N. Security Council" is the "Security Council" of the
        // United Nations.)
        let n = doc.tokens.len();
        let word_title = doc.word(i).bytes().any(|b| b.is_ascii_lowercase());
        let mut k = i + 1;
        // (So many title words at most: a run of them is no name, and each of its words would
        // walk the rest of it.)
        while word_title
            && k + 1 < n.min(i + 1 + TITLE_WORDS)
            && doc.is_capitalized(k)
            && TITLES.contains(doc.word(k))
        {
            k += 1;
        }
        if k == i + 1 && k < n && self.name_word(k) && agency(doc.word(i)) {
            return true;
        }
        // (Not "President Joe Biden Administration": a given name makes it a person's.)
        for j in k..n.min(k + ORGANIZATION_NAME_WORDS) {
            if !self.name_word(j) {
                return false;
            }
            if is_organization_word(doc.word(j)) && !self.initials(j) {
                return (k..=j).all(|g| given_name_gender(doc.word(g)) == Gender::Unknown);
            }
        }
        false
    }

    /// Whether the word at `k` is a person's two initials written in capitals without periods
    /// before their surname, the last word of the name: "MK Stalin", "XN Iraki" (not "BP
    /// Canada", "RJR Nabisco": a country's name after it, or three capitals).
    fn initials(&self, k: usize) -> bool {
        let doc = self.doc;
        let w = doc.word(k).as_bytes();
        let n = doc.tokens.len();
        w.len() == 2
            && w.iter().all(u8::is_ascii_uppercase)
            && k + 1 < n
            && doc.follows_closely(k + 1)
            && self.name_word(k + 1)
            && doc.word(k + 1).bytes().any(|b| b.is_ascii_lowercase())
            && !ORGANIZATION_WORDS.contains(doc.word(k + 1))
            && self.country_form[k + 1].is_none()
            && !(k + 2 < n && doc.follows_closely(k + 2) && self.name_word(k + 2))
    }

    /// A word that ends a name as its surname though it is no name word alone: a title
    /// ("Charlie King", "Mr. King") or a month ("Theresa May", not "Trump May 5").
    fn surname(&self, j: usize) -> bool {
        let doc = self.doc;
        let next = doc.tokens.get(j + 1);
        // "Gov." and "Lt." are titles only: "former Pennsylvania Gov. and …", "Army Lt. Gen.".
        let abbreviated =
            ABBREVIATIONS.contains(doc.word(j)) && next.is_some() && doc.is_punct(j + 1, ".");
        // A title before a name is none: "Secretary Rex Tillerson", "Massachusetts Sen.
        // Elizabeth Warren"; past a period only an abbreviation's ("the Associated Press.
        // Sanders said" ends a name "Associated Press").
        let name_after = next.is_some()
            && (self.name_word(j + 1)
                || abbreviated && j + 2 < doc.tokens.len() && self.name_word(j + 2));
        doc.is_capitalized(j)
            && (TITLES.contains(doc.word(j)) && !self.blocked(j) && !name_after && !abbreviated
                || MONTH_NAMES.contains(doc.word(j))
                    && !next.is_some_and(|t| doc.text.as_bytes()[t.span.start].is_ascii_digit()))
    }

    /// "NATO said", "the U.N. reported": an acronym that is a title before a name ("NATO
    /// Secretary-General Jens Stoltenberg") names an organization when no name follows.
    fn acronym(&self, i: usize) -> bool {
        let doc = self.doc;
        let w = doc.word(i);
        doc.is_capitalized(i)
            && w.len() >= 2
            && !w.bytes().any(|b| b.is_ascii_lowercase())
            && !CAPITAL_TITLES.contains(w)
            && TITLES.contains(w)
            && !self.blocked(i)
            && !(i + 1 < doc.tokens.len()
                && (self.name_word(i + 1) || TITLES.contains(doc.word(i + 1))))
    }

    /// Mention `m`, with the country's name, alias or people right before it when it is an
    /// organization's whose name the country's opens ("Taiwan Semiconductor Manufacturing Co",
    /// "Australian Electoral Commission", "South African Weather Service").
    fn with_country_lead(&self, mut m: Mention) -> Mention {
        let doc = self.doc;
        // (Not inside a word: "Ottawa-based Northwind Inc.".)
        let lead_word = |k: usize| {
            self.country_form[k].is_some_and(|f| f != Form::Seat)
                && doc.is_capitalized(k)
                && doc.follows_closely(k + 1)
                && !doc.word(k).contains('-')
        };
        if m.kind != SpeakerKind::Organization || m.first == 0 || !lead_word(m.first - 1) {
            return m;
        }
        let mut k = m.first - 1;
        // ("South African": a people's name of two words.)
        while k > 0 && self.country_form[k] == Some(Form::Demonym) && lead_word(k - 1) {
            k -= 1;
        }
        if k == 0 || self.country_form[k - 1].is_none() {
            m.first = k;
            m.span.start = doc.tokens[k].span.start;
            m.given = Some(doc.tokens[k].span);
        }
        m
    }

    /// The last token of the name that starts at `first` (an honorific there if `hon`).
    fn name_end(&self, first: usize, hon: bool) -> usize {
        let doc = self.doc;
        let mut last = first;
        let mut j = first + 1;
        if hon && j < doc.tokens.len() && doc.is_punct(j, ".") {
            j += 1;
        }
        // Whether the name went on past "of", "for" or "on": an organization's.
        let mut joined = false;
        loop {
            // (A name never runs into the next sentence: "S.. Portd" is two.)
            if j >= doc.tokens.len() || !doc.follows_closely(j) || self.sentence_start[j] {
                return last;
            }
            // "Julie A. Diaz Martinez": an initial, though "A" alone is no name.
            // "Martin St. Louis": so is "St." for Saint.
            let initial = (doc.word(j).len() == 1 && doc.is_capitalized(j) || doc.word(j) == "St")
                && j + 2 < doc.tokens.len()
                && doc.is_punct(j + 1, ".")
                && self.name_word(j + 2);
            // "Lagos State Government", "Ohio State University": a state's name with "State"
            // names its government or its institutions; not "Ohio State Sen. …".
            let state = doc.word(j) == "State"
                && j + 1 < doc.tokens.len()
                && (self.name_word(j + 1) || is_organization_word(doc.word(j + 1)))
                && !TITLES.contains(doc.word(j + 1));
            if self.name_word(j)
                || self.surname(j)
                || self.organization_title(j)
                || initial
                || state
            {
                last = j;
                j += 1;
            } else if is_name_suffix(doc.word(j)) && doc.is_capitalized(j) {
                last = j; // "Martin Luther King Jr", "Apple Inc"
                j += 1;
            } else if doc.is_punct(j, ".") && (one_letter(doc.word(last)) || doc.word(last) == "St")
            {
                j += 1; // the period of an initial: "Leonard E. Burman"
            } else if self.possessive_inside_organization(j, last) {
                j += 1; // "Irish Farmers' Association", "Pakistan People's Party"
            } else if let Some(next) = self.organization_goes_on(j, last) {
                j = next;
                joined = true;
            } else if let Some(next) = self.portfolio_list(first, j, last) {
                j = next;
            } else if joined && self.joined_by_and(j)
                || self.and_inside_organization(first, j, last)
            {
                // "Centers for Disease Control and Prevention", "Department of Health and
                // Human Services"; not "the Department of Justice and Hillary Clinton" or "…
                // and FBI".
                j += 1;
            } else if let Some(n) = (j..doc.tokens.len().min(j + 3))
                .take_while(|&k| {
                    doc.tokens[k].kind == Kind::Word && NAME_PARTICLES.contains(doc.word(k))
                })
                .last()
                .filter(|&k| k + 1 < doc.tokens.len() && self.name_word(k + 1))
            {
                j = n + 1; // "Bashar al-Assad", "Ursula von der Leyen"
            } else {
                return last;
            }
        }
    }

    /// Where an organization's name that ends at `last` goes on past "of", "for" or "on" at
    /// `j`: "United Federation of Teachers", "Center for American Progress", "Commission on
    /// Presidential Debates"; "Department of Justice", "Chamber of Commerce": a title word
    /// ends it.
    fn organization_goes_on(&self, j: usize, last: usize) -> Option<usize> {
        let doc = self.doc;
        if !(ORGANIZATION_LINKS.contains(doc.word(j)) && is_organization_word(doc.word(last))) {
            return None;
        }
        let title = j + 2 < doc.tokens.len()
            && doc.is_capitalized(j + 1)
            && TITLES.contains(doc.word(j + 1));
        (j + 1..(j + 2 + usize::from(title)).min(doc.tokens.len()))
            .find(|&k| self.name_word(k))
            .or_else(|| {
                (j + 1 < doc.tokens.len() && (title || self.surname(j + 1))).then_some(j + 1)
            })
    }

    /// Whether the possessive mark at `j`, after a plural noun at `last`, is inside an
    /// organization's name that a word of organizations ends soon after: "Irish Farmers'
    /// Association", "Teachers’ Union", "Pakistan People's Party" (not "Obama's State
    /// Department", a person's).
    fn possessive_inside_organization(&self, j: usize, last: usize) -> bool {
        let doc = self.doc;
        let plural = match doc.word(j) {
            "'" | "’" => doc.word(last).ends_with('s'),
            "'s" | "’s" => PLURAL_OWNERS.contains(doc.word(last)),
            _ => false,
        };
        plural
            && (j + 1..doc.tokens.len().min(j + 4))
                .take_while(|&k| self.name_word(k))
                .any(|k| is_organization_word(doc.word(k)))
    }

    /// Where a department's name goes on past the comma or "and" at `j` when it lists its
    /// portfolios: after "of" or "for", a list with commas ("Department for Environment, Food
    /// and Rural Affairs"); else a list that ends in its country's name or "Services":
    /// "Immigration, Refugees and Citizenship Canada", "Fisheries and Oceans Canada",
    /// "Citizenship and Immigration Services". The list's words, from `first` (or past "of" or
    /// "for") to `last` and after `j`, are no given names and no words of organizations; the
    /// answer is the first word after "and".
    fn portfolio_list(&self, first: usize, j: usize, last: usize) -> Option<usize> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let portfolio = |k: usize| {
            k < n
                && self.name_word(k)
                && given_name_gender(doc.word(k)) == Gender::Unknown
                && !is_organization_word(doc.word(k))
        };
        let from = (first..last)
            .rfind(|&k| ORGANIZATION_LINKS.contains(doc.word(k)))
            .map_or(first, |link| link + 1);
        if !(from..=last).all(portfolio) {
            return None;
        }
        // (So many items at most: a list of names is no department's, and each of its words
        // would walk the rest of it.)
        let mut k = j;
        while k + 1 < n.min(j + 2 * PORTFOLIO_WORDS)
            && doc.is_punct(k, ",")
            && doc.follows_closely(k + 1)
            && portfolio(k + 1)
        {
            k += 2;
        }
        if !(k < n && doc.word(k) == "and" && doc.follows_closely(k)) {
            return None;
        }
        let after = k + 1;
        if from > first {
            return (k > j && portfolio(after)).then_some(after);
        }
        let end = (after..n.min(after + PORTFOLIO_WORDS))
            .take_while(|&i| doc.follows_closely(i) && self.name_word(i))
            .last()?;
        let ends_department = |w: &str| w == "Services" || crate::countries::is_country_name(w);
        ((after..end).all(portfolio) && end > after && ends_department(doc.word(end)))
            .then_some(after)
    }

    /// Whether "and" at `j`, after the name from `first` to `last` that follows "the", joins
    /// two parts of an organization's name that a word of organizations ends within three name
    /// words: "the Securities and Exchange Commission", "the Canada Mortgage and Housing
    /// Corporation", "the Bill and Melinda Gates Foundation"; not "the FBI and Justice
    /// Department" or "the Senate and House Intelligence Committee", whose first part is an
    /// organization already (a plural is not: "the Securities and …").
    fn and_inside_organization(&self, first: usize, j: usize, last: usize) -> bool {
        let doc = self.doc;
        // A country's name may stand between "the" and the name: "the Canada Mortgage …".
        let before = first
            .checked_sub(1)
            .filter(|&k| self.country_form[k].is_none())
            .or_else(|| first.checked_sub(2));
        doc.word(j) == "and"
            && before.is_some_and(|k| matches!(doc.word(k), "the" | "The" | ","))
            && (!is_organization_word(doc.word(last)) || doc.word(last).ends_with('s'))
            && (j + 1..doc.tokens.len().min(j + 4))
                .take_while(|&k| doc.follows_closely(k) && doc.is_capitalized(k))
                .any(|k| ORGANIZATION_WORDS.contains(doc.word(k)))
    }

    /// Whether "and" at `j` joins two parts of an organization's name: a name word after it
    /// that is no given name and not in capitals.
    fn joined_by_and(&self, j: usize) -> bool {
        let doc = self.doc;
        doc.word(j) == "and"
            && j + 1 < doc.tokens.len()
            && doc.follows_closely(j + 1)
            && (self.name_word(j + 1) || self.surname(j + 1))
            && given_name_gender(doc.word(j + 1)) == Gender::Unknown
            && !doc.word(j + 1).bytes().all(|b| b.is_ascii_uppercase())
    }

    /// Whether the name from `first` to `last` is a place, no one's name: "Europe", "the Middle
    /// East", "Sub-Saharan Africa", "Aston Township" ("Downing Street" speaks for its
    /// government; "Amy Park" is a person); "The Alabama senator": a name between an article
    /// and an office is its place.
    fn place(&self, first: usize, last: usize, hon: bool) -> bool {
        let doc = self.doc;
        let name_start = first + usize::from(hon);
        let office = first > 0
            && matches!(doc.word(first - 1), "the" | "The")
            && last + 1 < doc.tokens.len()
            && {
                // "The New York state attorney general"
                let k = last + 1 + usize::from(doc.word(last + 1) == "state");
                k < doc.tokens.len() && OFFICE_NOUNS.contains(doc.word(k))
            };
        // ("As The Atlantic noted": a region's name after "The" inside a sentence is a title.)
        let title = || first > 0 && doc.word(first - 1) == "The" && !doc.opens_sentence(first - 1);
        !hon && (office
            || (name_start..=last)
                .filter(|&k| doc.tokens[k].kind == Kind::Word)
                .all(|k| REGION_WORDS.contains(doc.word(k)))
                && !title()
            || first < last
                && PLACE_WORDS.contains(doc.word(last))
                && given_name_gender(doc.word(first)) == Gender::Unknown
                && !self.country_form[first..=last].contains(&Some(Form::Seat))
            // "Labor Day", its first word taken for a title
            || first == last && first > 0 && doc.word(last) == "Day" && doc.is_capitalized(first - 1))
    }

    /// The family name and the given name of a name written family name first, from `first` to
    /// `last`: a Chinese or Korean family name, then one or two words of romanized syllables
    /// ("Wang Yi", "Xi Jinping", "Kim Jong Un", "Moon Jae-in"), so that "Wang" alone is the same
    /// person; or any family name before one given name of two syllables joined by a hyphen
    /// ("Lo Kin-hei", "Tam Yiu-chung"). ("Kim Kardashian" and "Lee Anderson" are written given
    /// name first.)
    fn family_name_first(&self, first: usize, last: usize) -> Option<(Span, Span)> {
        let doc = self.doc;
        let words = last - first;
        let given = first + 1..=last;
        let syllables = words == 1
            && doc.word(last).split_once('-').is_some_and(|(one, two)| {
                !one.is_empty() && two.starts_with(|c: char| c.is_ascii_lowercase())
            });
        ((1..=2).contains(&words)
            && (FAMILY_FIRST.contains(doc.word(first)) || syllables)
            && given.clone().all(|k| {
                doc.tokens[k].kind == Kind::Word
                    && doc.is_capitalized(k)
                    && given_name_gender(doc.word(k)) == Gender::Unknown
                    && romanized(doc.word(k))
            }))
        .then(|| {
            let given = Span::new(doc.tokens[first + 1].span.start, doc.tokens[last].span.end);
            (doc.tokens[first].span, given)
        })
    }

    /// Whether the name ending at token `last` has an apposition after it whose head describes
    /// an organization: "Ukrenergo, the state grid operator,", "Eskom, a power utility.".
    fn described_after(&self, last: usize) -> bool {
        let doc = self.doc;
        let n = doc.tokens.len();
        if !(last + 3 < n && doc.is_punct(last + 1, ",") && ARTICLES.contains(doc.word(last + 2))) {
            return false;
        }
        let words = (last + 3..n.min(last + 3 + APPOSITION_WORDS))
            .take_while(|&k| {
                doc.tokens[k].kind == Kind::Word && !NOT_IN_SOURCE_PHRASE.contains(doc.word(k))
            })
            .count();
        // (Its head ends it: "Chidi Okoro, a spokesman for the union," is no union, nor "Dan
        // Conston, a senior adviser to the group," a group.)
        let head = last + 2 + words;
        words > 0
            && head + 1 < n
            && doc.tokens[head + 1].kind == Kind::Punct
            && ORGANIZATION_DESCRIPTORS.contains(doc.word(head))
    }

    /// The mention of the name from `first` to `last`, unless it is a place.
    fn mention(&self, first: usize, last: usize, hon: bool) -> Option<Mention> {
        let doc = self.doc;
        // ("The county Sheriff's Office said": an office's organization is no name of its own.)
        if first == last
            && first >= 2
            && doc.possessive_after(first - 2)
            && TITLES.contains(doc.word(first - 2))
        {
            return None;
        }
        let name_start = first + usize::from(hon);
        let words = || (name_start..=last).filter(|&k| doc.tokens[k].kind == Kind::Word);
        let given = words().next().filter(|_| !self.place(first, last, hon))?;
        // "New Jersey Gov. Chris Christie", "Wells Fargo CEO John Stumpf": a name before a title
        // that a name follows is a place or an organization.
        let before_title = last + 1 < doc.tokens.len()
            && doc.is_capitalized(last + 1)
            && TITLES.contains(doc.word(last + 1));
        // "Frank Hill", "Emily Post": a given name before a surname that is also an
        // organization's word.
        let surname_like = words().count() == 2
            && SURNAME_WORDS.contains(doc.word(last))
            && given_name_gender(doc.word(name_start)) != Gender::Unknown;
        // "TRUMP: I will release …": a transcript's label in capitals is a person.
        let label = first == last
            && doc.word(first).len() >= 4
            && !SECTION_LABELS.contains(doc.word(first))
            && (first == 0 || doc.tokens[first - 1].kind != Kind::Word)
            && last + 1 < doc.tokens.len()
            && doc.is_punct(last + 1, ":");
        // "Priorities USA", "Health Canada": a name that the country's name ends, after no given
        // name ("Steve Israel").
        let country_last = || {
            last > name_start
                && crate::countries::is_country_name(doc.word(last))
                && given_name_gender(doc.word(name_start)) == Gender::Unknown
        };
        // "power utility Eskom", "the airline Qantas": what it is, said before the name, or
        // apposed after it ("Ukrenergo, the state grid operator, said").
        let described = || {
            first > 0
                && ORGANIZATION_DESCRIPTORS.contains(Lowercase::new(doc.word(first - 1)).as_str())
                || self.described_after(last)
        };
        // ("Mr Hall", "Dr Power": an honorific names a person.)
        let kind = if words().any(|k| is_organization_word(doc.word(k)) && !self.initials(k))
            && !surname_like
            && !label
            && !hon
            || described() && !hon
            || country_last()
            || self.country_form[first..=last].contains(&Some(Form::Seat))
            || before_title && !hon
            // ("Texas said", "Punjab refuses": a state or province speaks for its government.)
            || !hon
                && crate::countries::is_region(
                    Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end)
                        .text(doc.text),
                ) {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Person
        };
        let single_opener = self.sentence_start[first] && first == last;
        let (given, surname) = match self.family_name_first(name_start, last) {
            Some((surname, given)) => (Some(given), surname),
            None => (
                // "Von der Leyen" and "Mr. Van Voorhis" give no given name; "Al Gore" does,
                // and so does an organization's "St. Louis County Council".
                (given != last
                    && (kind == SpeakerKind::Organization
                        || !NAME_PARTICLES.contains(Lowercase::new(doc.word(given)).as_str())
                        || !hon && given_name_gender(doc.word(given)) != Gender::Unknown))
                    .then_some(doc.tokens[given].span),
                doc.tokens[(name_start..=last)
                    .rev()
                    .find(|&k| {
                        !is_name_suffix(doc.word(k)) && !CAPITAL_TITLES.contains(doc.word(k))
                    })
                    .unwrap_or(last)]
                .span,
            ),
        };
        Some(Mention {
            span: Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end),
            first,
            last,
            honorific: if hon {
                honorific(doc.word(first))
            } else {
                None
            },
            kind,
            weak: single_opener || doc.headline[first],
            given,
            surname,
        })
    }
}

/// "May, for her part, insisted …", "Major added …": once "Theresa May" or "John Major" is
/// named, the surname alone that is a month or a title is a mention wherever it is no date ("in
/// May", "May 5") and no title before a name ("Major General Ana Ruiz").
fn lone_surnames(doc: &Doc, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut surnames: Vec<&str> = Vec::new();
    for m in mentions.iter().filter(|m| !m.weak) {
        let Some(given) = m.given else { continue };
        let surname = m.surname.text(doc.text);
        // (A title after a given name of people, not "Utah Republican".)
        let titled = || {
            TITLES.contains(surname) && given_name_gender(given.text(doc.text)) != Gender::Unknown
        };
        if (MONTH_NAMES.contains(surname) || titled()) && !surnames.contains(&surname) {
            surnames.push(surname);
        }
    }
    if surnames.is_empty() {
        return mentions;
    }
    let date_or_title = |i: usize| {
        let after = doc.tokens.get(i + 1);
        if TITLES.contains(doc.word(i)) {
            return after.is_some_and(|t| t.capitalized);
        }
        after.is_some_and(|t| doc.text.as_bytes()[t.span.start].is_ascii_digit())
            || i > 0 && MONTH_LEADS.contains(Lowercase::new(doc.word(i - 1)).as_str())
    };
    // The mentions found and the bare surnames between them, in order.
    let mut all = Vec::with_capacity(mentions.len());
    let mut found = mentions.into_iter().peekable();
    let mut i = 0;
    while i < doc.tokens.len() {
        if let Some(m) = found.next_if(|m| m.first <= i) {
            i = m.last + 1;
            all.push(m);
            continue;
        }
        if surnames.contains(&doc.word(i)) && !date_or_title(i) {
            all.push(Mention {
                span: doc.tokens[i].span,
                first: i,
                last: i,
                honorific: None,
                kind: SpeakerKind::Person,
                weak: false,
                given: None,
                surname: doc.tokens[i].span,
            });
        }
        i += 1;
    }
    all.extend(found);
    all
}

/// How many mentions back a titled description looks for its person at the most.
const MAX_TITLED_LOOKBACK: usize = 200;
/// How many capitalized words a title may have: in an apposition after a name ("Rishi Sunak, the
/// Prime Minister of the United Kingdom" is read to "Prime Minister"), or before the words of
/// an organization it opens ("National Security Council").
const TITLE_WORDS: usize = 4;

/// The mention of the person that a titled description stands for: "the chancellor" (tokens
/// `first..=last`) after "German Chancellor Angela Merkel", "the senator" after "Sen. Elizabeth
/// Warren"; or a role's description: "The GOP nominee" after "Republican presidential nominee
/// Donald Trump" or "Hillary Clinton, the Democratic nominee,", the role and its capitalized
/// words near the name. The one named last, at most `window` sentences before; or the person
/// whose age follows the name: "the 45-year-old" after "Mary Jones, 45,"; or the organization an
/// organization's description stands for ("the commission", `described_organization`).
pub fn titled(
    doc: &Doc,
    mentions: &[Mention],
    first: usize,
    last: usize,
    window: usize,
) -> Option<MentionId> {
    if !matches!(doc.word(first), "the" | "The") || last <= first || last - first > 3 {
        return None;
    }
    let head = Lowercase::new(doc.word(last));
    let head = head.as_str();
    // "Mary Jones, 45, …" and then "the 45-year-old": the person of that age, named last.
    if let Some(age) = head.strip_suffix("-year-old") {
        let before = ending_before(mentions, first);
        let from = before.saturating_sub(MAX_TITLED_LOOKBACK);
        return (from..before).rev().find_map(|i| {
            let m = &mentions[i];
            (m.kind == SpeakerKind::Person
                && m.last + 2 < first
                && doc.is_punct(m.last + 1, ",")
                && doc.word(m.last + 2) == age)
                .then_some(MentionId(i))
        });
    }
    // "chancellor" stands for the title "Chancellor", "senator" for "Sen."; "MP" for itself.
    let word = doc.word(last);
    let capitalized = if word.bytes().all(|b| b.is_ascii_uppercase()) {
        word.to_string()
    } else {
        capitalized(head)
    };
    if word.starts_with(char::is_lowercase) && is_organization_word(&capitalized) {
        return described_organization(doc, mentions, first, last, window);
    }
    // "the utility" after "power utility Eskom", "the airline" after "the airline Qantas": the
    // organization that the description named, with the same words ("the online retail giant"
    // is not "oil giant Exxon Mobil").
    if ORGANIZATION_DESCRIPTORS.contains(head) {
        return named_before(doc, mentions, first, window, |m| {
            let before = m.first.saturating_sub(4)..m.first;
            m.first > 0
                && doc.word(m.first - 1).eq_ignore_ascii_case(head)
                && (first + 1..last).all(|k| {
                    before
                        .clone()
                        .any(|j| doc.word(j).eq_ignore_ascii_case(doc.word(k)))
                })
        });
    }
    let a_title = TITLES.contains(&capitalized);
    let role = ROLE_NOUNS.contains(head);
    if !role && !a_title && !abbreviated_title(None, head) {
        return None;
    }
    fn party(w: &str) -> &str {
        if w == "GOP" { "Republican" } else { w }
    }
    let stands_for = |w: &str| a_title && w == capitalized || abbreviated_title(Some(w), head);
    // "Secretary of State Jon Husted" is no "the state", "Vice President Biden" no "the
    // president".
    let qualified = |k: usize| {
        k > 0 && {
            let before = doc.word(k - 1);
            before == "of"
                || TITLE_PREFIXES.contains(before)
                    && !(first..last).any(|d| doc.word(d).eq_ignore_ascii_case(before))
        }
    };
    named_before(doc, mentions, first, window, |m| {
        if m.kind != SpeakerKind::Person {
            return false;
        }
        if role {
            // The words before the name, or after it past a comma and an article (not the
            // description itself, a clause's subject after an opening phrase: "In an interview
            // with Mika Brzezinski, the Democratic candidate said").
            let apposed = m.last + 2 < doc.tokens.len()
                && doc.is_punct(m.last + 1, ",")
                && matches!(doc.word(m.last + 2), "the" | "a")
                && m.last + 2 != first;
            let (from, to) = if apposed {
                (m.last + 3, doc.tokens.len().min(m.last + 8))
            } else {
                (m.first.saturating_sub(5), m.first)
            };
            let mut agrees = true;
            for k in first + 1..=last {
                if k == last || doc.is_capitalized(k) {
                    let mut found = false;
                    for j in from..to {
                        found |= party(doc.word(j)) == party(doc.word(k));
                    }
                    agrees &= found;
                }
            }
            return agrees;
        }
        // The title in an apposition after the name: "Rishi Sunak, the Prime Minister, …".
        let apposition = m.last + 3..doc.tokens.len().min(m.last + 3 + TITLE_WORDS);
        if a_title
            && m.last + 2 != first
            && doc.is_punct(m.last + 1, ",")
            && matches!(doc.word(m.last + 2), "the" | "The")
        {
            let end = apposition
                .clone()
                .find(|&j| !doc.is_capitalized(j))
                .unwrap_or(apposition.end);
            if (apposition.start..end).any(|j| stands_for(doc.word(j)))
                && modifiers_agree(doc, first + 1..last, apposition.start..end)
            {
                return true;
            }
        }
        // The title in an apposition before the name: "The chancellor, Rachel Reeves, …" (its
        // modifiers the description's too: "the shadow chancellor, Mel Stride," is no "the
        // chancellor").
        let lowercase_title = |k: usize| a_title && doc.word(k).eq_ignore_ascii_case(&capitalized);
        if m.first >= 3 && doc.is_punct(m.first - 1, ",") && lowercase_title(m.first - 2) {
            let title = m.first - 2;
            let mut the = title;
            while the > 0
                && title - the < TITLE_WORDS
                && !matches!(doc.word(the - 1), "the" | "The")
                && doc.word(the - 1).starts_with(char::is_lowercase)
            {
                the -= 1;
            }
            let described =
                |k: usize| (first + 1..last).any(|d| doc.word(d).eq_ignore_ascii_case(doc.word(k)));
            if the > 0 && matches!(doc.word(the - 1), "the" | "The") && (the..title).all(described)
            {
                return true;
            }
        }
        // The title words before the name: "German Chancellor", "Sen.", "Minister for Health",
        // "DCP (Crime)".
        let mut k = m.first;
        // (Past a capitalized word in parentheses after the title: "DCP (Crime)".)
        if k > 3 && doc.word(k - 1) == ")" && doc.word(k - 3) == "(" && doc.is_capitalized(k - 2) {
            k -= 3;
        }
        while k > m.first.saturating_sub(6)
            && (doc.is_capitalized(k - 1) || matches!(doc.word(k - 1), "." | "of" | "for"))
        {
            k -= 1;
            if stands_for(doc.word(k)) && !qualified(k) {
                // ("The German foreign minister" is no "Hungarian Prime Minister Viktor Orban".)
                let mut start = k;
                while start > m.first.saturating_sub(6) && doc.is_capitalized(start - 1) {
                    start -= 1;
                }
                return modifiers_agree(doc, first + 1..last, start..m.first);
            }
        }
        false
    })
}

/// The mention named last before token `first` that `fits`, at most `window` sentences and
/// [`MAX_TITLED_LOOKBACK`] mentions back.
fn named_before(
    doc: &Doc,
    mentions: &[Mention],
    first: usize,
    window: usize,
    mut fits: impl FnMut(&Mention) -> bool,
) -> Option<MentionId> {
    let sentence = doc.sentence_of(first);
    let before = ending_before(mentions, first);
    // Plain loops: as iterator chains they cost the widget 0.4 KB gzipped.
    let mut i = before;
    while i > before.saturating_sub(MAX_TITLED_LOOKBACK) {
        i -= 1;
        let m = &mentions[i];
        if doc.sentence_of(m.first) + window < sentence {
            break;
        }
        if fits(m) {
            return Some(MentionId(i));
        }
    }
    None
}

/// The organization that a description of one (tokens `first..=last`) stands for: "the
/// commission" after "the Australian Electoral Commission", "the health service" after "the
/// National Health Service", "the department" after "the Department of Justice": the one named
/// last, at most `window` sentences before, whose name ends with the description's head (or has
/// it before "of", "for" or "on") and holds its other words.
fn described_organization(
    doc: &Doc,
    mentions: &[Mention],
    first: usize,
    last: usize,
    window: usize,
) -> Option<MentionId> {
    let head = doc.word(last);
    named_before(doc, mentions, first, window, |m| {
        // ("the company" or "the firm" after "Loblaw Companies Ltd.": a company's name.)
        let mut headed = doc.word(m.last).eq_ignore_ascii_case(head)
            || matches!(head, "company" | "firm") && COMPANY_ENDS.contains(doc.word(m.last));
        for k in m.first..m.last {
            headed |= ORGANIZATION_LINKS.contains(doc.word(k + 1))
                && doc.word(k).eq_ignore_ascii_case(head);
        }
        let mut agrees = true;
        for k in first + 1..last {
            let mut among = false;
            for j in m.first..=m.last {
                among |= doc.word(j).eq_ignore_ascii_case(doc.word(k));
            }
            agrees &= among;
        }
        // (Not "Council" or "New Poll" alone, a sentence's or a headline's first word.)
        m.kind == SpeakerKind::Organization && m.last > m.first && !m.weak && headed && agrees
    })
}

/// Whether `initials` are those of all the capitalized words of `name` ("IIU" of "Independent
/// Investigation Unit", "FDA" of "Food and Drug Administration"), or of those before its first
/// lowercase word after one ("US" of "United States of America"). One pass, no string built.
fn initials_match(name: &str, initials: &str) -> bool {
    let want = initials.as_bytes();
    // How many initials so far, whether they match `want` so far, and the match of those
    // before the first lowercase word, once one came after an initial.
    let (mut count, mut prefix, mut before) = (0, true, None);
    for word in name.split(' ') {
        match word.bytes().next().filter(u8::is_ascii_uppercase) {
            Some(initial) => {
                prefix &= want.get(count) == Some(&initial);
                count += 1;
            }
            None if count > 0 && before.is_none() => before = Some(prefix && count == want.len()),
            None => {}
        }
    }
    prefix && count == want.len() || before == Some(true)
}

/// Whether `word` (a given name: "Jinping", "Jong", "Jae-in") is a romanized Chinese or Korean
/// given name: each of its hyphenated parts one or two pinyin syllables (or Wade-Giles, as in
/// Taiwan and Hong Kong: "Hsien", "Loong"), or one Korean syllable ("Suk", "Yeol").
fn romanized(word: &str) -> bool {
    let lower = Lowercase::new(word);
    lower.as_str().split('-').all(|part| {
        let part = part.as_bytes();
        !part.is_empty()
            && (syllables(part, PINYIN_CODAS).is_some_and(|n| n <= 2)
                || syllables(part, KOREAN_CODAS) == Some(1))
    })
}

/// How few syllables of an initial, a vowel group and one of `codas` make up `letters`, if
/// they do.
fn syllables(letters: &[u8], codas: &str) -> Option<usize> {
    let mut fewest: Vec<Option<usize>> = vec![None; letters.len() + 1];
    fewest[0] = Some(0);
    for from in 0..letters.len() {
        let Some(count) = fewest[from] else { continue };
        let rest = &letters[from..];
        for initial in SYLLABLE_INITIALS
            .split(' ')
            .filter(|i| rest.starts_with(i.as_bytes()))
        {
            let after = &rest[initial.len()..];
            for vowel in SYLLABLE_VOWELS
                .split(' ')
                .filter(|v| after.starts_with(v.as_bytes()))
            {
                let tail = &after[vowel.len()..];
                // ("r" ends only "er".)
                let er = initial.is_empty() && vowel == "e";
                for coda in codas
                    .split(' ')
                    .filter(|c| tail.starts_with(c.as_bytes()) && (*c != "r" || er))
                {
                    let end = from + initial.len() + vowel.len() + coda.len();
                    if fewest[end].is_none_or(|n| n > count + 1) {
                        fewest[end] = Some(count + 1);
                    }
                }
            }
        }
    }
    fewest[letters.len()]
}

/// Whether the words of a description between its article and its head (`modifiers`: "German
/// foreign" of "the German foreign minister") agree with the titles before a name (`titles`:
/// "Hungarian Prime Minister"): each title word among them ("foreign") is one of the titles,
/// and a word that names a place or party ("German") is one of them where the titles name one.
fn modifiers_agree(doc: &Doc, modifiers: Range<usize>, titles: Range<usize>) -> bool {
    let among = |w: &str| titles.clone().any(|k| doc.word(k).eq_ignore_ascii_case(w));
    let named_places = titles
        .clone()
        .filter(|&k| doc.is_capitalized(k) && !TITLES.contains(doc.word(k)))
        .count();
    modifiers.clone().all(|k| {
        let w = doc.word(k);
        if w.starts_with(char::is_lowercase) {
            !TITLES.contains(&capitalized(w)) || among(w)
        } else {
            TITLES.contains(w) || named_places == 0 || among(w)
        }
    })
}

/// "R-Ky", "D-Minn", "I-Vt", "R-N.Y.": a party and state after a lawmaker's name.
fn is_party_tag(w: &str) -> bool {
    matches!(w.as_bytes(), [b'R' | b'D' | b'I', b'-', c, ..] if c.is_ascii_uppercase())
}

/// "Don't", "We’re", "They'll": a word with a verb or negation joined by an apostrophe.
fn is_contraction(w: &str) -> bool {
    // Every ending has its apostrophe (' or the last byte of ’) in the word's last five bytes.
    let tail = &w.as_bytes()[w.len().saturating_sub(5)..];
    if !tail.iter().any(|&b| b == b'\'' || b == 0x99) {
        return false;
    }
    "n't n’t 're ’re 'll ’ll 've ’ve 'm ’m 'd ’d"
        .split(' ')
        .any(|end| w.ends_with(end))
}

/// "al-Assad", "el-Sisi", "bin-Salman": a particle joined to a capitalized name.
fn has_arabic_article(w: &str) -> bool {
    if !matches!(w.as_bytes(), [_, _, b'-', ..] | [_, _, _, b'-', ..]) {
        return false;
    }
    "al- el- ad- as- ash- bin- abu-".split(' ').any(|p| {
        w.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// Whether `w` makes a name an organization's: "Department", "NAACP"; a document word too
/// ("Polls show …", "the Drudge Report").
fn is_organization_word(w: &str) -> bool {
    ORGANIZATION_WORDS.contains(w)
        // (Not a barrister's rank, a member's seat or a numeral after the name: "Helen Price
        // KC", "Alex Rowley MSP", "King Charles III".)
        || (w.len() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(w, "KC" | "QC" | "SC")
            && !is_roman_numeral(w)
            && !CAPITAL_TITLES.contains(w))
        || DOCUMENTS.contains(Lowercase::new(w).as_str())
}

/// The kin noun that introduces the name at `span` as someone's relative, if one does: "His
/// son Chip Carter", "his wife, Heidi Cruz", "Sydney mother-of-three Jess Tran".
fn kin_before(text: &str, span: Span) -> Option<&str> {
    let word = word_before(text, span);
    KIN_NOUNS
        .contains(Lowercase::new(word).as_str())
        .then_some(word)
}

/// The letters of the word right before `span`, past a space or a comma; of a compound, its
/// first word's ("mother" of "mother-of-three" before "Jess Tran").
fn word_before(text: &str, span: Span) -> &str {
    let bytes = text.as_bytes();
    let mut end = span.start;
    while end > 0 && matches!(bytes[end - 1], b' ' | b',') {
        end -= 1;
    }
    let mut start = end;
    loop {
        while start > 0 && bytes[start - 1].is_ascii_alphabetic() {
            start -= 1;
        }
        // ("mother-of-three": back past the hyphens to the first word.)
        if !(start > 1 && bytes[start - 1] == b'-' && bytes[start - 2].is_ascii_alphabetic()) {
            break;
        }
        end = start - 1;
        start = end;
    }
    slice(text, start..end)
}

/// Links mentions into entities: a full name starts an entity (or joins one with the same first
/// and last name); a bare surname, with or without honorific, joins the entity with that surname
/// mentioned last, of a compatible gender. Returns the entities and each mention's entity.
pub fn link(text: &str, mentions: &[Mention]) -> (Vec<Entity>, Vec<EntityId>) {
    let mut entities: Vec<Entity> = Vec::new();
    // The entities of each surname: the map gives the index of its list. (A map to an index is
    // the crate's one map type of words: see `Lexicon`.)
    let mut by_surname: FastMap<&str, u32> = FastMap::default();
    let mut surname_lists: Vec<Vec<usize>> = Vec::new();
    let mut of_mention = Vec::with_capacity(mentions.len());
    // Whether a name in capitals has turned up (a transcript's label).
    let mut labels = false;
    for (m_idx, m) in mentions.iter().enumerate() {
        let surname = m.surname.text(text);
        let given = m.given;
        // "Michelle Obama" is not the "Mr. Obama" of before. Of a compound given name that is
        // not listed whole ("Jean-Marie"), the first tells the sex ("Marie-Claude", "John-Mark";
        // not the syllables of "Lo Kin-hei").
        let given_gender =
            given
                .filter(|_| m.kind == SpeakerKind::Person)
                .map_or(Gender::Unknown, |g| {
                    let g = g.text(text);
                    match given_name_gender(g) {
                        Gender::Unknown => g
                            .split_once('-')
                            .filter(|(_, second)| second.starts_with(char::is_uppercase))
                            .map_or(Gender::Unknown, |(first, _)| given_name_gender(first)),
                        known => known,
                    }
                });
        // "Power utility Eskom said … Eskom added": a bare name and an organization of that name
        // are one (a person of that name, where there is one, first: "Donald Trump" before "the
        // Trump golf course").
        let bare_name = given.is_none() && m.honorific.is_none();
        let name = m.name().text(text);
        let ends_name = |full: &str| {
            full.len() > name.len() + 1
                && full.ends_with(name)
                && full.as_bytes()[full.len() - name.len() - 1] == b' '
        };
        // ("Samantha Power said … Power added": a surname that is also a word of organizations,
        // bare, is the person's.)
        let surname_word = bare_name && SURNAME_WORDS.contains(surname);
        let compatible = |e: &Entity| {
            (e.kind == m.kind
                || bare_name && e.given.is_none() && e.gender == Gender::Unknown
                || surname_word && e.kind == SpeakerKind::Person)
                && !matches!(
                    (e.gender, m.honorific),
                    (Gender::Male, Some(Gender::Female)) | (Gender::Female, Some(Gender::Male))
                )
                // (Not where the given names are the same: "Sydney mother Jess Tran" is a
                // woman, whatever the census lists say of "Jess".)
                && (!matches!(
                    (e.gender, given_gender),
                    (Gender::Male, Gender::Female) | (Gender::Female, Gender::Male)
                ) || given.zip(e.given).is_some_and(|(g, eg)| g.text(text) == eg.text(text)))
                && match (given, e.given) {
                    // ("López Obrador" after "Andrés Manuel López Obrador": the last words of
                    // the full name, whose first is no given name; "Ted Cruz" is not the
                    // headline's "NYTimes Casually Conflates Ted Cruz", nor "Norbert Leo Butz"
                    // its "Star Norbert Leo Butz".)
                    (Some(g), Some(eg)) => {
                        g.text(text) == eg.text(text)
                            || given_gender == Gender::Unknown
                                && ends_name(&e.name)
                                && e.mentions.iter().all(|&k| !mentions[k].weak)
                    }
                    _ => true,
                }
        };
        // "TRUMP" in a transcript's label is the "Trump" named before or after it.
        let capitals = surname.len() >= 4 && surname.bytes().all(|b| b.is_ascii_uppercase());
        labels |= capitals;
        let other_case = (labels && surname.len() >= 4).then(|| {
            let mut other = if capitals {
                surname.to_ascii_lowercase()
            } else {
                surname.to_ascii_uppercase()
            };
            if let Some(initial) = other.get_mut(0..1).filter(|_| capitals) {
                initial.make_ascii_uppercase();
            }
            other
        });
        let surname = match other_case.and_then(|o| by_surname.get_key_value(o.as_str())) {
            Some((&known, _)) => known,
            None => surname,
        };
        let list = *by_surname.entry(surname).or_insert_with(|| {
            surname_lists.push(Vec::new());
            surname_lists.len() as u32 - 1
        });
        let same_surname = &mut surname_lists[list as usize];
        // An honorific goes with a given name of its gender ("Mrs. Clinton" is Hillary, not
        // Bill, Clinton) where there is one; a bare surname stays with the person it named
        // before ("Cruz" is Ted Cruz after "his wife, Heidi Cruz"); else the one named last.
        let bare = |e: &Entity| {
            e.mentions
                .iter()
                .any(|&k| mentions[k].given.is_none() && mentions[k].surname.text(text) == surname)
        };
        let agrees = |e: &Entity| match m.honorific {
            Some(g @ (Gender::Male | Gender::Female)) => e.name_gender != g.other(),
            _ => true,
        };
        // Nor does it go to a relative introduced as one ("His son Chip Carter") when the
        // person the article is about shares the name.
        let not_kin = |e: &Entity| kin_before(text, mentions[e.mentions[0]].span).is_none();
        let acronym = m.first == m.last
            && m.kind == SpeakerKind::Organization
            && surname.len() >= 2
            && surname.bytes().all(|b| b.is_ascii_uppercase());
        // "Ghana Cocoa Board (COCOBOD)": initials in parentheses right after an organization's
        // name are that organization's, whatever letters they take.
        let introduced = (acronym && m_idx > 0)
            .then(|| {
                let before = &mentions[m_idx - 1];
                (before.kind == SpeakerKind::Organization
                    && slice(text, before.span.end..m.span.start) == " ("
                    && slice(text, m.span.end..).starts_with(')'))
                .then(|| of_mention[m_idx - 1])
            })
            .flatten()
            .map(|EntityId(k)| k);
        if let Some(k) = introduced {
            // (And so are the initials named before them, as a headline names them: that
            // organization's mentions are this one's, and the initials name this one after.)
            for &other in same_surname.iter() {
                if other != k && entities[other].kind == SpeakerKind::Organization {
                    for moved in std::mem::take(&mut entities[other].mentions) {
                        of_mention[moved.0] = EntityId(k);
                        let at = entities[k].mentions.partition_point(|&x| x < moved);
                        entities[k].mentions.insert(at, moved);
                    }
                }
            }
            same_surname.retain(|&o| entities[o].kind != SpeakerKind::Organization);
            same_surname.push(k);
        }
        let found = introduced
            .or_else(|| {
                same_surname
                    .iter()
                    .copied()
                    .filter(|&k| compatible(&entities[k]))
                    .max_by_key(|&k| {
                        (
                            entities[k].kind == m.kind,
                            agrees(&entities[k]),
                            given.is_none() && bare(&entities[k]),
                            given.is_none() && not_kin(&entities[k]),
                            entities[k].mentions.last().copied(),
                        )
                    })
            })
            // "Mr Ayub" after "Omar Ayub Khan", "Lula" after "Luiz Inácio Lula da Silva": a
            // middle name that is no given name, alone.
            .or_else(|| {
                // (The words between the given name and the surname; most names have none.)
                let middle = |e: &Entity| {
                    let name = e.name.as_bytes();
                    let from = e.given.map_or(name.len(), |g| g.len() + 1);
                    let to = name.iter().rposition(|&b| b == b' ').unwrap_or(0);
                    from < to
                        && name[from..to]
                            .split(|&b| b == b' ')
                            .any(|w| w == surname.as_bytes())
                };
                (given.is_none()
                    && m.kind == SpeakerKind::Person
                    && given_name_gender(surname) == Gender::Unknown)
                    .then(|| {
                        entities.iter().rposition(|e| {
                            e.kind == SpeakerKind::Person && compatible(e) && agrees(e) && middle(e)
                        })
                    })
                    .flatten()
            })
            // "Anwar" after "Anwar Ibrahim", "Prabowo" after "Prabowo Subianto": news of Malaysia,
            // Indonesia, Thailand or the Gulf calls a person by the first of their names. A name
            // of one word ("Sheikh Mohammed" too) goes to the one person named before with it
            // first.
            .or_else(|| {
                // (Not a headline's run of capitals, nor a state's name: "Iowa Democrats"; nor
                // anyone's surname in the text: "Trump" after "Trump Train" and before "Donald
                // Trump".)
                (given.is_none()
                    && m.kind == SpeakerKind::Person
                    && !crate::countries::is_region(surname))
                .then(|| {
                    let mut first_named = (0..entities.len()).filter(|&k| {
                        let e = &entities[k];
                        e.kind == SpeakerKind::Person
                            && agrees(e)
                            && e.given.is_some_and(|g| g.text(text) == surname)
                            && e.mentions.iter().all(|&k| !mentions[k].weak)
                    });
                    first_named.next().filter(|_| first_named.next().is_none())
                })
                .flatten()
                .filter(|_| {
                    !mentions
                        .iter()
                        .any(|o| o.given.is_some() && o.surname.text(text) == surname)
                })
            })
            // "the Independent Investigation Unit … The IIU said": an organization's initials,
            // of all its capitalized words or of those before its first lowercase one; so an
            // office's ("the Parliamentary Budget Officer … The PBO"), a name whose first word
            // tells no gender.
            .or_else(|| {
                acronym
                    .then(|| {
                        entities.iter().rposition(|e| {
                            (e.kind == SpeakerKind::Organization
                                || e.name_gender == Gender::Unknown)
                                && !e.name.starts_with(surname)
                                && initials_match(&e.name, surname)
                        })
                    })
                    .flatten()
            });
        let k = found.unwrap_or_else(|| {
            entities.push(Entity {
                name: String::new(),
                kind: m.kind,
                gender: Gender::Unknown,
                name_gender: Gender::Unknown,
                given: None,
                mentions: Vec::new(),
            });
            same_surname.push(entities.len() - 1);
            entities.len() - 1
        });
        let e = &mut entities[k];
        // (The name as the text writes it, not a transcript's "CLINTON"; with the numeral or
        // generation that ends it: "Brent Bozell III", "Robert P. Casey Jr.".)
        let shouted = |n: &str| !n.bytes().any(|b| b.is_ascii_lowercase());
        let numbered = Span::new(m.name().start, m.span.end);
        let suffix = slice(text, m.name().end..m.span.end).trim_start_matches(' ');
        let name = if is_roman_numeral(suffix) || matches!(suffix, "Jr" | "Jr." | "Sr" | "Sr.") {
            numbered.text(text)
        } else {
            name
        };
        if name.len() > e.name.len() || shouted(&e.name) && !shouted(name) {
            e.name = name.to_string();
        }
        // ("International Monetary Fund (IMF)": the name with the initials it goes by.)
        if acronym
            && e.name.len() > surname.len()
            && !e.name.ends_with(surname)
            && !e.name.ends_with(')')
        {
            e.name.push_str(" (");
            e.name.push_str(surname);
            e.name.push(')');
        }
        if m.kind == SpeakerKind::Organization && !(surname_word && e.given.is_some()) {
            e.kind = m.kind;
        }
        // An honorific tells the gender, and so does a kin noun right before the name ("Sydney
        // mother-of-three Jess Tran", "her husband Bill"), over the given name's (not a role
        // noun: "spokesman Hope Hicks").
        match m.honorific {
            Some(g @ (Gender::Male | Gender::Female)) => e.gender = g,
            _ if m.kind == SpeakerKind::Person && e.gender == Gender::Unknown => {
                if let Some(kin) = kin_before(text, m.span) {
                    e.gender = gendered_noun(kin);
                }
            }
            _ => {}
        }
        if e.name_gender == Gender::Unknown {
            e.name_gender = given_gender;
        }
        if e.given.is_none() {
            e.given = given;
        }
        e.mentions.push(MentionId(m_idx));
        of_mention.push(EntityId(k));
    }
    (entities, of_mention)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries;

    fn names(text: &str) -> Vec<(String, bool)> {
        let doc = Doc::new(text);
        find_mentions(&doc, &countries::find(text))
            .iter()
            .map(|m| (m.span.text(text).to_string(), m.weak))
            .collect()
    }

    /// Asserts the name and the number of mentions of each speaker that `annotate` gives, in
    /// order.
    fn assert_speaker_mentions(text: &str, expected: &[(&str, usize)]) {
        let answer = crate::annotate(text);
        let speakers: Vec<_> = answer
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.mentions.len()))
            .collect();
        assert_eq!(speakers, expected);
    }

    /// The name and kind of each speaker that `annotate` gives, in order.
    fn speaker_kinds(text: &str) -> Vec<(String, SpeakerKind)> {
        crate::annotate(text)
            .speakers
            .into_iter()
            .map(|s| (s.name, s.kind))
            .collect()
    }

    /// The text of each mention, in order (no country found first).
    fn mention_texts(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        find_mentions(&doc, &[])
            .iter()
            .map(|m| m.span.text(text))
            .collect()
    }

    /// The entity name of each mention, in order.
    fn linked_names(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        let mentions = find_mentions(&doc, &countries::find(text));
        let (entities, of) = link(text, &mentions);
        of.iter().map(|&k| entities[k.0].name.clone()).collect()
    }

    /// Each mention with its kind.
    fn kinds(text: &str) -> Vec<(&str, SpeakerKind)> {
        let doc = Doc::new(text);
        find_mentions(&doc, &[])
            .iter()
            .map(|m| (m.span.text(text), m.kind))
            .collect()
    }

    #[test]
    fn a_region_after_the_inside_a_sentence_is_a_title() {
        // Regression: "The Atlantic" was the ocean, and the magazine no speaker.
        let text = "As The Atlantic noted, trust is collapsing. It crossed the Atlantic. The \
                    Pacific is wide.";
        let found: Vec<String> = names(text).into_iter().map(|(name, _)| name).collect();
        assert_eq!(found, ["Atlantic"]);
    }

    #[test]
    fn a_noun_of_people_that_opens_the_sentence_before_a_given_name_is_no_part_of_it() {
        // Regression: "Tenant Claire Byrne" was the speaker's name.
        // (So before two names no census knows: "Shopper Amrit Dhillon"; but an organization
        // opens its own name: "Union Pacific Railroad".)
        let text = "Tenant Claire Byrne said her rent went up. Nurse Ana Ruiz said the ward was \
                    full. Farmer Tom Reyes said it rained. Shopper Amrit Dhillon said prices \
                    rose. Union Pacific Railroad said it would appeal.";
        assert_eq!(
            crate::claims::testing::speaker_names(text),
            [
                "Claire Byrne", "Ana Ruiz", "Tom Reyes", "Amrit Dhillon", "Union Pacific Railroad"
            ]
        );
    }

    #[test]
    fn saint_abbreviated_inside_a_name_goes_on_with_it() {
        // Regression: "Martin St. Louis" was no name, and "St. Louis said" a speaker "Louis".
        let text = "Coach Martin St. Louis was pleased. \"We gave them life,\" St. Louis said.";
        assert_eq!(
            crate::claims::testing::speaker_names(text),
            ["Martin St. Louis"]
        );
    }

    #[test]
    fn a_states_name_with_state_names_its_institutions() {
        // Regression: "The Lagos State Emergency Management Agency said" was the speech of an
        // "Emergency Management Agency".
        let text = "The Lagos State Emergency Management Agency said no lives were lost. Ohio \
                    State Sen. Ana Diaz said the bill would fail.";
        assert_eq!(
            crate::claims::testing::speaker_names(text),
            ["Lagos State Emergency Management Agency", "Ana Diaz"]
        );
    }

    #[test]
    fn see_between_two_words_of_a_name_is_one_of_them() {
        // Regression: "Tan See Leng" was no name, and "Dr Tan" a speaker of his own.
        let text = "Dormitories will need more space, Manpower Minister Tan See Leng said on \
                    Monday. Speaking later, Dr Tan said the rules would take effect in 2030.";
        assert_eq!(
            crate::claims::testing::speaker_names(text),
            ["Tan See Leng"]
        );
    }

    #[test]
    fn british_police_ranks_and_student_are_titles() {
        // Regression: the speakers were "Det Con Sarah Lewis" and "Student Sukhman Kaur".
        let text = "Det Con Sarah Lewis said the sentence would bring comfort. Student Sukhman \
                    Kaur says she worries for friends. Det Ch Insp Ann Cole said it was over.";
        assert_eq!(
            crate::claims::testing::speaker_names(text),
            ["Sarah Lewis", "Sukhman Kaur", "Ann Cole"]
        );
    }

    #[test]
    fn canadian_ranks_abbreviated_are_titles_and_end_no_sentence() {
        use crate::claims::testing::reported;
        // Regression: "Cpl." ended the sentence, so the claim before it had no cue, and "Coun."
        // was part of the name.
        let text = "Officers were called to the scene at 3:15 a.m., Cpl. Julie Courchaine said. \
                    Coun. Ana Bailão said the city would pay. Const. Raj Gill said it was quiet. \
                    The corporal said the road was closed.";
        assert_eq!(
            crate::claims::testing::claims(text),
            [
                reported(
                    "Officers were called to the scene at 3:15 a.m.",
                    "said",
                    "Julie Courchaine"
                ),
                reported("the city would pay", "said", "Ana Bailão"),
                reported("it was quiet", "said", "Raj Gill"),
                reported("the road was closed", "said", "Julie Courchaine"),
            ]
        );
    }

    #[test]
    fn public_bodies_and_utilities_are_organizations() {
        // Regression: "Alberta Health Services" was a person named "Services" ("Health" a
        // title), "Nova Scotia Health", "Manitoba Hydro", the Crown and the Gardaí were people,
        // "Scotland Yard" was "Yard", and a regional district a person.
        let text = "Alberta Health Services said the ward was closed. Nova Scotia Health says \
                    waits were long. Manitoba Hydro said power was back. The Crown argued the \
                    sentence was too light. Southern Water said spills had fallen. Scotland Yard \
                    said a man was held. Gardaí said the road was shut. Kenya Power said power \
                    was back. Samantha Power said it was late. Power added that it was over. \
                    The Cowichan Valley Regional District said the order was lifted.";
        assert_eq!(
            speaker_kinds(text),
            [
                ("Alberta Health Services".into(), SpeakerKind::Organization),
                ("Nova Scotia Health".into(), SpeakerKind::Organization),
                ("Manitoba Hydro".into(), SpeakerKind::Organization),
                ("Crown".into(), SpeakerKind::Organization),
                ("Southern Water".into(), SpeakerKind::Organization),
                ("Scotland Yard".into(), SpeakerKind::Organization),
                ("Gardaí".into(), SpeakerKind::Organization),
                ("Kenya Power".into(), SpeakerKind::Organization),
                // (A surname that is a word of organizations, bare, is the person's.)
                ("Samantha Power".into(), SpeakerKind::Person),
                (
                    "Cowichan Valley Regional District".into(),
                    SpeakerKind::Organization
                ),
            ]
        );
    }

    #[test]
    fn an_organization_s_initials_are_the_organization_named_with_them() {
        // Regression: "the IIU" was a speaker apart from the unit it stands for.
        let text = "The Independent Investigation Unit of Manitoba says an officer was charged. \
                    The IIU said the man was handcuffed. The Prairie Teachers Union (PTU) said \
                    it would appeal. The PTU added that talks had failed.";
        assert_eq!(
            speaker_kinds(text),
            [
                (
                    "Independent Investigation Unit of Manitoba (IIU)".into(),
                    SpeakerKind::Organization
                ),
                (
                    "Prairie Teachers Union (PTU)".into(),
                    SpeakerKind::Organization
                ),
            ]
        );
    }

    #[test]
    fn an_office_s_initials_are_the_office_named_before() {
        // Regression: "The PBO" was a speaker apart from the Parliamentary Budget Officer (an
        // office is a person's name with no given name that tells a gender); not so a person's
        // initials.
        let text = "The Parliamentary Budget Officer said costs would rise. The PBO cautioned \
                    that the estimate was rough. Kevin Lee said it was low. KL said it was not.";
        assert_eq!(
            crate::claims::testing::speaker_names(text),
            ["Parliamentary Budget Officer (PBO)", "Kevin Lee", "KL"]
        );
    }

    #[test]
    fn an_honorific_before_a_word_of_organizations_names_a_person() {
        // Regression: "Mr Hall" was an organization, and a speaker apart from Andrew Hall.
        let text = "Andrew Hall said claims took time. “Every claim is different,” Mr Hall said.";
        assert_eq!(
            speaker_kinds(text),
            [("Andrew Hall".into(), SpeakerKind::Person)]
        );
    }

    #[test]
    fn a_department_that_lists_its_portfolios_is_one_name() {
        // Regression: the speakers were "Citizenship Canada", "Oceans Canada", "Human
        // Services Xavier Becerra", "Food and Rural Affairs" and "Food and Rural Affairs
        // spokesperson".
        let text = "Immigration, Refugees and Citizenship Canada said the cap would hold. \
                    Fisheries and Oceans Canada said the season would open. Secretary of Health \
                    and Human Services Xavier Becerra said the rule was final. The Department \
                    for Environment, Food and Rural Affairs said rivers were cleaner. A \
                    Department for Environment, Food and Rural Affairs spokesperson said: \
                    \"We are acting.\"";
        assert_eq!(
            crate::claims::testing::speaker_names(text),
            [
                "Immigration, Refugees and Citizenship Canada",
                "Fisheries and Oceans Canada",
                "Xavier Becerra",
                "Department for Environment, Food and Rural Affairs",
                "A Department for Environment, Food and Rural Affairs spokesperson"
            ]
        );
    }

    #[test]
    fn initials_in_capitals_open_a_person_s_name() {
        // Regression: "Chief Minister MK Stalin" and "XN Iraki" were organizations, for a word
        // in capitals.
        let text = "Tamil Nadu Chief Minister MK Stalin said the state would oppose it. \
                    Economist XN Iraki said it could work. BBC News said the fire was out. RJR \
                    Nabisco said profits rose.";
        assert_eq!(
            speaker_kinds(text),
            [
                ("MK Stalin".into(), SpeakerKind::Person),
                ("XN Iraki".into(), SpeakerKind::Person),
                ("BBC News".into(), SpeakerKind::Organization),
                ("RJR Nabisco".into(), SpeakerKind::Organization),
            ]
        );
    }

    #[test]
    fn a_councillor_abbreviated_is_a_title() {
        // Regression: the speaker was "Cllr Tom Hunt".
        let text = "Cllr Tom Hunt, leader of the council, said the city faced impossible choices.";
        assert_eq!(crate::claims::testing::speaker_names(text), ["Tom Hunt"]);
    }

    #[test]
    fn an_adverb_that_opens_a_sentence_is_no_name() {
        // Regression: "Essentially" was a speaker, of what the lawyers found.
        let text = "Essentially, Clinton's lawyers read the emails and found that one was \
                    classified. Kelly, a nurse, said it was not.";
        assert_eq!(crate::claims::testing::speaker_names(text), ["Kelly"]);
    }

    #[test]
    fn a_position_in_sport_is_a_title() {
        // Regression: the speaker was "Goaltender Sam Montembeault".
        let text = "Goaltender Sam Montembeault made 38 saves. Striker Ada Hegerberg scored.";
        assert_eq!(
            names(text),
            [
                ("Sam Montembeault".into(), false),
                ("Ada Hegerberg".into(), false)
            ]
        );
    }

    #[test]
    fn titles_and_countries_are_left_out_of_names() {
        let text =
            "It was U.S. Secretary of State Rex Tillerson and Syrian President Bashar al-Assad.";
        assert_eq!(
            names(text),
            [
                ("Rex Tillerson".into(), false),
                ("Bashar al-Assad".into(), false)
            ]
        );
        // Regression: "President-elect" was part of the name.
        let text = "Vice President-elect Mike Pence met President-elect Donald Trump.";
        assert_eq!(
            names(text),
            [("Mike Pence".into(), false), ("Donald Trump".into(), false)]
        );
        // Regression: the speaker of "Supervisor of Elections Lori Edwards told" was "Supervisor".
        let text = "Supervisor of Elections Lori Edwards met State Treasurer John Chiang.";
        assert_eq!(
            names(text),
            [
                ("Lori Edwards".into(), false),
                ("John Chiang".into(), false)
            ]
        );
    }

    #[test]
    fn an_initial_that_is_also_a_word_and_for_inside_an_organization() {
        let text = "It was written by Julie A. Diaz Martinez for the Roper Center for Public \
                    Opinion Research.";
        assert_eq!(
            names(text),
            [
                ("Julie A. Diaz Martinez".into(), false),
                ("Roper Center for Public Opinion Research".into(), false)
            ]
        );
    }

    #[test]
    fn a_word_that_opens_a_sentence_is_no_name() {
        let text = "Despite challenging him, Ted Cruz said he could work with him. Anyone \
                    expecting a change should remember the polls. Contributing: Nicole Gaudiano.";
        assert_eq!(
            names(text),
            [
                ("Ted Cruz".into(), false),
                ("Nicole Gaudiano".into(), false)
            ]
        );
    }

    #[test]
    fn an_occupation_before_a_name_is_no_part_of_it() {
        let text = "Comedian Sarah Silverman met Journalist Jorge Ramos.";
        assert_eq!(
            names(text),
            [
                ("Sarah Silverman".into(), false),
                ("Jorge Ramos".into(), false)
            ]
        );
    }

    #[test]
    fn an_organization_named_with_a_title_word_or_its_people_keeps_them() {
        // Regression: "National" was a title, the organization "Rifle Association"; the
        // people's name that opens an agency's was taken for the country alone.
        let text = "The National Rifle Association said it would sue. According to the South \
                    African Weather Service, rain is late. The Australian Electoral Commission \
                    said the count was over. President Joe Biden said he was glad.";
        assert_eq!(
            speaker_kinds(text),
            [
                (
                    "National Rifle Association".into(),
                    SpeakerKind::Organization
                ),
                (
                    "South African Weather Service".into(),
                    SpeakerKind::Organization
                ),
                (
                    "Australian Electoral Commission".into(),
                    SpeakerKind::Organization
                ),
                ("Joe Biden".into(), SpeakerKind::Person)
            ]
        );
    }

    #[test]
    fn a_platform_is_an_organization() {
        let text = "In his first YouTube videos, Peter Santilli spoke.";
        assert_eq!(
            kinds(text),
            [
                ("YouTube", SpeakerKind::Organization),
                ("Peter Santilli", SpeakerKind::Person)
            ]
        );
    }

    #[test]
    fn an_agency_named_with_its_country_is_an_organization() {
        // Regression: "Health" was a title, and "Canada" one speaker with "Air Canada".
        let text = "Health Canada said the drug was safe. Air Canada said flights would resume. \
                    Rep. Steve Israel said he would run.";
        assert_eq!(
            speaker_kinds(text),
            [
                ("Health Canada".into(), SpeakerKind::Organization),
                ("Air Canada".into(), SpeakerKind::Organization),
                ("Steve Israel".into(), SpeakerKind::Person)
            ]
        );
    }

    #[test]
    fn a_charity_named_with_its_country_s_abbreviation_is_an_organization() {
        // Regression: "UK" spoke, and "Offshore Energies UK" was no one.
        let text = "On Monday, Greenpeace UK said it was a moment. Later, Offshore Energies UK, \
                    which represents the industry, warned that investment had fallen. Energy \
                    Networks Australia said prices would rise.";
        assert_eq!(
            speaker_kinds(text),
            [
                ("Greenpeace UK".into(), SpeakerKind::Organization),
                ("Offshore Energies UK".into(), SpeakerKind::Organization),
                (
                    "Energy Networks Australia".into(),
                    SpeakerKind::Organization
                )
            ]
        );
    }

    #[test]
    fn a_word_in_ing_that_opens_a_sentence_before_a_name_is_no_part_of_it() {
        // Regression: "Blaming Punjab" was a man's name; "Sterling" is a given name.
        let text = "“Blaming Punjab every winter is a habit,” he said. Sterling Brown left.";
        assert_eq!(
            names(text),
            [("Punjab".into(), false), ("Sterling Brown".into(), false)]
        );
    }

    #[test]
    fn will_after_a_word_and_before_a_name_is_a_given_name() {
        let text = "Will he run? “No,” said Will Doyle, a professor.";
        assert_eq!(names(text), [("Will Doyle".into(), false)]);
    }

    #[test]
    fn read_and_from_after_a_given_name_are_surnames() {
        // Regression: "Ian Read said" had no source, and "Al From" was "Al".
        let text = "Read more. Ian Read said the deal was sound. “We won,” said Al From.";
        assert_eq!(
            names(text),
            [("Ian Read".into(), false), ("Al From".into(), false)]
        );
    }

    #[test]
    fn a_label_word_ends_an_organization_s_name() {
        let text = "Watch: the debate. Human Rights Watch and Open Records Watch met on Monday.";
        assert_eq!(
            kinds(text),
            [
                ("Human Rights Watch", SpeakerKind::Organization),
                ("Open Records Watch", SpeakerKind::Organization)
            ]
        );
    }

    #[test]
    fn a_contraction_that_opens_a_quote_is_no_name() {
        let text = "\"Don't shoot him. We’re here,\" said Rakeyia Scott.";
        assert_eq!(names(text), [("Rakeyia Scott".into(), false)]);
    }

    #[test]
    fn a_title_word_that_names_an_organization_stays_in_it() {
        let text =
            "The State Department Refugee Processing Center and Secretary of State Rex Tillerson.";
        assert_eq!(
            names(text),
            [
                ("State Department Refugee Processing Center".into(), false),
                ("Rex Tillerson".into(), false)
            ]
        );
    }

    #[test]
    fn a_portfolio_word_before_an_operator_stays_in_its_name() {
        // Regression: "Energy", a portfolio before a title, was cut from the market operator.
        let text = "The Australian Energy Market Operator warned of blackouts.";
        assert_eq!(
            names(text),
            [("Australian Energy Market Operator".into(), false)]
        );
    }

    #[test]
    fn regions_are_places_but_their_institutes_are_organizations() {
        let text = "Experts from Europe, the Middle East and Sub-Saharan Africa met Cornel West \
                    at the Asia Society and the Middle East Institute.";
        assert_eq!(
            names(text),
            [
                ("Cornel West".into(), false),
                ("Asia Society".into(), false),
                ("Middle East Institute".into(), false)
            ]
        );
        // Regression: "Alabama" of "The Alabama senator" was a person, for "he" to go to.
        assert_eq!(names("The Alabama senator left."), []);
        assert_eq!(
            names("The New York state attorney general met Central European leaders."),
            []
        );
        // Regression: "Aston Township" was a person, and "he" went to it.
        let text = "Then Trump, speaking in Aston Township near Trump Tower, met Boris Johnson \
                    and Amy Park on Downing Street.";
        assert_eq!(
            names(text),
            [
                ("Trump".into(), false),
                ("Boris Johnson".into(), false),
                ("Amy Park".into(), false),
                ("Downing Street".into(), false)
            ]
        );
        // Regression: "Day" of "a Labor Day speech" was a person, and "he" went to it.
        let text = "In a Labor Day speech and on Election Day, Doris Day sang.";
        assert_eq!(names(text), [("Doris Day".into(), false)]);
    }

    #[test]
    fn a_month_surname_alone_is_a_mention_where_it_is_no_date() {
        let text = "Angela Merkel met Theresa May in Berlin. May, for her part, insisted on it. \
                    In May, talks failed. May 5 was a Monday. Merkel and May agreed.";
        assert_eq!(
            linked_names(text),
            [
                "Angela Merkel", "Theresa May", "Theresa May", "Angela Merkel", "Theresa May"
            ]
        );
    }

    #[test]
    fn a_title_surname_alone_is_a_mention_where_no_name_follows() {
        // Regression: "Major added" named no one; "Elder" is a title before a name too.
        let text = "John Major met Larry Elder. Major added that it went well. Elder Rosie \
                    Sakanee agreed. Elder said so too. Major General Ana Ruiz did not.";
        assert_eq!(
            linked_names(text),
            [
                "John Major", "Larry Elder", "John Major", "Rosie Sakanee", "Larry Elder",
                "Ana Ruiz"
            ]
        );
    }

    #[test]
    fn a_headline_gives_no_month_surname() {
        // Regression: "Relations May" in a headline made "May" a surname, and each copy of it
        // in a long text made the search for bare "May" slower.
        let text = "Russia Relations May Be At An All-Time Low\n\nMay brought rain.";
        assert_eq!(
            names(text),
            [
                ("Relations May".into(), true),
                ("All-Time Low".into(), true)
            ]
        );
    }

    #[test]
    fn a_headline_name_ends_before_the_headline_s_verb() {
        // Regression: "Ana Ruiz Reassures Farmers" was the name, and no one named in the text.
        let body = "\n\nMayor Ana Ruiz told farmers on Monday that the levy would be dropped \
                    before the harvest, and that the council would meet again in the spring.";
        for (headline, name) in [
            ("Ana Ruiz Reassures Farmers On Levy", "Ana Ruiz"),
            (
                "Ruiz May Not Have Known Of The Levy, But She Ended It",
                "Ruiz",
            ),
            ("Ruiz Foundation Warns Of Drought", "Ruiz Foundation"),
        ] {
            let text = format!("{headline}{body}");
            assert_eq!(names(&text)[0], (name.into(), true), "{headline}");
        }
    }

    #[test]
    fn an_office_s_organization_is_no_name_of_its_own() {
        // Regression: "Office" was a speaker of its own.
        let text = "The Greene County Sheriff's Office said the road was closed.";
        assert_eq!(
            crate::claims::testing::claims(text),
            [crate::claims::testing::reported(
                "the road was closed", "said", "The Greene County Sheriff's Office"
            )]
        );
    }

    #[test]
    fn a_month_after_a_given_name_is_a_surname() {
        let text = "Prime Minister Theresa May met Clinton May 5.";
        assert_eq!(
            names(text),
            [("Theresa May".into(), false), ("Clinton".into(), false)]
        );
    }

    #[test]
    fn honorifics_and_initials_belong_to_the_name() {
        let text = "Then Mr. Obama met Leonard E. Burman and Mr Lavrov.";
        assert_eq!(
            names(text),
            [
                ("Mr. Obama".into(), false),
                ("Leonard E. Burman".into(), false),
                ("Mr Lavrov".into(), false)
            ]
        );
    }

    #[test]
    fn possessive_ends_a_name() {
        let text = "He heard Al Jazeera's James Bays.";
        assert_eq!(
            names(text),
            [("Al Jazeera".into(), false), ("James Bays".into(), false)]
        );
    }

    #[test]
    fn a_sentence_opener_is_a_weak_name() {
        assert_eq!(
            names("Safronkov has called for it."),
            [("Safronkov".into(), true)]
        );
        assert_eq!(names("Still, he left."), []);
    }

    #[test]
    fn surnames_link_to_the_full_name() {
        let text =
            "Sergei Lavrov met Hillary Clinton. Mr Lavrov spoke. Bill Clinton came. Lavrov left.";
        assert_eq!(
            linked_names(text),
            [
                "Sergei Lavrov", "Hillary Clinton", "Sergei Lavrov", "Bill Clinton",
                "Sergei Lavrov"
            ]
        );
        let doc = Doc::new(text);
        let (entities, _) = link(text, &find_mentions(&doc, &[]));
        assert_eq!(entities[0].gender, Gender::Male);
    }

    #[test]
    fn a_given_name_suggests_a_gender() {
        let text = "Angela Merkel met Vladimir Putin and Jordan Peterson.";
        let doc = Doc::new(text);
        let mentions = find_mentions(&doc, &countries::find(text));
        let (entities, _) = link(text, &mentions);
        let genders: Vec<_> = entities
            .iter()
            .map(|e| (e.name.as_str(), e.name_gender))
            .collect();
        assert_eq!(
            genders,
            [
                ("Angela Merkel", Gender::Female),
                ("Vladimir Putin", Gender::Male),
                ("Jordan Peterson", Gender::Unknown)
            ]
        );
        let genders = |text: &str| -> Vec<Gender> {
            let doc = Doc::new(text);
            let (entities, _) = link(text, &find_mentions(&doc, &[]));
            entities.iter().map(|e| e.name_gender).collect()
        };
        // Regression: the given names of Ukraine's, the Arab world's and Quebec's news told no
        // gender, nor did Germany's, India's, Japan's or Ireland's.
        assert_eq!(
            genders("Andrii Sybiha met Osama Hamdan, Ruba Ghazal and Gaétan Roy."),
            [Gender::Male, Gender::Male, Gender::Female, Gender::Male]
        );
        assert_eq!(
            genders("Friedrich Merz met Pooja Sharma, Shigeru Ishiba and Kieran Moore."),
            [Gender::Male, Gender::Female, Gender::Male, Gender::Male]
        );
    }

    #[test]
    fn the_first_name_of_a_compound_given_name_suggests_the_gender() {
        let text = "Marie-Claude Roy thanked Jean-Marie Tremblay and John-Mark Otieno.";
        let doc = Doc::new(text);
        let (entities, _) = link(text, &find_mentions(&doc, &[]));
        let genders: Vec<_> = entities.iter().map(|e| e.name_gender).collect();
        assert_eq!(genders, [Gender::Female, Gender::Male, Gender::Male]);
    }

    #[test]
    fn a_bare_surname_stays_with_the_person_it_named_before() {
        // Regression: "Cruz said" after "his wife, Heidi Cruz" was Heidi Cruz.
        let text = "Ted Cruz endorsed Trump. Cruz said he had prayed. Trump attacked his wife, \
                    Heidi Cruz. Cruz said it was personal.";
        assert_eq!(
            linked_names(text),
            [
                "Ted Cruz", "Trump", "Ted Cruz", "Trump", "Heidi Cruz", "Ted Cruz"
            ]
        );
    }

    #[test]
    fn an_honorific_goes_with_a_given_name_of_its_gender_where_there_is_one() {
        let text = "Hillary Clinton spoke after Bill Clinton. Mrs. Clinton said it. Lindsey \
                    Graham agreed. Mr. Graham left.";
        assert_eq!(
            linked_names(text),
            [
                "Hillary Clinton", "Bill Clinton", "Hillary Clinton", "Lindsey Graham",
                "Lindsey Graham"
            ]
        );
    }

    #[test]
    fn a_full_name_of_the_other_gender_is_someone_else() {
        // Regression: "Michelle Obama" took over the "Mr. Obama" before her, and every later
        // mention of him was hers.
        let text = "President Obama spoke. Mr. Obama said it was personal. Michelle Obama \
                    agreed. Mr. Obama left.";
        assert_eq!(
            linked_names(text),
            ["Obama", "Obama", "Michelle Obama", "Obama"]
        );
    }

    #[test]
    fn of_for_and_on_stand_inside_organization_names() {
        let text = "The Commission on Presidential Debates and the Center for American Progress \
                    wrote to the United Federation of Teachers, the Department of Homeland \
                    Security and the Chamber of Commerce. The Centers for Disease Control and \
                    Prevention wrote to the Department of Justice and Hillary Clinton.";
        let names = mention_texts(text);
        assert_eq!(
            names,
            [
                "Commission on Presidential Debates",
                "Center for American Progress",
                "United Federation of Teachers",
                "Department of Homeland Security",
                "Chamber of Commerce",
                "Centers for Disease Control and Prevention",
                "Department of Justice",
                "Hillary Clinton"
            ]
        );
    }

    #[test]
    fn a_contraction_of_would_is_no_name() {
        // Regression: "I'd" before "like to" was a speaker's name.
        assert_eq!(
            mention_texts("I'd like to see it, Ana Ruiz said."),
            ["Ana Ruiz"]
        );
    }

    #[test]
    fn a_prefixed_word_is_no_name() {
        // Regression: the headline's "Ex-minister" and "Anti-Trump" were names.
        let text = "Ex-minister Ana Ruiz met Ex-President Bob Pell. Anti-Trump delegates left, \
                    and Moon Jae-in stayed.";
        let names = mention_texts(text);
        assert_eq!(names, ["Ana Ruiz", "Bob Pell", "Moon Jae-in"]);
    }

    #[test]
    fn a_first_nation_is_named_whole() {
        let text = "The Cowessess First Nation wrote to White Bear First Nations. First, Nation \
                    leaders met.";
        let names = mention_texts(text);
        assert_eq!(
            names,
            [
                "Cowessess First Nation", "White Bear First Nations", "Nation"
            ]
        );
    }

    #[test]
    fn a_plural_possessive_stands_inside_an_organization_s_name() {
        let text = "The Irish Farmers' Association wrote to the Nurses’ Union, the People's \
                    Party and Obama's State Department.";
        let names = mention_texts(text);
        assert_eq!(
            names,
            [
                "Irish Farmers' Association", "Nurses’ Union", "People's Party", "Obama",
                "State Department"
            ]
        );
    }

    #[test]
    fn and_inside_an_organization_s_name_after_the() {
        let text = "The Securities and Exchange Commission wrote to the Ontario Mortgage and \
                    Housing Corporation, the Bill and Melinda Gates Foundation, the FBI and \
                    Justice Department, the Senate and Labor Department and Trump and Fox \
                    News.";
        let names = mention_texts(text);
        assert_eq!(
            names,
            [
                "Securities and Exchange Commission",
                "Ontario Mortgage and Housing Corporation",
                "Bill and Melinda Gates Foundation",
                "FBI",
                "Justice Department",
                "Labor Department",
                "Trump",
                "Fox News"
            ]
        );
    }

    #[test]
    fn and_inside_an_organization_s_name_after_the_and_a_country() {
        // Regression: "According to the Canada Mortgage and Housing Corporation, …" was said by
        // "Mortgage"; then the organization's name lost the country's that opens it, and
        // "Taiwan Semiconductor Manufacturing Co" was a person.
        let text = "According to the Canada Mortgage and Housing Corporation, rents rose. \
                    Taiwan Semiconductor Manufacturing Co said demand was strong.";
        let speakers: Vec<_> = crate::annotate(text)
            .speakers
            .into_iter()
            .map(|s| (s.name, s.kind))
            .collect();
        assert_eq!(
            speakers,
            [
                (
                    "Canada Mortgage and Housing Corporation".to_string(),
                    SpeakerKind::Organization
                ),
                (
                    "Taiwan Semiconductor Manufacturing".to_string(),
                    SpeakerKind::Organization
                )
            ]
        );
    }

    #[test]
    fn and_inside_an_organization_s_name_after_a_comma_and_a_country() {
        // Regression: ", Canada Mortgage and Housing Corp. said" was no one, and the lead
        // sentence no claim.
        let text = "Housing starts fell 12 per cent in April, Canada Mortgage and Housing Corp. \
                    said on Wednesday.";
        let speakers: Vec<_> = crate::annotate(text)
            .speakers
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(speakers, ["Canada Mortgage and Housing"]);
    }

    #[test]
    fn initials_are_of_all_capitalized_words_or_of_those_before_the_first_lowercase_one() {
        assert!(initials_match("Independent Investigation Unit", "IIU"));
        assert!(initials_match("Food and Drug Administration", "FDA"));
        assert!(initials_match("United States of America", "US"));
        assert!(initials_match("United States of America", "USA"));
        assert!(!initials_match("the Investigation Unit", "IIU"));
        assert!(!initials_match("Independent Investigation Unit", "II"));
        assert!(!initials_match(
            "Independent Investigation Unit Office", "IIU"
        ));
    }

    #[test]
    fn an_organization_word_and_of_at_the_end_of_the_text() {
        // Regression: the fuzzer's "GA of" looked for a title word past the last token.
        for text in ["GA of", "the Department of", "Department of Justice"] {
            let doc = Doc::new(text);
            find_mentions(&doc, &[]);
        }
    }

    #[test]
    fn particles_in_a_row_and_a_surname_that_opens_with_one() {
        // Regression: "Leyen" was the name, and "Von der Leyen" another person.
        let text = "Ursula von der Leyen met Bill de Blasio and Al Gore. Von der Leyen spoke, \
                    then De Blasio.";
        assert_eq!(
            linked_names(text),
            [
                "Ursula von der Leyen", "Bill de Blasio", "Al Gore", "Ursula von der Leyen",
                "Bill de Blasio"
            ]
        );
    }

    #[test]
    fn a_suffix_ends_a_name_and_is_no_surname() {
        let text = "Martin Luther King Jr. met Apple Inc. and John G. Roberts Jr. Then Roberts \
                    spoke.";
        let spans: Vec<_> = kinds(text).into_iter().map(|(span, _)| span).collect();
        assert_eq!(
            spans,
            [
                "Martin Luther King Jr", "Apple Inc", "John G. Roberts Jr", "Roberts"
            ]
        );
        // (The generation stays in the entity's name, and "Roberts" is the same person.)
        assert_eq!(linked_names(text)[3], "John G. Roberts Jr");
    }

    #[test]
    fn a_place_before_a_title_is_no_person() {
        // Regression: "Massachusetts Sen" was a person's name, and "New Jersey" a person.
        let text = "Massachusetts Sen. Elizabeth Warren and New Jersey Gov. Chris Christie met.";
        assert_eq!(
            kinds(text),
            [
                ("Massachusetts", SpeakerKind::Organization),
                ("Elizabeth Warren", SpeakerKind::Person),
                ("New Jersey", SpeakerKind::Organization),
                ("Chris Christie", SpeakerKind::Person)
            ]
        );
    }

    #[test]
    fn an_acronym_title_with_no_name_after_it_is_an_organization() {
        let text = "NATO said it was ready. NATO Secretary-General Jens Stoltenberg agreed, and \
                    the U.N. reported that aid had arrived.";
        assert_eq!(
            kinds(text),
            [
                ("NATO", SpeakerKind::Organization),
                ("Jens Stoltenberg", SpeakerKind::Person),
                ("U.N.", SpeakerKind::Organization)
            ]
        );
    }

    #[test]
    fn an_organization_is_told_by_what_the_text_calls_it() {
        // Regression: "Eskom" and "Qantas" were people.
        let text = "On Monday the power utility Eskom warned of blackouts, and the airline Qantas \
                    cut flights.";
        assert_eq!(
            kinds(text),
            [
                ("Eskom", SpeakerKind::Organization),
                ("Qantas", SpeakerKind::Organization)
            ]
        );
    }

    #[test]
    fn an_organization_is_told_by_the_apposition_after_its_name() {
        // Regression: "Ukrenergo" and "Air Force" were people; the head of the apposition
        // tells, not a noun after its preposition.
        let text = "Ukrenergo, the state grid operator, warned of outages. The Air Force \
                    shot down drones. Dan Conston, a senior adviser to the group, said so. Chidi \
                    Okoro, a spokesman for the union, agreed.";
        assert_eq!(
            kinds(text),
            [
                ("Ukrenergo", SpeakerKind::Organization),
                ("Air Force", SpeakerKind::Organization),
                ("Dan Conston", SpeakerKind::Person),
                ("Chidi Okoro", SpeakerKind::Person)
            ]
        );
    }

    #[test]
    fn an_assembly_is_an_organization() {
        // Regression: "The Assembly of First Nations estimates …" was a person "Assembly".
        let text = "The Assembly of First Nations estimates that 28 advisories remain.";
        assert_eq!(
            kinds(text),
            [("Assembly of First Nations", SpeakerKind::Organization)]
        );
    }

    #[test]
    fn a_name_before_the_country_that_leads_an_organization_s_name_opens_it() {
        // Regression: "The Royal Canadian Mounted Police" was "Canadian Mounted Police".
        let text = "The Royal Canadian Mounted Police said the road was closed.";
        let doc = Doc::new(text);
        let names: Vec<_> = find_mentions(&doc, &countries::find(text))
            .iter()
            .map(|m| (m.span.text(text), m.kind))
            .collect();
        assert_eq!(
            names,
            [("Royal Canadian Mounted Police", SpeakerKind::Organization)]
        );
    }

    #[test]
    fn a_company_is_told_by_its_last_word() {
        // Regression: "Northwind Motors" was a person.
        let text = "Northwind Motors and Acme Holdings cut jobs.";
        assert_eq!(
            kinds(text),
            [
                ("Northwind Motors", SpeakerKind::Organization),
                ("Acme Holdings", SpeakerKind::Organization)
            ]
        );
    }

    #[test]
    fn organizations_are_told_by_their_words() {
        let text = "Officials at the New York Post and TASS met Nikki Haley.";
        assert_eq!(
            kinds(text),
            [
                ("New York Post", SpeakerKind::Organization),
                ("TASS", SpeakerKind::Organization),
                ("Nikki Haley", SpeakerKind::Person)
            ]
        );
        // Regression: "the Hostages and Missing Families Forum" was a phrase of people.
        assert_eq!(
            kinds("The Hostages and Missing Families Forum said so."),
            [(
                "Hostages and Missing Families Forum",
                SpeakerKind::Organization
            )]
        );
        // Regression: "Frank Hill" was an organization, for "Hill".
        assert_eq!(
            kinds("They met Frank Hill."),
            [("Frank Hill", SpeakerKind::Person)]
        );
        // Regressions: a union and a sentence's "Polls" were people.
        let text = "The United Steelworkers backed her. Polls show a tight race.";
        assert_eq!(
            kinds(text),
            [
                ("United Steelworkers", SpeakerKind::Organization),
                ("Polls", SpeakerKind::Organization)
            ]
        );
    }

    #[test]
    fn a_title_word_ends_a_name_at_a_sentence_end() {
        // Regression: "Press" is a title ("Press Secretary"), and a name after its sentence's
        // period made it one, so the agency was "Associated".
        let text = "Clinton leads, according to the Associated Press. Sanders has not conceded.";
        assert_eq!(
            kinds(text),
            [
                ("Clinton", SpeakerKind::Person),
                ("Associated Press", SpeakerKind::Organization),
                ("Sanders", SpeakerKind::Person)
            ]
        );
    }

    #[test]
    fn a_name_never_runs_into_the_next_sentence() {
        // Regression (found by the fuzzer): "S.." ended a sentence, and the name "S..Portd"
        // opened before the sentence of "Portd", which two claim rules read past.
        for text in ["S..Portd aPoed ad add", "F...Washington Free Beacon, add."] {
            let doc = Doc::new(text);
            for m in find_mentions(&doc, &countries::find(text)) {
                assert_eq!(doc.sentence_of(m.first), doc.sentence_of(m.last), "{text}");
            }
        }
    }

    #[test]
    fn a_name_written_family_name_first_is_one_person_with_its_family_name() {
        let text = "China's foreign minister Wang Yi met his counterpart. \"We oppose any \
                    interference,\" Wang Yi said. Later, Wang told reporters that the talks had \
                    been frank. Kim Jong Un watched the test, and Kim said it had succeeded. Kim \
                    Kardashian and Lee Anderson were not there.";
        assert_speaker_mentions(text, &[("Wang Yi", 3), ("Kim Jong Un", 2)]);
        assert!(super::romanized("Jinping") && super::romanized("Jae-in"));
        assert!(super::romanized("Hsien") && super::romanized("Yeol"));
        assert!(!super::romanized("Kardashian") && !super::romanized("Anderson"));
        assert!(!super::romanized("Carter") && !super::romanized("Davis"));
    }

    #[test]
    fn a_given_name_of_two_joined_syllables_follows_its_family_name() {
        // Regression: "Lo" was someone other than "Lo Don-hei", and "Don" gave a gender.
        let text = "Lo Don-hei said the law would chill speech. Lo, who met diplomats, said \
                    residents were afraid.";
        let answer = crate::annotate(text);
        let speakers: Vec<_> = answer
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.mentions.len(), s.gender))
            .collect();
        assert_eq!(speakers, [("Lo Don-hei", 2, None)]);
    }

    #[test]
    fn the_last_words_of_a_full_name_are_its_person() {
        // Regression: "López Obrador", "Wasserman Schultz" and "Suu Kyi" were people apart.
        let text = "Andrés Manuel López Obrador said he disagreed. López Obrador said it again. \
                    Debbie Wasserman Schultz said no. Wasserman Schultz said it twice. Aung San \
                    Suu Kyi said yes. Suu Kyi said so.";
        assert_speaker_mentions(
            text,
            &[
                ("Andrés Manuel López Obrador", 2),
                ("Debbie Wasserman Schultz", 2),
                ("Aung San Suu Kyi", 2),
            ],
        );
        // A name that a headline's words run into is not the person's full name.
        let text = "Voters Cheer Norbert Leo Butz\n\nNorbert Leo Butz said he was moved.";
        let answer = crate::annotate(text);
        assert_eq!(answer.speakers[0].name, "Norbert Leo Butz");
    }

    #[test]
    fn a_middle_name_alone_is_its_person() {
        // Regression: "Mr Ayub" was a speaker apart from "Omar Ayub Khan", and "Maddow" one
        // with "The Rachel Maddow Show" (a show).
        let text = "Omar Ayub Khan said the budget was anti-people. Mr Ayub said it would fail. \
                    Ana María Gil sang. María said she danced. The Rachel Maddow Show said it \
                    would air. Maddow said she was glad.";
        assert_speaker_mentions(
            text,
            &[
                ("Omar Ayub Khan", 2),
                ("María", 1),
                ("Rachel Maddow Show", 1),
                ("Maddow", 1),
            ],
        );
    }

    #[test]
    fn a_barrister_s_rank_or_a_member_s_seat_ends_a_person_s_name() {
        // Regression: "Helen Price KC" was an organization, and "Hale" someone other than "Tom
        // Hale QC"; "Alex Rowley MSP" was an organization named with the seat.
        let text = "Helen Price KC said her client was ashamed. Tom Hale QC disagreed, and Hale \
                    said it was wrong. Alex Rowley MSP said the ferries were late.";
        let answer = crate::annotate(text);
        let speakers: Vec<_> = answer
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.kind, s.gender, s.mentions.len()))
            .collect();
        assert_eq!(
            speakers,
            [
                (
                    "Helen Price",
                    SpeakerKind::Person,
                    Some(crate::annotations::SpeakerGender::Female),
                    1
                ),
                (
                    "Tom Hale",
                    SpeakerKind::Person,
                    Some(crate::annotations::SpeakerGender::Male),
                    2
                ),
                (
                    "Alex Rowley",
                    SpeakerKind::Person,
                    Some(crate::annotations::SpeakerGender::Male),
                    1
                )
            ]
        );
    }

    #[test]
    fn seats_portfolios_and_lettered_words_in_names() {
        // Regression: "Downing" was a gerund before a name, so "Street" spoke; "Europe" was a
        // word of Hans Kluge's name; "U-turn" was a name.
        let text = "Downing Street insisted the move was right. Reading Borough Council said the \
                    road would close. The regional director for Europe Hans Kluge said it was \
                    late. The U-turn proved they had no plan.";
        assert_eq!(
            mention_texts(text),
            ["Downing Street", "Reading Borough Council", "Hans Kluge"]
        );
    }

    #[test]
    fn adjectives_made_with_a_hyphen_are_no_names_but_korean_given_names_are() {
        // Regression: "French-language" and "Obama-era" were people who spoke, "Co-host Bob
        // Pell" a name, and "Angeles-based" ended one.
        let text = "Premier defends French-language rules for businesses\n\nThe Los \
                    Angeles-based lawyer Ana Ruiz said the Obama-era rule was dead. Co-host Bob \
                    Pell said it was not. Moon Jae-in agreed.";
        assert_eq!(mention_texts(text), ["Ana Ruiz", "Bob Pell", "Moon Jae-in"]);
    }

    #[test]
    fn title_words_before_a_word_of_organizations_open_its_name() {
        // Regression: "National Education Union" was "Education Union", and "Republican
        // National Committee" "National Committee".
        let text = "The National Education Union and the Republican National Committee met the \
                    U.N. Security Council and National Security Adviser Jane Ruiz.";
        assert_eq!(
            mention_texts(text),
            [
                "National Education Union", "Republican National Committee", "Security Council",
                "Jane Ruiz"
            ]
        );
    }

    #[test]
    fn a_family_name_of_singapore_news_comes_first() {
        // Regression: "Mr Chee" was someone other than "Chee Hong Tat".
        let text = "Finance Minister Chee Hong Tat said the tax would rise. Mr Chee said it was \
                    fair.";
        assert_speaker_mentions(text, &[("Chee Hong Tat", 2)]);
    }
}

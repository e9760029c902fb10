//! The registry of named rules. Every claim records the rule that made it and the rule that
//! found its source; every claim's speaker, the rule that resolved that source to a speaker.
//! `newsmark --explain` prints them beside each claim, and `newsmark --rules` lists the
//! registry with each rule's documentation, which is the doc comment below.
//!
//! A rule's name is its stage and its own ("reported::complement"); the stages run in the
//! order of this list.

macro_rules! registry {
    ($($(#[doc = $doc:literal])+ $rule:ident => $name:literal,)+) => {
        /// A named rule of the pipeline.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Rule {
            $($(#[doc = $doc])+ $rule,)+
        }

        impl Rule {
            /// Every rule, in pipeline order.
            pub const ALL: &'static [Rule] = &[$(Rule::$rule),+];

            /// The rule's name, its stage first: "reported::complement".
            pub fn name(self) -> &'static str {
                match self {
                    $(Rule::$rule => $name,)+
                }
            }

            /// The rule's documentation, its doc comment on one line: what it marks, with an
            /// example.
            pub fn doc(self) -> String {
                let lines: &[&str] = match self {
                    $(Rule::$rule => &[$($doc),+],)+
                };
                lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ")
            }
        }
    };
}

registry! {
    /// A quote with a cue and source of its own, after its closing mark or before its opening
    /// one: "“We regret it,” Mr Lavrov said."
    QuoteAttributed => "direct::attributed",
    /// The words that open a quote's sentence before the attribution that introduces the quote
    /// are the speaker's too, a part of their own: "Particularly in poorer towns, he said, “we
    /// do not know.”"
    QuoteLead => "direct::lead",
    /// A quote that opens its paragraph right before an attributed one is said by the same
    /// source: "“…?” “…?” Starmer told parliament."
    QuoteNextDoor => "direct::next_door",
    /// A quote that runs over paragraphs takes the source of its first continuation that has
    /// one.
    QuoteRunsOver => "direct::runs_over_paragraphs",
    /// A quote that opens the next paragraph goes on from the last attributed one, with no cue
    /// of its own.
    QuoteGoesOn => "direct::goes_on",
    /// A quote that is a sentence of its own with no one to give it to: a claim with no speaker.
    QuoteFloating => "direct::floating",
    /// A quote after a colon with no cue before it is the words of the clause's subject, the
    /// colon its cue: "Council member Tim McOsker was less forgiving: “…”"
    QuoteAfterColon => "direct::after_colon",
    /// A quote that opens its line before a colon is the words of the clause's subject after
    /// it, the colon its cue: the headline "‘Not a cent more’: Ruiz rules out new funding".
    QuoteBeforeColon => "direct::before_colon",
    /// A paragraph labelled with its speaker: a transcript ("PENCE: Well, look, …") or a
    /// headline ("Pat Caddell: Democrat Voters Worried …").
    LabelledParagraph => "direct::labelled_paragraph",
    /// A headline signed with its source after a dash, as news of Ghana and Nigeria writes
    /// them: "Cocoa smuggling costing Ghana $500m a year – COCOBOD"; the dash its cue.
    SignedHeadline => "direct::signed_headline",
    /// An embedded post is the line above the one that signs it: "― Jamil Smith (@JamilSmith)".
    EmbeddedPost => "reported::embedded_post",
    /// "Limbaugh added:" ending its paragraph, over one with no quote mark: that paragraph is
    /// his block quote.
    BlockQuote => "reported::block_quote",
    /// A question put to someone is the asker's claim, from its question word: "Asked whether
    /// he would resign, the chief said no", "The mayor was asked by reporters if …".
    QuestionPut => "reported::question_put",
    /// "According to X, content." and "Content, according to X."
    AccordingTo => "reported::according_to",
    /// A cue after "as" and its source reports the clause beside it: "As Ms. Simonyan put it,
    /// …", "…, as police have said."; or the sentence around it, in two parts: "Hawaii, as
    /// his advisers pointed out, rarely gets hurricanes."
    AsClause => "reported::as_clause",
    /// An attribution between commas reports the sentence around it: "The museum, Mr. Obama
    /// said, would make visitors …"
    Parenthetical => "reported::parenthetical",
    /// A cue between a relative pronoun's source and the rest of its clause claims that rest:
    /// "the rules, which the ministry said will take effect in May, …"; so does one with no
    /// pronoun: "a probe the agency said was ongoing". One that ends its clause claims its
    /// object: "…, a word Trump then repeated."
    RelativeContent => "reported::relative_content",
    /// The cue's complement, to the end of its clause: "said that the two had …", "told
    /// reporters the plan was dead".
    Complement => "reported::complement",
    /// A passive cue's subject and what follows "to", the claim's two parts: "The White House
    /// [is expected] to sign the measure".
    PassiveSubject => "reported::passive_subject",
    /// Inverted: the clause before the cue and its source. "Content, officials said.",
    /// "Content, said a spokesman."
    Inverted => "reported::inverted",
    /// The source before the cue: "Mr Lavrov said", "Nikki Haley, the U.S. ambassador, said".
    SourceBefore => "sources::before_cue",
    /// The source after the cue: "…,” said Mr Lavrov", "…, said a person familiar with the
    /// talks."
    SourceAfter => "sources::after_cue",
    /// A gerund after a comma goes on with the source of its sentence's claim: "…,” Trump said,
    /// adding later …"
    SourceGoesOn => "sources::goes_on",
    /// A gerund takes the subject of the clause before its comma: "Mr. Trump shrugged,
    /// asserting …"
    SourceClauseSubject => "sources::clause_subject",
    /// A gerund that opens a subordinate clause goes with the main clause's subject: "After
    /// saying that …, McDaniel was pressed".
    SourceMainClause => "sources::main_clause_subject",
    /// "attacked Trump for saying …": the object speaks; "Trump was criticized for saying …":
    /// the passive subject.
    SourceForGerund => "sources::object_of_for",
    /// The phrase between "with" and a gerund is the gerund's subject: "…, with 47 percent of
    /// voters saying they …".
    SourceWithGerund => "sources::with_gerund",
    /// A document that the sentence's subject made speaks for that subject: "Trump unleashed a
    /// series of tweets saying …"; so does a noun cue a past verb made ("issued a warning that").
    SourceMaker => "sources::maker",
    /// "forced Stumpf to admit …": the one made to do it is the source.
    SourceMadeTo => "sources::made_to",
    /// A coordinated cue shares its sentence's source: "He backed the plan and said …".
    SourceSentence => "sources::sentence_subject",
    /// A cue that the text gives no source for: "Developers and supporters in Congress say …",
    /// "“…,” one said."
    SourceUnnamed => "sources::unnamed",
    /// A named mention is its entity.
    SpeakerNamed => "resolve::named",
    /// A description with a title is the person last named with it: "the German chancellor"
    /// after "German Chancellor Angela Merkel".
    SpeakerTitled => "resolve::titled_description",
    /// A description that names no one is a speaker of its own: "officials", "the campaign".
    SpeakerPhrase => "resolve::phrase",
    /// A "he" or "she" that opens the content of the claim before is that claim's person: "The
    /// senator added that he believed …".
    SpeakerOpensContent => "resolve::opens_content",
    /// A pronoun after a description of a named person is that person: "The president
    /// acknowledged … “…,” he said."
    SpeakerDescribed => "resolve::after_description",
    /// A pronoun is the person last named before it, a subject or a source, of its gender.
    SpeakerAntecedent => "resolve::antecedent",
    /// A "he" with no subject named since goes on with the last claim's person.
    SpeakerLastSpeaker => "resolve::last_speaker",
    /// A pronoun after a person described as the last source, before a name that is only the
    /// nearest: "The BNP leader said: “…” He reiterated …"
    SpeakerLastPhrase => "resolve::last_phrase",
    /// A quote of its own that opens its paragraph, or follows a sentence with a claim, goes on
    /// with the speaker of the claim before it: "Kerry said that … “That adds up to …”".
    SpeakerPreviousClaim => "resolve::previous_claim",
    /// A quote of its own that opens a paragraph goes on, where no claim comes before it there,
    /// with the person a paragraph of one sentence right before opens with: "Colette
    /// Cunningham, who has worked in A&E for 20 years, was blunt. \n\n “We are exhausted.”".
    SpeakerParagraphBefore => "resolve::paragraph_before",
    /// "it said" goes on with the organization that spoke last.
    SpeakerLastOrganization => "resolve::last_organization",
    /// Else with the organization that opened the sentence before, though it claimed nothing:
    /// "The Kremlin rejected the criticism. It said …".
    SpeakerOpeningOrganization => "resolve::opening_organization",
    /// "it" after a sentence that a document opened, with no organization speaking since, is
    /// that document: "The study analyzed 4.2 million visits. It found …".
    SpeakerOpeningDocument => "resolve::opening_document",
    /// "they" goes on with the group a description named last: "McConnell aides acknowledged …
    /// But they emphasized …".
    SpeakerLastGroup => "resolve::last_group",
}

/// Why a claim is marked as it is: the rules that made it, found its source and resolved that
/// source to its speaker (none where it has no speaker).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trace {
    /// The rule that made the claim.
    pub claim: Rule,
    /// The rule that found its source.
    pub source: Rule,
    /// The rule that resolved its source to its speaker.
    pub speaker: Option<Rule>,
}

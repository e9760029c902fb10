// Types of newsmark.js, the JavaScript API, and of the JSON answer it gives (DESIGN.md).

/** A span of the text: UTF-16 code units, so that `text.slice(start, end)` is what it marks. */
export interface Span {
  start: number;
  end: number;
}

/** A person or organization that is the source of at least one claim. */
export interface Speaker {
  /** Dense from 0, in order of first mention; claims point to it. */
  id: number;
  /** The fullest name the article gives ("Sergei Lavrov"), or its description ("officials"). */
  name: string;
  kind: "person" | "organization";
  /** From the article's own words (honorifics, pronouns, kin and role nouns, given names); people only. */
  gender: "female" | "male" | null;
  /** `false` for a source the article describes rather than names ("a senior official"). */
  named: boolean;
  /** Every mention ("Sergei Lavrov", "Mr Lavrov", "Lavrov"), sorted. */
  mentions: Span[];
}

/** How a country is named: "Russia", "Russian Federation", "Russians", "Moscow", "Kremlin". */
export type CountryForm = "name" | "alias" | "demonym" | "capital" | "seat";

/** A country the article names, in any form. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The common English name. */
  name: string;
  mentions: (Span & { form: CountryForm })[];
}

/** What a source says: the words inside quote marks, or the reported content. */
export interface Claim extends Span {
  kind: "direct" | "indirect";
  /** A `Speaker.id`, or `null` when the text does not say who. */
  speaker: number | null;
  /** The reporting verb or phrase ("said", "according to"); `null` for a quote that goes on from an earlier one. */
  cue: Span | null;
}

/** The answer for one text: speakers, countries and claims, each list in order. */
export interface Answer {
  speakers: Speaker[];
  countries: Country[];
  claims: Claim[];
}

/** The loaded core. */
export interface Newsmark {
  /** Annotates `text`; throws an `Error` unless it is a string. */
  annotate(text: string): Answer;
}

/**
 * Loads the core once and resolves to it. Without an argument it fetches `pkg/newsmark_bg.wasm`
 * beside this module (read from disk in node); `wasm` (its bytes or a compiled module) skips that.
 * The wasm compiles while it downloads when the host serves it as `application/wasm`, and from
 * its bytes when the host gets the MIME type wrong.
 */
export function load(wasm?: BufferSource | WebAssembly.Module): Promise<Newsmark>;

/**
 * The statements of an answer, in order: each the indexes into `answer.claims` of a claim and
 * the parts its attribution splits off, which share its speaker and cue ("“We are ready,” she
 * said, “and we will not wait.”" is one statement in two claims).
 */
export function statements(answer: Answer): number[][];

/**
 * Each speaker's statements: their own, or, with none, the statements their name stands in
 * ("Tillerson said Lavrov wants …" is marked whole, as Tillerson's, and Lavrov speaks within it).
 */
export function claimsBySpeaker(answer: Answer): { own: number[][]; within: number[][] }[];

/** A speaker's claim count for a list: "3", or "in 1" for one who speaks within a claim. */
export function countLabel(claims: { own: number[][]; within: number[][] }): string;

/**
 * The hues of speakers, in turn. Each stays apart from the countries' green, and all from each
 * other, for readers with typical colour vision and with each of the three common deficiencies
 * (protanopia, deuteranopia, tritanopia: checked by simulation in tests/js/palette.test.mjs).
 * Reds, oranges, greens and cyans are left out: to one of those readers each looks like the
 * countries' green. Past the fifth speaker they repeat; the card and each mark's description
 * still name the speaker.
 */
export const PALETTE: number[];

/** The hue of speaker `id`. */
export function hue(id: number): number;

/** A country's badge: its ISO 3166-1 code in a small box, which every platform renders (flag emoji are empty boxes where no colour-emoji font is installed, as on Windows). */
export function badge(doc: Document, code: string): HTMLSpanElement;

/** One mark to draw: a speaker's mention, a country's, a claim or its cue. */
export interface Mark extends Span {
  kind: "speaker" | "country" | "claim" | "cue";
  data: Record<string, string | number>;
  /** What the mark means, in plain words, for screen readers. */
  description: string;
}

/**
 * The marks of an answer, each claim tagged by index. A mark's description says in plain words
 * what it means ("reported claim by Donald Trump, cue: hailed"; "country: Russia, its capital"),
 * for screen readers; claims' cues are quoted from `text` when it is given.
 */
export function marksOf(answer: Answer, text?: string): Mark[];

/**
 * Replaces the children of `container` with `text`, marked (text nodes and `<mark>` elements,
 * never HTML). Marks nest where they can; one that crosses the end of an enclosing mark is split.
 */
export function render(container: Element, text: string, marks: Mark[]): void;

/**
 * Marks `element` in place, keeping its markup (paragraphs, links, emphasis): each mark wraps the
 * pieces of text nodes it covers. The answer's offsets are into `element.textContent`; marking
 * twice is safe.
 */
export function markInPlace(element: Element, annotate: (text: string) => Answer): { text: string; answer: Answer };

/** Removes the marks `markInPlace` added. */
export function unmark(element: Element): void;

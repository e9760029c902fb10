// Types of heard.js: "Who is heard", an answer's sources by kind and gender.
import type { Answer } from "./newsmark.js";

/** A group of sources that "Who is heard" counts. */
export type HeardGroup = "women" | "men" | "unknown" | "organizations" | "unnamed";

/** The groups in the order "Who is heard" shows them, each with its label. */
export const HEARD_GROUPS: [HeardGroup, string][];

/** Who is heard: each group's sources and the words of their claims, with the totals. */
export interface Heard {
  groups: Record<HeardGroup, { sources: number; words: number }>;
  sources: number;
  words: number;
}

/** Counts who is heard in `answer` of `text`. */
export function whoIsHeard(answer: Answer, text: string): Heard;

/** "Who is heard" in words: "8 sources: 5 people (1 woman, 3 men, …), …. Quoted words: …". */
export function heardSummary(heard: Heard): string;

/** Fills `container` with "Who is heard": the summary, and a bar of the quoted words by group. */
export function renderHeard(container: Element, heard: Heard): void;

/** `part` of `whole` as a rounded percentage: "70%". */
export function percent(part: number, whole: number): string;

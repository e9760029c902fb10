// "Who is heard": an article's sources by kind and gender, and each group's share of the
// quoted words. The page shows it; the widget loads this module only with `who-is-heard`.
import { classed } from "./ui.js";

/** The groups of sources that "Who is heard" counts, in the order it shows them. */
export const HEARD_GROUPS = [
  ["women", "Women"],
  ["men", "Men"],
  ["unknown", "Gender unknown"],
  ["organizations", "Organizations"],
  ["unnamed", "Unnamed"],
];

/**
 * Who is heard in an answer: for each group of `HEARD_GROUPS` (named people by the gender the
 * article tells, named organizations, unnamed sources), its sources and the words of their
 * claims, with the totals: `{ groups: { women: { sources, words }, … }, sources, words }`.
 */
export function whoIsHeard(answer, text) {
  const groups = Object.fromEntries(HEARD_GROUPS.map(([key]) => [key, { sources: 0, words: 0 }]));
  const groupOf = (s) =>
    !s.named ? "unnamed"
      : s.kind === "organization" ? "organizations"
      : s.gender === "female" ? "women"
      : s.gender === "male" ? "men"
      : "unknown";
  for (const s of answer.speakers) groups[groupOf(s)].sources++;
  let words = 0;
  for (const c of answer.claims) {
    if (c.speaker === null) continue;
    const n = text.slice(c.start, c.end).split(/\s+/).filter(Boolean).length;
    groups[groupOf(answer.speakers[c.speaker])].words += n;
    words += n;
  }
  return { groups, sources: answer.speakers.length, words };
}

/**
 * "Who is heard" in words: "8 sources: 5 people (1 woman, 3 men, 1 of unknown gender), 2
 * organizations, 1 unnamed. Quoted words: women 20%, men 70%, …".
 */
export function heardSummary({ groups, sources, words }) {
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const people = groups.women.sources + groups.men.sources + groups.unknown.sources;
  const genders = [
    count(groups.women.sources, "woman", "women"),
    count(groups.men.sources, "man", "men"),
    `${groups.unknown.sources} of unknown gender`,
  ].join(", ");
  const kinds = [
    `${count(people, "person", "people")} (${genders})`,
    count(groups.organizations.sources, "organization", "organizations"),
    `${groups.unnamed.sources} unnamed`,
  ].join(", ");
  const shares = HEARD_GROUPS.map(([key]) => `${key} ${percent(groups[key].words, words)}`).join(", ");
  return `${count(sources, "source", "sources")}: ${kinds}. Quoted words: ${words ? shares : "none"}.`;
}

/**
 * Fills `container` with "Who is heard" for `heard` (see `whoIsHeard`): the summary in words,
 * then a bar of the quoted words by group with its legend.
 */
export function renderHeard(container, heard) {
  const doc = container.ownerDocument;
  const el = (tag, className, text) => classed(doc, tag, className, text);
  const bar = el("div", "nm-heard-bar");
  bar.setAttribute("aria-hidden", "true");
  const legend = el("ul", "nm-heard-legend");
  for (const [key, label] of HEARD_GROUPS) {
    const share = percent(heard.groups[key].words, heard.words);
    const part = el("span", `nm-heard-part nm-heard-${key}`);
    part.style.width = share;
    bar.append(part);
    const item = el("li", `nm-heard-${key}`);
    item.append(el("span", "nm-heard-swatch"), doc.createTextNode(`${label} ${share}`));
    legend.append(item);
  }
  container.replaceChildren(el("p", "nm-heard-text", heardSummary(heard)), bar, legend);
}

/** `part` of `whole` as a rounded percentage: "70%". */
export function percent(part, whole) {
  return `${whole ? Math.round((100 * part) / whole) : 0}%`;
}

// newsmark in the browser: loads the WebAssembly core next to this module and marks text.
//
//   import { load } from "./newsmark.js";
//   const newsmark = await load();
//   const answer = newsmark.annotate(text);   // speakers, countries, claims; UTF-16 offsets
//
// Nothing leaves the page: the only requests are for this module's own files.
import init, { annotate_packed } from "./pkg/newsmark.js";

let ready;

/** Loads the core once (see newsmark.d.ts); streams the wasm when served as `application/wasm`. */
export function load(wasm) {
  ready ??= (async () => {
    let module_or_path = wasm;
    // Bundlers see this URL and ship the wasm as an asset of the build.
    const url = new URL("./pkg/newsmark_bg.wasm", import.meta.url);
    if (!module_or_path && url.protocol === "file:") {
      const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ "node:fs/promises");
      module_or_path = await readFile(url);
    }
    if (!module_or_path) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`newsmark: cannot load ${url} (HTTP ${response.status})`);
      const streams = response.headers.get("content-type")?.startsWith("application/wasm");
      module_or_path = streams ? response : await response.arrayBuffer();
    }
    await init({ module_or_path });
    return {
      annotate(text) {
        if (typeof text !== "string") throw new TypeError(`newsmark.annotate expects a string, got ${typeof text}`);
        return unpack(annotate_packed(text));
      },
    };
  })();
  return ready;
}

const NONE = 0xffffffff;
const SPEAKER_KINDS = ["person", "organization"];
const GENDERS = [null, "female", "male"];
const FORMS = ["name", "alias", "demonym", "capital", "seat"];
const CLAIM_KINDS = ["direct", "indirect"];

/** The JSON answer from the numbers the core packs it into (src/wasm.rs, `pack`). */
function unpack(words) {
  let i = 0;
  const next = () => words[i++];
  const string = () => {
    const n = next();
    i += n;
    return String.fromCharCode.apply(null, words.subarray(i - n, i));
  };
  const list = (item) => {
    const items = new Array(next());
    for (let k = 0; k < items.length; k++) items[k] = item(k);
    return items;
  };
  const speakers = list((id) => {
    const kind = SPEAKER_KINDS[next()];
    const gender = GENDERS[next()];
    const named = next() === 1;
    const name = string();
    const mentions = list(() => ({ start: next(), end: next() }));
    return { id, name, kind, gender, named, mentions };
  });
  const countries = list(() => {
    const code = string();
    const name = string();
    const mentions = list(() => ({ start: next(), end: next(), form: FORMS[next()] }));
    return { code, name, mentions };
  });
  const claims = list(() => {
    const start = next();
    const end = next();
    const kind = CLAIM_KINDS[next()];
    const id = next();
    const cueStart = next();
    const cueEnd = next();
    const cue = cueStart === NONE ? null : { start: cueStart, end: cueEnd };
    return { start, end, kind, speaker: id === NONE ? null : id, cue };
  });
  return { speakers, countries, claims };
}

/** The statements of an answer: a claim and the parts that share its speaker and cue. */
export function statements(answer) {
  const byCue = new Map();
  const all = [];
  answer.claims.forEach((c, i) => {
    const key = c.cue ? `${c.speaker}:${c.cue.start}:${c.cue.end}` : null;
    const parts = key === null ? undefined : byCue.get(key);
    if (parts) {
      parts.push(i);
      return;
    }
    all.push([i]);
    if (key !== null) byCue.set(key, all[all.length - 1]);
  });
  return all;
}

/** Each speaker's statements: `own`, or, with none, those their name stands `within`. */
export function claimsBySpeaker(answer) {
  const all = statements(answer);
  const own = answer.speakers.map(() => []);
  for (const parts of all) {
    const speaker = answer.claims[parts[0]].speaker;
    if (speaker !== null) own[speaker].push(parts);
  }
  const names = (s, parts) =>
    parts.some((i) => s.mentions.some((m) => answer.claims[i].start <= m.start && m.end <= answer.claims[i].end));
  return answer.speakers.map((s) => ({
    own: own[s.id],
    within: own[s.id].length ? [] : all.filter((parts) => names(s, parts)),
  }));
}

/** A speaker's claim count for a list: "3", or "in 1" for one who speaks within a claim. */
export function countLabel({ own, within }) {
  return own.length || !within.length ? String(own.length) : `in ${within.length}`;
}

/** The hues of speakers, in turn, apart for every reader (see newsmark.d.ts). */
export const PALETTE = [240, 325, 55, 285, 305];

/** The hue of speaker `id`. */
export function hue(id) {
  return PALETTE[id % PALETTE.length];
}

/** A country's badge: its ISO code, which renders everywhere (flag emoji do not). */
export function badge(doc, code) {
  const el = doc.createElement("span");
  el.className = "nm-badge";
  el.textContent = code;
  el.setAttribute("aria-hidden", "true");
  return el;
}

const FORM_WORDS = { name: "", alias: "", demonym: ", its people", capital: ", its capital", seat: ", its seat of government" };

/** The marks of an answer, each with a description in plain words for screen readers. */
export function marksOf(answer, text) {
  const marks = [];
  const by = (id) => (id === null ? "(not attributed)" : `by ${answer.speakers[id].name}`);
  for (const s of answer.speakers) {
    const description = `${s.kind === "person" ? "speaker" : "speaking organization"}: ${s.name}`;
    for (const m of s.mentions) marks.push({ start: m.start, end: m.end, kind: "speaker", data: { speaker: s.id }, description });
  }
  for (const c of answer.countries) {
    for (const m of c.mentions) {
      marks.push({ start: m.start, end: m.end, kind: "country", data: { code: c.code, form: m.form }, description: `country: ${c.name}${FORM_WORDS[m.form]}` });
    }
  }
  answer.claims.forEach((c, i) => {
    const data = { claim: i, kind: c.kind };
    if (c.speaker !== null) data.speaker = c.speaker;
    const cue = !c.cue ? "continues an earlier quote" : text === undefined ? "" : `cue: ${text.slice(c.cue.start, c.cue.end)}`;
    const description = `${c.kind === "direct" ? "quote" : "reported claim"} ${by(c.speaker)}${cue && `, ${cue}`}`;
    marks.push({ start: c.start, end: c.end, kind: "claim", data, description });
    if (c.cue) marks.push({ start: c.cue.start, end: c.cue.end, kind: "cue", data: { claim: i }, description: `cue of a claim ${by(c.speaker)}` });
  });
  return marks;
}

const RANK = { claim: 0, speaker: 1, country: 2, cue: 3 };

function markElement(doc, m, describedBy) {
  const el = doc.createElement("mark");
  el.className = `nm nm-${m.kind}`;
  for (const [key, value] of Object.entries(m.data)) el.dataset[key] = value;
  if (m.data.speaker !== undefined) el.style.setProperty("--nm-hue", hue(m.data.speaker));
  el.setAttribute("aria-describedby", describedBy(m.description));
  return el;
}

/** The hidden list of descriptions that the marks of each marked element point to. */
const DESCRIPTIONS = new WeakMap();
let described = 0;

/** Puts the marks' descriptions in a hidden list after `container`; returns their ids. */
function describe(container, marks) {
  const doc = container.ownerDocument;
  let list = DESCRIPTIONS.get(container);
  if (!list) {
    list = doc.createElement("div");
    list.className = "nm-descriptions";
    list.hidden = true;
    DESCRIPTIONS.set(container, list);
  }
  container.after(list);
  const prefix = `nm-d${++described}-`;
  const ids = new Map();
  const items = [];
  for (const m of marks) {
    if (ids.has(m.description)) continue;
    const item = doc.createElement("span");
    item.id = prefix + ids.size;
    item.textContent = m.description;
    ids.set(m.description, item.id);
    items.push(item);
  }
  list.replaceChildren(...items);
  return (description) => ids.get(description);
}

/** Replaces `container`'s children with `text`, marked; a mark crossing another's end is split. */
export function render(container, text, marks) {
  const doc = container.ownerDocument;
  const queue = marks
    .filter((m) => m.start < m.end)
    .map((m) => ({ ...m }))
    .sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  const describedBy = describe(container, queue);
  const root = doc.createDocumentFragment();
  const stack = [{ end: Infinity, el: root }];
  let pos = 0;
  const flush = (upTo) => {
    if (upTo > pos) stack[stack.length - 1].el.append(doc.createTextNode(text.slice(pos, upTo)));
    pos = Math.max(pos, upTo);
  };
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i];
    while (stack.length > 1 && stack[stack.length - 1].end <= m.start) {
      flush(stack[stack.length - 1].end);
      stack.pop();
    }
    flush(m.start);
    const top = stack[stack.length - 1];
    if (m.end > top.end) {
      const rest = { ...m, start: top.end };
      m.end = top.end;
      let k = i + 1;
      while (k < queue.length && queue[k].start <= rest.start) k++;
      queue.splice(k, 0, rest);
    }
    const el = markElement(doc, m, describedBy);
    top.el.append(el);
    stack.push({ end: m.end, el });
  }
  while (stack.length > 1) {
    flush(stack[stack.length - 1].end);
    stack.pop();
  }
  flush(text.length);
  container.replaceChildren(root);
}

/** Marks `element` in place, keeping its markup; earlier marks are removed first. */
export function markInPlace(element, annotateText) {
  unmark(element);
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = "";
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n, start: text.length });
    text += n.data;
  }
  const answer = annotateText(text);
  const marks = marksOf(answer, text).sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start);
  const describedBy = describe(element, marks);
  for (const m of marks) {
    // Wrap the covered part of every text node the mark spans; later marks nest inside.
    for (const piece of pieces(nodes, m.start, m.end)) {
      const el = markElement(element.ownerDocument, m, describedBy);
      piece.parentNode.insertBefore(el, piece);
      el.append(piece);
    }
  }
  return { text, answer };
}

/** Splits text nodes so that [start, end) is covered by whole nodes; returns those nodes. */
function pieces(nodes, start, end) {
  const out = [];
  for (let i = 0; i < nodes.length; i++) {
    let { node, start: s } = nodes[i];
    const e = s + node.data.length;
    if (e <= start || s >= end || node.data.length === 0) continue;
    if (start > s) {
      const tail = node.splitText(start - s);
      nodes.splice(i + 1, 0, { node: tail, start });
      nodes[i] = { node, start: s };
      continue;
    }
    if (end < e) {
      const tail = node.splitText(end - s);
      nodes.splice(i + 1, 0, { node: tail, start: end });
    }
    out.push(node);
  }
  return out;
}

/** Removes the marks `markInPlace` added, and their descriptions, restoring the element's text nodes. */
export function unmark(element) {
  for (const el of element.querySelectorAll("mark.nm")) el.replaceWith(...el.childNodes);
  element.normalize();
  DESCRIPTIONS.get(element)?.remove();
}

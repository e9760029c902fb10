// Renders a newsmark answer as plain semantic HTML: the article's text as DOM text nodes, each
// mark a <mark class="nm nm-KIND"> with its data in data- attributes. Never uses innerHTML.

const RANK = { claim: 0, speaker: 1, country: 2, cue: 3 };

/** Flattens an answer into marks {start, end, kind, data, title}. */
export function marksOf(answer) {
  const marks = [];
  const names = new Map(answer.speakers.map((s) => [s.id, s.name]));
  for (const s of answer.speakers) {
    for (const m of s.mentions) {
      marks.push({ ...m, kind: "speaker", data: { speaker: s.id }, title: `${s.name} · ${s.kind}` });
    }
  }
  for (const c of answer.countries) {
    for (const m of c.mentions) {
      marks.push({ ...m, kind: "country", data: { code: c.code, form: m.form }, title: `${c.name} (${c.code}) · ${m.form}` });
    }
  }
  for (const c of answer.claims) {
    const who = c.speaker === null ? "unattributed" : names.get(c.speaker);
    const data = { kind: c.kind };
    if (c.speaker !== null) data.speaker = c.speaker;
    marks.push({ start: c.start, end: c.end, kind: "claim", data, title: `${c.kind} claim · ${who}` });
    if (c.cue) marks.push({ ...c.cue, kind: "cue", data: {}, title: `cue · ${who}` });
  }
  return marks;
}

/**
 * Replaces the children of `container` with `text`, marked. Marks nest where they can; a mark
 * that crosses the end of an enclosing one is split in two.
 */
export function render(container, text, marks) {
  const queue = marks
    .filter((m) => m.start < m.end)
    .map((m) => ({ ...m }))
    .sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  const root = document.createDocumentFragment();
  const stack = [{ end: Infinity, el: root }];
  let pos = 0;
  const flush = (upTo) => {
    if (upTo > pos) stack[stack.length - 1].el.append(document.createTextNode(text.slice(pos, upTo)));
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
    const el = document.createElement("mark");
    el.className = `nm nm-${m.kind}`;
    for (const [key, value] of Object.entries(m.data)) el.dataset[key] = value;
    el.title = m.title;
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

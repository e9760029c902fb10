// The browser package, exercised from node: the JSON answer, UTF-16 offsets and errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { heardSummary, whoIsHeard } from "../../www/heard.js";
import { claimsBySpeaker, load, statements } from "../../www/newsmark.js";

const { annotate } = await load(readFileSync(new URL("../../www/pkg/newsmark_bg.wasm", import.meta.url)));

const sample = readFileSync(new URL("../../www/sample-article.txt", import.meta.url), "utf8");

test("the answer has the documented shape", () => {
  const answer = annotate(sample);
  assert.deepEqual(Object.keys(answer).sort(), ["claims", "countries", "speakers"]);
  const s = answer.speakers[0];
  assert.deepEqual(Object.keys(s).sort(), ["gender", "id", "kind", "mentions", "name", "named"]);
  const c = answer.countries[0];
  assert.deepEqual(Object.keys(c).sort(), ["code", "mentions", "name"]);
  assert.deepEqual(Object.keys(c.mentions[0]).sort(), ["end", "form", "start"]);
  const claim = answer.claims.find((k) => k.cue !== null);
  assert.deepEqual(Object.keys(claim).sort(), ["cue", "end", "kind", "speaker", "start"]);
  answer.speakers.forEach((s, i) => assert.equal(s.id, i));
});

test("the parts of a claim split by its attribution make one statement", () => {
  const text = "“We are ready,” Ms Diaz said, “and we will not wait.” " +
    "The plan, Mr Ortiz said, would fail. “It will,” he added.";
  const answer = annotate(text);
  const parts = (indexes) => indexes.map((i) => text.slice(answer.claims[i].start, answer.claims[i].end));
  assert.deepEqual(statements(answer).map(parts), [
    ["We are ready,", "and we will not wait."],
    ["The plan", "would fail"],
    ["It will,"],
  ]);
  const ortiz = answer.speakers.find((s) => s.name === "Ortiz");
  assert.equal(claimsBySpeaker(answer)[ortiz.id].own.length, 2);
});

test("slices of the sample article are the marked words", () => {
  const answer = annotate(sample);
  const slices = (list) => list.flatMap((e) => e.mentions.map((m) => sample.slice(m.start, m.end)));
  assert.ok(slices(answer.speakers).includes("Nikki Haley"));
  assert.ok(slices(answer.speakers).includes("Mr Lavrov"));
  const russia = answer.countries.find((c) => c.code === "RU");
  assert.ok(russia.mentions.some((m) => sample.slice(m.start, m.end) === "Russian Federation"));
  const lavrov = answer.speakers.find((s) => s.name.endsWith("Lavrov"));
  const quote = answer.claims.find((c) => sample.slice(c.start, c.end).startsWith("It's deplorable"));
  assert.equal(quote.speaker, lavrov.id);
  assert.equal(sample.slice(quote.cue.start, quote.cue.end), "said");
});

test("offsets are UTF-16 code units: accents, curly quotes and emoji", () => {
  const text = "🎉 “Élan is gone,” said Zoë Müller 😀. Türkiye and Côte d'Ivoire 🇨🇮 agreed.";
  const answer = annotate(text);
  const countries = answer.countries.flatMap((c) => c.mentions.map((m) => [text.slice(m.start, m.end), c.code]));
  assert.deepEqual(countries, [["Türkiye", "TR"], ["Côte d'Ivoire", "CI"]]);
  const [claim] = answer.claims;
  assert.equal(text.slice(claim.start, claim.end), "Élan is gone,");
  assert.equal(text.slice(claim.cue.start, claim.cue.end), "said");
  assert.equal(answer.speakers[claim.speaker].name, "Zoë Müller");
  assert.equal(text.slice(answer.speakers[0].mentions[0].start, answer.speakers[0].mentions[0].end), "Zoë Müller");
});

test("a non-string argument throws an Error that says what was expected", () => {
  for (const bad of [42, null, undefined, { text: "x" }, ["Russia"]]) {
    assert.throws(() => annotate(bad), (e) => e instanceof Error && /expects a string, got/.test(e.message));
  }
});

test("empty and whitespace-only text give an empty answer", () => {
  for (const text of ["", "   \n\n\t "]) {
    assert.deepEqual(annotate(text), { speakers: [], countries: [], claims: [] });
  }
});

test("lone surrogates and binary garbage get an answer whose offsets still slice JS strings", () => {
  const texts = [
    "\uD800 Russia and \uDFFF“the U.S.,” said Mr Lavrov \uD83D",
    String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65536)),
  ];
  for (const text of texts) {
    const answer = annotate(text);
    for (const c of answer.countries) {
      for (const m of c.mentions) assert.ok(m.start < m.end && m.end <= text.length);
    }
    for (const c of answer.claims) assert.ok(c.start < c.end && c.end <= text.length);
  }
  const answer = annotate(texts[0]);
  const marked = answer.countries.flatMap((c) => c.mentions.map((m) => texts[0].slice(m.start, m.end)));
  assert.deepEqual(marked, ["Russia", "U.S."]);
});

test("the answer that crosses from wasm is the one the newsmark command writes", (t) => {
  const cli = new URL("../../target/release/newsmark", import.meta.url);
  if (!existsSync(cli)) return t.skip("build the command first: cargo build --release");
  const texts = [
    sample,
    "🎉 “Élan is gone,” said Zoë Müller 😀. Türkiye and Côte d'Ivoire 🇨🇮 agreed.",
    "“We will not back down,” the Kremlin said. “Never,” he added, and TASS agreed.",
    "Mr. Abe of Japan said Tokyo would wait. The Japanese minister, Taro Kono, denied it.",
    "",
  ];
  const input = texts.map((text, id) => JSON.stringify({ id, text })).join("\n");
  const lines = execFileSync(cli.pathname, { input, encoding: "utf8" }).trim().split("\n");
  assert.equal(lines.length, texts.length);
  lines.forEach((line, k) => {
    const { id, ...expected } = JSON.parse(line);
    assert.equal(id, k);
    assert.deepEqual(annotate(texts[k]), expected, `text ${k}`);
  });
});

test("who is heard counts sources by kind and gender, and the quoted words of each group", () => {
  const text = "Mrs Okafor said the clinic would close next week. Dr Adeyemi said it would not. " +
    "The Kremlin said the report was false. Officials said the talks had stalled again today.";
  const answer = annotate(text);
  const heard = whoIsHeard(answer, text);
  assert.equal(heard.sources, 4);
  assert.deepEqual(Object.fromEntries(Object.entries(heard.groups).map(([k, g]) => [k, g.sources])), {
    women: 1, men: 0, unknown: 1, organizations: 1, unnamed: 1,
  });
  assert.equal(heard.groups.unnamed.words, 6);
  assert.equal(heard.words, 6 + 3 + 4 + 6);
  assert.equal(
    heardSummary(heard),
    "4 sources: 2 people (1 woman, 0 men, 1 of unknown gender), 1 organization, 1 unnamed. " +
      "Quoted words: women 32%, men 0%, unknown 16%, organizations 21%, unnamed 32%.",
  );
});

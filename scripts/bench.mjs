// Throughput of the wasm build in node against compromise and wink-nlp, in the same run.
//
//   node scripts/bench.mjs [../shared/eval/dev.jsonl] [../shared/peers]
//
// Peers are loaded from the shared peers folder (npm install there first); a peer that is not
// installed is skipped. Prints MB/s for each and newsmark's ratio to each peer.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { load } from "../www/newsmark.js";

const [data = "../shared/eval/dev.jsonl", peersDir = "../shared/peers"] = process.argv.slice(2);
const texts = readFileSync(data, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

// Each contender first runs for a second (at least once) so that its JIT reaches steady state:
// V8 runs wasm on its baseline compiler until the optimizing tier has caught up.
function median(run, passes) {
  const warm = performance.now();
  do run(); while (performance.now() - warm < 1000);
  const times = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(passes / 2)] / 1000;
}

const t0 = performance.now();
const { annotate } = await load(readFileSync(new URL("../www/pkg/newsmark_bg.wasm", import.meta.url)));
annotate("Start-up.");
const startup = performance.now() - t0;
const results = [["newsmark (wasm)", median(() => texts.forEach((t) => annotate(t)), 15)]];

const peers = createRequire(resolve(peersDir, "package.json"));
const tryPeer = (name, load) => {
  try {
    const run = load();
    results.push([name, median(run, 5)]);
  } catch (e) {
    console.error(`${name}: skipped (${e.code ?? e.message})`);
  }
};
tryPeer("compromise", () => {
  const nlp = peers("compromise");
  return () => texts.forEach((t) => { const d = nlp(t); d.people(); d.places(); d.quotations(); });
});
tryPeer("wink-nlp", () => {
  const winkNLP = peers("wink-nlp");
  const model = peers("wink-eng-lite-web-model");
  const nlp = winkNLP(model);
  const its = nlp.its;
  return () => texts.forEach((t) => nlp.readDoc(t).entities().out(its.detail));
});

console.log(`${texts.length} texts, ${mb.toFixed(2)} MB; newsmark start-up (instantiate + first call) ${startup.toFixed(1)} ms`);
const ours = results[0][1];
for (const [name, s] of results) {
  const ratio = name === results[0][0] ? "" : `   newsmark is ${(s / ours).toFixed(0)}× faster`;
  console.log(`${name.padEnd(16)} ${(s * 1000).toFixed(1).padStart(8)} ms/pass ${(mb / s).toFixed(2).padStart(8)} MB/s${ratio}`);
}

// The size budget: everything the widget downloads for a reader, gzipped, stays within 137 KB,
// the size of compromise's browser build alone. `who-is-heard`, an editor's option, loads
// heard.js and heard.css on top; their size is printed, not budgeted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const WIDGET_FILES = ["widget.js", "widget.css", "ui.js", "newsmark.js", "newsmark.css", "pkg/newsmark.js", "pkg/newsmark_bg.wasm"];
const WHO_IS_HEARD = ["heard.js", "heard.css"];
const BUDGET = 137_000;

const gzipped = (files) => files.map((f) => [f, gzipSync(readFileSync(new URL(`../../www/${f}`, import.meta.url)), { level: 9 }).length]);
const sum = (sizes) => sizes.reduce((n, [, s]) => n + s, 0);

test("the widget's files fit the size budget, gzipped", () => {
  const sizes = gzipped(WIDGET_FILES);
  const heard = sum(gzipped(WHO_IS_HEARD));
  console.log(sizes.map(([f, s]) => `${f} ${s}`).join(", "), `total ${sum(sizes)}; with who-is-heard ${sum(sizes) + heard}`);
  assert.ok(sum(sizes) <= BUDGET, `${sum(sizes)} bytes gzipped is over the ${BUDGET}-byte budget`);
});

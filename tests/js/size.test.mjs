// The size budget: everything the widget downloads, gzipped, stays within 137 KB, the size of
// compromise's browser build alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const WIDGET_FILES = ["widget.js", "widget.css", "ui.js", "newsmark.js", "newsmark.css", "pkg/newsmark.js", "pkg/newsmark_bg.wasm"];
const BUDGET = 137_000;

test("the widget's files fit the size budget, gzipped", () => {
  const sizes = WIDGET_FILES.map((f) => [f, gzipSync(readFileSync(new URL(`../../www/${f}`, import.meta.url)), { level: 9 }).length]);
  const total = sizes.reduce((n, [, s]) => n + s, 0);
  console.log(sizes.map(([f, s]) => `${f} ${s}`).join(", "), `total ${total}`);
  assert.ok(total <= BUDGET, `${total} bytes gzipped is over the ${BUDGET}-byte budget`);
});

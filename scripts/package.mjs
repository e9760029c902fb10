// Assembles the npm package `newsmark` in target/npm/ from www/ (after the wasm build) and the
// licence texts: `npm pack target/npm` makes the tarball. The package is the browser core, its
// types and the widget, as ES modules with the wasm beside them.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "target", "npm");
const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];

const FROM_WWW = [
  "newsmark.js", "newsmark.d.ts", "newsmark.css", "ui.js", "heard.js", "heard.d.ts", "heard.css", "widget.js",
  "widget.d.ts", "widget.css",
  "pkg/newsmark.js", "pkg/newsmark.d.ts", "pkg/newsmark_bg.wasm", "pkg/newsmark_bg.wasm.d.ts",
];
const FROM_ROOT = ["LICENSE-MIT", "LICENSE-APACHE", "CHANGELOG.md", "DATA-LICENSES.md"];

const manifest = {
  name: "newsmark",
  version,
  description: "Marks who speaks, which countries are named and what is claimed, by whom, in a news article: in the browser or node, as WebAssembly; no text leaves the machine.",
  license: "MIT OR Apache-2.0",
  type: "module",
  main: "./newsmark.js",
  types: "./newsmark.d.ts",
  exports: {
    ".": { types: "./newsmark.d.ts", default: "./newsmark.js" },
    "./heard": { types: "./heard.d.ts", default: "./heard.js" },
    "./widget": { types: "./widget.d.ts", default: "./widget.js" },
    "./newsmark.css": "./newsmark.css",
    "./widget.css": "./widget.css",
    "./heard.css": "./heard.css",
    "./pkg/newsmark_bg.wasm": "./pkg/newsmark_bg.wasm",
    "./package.json": "./package.json",
  },
  files: [...FROM_WWW, ...FROM_ROOT, "README.md"],
  sideEffects: ["./widget.js"],
  keywords: ["news", "quotation", "attribution", "countries", "nlp", "webassembly"],
  engines: { node: ">=18" },
};

const README = `# newsmark

Marks, in a news article, **who speaks**, **which countries** are named (ISO 3166-1 codes) and
**what is claimed, by whom** (quotes and reported statements, each with its cue and speaker).
A Rust core compiled to WebAssembly: it runs in the browser or in node, and the text never
leaves the machine.

\`\`\`sh
npm install newsmark
\`\`\`

With a bundler (Vite, webpack 5, Parcel, esbuild with a file loader for \`.wasm\`), which ships
\`pkg/newsmark_bg.wasm\` as an asset:

\`\`\`js
import { load } from "newsmark";
const newsmark = await load();
const answer = newsmark.annotate(text);   // { speakers, countries, claims }, UTF-16 offsets
text.slice(answer.claims[0].start, answer.claims[0].end);
\`\`\`

In node, the same: \`load()\` reads the wasm beside the module. Without a bundler, serve the
package's folder and import it by path or through an import map:

\`\`\`html
<script type="importmap">{ "imports": { "newsmark": "/node_modules/newsmark/newsmark.js" } }</script>
<script type="module">
  import { load, markInPlace } from "newsmark";
  const { annotate } = await load();
  markInPlace(document.querySelector("article"), annotate);   // with newsmark/newsmark.css
</script>
\`\`\`

The widget: \`import "newsmark/widget"\`, then \`<news-mark for="article-body"></news-mark>\`.
Types for the API and the JSON answer are in \`newsmark.d.ts\`. Licence: MIT or Apache-2.0;
the data and their licences are in DATA-LICENSES.md.
`;

rmSync(out, { recursive: true, force: true });
for (const file of FROM_WWW) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  copyFileSync(join(root, "www", file), join(out, file));
}
for (const file of FROM_ROOT) copyFileSync(join(root, file), join(out, file));
writeFileSync(join(out, "README.md"), README);
writeFileSync(join(out, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`target/npm: newsmark ${version}, ${manifest.files.length} files`);

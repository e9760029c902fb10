// The npm package as a user meets it: packed with `npm pack`, installed from the tarball in a
// temporary folder, imported by name in node, and its types checked by TypeScript on a small
// program that uses them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

// The package from the tree as it is now (after the wasm build), packed and installed.
run("node", ["scripts/package.mjs"], root);
const project = mkdtempSync(join(tmpdir(), "newsmark-package-"));
const tarball = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", project, join(root, "target", "npm")], root))[0];
writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user", private: true, type: "module" }));
run("npm", ["install", "--offline", "--no-audit", "--no-fund", join(project, tarball.filename)], project);

test("the tarball holds the modules, the wasm, the types and the licences, and nothing else", () => {
  const files = tarball.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    "CHANGELOG.md", "DATA-LICENSES.md", "LICENSE-APACHE", "LICENSE-MIT", "README.md",
    "heard.css", "heard.d.ts", "heard.js", "newsmark.css", "newsmark.d.ts", "newsmark.js", "package.json",
    "pkg/newsmark.d.ts", "pkg/newsmark.js", "pkg/newsmark_bg.wasm", "pkg/newsmark_bg.wasm.d.ts",
    "ui.js", "widget.css", "widget.d.ts", "widget.js",
  ]);
  const manifest = JSON.parse(readFileSync(join(project, "node_modules", "newsmark", "package.json"), "utf8"));
  assert.equal(manifest.version, readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1]);
});

test("installed from the tarball, `import { load } from \"newsmark\"` annotates in node", () => {
  writeFileSync(join(project, "use.mjs"), `
    import { load, statements } from "newsmark";
    const { annotate } = await load();
    const text = "“We are ready,” Nikki Haley said in Moscow, “and we will not wait.”";
    const answer = annotate(text);
    console.log(JSON.stringify({
      speakers: answer.speakers.map((s) => s.name),
      countries: answer.countries.map((c) => c.code),
      claims: answer.claims.map((c) => text.slice(c.start, c.end)),
      statements: statements(answer).length,
    }));
  `);
  assert.deepEqual(JSON.parse(run("node", ["use.mjs"], project)), {
    speakers: ["Nikki Haley"],
    countries: ["RU"],
    claims: ["We are ready,", "and we will not wait."],
    statements: 1,
  });
});

test("its types check a program that uses the API and the answer, and catch a misuse", () => {
  writeFileSync(join(project, "use.ts"), `
    import { load, type Answer, type Claim } from "newsmark";
    import { whoIsHeard } from "newsmark/heard";
    import type { NewsMarkElement } from "newsmark/widget";

    const newsmark = await load();
    const text = "Officials said the talks had stalled.";
    const answer: Answer = newsmark.annotate(text);
    const first: Claim | undefined = answer.claims[0];
    const cue: number | undefined = first?.cue?.start;
    const speaker = first?.speaker === null ? "nobody" : answer.speakers[first?.speaker ?? 0]?.name;
    const share: number = whoIsHeard(answer, text).groups.unnamed.words;
    const gender: "female" | "male" | null | undefined = answer.speakers[0]?.gender;
    const widget: NewsMarkElement | null = null as NewsMarkElement | null;
    console.log(cue, speaker, share, gender, widget?.result?.answer.claims.length);
    // @ts-expect-error: annotate takes a string
    newsmark.annotate(42);
    // @ts-expect-error: a claim's kind is "direct" or "indirect"
    const wrong: Claim["kind"] = "quote";
    console.log(wrong);
  `);
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, lib: ["es2022", "dom"], skipLibCheck: false },
    files: ["use.ts"],
  }));
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  try {
    run("node", [tsc, "-p", "."], project);
  } catch (e) {
    assert.fail(`tsc: ${e.stdout}${e.stderr}`);
  }
});

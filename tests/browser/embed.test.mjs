// The widget embedded in a CMS-like article under a strict Content-Security-Policy.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import { launch, SCREENSHOTS } from "./chromium.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const OWN_FILES = ["/embed-demo.html", "/embed-demo.css", "/widget.js", "/widget.css", "/ui.js", "/heard.js", "/heard.css", "/newsmark.js", "/newsmark.css", "/pkg/newsmark.js", "/pkg/newsmark_bg.wasm", "/favicon.svg"];

let strict;
let wrongMime;
let context;
before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  strict = await serve({ headers: (path) => (path.endsWith(".html") ? { "content-security-policy": CSP } : {}) });
  wrongMime = await serve({ headers: (path) => (path.endsWith(".wasm") ? { "content-type": "application/octet-stream" } : {}) });
  context = await launch();
});
after(async () => {
  await context?.close();
  strict?.server.close();
  wrongMime?.server.close();
});

async function open(server, path) {
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
  page.on("request", (r) => requests.push(new URL(r.url())));
  await page.goto(server.url + path);
  await page.waitForSelector("news-mark[data-ready=true]");
  return { page, problems, requests };
}

test("under a strict CSP the widget marks the article in place and asks for nothing else", async () => {
  const { page, problems, requests } = await open(strict, "embed-demo.html");
  const original = await (await fetch(strict.url + "embed-demo.html")).text();
  assert.deepEqual(problems, []);
  for (const url of requests) {
    assert.equal(url.host, new URL(strict.url).host, `${url} is on the serving host`);
    assert.ok(OWN_FILES.includes(url.pathname), `${url.pathname} is one of the widget's own files`);
  }
  const marks = await page.$$eval("#story mark.nm", (els) => els.map((e) => [e.className, e.textContent]));
  assert.ok(marks.some(([c, t]) => c.includes("nm-speaker") && t === "Sergei Lavrov"));
  assert.ok(marks.some(([c, t]) => c.includes("nm-country") && t === "Russia"));
  assert.ok(marks.some(([c, t]) => c.includes("nm-claim") && t.startsWith("We will answer every step")));
  // The article's text and markup are the host's: same text, same links and emphasis.
  const text = await page.$eval("#story", (e) => e.textContent);
  const expected = original.match(/<article[^>]*>([\s\S]*)<\/article>/)[1].replace(/<[^>]+>/g, "");
  assert.equal(text, expected);
  assert.equal(await page.$$eval("#story a", (els) => els.length), 3);
  assert.equal(await page.$$eval("#story p", (els) => els.length), 4);
  assert.equal(await page.$eval("#story em", (e) => e.textContent), "agreed to keep talking");
  await page.click("#story a[href='#transcript']");
  assert.equal(new URL(page.url()).hash, "#transcript", "links still work");
  await page.close();
});

test("the host's CSS and the widget's do not collide", async () => {
  const { page } = await open(strict, "embed-demo.html");
  // The host colours every <mark> red on yellow; newsmark's marks keep their own look.
  const color = await page.$eval("#story mark.nm-claim", (e) => getComputedStyle(e).color);
  assert.notEqual(color, "rgb(255, 0, 0)");
  // The host's `.count` rule does not reach into the widget's shadow root.
  const count = await page.$eval("news-mark", (e) => getComputedStyle(e.shadowRoot.querySelector(".count")).color);
  assert.notEqual(count, "rgb(255, 0, 255)");
  const names = await page.$eval("news-mark", (e) => [...e.shadowRoot.querySelectorAll(".who .name")].map((n) => n.textContent));
  assert.ok(names.includes("Sergei Lavrov"));
  await page.hover("#story mark.nm-claim[data-speaker]");
  const card = await page.$eval("news-mark", (e) => !e.shadowRoot.querySelector(".nm-card").hidden);
  assert.ok(card, "hovering a claim shows its card");
  await page.screenshot({ path: fileURLToPath(new URL("embed.png", SCREENSHOTS)), fullPage: true });
  // Escape closes it, as on the page.
  await page.keyboard.press("Escape");
  assert.ok(await page.$eval("news-mark", (e) => e.shadowRoot.querySelector(".nm-card").hidden), "Escape closes the card");
  await page.close();
});

test("a host that serves .wasm with the wrong MIME type still gets marks, quietly", async () => {
  const { page, problems } = await open(wrongMime, "embed-demo.html");
  assert.ok(await page.$("#story mark.nm-claim"));
  assert.deepEqual(problems, []);
  await page.close();
});

// A page with a <news-mark id=…> of its own text added, once it is ready.
async function inlineWidget(id, text, attributes = {}) {
  const page = await context.newPage();
  await page.goto(strict.url + "embed-demo.html");
  await page.evaluate(([id, text, attributes]) => {
    const el = document.createElement("news-mark");
    el.id = id;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.textContent = text;
    document.body.append(el);
  }, [id, text, attributes]);
  await page.waitForSelector(`#${id}[data-ready=true]`);
  return page;
}

test("<news-mark> with text of its own marks it inside its shadow root", async () => {
  const page = await inlineWidget("inline", "“We are ready,” said Nikki Haley in Washington.");
  const marks = await page.$eval("#inline", (e) => [...e.shadowRoot.querySelectorAll("mark.nm")].map((m) => [m.className, m.textContent]));
  assert.ok(marks.some(([c, t]) => c.includes("nm-claim") && t === "We are ready,"));
  assert.ok(marks.some(([c, t]) => c.includes("nm-speaker") && t === "Nikki Haley"));
  await page.close();
});

test("the widget's summary counts a speaker who speaks within a longer claim", async () => {
  const page = await inlineWidget("nested", "Rex Tillerson said Lavrov wants to keep talking with Washington.");
  const counts = await page.$eval("#nested", (e) =>
    [...e.shadowRoot.querySelectorAll(".who li")].map((li) => [li.querySelector(".name").textContent, li.querySelector(".count").textContent]));
  assert.deepEqual(counts, [["Rex Tillerson", "1"], ["Lavrov", "in 1"]]);
  await page.close();
});

test("<news-mark who-is-heard> counts who is heard, and shows it only on request", async () => {
  const text = "Mrs Okafor said the clinic would close. Officials said the talks had stalled.";
  const page = await inlineWidget("heard", text, { "who-is-heard": "" });
  const summary = await page.$eval("#heard", (e) => e.shadowRoot.querySelector(".nm-heard-text")?.textContent);
  assert.equal(summary, "2 sources: 1 person (1 woman, 0 men, 0 of unknown gender), 0 organizations, 1 unnamed. " +
    "Quoted words: women 50%, men 0%, unknown 0%, organizations 0%, unnamed 50%.");
  const bar = await page.$eval("#heard", (e) => [...e.shadowRoot.querySelectorAll(".nm-heard-part")].map((p) => p.getBoundingClientRect().width));
  assert.ok(bar[0] > 0 && bar[1] === 0 && bar[4] > 0, `bar widths ${bar}`);
  await page.screenshot({ path: new URL("embed-heard.png", SCREENSHOTS).pathname, fullPage: true });
  await page.close();
  const plain = await inlineWidget("plain", text);
  assert.equal(await plain.$eval("#plain", (e) => e.shadowRoot.querySelector(".nm-heard-text")), null);
  await plain.close();
});

test("<news-mark> with a mistyped for warns, says so quietly and leaves the page working", async () => {
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(strict.url + "embed-demo.html");
  await page.waitForSelector("news-mark[data-ready=true]");
  await page.evaluate(() => {
    const el = document.createElement("news-mark");
    el.id = "typo";
    el.setAttribute("for", "artcle-body");
    document.body.append(el);
  });
  await page.waitForSelector("#typo[data-ready=missing]");
  const message = await page.$eval("#typo", (e) => e.shadowRoot.querySelector(".missing").textContent);
  assert.equal(message, "Nothing to mark: no element with the id “artcle-body”.");
  assert.ok(warnings.some((w) => w.includes('"artcle-body"')), warnings.join("\n"));
  assert.deepEqual(errors, []);
  // The rest of the page is still marked.
  assert.ok(await page.$("mark.nm-claim"));
  await page.close();
});

test("empty panels say so", async () => {
  const page = await inlineWidget("quiet", "The weather was mild all week.");
  const empty = await page.$eval("#quiet", (e) => [...e.shadowRoot.querySelectorAll(".empty")].map((li) => li.textContent));
  assert.deepEqual(empty, ["No one is quoted or reported.", "No country is named."]);
  await page.close();
});


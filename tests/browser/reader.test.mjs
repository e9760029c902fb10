// What readers meet on the page and in the widget, whatever their screen, keyboard, screen
// reader or colour vision: the card beside its claim, one tab stop into the claims, the marks'
// words and meaning in the accessibility tree, axe-core's rules, the phone drawer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SCREENSHOTS, withBrowser } from "./chromium.mjs";

const AXE = readFileSync(fileURLToPath(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url)), "utf8");

const LONG = `“We have said it before and we will say it again, in every forum that will listen, that the sanctions will not change our course by a single step,” Sergei Lavrov told reporters in Geneva on Tuesday.

Rex Tillerson said the two men had agreed to keep talking.`;

const env = withBrowser();

/** The page with `text` marked (the sample article without it), at `width` × `height`. */
async function openPage(text, { width = 1280, height = 900 } = {}) {
  const page = await env.context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.setViewportSize({ width, height });
  await page.goto(env.server.url);
  await page.waitForSelector("body[data-ready=true]");
  if (text !== undefined) {
    await page.fill("#source", text);
    await page.click("#annotate");
  }
  return { page, problems };
}

/** The boxes of the card and of every line of the claim it is shown for. */
function cardAndClaim(page, root = "document") {
  return page.evaluate((root) => {
    const scope = root === "document" ? document : document.querySelector(root).shadowRoot;
    const card = scope.querySelector(".nm-card");
    const box = (r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    const claim = document.querySelector("mark.nm-claim:hover")?.dataset.claim;
    const lines = [...document.querySelectorAll(`mark.nm-claim[data-claim="${claim}"]`)].flatMap((m) => [...m.getClientRects()].map(box));
    return { card: card.hidden ? null : box(card.getBoundingClientRect()), lines };
  }, root);
}

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test("the card never covers its claim: below its last line, or above its first at the bottom of the screen", async () => {
  const { page } = await openPage(LONG, { width: 900, height: 900 });
  const quote = page.locator("mark.nm-claim", { hasText: "We have said it before" });
  await quote.hover();
  const below = await cardAndClaim(page);
  assert.ok(below.card, "the card opens");
  assert.ok(below.lines.length >= 2, `the quote runs over ${below.lines.length} lines`);
  for (const line of below.lines) assert.ok(!overlaps(below.card, line), "the card leaves every line of the claim visible");
  assert.ok(below.card.top >= Math.max(...below.lines.map((l) => l.bottom)), "it opens below the claim");
  // With the claim at the bottom of the viewport, the card opens above it.
  const bottom = Math.max(...below.lines.map((l) => l.bottom));
  await page.mouse.move(0, 0);
  await page.setViewportSize({ width: 900, height: Math.ceil(bottom) + 12 });
  await quote.hover();
  const above = await cardAndClaim(page);
  for (const line of above.lines) assert.ok(!overlaps(above.card, line), "the card leaves every line of the claim visible");
  assert.ok(above.card.bottom <= Math.min(...above.lines.map((l) => l.top)), "it opens above the claim");
  await page.screenshot({ path: fileURLToPath(new URL("card.png", SCREENSHOTS)) });
  await page.close();
});

test("the widget's card never covers its claim either", async () => {
  const page = await env.context.newPage();
  await page.setViewportSize({ width: 560, height: 800 });
  await page.goto(env.server.url + "embed-demo.html");
  await page.waitForSelector("news-mark[data-ready=true]");
  await page.locator("#story mark.nm-claim", { hasText: "We will answer every step" }).hover();
  const { card, lines } = await cardAndClaim(page, "news-mark");
  assert.ok(card, "the card opens");
  for (const line of lines) assert.ok(!overlaps(card, line), "the card leaves every line of the claim visible");
  await page.close();
});

test("the claims are one tab stop, arrows move between them, and hidden claims take no focus", async () => {
  const { page } = await openPage(LONG);
  const stops = () => page.$$eval("#article mark.nm-claim[tabindex='0']", (els) => els.length);
  const focused = () => page.evaluate(() => document.activeElement.closest("mark.nm-claim")?.textContent ?? document.activeElement.id);
  assert.equal(await stops(), 1);
  await page.focus(".toggles input[value=claim]");
  await page.keyboard.press("Tab");
  assert.match(await focused(), /^We have said it before/);
  await page.keyboard.press("ArrowRight");
  assert.equal(await focused(), "the two men had agreed to keep talking");
  await page.keyboard.press("ArrowLeft");
  assert.match(await focused(), /^We have said it before/);
  await page.keyboard.press("End");
  assert.equal(await focused(), "the two men had agreed to keep talking");
  // Tab leaves the claims for the next control; Shift+Tab comes back to the claim last focused.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.closest("#article")), null);
  await page.keyboard.press("Shift+Tab");
  assert.equal(await focused(), "the two men had agreed to keep talking");
  // Claims turned off take no focus; one speaker's claims alone leave the others out.
  await page.uncheck(".toggles input[value=claim]");
  assert.equal(await page.$$eval("#article mark.nm-claim[tabindex]", (els) => els.length), 0);
  await page.check(".toggles input[value=claim]");
  await page.click(".speaker-pick >> text=Rex Tillerson");
  const focusable = await page.$$eval("#article mark.nm-claim[tabindex]", (els) => els.map((e) => e.textContent));
  assert.deepEqual(focusable, ["the two men had agreed to keep talking"]);
  await page.close();
});

test("a claim that a link splits is one tab stop in the widget", async () => {
  const page = await env.context.newPage();
  await page.goto(env.server.url + "embed-demo.html");
  await page.waitForSelector("news-mark[data-ready=true]");
  const { pieces, claims, stops } = await page.evaluate(() => {
    const marks = [...document.querySelectorAll("#story mark.nm-claim")];
    return {
      pieces: marks.length,
      claims: new Set(marks.map((m) => m.dataset.claim)).size,
      stops: marks.filter((m) => m.hasAttribute("tabindex")).length,
    };
  });
  assert.ok(pieces > claims, "some claim is in pieces (split by <em>)");
  assert.equal(stops, claims, "each claim takes focus once");
  await page.close();
});

/** The accessibility tree's view of the marks: role, name, description and the words inside. */
async function accessibleMarks(page) {
  const cdp = await env.context.newCDPSession(page);
  await cdp.send("Accessibility.enable");
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const words = (n) => (n.role?.value === "StaticText" ? n.name.value : (n.childIds ?? []).map((c) => byId.get(c)).filter(Boolean).map(words).join(""));
  return nodes
    .filter((n) => n.role?.value === "mark" && n.description)
    .map((n) => ({ name: n.name?.value ?? "", description: n.description.value, words: words(n) }));
}

test("screen readers get each mark's own words, and its meaning as its description", async () => {
  const { page } = await openPage("“We will not wait,” Nikki Haley said in Moscow.");
  const marks = await accessibleMarks(page);
  assert.deepEqual(marks, [
    { name: "", description: "quote by Nikki Haley, cue: said", words: "We will not wait," },
    { name: "", description: "speaker: Nikki Haley", words: "Nikki Haley" },
    { name: "", description: "cue of a claim by Nikki Haley", words: "said" },
    { name: "", description: "country: Russia, its capital", words: "Moscow" },
  ]);
  // No label stands in for the words: a label is not allowed on <mark>, and would replace them.
  assert.equal(await page.$$eval("mark[aria-label]", (els) => els.length), 0);
  await page.close();
});

/** axe-core's violations and the items it leaves for review, on the page as it is now. */
async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations", "incomplete"] });
    const items = (list) => list.map((r) => `${r.id}: ${r.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    return { violations: items(result.violations), review: items(result.incomplete) };
  });
}

test("axe-core finds nothing to fix or to review, on the page in both themes and in the widget", async () => {
  const { page } = await openPage();
  await page.hover("#article mark.nm-claim[data-speaker]");
  assert.deepEqual(await axe(page), { violations: [], review: [] }, "light theme");
  await page.click("#theme");
  assert.deepEqual(await axe(page), { violations: [], review: [] }, "dark theme");
  await page.click("#theme");
  await page.goto(env.server.url + "embed-demo.html");
  await page.waitForSelector("news-mark[data-ready=true]");
  assert.deepEqual(await axe(page), { violations: [], review: [] }, "the widget");
  await page.close();
});

test("on a phone the header's tools stand apart and the panels open in a drawer", async () => {
  const { page, problems } = await openPage(undefined, { width: 390, height: 844 });
  const box = (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().toJSON());
  const tools = await box(".tools");
  const label = await box("#input-title");
  assert.ok(tools.bottom <= label.top, `the buttons (bottom ${tools.bottom}) are above the Article label (top ${label.top})`);
  const toggle = await box("#drawer");
  assert.ok(toggle.top >= 0 && toggle.bottom <= 844, "the drawer's button is on screen without scrolling");
  assert.equal(await page.isVisible("#panels"), false);
  await page.screenshot({ path: fileURLToPath(new URL("page-phone.png", SCREENSHOTS)) });
  await page.click("#drawer");
  assert.equal(await page.getAttribute("#drawer", "aria-expanded"), "true");
  const first = await box("#who .speaker-pick");
  assert.ok(first.top >= 0 && first.bottom <= 844, "the first speaker is on screen");
  await page.screenshot({ path: fileURLToPath(new URL("page-phone-drawer.png", SCREENSHOTS)) });
  // Picking a claim closes the drawer and goes to the claim.
  await page.click("#who .claim-link");
  assert.equal(await page.isVisible("#panels"), false);
  assert.ok(await page.evaluate(() => document.activeElement.matches("mark.nm-claim")));
  await page.click("#drawer");
  await page.keyboard.press("Escape");
  assert.equal(await page.isVisible("#panels"), false, "Escape closes the drawer");
  // On a wide screen there is no drawer: the panels stand beside the article.
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.equal(await page.isVisible("#drawer"), false);
  assert.equal(await page.isVisible("#panels"), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test("screenshots as readers with deuteranopia and protanopia see the page", async () => {
  const { page } = await openPage();
  const cdp = await env.context.newCDPSession(page);
  for (const type of ["deuteranopia", "protanopia"]) {
    await cdp.send("Emulation.setEmulatedVisionDeficiency", { type });
    await page.screenshot({ path: fileURLToPath(new URL(`page-${type}.png`, SCREENSHOTS)) });
  }
  await page.close();
});

// The page end to end in headless Chromium: the sample article on first load, a pasted article
// marked with speakers, countries and claims, its text rendered exactly, and nothing run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SCREENSHOTS, withBrowser } from "./chromium.mjs";

const ARTICLE = `Kremlin rejects “baseless” claims as talks in Geneva stall

Russia's foreign minister, Sergei Lavrov, said on Tuesday that Moscow would not accept new sanctions. “We will answer every step with a step of our own,” Mr Lavrov told reporters in Geneva. “Nobody should doubt it.”

U.S. Secretary of State Rex Tillerson said the two men had agreed to keep talking. Ukrainian officials, who were not at the table, said they feared a deal over their heads — “again,” one diplomat added 😕.

“The door stays open,” Tillerson said.`;

const env = withBrowser();

async function openPage() {
  const page = await env.context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(env.server.url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, problems };
}

test("the page opens with the sample article marked", async () => {
  const { page, problems } = await openPage();
  const sample = readFileSync(fileURLToPath(new URL("../../www/sample-article.txt", import.meta.url)), "utf8");
  assert.equal(await page.inputValue("#source"), sample);
  assert.equal(await page.textContent("#article"), sample);
  const speakers = await page.$$eval("mark.nm-speaker", (els) => els.map((e) => e.textContent));
  for (const name of ["Nikki Haley", "Rex Tillerson", "Mr Lavrov", "James Bays"]) {
    assert.ok(speakers.includes(name), `${name} is marked as a speaker`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("a pasted article is marked, and its text is rendered exactly", async () => {
  const { page, problems } = await openPage();
  await page.fill("#source", ARTICLE);
  await page.click("#annotate");
  await page.waitForFunction(
    (text) => document.getElementById("article").textContent === text,
    ARTICLE,
  );
  const marks = (kind) =>
    page.$$eval(`mark.nm-${kind}`, (els) => els.map((e) => [e.textContent, { ...e.dataset }]));
  const speakers = await marks("speaker");
  const lavrov = speakers.find(([t]) => t === "Mr Lavrov");
  assert.ok(lavrov, "Mr Lavrov is a speaker");
  assert.ok(speakers.some(([t, d]) => t === "Sergei Lavrov" && d.speaker === lavrov[1].speaker), "one entity");
  assert.ok(speakers.some(([t]) => t === "Rex Tillerson"));

  const countries = await marks("country");
  assert.ok(countries.some(([t, d]) => t === "Russia" && d.code === "RU"));
  assert.ok(countries.some(([t, d]) => t === "U.S." && d.code === "US"));
  assert.ok(countries.some(([t, d]) => t === "Ukrainian" && d.code === "UA"));
  assert.ok(countries.some(([t, d]) => t === "Kremlin" && d.form === "seat"));

  const claims = await marks("claim");
  const quote = claims.find(([t]) => t.startsWith("We will answer every step"));
  assert.ok(quote, "the direct quote is a claim");
  assert.equal(quote[1].speaker, lavrov[1].speaker, "Lavrov said it");
  assert.ok(claims.some(([t]) => t.startsWith("the two men had agreed")), "the reported claim");
  assert.deepEqual(problems, []);
  await page.screenshot({ path: fileURLToPath(new URL("page.png", SCREENSHOTS)), fullPage: true });
  await page.close();
});

test("hovering or focusing a claim shows its speaker and cue", async () => {
  const { page } = await openPage();
  await page.fill("#source", ARTICLE);
  await page.click("#annotate");
  const quote = page.locator("mark.nm-claim", { hasText: "We will answer every step" });
  await quote.hover();
  await page.waitForSelector(".nm-card:not([hidden])");
  assert.equal(await page.textContent(".nm-card .who"), "Sergei Lavrov");
  assert.match(await page.textContent(".nm-card .cue"), /cue: told/);
  await page.mouse.move(0, 0);
  await page.waitForSelector(".nm-card", { state: "hidden" });
  await quote.focus();
  await page.waitForSelector(".nm-card:not([hidden])");
  await page.keyboard.press("Escape");
  await page.waitForSelector(".nm-card", { state: "hidden" });
  await page.close();
});

test("picking a speaker shows only their claims; picking a claim goes to it", async () => {
  const { page } = await openPage();
  await page.fill("#source", ARTICLE);
  await page.click("#annotate");
  const lavrov = page.locator(".speaker-pick", { hasText: "Sergei Lavrov" });
  await lavrov.click();
  assert.equal(await lavrov.getAttribute("aria-pressed"), "true");
  const states = await page.$$eval("#article mark.nm-claim", (els) =>
    els.map((e) => [e.textContent.slice(0, 20), e.classList.contains("nm-dimmed")]));
  assert.ok(states.some(([t, dimmed]) => t.startsWith("We will answer") && !dimmed));
  assert.ok(states.some(([t, dimmed]) => t.startsWith("The door stays open") && dimmed));
  await lavrov.click();
  assert.equal(await page.$$eval("#article mark.nm-dimmed", (els) => els.length), 0);
  const link = page.locator(".claim-link", { hasText: "The door stays open" });
  await link.click();
  const focused = await page.evaluate(() => document.activeElement.textContent);
  assert.ok(focused.startsWith("The door stays open"));
  await page.close();
});

test("a quote split by its attribution is a mark a part and one entry in the panel", async () => {
  const { page } = await openPage();
  await page.fill("#source", "“We are ready,” Nikki Haley said on Monday, “and we will not wait.”");
  await page.click("#annotate");
  const parts = await page.$$eval("#article mark.nm-claim", (els) => els.map((e) => e.textContent));
  assert.deepEqual(parts, ["We are ready,", "and we will not wait."]);
  // The attribution between the parts is in no claim.
  assert.equal(await page.$$eval("#article mark.nm-claim mark.nm-speaker", (els) => els.length), 0);
  const haley = page.locator("#who li", { has: page.locator(".speaker-pick", { hasText: "Nikki Haley" }) });
  assert.equal(await haley.locator(".count").textContent(), "1");
  assert.equal(await haley.locator(".claim-link").textContent(), "We are ready, … and we will not wait.");
  assert.equal(await page.textContent("#count-claims"), "1");
  await page.close();
});

test("the page says who is heard: sources by kind and gender, and their share of quoted words", async () => {
  const { page } = await openPage();
  await page.fill("#source", ARTICLE);
  await page.click("#annotate");
  const summary = await page.textContent("#heard .nm-heard-text");
  assert.match(summary, /^5 sources: 2 people \(0 women, 2 men, 0 of unknown gender\), 1 organization, 2 unnamed\. Quoted words: /);
  const legend = await page.$$eval("#heard .nm-heard-legend li", (els) => els.map((e) => e.textContent));
  assert.equal(legend.length, 5);
  await page.close();
});

test("a key explains the marks, and the focus ring stands out at least 3:1", async () => {
  const { page } = await openPage();
  const key = await page.$$eval("#legend mark", (els) => els.map((e) => e.className));
  assert.deepEqual(key, ["nm nm-speaker", "nm nm-claim", "nm nm-cue", "nm nm-country", "nm nm-country"]);
  const ratio = await page.evaluate(() => {
    const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ring = document.createElement("div");
    ring.style.color = getComputedStyle(document.documentElement).getPropertyValue("--nm-focus");
    document.body.append(ring);
    const a = lum(rgb(getComputedStyle(ring).color));
    const b = lum(rgb(getComputedStyle(document.body).backgroundColor));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
  assert.ok(ratio >= 3, `focus ring contrast ${ratio.toFixed(2)}:1`);
  await page.close();
});

test("the page's empty panels say so", async () => {
  const { page } = await openPage();
  await page.fill("#source", "The weather was mild all week.");
  await page.click("#annotate");
  assert.equal(await page.textContent("#who .empty"), "No one is quoted or reported.");
  assert.equal(await page.textContent("#countries .empty"), "No country is named.");
  await page.close();
});

test("a speaker whose claim is part of a longer one is listed with the claim they speak within", async () => {
  const { page } = await openPage();
  await page.fill("#source", "Rex Tillerson said Lavrov wants to keep talking with Washington.");
  await page.click("#annotate");
  const lavrov = page.locator("#who li", { has: page.locator(".speaker-pick", { hasText: "Lavrov" }) });
  assert.equal(await lavrov.locator(".within").textContent(), "Speaks within:");
  assert.equal(await lavrov.locator(".count").textContent(), "in 1");
  assert.equal(await lavrov.locator(".claim-link").textContent(), "Lavrov wants to keep talking with Washington");
  const tillerson = page.locator("#who li", { has: page.locator(".speaker-pick", { hasText: "Rex Tillerson" }) });
  assert.equal(await tillerson.locator(".within").count(), 0);
  await page.close();
});

test("toggles turn each kind of mark off and on", async () => {
  const { page } = await openPage();
  const background = (selector) => page.$eval(selector, (e) => getComputedStyle(e).backgroundColor);
  const before = await background("#article mark.nm-country");
  await page.uncheck(".toggles input[value=country]");
  assert.equal(await page.getAttribute("#article", "data-nm-hide"), "country");
  assert.equal(await background("#article mark.nm-country"), "rgba(0, 0, 0, 0)");
  await page.check(".toggles input[value=country]");
  assert.equal(await background("#article mark.nm-country"), before);
  await page.close();
});

test("export downloads the JSON answer", async () => {
  const { page } = await openPage();
  await page.fill("#source", ARTICLE);
  await page.click("#annotate");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
  assert.equal(download.suggestedFilename(), "newsmark.json");
  const answer = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.deepEqual(Object.keys(answer).sort(), ["claims", "countries", "speakers"]);
  const lavrov = answer.speakers.find((s) => s.name === "Sergei Lavrov");
  assert.equal(ARTICLE.slice(lavrov.mentions[0].start, lavrov.mentions[0].end), "Sergei Lavrov");
  await page.close();
});

test("the countries panel shows each country's badge and mention count", async () => {
  const { page } = await openPage();
  await page.fill("#source", ARTICLE);
  await page.click("#annotate");
  const rows = await page.$$eval("#countries li", (els) =>
    els.map((e) => [e.dataset.code, e.querySelector(".nm-badge").textContent, e.querySelector(".count").textContent]));
  assert.deepEqual(rows.find(([code]) => code === "RU"), ["RU", "RU", "3"]);
  assert.deepEqual(rows.find(([code]) => code === "UA"), ["UA", "UA", "1"]);
  // The badge is drawn with the machine's fonts alone: it has a width and its letters show.
  const width = await page.$eval("#countries li .nm-badge", (e) => e.getBoundingClientRect().width);
  assert.ok(width > 10, `badge width ${width}`);
  await page.close();
});

/** The lowest contrast ratio between a mark's text and its background, over all marks. */
function lowestContrast(page) {
  return page.evaluate(() => {
    const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (!bg.startsWith("rgba(0, 0, 0, 0)") && bg !== "transparent") return rgb(bg);
      }
      return [255, 255, 255];
    };
    let lowest = Infinity;
    for (const el of document.querySelectorAll("#article mark.nm")) {
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
      lowest = Math.min(lowest, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
    }
    return lowest;
  });
}

test("marked text meets WCAG AA contrast in both themes", async () => {
  const { page } = await openPage();
  await page.fill("#source", ARTICLE);
  await page.click("#annotate");
  assert.ok((await lowestContrast(page)) >= 4.5, "light theme");
  await page.click("#theme");
  assert.ok((await lowestContrast(page)) >= 4.5, "dark theme");
  await page.click("#theme"); // the choice is remembered: leave it as it was
  await page.close();
});

test("screenshots: light, dark and phone width", async () => {
  const { page, problems } = await openPage();
  await page.hover("mark.nm-claim[data-speaker]");
  await page.screenshot({ path: fileURLToPath(new URL("page-light.png", SCREENSHOTS)) });
  await page.click("#theme");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  await page.screenshot({ path: fileURLToPath(new URL("page-dark.png", SCREENSHOTS)) });
  await page.click("#theme");
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "nothing sticks out sideways at phone width");
  await page.screenshot({ path: fileURLToPath(new URL("page-phone.png", SCREENSHOTS)) });
  assert.deepEqual(problems, []);
  await page.close();
});

test("pasted markup is shown as text and never runs", async () => {
  const { page, problems } = await openPage();
  const hostile = `<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> "Fine," he said.`;
  await page.fill("#source", hostile);
  await page.click("#annotate");
  await page.waitForFunction((t) => document.getElementById("article").textContent === t, hostile);
  assert.equal(await page.$$eval("#article img, #article script", (els) => els.length), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(problems, []);
  await page.close();
});

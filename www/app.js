// The newsmark page: paste an article and see who said what, and where.
import { renderHeard, whoIsHeard } from "./heard.js";
import { badge, claimsBySpeaker, countLabel, hue, load, marksOf, render, statements } from "./newsmark.js";
import { ClaimCard, ClaimKeys, element as elementOf, excerpt, key } from "./ui.js";

const $ = (id) => document.getElementById(id);
const source = $("source");
const article = $("article");
let timer;
let current = { text: "", answer: { speakers: [], countries: [], claims: [] } };
let onlySpeaker = null;

// Light or dark: the reader's choice, else the system's.
const root = document.documentElement;
function setTheme(theme) {
  root.dataset.theme = theme;
  $("theme").setAttribute("aria-pressed", String(theme === "dark"));
  $("theme").textContent = theme === "dark" ? "Light theme" : "Dark theme";
}
setTheme(localStorage.getItem("newsmark-theme") ?? (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"));
$("theme").addEventListener("click", () => {
  const theme = root.dataset.theme === "dark" ? "light" : "dark";
  localStorage.setItem("newsmark-theme", theme);
  setTheme(theme);
});

const element = (tag, props, ...children) => elementOf(document, tag, props, ...children);
const card = new ClaimCard(article, document.querySelector("main"), () => current);
const keys = new ClaimKeys(article);
$("legend").append(...key(document));

// On a phone the panels are a drawer over the article, opened from a button at the bottom.
function openDrawer(open) {
  $("drawer").setAttribute("aria-expanded", String(open));
  $("panels").classList.toggle("open", open);
}
$("drawer").addEventListener("click", () => openDrawer($("drawer").getAttribute("aria-expanded") !== "true"));
document.addEventListener("keydown", (e) => e.key === "Escape" && openDrawer(false));

function showPanels({ text, answer }) {
  const bySpeaker = claimsBySpeaker(answer);
  const unattributed = statements(answer).filter((parts) => answer.claims[parts[0]].speaker === null);
  // One entry a statement, its parts joined: “We are ready, … and we will not wait.”
  const claimList = (all) =>
    element("ol", {}, ...all.map((parts) =>
      element("li", {}, element("button", {
        type: "button",
        className: "claim-link",
        textContent: parts.map((i) => excerpt(text, answer.claims[i])).join(" … "),
        dataset: { claim: parts[0] },
      }))));
  // A speaker whose only claim is marked as part of a longer one: the claims they speak within.
  const ownOrWithin = (s) => {
    const { own, within } = bySpeaker[s.id];
    return within.length
      ? [element("p", { className: "within", textContent: "Speaks within:" }), claimList(within)]
      : [claimList(own)];
  };
  const items = answer.speakers.map((s) => {
    const button = element("button", { type: "button", className: "speaker-pick", dataset: { speaker: s.id } },
      element("span", { className: "swatch" }), element("span", { className: "name", textContent: s.name }),
      element("span", { className: "count", textContent: countLabel(bySpeaker[s.id]) }));
    button.style.setProperty("--nm-hue", hue(s.id));
    button.setAttribute("aria-pressed", String(onlySpeaker === s.id));
    return element("li", {}, button, ...ownOrWithin(s));
  });
  if (unattributed.length) {
    items.push(element("li", { className: "unattributed" }, element("p", { className: "name", textContent: `Not attributed (${unattributed.length})` }), claimList(unattributed)));
  }
  if (!items.length) items.push(element("li", { className: "empty", textContent: "No one is quoted or reported." }));
  $("who").replaceChildren(...items);
  renderHeard($("heard"), whoIsHeard(answer, text));
  const none = element("li", { className: "empty", textContent: "No country is named." });
  $("countries").replaceChildren(...(answer.countries.length ? [] : [none]), ...answer.countries.map((c) =>
    element("li", { dataset: { code: c.code } }, badge(document, c.code),
      element("span", { className: "name", textContent: c.name }), element("span", { className: "count", textContent: `${c.mentions.length}` }))));
}

function applyFilters() {
  const hidden = [...document.querySelectorAll(".toggles input")].filter((i) => !i.checked).map((i) => i.value);
  article.dataset.nmHide = hidden.join(" ");
  for (const el of article.querySelectorAll("mark.nm-claim, mark.nm-cue")) {
    const claim = current.answer.claims[el.dataset.claim];
    el.classList.toggle("nm-dimmed", onlySpeaker !== null && claim.speaker !== onlySpeaker);
  }
  for (const b of document.querySelectorAll(".speaker-pick")) {
    b.setAttribute("aria-pressed", String(Number(b.dataset.speaker) === onlySpeaker));
  }
  keys.update();
}

function show() {
  // An explicit annotate supersedes a pending live one; the marks a card points at are redrawn.
  clearTimeout(timer);
  card.hide();
  const text = source.value;
  const started = performance.now();
  let answer;
  try {
    answer = newsmark.annotate(text);
  } catch (e) {
    $("status").textContent = `Could not annotate: ${e.message}`;
    return;
  }
  const ms = performance.now() - started;
  current = { text, answer };
  if (onlySpeaker !== null && onlySpeaker >= answer.speakers.length) onlySpeaker = null;
  render(article, text, marksOf(answer, text));
  showPanels(current);
  applyFilters();
  $("count-speakers").textContent = answer.speakers.length;
  $("count-countries").textContent = answer.countries.length;
  const claims = statements(answer).length;
  $("count-claims").textContent = claims;
  $("drawer-count").textContent = `· ${claims} claims`;
  $("status").textContent = `${text.length.toLocaleString()} characters in ${ms.toFixed(1)} ms`;
  document.body.dataset.ready = "true";
}

$("who").addEventListener("click", (e) => {
  const pick = e.target.closest(".speaker-pick");
  if (pick) {
    const id = Number(pick.dataset.speaker);
    onlySpeaker = onlySpeaker === id ? null : id;
    applyFilters();
    return;
  }
  const link = e.target.closest(".claim-link");
  if (link) {
    const mark = article.querySelector(`mark.nm-claim[data-claim="${link.dataset.claim}"]`);
    openDrawer(false);
    mark.scrollIntoView({ behavior: "smooth", block: "center" });
    keys.update(mark);
    mark.focus({ preventScroll: true });
  }
});
for (const input of document.querySelectorAll(".toggles input")) input.addEventListener("change", applyFilters);

$("export").addEventListener("click", () => {
  const blob = new Blob([JSON.stringify(current.answer, null, 2)], { type: "application/json" });
  const a = element("a", { href: URL.createObjectURL(blob), download: "newsmark.json" });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
});

source.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(show, 200);
});
$("annotate").addEventListener("click", show);

const newsmark = await load();
if (!source.value) {
  const response = await fetch(new URL("sample-article.txt", import.meta.url));
  source.value = await response.text();
}
show();

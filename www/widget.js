// <news-mark>: the embeddable newsmark widget (its use: widget.d.ts and the README).
import { badge, claimsBySpeaker, countLabel, hue, load, markInPlace, marksOf, render, statements } from "./newsmark.js";
import { ClaimCard, ClaimKeys, classed, key } from "./ui.js";

const MARKS_CSS = new URL("./newsmark.css", import.meta.url).href;
const WIDGET_CSS = new URL("./widget.css", import.meta.url).href;
const HEARD_CSS = new URL("./heard.css", import.meta.url).href;

function stylesheet(href) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  return link;
}

/** The marks' stylesheet in the host document, once, for articles marked in place. */
function ensureDocumentStyles() {
  if (![...document.querySelectorAll("link[rel=stylesheet]")].some((l) => l.href === MARKS_CSS)) {
    document.head.append(stylesheet(MARKS_CSS));
  }
}

const element = (tag, className = "", text = "") => classed(document, tag, className, text);

class NewsMark extends HTMLElement {
  #state;

  async connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: "open" });
    shadow.append(stylesheet(MARKS_CSS), stylesheet(WIDGET_CSS));
    const { annotate } = await load();
    const forId = this.getAttribute("for");
    let text;
    let answer;
    let article;
    if (forId) {
      article = document.getElementById(forId);
      if (!article) {
        // A mistyped id: say so, quietly, and leave the page as it is.
        console.warn(`<news-mark for="${forId}">: there is no element with the id "${forId}" to mark`);
        shadow.append(element("p", "missing", `Nothing to mark: no element with the id “${forId}”.`));
        this.dataset.ready = "missing";
        return;
      }
      ensureDocumentStyles();
      ({ text, answer } = markInPlace(article, annotate));
    } else {
      text = this.textContent;
      answer = annotate(text);
      article = element("div", "article");
      render(article, text, marksOf(answer, text));
      shadow.append(article);
    }
    this.#state = { text, answer };
    const summary = this.#summary(answer);
    shadow.append(summary);
    // <news-mark who-is-heard>: the editor's count of who is heard, on request, with its code.
    if (this.hasAttribute("who-is-heard")) {
      const { renderHeard, whoIsHeard } = await import("./heard.js");
      shadow.append(stylesheet(HEARD_CSS));
      const body = element("div", "heard-body");
      renderHeard(body, whoIsHeard(answer, text));
      const heard = element("section", "heard");
      heard.append(element("h3", "", "Who is heard"), body);
      summary.append(heard);
    }
    new ClaimCard(article, shadow, () => this.#state);
    new ClaimKeys(article).update();
    this.dataset.ready = "true";
    this.dispatchEvent(new CustomEvent("newsmark-ready", { detail: answer, bubbles: true }));
  }

  /** The answer of the last marking: { text, answer }. */
  get result() {
    return this.#state;
  }

  #summary(answer) {
    const box = element("details", "summary");
    box.open = true;
    box.append(element("summary", "", `Who said what · ${statements(answer).length} claims`));
    const list = element("ul", "who");
    const bySpeaker = claimsBySpeaker(answer);
    for (const s of answer.speakers) {
      const item = element("li");
      const name = element("span", "name", s.name);
      name.style.setProperty("--nm-hue", hue(s.id));
      item.append(element("span", "swatch"), name, element("span", "count", countLabel(bySpeaker[s.id])));
      item.style.setProperty("--nm-hue", hue(s.id));
      list.append(item);
    }
    const countries = element("ul", "countries");
    for (const c of answer.countries) {
      const item = element("li");
      item.append(badge(document, c.code), element("span", "name", c.name), element("span", "count", String(c.mentions.length)));
      countries.append(item);
    }
    if (!answer.speakers.length) list.append(element("li", "empty", "No one is quoted or reported."));
    if (!answer.countries.length) countries.append(element("li", "empty", "No country is named."));
    const legend = element("p", "nm-legend");
    legend.append(...key(document));
    box.append(legend, list, countries);
    return box;
  }
}

customElements.define("news-mark", NewsMark);

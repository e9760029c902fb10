// What the page and the widget share: building elements, the card of a claim and where it goes,
// and moving through the claims with the keyboard.
import { hue } from "./newsmark.js";

/** A `tag` element of `doc` with `props` (and `dataset`) set and `children` appended. */
export function element(doc, tag, { dataset = {}, ...props } = {}, ...children) {
  const el = Object.assign(doc.createElement(tag), props);
  Object.assign(el.dataset, dataset);
  el.append(...children);
  return el;
}

/** A `tag` element of `doc` with a class and, if given, its text: `classed(doc, "li", "empty", "None")`. */
export function classed(doc, tag, className, textContent = "") {
  return element(doc, tag, { className, textContent });
}

/** The first `words` words of a claim, with an ellipsis when there are more. */
export function excerpt(text, claim, words = 14) {
  const content = text.slice(claim.start, claim.end).trim().split(/\s+/);
  return content.length > words ? `${content.slice(0, words).join(" ")}…` : content.join(" ");
}

const GAP = 6;
const MARGIN = 8;
const claimAt = (node) => node?.closest?.("mark.nm-claim") ?? null;

/**
 * The card of the claim under the pointer or focus: who said it, how, its cue. It never hides
 * the claim, and sits in the top layer (a popover) where it can, so no host page clips it.
 */
export class ClaimCard {
  /** A card for the claims of `article`, put in `parent`; `state()` gives { text, answer }. */
  constructor(article, parent, state) {
    const doc = parent.ownerDocument ?? parent;
    this.article = article;
    this.state = state;
    this.el = element(doc, "div", { className: "nm-card", role: "tooltip", hidden: true });
    this.popover = "popover" in this.el;
    if (this.popover) this.el.popover = "manual";
    parent.append(this.el);
    for (const type of ["mouseover", "focusin"]) {
      article.addEventListener(type, (e) => {
        const mark = claimAt(e.target);
        if (mark) this.show(mark);
      });
    }
    for (const type of ["mouseout", "focusout"]) {
      article.addEventListener(type, (e) => {
        if (claimAt(e.target) && claimAt(e.relatedTarget) !== claimAt(e.target)) this.hide();
      });
    }
    const win = doc.defaultView;
    win.addEventListener("keydown", (e) => e.key === "Escape" && this.hide());
    win.addEventListener("resize", () => this.hide());
    win.addEventListener("scroll", () => this.mark && this.place(), { capture: true, passive: true });
  }

  /** Opens the card for claim `mark`. */
  show(mark) {
    const { text, answer } = this.state();
    const claim = answer.claims[mark.dataset.claim];
    const doc = this.el.ownerDocument;
    const who = claim.speaker === null ? "Not attributed" : answer.speakers[claim.speaker].name;
    const cue = claim.cue ? text.slice(claim.cue.start, claim.cue.end) : "continues an earlier quote";
    this.el.replaceChildren(
      element(doc, "strong", { className: "who", textContent: who }),
      element(doc, "span", { className: "cue", textContent: `${claim.kind === "direct" ? "Quote" : "Reported"} · cue: ${cue}` }),
    );
    if (claim.speaker === null) delete this.el.dataset.speaker;
    else this.el.dataset.speaker = claim.speaker;
    this.el.style.setProperty("--nm-hue", hue(claim.speaker ?? 0));
    this.el.hidden = false;
    if (this.popover && !this.el.matches(":popover-open")) this.el.showPopover();
    this.mark = mark;
    this.place();
  }

  /** Closes the card. */
  hide() {
    if (this.popover && this.el.matches(":popover-open")) this.el.hidePopover();
    this.el.hidden = true;
    this.mark = null;
  }

  /** Puts the card below the claim's last line, or above its first, within the viewport. */
  place() {
    const doc = this.el.ownerDocument;
    const pieces = this.article.querySelectorAll(`mark.nm-claim[data-claim="${this.mark.dataset.claim}"]`);
    const lines = [...pieces].flatMap((p) => [...p.getClientRects()]);
    if (!lines.length) return;
    const top = Math.min(...lines.map((r) => r.top));
    const bottom = Math.max(...lines.map((r) => r.bottom));
    const { offsetWidth: width, offsetHeight: height } = this.el;
    const viewport = { width: doc.documentElement.clientWidth, height: doc.defaultView.innerHeight };
    const below = bottom + GAP + height <= viewport.height - MARGIN || top - GAP - height < MARGIN;
    const line = below ? lines.reduce((a, r) => (r.bottom > a.bottom ? r : a)) : lines.reduce((a, r) => (r.top < a.top ? r : a));
    const left = Math.max(MARGIN, Math.min(line.left, viewport.width - width - MARGIN));
    this.el.style.setProperty("top", `${below ? bottom + GAP : top - GAP - height}px`);
    this.el.style.setProperty("left", `${left}px`);
  }
}

const KEYS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Makes the claims of `article` one tab stop: arrows move between them, Home and End to the
 * ends; a claim in pieces is one stop, hidden ones none. Call `update` after marking.
 */
export class ClaimKeys {
  constructor(article) {
    this.article = article;
    article.addEventListener("keydown", (e) => {
      const stops = this.stops();
      const at = stops.indexOf(claimAt(e.target));
      if (at < 0) return;
      const to = e.key === "Home" ? 0 : e.key === "End" ? stops.length - 1 : KEYS[e.key] === undefined ? -1 : at + KEYS[e.key];
      if (to < 0 || to >= stops.length || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      this.update(stops[to]);
      stops[to].focus();
    });
    article.addEventListener("focusin", (e) => {
      const mark = claimAt(e.target);
      if (mark) this.update(mark);
    });
  }

  /** The claims that take focus, in order: the first piece of each claim shown. */
  stops() {
    const seen = new Set();
    const stops = [];
    for (const mark of this.article.querySelectorAll("mark.nm-claim")) {
      const shown = !mark.classList.contains("nm-dimmed") && !mark.closest('[data-nm-hide~="claim"]');
      if (!seen.has(mark.dataset.claim) && shown) stops.push(mark);
      seen.add(mark.dataset.claim);
    }
    return stops;
  }

  /** Gives the tab stop to `current` if it is a stop, else keeps it, else to the first claim. */
  update(current) {
    const stops = this.stops();
    const keep = this.article.querySelector('mark.nm-claim[tabindex="0"]');
    const stop = stops.includes(current) ? current : stops.includes(keep) ? keep : stops[0];
    const stopping = new Set(stops);
    for (const mark of this.article.querySelectorAll("mark.nm-claim")) {
      if (!stopping.has(mark)) mark.removeAttribute("tabindex");
      else if (mark.getAttribute("tabindex") !== (mark === stop ? "0" : "-1")) mark.tabIndex = mark === stop ? 0 : -1;
    }
  }
}

/**
 * The key to the marks, as the children of a paragraph: a speaker in bold, a claim in its
 * speaker's colour with its cue dotted, a country in green, a capital or seat dashed.
 */
export function key(doc) {
  const mark = (kind, textContent, dataset = {}) => {
    const el = element(doc, "mark", { className: `nm nm-${kind}`, textContent, dataset });
    if (dataset.speaker !== undefined) el.style.setProperty("--nm-hue", hue(dataset.speaker));
    return el;
  };
  return [
    "Key: ", mark("speaker", "a speaker", { speaker: 0 }), " in bold, each in a colour of its own; ",
    mark("claim", "a claim", { speaker: 0 }), " in its speaker's colour (grey: no one's), with ",
    mark("cue", "its cue"), " dotted; ", mark("country", "a country"), " in green, ",
    mark("country", "its capital or seat", { form: "capital" }), " dashed.",
  ];
}

// Types of widget.js: importing it defines the <news-mark> element.
//
//   <script type="module" src="/newsmark/widget.js"></script>
//   <news-mark for="story"></news-mark>          marks <article id="story"> in place
//   <news-mark>Text to mark…</news-mark>          marks its own text
//   <news-mark for="story" who-is-heard>          adds who is heard: sources by kind and gender
//
// It loads its files relative to widget.js and makes no other request.
import type { Answer } from "./newsmark.js";

/** `<news-mark for="id">` marks the element with that id in place; without `for`, its own text. */
export interface NewsMarkElement extends HTMLElement {
  /** The text and answer of the last marking, once `data-ready` is "true". */
  readonly result: { text: string; answer: Answer } | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    "news-mark": NewsMarkElement;
  }
  interface HTMLElementEventMap {
    /** Fired on <news-mark> when it has marked its article; `detail` is the answer. */
    "newsmark-ready": CustomEvent<Answer>;
  }
}

// Types of widget.js: importing it defines the <news-mark> element.
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

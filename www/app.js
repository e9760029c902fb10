// The newsmark page: paste an article, see its speakers, countries and claims marked.
import init, { annotate } from "./pkg/newsmark.js";
import { marksOf, render } from "./render.js";

const source = document.getElementById("source");
const article = document.getElementById("article");
const status = document.getElementById("status");

function show() {
  const text = source.value;
  const started = performance.now();
  let answer;
  try {
    answer = annotate(text);
  } catch (e) {
    status.textContent = `Could not annotate: ${e.message}`;
    return;
  }
  const ms = performance.now() - started;
  render(article, text, marksOf(answer));
  document.getElementById("count-speakers").textContent = answer.speakers.length;
  document.getElementById("count-countries").textContent = answer.countries.length;
  document.getElementById("count-claims").textContent = answer.claims.length;
  status.textContent = `Annotated ${text.length.toLocaleString()} characters in ${ms.toFixed(1)} ms.`;
  document.body.dataset.ready = "true";
}

let timer;
source.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(show, 250);
});
document.getElementById("annotate").addEventListener("click", show);

await init();
if (!source.value) {
  const response = await fetch(new URL("sample-article.txt", import.meta.url));
  source.value = await response.text();
}
show();
